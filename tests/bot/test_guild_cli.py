"""`--guild ID` on the command line: index, ask, attacks, source and status act on that guild's part over the base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bot.cli
from bot.cli import main
from index.engine import Engine
from index.guilds import GUILD_FIRST_SOURCE_ID
from tests.conftest import FIXTURES, HashingEncoder


@pytest.fixture
def cli(tmp_path: Path, monkeypatch, capsys):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text(
        "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n", encoding="utf-8"
    )
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "test-hashing")
    encoder = HashingEncoder()
    monkeypatch.setattr(
        bot.cli,
        "build_engine",
        lambda settings: Engine(settings.index, settings.search, encoder_factory=lambda: encoder),
    )
    common = ["--sources", str(tmp_path / "data"), "--index-dir", str(tmp_path / "idx")]

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, *common])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _ids(out: str) -> list[str]:
    return [hit["sentence_id"] for hit in json.loads(out)["answers"]]


def test_a_guilds_source_from_the_command_line(cli, tmp_path: Path) -> None:
    assert cli("index")[0] == 0
    article = FIXTURES / "events" / "mogadishu-car-bomb.md"
    code, out, err = cli("source", "add", "--file", str(article), "--guild", "42", "--json")
    assert code == 0, err
    assert json.loads(out)["source"]["id"] == GUILD_FIRST_SOURCE_ID
    assert (tmp_path / "idx" / "guilds" / "42" / "sources" / f"src{GUILD_FIRST_SOURCE_ID}").is_dir()

    question = "car bomb Mogadishu checkpoint"
    assert any(
        i.startswith(f"src{GUILD_FIRST_SOURCE_ID}/") for i in _ids(cli("ask", question, "--guild", "42", "--json")[1])
    )
    for elsewhere in ([], ["--guild", "43"]):
        code, out, _ = cli("ask", question, *elsewhere, "--json")
        assert code == 0 and not any(i.startswith("src") for i in _ids(out))

    code, out, _ = cli("attacks", "--guild", "42", "--json")
    assert any("Mogadishu" in json.dumps(e) for e in json.loads(out)["events"])
    assert not any("Mogadishu" in json.dumps(e) for e in json.loads(cli("attacks", "--json")[1])["events"])

    assert len(json.loads(cli("source", "list", "--guild", "42", "--json")[1])["sources"]) == 1
    assert json.loads(cli("source", "list", "--guild", "43", "--json")[1])["sources"] == []
    assert json.loads(cli("source", "list", "--json")[1])["sources"] == []
    assert cli("source", "remove", str(GUILD_FIRST_SOURCE_ID), "--guild", "43")[0] == 1  # not 43's source

    status = json.loads(cli("status", "--guild", "42", "--json")[1])
    assert status["guild"] == 42 and status["guild_articles"] == 1
    assert json.loads(cli("status", "--json")[1])["articles"] == status["articles"] - 1

    code, out, _ = cli("index", "--guild", "42", "--json")
    assert code == 0 and json.loads(out)["articles"] == 1


def test_a_guild_id_must_be_a_number(cli) -> None:
    code, _, err = cli("ask", "roquettes", "--guild", "abc")
    assert code == 2 and "guild" in err
