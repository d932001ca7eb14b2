"""PIAF retrieval benchmark: which fusion of BM25 and the embedding model finds the sentence holding the answer?

Every PIAF paragraph is indexed as an article (sentences via index.ingest); for 1,000 sampled
questions the gold sentence is the one whose span contains the answer's start offset. Prints
R@1 / R@3 / MRR for BM25 alone, dense alone, plain RRF, weighted RRF and convex fusion at several
weights, and the shipped Searcher with its defaults, for each passage recipe given (`--context none title`: what
is embedded with each sentence, index.passage_context), all in the same run. Vectors are cached in bench/out by model
and embedded text (.npy + .json), so a re-run embeds nothing; the figures do not depend on the cache.

    .venv/bin/python bench/piaf_fusion.py [--seed 1] [--context none title] [--quick] [--sweep] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import PiafQuestion, piaf  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index import fusion, lexical  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.models import BuildReport  # noqa: E402
from index.passages import CONTEXTS, DEFAULT_CONTEXT  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
# The shipped searcher with one setting changed (what each part contributes), on the same questions.
EVENTBOT_VARIANTS: dict[str, dict] = {
    "no glossary": {"glossary": False},
    "no answer-type prior": {"answer_type_weight": 0.0},
    "no article prior": {"article_weight": 0.0},
    "MiniLM-era fusion (raw cosine, weight 0.4, one neighbour weight, no article prior)": {
        "dense_scale": "raw",
        "dense_weight_same_fr": 0.4,
        "dense_neighbour_weight": 0.2,
        "article_weight": 0.0,
    },
}

SWEEP: list[dict] = [
    {"dense_weight_same_fr": w, "article_weight": a, "dense_neighbour_weight": d}
    for w in (0.5, 0.6, 0.7, 0.8)
    for a in (0.3, 0.5, 0.8)
    for d in (0.0, 0.1)
]


def piaf_engine(
    cached: CachedEncoder,
    articles,
    questions=(),
    context: str = "title",
    search: SearchConfig | None = None,
) -> tuple[Engine, BuildReport]:
    """PIAF's paragraphs indexed under bench/out (a folder per model and passage recipe), every vector through the
    cache, the questions' vectors cached first: the engine and its build report, for the benches that ask PIAF
    through the shipped searcher."""
    for q in questions:
        cached.encode_query(q.question)
    cached.flush()
    model = IndexConfig().model
    config = IndexConfig(
        index_dir=OUT / f"piaf-index-{model}-{context}", model=model, extract_events=False, passage_context=context
    )
    engine = Engine(config, search or SearchConfig(), encoder_factory=lambda: cached)
    report = engine.build(articles=articles)
    cached.flush()
    return engine, report


def metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks)
    return {
        "R@1": round(sum(r == 1 for r in ranks if r) / n, 3),
        "R@3": round(sum(r <= 3 for r in ranks if r) / n, 3),
        "MRR": round(sum(1 / r for r in ranks if r) / n, 3),
    }


def gold_rows(index, questions: list[PiafQuestion]) -> list[int]:
    """The row of the sentence holding each question's answer."""
    out = []
    for q in questions:
        article = index.articles[f"piaf:{q.paragraph}"]
        sents = index.article_sentences(article.id)
        pos = next((s.position for s in sents if s.start <= q.answer_start < s.end + 1), None)
        if pos is None:  # the answer starts in whitespace between sentences: take the next sentence
            pos = next((s.position for s in sents if s.start >= q.answer_start), len(sents) - 1)
        out.append(article.first_row + pos)
    return out


def rank_of(ranking: list[int | None], gold: int) -> int | None:
    try:
        return ranking.index(gold) + 1
    except ValueError:
        return None


def plain_rows(runs, index, searcher, textbook, texts, question: str, qvec: np.ndarray, gold: int) -> None:
    """BM25, dense, RRF and convex fusion on their own, without the shipped searcher's priors (one question)."""
    depth = 100
    nb = SearchConfig().neighbour_weight
    tokens = lexical.query_tokens(question)
    lex_all = index.lexical.scores(tokens)  # k1 0.9, b 0.4, no neighbours
    lex_top = [int(i) for i in np.argsort(-lex_all)[:depth] if lex_all[i] > 0]
    dscores, dids = index.ann.search(qvec, depth)
    dense = {int(i): float(s) for i, s in zip(dids, dscores, strict=True)}
    missing = np.array([i for i in lex_top if i not in dense], dtype=np.int64)
    if len(missing):
        dense.update({int(i): float(s) for i, s in zip(missing, index.ann.vectors(missing) @ qvec, strict=True)})
    lex = {i: float(lex_all[i]) for i in set(lex_top) | set(dense)}
    lex_rank = [(i, lex_all[i]) for i in lex_top]
    dense_rank = sorted(dense.items(), key=lambda kv: -kv[1])
    known = [t for t in tokens if t in textbook.vocab_dict]
    base = textbook.get_scores(known) if known else np.zeros(len(texts))
    runs.setdefault("bm25 k1=1.2 b=0.75", []).append(
        rank_of([int(i) for i in np.argsort(-base)[:depth] if base[i] > 0], gold)
    )
    runs.setdefault("bm25 k1=0.9 b=0.4", []).append(rank_of([i for i, _ in lex_rank], gold))
    runs.setdefault("dense", []).append(rank_of([i for i, _ in dense_rank], gold))
    runs.setdefault("rrf", []).append(rank_of([i for i, _ in fusion.rrf([(lex_rank, 1), (dense_rank, 1)])], gold))
    for w in (0.4, 0.6, 0.8):
        runs.setdefault(f"convex raw w={w}", []).append(rank_of([i for i, _ in fusion.convex(lex, dense, w)], gold))
    for w in (0.5, 0.6, 0.7, 0.8):
        runs.setdefault(f"convex minmax w={w}", []).append(
            rank_of([i for i, _ in fusion.convex(lex, dense, w, dense_scale="minmax")], gold)
        )
    # As the searcher ranks: both sides smoothed with the neighbouring sentences, candidates from both.
    lex_nb_all = fusion.with_neighbours(lex_all, index.has_prev, index.has_next, nb)
    lex_nb_top = [int(i) for i in np.argsort(-lex_nb_all)[:depth] if lex_nb_all[i] > 0]
    cands = sorted(set(lex_nb_top) | {int(i) for i in dids})
    dense_nb = dict(zip(cands, searcher._dense_with_neighbours(np.asarray(cands), qvec, nb).tolist(), strict=True))
    lex_nb = {i: float(lex_nb_all[i]) for i in cands}
    for w in (0.5, 0.6, 0.7, 0.8, 0.9):
        runs.setdefault(f"minmax w={w} + neighbours", []).append(
            rank_of([i for i, _ in fusion.convex(lex_nb, dense_nb, w, dense_scale="minmax")], gold)
        )


def shipped_rank(searcher, question: str, gold: int, update: dict) -> int | None:
    """The gold sentence's rank in the shipped searcher's answer with `update` applied to its settings."""
    shipped = searcher.config
    searcher.config = shipped.model_copy(update=update)
    try:
        answer = searcher.ask(question, 10)
    finally:
        searcher.config = shipped
    rows = [searcher.shards.parts[0].row_of(h.article.id, h.position) for h in answer.hits]
    return rank_of(rows, gold)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0, help="question sample (tune on one, report another)")
    parser.add_argument("--index-dir", type=Path, default=OUT / "piaf-index")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--model", default=None, help="index.model (default: the configured default)")
    parser.add_argument(
        "--context",
        nargs="+",
        choices=CONTEXTS,
        default=["none", DEFAULT_CONTEXT],
        help="index.passage_context (what is embedded), one or several: each measured in this run",
    )
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="also the shipped searcher under a grid of fusion settings (tune on --seed 0 only)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="only the shipped searcher (defaults, --also), not the plain fusions"
    )
    parser.add_argument(
        "--bm25-title",
        action="store_true",
        help="also the shipped searcher with BM25 over each sentence with its title (an experiment, not shipped)",
    )
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="JSON",
        help="the shipped searcher with these settings too, e.g. '{\"dense_weight_same_fr\": 0.7}'",
    )
    args = parser.parse_args()

    articles, questions = piaf(args.questions, seed=args.seed)
    model = args.model or IndexConfig().model
    # Vectors cached by model and embedded text (bench/out, .npy + .json): a re-run embeds nothing.
    cached = CachedEncoder(make_encoder(model), OUT)
    t0 = time.perf_counter()
    for q in questions:
        cached.encode_query(q.question)
    cached.flush()
    print(f"embedded {len(questions)} questions one by one in {time.perf_counter() - t0:.1f}s", flush=True)
    report: dict = {"questions": len(questions), "seed": args.seed, "model": model, "results": {}}
    for context in args.context:
        config = IndexConfig(
            index_dir=args.index_dir.with_name(f"{args.index_dir.name}-{model}-{context}"),
            model=model,
            extract_events=False,
            passage_context=context,
        )
        results = run_context(config, cached, articles, questions, args)
        report["results"][context] = results
        for name, m in results.items():
            print(f"{context:<15} {name:<22} R@1 {m['R@1']:.3f}  R@3 {m['R@3']:.3f}  MRR {m['MRR']:.3f}", flush=True)
    out = args.out or OUT / f"piaf-seed{args.seed}-{model}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))


def run_context(config: IndexConfig, cached: CachedEncoder, articles, questions, args) -> dict[str, dict[str, float]]:
    """Every row of the benchmark with one passage recipe (config.passage_context)."""
    engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
    t0 = time.perf_counter()
    report = engine.build(articles=articles)
    print(
        f"{config.passage_context}: indexed {report.sentences} sentences ({cached.encoded} embedded by the model "
        f"in {cached.seconds:.1f}s) in {time.perf_counter() - t0:.1f}s",
        flush=True,
    )
    index = engine.loaded
    searcher = engine.searcher
    golds = gold_rows(index, questions)

    # The textbook BM25 (k1 1.2, b 0.75) on the same tokens, as the baseline.
    import bm25s

    texts = index.sentences(list(range(index.manifest.sentences)))
    textbook = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
    textbook.index([lexical.tokenize(texts[i].text, "fr") or [""] for i in range(len(texts))], show_progress=False)

    runs: dict[str, list[int | None]] = {}
    variants: dict[str, dict] = {"eventbot (defaults)": {}}
    if not args.quick:
        variants |= {f"eventbot, {k}": v for k, v in EVENTBOT_VARIANTS.items()}
    variants |= {f"eventbot with {update}": json.loads(update) for update in args.also}
    if args.sweep:
        variants |= {f"sweep {json.dumps(update)}": update for update in SWEEP}
    for q, gold in zip(questions, golds, strict=True):
        if not args.quick:
            qvec = cached.encode_query(q.question)
            plain_rows(runs, index, searcher, textbook, texts, q.question, qvec, gold)
        for name, update in variants.items():
            runs.setdefault(name, []).append(shipped_rank(searcher, q.question, gold, update))
    if args.bm25_title:
        # The same searcher, its BM25 rebuilt over "<title> <sentence>" (the index's own stays the sentence alone).
        by_row = sorted(index.articles.values(), key=lambda a: a.first_row)
        index.lexical = lexical.LexicalIndex.build(
            [lexical.tokenize(f"{a.title} {s.text}", "fr") for a in by_row for s in index.article_sentences(a.id)]
        )
        searcher.shards = type(searcher.shards)([index])
        for q, gold in zip(questions, golds, strict=True):
            runs.setdefault("eventbot, BM25 over title + sentence", []).append(
                shipped_rank(searcher, q.question, gold, {})
            )
    return {name: metrics(ranks) for name, ranks in runs.items()}


if __name__ == "__main__":
    main()
