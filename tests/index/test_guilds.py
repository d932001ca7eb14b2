"""Guild overlays: the base plus one small index per guild, searched as one; what a guild adds stays in that guild."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.config import DatabaseConfig, IndexConfig, SearchConfig, SourcesConfig
from index.engine import Engine
from index.errors import SourceRejected
from index.guilds import GUILD_FIRST_SOURCE_ID, Guilds, guild_dir
from index.search import Searcher
from index.shards import Shards
from index.sources import source_id_of
from tests.conftest import FIXTURES, HashingEncoder

EVENTS = FIXTURES / "events"
A, B = 111, 222


def _engine(
    tmp_path: Path,
    names: list[str],
    name: str = "idx",
    search: SearchConfig | None = None,
    database: DatabaseConfig | None = None,
) -> Engine:
    sources = tmp_path / f"{name}-src"
    sources.mkdir()
    for article in names:
        shutil.copy(EVENTS / f"{article}.md", sources)
    encoder = HashingEncoder()
    config = IndexConfig(sources=sources, index_dir=tmp_path / name, model=encoder.name)
    return Engine(config, search or SearchConfig(), encoder_factory=lambda: encoder, database=database)


@pytest.fixture
def guilds(tmp_path: Path) -> Guilds:
    base = _engine(tmp_path, ["iraq-rockets-reuters", "mali-ied-convoy", "no-attack-markets"])
    base.build()
    return Guilds(base, SourcesConfig(build_wait_seconds=5))


@pytest.fixture
def shared(tmp_path: Path, database_url: str) -> Guilds:
    """Every guild's registry in one database (`database.url`): SQLite or a real PostgreSQL server."""
    database = DatabaseConfig(url=database_url)
    base = _engine(tmp_path, ["iraq-rockets-reuters", "mali-ied-convoy", "no-attack-markets"], database=database)
    base.build()
    return Guilds(base, SourcesConfig(build_wait_seconds=5))


def _add(guilds: Guilds, guild_id: int, article: str) -> int:
    data = (EVENTS / f"{article}.md").read_bytes()
    result = guilds.manager(guild_id).add_file(f"{article}.md", data, "mod")
    return result.changes[0].source.id


def test_a_guilds_source_is_seen_in_that_guild_only(guilds: Guilds) -> None:
    source_id = _add(guilds, A, "mogadishu-car-bomb")
    assert source_id == GUILD_FIRST_SOURCE_ID
    question = "car bomb Mogadishu checkpoint"
    in_a = guilds.scope(A).ask(question)
    assert in_a.hits and source_id_of(in_a.hits[0].sentence_id) == source_id
    for other in (guilds.scope(B), guilds.scope(None)):
        assert all(source_id_of(h.sentence_id) is None for h in other.ask(question).hits)
    # events, articles and places likewise
    assert any(src.article_id.startswith("src") for e in guilds.scope(A).events() for src in e.sources)
    assert not any(src.article_id.startswith("src") for e in guilds.scope(B).events() for src in e.sources)
    assert len(guilds.scope(A).articles()) == 4
    assert len(guilds.scope(B).articles()) == len(guilds.base.articles()) == 3
    assert "Mogadishu" in guilds.scope(A).known_places()
    assert "Mogadishu" not in guilds.scope(B).known_places()
    # the guild's files live under its own directory, not the base's
    root = guild_dir(guilds.base.index_config.index_dir, A)
    assert (root / "sources.sqlite").is_file() and (root / "CURRENT").is_file()
    assert not (guilds.base.index_config.index_dir / "sources.sqlite").exists()


def test_the_base_still_answers_in_a_guild(guilds: Guilds) -> None:
    _add(guilds, A, "mogadishu-car-bomb")
    question = "roquettes Irak base"
    base = guilds.base.ask(question)
    in_a = guilds.scope(A).ask(question)
    assert base.hits and in_a.hits[0].sentence_id == base.hits[0].sentence_id
    passage = guilds.scope(A).context(in_a.hits[0].sentence_id)
    assert passage.sentences


def test_context_and_evidence_of_a_guild_article(guilds: Guilds) -> None:
    _add(guilds, A, "mogadishu-car-bomb")
    hit = guilds.scope(A).ask("car bomb Mogadishu checkpoint").hits[0]
    passage = guilds.scope(A).context(hit.sentence_id)
    assert passage.article.id == hit.article.id and passage.sentences
    assert guilds.scope(B).context(hit.sentence_id).sentences == []  # not B's article
    events, versions = guilds.scope(A).attacks_and_versions(where="Mogadishu")
    assert events and guilds.scope(A).evidence(events, versions)


def _one_guild_cannot_remove_anothers_source(guilds: Guilds) -> None:
    source_id = _add(guilds, A, "mogadishu-car-bomb")
    with pytest.raises(SourceRejected):
        guilds.manager(B).remove(source_id, "mod-b")
    assert [s.id for s in guilds.manager(A).list()] == [source_id]
    assert guilds.manager(B).list() == [] and guilds.sources(B) == []


def test_one_guild_cannot_remove_anothers_source(guilds: Guilds) -> None:
    _one_guild_cannot_remove_anothers_source(guilds)


def test_one_guild_cannot_remove_anothers_source_in_a_shared_database(shared: Guilds) -> None:
    _one_guild_cannot_remove_anothers_source(shared)


def _the_same_file_in_two_guilds_is_two_sources(guilds: Guilds) -> None:
    assert _add(guilds, A, "yemen-drone-strike") == _add(guilds, B, "yemen-drone-strike") == GUILD_FIRST_SOURCE_ID
    assert guilds.scope(A).ask("drone Marib Yémen").hits
    assert guilds.scope(B).ask("drone Marib Yémen").hits
    guilds.manager(A).remove(GUILD_FIRST_SOURCE_ID, "mod-a")  # the same id in the other guild stays
    assert guilds.manager(A).list() == [] and [s.id for s in guilds.manager(B).list()] == [GUILD_FIRST_SOURCE_ID]
    assert guilds.scope(B).ask("drone Marib Yémen").hits


def test_the_same_file_in_two_guilds_is_two_sources(guilds: Guilds) -> None:
    _the_same_file_in_two_guilds_is_two_sources(guilds)


def test_the_same_file_in_two_guilds_is_two_sources_in_a_shared_database(shared: Guilds) -> None:
    _the_same_file_in_two_guilds_is_two_sources(shared)


def test_with_a_database_no_registry_file_is_written(shared: Guilds) -> None:
    """`database.url` holds every registry: the base's and the guilds' sources, numbered apart as with files."""
    _add(shared, A, "mogadishu-car-bomb")
    from index.sources import SourceManager

    note = (EVENTS / "yemen-drone-strike.md").read_bytes()
    added = SourceManager(shared.base, SourcesConfig(build_wait_seconds=5)).add_file("y.md", note, "owner")
    assert added.changes[0].source.id == 1
    assert [s.id for s in shared.sources(A)] == [GUILD_FIRST_SOURCE_ID] and not shared.has_sources(B)
    assert not list(Path(shared.base.index_config.index_dir).rglob("sources.sqlite"))


def test_removing_the_last_source_empties_the_overlay(guilds: Guilds) -> None:
    source_id = _add(guilds, A, "mogadishu-car-bomb")
    guilds.manager(A).remove(source_id, "mod")
    assert guilds.overlay(A).store.current_path() is None
    assert guilds.scope(A).articles() == guilds.base.articles()
    assert all(source_id_of(h.sentence_id) is None for h in guilds.scope(A).ask("car bomb Mogadishu").hits)
    assert guilds.scope(A).manifest().articles == 3


def test_a_guild_reindex_rebuilds_its_part_only(guilds: Guilds) -> None:
    _add(guilds, A, "mogadishu-car-bomb")
    base_build = guilds.base.store.current_path()
    report = guilds.scope(A).build(requested_by="mod")
    assert report.articles == 1 and report.reused
    assert guilds.base.store.current_path() == base_build
    assert guilds.scope(A).manifest().articles == 4


def test_another_process_removing_a_guild_source_is_followed(guilds: Guilds, tmp_path: Path) -> None:
    source_id = _add(guilds, A, "mogadishu-car-bomb")
    assert guilds.scope(A).ask("car bomb Mogadishu checkpoint").hits
    other = Guilds(Engine(guilds.base.index_config, SearchConfig(), encoder_factory=lambda: HashingEncoder()))
    other.manager(A).remove(source_id, "cli")
    assert all(source_id_of(h.sentence_id) is None for h in guilds.scope(A).ask("car bomb Mogadishu").hits)


def test_overlays_are_let_go_least_recently_used_first(guilds: Guilds) -> None:
    guilds.max_loaded = 2
    for guild_id in (1, 2, 3):
        guilds.scope(guild_id).articles()
    assert guilds.loaded_count() == 2
    assert guilds.known() == []  # nothing added: no directory written


def test_shards_rank_like_one_index_when_only_the_vectors_count(tmp_path: Path) -> None:
    """Dense-only ranking over base + overlay equals the ranking of one index over both."""
    dense_only = SearchConfig(
        dense_weight_same_fr=1.0, dense_weight_same_en=1.0, dense_weight_cross=1.0, min_coverage=0.0, k=5
    )
    base = _engine(tmp_path, ["iraq-rockets-reuters", "kabul-bombing-afp", "no-attack-markets"], "base", dense_only)
    overlay = _engine(tmp_path, ["mogadishu-car-bomb", "yemen-drone-strike"], "overlay", dense_only)
    both = _engine(
        tmp_path,
        ["iraq-rockets-reuters", "kabul-bombing-afp", "no-attack-markets", "mogadishu-car-bomb", "yemen-drone-strike"],
        "both",
        dense_only,
    )
    for engine in (base, overlay, both):
        engine.build()
    sharded = Searcher(Shards([base.loaded, overlay.loaded]), HashingEncoder(), dense_only)
    for question in ("car bomb checkpoint", "drone Marib", "roquettes base aérienne", "attentat Kaboul"):
        expected = [(h.sentence_id, h.score) for h in both.ask(question).hits]
        assert [(h.sentence_id, h.score) for h in sharded.ask(question).hits] == expected, question


def test_shards_answer_for_many_rows_as_for_each(tmp_path: Path) -> None:
    """The searcher reads its candidates' articles, languages and neighbours in one call over both parts."""
    base = _engine(tmp_path, ["iraq-rockets-reuters", "kabul-bombing-afp", "no-attack-markets"], "base")
    overlay = _engine(tmp_path, ["mogadishu-car-bomb", "yemen-drone-strike"], "overlay")
    base.build()
    overlay.build()
    shards = Shards([base.loaded, overlay.loaded])
    rows = np.arange(shards.size)
    assert len(shards.article_ids) == 5
    assert [shards.article_ids[i] for i in shards.article_index(rows)] == [shards.article_of(r) for r in rows.tolist()]
    assert shards.langs(rows).tolist() == [shards.lang_of(r) for r in rows.tolist()]
    assert shards.has_prevs(rows).tolist() == [shards.has_prev(r) for r in rows.tolist()]
    assert shards.has_nexts(rows).tolist() == [shards.has_next(r) for r in rows.tolist()]
    assert not shards.has_prevs(np.array([base.loaded.manifest.sentences]))[0]  # the overlay's first row


def test_one_shard_is_the_plain_searcher(guilds: Guilds) -> None:
    loaded = guilds.base.loaded
    plain = Searcher(loaded, HashingEncoder())
    wrapped = Searcher(Shards([loaded]), HashingEncoder())
    for question in ("roquettes", "Mali convoy IED"):
        assert plain.ask(question) == wrapped.ask(question)


def test_a_guilds_status_counts_the_events_its_attacks_lists(tmp_path: Path) -> None:
    base = _engine(tmp_path, ["kabul-bombing-afp", "mali-ied-convoy"])
    base.build()
    guilds = Guilds(base, SourcesConfig(build_wait_seconds=5))
    _add(guilds, A, "kabul-bombing-wire")  # the base's Kabul bombing, reported again by the guild's own article
    scope = guilds.scope(A)
    assert scope.manifest().events == len(scope.attacks()) == 2
