"""The real thing: an index built from data/ with the bundled model, asked our own questions."""

from __future__ import annotations

import json
import shutil

import pytest

from bot.cli import main
from index.config import IndexConfig, SearchConfig
from index.engine import Engine
from index.evaluation import evaluate, load_qa
from tests.conftest import DATA, FIXTURES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_engine(tmp_path_factory):
    sources = tmp_path_factory.mktemp("src")
    for path in DATA.iterdir():
        shutil.copy(path, sources / path.name)
    engine = Engine(
        IndexConfig(sources=sources, index_dir=tmp_path_factory.mktemp("idx"), extract_events=False), SearchConfig()
    )
    engine.build()
    return engine


def test_own_questions_find_their_sentences_in_both_languages(seed_engine):
    result = evaluate(seed_engine.ask, load_qa(FIXTURES / "seed_qa.jsonl"), k=10)["per_lang"]
    assert result["fr"]["recall@1"] >= 0.8 and result["fr"]["recall@3"] == 1.0
    assert result["en"]["recall@1"] >= 0.6 and result["en"]["recall@3"] >= 0.8


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("Qui est le porte-parole du Pentagone ?", "John Kirby"),
        ("What did the Pentagon spokesman say about the strike?", "John Kirby"),
        ("Que menace de faire Washington à chaque attaque meurtrière ?", "«le nécessaire»"),
        ("What does Washington threaten after each deadly attack?", "«le nécessaire»"),
        ("Pourquoi l'Irak a-t-il obtenu une exemption des sanctions ?", "en climatisation"),
        ("What is the sanctions waiver for?", "en climatisation"),
        ("Pourquoi un drone américain a-t-il tué Souleimani ?", "en riposte à la mort d'Américains"),
        ("Why did a US drone kill Soleimani?", "en riposte à la mort d'Américains"),
    ],
)
def test_facts_of_the_verbatim_seed_are_answerable(seed_engine, question, gold):
    """Facts that only the published text holds (its second half was once rewritten without them)."""
    assert any(gold in hit.text for hit in seed_engine.ask(question, 3).hits)


def test_every_hit_is_cited_and_quotes_the_article_exactly(seed_engine):
    answer = seed_engine.ask("Combien de roquettes sont tombées ?")
    text = next(DATA.glob("*.md")).read_text(encoding="utf-8").split("---\n", 2)[2]
    assert answer.hits
    for hit in answer.hits:
        assert text[hit.start : hit.end] == hit.text
        assert hit.article.title and hit.article.published is not None and hit.article.url


@pytest.mark.parametrize(
    "question", ["Quelle est la recette de la tarte aux pommes ?", "Who won the football world cup?"]
)
def test_off_topic_questions_get_no_answer_rather_than_noise(seed_engine, question):
    assert seed_engine.ask(question).hits == []


def test_mentions_and_markdown_are_not_part_of_the_question(seed_engine):
    plain = seed_engine.ask("ni victimes ni dégâts ?")
    noisy = seed_engine.ask("@everyone <@123456> **ni victimes** ni `dégâts` ?")
    assert [h.sentence_id for h in noisy.hits] == [h.sentence_id for h in plain.hits]


def test_cli_ask_json_shape(seed_engine, capsys):
    index_dir = seed_engine.index_config.index_dir
    assert main(["ask", "Combien de roquettes ?", "--index-dir", str(index_dir), "--json", "--k", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["question"] == "Combien de roquettes ?"
    first = data["answers"][0]
    assert {"text", "score", "sentence_id", "start", "end", "article"} <= set(first)
    assert {"id", "title", "url", "published"} <= set(first["article"])
    assert len(data["answers"]) <= 2
    scores = [a["score"] for a in data["answers"]]
    assert scores == sorted(scores, reverse=True)


def test_cli_eval_reports_recall_per_language(seed_engine, capsys):
    index_dir = seed_engine.index_config.index_dir
    assert main(["eval", str(FIXTURES / "seed_qa.jsonl"), "--index-dir", str(index_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["per_lang"]) == {"fr", "en"}
    assert all({"recall@1", "recall@3", "mrr", "n"} <= set(row) for row in data["per_lang"].values())
