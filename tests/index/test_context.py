"""With the real model: a sentence whose subject is only in the sentence before it, or only in its article's title, is
found once that context is embedded with it (index.passage_context); the sentence alone is not found."""

from __future__ import annotations

import pytest

from index.config import IndexConfig, SearchConfig
from index.engine import Engine

pytestmark = pytest.mark.slow

ARTICLES = {
    "fire.md": (
        "Incendie dans une usine chimique près de Rouen",
        "Le feu s'est déclaré vers deux heures du matin. Il a fallu douze heures aux pompiers pour le maîtriser. "
        "Aucun blessé n'est à déplorer selon la préfecture.",
    ),
    "flood.md": (
        "Inondations dans le sud de la France",
        "Les pluies ont duré trois jours sans interruption. Les inondations ont fait cinq morts et des centaines de "
        "maisons ont été évacuées.",
    ),
    "news.md": (
        "Le point sur l'actualité de mardi",
        "Un séisme de magnitude 6,2 a frappé le nord du Japon mardi matin. Il a fait trois morts et une vingtaine de "
        "blessés. Le trafic des trains a été interrompu pendant plusieurs heures.",
    ),
    "vote.md": (
        "Élections municipales à Lyon",
        "Le second tour a eu lieu dimanche. La liste écologiste l'a emporté avec 52 % des voix.",
    ),
}
QUAKE_TOLL = "Il a fait trois morts"  # "il": the earthquake of the sentence before
FIRE_LENGTH = "Il a fallu douze heures"  # "le": the fire, named only in the title


@pytest.fixture(scope="module")
def engines(tmp_path_factory, real_encoder):
    src = tmp_path_factory.mktemp("src")
    for name, (title, body) in ARTICLES.items():
        (src / name).write_text(f"---\ntitle: {title}\npublished: 2024-05-01\nlang: fr\n---\n{body}\n")
    built = {}
    for context in ("none", "previous", "default"):
        config = IndexConfig(
            sources=src, index_dir=tmp_path_factory.mktemp(context), model=real_encoder.name, extract_events=False
        )
        if context != "default":  # the default embeds the title with each sentence
            config = config.model_copy(update={"passage_context": context})
        built[context] = Engine(config, SearchConfig(), encoder_factory=lambda: real_encoder)
        built[context].build()
    return built


def top(engine: Engine, question: str) -> str:
    hits = engine.ask(question).hits
    return hits[0].text if hits else ""


QUAKE_QUESTIONS = [
    "Combien de morts le séisme au Japon a-t-il fait ?",
    "How many people did the earthquake in Japan kill?",
]


@pytest.mark.parametrize("question", QUAKE_QUESTIONS)
def test_a_sentence_whose_subject_is_in_the_previous_sentence_comes_first(engines, question):
    assert top(engines["previous"], question).startswith(QUAKE_TOLL)
    assert not top(engines["none"], question).startswith(QUAKE_TOLL)  # the sentence alone: the earthquake is unnamed


def test_by_default_a_sentence_whose_subject_is_only_in_the_title_is_found(engines):
    question = "Combien de temps a duré l'incendie de l'usine de Rouen ?"
    assert top(engines["default"], question).startswith(FIRE_LENGTH)
    assert engines["none"].ask(question).hits == []  # alone, it neither shares the question's words nor its meaning
