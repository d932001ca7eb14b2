"""Why a sentence ranks where it does (not shipped): the searcher's score of each candidate taken apart.

For each question, the first candidates and the gold sentence (the first whose text holds a `gold` substring) with
their parts: BM25 (with the neighbours' share, max-normalized over the candidates), cosine (with the neighbours',
min-max rescaled), the dense weight, the fused score, the article lift, the recency factor, the answer-type lift; then
the final rank after diversification, as `Searcher.ask` ranks them (the arithmetic is read from the searcher's own
functions; `check` compares the final order with `Searcher.ask`'s).

    .venv/bin/python bench/why.py --index-dir DIR --q "Qui soutient le Hachd ?" --gold "soutien du Hachd"
    .venv/bin/python bench/why.py --qa tests/fixtures/seed_qa.jsonl            # the seed alone, built here
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.vector_cache import CachedEncoder  # noqa: E402
from index import answer_type, fusion, lexical  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.search import Searcher, clean_question  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def explain(
    searcher: Searcher, question: str, gold: list[str], top: int, k: int = 10, extra: Sequence[str] = ()
) -> None:
    cfg = searcher.config
    text = clean_question(question, cfg.max_question_chars)
    query = searcher._query(text)
    query.tokens += list(extra)  # what-if: tokens added by hand (the shipped answer below does not have them)
    index = searcher.shards
    lex_all = index.lexical_scores(query.tokens, cfg.neighbour_weight)
    depth = min(cfg.candidates, index.size)
    scored = np.flatnonzero(lex_all > 0)
    if len(scored) > depth:
        scored = scored[np.argpartition(-lex_all[scored], depth - 1)[:depth]]
    qvec = searcher.encoder.encode_query(text)
    dense_ids = index.dense_search(qvec, depth)
    rows = np.union1d(scored, dense_ids).astype(np.int64)
    cosines = searcher._dense_with_neighbours(rows, qvec, cfg.dense_neighbour_weight)
    raw_cos = (index.vectors(rows) @ qvec).astype(np.float64)
    same_lang = cfg.dense_weight_same_fr if query.lang == "fr" else cfg.dense_weight_same_en
    weights = np.where(index.langs(rows) == query.lang, same_lang, cfg.dense_weight_cross)
    lex = lex_all[rows].astype(np.float64)
    lex_n = lex / lex.max() if lex.max() > 0 else lex
    cos_s = fusion.scale_cosines(cosines, cfg.dense_scale)
    convex = fusion.convex_scores(lex, cos_s, weights)
    articles = index.article_index(rows)
    lifted = fusion.lift_by_group(convex, articles, cfg.article_weight) if cfg.article_weight else convex
    recency = searcher._recency()[articles] if cfg.recency_weight else np.ones(len(rows))
    scores = lifted * recency
    fused = fusion.ranked(rows, scores)[: max(k * 8, 40)]
    kind = answer_type.expected(text) if cfg.answer_type_weight else None
    texts = index.sentences([i for i, _ in fused])
    typed = {}
    if kind is not None:
        lift = 1.0 + cfg.answer_type_weight
        typed = {i: answer_type.holds(kind, texts[i].text) for i, _ in fused}
        fused = sorted(((i, s * lift if typed[i] else s) for i, s in fused), key=lambda t: (-t[1], t[0]))
    final = fusion.diversify(fused, index.article_of, cfg.same_article_decay)
    shipped = searcher.ask(question, k)
    pos = {r: j for j, r in enumerate(rows.tolist())}
    gold_row = next((r for r, _ in final if any(g in texts[r].text for g in gold)), None)
    if gold_row is None:  # not in the first candidates: look for it among all of them
        every = index.sentences(rows.tolist())
        gold_row = next((r for r in rows.tolist() if any(g in every[r].text for g in gold)), None)
        texts.update(every)
    print(f"\n### {question}  [{query.lang}] tokens={query.tokens} kind={kind}")
    print("    groups:", [sorted(g) for g in query.groups])
    idf = {t: round(index.idf(t), 2) for t in query.tokens if index.idf(t)}
    print("    idf:", idf)
    shipped_texts = [h.text[:60] for h in shipped.hits]
    print(f"    shipped top {len(shipped.hits)}:", shipped_texts[:3])
    order = [r for r, _ in final]
    gold_rank = order.index(gold_row) + 1 if gold_row in order else None
    print(f"    gold rank (before the relevance gate) {gold_rank}")
    header = "rank  bm25  bm25n  cos   cosN  w    convex lifted rec   type  final  art              text"
    print("    " + header)
    show = [r for r, _ in final[:top]]
    if gold_row is not None and gold_row not in show:
        show.append(gold_row)
    final_score = dict(final)
    for r in show:
        j = pos[r]
        rank = order.index(r) + 1 if r in order else "-"
        mark = "*" if r == gold_row else " "
        art = index.article_of(r)
        print(
            f"   {mark}{rank!s:>3} {lex[j]:5.2f} {lex_n[j]:5.2f} {raw_cos[j]:.3f} {cos_s[j]:5.2f} {weights[j]:.2f} "
            f"{convex[j]:6.3f} {lifted[j]:6.3f} {recency[j]:5.3f} {typed.get(r, '-')!s:>5} "
            f"{final_score.get(r, float('nan')):6.3f} {art[:16]:<16} {texts[r].text[:90]}"
        )
    toks = lexical.tokenize(texts[gold_row].text, index.lang_of(gold_row)) if gold_row is not None else []  # type: ignore[arg-type]
    print("    gold tokens:", toks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, default=None, help="an index built already (else the seed alone)")
    parser.add_argument("--seed-dir", type=Path, default=Path("/work/cache/scale9-seed"))
    parser.add_argument("--context", default="title")
    parser.add_argument("--q", action="append", default=[])
    parser.add_argument("--gold", action="append", default=[])
    parser.add_argument("--qa", type=Path, default=None, help="a QA file: every question of it")
    parser.add_argument("--lang", default=None, help="only the QA file's questions in this language")
    parser.add_argument("--top", type=int, default=6)
    parser.add_argument("--set", default="{}", help="JSON: SearchConfig fields to change")
    parser.add_argument("--add-token", action="append", default=[], help="what-if: a stem added to every question")
    args = parser.parse_args()

    cached = CachedEncoder(make_encoder(DEFAULT_MODEL), OUT)
    settings = SearchConfig().model_copy(update=json.loads(args.set))
    if args.index_dir is None:
        config = IndexConfig(
            sources=ROOT / "data", index_dir=args.seed_dir, extract_events=False, passage_context=args.context
        )
        engine = Engine(config, settings, encoder_factory=lambda: cached)
        engine.build()
    else:
        config = IndexConfig(index_dir=args.index_dir, passage_context=args.context)
        engine = Engine(config, settings, encoder_factory=lambda: cached)
    engine.require_ready()
    pairs = list(zip(args.q, args.gold, strict=True))
    if args.qa:
        items = [json.loads(line) for line in args.qa.read_text().splitlines() if line.strip()]
        pairs += [(i["q"], i["gold"][0]) for i in items if args.lang in (None, i.get("lang"))]
    for q, g in pairs:
        explain(engine.searcher, q, [g], args.top, extra=args.add_token)
    cached.flush()


if __name__ == "__main__":
    main()
