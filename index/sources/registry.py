"""The registry of moderators' sources: a SQLite file beside the builds (`sources.sqlite`)."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from ..errors import SourceRejected
from ..models import (
    Source,
    SourceKind,
)
from .helpers import _now
from .models import _Document

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: src<id>/ article ids stay unambiguous
    kind TEXT NOT NULL CHECK (kind IN ('file', 'url', 'feed')),
    origin TEXT NOT NULL,                  -- normalized URL, or the uploaded file's name
    title TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    last_fetch_at TEXT,
    last_result TEXT,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS sources_origin ON sources(kind, origin) WHERE kind != 'file';
CREATE TABLE IF NOT EXISTS documents (     -- what each source brought: a page, a feed entry, an uploaded file
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    key TEXT NOT NULL,                     -- feed entry id, normalized page URL, or sha256 of a file
    url TEXT,                              -- normalized URL of the page, when there is one
    article_id TEXT,                       -- NULL for a failed or duplicate entry
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (source_id, key)
);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
CREATE TABLE IF NOT EXISTS changes (       -- the journal: a change under way, completed or undone after a crash
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL CHECK (op IN ('add', 'remove')),
    source_id INTEGER NOT NULL,
    started_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS refreshes (     -- the journal of a feed refresh under way: its files and what it records
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan TEXT NOT NULL DEFAULT '[]',       -- JSON list of RefreshPlan, written before any file enters a source folder
    started_at TEXT NOT NULL
);
"""


# A source whose add a killed process left unfinished is not a duplicate yet: the next change settles it first.
_SETTLED = "s.id NOT IN (SELECT source_id FROM changes WHERE op = 'add')"


@dataclass(frozen=True)
class RefreshPlan:
    """What a refresh does to one feed: the files it moves in (relative to the managed folder, `srcN/<slug>.md`), the
    documents it records and the feed's result, recorded only once the index holds the new articles."""

    source_id: int
    files: list[str]
    documents: list[_Document]
    result: str

    @property
    def article_ids(self) -> list[str]:
        return [f.removesuffix(".md") for f in self.files]  # a feed entry's file is `<article id>.md`

    def to_json(self) -> dict:
        return {**asdict(self), "documents": [asdict(d) for d in self.documents]}

    @classmethod
    def from_json(cls, data: dict) -> RefreshPlan:
        return cls(data["source_id"], data["files"], [_Document(**d) for d in data["documents"]], data["result"])


@dataclass(frozen=True)
class Change:
    """A journal row: source `source_id` is being added or removed by change `id` (see index/sources/journal.py)."""

    id: int
    op: Literal["add", "remove"]
    source_id: int


class SourceRegistry:
    """The SQLite registry. Connections are short-lived, so any thread (or process) can use it."""

    def __init__(self, path: Path, first_id: int = 1):
        self.path = Path(path)
        self.first_id = first_id  # a guild's sources are numbered apart from the base's (index/guilds.py)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.executescript(_SCHEMA)
            with db:  # one transaction, committed on success
                yield db
        finally:
            db.close()

    @staticmethod
    def _source(row: tuple) -> Source:
        return Source(
            id=row[0],
            kind=row[1],
            origin=row[2],
            title=row[3],
            added_by=row[4],
            added_at=row[5],
            last_fetch_at=row[6],
            last_result=row[7],
            articles=row[8],
        )

    _COLUMNS = "id, kind, origin, title, added_by, added_at, last_fetch_at, last_result, articles"

    def list(self, kind: SourceKind | None = None) -> list[Source]:
        with self._db() as db:
            if kind is None:
                rows = db.execute(f"SELECT {self._COLUMNS} FROM sources ORDER BY id").fetchall()
            else:
                rows = db.execute(f"SELECT {self._COLUMNS} FROM sources WHERE kind = ? ORDER BY id", [kind]).fetchall()
        return [self._source(r) for r in rows]

    def find(self, source_id: int) -> Source | None:
        with self._db() as db:
            row = db.execute(f"SELECT {self._COLUMNS} FROM sources WHERE id = ?", [source_id]).fetchone()
        return self._source(row) if row else None

    def get(self, source_id: int) -> Source:
        source = self.find(source_id)
        if source is None:
            raise SourceRejected(f"there is no source #{source_id} (list them with /sources or `eventbot source list`)")
        return source

    def owner_of_url(self, url: str) -> Source | None:
        """The source that already has this normalized URL: as its own address, or as a page it indexed."""
        with self._db() as db:
            row = db.execute(
                f"SELECT {self._COLUMNS} FROM sources s WHERE kind != 'file' AND origin = ? AND {_SETTLED} "
                f"UNION SELECT {', '.join('s.' + c for c in self._COLUMNS.split(', '))} FROM documents d "
                f"JOIN sources s ON s.id = d.source_id WHERE d.url = ? AND d.status = 'ok' AND {_SETTLED} LIMIT 1",
                [url, url],
            ).fetchone()
        return self._source(row) if row else None

    def owner_of_key(self, kind: SourceKind, key: str) -> Source | None:
        with self._db() as db:
            row = db.execute(
                f"SELECT {', '.join('s.' + c for c in self._COLUMNS.split(', '))} FROM documents d "
                f"JOIN sources s ON s.id = d.source_id WHERE s.kind = ? AND d.key = ? AND {_SETTLED} LIMIT 1",
                [kind, key],
            ).fetchone()
        return self._source(row) if row else None

    def begin_add(self, kind: SourceKind, origin: str, title: str | None, added_by: str) -> tuple[Source, Change]:
        """The new source's row and its journal entry, in one transaction."""
        now = _now()
        with self._db() as db:
            if self.first_id > 1:  # AUTOINCREMENT continues from the recorded sequence, set once here
                db.execute(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT 'sources', ? "
                    "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sources')",
                    [self.first_id - 1],
                )
            try:
                cursor = db.execute(
                    "INSERT INTO sources (kind, origin, title, added_by, added_at, last_fetch_at) VALUES (?,?,?,?,?,?)",
                    [kind, origin, title, added_by, now.isoformat(), now.isoformat() if kind != "file" else None],
                )
            except sqlite3.IntegrityError:
                raise SourceRejected(f"{origin} is already a source") from None
            source_id = cursor.lastrowid
            assert source_id is not None
            change = self._journal(db, "add", source_id)
        return self.get(source_id), change

    def begin_remove(self, source_id: int) -> Change:
        with self._db() as db:
            return self._journal(db, "remove", source_id)

    @staticmethod
    def _journal(db: sqlite3.Connection, op: Literal["add", "remove"], source_id: int) -> Change:
        cursor = db.execute(
            "INSERT INTO changes (op, source_id, started_at) VALUES (?,?,?)", [op, source_id, _now().isoformat()]
        )
        assert cursor.lastrowid is not None
        return Change(cursor.lastrowid, op, source_id)

    def changes(self) -> builtins.list[Change]:
        with self._db() as db:
            rows = db.execute("SELECT id, op, source_id FROM changes ORDER BY id").fetchall()
        return [Change(r[0], r[1], r[2]) for r in rows]

    def keep(self, change: Change, result: str | None = None) -> None:
        """The change stands: its journal entry goes (and an added source gets its result), in one transaction."""
        with self._db() as db:
            if result is not None:
                db.execute("UPDATE sources SET last_result = ? WHERE id = ?", [result, change.source_id])
            db.execute("DELETE FROM changes WHERE id = ?", [change.id])

    def drop(self, change: Change) -> None:
        """The source's row (its documents with it) and the journal entry go, in one transaction."""
        with self._db() as db:
            db.execute("DELETE FROM sources WHERE id = ?", [change.source_id])
            db.execute("DELETE FROM changes WHERE id = ?", [change.id])

    def begin_refresh(self) -> int:
        with self._db() as db:
            refresh_id = db.execute("INSERT INTO refreshes (started_at) VALUES (?)", [_now().isoformat()]).lastrowid
        assert refresh_id is not None
        return refresh_id

    def plan_refresh(self, refresh_id: int, plans: Sequence[RefreshPlan]) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE refreshes SET plan = ? WHERE id = ?", [json.dumps([p.to_json() for p in plans]), refresh_id]
            )

    def refreshes(self) -> Sequence[tuple[int, Sequence[RefreshPlan]]]:
        with self._db() as db:
            rows = db.execute("SELECT id, plan FROM refreshes ORDER BY id").fetchall()
        return [(r[0], [RefreshPlan.from_json(p) for p in json.loads(r[1])]) for r in rows]

    def finish_refresh(self, refresh_id: int, plans: Sequence[RefreshPlan], note: str = "") -> None:
        """What the refresh brought is recorded and its journal entry goes, in one transaction."""
        now = _now().isoformat()
        with self._db() as db:
            for plan in plans:
                if db.execute("SELECT 1 FROM sources WHERE id = ?", [plan.source_id]).fetchone():
                    self._record(db, plan.source_id, plan.documents, plan.result + note, now, fetched=True)
            db.execute("DELETE FROM refreshes WHERE id = ?", [refresh_id])

    def drop_refresh(self, refresh_id: int) -> None:
        with self._db() as db:
            db.execute("DELETE FROM refreshes WHERE id = ?", [refresh_id])

    def seen_entries(self, source_id: int) -> dict[str, tuple[str, int]]:
        """Feed entry key -> (status, attempts)."""
        with self._db() as db:
            rows = db.execute("SELECT key, status, attempts FROM documents WHERE source_id = ?", [source_id]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def record(self, source_id: int, documents: Sequence[_Document], *, result: str, fetched: bool) -> None:
        """Store what a change brought, and the source's last result and article count."""
        with self._db() as db:
            self._record(db, source_id, documents, result, _now().isoformat(), fetched=fetched)

    @staticmethod
    def _record(
        db: sqlite3.Connection, source_id: int, documents: Sequence[_Document], result: str, now: str, *, fetched: bool
    ) -> None:
        for d in documents:
            db.execute(
                "INSERT INTO documents (source_id, key, url, article_id, status, error, attempts, fetched_at) "
                "VALUES (?,?,?,?,?,?,1,?) ON CONFLICT(source_id, key) DO UPDATE SET url = excluded.url, "
                "article_id = excluded.article_id, status = excluded.status, error = excluded.error, "
                "attempts = documents.attempts + 1, fetched_at = excluded.fetched_at",
                [source_id, d.key, d.url, d.article_id, d.status, d.error, now],
            )
        count = db.execute(
            "SELECT COUNT(*) FROM documents WHERE source_id = ? AND article_id IS NOT NULL", [source_id]
        ).fetchone()[0]
        db.execute("UPDATE sources SET last_result = ?, articles = ? WHERE id = ?", [result, count, source_id])
        if fetched:
            db.execute("UPDATE sources SET last_fetch_at = ? WHERE id = ?", [now, source_id])
