"""Searcher behaviour that users notice, on a small real index with the deterministic encoder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.config import IndexConfig, SearchConfig
from index.engine import Engine
from index.errors import EmptyQuestion, QuestionTooLong
from index.fusion import diversify, with_neighbours
from tests.conftest import HashingEncoder


def article(title: str, date: str, body: str, lang: str = "fr") -> str:
    return f"---\ntitle: {title}\npublished: {date}\nlang: {lang}\n---\n{body}\n"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    src = tmp_path / "src"
    src.mkdir()
    (src / "old.md").write_text(
        article(
            "Ancien", "2019-01-10", "Trois roquettes sont tombées sur la base de Kirkouk. La police enquête sur place."
        )
    )
    (src / "new.md").write_text(
        article("Récent", "2021-06-01", "Trois roquettes sont tombées sur la base de Kirkouk. Le bilan reste inconnu.")
    )
    (src / "other.md").write_text(
        article(
            "Economie",
            "2021-05-01",
            "Le prix du pétrole a augmenté. Les marchés sont inquiets. La banque centrale a réagi.",
        )
    )
    enc = HashingEncoder()
    config = IndexConfig(sources=src, index_dir=tmp_path / "idx", model=enc.name, extract_events=False)
    e = Engine(config, SearchConfig(), encoder_factory=lambda: enc)
    e.build()
    return e


def test_the_same_sentence_in_two_articles_is_shown_once_with_both_sources(engine):
    hits = engine.ask("roquettes tombées sur la base de Kirkouk").hits
    twins = [h for h in hits if h.text.startswith("Trois roquettes")]
    assert len(twins) == 1
    assert {twins[0].article.title, *(r.title for r in twins[0].also_in)} == {"Ancien", "Récent"}


def test_newer_reporting_comes_first_when_sentences_tie(engine):
    hit = engine.ask("roquettes tombées sur la base de Kirkouk").hits[0]
    assert hit.article.title == "Récent"


def test_irrelevant_question_gets_no_answer(engine):
    assert engine.ask("Qui a gagné la coupe du monde de football ?").hits == []


@pytest.mark.parametrize("question", ["", "   ", "@everyone @here", "**__~~``", "<@123456789>"])
def test_questions_without_words_are_refused(engine, question):
    with pytest.raises(EmptyQuestion):
        engine.ask(question)


def test_huge_question_is_refused(engine):
    with pytest.raises(QuestionTooLong):
        engine.ask("roquettes " * 200)


def test_k_limits_the_number_of_sentences(engine):
    assert len(engine.ask("roquettes pétrole marchés banque police bilan", k=2).hits) <= 2


def test_neighbour_smoothing_stays_within_an_article():
    scores = np.array([0.0, 1.0, 0.0, 5.0], dtype=np.float32)
    has_prev = np.array([False, True, True, False])  # row 3 starts another article
    has_next = np.array([True, True, False, False])
    out = with_neighbours(scores, has_prev, has_next, 0.5)
    assert out.tolist() == [0.5, 1.0, 0.5, 5.0]


def test_diversify_lets_a_second_source_in():
    ranking = [(1, 1.0), (2, 0.95), (3, 0.9)]
    groups = {1: "a", 2: "a", 3: "b"}
    assert [d for d, _ in diversify(ranking, groups.__getitem__, 0.9)] == [1, 3, 2]
    assert [d for d, _ in diversify(ranking, groups.__getitem__, 1.0)] == [1, 2, 3]


def test_diversify_is_the_greedy_pick_of_the_best_decayed_score():
    """The definition, one candidate at a time: the same order and scores (ties to the earlier) as the fast version."""
    rng = np.random.default_rng(3)
    ranking = [
        (int(d), float(s)) for d, s in zip(rng.permutation(60), rng.choice([0.2, 0.5, 0.5, 0.9], 60), strict=True)
    ]
    groups = {doc: f"article{doc % 7}" for doc, _ in ranking}
    remaining, expected = list(ranking), []
    picked: dict[str, int] = {}
    while remaining:
        scores = [s * 0.8 ** picked.get(groups[d], 0) for d, s in remaining]
        j = scores.index(max(scores))
        doc, _ = remaining.pop(j)
        picked[groups[doc]] = picked.get(groups[doc], 0) + 1
        expected.append((doc, scores[j]))
    assert diversify(ranking, groups.__getitem__, 0.8) == expected


def test_a_question_for_a_number_or_a_date_prefers_a_sentence_that_has_one(tmp_path):
    from index import answer_type

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text(
        article(
            "Roquettes",
            "2021-04-05",
            "Des roquettes visent une base proche de Mossoul.\n\n"
            "Trois roquettes visent une base proche de Mossoul depuis lundi soir.",
        )
    )
    enc = HashingEncoder()
    # A near-tie between the two sentences: bare sentences, BM25 and the raw cosine weighed alike.
    config = IndexConfig(
        sources=src, index_dir=tmp_path / "idx", model=enc.name, extract_events=False, passage_context="none"
    )
    tie = SearchConfig(
        neighbour_weight=0, recency_weight=0, same_article_decay=1, dense_scale="raw", dense_weight_same_fr=0.6
    )
    without = Engine(config, tie.model_copy(update={"answer_type_weight": 0}), encoder_factory=lambda: enc)
    without.build()
    with_prior = Engine(config, tie.model_copy(update={"answer_type_weight": 0.3}), encoder_factory=lambda: enc)
    question = "Combien de roquettes visent la base proche de Mossoul ?"
    assert without.ask(question).hits[0].text.startswith("Des roquettes")  # shorter, so BM25 prefers it
    assert with_prior.ask(question).hits[0].text.startswith("Trois roquettes")
    assert with_prior.ask("Quelles roquettes visent la base proche de Mossoul ?").hits[0].text.startswith("Des")

    assert answer_type.expected("How many rockets hit the base?") == "number"
    assert answer_type.expected("Depuis quand les attaques visent-elles Erbil ?") == "date"
    assert answer_type.expected("Qui a revendiqué l'attaque ?") is None
    assert answer_type.holds("number", "la quatorzième attaque") and answer_type.holds("number", "two rockets")
    assert not answer_type.holds("number", "une attaque contre la base")
    assert answer_type.holds("date", "fin février") and answer_type.holds("date", "late on Monday")
    assert not answer_type.holds("date", "une attaque contre la base")


def test_two_question_words_that_translate_to_one_french_word_weigh_as_two(tmp_path):
    # "claim" and "responsibility" both lead to revendiquer: the sentence that says it answers, not the one that
    # only repeats the question's other words (rocket fire).
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text(
        article("Base", "2021-04-05", "Les tirs de roquettes ont visé la base.\n\nL'attaque n'a pas été revendiquée.")
    )
    enc = HashingEncoder()
    config = IndexConfig(sources=src, index_dir=tmp_path / "idx", model=enc.name, extract_events=False)
    # BM25 alone decides (the hashing encoder's cosines mean nothing across languages).
    lexical_only = SearchConfig(
        dense_weight_cross=0, neighbour_weight=0, article_weight=0, recency_weight=0, same_article_decay=1
    )
    engine = Engine(config, lexical_only, encoder_factory=lambda: enc)
    engine.build()
    hits = engine.ask("Did anyone claim responsibility for the rocket fire?").hits
    assert [h.text for h in hits] == ["L'attaque n'a pas été revendiquée.", "Les tirs de roquettes ont visé la base."]


def test_a_verb_meets_its_noun_when_the_stemmer_leaves_them_a_letter_apart(tmp_path):
    # Snowball keeps "soutient" (supports) and "soutien" (support) apart; the question's verb still finds the noun.
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text(
        article(
            "Irak",
            "2021-04-05",
            "L'Iran a le soutien du Hachd.\n\nLe Hachd a combattu le groupe Etat islamique.\n\n"
            "Les prix du pétrole montent.",
        )
    )
    enc = HashingEncoder()
    config = IndexConfig(sources=src, index_dir=tmp_path / "idx", model=enc.name, extract_events=False)
    lexical_only = SearchConfig(
        dense_weight_same_fr=0, neighbour_weight=0, article_weight=0, recency_weight=0, same_article_decay=1
    )
    engine = Engine(config, lexical_only, encoder_factory=lambda: enc)
    engine.build()
    assert engine.ask("Qui soutient le Hachd ?").hits[0].text == "L'Iran a le soutien du Hachd."
    assert engine.ask("Le soutien du Hachd ?").hits[0].text == "L'Iran a le soutien du Hachd."


def test_a_rare_misspelling_one_letter_longer_does_not_outweigh_the_word(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    body = "\n\n".join(
        ["La pression monte sur le gouvernement."] * 3 + ["Une pressionm sur le gouvernement.", "Le pétrole monte."]
    )
    (src / "a.md").write_text(article("Pression", "2021-04-05", body))
    enc = HashingEncoder()
    config = IndexConfig(sources=src, index_dir=tmp_path / "idx", model=enc.name, extract_events=False)
    lexical_only = SearchConfig(
        dense_weight_same_fr=0, neighbour_weight=0, article_weight=0, recency_weight=0, same_article_decay=1
    )
    engine = Engine(config, lexical_only, encoder_factory=lambda: enc)
    engine.build()
    assert engine.ask("Quelle pression sur le gouvernement ?").hits[0].text == "La pression monte sur le gouvernement."
