"""One bad file never stops a build nor a change: every hostile file is skipped with a reason, quickly, and the
rest is indexed; no log line carries a file's content."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from index.config import IndexConfig, SourcesConfig
from index.engine import Engine
from index.errors import SourceRejected
from index.ingest import load_sources
from index.sources import SourceManager
from tests.conftest import HashingEncoder
from tests.faults.hostile import ACCEPTED, GOOD, HOSTILE, alias_bomb, write


def engine_for(tmp_path: Path, sources: Path, **config) -> Engine:
    encoder = HashingEncoder()
    index = IndexConfig(
        sources=sources, index_dir=tmp_path / "idx", model="test-hashing", extract_events=False, **config
    )
    return Engine(index, encoder_factory=lambda: encoder)


def test_a_build_skips_every_hostile_file_and_indexes_the_rest(tmp_path, caplog):
    sources = write(tmp_path / "src", {**HOSTILE, "good.md": GOOD.encode()})
    caplog.set_level(logging.DEBUG)
    # CPU time, not wall time: hostile files must cost bounded work, whatever else the machine runs.
    started = time.process_time()
    report = engine_for(tmp_path, sources).build(requested_by="test")
    seconds = time.process_time() - started
    skipped = {s.path.split(":")[0].split("[")[0]: s.reason for s in report.skipped}
    assert sorted(report.added) == sorted(["good", *(Path(n).stem for n in ACCEPTED)])
    assert set(skipped) == set(HOSTILE) - ACCEPTED, skipped
    assert "aliases" in skipped["alias-bomb.md"] and "nested" in skipped["nested.json"]
    assert "nested deeper" in skipped["deep-front-matter.md"] and "too long" in skipped["huge-front-matter.md"]
    assert skipped["nested-line.jsonl"] == "could not be read (nested too deeply)"
    assert all(len(reason) < 300 for reason in skipped.values())
    assert seconds < 10
    assert max(len(r.getMessage()) for r in caplog.records) < 1000  # no value is logged whole


def test_an_alias_bomb_is_refused_at_once_by_source_add(tmp_path):
    data = tmp_path / "src"
    write(data, {"good.md": GOOD.encode()})
    engine = engine_for(tmp_path, data, managed_sources=tmp_path / "managed")
    engine.build(requested_by="test")
    manager = SourceManager(engine, SourcesConfig(build_wait_seconds=1))
    for name, payload in [("bomb.md", alias_bomb().encode()), ("nested.json", HOSTILE["nested.json"])]:
        started = time.process_time()
        with pytest.raises(SourceRejected) as refused:
            manager.add_file(name, payload, "test")
        assert time.process_time() - started < 2
        assert len(str(refused.value)) < 300
    assert manager.list() == []


def test_long_lines_are_skipped_or_read_in_bounded_time(tmp_path):
    """A 10 MB single line is over the default size limit; 4 MB lines within it are read in seconds."""
    folder = write(
        tmp_path / "src",
        {
            "ten-mb-line.md": b"mot " * 2_500_000,
            "four-mb-word.md": b"x" * 4_000_000,
            "four-mb-sentences.md": b"Une phrase. " * 340_000,
            "good.md": GOOD.encode(),
        },
    )
    started = time.process_time()
    articles, skipped = load_sources(folder)
    assert time.process_time() - started < 20
    assert {s.path for s in skipped} == {"ten-mb-line.md"} and "too large" in skipped[0].reason
    assert {a.path for a in articles} == {"four-mb-word.md", "four-mb-sentences.md", "good.md"}
