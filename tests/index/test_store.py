"""The index directory: round trip, incremental rebuild, atomic switch, corrupt files, model mismatch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.config import IndexConfig, SearchConfig
from index.engine import Engine
from index.errors import BuildInProgress, IndexCorrupt, IndexNotBuilt, ModelMismatch
from index.store import IndexStore
from tests.conftest import HashingEncoder

ARTICLE_A = """---
title: Roquettes sur une base
published: 2022-03-01
lang: fr
url: https://example.org/a
---
Trois roquettes se sont abattues lundi sur la base de Kirkouk. Personne n'a été blessé, selon la police.
Le gouvernement a condamné l'attaque.
"""

ARTICLE_B = """---
title: Ferry accident
published: 2022-03-02
lang: en
---
A ferry sank near the coast on Tuesday. Rescuers pulled forty passengers from the water.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def make_engine(tmp_path: Path, encoder: HashingEncoder | None = None) -> tuple[Engine, HashingEncoder]:
    encoder = encoder or HashingEncoder()
    config = IndexConfig(sources=tmp_path / "src", index_dir=tmp_path / "idx", model=encoder.name, extract_events=False)
    return Engine(config, SearchConfig(), encoder_factory=lambda: encoder), encoder


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    write(tmp_path / "src", "a.md", ARTICLE_A)
    write(tmp_path / "src", "b.md", ARTICLE_B)
    return tmp_path / "src"


def test_round_trip_answers_with_citations(tmp_path, sources):
    engine, _ = make_engine(tmp_path)
    report = engine.build()
    assert sorted(report.added) == ["a", "b"] and report.sentences >= 4
    fresh, _ = make_engine(tmp_path)  # a new process: loads from disk
    answer = fresh.ask("combien de roquettes sur la base ?")
    top = answer.hits[0]
    assert "roquettes" in top.text
    assert top.article.title == "Roquettes sur une base" and top.article.url == "https://example.org/a"
    assert str(top.article.published) == "2022-03-01"
    assert ARTICLE_A.split("---\n", 2)[2][top.start : top.end] == top.text


def test_no_index_yet_says_what_to_run(tmp_path, sources):
    engine, _ = make_engine(tmp_path)
    with pytest.raises(IndexNotBuilt, match="eventbot index"):
        engine.ask("roquettes ?")


def test_incremental_rebuild_reuses_unchanged_articles_and_drops_removed(tmp_path, sources):
    engine, encoder = make_engine(tmp_path)
    engine.build()
    first = encoder.encoded
    write(sources, "a.md", ARTICLE_A.replace("Trois roquettes", "Quatre roquettes"))
    (sources / "b.md").unlink()
    write(sources, "c.md", ARTICLE_B.replace("ferry", "boat").replace("Ferry", "Boat"))
    report = engine.build()
    assert report.updated == ["a"] and report.added == ["c"] and report.removed == ["b"]
    # Only the changed and new articles went through the encoder.
    a_and_c = len(engine.loaded.article_sentences("a")) + len(engine.loaded.article_sentences("c"))
    assert encoder.encoded - first == a_and_c
    answer = engine.ask("ferry sank near the coast")
    assert all(h.article.id != "b" for h in answer.hits)
    assert "Quatre roquettes" in engine.ask("combien de roquettes ?").hits[0].text

    report = engine.build()  # nothing changed
    assert report.embedded == 0 and sorted(report.reused) == ["a", "c"]


def test_failed_build_leaves_the_previous_index_serving(tmp_path, sources):
    engine, encoder = make_engine(tmp_path)
    engine.build()
    before = engine.store.current_path()

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    write(sources, "d.md", ARTICLE_A.replace("Kirkouk", "Mossoul"))
    encoder.encode = explode  # type: ignore[method-assign]  # replaced for this test
    with pytest.raises(RuntimeError):
        engine.build()
    assert engine.store.current_path() == before
    assert not list((tmp_path / "idx" / "builds").glob(".tmp-*"))
    fresh, _ = make_engine(tmp_path)
    assert "Kirkouk" in fresh.ask("roquettes base").hits[0].text


def test_a_build_by_another_process_is_served_at_once_unless_it_cannot_be_opened(tmp_path, sources):
    serving, _ = make_engine(tmp_path)  # the bot
    serving.build()
    assert any(h.article.id == "b" for h in serving.ask("ferry sank near the coast").hits)
    (sources / "b.md").unlink()
    make_engine(tmp_path)[0].build()  # `eventbot index` or `eventbot source remove` in another process
    assert all(h.article.id != "b" for h in serving.ask("ferry sank near the coast").hits)
    assert "b" not in serving.loaded.articles

    good = serving.store.current_path()
    write(sources, "c.md", ARTICLE_B)
    other, _ = make_engine(tmp_path)
    other.build()
    (other.store.current_path() / "vectors.faiss").write_bytes(b"garbage")
    assert "Kirkouk" in serving.ask("roquettes base").hits[0].text  # the damaged build is not taken up
    assert serving.loaded.path == good and "c" not in serving.loaded.articles


def test_interrupted_build_leftovers_are_ignored_and_cleaned(tmp_path, sources):
    engine, _ = make_engine(tmp_path)
    engine.build()
    stale = tmp_path / "idx" / "builds" / ".tmp-20990101T000000-dead"
    stale.mkdir()
    (stale / "manifest.json").write_text("{half")
    fresh, _ = make_engine(tmp_path)
    assert fresh.ask("roquettes").hits
    fresh.build()
    assert not stale.exists()


def test_corrupt_manifest_and_missing_files_are_reported(tmp_path, sources):
    engine, encoder = make_engine(tmp_path)
    engine.build()
    current = engine.store.current_path()
    (current / "manifest.json").write_text("{not json")
    with pytest.raises(IndexCorrupt, match="eventbot index"):
        make_engine(tmp_path, encoder)[0].ask("roquettes")
    engine.build()  # a rebuild repairs it
    current = engine.store.current_path()
    (current / "vectors.faiss").write_bytes(b"garbage")
    with pytest.raises(IndexCorrupt, match="eventbot index"):
        make_engine(tmp_path, encoder)[0].ask("roquettes")


def test_model_mismatch_tells_the_user_to_reindex(tmp_path, sources):
    engine, _ = make_engine(tmp_path)
    engine.build()
    other = HashingEncoder(name="another-model")
    with pytest.raises(ModelMismatch, match="eventbot index"):
        make_engine(tmp_path, other)[0].ask("roquettes")
    # Rebuilding with the other model re-embeds everything.
    report = make_engine(tmp_path, other)[0].build()
    assert report.embedded == report.sentences and not report.reused


def test_every_name_of_the_bundled_model_opens_the_same_index(tmp_path, sources):
    make_engine(tmp_path, HashingEncoder(name="all-MiniLM-L6-v2"))[0].build()
    same = make_engine(tmp_path, HashingEncoder(name="sentence-transformers/all-MiniLM-L6-v2"))[0]
    assert same.ask("combien de roquettes ?").hits


def test_manifest_describes_the_index(tmp_path, sources):
    engine, encoder = make_engine(tmp_path)
    engine.build()
    manifest = json.loads((engine.store.current_path() / "manifest.json").read_text())
    assert manifest["model"] == encoder.name and manifest["dimension"] == encoder.dimension
    assert manifest["articles"] == 2 and manifest["sentences"] >= 4
    assert len(manifest["corpus_hash"]) == 64 and manifest["schema_version"] >= 1


def test_only_one_build_at_a_time(tmp_path, sources):
    store = IndexStore(tmp_path / "idx")
    with store._build_lock():
        engine, _ = make_engine(tmp_path)
        with pytest.raises(BuildInProgress):
            engine.build()


def test_bad_sources_are_reported_and_the_rest_indexed(tmp_path, sources):
    (sources / "empty.md").write_text("")
    (sources / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (sources / "latin1.txt").write_bytes("Les dégâts".encode("latin-1"))
    engine, _ = make_engine(tmp_path)
    report = engine.build()
    skipped = {s.path: s.reason for s in report.skipped}
    assert set(skipped) == {"empty.md", "binary.txt", "latin1.txt"}
    assert sorted(report.added) == ["a", "b"]


def test_old_builds_are_pruned(tmp_path, sources):
    engine, _ = make_engine(tmp_path)
    for _ in range(4):
        engine.build()
    builds = [p for p in (tmp_path / "idx" / "builds").iterdir() if not p.name.startswith(".")]
    assert len(builds) == 2
    shutil.rmtree(tmp_path / "idx")


class _BatchRecordingEncoder(HashingEncoder):
    def __init__(self) -> None:
        super().__init__()
        self.batch_sizes: list[int] = []

    def encode(self, texts, *, batch_size=64, progress=None):
        self.batch_sizes.append(batch_size)
        return super().encode(texts, batch_size=batch_size, progress=progress)


def test_the_configured_batch_size_reaches_the_encoder(tmp_path, sources):
    encoder = _BatchRecordingEncoder()
    config = IndexConfig(
        sources=sources, index_dir=tmp_path / "idx", model=encoder.name, extract_events=False, batch_size=7
    )
    Engine(config, SearchConfig(), encoder_factory=lambda: encoder).build()
    assert encoder.batch_sizes == [7]


@pytest.mark.parametrize(("threshold", "kind"), [(1_000, "flat"), (3, "ivf")])
def test_auto_ann_follows_the_threshold_and_the_manifest_picks_the_reader(tmp_path, sources, threshold, kind):
    encoder = HashingEncoder()
    config = IndexConfig(
        sources=sources, index_dir=tmp_path / "idx", model=encoder.name, extract_events=False, ann_threshold=threshold
    )
    engine = Engine(config, SearchConfig(), encoder_factory=lambda: encoder)
    engine.build()
    manifest = json.loads((engine.store.current_path() / "manifest.json").read_text())
    assert manifest["ann"] == kind and (("nlist" in manifest["ann_params"]) == (kind == "ivf"))
    write(sources, "c.md", ARTICLE_B.replace("ferry", "boat").replace("Ferry", "Boat"))
    assert engine.build().reused == ["a", "b"]  # vectors read back from the previous build's index
    assert "roquettes" in engine.ask("combien de roquettes sur la base ?").hits[0].text


def test_an_ann_file_that_is_not_what_the_manifest_says_is_reported(tmp_path, sources):
    engine, _ = make_engine(tmp_path)
    engine.build()
    path = engine.store.current_path() / "manifest.json"
    path.write_text(path.read_text().replace('"ann": "flat"', '"ann": "hnsw"'))
    fresh, _ = make_engine(tmp_path)
    with pytest.raises(IndexCorrupt, match="hnsw"):
        fresh.ask("roquettes ?")


class RecordingEncoder(HashingEncoder):
    """The hashing encoder, keeping every text it was given to embed."""

    def __init__(self, name: str = "test-hashing"):
        super().__init__(name=name)
        self.texts: list[str] = []

    def encode(self, texts, *, batch_size=64, progress=None):
        self.texts.extend(texts)
        return super().encode(texts, batch_size=batch_size, progress=progress)


def context_engine(tmp_path: Path, context: str, encoder: HashingEncoder) -> Engine:
    config = IndexConfig(
        sources=tmp_path / "src", index_dir=tmp_path / "idx", model=encoder.name, extract_events=False
    ).model_copy(update={"passage_context": context})
    return Engine(config, SearchConfig(), encoder_factory=lambda: encoder)


def test_sentences_are_embedded_with_their_title_and_cited_alone(tmp_path, sources):
    encoder = RecordingEncoder()
    engine = context_engine(tmp_path, "title", encoder)
    engine.build()
    assert "Ferry accident. A ferry sank near the coast on Tuesday." in encoder.texts
    assert json.loads((engine.store.current_path() / "manifest.json").read_text())["passage_context"] == "title"
    hit = engine.ask("ferry sank coast").hits[0]
    assert hit.text == "A ferry sank near the coast on Tuesday."


def test_an_index_embedded_with_another_recipe_is_refused_then_rebuilt_whole(tmp_path, sources):
    encoder = RecordingEncoder()
    context_engine(tmp_path, "none", encoder).build()
    with pytest.raises(ModelMismatch, match=r"the sentence alone.*'title' is configured: run `eventbot index`"):
        context_engine(tmp_path, "title", encoder).ask("roquettes")
    report = context_engine(tmp_path, "title", encoder).build()
    assert report.embedded == report.sentences and not report.reused
    assert context_engine(tmp_path, "title", encoder).ask("combien de roquettes ?").hits


def test_an_index_from_before_the_recipe_was_recorded_embedded_bare_sentences(tmp_path, sources):
    context_engine(tmp_path, "title", HashingEncoder()).build()
    path = context_engine(tmp_path, "title", HashingEncoder()).store.current_path() / "manifest.json"
    manifest = json.loads(path.read_text())
    del manifest["passage_context"]
    path.write_text(json.dumps(manifest))
    with pytest.raises(ModelMismatch, match="eventbot index"):
        context_engine(tmp_path, "title", HashingEncoder()).ask("roquettes")
    assert context_engine(tmp_path, "none", HashingEncoder()).ask("combien de roquettes ?").hits


def test_a_new_title_re_embeds_its_article_only(tmp_path, sources):
    encoder = RecordingEncoder()
    context_engine(tmp_path, "title", encoder).build()
    write(sources, "b.md", ARTICLE_B.replace("Ferry accident", "Ferry disaster"))
    encoder.texts.clear()
    report = context_engine(tmp_path, "title", encoder).build()
    assert report.reused == ["a"] and report.updated == ["b"]
    assert encoder.texts and all(t.startswith("Ferry disaster. ") for t in encoder.texts)


ARTICLE_PLANES = """---
title: Frappes dans le nord
published: 2022-03-03
lang: fr
---
Des avions de chasse ont bombardé un dépôt de munitions près de la frontière.
L'été dernier, le village avait été visé par des tirs.
"""

ARTICLE_MAYOR = """---
title: Le maire parle
published: 2022-03-03
lang: fr
---
Nous avions fermé la frontière, a dit le maire.
"""


def test_a_question_about_planes_finds_the_sentence_about_planes(tmp_path, sources):
    """`avions` is a stop word (nous avions) and a noun (des avions): after a determiner it is kept."""
    write(sources, "c.md", ARTICLE_PLANES)
    write(sources, "d.md", ARTICLE_MAYOR)
    encoder = HashingEncoder()
    config = IndexConfig(sources=sources, index_dir=tmp_path / "idx", model=encoder.name, extract_events=False)
    # BM25 alone (the hashing encoder's cosine is no reader's): `avions` is the word that tells the two apart.
    engine = Engine(config, SearchConfig(dense_weight_same_fr=0.0), encoder_factory=lambda: encoder)
    engine.build()
    # Before: `avions` was dropped everywhere and the mayor's shorter sentence about the border came first.
    assert engine.ask("Des avions à la frontière ?").hits[0].text.startswith("Des avions de chasse")


def test_an_index_from_an_older_tokenizer_is_refused_then_rebuilt_reusing_its_vectors(tmp_path, sources, monkeypatch):
    from index import lexical

    write(sources, "c.md", ARTICLE_PLANES)
    monkeypatch.setattr(lexical, "TOKENIZER_VERSION", "3")
    engine, encoder = make_engine(tmp_path)
    engine.build()
    embedded = encoder.encoded
    monkeypatch.undo()
    with pytest.raises(ModelMismatch, match=r"tokenizer version 3 .* version \d+: run `eventbot index`.*reused"):
        make_engine(tmp_path, encoder)[0].ask("avions")
    fresh, _ = make_engine(tmp_path, encoder)
    report = fresh.build()
    assert report.embedded == 0 and encoder.encoded == embedded and sorted(report.reused) == ["a", "b", "c"]
    assert report.mode != "append"
    assert fresh.ask("Des avions à la frontière ?").hits[0].text.startswith("Des avions de chasse")
    assert make_engine(tmp_path, encoder)[0].store.read_manifest().lexical["tokenizer"] == lexical.TOKENIZER_VERSION
