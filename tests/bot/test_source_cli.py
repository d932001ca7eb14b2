"""`eventbot source add|remove|list|refresh`: the same verbs as /source, with --json for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bot.cli
from bot.cli import main
from index.engine import Engine
from tests.conftest import HashingEncoder
from tests.index.site import PAGES, serve


@pytest.fixture
def cli(tmp_path: Path, monkeypatch):
    """Runs the command line on a temporary index, with the hashing encoder and loopback allowed for the test site."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text(
        "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n", encoding="utf-8"
    )
    monkeypatch.setenv("EVENTBOT_INDEX__MANAGED_SOURCES", str(tmp_path / "managed"))
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "test-hashing")
    monkeypatch.setenv("EVENTBOT_INDEX__EXTRACT_EVENTS", "false")
    monkeypatch.setenv("EVENTBOT_SOURCES__ALLOW_LOOPBACK", "true")
    monkeypatch.setenv("EVENTBOT_SOURCES__TIMEOUT_SECONDS", "2")
    encoder = HashingEncoder()
    monkeypatch.setattr(
        bot.cli,
        "build_engine",
        lambda settings: Engine(settings.index, settings.search, encoder_factory=lambda: encoder),
    )
    common = ["--sources", str(tmp_path / "data"), "--index-dir", str(tmp_path / "idx")]

    def run(capsys, *argv: str) -> tuple[int, str, str]:
        code = main([*argv, *common])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_source_verbs_with_json(cli, capsys, tmp_path):
    assert cli(capsys, "index")[0] == 0
    with serve() as site:
        url = site.url("/articles/balad.html")
        code, out, err = cli(capsys, "source", "add", "--url", url, "--by", "alice", "--json")
        assert code == 0, err
        added = json.loads(out)
        assert (
            added["source"]["id"] == 1 and added["source"]["kind"] == "url" and added["source"]["added_by"] == "alice"
        )
        assert added["articles"][0]["title"] == PAGES["balad"].title and added["articles"][0]["sentences"] == 3
        assert added["report"]["added"] == [added["articles"][0]["id"]] and added["failed"] == []

        site.feed = ["kirkouk"]
        code, out, _ = cli(capsys, "source", "add", "--feed", site.url("/feed.xml"), "--json")
        assert code == 0 and json.loads(out)["source"]["added_by"].startswith("cli:")

        note = tmp_path / "note.txt"
        note.write_text(
            "Alerte à Bassora\nUne roquette a touché le port de Bassora jeudi. Aucun blessé.\n", encoding="utf-8"
        )
        code, out, _ = cli(capsys, "source", "add", "--file", str(note))
        assert code == 0 and out.startswith("Added source #3 (file note.txt): 1 article.\n")

        site.feed = ["erbil", "kirkouk"]
        code, out, _ = cli(capsys, "source", "refresh", "--json")
        refreshed = json.loads(out)
        assert code == 0 and [a["title"] for a in refreshed["sources"][0]["articles"]] == [PAGES["erbil"].title]
        assert refreshed["report"]["embedded"] == 3

    code, out, _ = cli(capsys, "source", "list", "--json")
    listed = json.loads(out)["sources"]
    assert [(s["id"], s["kind"], s["indexed_articles"]) for s in listed] == [
        (1, "url", 1),
        (2, "feed", 2),
        (3, "file", 1),
    ]
    assert listed[1]["last_result"] == "ok: 1 new article" and listed[0]["sentences"] == 3

    code, out, _ = cli(capsys, "source", "remove", "1", "--json")
    removed = json.loads(out)
    assert code == 0 and removed["source"]["id"] == 1 and len(removed["removed"]) == 1
    assert removed["report"]["removed"] == [removed["removed"][0]["id"]]

    code, out, _ = cli(capsys, "source", "list")
    assert code == 0 and out.startswith("#2 feed") and "#1 " not in out

    code, out, _ = cli(capsys, "ask", "roquettes base de Balad", "--json")
    assert all(not a["article"]["id"].startswith("src1/") for a in json.loads(out)["answers"])


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["source", "add"], 2, "one of the arguments --url --feed --file is required"),
        (
            ["source", "add", "--url", "http://a.example/", "--feed", "http://b.example/"],
            2,
            "not allowed with argument",
        ),
        (["source", "remove", "x"], 2, "invalid int value"),
        (["source", "remove", "7"], 1, "there is no source #7"),
        (["source", "add", "--url", "http://10.0.0.1/"], 1, "refused: 10.0.0.1 is a private address"),
        (["source", "add", "--url", "ftp://example.org/"], 1, "only http and https"),
        (["source", "add", "--file", "/nonexistent/a.md"], 1, "cannot read /nonexistent/a.md"),
    ],
)
def test_source_mistakes_are_one_line(cli, capsys, argv, code, message):
    got, out, err = cli(capsys, *argv)
    assert got == code and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_with_database_url_the_sources_of_each_guild_live_in_that_database(tmp_path, monkeypatch, capsys, database_url):
    """`EVENTBOT_DATABASE__URL` (SQLite or a real PostgreSQL server): the base's and a guild's sources go there, each
    scoped to its own, and no registry file is written in the index directory."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text("---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain.\n")
    note = tmp_path / "note.txt"
    note.write_text("Alerte à Bassora\nUne roquette a touché le port de Bassora jeudi. Aucun blessé.\n")
    monkeypatch.setenv("EVENTBOT_DATABASE__URL", database_url)
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "test-hashing")
    monkeypatch.setenv("EVENTBOT_INDEX__EXTRACT_EVENTS", "false")
    encoder = HashingEncoder()
    monkeypatch.setattr(
        bot.cli,
        "build_engine",
        lambda s: Engine(s.index, s.search, encoder_factory=lambda: encoder, database=s.database),
    )
    common = ["--sources", str(tmp_path / "data"), "--index-dir", str(tmp_path / "idx")]

    def run(*argv: str) -> dict:
        assert main([*argv, *common, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    assert main(["index", *common]) == 0
    capsys.readouterr()
    assert run("source", "add", "--file", str(note))["source"]["id"] == 1
    assert run("source", "add", "--file", str(note), "--guild", "42")["source"]["id"] == 100_001
    assert [(s["id"], s["indexed_articles"]) for s in run("source", "list")["sources"]] == [(1, 1)]
    assert [(s["id"], s["indexed_articles"]) for s in run("source", "list", "--guild", "42")["sources"]] == [
        (100_001, 1)
    ]
    assert run("source", "list", "--guild", "43")["sources"] == []
    assert main(["source", "remove", "100001", "--guild", "43", *common]) == 1  # not that guild's source
    assert "no source #100001" in capsys.readouterr().err
    assert [s["id"] for s in run("source", "list", "--guild", "42")["sources"]] == [100_001]
    assert {p.name for p in (tmp_path / "idx").rglob("*.sqlite*")} == {"meta.sqlite"}  # the builds' own only


def test_database_import_moves_an_installs_registries_into_the_database(tmp_path, monkeypatch, capsys, database_url):
    """`eventbot database import`: the files' sources (base and guilds), answers and questions all reach the database;
    ids go on from the copied ones; a second import, or one without database.url, changes nothing."""
    from index.feedback import FeedbackCounts, FeedbackStore
    from index.insights import InsightsStore
    from tests.bot.test_feedback import make_answer

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text("---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain.\n")
    note = tmp_path / "note.txt"
    note.write_text("Alerte à Bassora\nUne roquette a touché le port de Bassora jeudi. Aucun blessé.\n")
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "test-hashing")
    monkeypatch.setenv("EVENTBOT_INDEX__EXTRACT_EVENTS", "false")
    encoder = HashingEncoder()
    monkeypatch.setattr(
        bot.cli,
        "build_engine",
        lambda s: Engine(s.index, s.search, encoder_factory=lambda: encoder, database=s.database),
    )
    idx = tmp_path / "idx"
    common = ["--sources", str(tmp_path / "data"), "--index-dir", str(idx)]

    def run(*argv: str) -> dict:
        assert main([*argv, *common, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    assert main(["index", *common]) == 0
    capsys.readouterr()
    run("source", "add", "--file", str(note))
    run("source", "add", "--file", str(note), "--guild", "42")
    feedback = FeedbackStore.in_index_dir(idx)
    feedback.vote(feedback.save_answer(make_answer("a#1")), "h1", "down")
    InsightsStore.in_index_dir(idx, b"k" * 32).record(
        "combien ?", "fr", guild_id=42, user_id=1, sentence_ids=[], best_score=None
    )
    assert main(["database", "import", *common]) == 2
    assert "set database.url" in capsys.readouterr().err

    monkeypatch.setenv("EVENTBOT_DATABASE__URL", database_url)
    copied = run("database", "import")
    assert copied["rows"]["sources"] == 2 and copied["rows"]["answers"] == 1 and copied["rows"]["answer_votes"] == 1
    assert copied["rows"]["questions"] == 1 and copied["rows"]["source_documents"] == 2
    assert [s["id"] for s in run("source", "list")["sources"]] == [1]
    assert [s["id"] for s in run("source", "list", "--guild", "42")["sources"]] == [100_001]
    other = tmp_path / "other.md"
    other.write_text("---\ntitle: Kirkouk\n---\nDeux roquettes sont tombées près de Kirkouk.\n")
    assert run("source", "add", "--file", str(other))["source"]["id"] == 2  # never an id the files gave
    moved = FeedbackStore(database_url)
    assert moved.counts() == FeedbackCounts(up=0, down=1, answers=1) and moved.save_answer(make_answer("b#0")) == 2
    assert main(["database", "import", *common]) == 1  # again: refused, nothing copied twice
    assert "already holds rows" in capsys.readouterr().err
    assert moved.counts().answers == 2
