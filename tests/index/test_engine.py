"""The Engine's narrow API for the adapters, without Discord: readiness, articles, context, attacks and evidence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.config import IndexConfig, SearchConfig
from index.engine import Engine
from index.errors import IndexNotBuilt
from tests.conftest import FIXTURES, HashingEncoder

EVENTS = FIXTURES / "events"


def _engine(tmp_path: Path, *names: str) -> Engine:
    sources = tmp_path / "src"
    sources.mkdir()
    for name in names:
        shutil.copy(EVENTS / f"{name}.md", sources)
    encoder = HashingEncoder()
    config = IndexConfig(sources=sources, index_dir=tmp_path / "idx", model=encoder.name)
    return Engine(config, SearchConfig(), encoder_factory=lambda: encoder)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = _engine(tmp_path, "iraq-rockets-reuters", "mali-ied-convoy", "no-attack-markets")
    engine.build()
    return engine


def test_not_ready_before_the_first_build(tmp_path: Path) -> None:
    engine = _engine(tmp_path, "mali-ied-convoy")
    assert not engine.is_ready()
    with pytest.raises(IndexNotBuilt):
        engine.require_ready()
    engine.build()
    assert engine.is_ready()
    engine.require_ready()


def test_ready_when_an_index_is_on_disk_but_not_yet_opened(engine: Engine) -> None:
    fresh = Engine(engine.index_config, SearchConfig(), encoder_factory=lambda: HashingEncoder())
    assert not fresh.is_loaded()
    assert fresh.is_ready()
    assert fresh.manifest().articles == 3


def test_articles_newest_first_with_their_sentence_counts(engine: Engine) -> None:
    articles = engine.articles()
    assert len(articles) == 3
    dates = [ref.published for ref, _ in articles]
    assert dates == sorted(dates, reverse=True)
    assert all(n > 0 for _, n in articles)
    assert all(ref.title for ref, _ in articles)


def test_context_gives_the_neighbours_and_the_article(engine: Engine) -> None:
    ref, n = engine.articles()[0]
    assert n >= 3
    passage = engine.context(f"{ref.id}#1", window=1)
    assert passage.article == ref
    assert [s.position for s in passage.sentences] == [0, 1, 2]
    assert passage.position == 1
    first = engine.context(f"{ref.id}#0", window=1)
    assert [s.position for s in first.sentences] == [0, 1]


def test_context_of_an_article_that_left_the_index(engine: Engine) -> None:
    passage = engine.context("gone#4", window=1)
    assert passage.article.id == passage.article.title == "gone"
    assert passage.sentences == [] and passage.position == 4


def test_attacks_come_with_the_version_of_each_cited_article(engine: Engine) -> None:
    events, versions = engine.attacks_and_versions()
    assert events and events == engine.attacks()
    cited = {src.article_id for event in events for src in event.sources}
    assert set(versions) == cited
    assert all(len(v) >= 16 for v in versions.values())


def test_evidence_quotes_the_sentences_behind_each_fact(engine: Engine) -> None:
    events, versions = engine.attacks_and_versions()
    found = engine.evidence(events, versions)
    wanted = {sid for event in events for ids in event.evidence.values() for sid in ids}
    assert found and set(found) == wanted
    texts = {s.text for ref, _ in engine.articles() for s in engine.context(f"{ref.id}#0", window=10_000).sentences}
    assert set(found.values()) <= texts


def test_evidence_is_not_quoted_from_another_version_of_the_article(engine: Engine) -> None:
    events, versions = engine.attacks_and_versions()
    stale = {article_id: "0" * 16 for article_id in versions}
    assert engine.evidence(events, stale) == {}


def test_known_places_are_cached_for_the_serving_index(engine: Engine) -> None:
    places = engine.known_places()
    assert places
    assert engine.known_places() is places


def test_status_counts_the_events_attacks_lists(tmp_path: Path) -> None:
    engine = _engine(tmp_path, "kabul-bombing-afp", "kabul-bombing-wire", "mali-ied-convoy")
    report = engine.build()
    listed = engine.attacks()
    per_article = [e for e in engine.events()]
    assert len(per_article) > len(listed)  # the Kabul bombing is reported by two articles
    assert report.events == engine.manifest().events == len(listed)
