"""Append builds: a build that only adds articles extends the serving build's files instead of writing them all again,
and serves what a full build of the same articles serves."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from index import lexical
from index.config import IndexConfig, SearchConfig
from index.engine import Engine
from index.models import Answer
from tests.conftest import HashingEncoder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "events"
ARTICLES = sorted(FIXTURES.glob("*.md"))
QUESTIONS = [
    "combien de soldats ont été tués ?",
    "Où la voiture piégée a-t-elle explosé ?",
    "How many people were killed in Kabul?",
    "roquettes sur la base",
    "qui a revendiqué l'attentat ?",
]


def make_engine(
    tmp_path: Path, name: str, encoder: HashingEncoder, threshold: int = 200_000, ann: str = "auto"
) -> Engine:
    config = IndexConfig(
        sources=tmp_path / name / "src",
        index_dir=tmp_path / name / "idx",
        model=encoder.name,
        extract_events=False,
        ann=ann,
        ann_threshold=threshold,
    )
    (tmp_path / name / "src").mkdir(parents=True, exist_ok=True)
    return Engine(config, SearchConfig(), encoder_factory=lambda: encoder)


def add(engine: Engine, articles: list[Path]) -> None:
    for path in articles:
        shutil.copy(path, engine.index_config.sources / path.name)


def hits(answer: Answer) -> list[tuple[str, int, str]]:
    return [(h.article.id, h.position, h.text) for h in answer.hits]


def scores(answer: Answer) -> list[float]:
    return [h.score for h in answer.hits]


def rows(engine: Engine) -> list[tuple]:
    """The sentences table in (article, position) order: what the rows hold, whatever their numbers."""
    path = engine.store.current_path()
    assert path is not None
    db = sqlite3.connect(path / "meta.sqlite")
    try:
        return db.execute('SELECT article_id, position, start, "end", text FROM sentences ORDER BY 1, 2').fetchall()
    finally:
        db.close()


def bm25_by_sentence(engine: Engine, question: str) -> dict[tuple[str, int], float]:
    loaded = engine.loaded
    scores = loaded.lexical.scores(lexical.query_tokens(question))
    return {
        (loaded.row_article[r], r - loaded.articles[loaded.row_article[r]].first_row): float(scores[r])
        for r in range(len(scores))
    }


@pytest.mark.parametrize(("threshold", "kind"), [(200_000, "flat"), (3, "ivf"), (200_000, "hnsw")])
def test_an_append_build_serves_what_a_full_build_of_the_same_articles_serves(tmp_path, threshold, kind):
    encoder = HashingEncoder()
    ann = "hnsw" if kind == "hnsw" else "auto"
    appended = make_engine(tmp_path, "appended", encoder, threshold, ann)
    add(appended, ARTICLES[::2])  # every other file first: the new ones sort between the old ones
    first = appended.build()
    assert first.mode == "full"
    before = encoder.encoded
    add(appended, ARTICLES[1::2])
    report = appended.build()
    assert report.mode == "append"
    assert sorted(report.added) == sorted(p.stem for p in ARTICLES[1::2])
    assert sorted(report.reused) == sorted(first.added) and not report.updated and not report.removed
    new_sentences = sum(len(appended.loaded.article_sentences(p.stem)) for p in ARTICLES[1::2])
    assert encoder.encoded - before == report.embedded == new_sentences  # only the new articles were embedded

    full = make_engine(tmp_path, "full", HashingEncoder(), threshold, ann)
    add(full, ARTICLES)
    whole = full.build()
    assert whole.mode == "full"
    a, f = appended.manifest(), full.manifest()
    assert (a.articles, a.sentences, a.ann, a.corpus_hash) == (f.articles, f.sentences, kind, f.corpus_hash)
    assert rows(appended) == rows(full)
    for question in QUESTIONS + [appended.loaded.articles[p.stem].title for p in ARTICLES]:
        assert bm25_by_sentence(appended, question) == pytest.approx(bm25_by_sentence(full, question), abs=1e-6)
        mine, theirs = appended.ask(question), full.ask(question)
        assert hits(mine) == hits(theirs), question
        # An ivf keeps each vector as float16 relative to its cell's centre: other cells, other roundings (< 1e-3).
        assert scores(mine) == pytest.approx(scores(theirs), abs=1e-3 if kind == "ivf" else 1e-9)


def test_a_change_or_a_removal_builds_everything_again(tmp_path):
    encoder = HashingEncoder()
    engine = make_engine(tmp_path, "e", encoder)
    add(engine, ARTICLES[:4])
    engine.build()
    changed = engine.index_config.sources / ARTICLES[0].name
    changed.write_text(changed.read_text() + "\nA later paragraph adds a sentence.\n")
    report = engine.build()
    assert report.mode == "full" and report.updated == [ARTICLES[0].stem]
    (engine.index_config.sources / ARTICLES[1].name).unlink()
    add(engine, ARTICLES[4:5])
    report = engine.build()
    assert report.mode == "full" and report.removed == [ARTICLES[1].stem] and report.added == [ARTICLES[4].stem]
    assert engine.manifest().articles == 4


def test_nothing_new_is_an_append_of_nothing_and_a_moved_file_keeps_its_rows(tmp_path):
    encoder = HashingEncoder()
    engine = make_engine(tmp_path, "e", encoder)
    add(engine, ARTICLES[:3])
    engine.build()
    report = engine.build()
    assert report.mode == "append" and report.embedded == 0 and not report.added and len(report.reused) == 3
    src = engine.index_config.sources
    (src / "moved").mkdir()
    (src / ARTICLES[0].name).rename(src / "moved" / ARTICLES[0].name)  # its id is its name: another article
    assert engine.build().mode == "full"
    named = src / "named.md"  # an article whose id is given, moved: the same article elsewhere
    named.write_text(ARTICLES[3].read_text().replace("---\n", "---\nid: kept\n", 1))
    engine.build()
    before = rows(engine)
    named.rename(src / "moved" / "named.md")
    assert engine.build().mode == "append"
    assert rows(engine) == before and engine.loaded.articles["kept"].path == "moved/named.md"


def test_an_ivf_index_is_trained_again_once_the_corpus_has_doubled(tmp_path):
    encoder = HashingEncoder()
    engine = make_engine(tmp_path, "e", encoder, threshold=3)
    add(engine, ARTICLES[:3])
    engine.build()
    trained = engine.manifest().ann_params["trained_on"]
    assert trained == engine.manifest().sentences
    add(engine, ARTICLES[3:4])
    engine.build()  # a little more: added to the cells as they were trained
    assert engine.manifest().ann_params["trained_on"] == trained < engine.manifest().sentences
    add(engine, ARTICLES[4:])
    engine.build()
    manifest = engine.manifest()
    assert manifest.sentences > 2 * trained and manifest.ann_params["trained_on"] == manifest.sentences


def test_a_build_made_before_postings_were_kept_is_appended_to_after_tokenizing_its_sentences_once(tmp_path):
    encoder = HashingEncoder()
    engine = make_engine(tmp_path, "e", encoder, threshold=3)
    add(engine, ARTICLES[:3])
    engine.build()
    build = engine.store.current_path()
    assert build is not None
    # As such a build was written: no postings, an ivf without `trained_on` (it was trained on all its rows).
    manifest = engine.store.read_manifest(build)
    for name in [n for n in manifest.files if n.endswith(".postings.npy")]:
        (build / name).unlink()
        del manifest.files[name]
    del manifest.ann_params["trained_on"]
    (build / "manifest.json").write_text(manifest.model_dump_json())
    before = encoder.encoded
    add(engine, ARTICLES[3:4])
    report = engine.build()
    assert report.mode == "append" and report.added == [ARTICLES[3].stem]
    assert encoder.encoded - before == report.embedded == len(engine.loaded.article_sentences(ARTICLES[3].stem))
    assert engine.manifest().ann_params["trained_on"] == manifest.sentences  # added to its cells, not retrained

    full = make_engine(tmp_path, "full", HashingEncoder(), threshold=3)
    add(full, ARTICLES[:4])
    full.build()
    for question in QUESTIONS:
        assert bm25_by_sentence(engine, question) == pytest.approx(bm25_by_sentence(full, question), abs=1e-6)
