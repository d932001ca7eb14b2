"""The registry of moderators' sources and the journal of their changes, in SQL (index/db.py).

By default a SQLite file beside the builds (`sources.sqlite`; a guild's in `guilds/<id>/`); with `database.url`,
tables in that database shared by every guild. Either way every row carries its guild (BASE for the shared base)
and every query is scoped by it, so no server reads or changes another's sources. A file written by an older
version (one registry per file, no guild column, tables `documents`, `changes`, `refreshes`) is converted in place,
in one transaction, the first time it is opened.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import sqlalchemy as sa

from ..db import TIME_TEXT, database_url, engine_for, ensure_schema, is_sqlite, transaction, upsert
from ..errors import SourceRejected
from ..models import (
    Source,
    SourceKind,
)
from .helpers import _now
from .models import _Document

if TYPE_CHECKING:
    from ..engine import Engine

REGISTRY = "sources.sqlite"  # the default: a SQLite file in the index directory (a guild's: in its own directory)
BASE = 0  # the guild column of the shared base's sources (Discord ids are never 0)

metadata = sa.MetaData()
sources = sa.Table(
    "sources",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True),
    # never reused within a guild (source_ids keeps the last one given): src<id>/ article ids stay unambiguous
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.Text, sa.CheckConstraint("kind IN ('file', 'url', 'feed')"), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),  # normalized URL, or the uploaded file's name
    sa.Column("title", sa.Text),
    sa.Column("added_by", sa.Text, nullable=False),
    sa.Column("added_at", TIME_TEXT, nullable=False),
    sa.Column("last_fetch_at", TIME_TEXT),
    sa.Column("last_result", sa.Text),
    sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
)
sa.Index(
    "sources_origin",
    sources.c.guild_id,
    sources.c.kind,
    sources.c.origin,
    unique=True,
    sqlite_where=sources.c.kind != "file",
    postgresql_where=sources.c.kind != "file",
)
source_ids = sa.Table(  # the last source id each guild was given
    "source_ids",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True),
    sa.Column("last_id", sa.Integer, nullable=False),
)
documents = sa.Table(  # what each source brought: a page, a feed entry, an uploaded file
    "source_documents",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True),
    sa.Column("source_id", sa.Integer, primary_key=True),
    sa.Column("key", sa.Text, primary_key=True),  # feed entry id, normalized page URL, or sha256 of a file
    sa.Column("url", sa.Text),  # normalized URL of the page, when there is one
    sa.Column("article_id", sa.Text),  # NULL for a failed or duplicate entry
    sa.Column("status", sa.Text, sa.CheckConstraint("status IN ('ok', 'failed', 'duplicate')"), nullable=False),
    sa.Column("error", sa.Text),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
    sa.Column("fetched_at", TIME_TEXT, nullable=False),
    sa.ForeignKeyConstraint(["guild_id", "source_id"], ["sources.guild_id", "sources.id"], ondelete="CASCADE"),
)
sa.Index("source_documents_url", documents.c.guild_id, documents.c.url)
changes = sa.Table(  # the journal: a change under way, completed or undone after a crash
    "source_changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),  # names the change's staging and trash folders
    sa.Column("guild_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("op", sa.Text, sa.CheckConstraint("op IN ('add', 'remove')"), nullable=False),
    sa.Column("source_id", sa.Integer, nullable=False),
    sa.Column("started_at", TIME_TEXT, nullable=False),
    sqlite_autoincrement=True,
)
refreshes = sa.Table(  # the journal of a feed refresh under way: its files and what it records
    "source_refreshes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("guild_id", sa.BigInteger, nullable=False, index=True),
    # JSON list of RefreshPlan, written before any file enters a source folder
    sa.Column("plan", sa.Text, nullable=False, server_default="[]"),
    sa.Column("started_at", TIME_TEXT, nullable=False),
    sqlite_autoincrement=True,
)
_COLUMNS = [c for c in sources.c if c.name != "guild_id"]


def upgrade_v1(guild_id: int):
    """The conversion of a registry file written before the guild column (see the module's docstring)."""

    def upgrade(conn: sa.Connection) -> None:
        if not is_sqlite(conn):
            return
        names = set(sa.inspect(conn).get_table_names())
        if "sources" not in names or "guild_id" in {c["name"] for c in sa.inspect(conn).get_columns("sources")}:
            return
        for old in ("documents", "changes", "refreshes", "sources"):
            if old in names:
                conn.exec_driver_sql(f"ALTER TABLE {old} RENAME TO old_{old}")
        conn.exec_driver_sql("DROP INDEX IF EXISTS sources_origin")
        conn.exec_driver_sql("DROP INDEX IF EXISTS documents_url")
        metadata.create_all(conn)
        g = int(guild_id)
        cols = "id, kind, origin, title, added_by, added_at, last_fetch_at, last_result, articles"
        conn.exec_driver_sql(f"INSERT INTO sources (guild_id, {cols}) SELECT {g}, {cols} FROM old_sources")
        # the last id AUTOINCREMENT gave (the renamed table's sequence), removed sources included
        last = "MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'old_sources'), 0), COALESCE(MAX(id), 0))"
        conn.exec_driver_sql(
            f"INSERT INTO source_ids (guild_id, last_id) SELECT {g}, m FROM (SELECT {last} AS m FROM old_sources) "
            "WHERE m > 0"
        )
        if "documents" in names:
            cols = "source_id, key, url, article_id, status, error, attempts, fetched_at"
            conn.exec_driver_sql(
                f"INSERT INTO source_documents (guild_id, {cols}) SELECT {g}, {cols} FROM old_documents"
            )
        if "changes" in names:
            cols = "id, op, source_id, started_at"
            conn.exec_driver_sql(f"INSERT INTO source_changes (guild_id, {cols}) SELECT {g}, {cols} FROM old_changes")
        if "refreshes" in names:
            cols = "id, plan, started_at"
            conn.exec_driver_sql(
                f"INSERT INTO source_refreshes (guild_id, {cols}) SELECT {g}, {cols} FROM old_refreshes"
            )
        for old in ("documents", "changes", "refreshes", "sources"):
            if old in names:
                conn.exec_driver_sql(f"DROP TABLE old_{old}")

    return upgrade


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
    """One guild's registry (BASE: the shared base's). Connections are short-lived, so any thread (or process) can use
    it; each method is one transaction."""

    def __init__(self, target: str | Path, first_id: int = 1, *, guild_id: int = BASE):
        """`target`: a database URL, or the path of a SQLite file (index/db.py)."""
        self.target = Path(target) if isinstance(target, Path) or "://" not in target else target
        self.first_id = first_id  # a guild's sources are numbered apart from the base's (index/guilds.py)
        self.guild_id = int(guild_id)
        self._engine = engine_for(self.target)
        self._ready = False

    @classmethod
    def of(cls, engine: Engine, first_id: int = 1) -> SourceRegistry:
        """The registry of what `engine` indexes: the base's, or its guild's (an OverlayEngine), where `engine`'s
        database setting puts it (by default `sources.sqlite` in its index directory)."""
        index_dir = Path(engine.index_config.index_dir)
        guild_id = BASE if engine.guild_id is None else engine.guild_id
        return cls(database_url(engine.database, index_dir / REGISTRY), first_id, guild_id=guild_id)

    def _begin(self, *, write: bool = True):
        if not self._ready:
            ensure_schema(self._engine, metadata, upgrade_v1(self.guild_id))
            self._ready = True
        return transaction(self._engine, write=write)

    def exists(self) -> bool:
        """Whether this registry was ever written to (reads need not create one): its file, or any row of the guild."""
        if isinstance(self.target, Path):
            return self.target.exists()
        with self._begin(write=False) as db:
            return any(
                db.execute(sa.select(t.c.guild_id).where(t.c.guild_id == self.guild_id).limit(1)).first()
                for t in (sources, changes, refreshes, source_ids)
            )

    @staticmethod
    def _source(row: sa.Row) -> Source:
        return Source.model_validate(dict(row._mapping))

    def _settled(self) -> sa.ColumnElement[bool]:
        """A source whose add a killed process left unfinished is not a duplicate yet: the next change settles it."""
        adding = sa.select(changes.c.source_id).where(changes.c.guild_id == self.guild_id, changes.c.op == "add")
        return sources.c.id.not_in(adding)

    def _sources(self) -> sa.Select:
        return sa.select(*_COLUMNS).where(sources.c.guild_id == self.guild_id)

    def list(self, kind: SourceKind | None = None) -> list[Source]:
        query = self._sources().order_by(sources.c.id)
        if kind is not None:
            query = query.where(sources.c.kind == kind)
        with self._begin(write=False) as db:
            return [self._source(r) for r in db.execute(query)]

    def find(self, source_id: int) -> Source | None:
        with self._begin(write=False) as db:
            row = db.execute(self._sources().where(sources.c.id == source_id)).first()
        return self._source(row) if row else None

    def get(self, source_id: int) -> Source:
        source = self.find(source_id)
        if source is None:
            raise SourceRejected(f"there is no source #{source_id} (list them with /sources or `eventbot source list`)")
        return source

    def _documents_of_settled(self) -> sa.Select:
        joined = sources.join(
            documents, (documents.c.guild_id == sources.c.guild_id) & (documents.c.source_id == sources.c.id)
        )
        return self._sources().select_from(joined).where(self._settled())

    def owner_of_url(self, url: str) -> Source | None:
        """The source that already has this normalized URL: as its own address, or as a page it indexed."""
        own = self._sources().where(sources.c.kind != "file", sources.c.origin == url, self._settled())
        page = self._documents_of_settled().where(documents.c.url == url, documents.c.status == "ok")
        with self._begin(write=False) as db:
            row = db.execute(own.limit(1)).first() or db.execute(page.limit(1)).first()
        return self._source(row) if row else None

    def owner_of_key(self, kind: SourceKind, key: str) -> Source | None:
        query = self._documents_of_settled().where(sources.c.kind == kind, documents.c.key == key).limit(1)
        with self._begin(write=False) as db:
            row = db.execute(query).first()
        return self._source(row) if row else None

    def begin_add(self, kind: SourceKind, origin: str, title: str | None, added_by: str) -> tuple[Source, Change]:
        """The new source's row and its journal entry, in one transaction."""
        now = _now().isoformat()
        try:
            with self._begin() as db:
                source_id = self._next_id(db)
                db.execute(
                    sources.insert().values(
                        guild_id=self.guild_id,
                        id=source_id,
                        kind=kind,
                        origin=origin,
                        title=title,
                        added_by=added_by,
                        added_at=now,
                        last_fetch_at=now if kind != "file" else None,
                    )
                )
                change = self._journal(db, "add", source_id)
        except sa.exc.IntegrityError:
            raise SourceRejected(f"{origin} is already a source") from None
        return self.get(source_id), change

    def _next_id(self, db: sa.Connection) -> int:
        """The guild's next source id, never one given before (the row stays locked until the transaction ends)."""
        stmt = upsert(db, source_ids).values(guild_id=self.guild_id, last_id=self.first_id)
        stmt = stmt.on_conflict_do_update(
            index_elements=[source_ids.c.guild_id], set_={"last_id": source_ids.c.last_id + 1}
        )
        return int(db.execute(stmt.returning(source_ids.c.last_id)).scalar_one())

    def begin_remove(self, source_id: int) -> Change:
        with self._begin() as db:
            return self._journal(db, "remove", source_id)

    def _journal(self, db: sa.Connection, op: Literal["add", "remove"], source_id: int) -> Change:
        values = {"guild_id": self.guild_id, "op": op, "source_id": source_id, "started_at": _now().isoformat()}
        change_id = db.execute(changes.insert().values(values).returning(changes.c.id)).scalar_one()
        return Change(int(change_id), op, source_id)

    def changes(self) -> builtins.list[Change]:
        query = sa.select(changes.c.id, changes.c.op, changes.c.source_id).where(changes.c.guild_id == self.guild_id)
        with self._begin(write=False) as db:
            return [Change(r[0], r[1], r[2]) for r in db.execute(query.order_by(changes.c.id))]

    def _own(self, table: sa.Table) -> sa.ColumnElement[bool]:
        return table.c.guild_id == self.guild_id

    def keep(self, change: Change, result: str | None = None) -> None:
        """The change stands: its journal entry goes (and an added source gets its result), in one transaction."""
        with self._begin() as db:
            if result is not None:
                db.execute(
                    sources.update()
                    .where(self._own(sources), sources.c.id == change.source_id)
                    .values(last_result=result)
                )
            db.execute(changes.delete().where(self._own(changes), changes.c.id == change.id))

    def drop(self, change: Change) -> None:
        """The source's row (its documents with it) and the journal entry go, in one transaction."""
        with self._begin() as db:
            db.execute(sources.delete().where(self._own(sources), sources.c.id == change.source_id))
            db.execute(changes.delete().where(self._own(changes), changes.c.id == change.id))

    def begin_refresh(self) -> int:
        with self._begin() as db:
            values = {"guild_id": self.guild_id, "started_at": _now().isoformat()}
            return int(db.execute(refreshes.insert().values(values).returning(refreshes.c.id)).scalar_one())

    def plan_refresh(self, refresh_id: int, plans: Sequence[RefreshPlan]) -> None:
        with self._begin() as db:
            db.execute(
                refreshes.update()
                .where(self._own(refreshes), refreshes.c.id == refresh_id)
                .values(plan=json.dumps([p.to_json() for p in plans]))
            )

    def refreshes(self) -> Sequence[tuple[int, Sequence[RefreshPlan]]]:
        query = sa.select(refreshes.c.id, refreshes.c.plan).where(self._own(refreshes)).order_by(refreshes.c.id)
        with self._begin(write=False) as db:
            rows = db.execute(query).all()
        return [(r[0], [RefreshPlan.from_json(p) for p in json.loads(r[1])]) for r in rows]

    def finish_refresh(self, refresh_id: int, plans: Sequence[RefreshPlan], note: str = "") -> None:
        """What the refresh brought is recorded and its journal entry goes, in one transaction."""
        now = _now().isoformat()
        with self._begin() as db:
            for plan in plans:
                known = sa.select(sources.c.id).where(self._own(sources), sources.c.id == plan.source_id)
                if db.execute(known).first():
                    self._record(db, plan.source_id, plan.documents, plan.result + note, now, fetched=True)
            db.execute(refreshes.delete().where(self._own(refreshes), refreshes.c.id == refresh_id))

    def drop_refresh(self, refresh_id: int) -> None:
        with self._begin() as db:
            db.execute(refreshes.delete().where(self._own(refreshes), refreshes.c.id == refresh_id))

    def seen_entries(self, source_id: int) -> dict[str, tuple[str, int]]:
        """Feed entry key -> (status, attempts)."""
        query = sa.select(documents.c.key, documents.c.status, documents.c.attempts).where(
            self._own(documents), documents.c.source_id == source_id
        )
        with self._begin(write=False) as db:
            return {r[0]: (r[1], r[2]) for r in db.execute(query)}

    def record(self, source_id: int, documents: Sequence[_Document], *, result: str, fetched: bool) -> None:
        """Store what a change brought, and the source's last result and article count."""
        with self._begin() as db:
            self._record(db, source_id, documents, result, _now().isoformat(), fetched=fetched)

    def _record(
        self, db: sa.Connection, source_id: int, brought: Sequence[_Document], result: str, now: str, *, fetched: bool
    ) -> None:
        for d in brought:
            stmt = upsert(db, documents).values(
                guild_id=self.guild_id,
                source_id=source_id,
                key=d.key,
                url=d.url,
                article_id=d.article_id,
                status=d.status,
                error=d.error,
                attempts=1,
                fetched_at=now,
            )
            new = stmt.excluded
            db.execute(
                stmt.on_conflict_do_update(
                    index_elements=[documents.c.guild_id, documents.c.source_id, documents.c.key],
                    set_={
                        "url": new.url,
                        "article_id": new.article_id,
                        "status": new.status,
                        "error": new.error,
                        "attempts": documents.c.attempts + 1,
                        "fetched_at": new.fetched_at,
                    },
                )
            )
        count = db.execute(
            sa.select(sa.func.count()).where(
                self._own(documents), documents.c.source_id == source_id, documents.c.article_id.is_not(None)
            )
        ).scalar_one()
        update = {"last_result": result, "articles": count, **({"last_fetch_at": now} if fetched else {})}
        db.execute(sources.update().where(self._own(sources), sources.c.id == source_id).values(update))
