"""Every bot process follows the serving build: an Engine that serves an index opens the build another process (the
worker) switched to when it next looks (Engine.follow, which the bot calls every builds.poll_seconds), the first one
too, with either backend: FAISS files, or Qdrant (local mode here: its client is shared by the Engines of one
process, as a server is by processes), whose alias is switched with CURRENT."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.config import IndexConfig, QdrantConfig, SearchConfig
from index.engine import Engine
from tests.conftest import HashingEncoder

KIRKOUK = "---\ntitle: Roquettes sur Kirkouk\nlang: fr\n---\nTrois roquettes se sont abattues lundi sur Kirkouk.\n"
ERBIL = "---\ntitle: Drone sur Erbil\nlang: fr\n---\nUn drone chargé d'explosifs a frappé l'aéroport d'Erbil mardi.\n"


@pytest.mark.parametrize("backend", ["faiss", "qdrant"])
def test_a_serving_engine_follows_every_build_another_engine_switches_to(tmp_path: Path, backend: str) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "kirkouk.md").write_text(KIRKOUK, encoding="utf-8")
    folders = {"sources": tmp_path / "src", "index_dir": tmp_path / "idx"}
    config = IndexConfig(**folders, model="test-hashing", extract_events=False, backend=backend)
    qdrant = QdrantConfig(path=tmp_path / "qdrant") if backend == "qdrant" else None

    def engine() -> Engine:
        return Engine(config, SearchConfig(), encoder_factory=HashingEncoder, qdrant=qdrant)

    worker, bot = engine(), engine()
    bot.follow()
    assert bot.serving_build is None  # nothing built yet: nothing to follow, no error
    worker.build(requested_by="worker")
    bot.follow()  # the first build, opened without a question
    first = bot.serving_build
    assert first is not None and first == worker.serving_build

    (tmp_path / "src" / "erbil.md").write_text(ERBIL, encoding="utf-8")
    for _ in range(3):  # switch after switch: each followed (the builds two rounds old are pruned meanwhile)
        previous = bot.serving_build
        worker.build(requested_by="worker")
        assert bot.serving_build == previous  # until it looks
        bot.follow()
        assert bot.serving_build == worker.serving_build != previous
        hits = bot.ask("drone aéroport Erbil").hits
        assert hits and "Erbil" in hits[0].text
