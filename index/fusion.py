"""Rank fusion: pure functions over (id, score) lists, no I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import numpy as np

Ranking = Sequence[tuple[int, float]]  # (id, score), best first
DenseScale = Literal["raw", "minmax"]


def rrf(rankings: Sequence[tuple[Ranking, float]], k: int = 60) -> list[tuple[int, float]]:
    """Weighted reciprocal rank fusion: sum of weight / (k + rank) over the rankings an id appears in."""
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, (doc, _) in enumerate(ranking, start=1):
            fused[doc] = fused.get(doc, 0.0) + weight / (k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def convex(
    lexical: Mapping[int, float],
    dense: Mapping[int, float],
    dense_weight: float | Callable[[int], float],
    *,
    dense_scale: DenseScale = "raw",
) -> list[tuple[int, float]]:
    """Convex combination of max-normalized BM25 and cosine similarity.

    BM25 is divided by the query's best BM25 score (so it lies in [0, 1]). The cosine is used as it is (`raw`), or
    min-max rescaled over the candidates (`minmax`): e5's cosines sit in a narrow band (about 0.7 to 0.9), where
    raw they would barely move a ranking. `dense_weight` may depend on the id (for example on the sentence's
    language). An id missing from one side scores 0 there. (`convex_scores` is the same over arrays.)
    """
    weight_of = dense_weight if callable(dense_weight) else (lambda _doc: dense_weight)
    docs = sorted(set(lexical) | set(dense))
    cosines = np.fromiter(dense.values(), np.float64, len(dense))
    scaled = dict(zip(dense, scale_cosines(cosines, dense_scale).tolist(), strict=True))
    fused = convex_scores(
        np.array([lexical.get(doc, 0.0) for doc in docs], dtype=np.float64),
        np.array([scaled.get(doc, 0.0) for doc in docs], dtype=np.float64),
        np.array([weight_of(doc) for doc in docs], dtype=np.float64),
    )
    return ranked(np.array(docs, dtype=np.int64), fused)


def convex_scores(lexical: np.ndarray, scaled_dense: np.ndarray, dense_weight: np.ndarray) -> np.ndarray:
    """`convex` over aligned arrays, one entry per candidate: BM25 (max-normalized here), the dense side already
    scaled (`scale_cosines`), each candidate's dense weight."""
    if ((dense_weight < 0.0) | (dense_weight > 1.0)).any():
        raise ValueError("dense weight must be within [0, 1]")
    top = float(lexical.max()) if len(lexical) else 0.0
    lex = lexical / top if top > 0 else np.zeros(len(lexical))
    return (1.0 - dense_weight) * lex + dense_weight * scaled_dense


def scale_cosines(cosines: np.ndarray, how: DenseScale) -> np.ndarray:
    """The dense side as `convex` weighs it: min-max over the candidates, or the cosine floored at 0 (`raw`)."""
    if how == "minmax":
        if not len(cosines):
            return cosines
        low, high = float(cosines.min()), float(cosines.max())
        span = high - low
        return (cosines - low) / span if span > 1e-9 else np.ones(len(cosines))
    return np.maximum(cosines, 0.0)


def minmax(scores: Mapping[int, float]) -> dict[int, float]:
    """Scores rescaled to [0, 1]: the lowest candidate 0, the best 1 (all 1 when they are equal)."""
    scaled = scale_cosines(np.fromiter(scores.values(), np.float64, len(scores)), "minmax")
    return dict(zip(scores, scaled.tolist(), strict=True))


def ranked(ids: np.ndarray, scores: np.ndarray) -> list[tuple[int, float]]:
    """(id, score) best first, ties by id."""
    order = np.lexsort((ids, -scores))
    return list(zip(ids[order].tolist(), scores[order].tolist(), strict=True))


def with_group_best(ranking: Ranking, group_of: Callable[[int], str], weight: float) -> list[tuple[int, float]]:
    """Each item's score plus `weight` times the best score in its group (its article), best first.

    A sentence in the article that answers the question as a whole beats an equally good sentence elsewhere
    (measured on PIAF: +0.03 R@3, see README). (`lift_by_group` is the same over arrays.)"""
    codes: dict[str, int] = {}
    groups = np.array([codes.setdefault(group_of(doc), len(codes)) for doc, _ in ranking], dtype=np.int64)
    ids = np.array([doc for doc, _ in ranking], dtype=np.int64)
    scores = np.array([score for _, score in ranking], dtype=np.float64)
    return ranked(ids, lift_by_group(scores, groups, weight))


def lift_by_group(scores: np.ndarray, groups: np.ndarray, weight: float) -> np.ndarray:
    """Each score plus `weight` times the best score of its group (`groups`: one integer per score)."""
    if not len(scores):
        return scores
    _, inverse = np.unique(groups, return_inverse=True)
    best = np.full(int(inverse.max()) + 1, -np.inf)
    np.maximum.at(best, inverse, scores)
    return scores + weight * best[inverse]


def with_neighbours(scores: np.ndarray, has_prev: np.ndarray, has_next: np.ndarray, weight: float) -> np.ndarray:
    """Each sentence's score plus `weight` times its neighbours' in the same article.

    The sentence that holds an answer often leaves the question's topic words to the sentence
    before or after it; a little of their score lifts it (measured on PIAF, see README).
    """
    if weight == 0 or len(scores) == 0:
        return scores
    out = scores.astype(np.float32, copy=True)
    # In place, one temporary: on a million sentences every full-size array costs milliseconds.
    shifted = weight * scores[:-1]
    shifted *= has_prev[1:]
    out[1:] += shifted
    np.multiply(scores[1:], weight, out=shifted)
    shifted *= has_next[:-1]
    out[:-1] += shifted
    return out


def diversify(ranking: Ranking, group_of: Callable[[int], str], decay: float) -> list[tuple[int, float]]:
    """Re-rank so that one source does not fill the answer: each further item of a group already
    picked has its score multiplied by `decay` once more (greedy, like MMR with groups)."""
    if decay >= 1.0:
        return list(ranking)
    docs = [doc for doc, _ in ranking]
    scores = [score for _, score in ranking]
    groups = [group_of(doc) for doc in docs]  # each group looked up once
    members: dict[str, list[int]] = {}
    for j, group in enumerate(groups):
        members.setdefault(group, []).append(j)
    # Each item's score as it would be picked now; a pick changes its own group's only.
    adjusted = [score * decay**0 for score in scores]
    left = list(range(len(docs)))
    picked: dict[str, int] = {}
    out: list[tuple[int, float]] = []
    while left:
        j = max(left, key=adjusted.__getitem__)  # the first of equals, as the ranking had them
        left.remove(j)
        out.append((docs[j], adjusted[j]))
        group = groups[j]
        picked[group] = count = picked.get(group, 0) + 1
        for m in members[group]:
            adjusted[m] = scores[m] * decay**count
    return out
