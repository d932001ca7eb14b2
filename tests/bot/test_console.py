"""The local console: the bot's commands on a prompt, as text or JSON, and mistakes answered in one line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.console import Console
from index.config import IndexConfig, SearchConfig
from index.engine import Engine
from tests.conftest import HashingEncoder

ARTICLE = """---
title: Roquettes sur Kirkouk
published: 2022-03-01
lang: fr
url: https://example.org/kirkouk
---
Trois roquettes sont tombées lundi soir sur une base militaire près de Kirkouk, sans faire de victime.

L'attaque n'a pas été revendiquée.
"""


@pytest.fixture
def console(tmp_path: Path) -> Console:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "kirkouk.md").write_text(ARTICLE, encoding="utf-8")
    encoder = HashingEncoder()
    config = IndexConfig(sources=sources, index_dir=tmp_path / "idx", model=encoder.name)
    engine = Engine(config, SearchConfig(), encoder_factory=lambda: encoder)
    engine.build()
    return Console(engine)


def session(console: Console, lines: list[str], json_output: bool = False) -> list[str]:
    out = io.StringIO()
    assert console.run(io.StringIO("\n".join(lines) + "\n"), out, json_output=json_output) == 0
    return [line for line in out.getvalue().splitlines() if line]


def test_questions_commands_and_quit(console):
    replies = session(
        console,
        ["combien de roquettes sur Kirkouk ?", "/attacks where:Kirkouk", "/status", "/quit", "/ask never reached"],
    )
    text = "\n".join(replies)
    assert "Trois roquettes sont tombées lundi soir" in text and "Roquettes sur Kirkouk" in text
    assert "February 28, 2022" in text  # the attack, dated from `lundi soir`
    assert "1 articles, 2 sentences, 1 events" in text
    assert "never reached" not in text


def test_json_output_is_json_for_every_reply(console):
    replies = session(
        console,
        [
            "/ask roquettes Kirkouk",
            "/attacks weapon:rocket",
            "/status",
            "/help",
            "/bogus",
            '/attacks where:"base de Kirkouk',
        ],
        json_output=True,
    )
    parsed = [json.loads(r) for r in replies]
    assert parsed[0]["answers"][0]["article"]["url"] == "https://example.org/kirkouk"
    assert [e["weapon"] for e in parsed[1]["events"]] == ["roquette"]
    assert parsed[2]["sentences"] == 2 and parsed[2]["model"] == "test-hashing"
    assert "/attacks" in parsed[3]["help"]
    assert "Unknown command /bogus" in parsed[4]["error"]
    assert "closing quotation" in parsed[5]["error"]


def test_mistakes_are_one_line_and_the_session_goes_on(console):
    replies = session(
        console,
        ['/attacks where:"Kirkouk', "/attacks when:2021", "/attacks since:hier", "/ask   ", "/ask roquettes Kirkouk"],
    )
    assert replies[0].startswith("Cannot read the options")
    assert replies[1].startswith("Unknown option 'when:2021'")
    assert "Not a date" in replies[2]
    assert len(replies) >= 5 and "Trois roquettes" in "\n".join(replies[4:])


def test_the_console_speaks_the_language_it_is_given(console):
    from bot.i18n import FR

    console.t = FR
    text = "\n".join(session(console, ["/attacks where:Kirkouk"]))
    assert "28 février 2022" in text and "3 × roquette" in text and "non revendiquée" in text
    assert "Trois roquettes sont tombées lundi soir" in text  # quoted article text is never translated


def test_events_as_acled_like_csv(console):
    import csv

    from bot import text

    rows = list(csv.DictReader(io.StringIO(text.events_csv(console.engine.attacks()))))
    assert list(rows[0]) == list(text.ACLED_COLUMNS)
    assert rows[0]["event_date"] == "2022-02-28" and rows[0]["location"] == "Kirkouk"
    assert rows[0]["source_url"] == "https://example.org/kirkouk" and "Trois roquettes" in rows[0]["notes"]
