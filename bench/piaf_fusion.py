"""PIAF retrieval benchmark: which fusion of BM25 and the embedding model finds the sentence holding the answer?

Every PIAF paragraph is indexed as an article (sentences via index.ingest); for 1,000 sampled
questions the gold sentence is the one whose span contains the answer's start offset. Prints
R@1 / R@3 / MRR for BM25 alone, dense alone, plain RRF, weighted RRF and convex fusion at several
weights, and the shipped Searcher with its defaults.

    .venv/bin/python bench/piaf_fusion.py [--questions 1000] [--out bench/out/piaf.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import piaf  # noqa: E402
from index import fusion, lexical  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.engine import Engine  # noqa: E402

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


def metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks)
    return {
        "R@1": round(sum(r == 1 for r in ranks if r) / n, 3),
        "R@3": round(sum(r <= 3 for r in ranks if r) / n, 3),
        "MRR": round(sum(1 / r for r in ranks if r) / n, 3),
    }


def rank_of(ranking: list[int | None], gold: int) -> int | None:
    try:
        return ranking.index(gold) + 1
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0, help="question sample (tune on one, report another)")
    parser.add_argument("--index-dir", type=Path, default=OUT / "piaf-index")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--model", default=None, help="index.model (default: the configured default)")
    args = parser.parse_args()

    articles, questions = piaf(args.questions, seed=args.seed)
    config = IndexConfig(index_dir=args.index_dir, extract_events=False)
    if args.model:
        config = config.model_copy(
            update={"model": args.model, "index_dir": args.index_dir.with_name(f"{args.index_dir.name}-{args.model}")}
        )
    engine = Engine(config, SearchConfig())
    out = args.out or OUT / f"piaf-seed{args.seed}-{config.model}.json"
    t0 = time.perf_counter()
    report = engine.build(articles=articles)
    print(f"indexed {report.sentences} sentences ({report.embedded} embedded) in {time.perf_counter() - t0:.1f}s")
    index = engine.loaded
    searcher = engine.searcher

    golds = []
    for q in questions:
        article = index.articles[f"piaf:{q.paragraph}"]
        sents = index.article_sentences(article.id)
        pos = next((s.position for s in sents if s.start <= q.answer_start < s.end + 1), None)
        if pos is None:  # the answer starts in whitespace between sentences: take the next sentence
            pos = next((s.position for s in sents if s.start >= q.answer_start), len(sents) - 1)
        golds.append(article.first_row + pos)

    # The textbook BM25 (k1 1.2, b 0.75) on the same tokens, as the baseline.
    import bm25s

    texts = index.sentences(list(range(index.manifest.sentences)))
    textbook = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
    textbook.index([lexical.tokenize(texts[i].text, "fr") or [""] for i in range(len(texts))], show_progress=False)

    depth = 100
    nb = SearchConfig().neighbour_weight
    runs: dict[str, list[int | None]] = {}
    t0 = time.perf_counter()
    qvecs = np.stack([engine.encoder.encode_query(q.question) for q in questions])
    print(f"embedded {len(questions)} questions one by one in {time.perf_counter() - t0:.1f}s")
    for qi, (q, gold) in enumerate(zip(questions, golds, strict=True)):
        tokens = lexical.query_tokens(q.question)
        lex_all = index.lexical.scores(tokens)  # k1 0.9, b 0.4, no neighbours
        lex_top = [int(i) for i in np.argsort(-lex_all)[:depth] if lex_all[i] > 0]
        dscores, dids = index.ann.search(qvecs[qi], depth)
        dense = {int(i): float(s) for i, s in zip(dids, dscores, strict=True)}
        missing = np.array([i for i in lex_top if i not in dense], dtype=np.int64)
        if len(missing):
            dense.update(
                {int(i): float(s) for i, s in zip(missing, index.ann.vectors(missing) @ qvecs[qi], strict=True)}
            )
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
        dense_nb = searcher._dense_with_neighbours(cands, qvecs[qi], nb)
        lex_nb = {i: float(lex_nb_all[i]) for i in cands}
        for w in (0.5, 0.6, 0.7, 0.8, 0.9):
            runs.setdefault(f"minmax w={w} + neighbours", []).append(
                rank_of([i for i, _ in fusion.convex(lex_nb, dense_nb, w, dense_scale="minmax")], gold)
            )
        answer = searcher.ask(q.question, 10)
        rows = [index.row_of(h.article.id, h.position) for h in answer.hits]
        runs.setdefault("eventbot (defaults)", []).append(rank_of(rows, gold))
        shipped = searcher.config
        for name, update in EVENTBOT_VARIANTS.items():
            searcher.config = shipped.model_copy(update=update)
            answer = searcher.ask(q.question, 10)
            rows = [index.row_of(h.article.id, h.position) for h in answer.hits]
            runs.setdefault(f"eventbot, {name}", []).append(rank_of(rows, gold))
        searcher.config = shipped

    results = {name: metrics(ranks) for name, ranks in runs.items()}
    for name, m in results.items():
        print(f"{name:<22} R@1 {m['R@1']:.3f}  R@3 {m['R@3']:.3f}  MRR {m['MRR']:.3f}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "questions": len(questions),
                "seed": args.seed,
                "model": config.model,
                "sentences": report.sentences,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
