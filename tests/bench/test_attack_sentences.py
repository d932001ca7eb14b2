"""The attack-sentence detector's bench (bench/attack_sentences.py): its model, its counts and its vector cache."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from bench import attack_sentences as bench
from bench.vector_store import cached_vectors
from index.events.reading import _read
from index.models import Sentence


def _clusters(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.vstack([rng.normal(0.0, 1.0, (60, 8)), rng.normal(0.0, 1.0, (20, 8)) + np.r_[3.0, np.zeros(7)]])
    y = np.r_[np.zeros(60), np.ones(20)]
    return x, y


def test_logistic_separates_two_clusters_and_is_deterministic() -> None:
    x, y = _clusters()
    model = bench.Logistic.fit(bench.Features(vectors=x), y, l2=1.0)
    p = model.probability(bench.Features(vectors=x))
    assert bench.average_precision(y, p) > 0.95
    assert p[y == 1].mean() > 0.7 > 0.3 > p[y == 0].mean()
    again = bench.Logistic.fit(bench.Features(vectors=x), y, l2=1.0)
    assert np.array_equal(model.w, again.w) and model.b == again.b


def test_logistic_reads_vectors_and_words_side_by_side() -> None:
    # The clusters differ only in their vectors' first column; a word column also marks half the positives.
    x, y = _clusters()
    words = sparse.csr_matrix(np.r_[np.zeros(60), np.ones(10), np.zeros(10)][:, None])
    both = bench.Features(vectors=x, words=words)
    model = bench.Logistic.fit(both, y, l2=1.0)
    assert model.w.shape == (9,) and model.w[-1] > 0
    assert bench.average_precision(y, model.probability(both)) > 0.95


def test_vectors_own_penalty_shrinks_them_beside_words() -> None:
    x, y = _clusters()
    words = sparse.csr_matrix(np.r_[np.zeros(60), np.ones(10), np.zeros(10)][:, None])
    both = bench.Features(vectors=x, words=words)
    light = bench.Logistic.fit(both, y, l2=1.0)
    heavy = bench.Logistic.fit(both, y, l2=1.0, l2_vectors=1000.0)
    # The vectors' effective weights are w / scale: a heavy penalty leaves them near zero, the word's weight stands.
    assert np.abs(heavy.w[:8] / heavy.scale).max() < 0.1 * np.abs(light.w[:8] / light.scale).max()
    assert heavy.w[-1] > 0


def test_out_of_fold_trains_only_on_the_marked_sentences() -> None:
    x, y = _clusters()
    fold = np.arange(len(y)) % 2
    trained = np.arange(len(y)) % 4 < 3
    scores = bench.out_of_fold(bench.Features(vectors=x), y, fold, l2=1.0, trained=trained)
    train = (fold == 1) & trained
    alone = bench.Logistic.fit(bench.Features(vectors=x[train]), y[train], 1.0)
    assert np.allclose(scores[fold == 0], alone.probability(bench.Features(vectors=x[fold == 0])))


def test_out_of_fold_never_scores_a_fold_with_a_model_trained_on_it() -> None:
    x, y = _clusters()
    fold = np.arange(len(y)) % 3  # as leave-one-split-out: three splits
    scores = bench.out_of_fold(bench.Features(vectors=x), y, fold, l2=1.0)
    for k in range(3):
        test = fold == k
        alone = bench.Logistic.fit(bench.Features(vectors=x[~test]), y[~test], 1.0)
        assert np.allclose(scores[test], alone.probability(bench.Features(vectors=x[test])))


def test_word_features_hash_words_pairs_and_rule_signals() -> None:
    art = _article([set(), set()], cited=set(), found=set(), roles=[])
    art.texts = ["Un attentat a tué trois personnes.", "Il pleut."]
    art.signals = [["position:0", "strong", "reads:killed"], ["position:1", "read:nothing"]]
    x = bench.word_features([art], bits=12)
    assert x.shape == (2, 4096)
    # Six words, five pairs and three signals (unless two of the 14 names share a bucket).
    assert 12 <= x[0].nnz <= 14 and set(x.data) == {1.0}
    again = bench.word_features([art], bits=12)
    assert (x != again).nnz == 0
    shared = set(x[0].indices) & set(x[1].indices)
    assert len(shared) <= 1  # nothing in common but a possible collision


def test_rule_signals_say_what_the_reader_finds() -> None:
    published = dt.date(2021, 3, 5)
    attack = Sentence(
        article_id="a",
        position=0,
        start=0,
        end=60,
        text="Un attentat à la bombe a tué trois personnes à Kaboul samedi.",
    )
    signals = bench.rule_signals(_read(attack, published), attack.position)
    assert "position:0" in signals and "reads:killed" in signals and "weapon:bombe" in signals
    weather = Sentence(article_id="a", position=7, start=0, end=9, text="Il pleut.")
    assert bench.rule_signals(_read(weather, published), weather.position) == ["position:3", "read:nothing"]


def _article(labels: list[set[int]], cited: set[int], found: set[int], roles: list[str]) -> bench.ArticleData:
    return bench.ArticleData(
        id="a",
        role_of=roles,
        labels=labels,
        cited=cited,
        found=found,
        tolled={1},
        texts=[""] * len(labels),
        signals=[[] for _ in labels],
    )


def test_stage_counts_recovered_false_and_duplicate_sentences() -> None:
    # Sentence 0 cited by the rules (event 0, found); 1 tells event 1, missed; 2 tells nothing; 3 restates event 0.
    art = _article([{0}, {1}, set(), {0}], cited={0}, found={0}, roles=["main", "mention"])
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    everything = bench.stage_figures([art], scores, 0.5)
    assert everything["rules_missed"] == {"main": 0, "mention": 1}
    assert everything["recovered"] == {"main": 0, "mention": 1}
    assert (everything["false"], everything["duplicates"], everything["articles_with_false"]) == (1, 1, 1)
    assert (everything["added"], everything["repeats"]) == (3, 0)
    strict = bench.stage_figures([art], scores, 0.75)
    assert strict["recovered"] == {"main": 0, "mention": 1} and strict["false"] == 0 and strict["added"] == 1
    tolled = bench.stage_figures([art], scores, 0.5, tolled=True)  # only sentence 1 has a toll
    assert (tolled["recovered"]["mention"], tolled["false"], tolled["duplicates"]) == (1, 0, 0)


def test_stage_recovers_only_from_uncited_sentences_and_counts_repeats() -> None:
    # Event 1 is missed though sentence 0, which an event cites, tells it: flagging sentence 0 adds nothing.
    cited_only = _article([{0, 1}, set()], cited={0}, found={0}, roles=["main", "main"])
    assert bench.stage_figures([cited_only], np.array([0.9, 0.1]), 0.5)["recovered"] == {"main": 0, "mention": 0}
    # Two uncited sentences tell the same missed event: one recovered, one repeat, two events added.
    twice = _article([{0}, {0}], cited=set(), found=set(), roles=["main"])
    stage = bench.stage_figures([twice], np.array([0.9, 0.8]), 0.5)
    assert (stage["recovered"]["main"], stage["repeats"], stage["added"]) == (1, 1, 2)


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


def test_ngram_features_fold_accents_and_case_and_share_character_grams() -> None:
    art = _article([set(), set(), set()], cited=set(), found=set(), roles=[])
    art.texts = ["Un ATTENTAT a été commis.", "un attentat a ete commis", "Il pleut."]
    x = bench.ngram_features([art], bits=16)
    assert x.shape == (3, 1 << 16)
    # Accents and case folded: the first two are the same columns; every row has unit length.
    assert set(x[0].indices) == set(x[1].indices)
    assert np.allclose(np.asarray(x.multiply(x).sum(axis=1)).ravel(), 1.0)
    # Character grams tie a word to its inflections: `attentats` shares most of `attentat`'s columns, not the words'.
    one, many = bench.sentence_ngrams("attentat", 16), bench.sentence_ngrams("attentats", 16)
    assert len(one & many) > len(one) // 2


def test_false_alarm_threshold_allows_exactly_the_budget() -> None:
    # Sentences: 0 cited (no evidence: not a false alarm, it adds nothing), 1 and 3 hold no evidence, 2 tells event 0.
    art = _article([set(), set(), {0}, set()], cited={0}, found=set(), roles=["mention"])
    scores = np.array([0.99, 0.9, 0.8, 0.7])
    none = bench.false_alarm_threshold([art], scores, 0)
    assert 0.9 < none <= 0.99 and bench.stage_figures([art], scores, none)["false"] == 0
    one = bench.false_alarm_threshold([art], scores, 1)
    stage = bench.stage_figures([art], scores, one)
    assert (stage["false"], stage["recovered"]["mention"]) == (1, 1)
    assert bench.false_alarm_threshold([art], scores, 2) == scores.min()


def test_stage_counts_flags_in_articles_without_a_gold_event() -> None:
    quiet = _article([set(), set()], cited=set(), found=set(), roles=[])
    quiet.id = "b"
    busy = _article([{0}, set()], cited=set(), found=set(), roles=["main"])
    stage = bench.stage_figures([busy, quiet], np.array([0.9, 0.1, 0.8, 0.7]), 0.5)
    assert (stage["added"], stage["false"], stage["in_articles_without_gold"]) == (3, 2, 2)


def test_balanced_weights_raise_the_rare_class() -> None:
    x, y = _clusters()
    plain = bench.Logistic.fit(bench.Features(vectors=x), y, l2=10.0)
    balanced = bench.Logistic.fit(bench.Features(vectors=x), y, l2=10.0, balanced=True)
    assert balanced.probability(bench.Features(vectors=x)).mean() > plain.probability(bench.Features(vectors=x)).mean()
