"""Source changes, feed refreshes and builds survive a kill at any point: real processes SIGKILLed at their N-th write
(tests/faults/killer.py), then the next process (the same add again, or `eventbot index`), then registry, files and
index must agree. A build is also killed at moments spread over its writes, which land inside FAISS's, SQLite's and
NumPy's own writes: the build that served still opens, checksums and all, and the next build cleans up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
FULL = bool(os.environ.get("EVENTBOT_FAULTS_FULL"))
# Every other kill point by default, every fourth of a refresh (its tries are the slowest: a refresh, a build and
# a refresh again): the budget of `make test`. EVENTBOT_FAULTS_FULL=1: every point.
STRIDE = {"add": 2, "remove": 2, "build": 2, "refresh": 4}


def test_kills_during_source_changes_feed_refreshes_and_builds(tmp_path, capsys):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    runs = {
        scenario: subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.faults.killer",
                scenario,
                str(tmp_path / scenario),
                str(1 if FULL else STRIDE[scenario]),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for scenario in STRIDE
    }
    results = {
        scenario: [json.loads(line) for line in run.communicate(timeout=300)[0].splitlines()]
        for scenario, run in runs.items()
    }
    for scenario, tries in results.items():
        at_writes = [t for t in tries if isinstance(t["kill_at"], int)]
        assert at_writes and all(t["killed"] for t in at_writes), scenario
        bad = [(t["kill_at"], t["problems"]) for t in tries if t["problems"]]
        assert not bad, (scenario, bad)
    moments = [t for t in results["build"] if not isinstance(t["kill_at"], int)]
    landed = sum(t["killed"] for t in moments)
    assert landed, "no timed kill landed inside the build"  # a moment after the build's end is a clean run
    with capsys.disabled():
        print(
            "\nkills: "
            + ", ".join(
                f"{s} {sum(isinstance(x['kill_at'], int) for x in t)} of {t[0]['of']} write points"
                for s, t in results.items()
            )
            + f", build {landed} of {len(moments)} timed kills landed; all consistent"
        )


def test_the_killed_builds_are_append_builds_and_a_removal_a_full_one(tmp_path):
    """What the kill scenarios cover: the build killed in `build` and the change killed in `add` only add articles, so
    they are append builds (the serving build's files copied and extended); the change killed in `remove` is a full
    build."""
    from tests.faults import killer

    def prepared(scenario: str) -> Path:
        base = tmp_path / scenario
        (base / "data").mkdir(parents=True)
        (base / "data" / "meteo.md").write_text(killer.GOOD, encoding="utf-8")
        killer.SCENARIOS[scenario][0](base)
        return base

    assert killer.engine(prepared("build")).build().mode == "append"
    added = killer.manager(prepared("add")).add_file("note.txt", killer.NOTE.encode(), "test")
    assert added.report is not None and added.report.mode == "append"
    removed = killer.manager(prepared("remove")).remove(1, "test")
    assert removed.report is not None and removed.report.mode == "full"


def test_index_dir_isolates_the_registry_and_the_files(tmp_path, monkeypatch, capsys):
    """`source add --index-dir OTHER` keeps the article's file beside OTHER's registry, not in the default folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", "all-MiniLM-L6-v2")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text("Il pleuvra demain sur Paris. Le vent soufflera fort.\n")
    note = tmp_path / "note.txt"
    note.write_text("Alerte à Bassora\nUne roquette a touché le port de Bassora jeudi. Aucun blessé.\n")
    monkeypatch.setattr("bot.cli.build_engine", _hashing_engine)
    other = tmp_path / "other"
    assert main(["index", "--index-dir", str(other), "--sources", "data"]) == 0
    assert main(["source", "add", "--file", str(note), "--index-dir", str(other), "--sources", "data"]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in (other / "sources").iterdir()) == ["src1"]
    assert not (tmp_path / "var").exists()  # nothing in the default places


def _hashing_engine(settings):
    from index.engine import Engine
    from tests.conftest import HashingEncoder

    encoder = HashingEncoder(name=settings.index.model)
    return Engine(settings.index, settings.search, encoder_factory=lambda: encoder)


@pytest.fixture(autouse=True)
def _no_stray_index(monkeypatch):
    monkeypatch.delenv("EVENTBOT_INDEX__MANAGED_SOURCES", raising=False)
