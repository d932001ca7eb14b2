"""Learn the reranking stage's weights (index/rerank.py) on PIAF, choose them on sample 0, report.

    .venv/bin/python bench/rerank_train.py [--train rest|disjoint] [--write] [--heldout]

Questions: PIAF's 7,569, less the two samples of 1,000 the benchmarks use (`--seed 0`, tuning; `--seed 1`, held
out): about 5,700 to train on. PIAF has 480 Wikipedia articles and each sample touches 350 of them, so training on
articles that neither sample holds would leave 275 questions: `--train disjoint` trains on the questions whose
article is not in sample 0 (about 850) to measure what sharing articles is worth on sample 0; the shipped weights
use `--train rest` (every question in neither sample).

1. Each question is asked of the shipped searcher (every vector from the bench/out cache) with a recording stage:
   its first candidates and every feature of index.rerank.FEATURES (the order unchanged).
2. A listwise logistic model (softmax over a question's candidates, the gold sentence the target; L2 penalty lambda;
   Newton's method, deterministic) per feature set and lambda; each scored on sample 0 by reordering the recorded
   candidates (R@1 / R@3 / MRR of the gold sentence among them).
3. The best lambda on sample 0 for the shipped feature set and depth (--ship-set, --ship-depth) is asked again
   through the shipped searcher, before and after in the same run (sample 0; sample 1 only with --heldout), and
   written to index/resources/rerank_fr.json with --write (weights rounded to 6 digits: a re-run writes the same).
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
from bench.piaf_fusion import OUT, gold_rows, metrics, rank_of  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index import rerank  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402

WEIGHTS = Path(__file__).resolve().parents[1] / "index" / "resources" / rerank.DEFAULT_WEIGHTS
DEPTH = 40
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "all": rerank.FEATURES,
    "no_text": tuple(
        f
        for f in rerank.FEATURES
        if f not in {"coverage", "title_coverage", "joint_coverage", "bigrams", "numbers", "length", "answer_type"}
    ),
    "no_answer_type": tuple(f for f in rerank.FEATURES if f != "answer_type"),
    "no_cosine_parts": tuple(f for f in rerank.FEATURES if f not in {"own_cosine_gap", "neighbour_cosine"}),
    "no_title": tuple(f for f in rerank.FEATURES if f not in {"title_coverage", "joint_coverage"}),
    "fused_only": ("fused",),
}


class Recorder(rerank.Reranker):
    """The stage with no effect (the order kept) that keeps what it saw: rows and every feature, per question."""

    def __init__(self) -> None:
        n = len(rerank.FEATURES)
        super().__init__(rerank.FEATURES, np.zeros(n), np.ones(n), np.zeros(n), frozenset({"fr", "en"}), DEPTH)
        self.seen: list[tuple[np.ndarray, np.ndarray]] = []

    def rerank(self, index, query, qvec, cands, fused_weight=0.0):
        x = self.compute(index, query, qvec, cands)
        self.seen.append((cands.rows.copy(), np.stack([x[f] for f in rerank.FEATURES], axis=1)))
        return list(zip(cands.rows.tolist(), cands.scores.tolist(), strict=True))


def record(engine: Engine, questions: list[PiafQuestion], golds: list[int]) -> list[tuple[np.ndarray, np.ndarray, int]]:
    """(features, rows, place of the gold sentence among them or -1) per question, and the shipped ranks."""
    searcher = engine.searcher
    recorder = Recorder()
    searcher.reranker = recorder
    out = []
    for q, gold in zip(questions, golds, strict=True):
        recorder.seen.clear()
        searcher.ask(q.question, 10)
        if not recorder.seen:  # no candidates, or not French
            out.append((np.zeros((0, len(rerank.FEATURES))), np.zeros(0, np.int64), -1))
            continue
        rows, x = recorder.seen[0]
        where = np.flatnonzero(rows == gold)
        out.append((x, rows, int(where[0]) if len(where) else -1))
    return out


def fit(data, columns: list[int], lam: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Listwise logistic regression: mean, scale, weights (Newton's method on the L2-penalised log-likelihood)."""
    usable = [(x[:, columns], g) for x, _, g in data if g >= 0 and len(x) > 1]
    stacked = np.concatenate([x for x, _ in usable])
    mean = stacked.mean(axis=0)
    scale = stacked.std(axis=0)
    scale[scale < 1e-9] = 1.0
    lists = [((x - mean) / scale, g) for x, g in usable]

    def loss(w: np.ndarray) -> float:
        total = 0.5 * lam * float(w @ w)
        for z, g in lists:
            s = z @ w
            top = s.max()
            total += float(np.log(np.exp(s - top).sum()) + top - s[g])
        return total

    w = np.zeros(len(columns))
    current = loss(w)
    for _ in range(100):
        grad = lam * w
        hess = lam * np.eye(len(w))
        for z, g in lists:
            s = z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mu = z.T @ p
            grad += mu - z[g]
            hess += (z * p[:, None]).T @ z - np.outer(mu, mu)
        step = np.linalg.solve(hess, grad)
        t = 1.0  # backtracking: a full Newton step can overshoot where the softmax saturates
        while t > 1e-6 and loss(w - t * step) > current - 1e-4 * t * float(grad @ step):
            t /= 2
        w = w - t * step
        previous, current = current, loss(w)
        if previous - current < 1e-9:
            break
    return mean, scale, w


def offline(data, columns: list[int], model: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> dict[str, float]:
    """R@1 / R@3 / MRR of the gold sentence among the recorded candidates reordered by the model (None: kept)."""
    ranks: list[int | None] = []
    for x, _, g in data:
        if g < 0:
            ranks.append(None)
            continue
        if model is None:
            ranks.append(g + 1)
            continue
        mean, scale, w = model
        s = ((x[:, columns] - mean) / scale) @ w
        order = np.argsort(-s, kind="stable")
        ranks.append(int(np.flatnonzero(order == g)[0]) + 1)
    return metrics(ranks)


def shipped(engine: Engine, questions, golds, reranker: rerank.Reranker | None) -> dict[str, float]:
    searcher = engine.searcher
    searcher.reranker = reranker
    part = searcher.shards.parts[0]
    ranks = []
    for q, gold in zip(questions, golds, strict=True):
        hits = searcher.ask(q.question, 10).hits
        ranks.append(rank_of([part.row_of(h.article.id, h.position) for h in hits], gold))
    return metrics(ranks)


def cut(data, depth: int):
    """The recorded candidates as if the stage reordered only the first `depth`."""
    return [(x[:depth], rows[:depth], g if g < depth else -1) for x, rows, g in data]


def as_file(names: tuple[str, ...], model, lam: float, n_train: int, train: str, depth: int) -> dict:
    mean, scale, w = model

    def r(a: np.ndarray) -> list[float]:
        return [float(f"{v:.6g}") for v in a]

    return {
        "format": rerank.FORMAT,
        "about": f"bench/rerank_train.py --train {train}: listwise logistic, lambda {lam}, {n_train} PIAF questions "
        "outside samples 0 and 1, French questions on French sentences",
        "model": IndexConfig().model,
        "langs": ["fr"],
        "depth": depth,
        "features": list(names),
        "mean": r(mean),
        "scale": r(scale),
        "weights": r(w),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", choices=["rest", "disjoint"], default="rest")
    parser.add_argument("--lambdas", type=float, nargs="+", default=[1.0, 3.0, 10.0])
    parser.add_argument("--sets", default="all,no_answer_type,no_text,no_cosine_parts,no_title,fused_only")
    parser.add_argument(
        "--depths", type=int, nargs="+", default=[10, 12, 20, 40], help="candidates reordered (at most 40)"
    )
    parser.add_argument("--ship-set", default="no_answer_type", help="the feature set written (see FEATURE_SETS)")
    parser.add_argument("--ship-depth", type=int, default=12, help="the depth written (the stage's cost grows with it)")
    parser.add_argument("--write", action="store_true", help="write index/resources/rerank_fr.json")
    parser.add_argument("--heldout", action="store_true", help="also sample 1, before and after (held out)")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N questions only")
    parser.add_argument("--tune", type=int, default=1000, help="the first N questions of sample 0 (a quick try)")
    args = parser.parse_args()

    articles, everything = piaf(10**9, seed=0)
    _, sample0 = piaf(1000, seed=0)
    _, sample1 = piaf(1000, seed=1)
    key = lambda q: (q.question, q.paragraph, q.answer_start)  # noqa: E731
    held = {key(q) for q in sample0} | {key(q) for q in sample1}
    sample0 = sample0[: args.tune]
    train = [q for q in everything if key(q) not in held]
    if args.train == "disjoint":
        title_of = {int(a.id.split(":")[1]): a.title for a in articles}
        tuning_titles = {title_of[q.paragraph] for q in sample0}
        train = [q for q in train if title_of[q.paragraph] not in tuning_titles]
    train = train[: args.limit] if args.limit else train

    model_name = IndexConfig().model
    cached = CachedEncoder(make_encoder(model_name), OUT)
    for q in train + sample0 + (sample1 if args.heldout else []):
        cached.encode_query(q.question)
    cached.flush()
    config = IndexConfig(
        index_dir=OUT / f"piaf-index-{model_name}-title",
        model=model_name,
        extract_events=False,
        passage_context="title",
    )
    engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
    engine.build(articles=articles)
    cached.flush()
    index = engine.loaded

    t0 = time.perf_counter()
    train_data = record(engine, train, gold_rows(index, train))
    gold0 = gold_rows(index, sample0)
    tune_data = record(engine, sample0, gold0)
    found = sum(g >= 0 for _, _, g in train_data)
    print(
        f"recorded {len(train)} training questions ({found} with the gold among the first {DEPTH}) and sample 0 "
        f"in {time.perf_counter() - t0:.0f}s; sample 0 among the candidates: {offline(tune_data, [0], None)}",
        flush=True,
    )
    results = {}
    for depth in args.depths:
        train_d, tune_d = cut(train_data, depth), cut(tune_data, depth)
        for set_name in args.sets.split(","):
            names = FEATURE_SETS[set_name]
            columns = [rerank.FEATURES.index(f) for f in names]
            for lam in args.lambdas:
                model = fit(train_d, columns, lam)
                m = offline(tune_d, columns, model)
                results[(set_name, lam, depth)] = (m, model)
                print(f"depth {depth} {set_name:<16} lambda {lam:<6g} sample 0 (offline) {m}", flush=True)
    # The shipped set and depth: the best lambda on sample 0 (MRR, then R@1) among them.
    shippable = [k for k in results if k[0] == args.ship_set and k[2] == args.ship_depth]
    pick = max(shippable, key=lambda k: (results[k][0]["MRR"], results[k][0]["R@1"]))
    names = FEATURE_SETS[pick[0]]
    data = as_file(names, results[pick][1], pick[1], found, args.train, pick[2])
    chosen = rerank.Reranker.from_dict(data, "trained")
    print("picked", pick, json.dumps(dict(zip(names, data["weights"], strict=True))), flush=True)
    before = shipped(engine, sample0, gold0, None)
    after = shipped(engine, sample0, gold0, chosen)
    print(f"sample 0, shipped searcher: before {before}  after {after}", flush=True)
    if args.heldout:
        gold1 = gold_rows(index, sample1)
        before = shipped(engine, sample1, gold1, None)
        after = shipped(engine, sample1, gold1, chosen)
        print(f"sample 1 (held out), shipped searcher: before {before}  after {after}", flush=True)
    if args.write:
        WEIGHTS.write_text(json.dumps(data, indent=1) + "\n")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
