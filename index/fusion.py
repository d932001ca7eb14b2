"""Rank fusion: pure functions over (id, score) lists, no I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

Ranking = Sequence[tuple[int, float]]  # (id, score), best first


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
) -> list[tuple[int, float]]:
    """Convex combination of max-normalized BM25 and cosine similarity.

    BM25 is divided by the query's best BM25 score (so it lies in [0, 1]); cosine is used as it is
    (already comparable across queries). `dense_weight` may depend on the id (for example on the
    sentence's language). An id missing from one side scores 0 there.
    """
    weight_of = dense_weight if callable(dense_weight) else (lambda _doc: dense_weight)
    top = max(lexical.values(), default=0.0)
    fused: dict[int, float] = {}
    for doc in set(lexical) | set(dense):
        w = weight_of(doc)
        if not 0.0 <= w <= 1.0:
            raise ValueError("dense weight must be within [0, 1]")
        lex = lexical.get(doc, 0.0) / top if top > 0 else 0.0
        cos = max(dense.get(doc, 0.0), 0.0)
        fused[doc] = (1.0 - w) * lex + w * cos
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def with_neighbours(scores: np.ndarray, has_prev: np.ndarray, has_next: np.ndarray, weight: float) -> np.ndarray:
    """Each sentence's score plus `weight` times its neighbours' in the same article.

    The sentence that holds an answer often leaves the question's topic words to the sentence
    before or after it; a little of their score lifts it (measured on PIAF, see README).
    """
    if weight == 0 or len(scores) == 0:
        return scores
    out = scores.astype(np.float32, copy=True)
    out[1:] += weight * np.where(has_prev[1:], scores[:-1], 0)
    out[:-1] += weight * np.where(has_next[:-1], scores[1:], 0)
    return out


def diversify(ranking: Ranking, group_of: Callable[[int], str], decay: float) -> list[tuple[int, float]]:
    """Re-rank so that one source does not fill the answer: each further item of a group already
    picked has its score multiplied by `decay` once more (greedy, like MMR with groups)."""
    if decay >= 1.0:
        return list(ranking)
    remaining = list(ranking)
    picked: dict[str, int] = {}
    out: list[tuple[int, float]] = []
    while remaining:
        best_j, best_score = 0, float("-inf")
        for j, (doc, score) in enumerate(remaining):
            adjusted = score * decay ** picked.get(group_of(doc), 0)
            if adjusted > best_score:
                best_j, best_score = j, adjusted
        doc, _ = remaining.pop(best_j)
        picked[group_of(doc)] = picked.get(group_of(doc), 0) + 1
        out.append((doc, best_score))
    return out
