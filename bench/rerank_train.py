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
   Newton's method, deterministic) per feature set and lambda, and at the shipped depth the same loss with a layer of
   tanh units beside the linear score (--hidden units; Adam on the whole set from a fixed seed, deterministic); each
   scored on sample 0 by reordering the recorded candidates (R@1 / R@3 / MRR of the gold sentence among them), by
   the model alone and beside the fused score (--fused-weight, the searcher's default).
3. The best on sample 0 of the shipped kind (hidden units, or linear with --hidden 0), feature set and depth
   (--ship-set, --ship-depth) is asked again through the shipped searcher, with the stage off, the bundled weights
   and the new ones in the same run (sample 0; sample 1 only with --heldout), and written to
   index/resources/rerank_fr.json with --write (weights rounded to 6 digits: a re-run writes the same).
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
from bench.piaf_fusion import OUT, gold_rows, metrics, piaf_engine, rank_of  # noqa: E402
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
    # A PIAF "article" is one paragraph: its first sentence and places are a paragraph's, not a news article's.
    "no_place": tuple(f for f in rerank.FEATURES if f not in {"answer_type", "first", "position"}),
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


def fit_hidden(data, columns: list[int], units: int, lam: float, steps: int) -> tuple[np.ndarray, ...]:
    """The same loss with a layer of tanh units beside the linear score: mean, scale, weights, then the layer's
    weights, bias and output weights. Adam on the whole set (no batches), from a fixed seed: deterministic."""
    usable = [(x[:, columns], g) for x, _, g in data if g >= 0 and len(x) > 1]
    stacked = np.concatenate([x for x, _ in usable])
    mean = stacked.mean(axis=0)
    scale = stacked.std(axis=0)
    scale[scale < 1e-9] = 1.0
    width = max(len(x) for x, _ in usable)  # the lists padded to one width, the padding masked out
    z = np.zeros((len(usable), width, len(columns)))
    mask = np.zeros((len(usable), width), bool)
    gold = np.array([g for _, g in usable])
    for i, (x, _) in enumerate(usable):
        z[i, : len(x)] = (x - mean) / scale
        mask[i, : len(x)] = True
    rng = np.random.default_rng(0)
    params = {
        "w": np.zeros(len(columns)),
        "hidden": rng.normal(0.0, 1.0 / np.sqrt(len(columns)), (len(columns), units)),
        "bias": np.zeros(units),
        "out": np.zeros(units),
    }
    moment = {k: np.zeros_like(v) for k, v in params.items()}
    square = {k: np.zeros_like(v) for k, v in params.items()}
    each = np.arange(len(usable))
    for t in range(1, steps + 1):
        h = np.tanh(z @ params["hidden"] + params["bias"])
        s = np.where(mask, z @ params["w"] + h @ params["out"], -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        ds = p
        ds[each, gold] -= 1.0
        ds /= len(usable)
        dh = ds[..., None] * params["out"] * (1.0 - h * h)
        grads = {
            "w": np.einsum("qdk,qd->k", z, ds),
            "hidden": np.einsum("qdk,qdh->kh", z, dh),
            "bias": dh.sum(axis=(0, 1)),
            "out": np.einsum("qdh,qd->h", h, ds),
        }
        for k in ("w", "hidden", "out"):
            grads[k] += lam * params[k]
        for k, g in grads.items():
            moment[k] = 0.9 * moment[k] + 0.1 * g
            square[k] = 0.999 * square[k] + 0.001 * g * g
            step = (moment[k] / (1 - 0.9**t)) / (np.sqrt(square[k] / (1 - 0.999**t)) + 1e-8)
            params[k] = params[k] - 0.01 * step
    return mean, scale, params["w"], params["hidden"], params["bias"], params["out"]


def offline(data, columns: list[int], model: rerank.Reranker | None, fused_weight: float = 0.0) -> dict[str, float]:
    """R@1 / R@3 / MRR of the gold sentence among the recorded candidates reordered by the model (None: kept), the
    fused score over the first's times `fused_weight` added as the searcher adds it."""
    fused = rerank.FEATURES.index("fused")
    ranks: list[int | None] = []
    for x, _, g in data:
        if g < 0:
            ranks.append(None)
            continue
        if model is None:
            ranks.append(g + 1)
            continue
        s = model.score(x[:, columns]) + fused_weight * x[:, fused]
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


def as_file(names: tuple[str, ...], model: tuple[np.ndarray, ...], how: str, n_train: int, depth: int) -> dict:
    """The weights file: `model` is (mean, scale, weights) or, with a hidden layer, (..., its weights, bias, out)."""

    def r(a: np.ndarray) -> list[float]:
        return [float(f"{v:.6g}") for v in a]

    data = {
        "format": rerank.FORMAT,
        "about": f"bench/rerank_train.py {how}, {n_train} PIAF questions outside samples 0 and 1, French questions "
        "on French sentences",
        "model": IndexConfig().model,
        "langs": ["fr"],
        "depth": depth,
        "features": list(names),
        "mean": r(model[0]),
        "scale": r(model[1]),
        "weights": r(model[2]),
    }
    if len(model) > 3:
        data["hidden"] = {"weights": [r(row) for row in model[3]], "bias": r(model[4]), "out": r(model[5])}
    return data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", choices=["rest", "disjoint"], default="rest")
    parser.add_argument("--lambdas", type=float, nargs="+", default=[1.0, 3.0, 10.0])
    parser.add_argument("--sets", default="all,no_answer_type,no_place,no_text,no_cosine_parts,no_title,fused_only")
    parser.add_argument(
        "--depths", type=int, nargs="+", default=[10, 12, 20, 40], help="candidates reordered (at most 40)"
    )
    parser.add_argument("--ship-set", default="no_place", help="the feature set written (see FEATURE_SETS)")
    parser.add_argument("--ship-depth", type=int, default=12, help="the depth written (the stage's cost grows with it)")
    parser.add_argument("--hidden", type=int, default=8, help="tanh units of the shipped model (0: linear)")
    parser.add_argument("--hidden-lambda", type=float, default=3e-3, help="its L2 penalty (per question)")
    parser.add_argument("--steps", type=int, default=1000, help="its Adam steps")
    parser.add_argument(
        "--fused-weight",
        type=float,
        default=SearchConfig().rerank_fused_weight,
        help="the fused score's weight beside the model (search.rerank_fused_weight) when scoring sample 0",
    )
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
    engine, _ = piaf_engine(cached, articles, train + sample0 + (sample1 if args.heldout else []))
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
    results: dict[tuple[str, str, int], tuple[dict[str, float], dict]] = {}
    for depth in args.depths:
        train_d, tune_d = cut(train_data, depth), cut(tune_data, depth)
        for set_name in args.sets.split(","):
            names = FEATURE_SETS[set_name]
            columns = [rerank.FEATURES.index(f) for f in names]
            kinds = [(f"linear, lambda {lam:g}", 0, lam) for lam in args.lambdas]
            if args.hidden and depth == args.ship_depth:
                how = f"{args.hidden} tanh units, lambda {args.hidden_lambda:g}, {args.steps} steps"
                kinds.append((how, args.hidden, args.hidden_lambda))
            for how, units, lam in kinds:
                fitted = fit_hidden(train_d, columns, units, lam, args.steps) if units else fit(train_d, columns, lam)
                data = as_file(names, fitted, f"--train {args.train}: listwise, {how}", found, depth)
                model = rerank.Reranker.from_dict(data, "trained")
                alone, beside = offline(tune_d, columns, model), offline(tune_d, columns, model, args.fused_weight)
                results[(set_name, how, depth)] = (beside, data)
                print(
                    f"depth {depth} {set_name:<16} {how:<40} sample 0 (offline) alone {alone}, beside the fused "
                    f"score {beside}",
                    flush=True,
                )
    # The shipped set, depth and kind (hidden units or linear): the best on sample 0 (MRR, then R@1) among them.
    shippable = [
        k
        for k in results
        if k[0] == args.ship_set and k[2] == args.ship_depth and ("tanh" in k[1]) == bool(args.hidden)
    ]
    pick = max(shippable, key=lambda k: (results[k][0]["MRR"], results[k][0]["R@1"]))
    data = results[pick][1]
    chosen = rerank.Reranker.from_dict(data, "trained")
    print("picked", pick, flush=True)
    engine.searcher.config = engine.searcher.config.model_copy(update={"rerank_fused_weight": args.fused_weight})
    samples = [("sample 0", sample0, gold0)] + (
        [("sample 1 (held out)", sample1, gold_rows(index, sample1))] if args.heldout else []
    )
    for name, questions, golds in samples:
        got = {
            how: shipped(engine, questions, golds, stage)
            for how, stage in (("off", None), ("bundled", rerank.Reranker.load()), ("trained", chosen))
        }
        print(f"{name}, shipped searcher (fused weight {args.fused_weight:g}): {got}", flush=True)
    if args.write:
        WEIGHTS.write_text(json.dumps(data, indent=1) + "\n")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
