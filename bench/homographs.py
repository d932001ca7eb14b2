"""Stop words that are also nouns (`avions`, `été`, `est`): how often each follows a determiner in OrangeSum, and
what keeping them there (index/lexical.py HOMOGRAPHS) changes, before/after in one run, BM25 re-scored in memory.

    .venv/bin/python bench/homographs.py count
    .venv/bin/python bench/homographs.py measure [--dev] [--scale-dir bench/out/orangesum-index] [--work DIR]

`measure`: PIAF sample 0, the seed alone (our questions, dev_qa with --dev: held out, report only) and an index
built already (--scale-dir, opened read-only), each with HOMOGRAPHS emptied (before) and as shipped (after).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import DEV_QA, orangesum_articles, piaf  # noqa: E402
from bench.piaf_fusion import OUT, gold_rows, metrics, rank_of  # noqa: E402
from bench.rank_lab import Lab  # noqa: E402
from bench.seed_lab import OWN_QA, ROOT, qa_row  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index import lexical  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import evaluate, load_qa  # noqa: E402
from index.ingest import segment  # noqa: E402
from index.models import Answer, Lang  # noqa: E402
from index.store import IndexStore  # noqa: E402

SHIPPED = dict(lexical.HOMOGRAPHS)


def count() -> None:
    """Every stop word (and every word that folds to one: thé, thèse) with its count after a determiner, after a
    preposition or number, and elsewhere, in OrangeSum's sentences."""
    stop = lexical._STOP
    after_det: Counter[str] = Counter()
    after_prep: Counter[str] = Counter()
    total: Counter[str] = Counter()
    sentences = 0
    for article in orangesum_articles():
        for s in segment(article):
            sentences += 1
            prev = ""
            for tok in lexical._TOKEN.findall(lexical._ELISION.sub(lexical._elided, s.text.lower())):
                if len(tok) > 1 and (tok in stop or lexical.fold(tok) in stop):
                    key = lexical.fold(tok)
                    total[key] += 1
                    if prev in lexical._DETERMINERS:
                        after_det[key] += 1
                    elif prev in lexical._PREPOSITIONS_NUMBERS or prev[:1].isdigit():
                        after_prep[key] += 1
                prev = tok
    print(f"OrangeSum: {sentences} sentences; stop words by count after a determiner")
    print("kept: * after a determiner, + or a preposition or number, ' after l' or d' only")
    print(f"{'word':<10} {'after det':>9} {'after prep/num':>14} {'all':>8}")
    for word, n in after_det.most_common(60):
        mark = {"any": "+", "det": "*", "l'": "'"}[SHIPPED[word]] if word in SHIPPED else " "
        print(f"{word:<10}{mark}{n:>9} {after_prep[word]:>14} {total[word]:>8}")
    for word in SHIPPED:
        if word not in dict(after_det.most_common(60)):
            print(f"{word:<10}+{after_det[word]:>9} {after_prep[word]:>14} {total[word]:>8}  (kept)")


def _set(mode: str) -> None:
    lexical.HOMOGRAPHS.clear()
    if mode == "after":
        lexical.HOMOGRAPHS.update(SHIPPED)


def _rescore(engine: Engine) -> None:
    """The loaded build's BM25 built again in memory from its sentences with the tokenizer as now set."""
    index = engine.loaded
    rows = sorted(index.articles.values(), key=lambda a: a.first_row)
    tokens = [lexical.tokenize(s.text, cast(Lang, a.lang)) for a in rows for s in index.article_sentences(a.id)]
    index.lexical = lexical.LexicalIndex.build(tokens)


def _qa(engine: Engine, dev: bool) -> dict:
    lab = Lab(engine, None)
    sets = {"ours": load_qa(OWN_QA)} | ({"dev_qa": load_qa(DEV_QA)} if dev else {})
    row: dict[str, dict] = {}
    for name, items in sets.items():

        def ask(q: str, k: int) -> Answer:
            return lab.ask(q, k, {})

        row[name] = qa_row(evaluate(ask, items, k=10), misses=name == "ours")  # held-out misses are not listed
    return row


def measure(args: argparse.Namespace) -> None:
    cached = CachedEncoder(make_encoder(DEFAULT_MODEL), OUT)
    work: Path = args.work
    # PIAF sample 0 (built under --work: the shared cache's PIAF index is another tokenizer's).
    articles, questions = piaf(1000, seed=0)
    for q in questions:
        cached.encode_query(q.question)
    config = IndexConfig(index_dir=work / "piaf", extract_events=False, passage_context="title")
    engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
    engine.build(articles=articles)
    cached.flush()
    index = engine.loaded
    golds = gold_rows(index, questions)
    for mode in ("before", "after"):
        _set(mode)
        _rescore(engine)
        lab = Lab(engine, articles)
        m = metrics([rank_of(lab.ask_rows(q.question, {}), g) for q, g in zip(questions, golds, strict=True)])
        print(f"PIAF sample 0 {mode}: R@1 {m['R@1']:.3f} R@3 {m['R@3']:.3f} MRR {m['MRR']:.3f}", flush=True)
    # The seed alone.
    config = IndexConfig(sources=ROOT / "data", index_dir=work / "seed", extract_events=False, passage_context="title")
    engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
    engine.build()
    for mode in ("before", "after"):
        _set(mode)
        _rescore(engine)
        print(f"seed alone {mode}:", json.dumps(_qa(engine, args.dev), ensure_ascii=False), flush=True)
    # At scale: the build opened read-only whatever tokenizer wrote it, its BM25 re-scored in memory.
    if args.scale_dir:
        config = IndexConfig(index_dir=args.scale_dir, passage_context="title")
        engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
        store = IndexStore(args.scale_dir)
        engine.store.open = lambda *a, **k: store.open(*a, any_tokenizer=True)  # type: ignore[method-assign]
        engine.require_ready()
        for mode in ("before", "after"):
            _set(mode)
            _rescore(engine)
            print(f"at scale {mode}:", json.dumps(_qa(engine, args.dev), ensure_ascii=False), flush=True)
    cached.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["count", "measure"])
    parser.add_argument("--dev", action="store_true", help="also dev_qa (held out: report only)")
    parser.add_argument("--scale-dir", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=OUT / "homographs")
    args = parser.parse_args()
    count() if args.what == "count" else measure(args)


if __name__ == "__main__":
    main()
