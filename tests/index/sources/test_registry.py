"""The sources registry and its journal, the same contract on a SQLite file and on a real PostgreSQL server; a guild's
rows are its own in a shared database; a registry file from before the move to SQL is converted in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from index.config import DatabaseConfig, IndexConfig
from index.engine import Engine
from index.errors import SourceRejected
from index.guilds import GUILD_FIRST_SOURCE_ID
from index.sources.models import _Document
from index.sources.registry import BASE, Change, RefreshPlan, SourceRegistry
from tests.conftest import HashingEncoder

A, B = 111, 222
FEED = "https://news.example/feed.xml"


def test_ids_count_up_from_the_first_and_are_never_reused(database_url: str) -> None:
    base = SourceRegistry(database_url)
    guild = SourceRegistry(database_url, GUILD_FIRST_SOURCE_ID, guild_id=A)
    first, add = base.begin_add("file", "a.md", "A", "mod")
    base.drop(add)  # the add undone: its id is not given again
    second, _ = base.begin_add("file", "a.md", "A", "mod")
    own, _ = guild.begin_add("file", "a.md", "A", "mod")
    assert (first.id, second.id, own.id) == (1, 2, GUILD_FIRST_SOURCE_ID)
    assert [s.id for s in base.list()] == [2] and [s.id for s in guild.list()] == [GUILD_FIRST_SOURCE_ID]


def test_an_address_is_one_source_per_guild(database_url: str) -> None:
    a, b = SourceRegistry(database_url, guild_id=A), SourceRegistry(database_url, guild_id=B)
    source, change = a.begin_add("feed", FEED, "News", "mod")
    a.keep(change, "ok")
    with pytest.raises(SourceRejected, match="already a source"):
        a.begin_add("feed", FEED, "News", "mod")
    assert [s.origin for s in a.list("feed")] == [FEED]  # the refused add left nothing behind
    theirs, added = b.begin_add("feed", FEED, "News", "mod")  # another guild may follow the same feed
    b.keep(added, "ok")
    mine, other = a.owner_of_url(FEED), b.owner_of_url(FEED)
    assert mine and other and (mine.id, mine.last_result) == (source.id, "ok") and other.id == theirs.id
    a.begin_add("file", "same-name.md", None, "mod")
    a.begin_add("file", "same-name.md", None, "mod")  # files are told apart by content, not name


def test_no_guild_sees_or_changes_anothers_rows(database_url: str) -> None:
    a, b = SourceRegistry(database_url, guild_id=A), SourceRegistry(database_url, guild_id=B)
    source, change = a.begin_add("url", "https://news.example/a", "A", "mod")
    page = _Document(key="https://news.example/a", url="https://news.example/a", status="ok", article_id="src1/a")
    a.record(source.id, [page], result="ok: 1 article", fetched=True)
    refresh = a.begin_refresh()
    assert not b.exists() and a.exists()
    assert b.list() == [] and b.find(source.id) is None and b.changes() == [] and b.refreshes() == []
    assert b.seen_entries(source.id) == {} and b.owner_of_url("https://news.example/a") is None
    with pytest.raises(SourceRejected, match="no source"):
        b.get(source.id)
    b.drop(change)  # B naming A's change and source (the same ids): nothing of A's goes
    b.keep(Change(change.id, "remove", source.id), "hijacked")
    b.drop_refresh(refresh)
    b.record(source.id, [], result="hijacked", fetched=True)
    assert a.changes() == [change] and [r for r, _ in a.refreshes()] == [refresh]
    assert a.get(source.id).last_result == "ok: 1 article" and a.get(source.id).articles == 1
    assert a.seen_entries(source.id) == {"https://news.example/a": ("ok", 1)}


def test_the_journal_of_an_add_and_a_remove(database_url: str) -> None:
    registry = SourceRegistry(database_url)
    source, add = registry.begin_add("url", "https://news.example/a", "A", "mod")
    assert registry.changes() == [Change(add.id, "add", source.id)]
    assert registry.owner_of_url("https://news.example/a") is None  # an unfinished add is no duplicate yet
    registry.keep(add, "ok: 1 article")
    assert registry.changes() == [] and registry.owner_of_url("https://news.example/a") == registry.get(source.id)
    assert registry.get(source.id).last_result == "ok: 1 article"
    remove = registry.begin_remove(source.id)
    registry.record(source.id, [_Document(key="k", status="ok", article_id="src1/a")], result="x", fetched=False)
    registry.drop(remove)  # the removal went through: the source and what it brought go
    assert registry.list() == [] and registry.changes() == [] and registry.seen_entries(source.id) == {}


def test_documents_count_attempts_and_articles(database_url: str) -> None:
    registry = SourceRegistry(database_url)
    feed, change = registry.begin_add("feed", FEED, "News", "mod")
    registry.keep(change)
    entry = _Document(key="e1", url="https://news.example/1", status="failed", error="HTTP 500")
    registry.record(feed.id, [entry, _Document(key="e2", status="ok", article_id="src1/two")], result="1", fetched=True)
    registry.record(feed.id, [entry], result="2", fetched=False)
    fixed = _Document(key="e1", url="https://news.example/1", status="ok", article_id="src1/one")
    registry.record(feed.id, [fixed], result="3", fetched=False)
    assert registry.seen_entries(feed.id) == {"e1": ("ok", 3), "e2": ("ok", 1)}
    stored = registry.get(feed.id)
    assert (stored.articles, stored.last_result) == (2, "3")
    assert registry.owner_of_url("https://news.example/1") == stored
    assert registry.owner_of_key("feed", "e2") == stored and registry.owner_of_key("url", "e2") is None


def test_a_refresh_plan_round_trips_and_records_on_finish(database_url: str) -> None:
    registry = SourceRegistry(database_url)
    feed, change = registry.begin_add("feed", FEED, "News", "mod")
    registry.keep(change)
    refresh = registry.begin_refresh()
    plans = [
        RefreshPlan(
            feed.id, ["src1/kirkouk.md"], [_Document(key="k", status="ok", article_id="src1/kirkouk")], "1 new"
        ),
        RefreshPlan(99, ["src99/gone.md"], [_Document(key="g", status="ok", article_id="src99/gone")], "gone"),
    ]
    registry.plan_refresh(refresh, plans)
    assert registry.refreshes() == [(refresh, plans)]
    registry.finish_refresh(refresh, plans, note=" (late)")
    assert registry.refreshes() == [] and registry.get(feed.id).last_result == "1 new (late)"
    assert registry.seen_entries(feed.id) == {"k": ("ok", 1)} and registry.seen_entries(99) == {}


def test_a_change_a_killed_process_left_is_undone_by_the_next_build(tmp_path: Path, database_url: str) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meteo.md").write_text("---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain.\n")
    config = IndexConfig(sources=tmp_path / "data", index_dir=tmp_path / "idx", model="test-hashing")
    encoder = HashingEncoder()
    engine = Engine(config, encoder_factory=lambda: encoder, database=DatabaseConfig(url=database_url))
    engine.build()
    registry = SourceRegistry.of(engine)
    source, _ = registry.begin_add("file", "note.md", None, "mod")  # killed here, its file half-written
    folder = config.managed_dir / source.folder
    folder.mkdir(parents=True)
    (folder / "note.md").write_text("---\ntitle: Note\n---\nUne roquette a touché le port.\n")
    report = engine.build()
    assert registry.list() == [] and registry.changes() == [] and not folder.exists()
    assert report.articles == 1 and not (tmp_path / "idx" / "sources.sqlite").exists()


# --- a registry file written before the move to SQL ---------------------------------------------------------------
_V1 = """
CREATE TABLE sources (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL CHECK (kind IN ('file', 'url', 'feed')),
    origin TEXT NOT NULL, title TEXT, added_by TEXT NOT NULL, added_at TEXT NOT NULL, last_fetch_at TEXT,
    last_result TEXT, articles INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX sources_origin ON sources(kind, origin) WHERE kind != 'file';
CREATE TABLE documents (source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, key TEXT NOT NULL,
    url TEXT, article_id TEXT, status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')), error TEXT,
    attempts INTEGER NOT NULL DEFAULT 1, fetched_at TEXT NOT NULL, PRIMARY KEY (source_id, key));
CREATE INDEX documents_url ON documents(url);
CREATE TABLE changes (id INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL CHECK (op IN ('add', 'remove')),
    source_id INTEGER NOT NULL, started_at TEXT NOT NULL);
CREATE TABLE refreshes (id INTEGER PRIMARY KEY AUTOINCREMENT, plan TEXT NOT NULL DEFAULT '[]',
    started_at TEXT NOT NULL);
"""


def _v1_registry(path: Path, first_id: int) -> None:
    db = sqlite3.connect(path)
    db.executescript(_V1)
    t = "2026-01-01T00:00:00+00:00"
    for offset, origin in ((0, FEED), (2, "https://news.example/b")):
        db.execute(
            "INSERT INTO sources (id, kind, origin, added_by, added_at, articles) VALUES (?, 'url', ?, 'mod', ?, 1)",
            [first_id + offset, origin, t],
        )
    db.execute("DELETE FROM sources WHERE id = ?", [first_id + 2])  # removed: its id stays used
    db.execute("INSERT INTO documents VALUES (?, 'k', ?, 'src/a', 'ok', NULL, 2, ?)", [first_id, FEED, t])
    db.execute("INSERT INTO changes (op, source_id, started_at) VALUES ('remove', ?, ?)", [first_id, t])
    db.execute("INSERT INTO refreshes (plan, started_at) VALUES ('[]', ?)", [t])
    db.commit()
    db.close()


@pytest.mark.parametrize(("guild_id", "first_id"), [(BASE, 1), (A, GUILD_FIRST_SOURCE_ID)])
def test_a_registry_file_from_before_is_converted_in_place(tmp_path: Path, guild_id: int, first_id: int) -> None:
    path = tmp_path / "sources.sqlite"
    _v1_registry(path, first_id)
    registry = SourceRegistry(path, first_id, guild_id=guild_id)
    (kept,) = registry.list()
    assert (kept.id, kept.origin, kept.articles) == (first_id, FEED, 1)
    assert registry.seen_entries(first_id) == {"k": ("ok", 2)} and registry.owner_of_url(FEED) == kept
    assert registry.changes() == [Change(1, "remove", first_id)] and [r for r, _ in registry.refreshes()] == [1]
    new, _ = registry.begin_add("file", "c.md", None, "mod")
    assert new.id == first_id + 3  # after the removed source's id, as before
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & {"documents", "changes", "refreshes", "old_sources", "old_documents"}
