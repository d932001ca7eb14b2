"""The attack-sentence detector's bench (bench/attack_sentences.py): its model, its counts and its vector cache."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from bench import attack_sentences as bench
from bench.vector_store import cached_vectors


def _clusters(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.vstack([rng.normal(0.0, 1.0, (60, 8)), rng.normal(0.0, 1.0, (20, 8)) + np.r_[3.0, np.zeros(7)]])
    y = np.r_[np.zeros(60), np.ones(20)]
    return x, y


def test_logistic_separates_two_clusters_and_is_deterministic() -> None:
    x, y = _clusters()
    model = bench.Logistic.fit(x, y, l2=1.0)
    p = model.probability(x)
    assert bench.average_precision(y, p) > 0.95
    assert p[y == 1].mean() > 0.7 > 0.3 > p[y == 0].mean()
    again = bench.Logistic.fit(x, y, l2=1.0)
    assert np.array_equal(model.w, again.w) and model.b == again.b


def test_out_of_fold_never_scores_an_article_with_a_model_trained_on_it() -> None:
    x, y = _clusters()
    # Each sentence its own article: its score comes from the model fitted without its fold.
    groups = [f"a{i}" for i in range(len(y))]
    scores = bench.out_of_fold(x, y, groups, folds=5, l2=1.0)
    folds = {bench.fold_of(g, 5) for g in groups}
    assert len(folds) == 5
    for k in folds:
        test = np.array([bench.fold_of(g, 5) == k for g in groups])
        alone = bench.Logistic.fit(x[~test], y[~test], 1.0).probability(x[test])
        assert np.allclose(scores[test], alone)


def _article(labels: list[set[int]], cited: set[int], found: set[int], roles: list[str]) -> bench.ArticleData:
    return bench.ArticleData(
        id="a", role_of=roles, labels=labels, cited=cited, found=found, tolled={1}, texts=[""] * len(labels)
    )


def test_stage_counts_recovered_false_and_duplicate_sentences() -> None:
    # Sentence 0 cited by the rules (event 0, found); 1 tells event 1, missed; 2 tells nothing; 3 restates event 0.
    art = _article([{0}, {1}, set(), {0}], cited={0}, found={0}, roles=["main", "mention"])
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    everything = bench.stage_figures([art], scores, 0.5)
    assert everything["rules_missed"] == {"main": 0, "mention": 1}
    assert everything["recovered"] == {"main": 0, "mention": 1}
    assert (everything["false"], everything["duplicates"], everything["articles_with_false"]) == (1, 1, 1)
    strict = bench.stage_figures([art], scores, 0.75)
    assert strict["recovered"] == {"main": 0, "mention": 1} and strict["false"] == 0
    tolled = bench.stage_figures([art], scores, 0.5, tolled=True)  # only sentence 1 has a toll
    assert (tolled["recovered"]["mention"], tolled["false"], tolled["duplicates"]) == (1, 0, 0)


class _CountingEncoder:
    name = "fake"
    dimension = 4

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        self.embedded += texts
        return np.array([[len(t), t.count("a"), 1.0, 0.0] for t in texts], dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


def test_vector_cache_embeds_each_text_once_and_keeps_the_order(tmp_path: Path) -> None:
    encoder = _CountingEncoder()
    path = tmp_path / "cache" / "e5-none.npy"
    first = cached_vectors(["aa", "b", "aa"], encoder, path)
    assert encoder.embedded == ["aa", "b"]
    second = cached_vectors(["ccc", "b", "aa"], encoder, path)
    assert encoder.embedded == ["aa", "b", "ccc"]
    assert np.array_equal(second[1:], first[[1, 0]]) and second[0, 0] == 3
    assert np.load(path, allow_pickle=False).shape == (3, 4)


@pytest.mark.parametrize(
    "argv",
    [
        ["--split", "heldout"],
        ["--split", "dev+heldout2"],
        ["--heldout", "heldout", "--show", "0.5"],
        ["--heldout", "heldout2", "--method", "prototypes"],
        ["--heldout", "dev2"],
        ["--test", "heldout3"],
        ["--test", "heldout4"],
        ["--split", "dev+heldout4"],
        ["--test", "dev2"],  # already trained on (--split dev+dev2)
        ["--test", "dev3", "--heldout", "heldout"],
    ],
)
def test_held_out_splits_are_only_scored_in_aggregate(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["attack_sentences.py", *argv])
    with pytest.raises(SystemExit) as exit_info:
        bench.main()
    assert exit_info.value.code == 2
