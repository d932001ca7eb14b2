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


DAMAGE: dict[str, Callable[[Path], None]] = {
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
}


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
    other = Engine(config, encoder_factory=lambda: encoder)  # "another process" builds a new one, then it is damaged
    (data / "meteo.md").write_text(GOOD + "Un orage est attendu.\n", encoding="utf-8")
    other.build(requested_by="test")
    DAMAGE[damage](tmp_path / "idx")
    for _ in range(3):
        assert serving.ask("pluie Paris").hits
