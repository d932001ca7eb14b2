"""A damaged index directory: every kind of damage gets one clear line from `eventbot status` (the health check)
and `eventbot ask`, `eventbot index` repairs it, and a running engine keeps serving its good build."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.cli
from bot.cli import main
from index.config import IndexConfig
from index.engine import Engine
from tests.conftest import HashingEncoder

GOOD = "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n"


def current_build(idx: Path) -> Path:
    return idx / "builds" / (idx / "CURRENT").read_text().strip()


def _manifest(idx: Path, **changes) -> None:
    path = current_build(idx) / "manifest.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **changes}))


DAMAGE: dict[str, Callable[[Path], object]] = {
    "CURRENT with non-UTF-8 bytes": lambda idx: (idx / "CURRENT").write_bytes(b"\xff\xfe\x00\x81garbage\n"),
    "CURRENT names no build": lambda idx: (idx / "CURRENT").write_text("20990101T000000-nothing\n"),
    "CURRENT is a path": lambda idx: (idx / "CURRENT").write_text("../../../etc\n"),
    "CURRENT of 1 MB": lambda idx: (idx / "CURRENT").write_bytes(b"a" * 1_000_000),
    "manifest: sentences 10**13": lambda idx: _manifest(idx, sentences=10**13),
    "manifest: dimension 10**9": lambda idx: _manifest(idx, dimension=10**9),
    "manifest: not JSON": lambda idx: (current_build(idx) / "manifest.json").write_bytes(b"\x00{not json"),
    "manifest: missing": lambda idx: (current_build(idx) / "manifest.json").unlink(),
    "vectors: truncated": lambda idx: _truncate(current_build(idx) / "vectors.faiss"),
    "vectors: garbage": lambda idx: (current_build(idx) / "vectors.faiss").write_bytes(b"\x00" * 4096),
    "tokenizer: wrong shape": lambda idx: (current_build(idx) / "lexical" / "tokenizer.json").write_text("[1, 2]"),
    "tokenizer: not JSON": lambda idx: (current_build(idx) / "lexical" / "tokenizer.json").write_bytes(b"\xff"),
    "BM25 arrays: garbage": lambda idx: (current_build(idx) / "lexical" / "data.csc.index.npy").write_bytes(b"xx"),
    "BM25 vocabulary: wrong shape": lambda idx: (current_build(idx) / "lexical" / "vocab.index.json").write_text("7"),
    "meta.sqlite: garbage": lambda idx: (current_build(idx) / "meta.sqlite").write_bytes(b"SQLite format 3\x00" * 64),
    "meta.sqlite: missing": lambda idx: (current_build(idx) / "meta.sqlite").unlink(),
    # Garbled in place, same size, every file still readable: only the manifest's checksums tell.
    "vectors: garbled, same size": lambda idx: _garble(current_build(idx) / "vectors.faiss"),
    "BM25 arrays: garbled, same size": lambda idx: _garble(current_build(idx) / "lexical" / "data.csc.index.npy"),
    "meta.sqlite: a sentence rewritten, same size": lambda idx: _replace(
        current_build(idx) / "meta.sqlite", b"Il pleuvra demain", b"Il neigera demain"
    ),
    "tokenizer: rewritten, same size": lambda idx: _replace(
        current_build(idx) / "lexical" / "tokenizer.json", b'": ', b'":\t'
    ),
}


def _garble(path: Path) -> None:
    """The last 16 bytes (vector or score data, after the header) XORed: same size, still loads."""
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 16, len(data)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _replace(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data and len(old) == len(new)
    path.write_bytes(data.replace(old, new))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.fixture
def cli(tmp_path: Path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text(GOOD, encoding="utf-8")
    encoder = HashingEncoder()
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "test-hashing")
    monkeypatch.setenv("EVENTBOT_INDEX__EXTRACT_EVENTS", "false")
    monkeypatch.setattr(bot.cli, "build_engine", lambda s: Engine(s.index, s.search, encoder_factory=lambda: encoder))
    common = ["--sources", str(tmp_path / "data"), "--index-dir", str(tmp_path / "idx")]

    def run(capsys, *argv: str) -> tuple[int, str]:
        code = main([*argv, *common])
        return code, capsys.readouterr().err

    return run


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_reported_in_one_line_and_repaired_by_eventbot_index(cli, capsys, tmp_path, damage):
    assert cli(capsys, "index")[0] == 0
    DAMAGE[damage](tmp_path / "idx")
    for command in (["status"], ["ask", "combien de roquettes ?"]):
        code, err = cli(capsys, *command)
        assert code == 1 and err.count("\n") == 1 and "eventbot index" in err, (command, err)
    code, err = cli(capsys, "index")
    assert code == 0, err
    assert cli(capsys, "status")[0] == 0
    assert not list((tmp_path / "idx").glob(".CURRENT.*"))


def test_temporary_pointers_left_by_a_kill_are_removed_by_the_next_build(cli, capsys, tmp_path):
    assert cli(capsys, "index")[0] == 0
    for n in range(3):
        (tmp_path / "idx" / f".CURRENT.dead{n}").write_text("x\n")
    assert cli(capsys, "index")[0] == 0
    assert not list((tmp_path / "idx").glob(".CURRENT.*"))


SWITCHED_TO = [
    "CURRENT with non-UTF-8 bytes",
    "manifest: sentences 10**13",
    "tokenizer: wrong shape",
    "vectors: garbage",
    "vectors: garbled, same size",
]


@pytest.mark.parametrize("damage", SWITCHED_TO)
def test_a_serving_engine_keeps_its_good_build_when_another_process_switches_to_a_bad_one(tmp_path, damage):
    data = tmp_path / "data"
    data.mkdir()
    (data / "meteo.md").write_text(GOOD, encoding="utf-8")
    encoder = HashingEncoder()
    config = IndexConfig(sources=data, index_dir=tmp_path / "idx", model="test-hashing", extract_events=False)
    serving = Engine(config, encoder_factory=lambda: encoder)
    serving.build(requested_by="test")
    assert serving.ask("pluie Paris").hits
    good = serving.loaded.path
    other = Engine(config, encoder_factory=lambda: encoder)  # "another process" builds a new one, then it is damaged
    (data / "meteo.md").write_text(GOOD + "Un orage est attendu.\n", encoding="utf-8")
    other.build(requested_by="test")
    DAMAGE[damage](tmp_path / "idx")
    for _ in range(3):
        assert serving.ask("pluie Paris").hits
        assert serving.loaded.path == good  # not the damaged build: it was refused


def test_status_reports_the_checked_files(cli, capsys, tmp_path):
    assert cli(capsys, "index")[0] == 0
    assert main(["status", "--json", "--index-dir", str(tmp_path / "idx")]) == 0
    status = json.loads(capsys.readouterr().out)
    assert set(status["files"]) >= {
        "vectors.faiss",
        "meta.sqlite",
        "lexical/tokenizer.json",
        "lexical/data.csc.index.npy",
    }
    assert "match their checksums" in status["verified"]


def test_a_build_made_before_checksums_serves_with_a_warning_until_eventbot_index_adds_them(
    cli, capsys, caplog, tmp_path
):
    """Decision: an old manifest (no `files`) is accepted, not refused, so that upgrading eventbot keeps the health
    check green; one warning line says what to run, and that run reuses every vector (nothing re-embedded)."""
    assert cli(capsys, "index")[0] == 0
    path = current_build(tmp_path / "idx") / "manifest.json"
    old = json.loads(path.read_text())
    del old["files"]
    path.write_text(json.dumps(old))
    idx = ["--index-dir", str(tmp_path / "idx"), "--sources", str(tmp_path / "data")]
    assert main(["status", "--json", *idx]) == 0
    captured = capsys.readouterr()
    assert "not verified" in json.loads(captured.out)["verified"]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "before checksums" in warnings[0] and "eventbot index" in warnings[0]
    assert main(["index", "--json", *idx]) == 0
    assert json.loads(capsys.readouterr().out)["embedded"] == 0
    assert main(["status", "--json", *idx]) == 0
    assert "match their checksums" in json.loads(capsys.readouterr().out)["verified"]


def test_a_manifest_that_names_a_file_outside_its_build_is_refused(cli, capsys, tmp_path):
    assert cli(capsys, "index")[0] == 0
    path = current_build(tmp_path / "idx") / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["files"]["../../CURRENT"] = {"bytes": 1, "sha256": "0" * 64}
    path.write_text(json.dumps(manifest))
    code, err = cli(capsys, "status")
    assert code == 1 and "outside the build" in err and "eventbot index" in err


def test_eventbot_index_says_it_embeds_again_what_a_damaged_build_held(cli, capsys, caplog, tmp_path):
    """Garbled vectors are never reused: the repair embeds every sentence again, and says so (it takes longer)."""
    assert cli(capsys, "index")[0] == 0
    DAMAGE["vectors: garbled, same size"](tmp_path / "idx")
    idx = ["--index-dir", str(tmp_path / "idx"), "--sources", str(tmp_path / "data")]
    assert main(["index", "--json", *idx]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["embedded"] == report["sentences"] > 0 and not report["reused"]
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "vectors.faiss does not match its checksum" in warning and "embedding every sentence again" in warning


async def test_a_running_bot_refuses_a_garbled_build_and_its_status_says_the_index_needs_rebuilding(
    tmp_path, fake_discord
):
    """The real bot (discord.py against the fake Discord): another process switches CURRENT to a build whose vectors
    are garbled in place; questions are still answered from the good build, and /status says what to do."""
    from tests.e2e.helpers import ARTICLES, make_engine, make_settings, running_bot, write_corpus

    write_corpus(tmp_path / "src", ARTICLES)
    settings = make_settings(tmp_path, fake_discord)
    encoder = HashingEncoder()
    async with running_bot(fake_discord, settings, make_engine(settings, encoder)) as bot:
        good = bot.engine.loaded.path
        write_corpus(tmp_path / "src", {"orage.md": GOOD})
        make_engine(settings, encoder)  # "another process" builds and switches
        DAMAGE["vectors: garbled, same size"](tmp_path / "idx")
        asked = await fake_discord.send_interaction("ask", {"question": "combien de roquettes ?"})
        answer = await fake_discord.wait_original_edit(asked, lambda c: bool(c.json.get("embeds")))
        status = await fake_discord.send_interaction("status")
        shown = await fake_discord.wait_original_edit(status, lambda c: bool(c.json.get("embeds")))
        assert bot.engine.loaded.path == good
    assert "roquettes" in json.dumps(answer.json["embeds"][0], ensure_ascii=False)
    fields = {f["name"]: f["value"] for f in shown.json["embeds"][0]["fields"]}
    assert fields["Index"] == "The index cannot be used right now and needs rebuilding: a moderator can run /reindex."
