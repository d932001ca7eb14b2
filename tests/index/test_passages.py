"""What is embedded for a sentence under each passage recipe."""

from __future__ import annotations

from index.ingest import segment
from index.models import Article
from index.passages import CONTEXTS, PREVIOUS_WORDS, passage_texts

ARTICLE = Article(
    id="a",
    title="Roquettes sur la base de Balad",
    text="Deux roquettes sont tombées hier soir. Ils n'ont pas été revendiqués. L'armée enquête.",
)


def texts(context: str) -> list[str]:
    return passage_texts(ARTICLE, segment(ARTICLE), context)  # type: ignore[arg-type]  # a valid name


def test_the_sentence_alone_is_what_the_index_cites():
    assert texts("none") == [s.text for s in segment(ARTICLE)]


def test_the_title_leads_every_passage_as_its_own_sentence():
    assert texts("title") == [
        "Roquettes sur la base de Balad. Deux roquettes sont tombées hier soir.",
        "Roquettes sur la base de Balad. Ils n'ont pas été revendiqués.",
        "Roquettes sur la base de Balad. L'armée enquête.",
    ]


def test_the_previous_sentence_gives_a_pronoun_its_subject():
    previous = texts("previous")
    assert previous[0] == "Deux roquettes sont tombées hier soir."  # the first sentence has none
    assert previous[1] == "Deux roquettes sont tombées hier soir. Ils n'ont pas été revendiqués."
    both = texts("title+previous")
    assert both[1] == (
        "Roquettes sur la base de Balad. Deux roquettes sont tombées hier soir. Ils n'ont pas été revendiqués."
    )


def test_a_long_previous_sentence_is_cut_to_its_last_words():
    long = Article(id="b", title="T", text=" ".join(["mot"] * 100) + " fin. Elle suit.")
    second = passage_texts(long, segment(long), "previous")[1]
    assert second.split()[-2:] == ["Elle", "suit."] and len(second.split()) == PREVIOUS_WORDS + 2


def test_a_title_with_its_own_punctuation_keeps_it_and_an_empty_one_adds_nothing():
    asked = Article(id="c", title="  Qui a tiré ?  ", text="Personne ne sait.")
    assert passage_texts(asked, segment(asked), "title") == ["Qui a tiré ? Personne ne sait."]
    untitled = Article(id="d", title="", text="Personne ne sait.")
    assert passage_texts(untitled, segment(untitled), "title") == ["Personne ne sait."]


def test_every_recipe_gives_one_text_per_sentence():
    for context in CONTEXTS:
        assert len(texts(context)) == len(segment(ARTICLE))
