"""`eventbot worker`: jobs queued in the database (as bot processes in builds.mode = "worker" queue them) are run by
the command, each reported as one JSON line with --json; --build-if-missing builds the base first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bot.cli
from bot.app import build_jobs
from bot.cli import main
from bot.settings import load_settings
from index.engine import Engine
from tests.conftest import HashingEncoder


@pytest.fixture
def cli(tmp_path: Path, monkeypatch, capsys):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text(
        "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n", encoding="utf-8"
    )
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "test-hashing")
    monkeypatch.setenv("EVENTBOT_INDEX__INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("EVENTBOT_BUILDS__MODE", "worker")
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


def test_the_worker_runs_the_queued_jobs_and_says_so(cli, tmp_path: Path) -> None:
    queue = build_jobs(load_settings())
    queue.submit("reindex", None, "mod (1)")
    queue.submit("remove", 42, "mod (1)", argument="100001")  # guild 42 has no such source: refused, one line
    code, out, err = cli("worker", "--once", "--json")
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["kind"], first["state"], first["guild_id"], first["error"]) == ("reindex", "done", None, None)
    assert (second["kind"], second["state"], second["guild_id"]) == ("remove", "failed", 42)
    assert "100001" in second["error"]
    assert queue.get(1).report().added == ["meteo"]
    # Nothing left: the next run has nothing to say.
    assert cli("worker", "--once", "--json")[:2] == (0, "")
    code, out, _ = cli("ask", "pluie Paris", "--json")
    assert code == 0 and json.loads(out)["answers"]


def test_build_if_missing_builds_the_base_before_any_job(cli) -> None:
    assert cli("status")[0] == 3  # no index yet
    code, _, err = cli("worker", "--once", "--build-if-missing")
    assert code == 0, err
    assert cli("status")[0] == 0
