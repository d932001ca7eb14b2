"""One contract for every search backend: FAISS files and Qdrant (local mode here; a real server with QDRANT_URL).

Every test below runs unchanged against each backend: build, ask, rebuild reusing the stored vectors, switch while
another engine serves, a failed build that leaves the old one serving, old builds' vectors dropped, guilds apart.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from index import lexical
from index.config import IndexConfig, QdrantConfig, SearchConfig, SourcesConfig
from index.engine import Engine
from index.errors import IndexCorrupt, ModelMismatch
from index.guilds import Guilds, GuildScope
from index.qdrant_backend import QdrantBackend, close_clients
from tests.conftest import DATA, FIXTURES, HashingEncoder

EVENTS = FIXTURES / "events"
SEED_QUESTIONS = [json.loads(line)["q"] for line in (FIXTURES / "seed_qa.jsonl").read_text().splitlines() if line]
QUESTIONS = [
    *SEED_QUESTIONS,
    "car bomb Mogadishu checkpoint",
    "combien de roquettes sur la base ?",
    "drone strike in Yemen",
    "convoi militaire au Mali",
    "explosion à Kaboul",
]


@dataclass
class Backend:
    """How a test makes an engine on one backend, and what that backend stores per build."""

    name: str
    qdrant: QdrantConfig

    def engine(self, root: Path, encoder: HashingEncoder | None = None, *, folder: str = "idx") -> Engine:
        encoder = encoder or HashingEncoder()
        config = IndexConfig(
            sources=root / "src",
            index_dir=root / folder,
            model=encoder.name,
            backend=self.name,
            extract_events=False,
        )
        return Engine(config, SearchConfig(), encoder_factory=lambda: encoder, qdrant=self.qdrant)

    def stored_builds(self, engine: Engine) -> set[str]:
        """The builds whose vectors are stored: build folders with a FAISS file, or Qdrant collections."""
        qdrant = engine.store.qdrant
        if qdrant is None:
            return {p.name for p in engine.store.builds.glob("*/vectors.faiss") for p in [p.parent]}
        with qdrant._calls() as client:
            names = [c.name for c in client.get_collections().collections]
        return {n.removeprefix(qdrant.alias + "-") for n in names if n.startswith(qdrant.alias + "-2")}

    def serving_build(self, engine: Engine) -> str | None:
        """The build that serves, by each pointer the backend keeps (CURRENT; Qdrant's alias too): they agree."""
        current = engine.store.current_path()
        name = current.name if current else None
        qdrant = engine.store.qdrant
        if qdrant is not None:
            collection = qdrant.serving()
            assert collection == (qdrant.collection_for(name) if name else None)
        return name


def _local(tmp_path_factory: pytest.TempPathFactory) -> QdrantConfig:
    return QdrantConfig(path=tmp_path_factory.mktemp("qdrant"))


@pytest.fixture(params=["faiss", "qdrant"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    yield Backend(request.param, _local(tmp_path_factory))
    close_clients()  # local mode locks its folder: let the next test's client open its own


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seed article, the attack-event fixtures and the OrangeSum sample: French and English, ~150 sentences."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(next(DATA.glob("*.md")), src)
    for article in EVENTS.glob("*.md"):
        shutil.copy(article, src)
    shutil.copy(FIXTURES / "sources" / "orangesum_sample.jsonl", src)
    return src


def _top(engine: Engine, question: str) -> list[tuple[str, float]]:
    return [(h.sentence_id, h.score) for h in engine.ask(question, k=5).hits]


def test_build_and_ask_answer_with_citations(backend: Backend, tmp_path: Path, corpus: Path) -> None:
    report = backend.engine(tmp_path).build()
    assert report.sentences > 50 and report.embedded == report.sentences
    fresh = backend.engine(tmp_path)  # another process: opens what is on disk (and in Qdrant)
    hit = fresh.ask("combien de roquettes sur la base ?").hits[0]
    assert "roquettes" in hit.text and hit.article.title
    article = fresh.loaded.article_sentences(hit.article.id)
    assert article[hit.position].text == hit.text and article[hit.position].start == hit.start
    assert fresh.manifest().backend == backend.name


def test_a_rebuild_embeds_only_what_changed(backend: Backend, tmp_path: Path, corpus: Path) -> None:
    encoder = HashingEncoder()
    engine = backend.engine(tmp_path, encoder)
    engine.build()
    before = _top(engine, "car bomb Mogadishu checkpoint")
    first = encoder.encoded
    mogadishu = corpus / "mogadishu-car-bomb.md"
    mogadishu.write_text(mogadishu.read_text().replace("Mogadishu", "Mogadiscio"))
    report = engine.build()
    assert report.updated == ["mogadishu-car-bomb"] and report.embedded == encoder.encoded - first
    assert 0 < report.embedded < report.sentences  # the others' vectors came from the serving build
    assert "Mogadiscio" in engine.ask("car bomb Mogadiscio checkpoint").hits[0].text
    mogadishu.write_text(mogadishu.read_text().replace("Mogadiscio", "Mogadishu"))
    engine.build()
    assert _top(engine, "car bomb Mogadishu checkpoint") == before  # reused vectors rank as embedded ones
    assert engine.build().embedded == 0


def test_another_process_switches_and_the_server_follows(backend: Backend, tmp_path: Path, corpus: Path) -> None:
    serving = backend.engine(tmp_path)
    serving.build()
    first = backend.serving_build(serving)
    assert any(h.article.id == "yemen-drone-strike" for h in serving.ask("drone strike in Yemen").hits)
    (corpus / "yemen-drone-strike.md").unlink()
    backend.engine(tmp_path).build()  # `eventbot index` elsewhere
    second = backend.serving_build(serving)
    assert second != first
    assert all(h.article.id != "yemen-drone-strike" for h in serving.ask("drone strike in Yemen").hits)
    assert serving.loaded.path.name == second


def test_a_failed_build_leaves_the_old_one_serving(backend: Backend, tmp_path: Path, corpus: Path) -> None:
    encoder = HashingEncoder()
    engine = backend.engine(tmp_path, encoder)
    engine.build()
    before = backend.serving_build(engine)
    answer = _top(engine, "combien de roquettes sur la base ?")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    shutil.copy(corpus / "village-mortar.md", corpus / "village-mortar-2.md")
    encoder.encode = explode  # type: ignore[method-assign]  # the new article's embedding fails
    with pytest.raises(RuntimeError):
        engine.build()
    assert backend.serving_build(engine) == before
    assert backend.stored_builds(engine) == {before}  # nothing of the failed build is left
    assert _top(backend.engine(tmp_path), "combien de roquettes sur la base ?") == answer


def test_a_failure_at_the_switch_keeps_the_old_pointers(
    backend: Backend, tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = backend.engine(tmp_path)
    engine.build()
    before = backend.serving_build(engine)

    def no_space(name: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(engine.store, "_switch_to", no_space)
    (corpus / "no-attack-markets.md").unlink()
    with pytest.raises(OSError):
        engine.build()
    assert backend.serving_build(engine) == before
    assert "no-attack-markets" in backend.engine(tmp_path).loaded.articles


def test_old_builds_vectors_go_with_them(backend: Backend, tmp_path: Path, corpus: Path) -> None:
    engine = backend.engine(tmp_path)
    for _ in range(4):
        engine.build()
    kept = {p.name for p in engine.store.builds.iterdir() if not p.name.startswith(".")}
    assert len(kept) == 2 and backend.stored_builds(engine) == kept
    assert backend.serving_build(engine) in kept


def test_guilds_are_kept_apart(backend: Backend, tmp_path: Path, corpus: Path) -> None:
    (corpus / "mogadishu-car-bomb.md").unlink()
    base = backend.engine(tmp_path)
    base.build()
    guilds = Guilds(base, SourcesConfig(build_wait_seconds=5))
    data = (EVENTS / "mogadishu-car-bomb.md").read_bytes()
    guilds.manager(111).add_file("mogadishu-car-bomb.md", data, "mod")
    question = "car bomb Mogadishu checkpoint"
    assert "Mogadishu" in guilds.scope(111).ask(question).hits[0].text
    assert all("Mogadishu" not in h.text for h in guilds.scope(222).ask(question).hits)
    assert all("Mogadishu" not in h.text for h in guilds.scope(None).ask(question).hits)
    scope = guilds.scope(111)
    assert isinstance(scope, GuildScope)
    overlay = scope.overlay
    assert backend.serving_build(overlay) in backend.stored_builds(overlay)
    assert backend.stored_builds(base) == {backend.serving_build(base)}


# --- across backends --------------------------------------------------------------------------------------------


@pytest.fixture
def local_qdrant(tmp_path: Path) -> Iterator[QdrantConfig]:
    yield QdrantConfig(path=tmp_path / "qdrant")
    close_clients()


def test_qdrant_ranks_like_faiss(tmp_path: Path, corpus: Path, local_qdrant: QdrantConfig) -> None:
    faiss = Backend("faiss", local_qdrant).engine(tmp_path, folder="faiss")
    qdrant = Backend("qdrant", local_qdrant).engine(tmp_path, folder="qdrant")
    faiss.build()
    qdrant.build()
    for question in QUESTIONS:
        by_faiss, by_qdrant = _top(faiss, question), _top(qdrant, question)
        assert [s for s, _ in by_qdrant] == [s for s, _ in by_faiss], question
        # float32 sums in another order: a score may round the other way in its 4th (last) decimal
        np.testing.assert_allclose([x for _, x in by_qdrant], [x for _, x in by_faiss], atol=1e-4, err_msg=question)
    # The sparse vectors with Qdrant's IDF score every sentence as bm25s does.
    for question in QUESTIONS:
        tokens = lexical.query_tokens(question)
        want, got = faiss.loaded.lexical.scores(tokens), qdrant.loaded.lexical.scores(tokens)
        assert np.count_nonzero(want) > 0
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def test_an_index_of_the_other_backend_is_refused_in_one_line(
    tmp_path: Path, corpus: Path, local_qdrant: QdrantConfig
) -> None:
    Backend("faiss", local_qdrant).engine(tmp_path).build()
    with pytest.raises(ModelMismatch) as refused:
        Backend("qdrant", local_qdrant).engine(tmp_path).ask("roquettes")
    message = str(refused.value)
    assert "faiss backend" in message and "eventbot index" in message and "\n" not in message
    report = Backend("qdrant", local_qdrant).engine(tmp_path).build()  # what the message says to run
    assert report.sentences > 50
    with pytest.raises(ModelMismatch, match="qdrant backend"):
        Backend("faiss", local_qdrant).engine(tmp_path).ask("roquettes")


def test_a_missing_collection_is_reported(tmp_path: Path, corpus: Path, local_qdrant: QdrantConfig) -> None:
    engine = Backend("qdrant", local_qdrant).engine(tmp_path)
    engine.build()
    qdrant = engine.store.qdrant
    assert qdrant is not None
    with qdrant._calls() as client:
        client.delete_collection(engine.manifest().collection)

    with pytest.raises(IndexCorrupt, match="eventbot index"):
        Backend("qdrant", local_qdrant).engine(tmp_path).ask("roquettes")


# --- a real Qdrant server ---------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[Backend]:
    url = os.environ.get("QDRANT_URL")
    if not url:
        pytest.skip("QDRANT_URL is not set: no Qdrant server to test against")
    config = QdrantConfig(url=url, collection=f"eventbot-test-{uuid.uuid4().hex[:8]}", exact=True)
    yield Backend("qdrant", config)
    with QdrantBackend(config)._calls() as client:
        for found in client.get_collections().collections:
            if found.name.startswith(config.collection):
                client.delete_collection(found.name)
    close_clients()


@pytest.mark.qdrant_server
def test_a_qdrant_server_passes_the_contract(server: Backend, tmp_path: Path, corpus: Path) -> None:
    contract: list[Callable[[Backend, Path, Path], None]] = [
        test_build_and_ask_answer_with_citations,
        test_a_rebuild_embeds_only_what_changed,
        test_another_process_switches_and_the_server_follows,
        test_a_failed_build_leaves_the_old_one_serving,
        test_old_builds_vectors_go_with_them,
    ]
    for i, check in enumerate(contract):
        root = tmp_path / f"run{i}"
        shutil.copytree(corpus, root / "src")
        check(server, root, root / "src")


def test_qdrant_points_carry_the_sentence_and_the_guild(
    tmp_path: Path, corpus: Path, local_qdrant: QdrantConfig
) -> None:
    base = Backend("qdrant", local_qdrant).engine(tmp_path)
    base.build()
    guilds = Guilds(base, SourcesConfig(build_wait_seconds=5))
    guilds.manager(111).add_file("note.md", (EVENTS / "village-mortar.md").read_bytes(), "mod")
    for engine, guild in ((base, None), (guilds.overlay(111), 111)):
        qdrant, loaded = engine.store.qdrant, engine.loaded
        assert qdrant is not None and loaded.manifest.collection == qdrant.serving()
        with qdrant._calls() as client:
            (point,) = client.retrieve(qdrant.serving(), [1], with_payload=True)
        sentence = loaded.sentences([1])[1]
        assert point.payload == {
            "row": 1,
            "article_id": sentence.article_id,
            "position": sentence.position,
            "start": sentence.start,
            "end": sentence.end,
            "text": sentence.text,
            "lang": loaded.articles[sentence.article_id].lang,
            "guild": guild,
        }
