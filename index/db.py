"""Where the registries live: SQLAlchemy engines made from the `database.url` setting, one code path for SQLite and
PostgreSQL.

The registries (moderators' sources and their journal, feedback, insights, build jobs) are tables that every process
of a deployment reads and writes. With no `[database] url` (the default), each stays in the SQLite file it always
had (`<index_dir>/sources.sqlite`, `feedback.sqlite`, ...), so an existing install keeps its data. With
`url = "postgresql://user:password@host/db"` (or EVENTBOT_DATABASE__URL) they all live in that one database; a row
a guild owns carries its guild, and every query is scoped by it.

The API, small on purpose:

- `database_url(config, default)`: the URL the `[database]` section names, else the SQLite file `default`.
- `engine_for(target, wal=False)`: the engine for a URL (`postgresql://...` means psycopg 3; `sqlite:///path`) or
  a SQLite file path, one per target and process. PostgreSQL gets a connection pool (pre-pinged: the server may
  restart); SQLite opens its file per transaction (any process may write it, and a deleted file is made again), with
  foreign keys on and a 30 s busy timeout; `wal=True` for a file of many small writes (feedback, insights): WAL
  mode, and its connections kept in a pool. A forked child never reuses its parent's pooled connections.
- `transaction(engine, write=True)`: a connection in one transaction, committed when the block ends, rolled back
  if it raises. On SQLite a writing transaction begins IMMEDIATE (it takes the write lock first, so a read followed
  by a write is never refused half-way); `write=False` begins a deferred one. To claim rows (a job queue), select
  them with `.with_for_update(skip_locked=True)` inside `transaction(engine)`: PostgreSQL locks them, SQLite
  ignores the clause and its write lock serialises the claimers.
- `upsert(bind, table)`: the dialect's INSERT, which has `.on_conflict_do_update(index_elements=..., set_=...)`,
  `.on_conflict_do_nothing()` and `.excluded` on both SQLite and PostgreSQL.
- `ensure_schema(engine, metadata, migrate=None)`: the tables of `metadata` created if missing (after
  `migrate(conn)`, in the same transaction), once per engine, metadata and process.
- `safe_url(target)`: the URL with its password masked. Never log or show a URL any other way.
- `dispose_engines()`: close every pool (tests, and a child process after fork).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import NullPool, QueuePool

from .config import DatabaseConfig

__all__ = [
    "TIME_TEXT",
    "database_url",
    "dispose_engines",
    "engine_for",
    "ensure_schema",
    "is_sqlite",
    "safe_url",
    "transaction",
    "upsert",
]

SQLITE_BUSY_SECONDS = 30.0
_SCHEMA_LOCK = 0x6576656E74626F74  # "eventbot": the advisory lock that schema changes on PostgreSQL take
_WRITE = "eventbot_write"  # execution option read by the SQLite `begin` listener

# ISO-8601 times (`2026-12-02T03:24:45+00:00`) stored as text, compared as bytes on both databases, so that they sort
# as time whatever the PostgreSQL cluster's locale.
TIME_TEXT = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")

_engines: dict[str, Engine] = {}  # one engine (one pool) per target and process, as SQLAlchemy recommends
_schemas: set[tuple[str, int]] = set()
_write_locks: dict[int, threading.RLock] = {}  # per SQLite engine (engines live as long as the process)
_lock = threading.Lock()


def to_url(target: str | Path | URL) -> URL:
    """A URL from a URL (`postgresql://` and `postgres://` mean psycopg 3) or a SQLite file path."""
    if isinstance(target, URL):
        url = target
    elif isinstance(target, Path) or "://" not in target:
        return URL.create("sqlite", database=str(Path(target)))
    else:
        url = make_url(target)
    if url.drivername in ("postgresql", "postgres"):  # SQLAlchemy's default driver would be psycopg2
        url = url.set(drivername="postgresql+psycopg")
    return url


def safe_url(target: str | Path | URL) -> str:
    """The URL with its password masked: the only form that may reach a log or a message."""
    try:
        return to_url(target).render_as_string(hide_password=True)
    except Exception:
        return "<an unreadable database URL>"


def database_url(config: DatabaseConfig | None, default: Path) -> str | Path:
    """The configured database, else the SQLite file `default` (where the registry always lived)."""
    if config is None or config.url is None:
        return Path(default)
    return config.url.get_secret_value()


def is_sqlite(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "sqlite"


def engine_for(target: str | Path | URL, *, wal: bool = False) -> Engine:
    """The engine for a URL or a SQLite file path (made on first use, then shared by the process's threads).
    `wal`: a SQLite file in write-ahead-log mode with synchronous=NORMAL (many small writes: a kill loses nothing, a
    power cut at most the last ones); PostgreSQL ignores it."""
    url = to_url(target)
    key = url.render_as_string(hide_password=False) + (" wal" if wal else "")
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _make_engine(url, wal=wal)
            _engines[key] = engine
        return engine


def _make_engine(url: URL, *, wal: bool) -> Engine:
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # A registry of rare writes opens its file per transaction; a WAL file of many small writes keeps its
        # connections (reopening would cost a checkpoint per write).
        pool = {"poolclass": QueuePool} if wal else {"poolclass": NullPool}
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS}, **pool)
        sa.event.listen(engine, "connect", _sqlite_wal_connect if wal else _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        return sa.create_engine(url, pool_pre_ping=True)
    raise ValueError(f"unsupported database {safe_url(url)}: use sqlite:///path or postgresql://...")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # pysqlite's own BEGIN handling off: `_sqlite_begin` emits it
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_wal_connect(dbapi_conn: Any, record: Any) -> None:
    _sqlite_connect(dbapi_conn, record)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    begin = "BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE, True) else "BEGIN"
    conn.connection.driver_connection.execute(begin)  # type: ignore[union-attr]  # straight to sqlite3: cheaper


@contextmanager
def transaction(engine: Engine, *, write: bool = True) -> Iterator[Connection]:
    """One transaction: committed when the block ends, rolled back if it raises (see the module's docstring)."""
    # A process's own writers to a SQLite file queue on a lock: SQLite's busy handler would make them sleep and poll.
    queue = _writers(engine) if write and is_sqlite(engine) else nullcontext()
    with queue, engine.connect() as conn:
        conn.execution_options(**{_WRITE: write})
        with conn.begin():
            yield conn


def _writers(engine: Engine) -> threading.RLock:
    with _lock:
        return _write_locks.setdefault(id(engine), threading.RLock())


def upsert(bind: Engine | Connection, table: sa.Table) -> Any:
    """The dialect's INSERT for `table`, with `.on_conflict_do_update`, `.on_conflict_do_nothing` and `.excluded`."""
    if is_sqlite(bind):
        return sqlite.insert(table)
    return postgresql.insert(table)


def ensure_schema(engine: Engine, metadata: sa.MetaData, migrate: Callable[[Connection], None] | None = None) -> None:
    """Create the tables of `metadata` that are missing (after `migrate`, in the same transaction), once per process,
    engine and metadata (again if a SQLite file was deleted meanwhile)."""
    key = (engine.url.render_as_string(hide_password=False), id(metadata))
    database = engine.url.database
    on_file = is_sqlite(engine) and database not in (None, "", ":memory:")
    if key in _schemas and (not on_file or Path(str(database)).exists()):
        return
    if on_file and not Path(str(database)).exists():
        engine.dispose()  # pooled connections to a deleted file would write into it, not into a new one
    with transaction(engine) as conn:
        if not is_sqlite(conn):  # processes starting together: one creates, the others wait and find the tables
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
        if migrate is not None:
            migrate(conn)
        metadata.create_all(conn)
    with _lock:
        _schemas.add(key)


def _after_fork_in_child() -> None:
    """A forked child must not use its parent's pooled connections: it opens its own (the parent's stay open)."""
    for engine in list(_engines.values()):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_after_fork_in_child)


def dispose_engines() -> None:
    """Close every engine's connections and forget them."""
    with _lock:
        engines = list(_engines.values())
        _engines.clear()
        _schemas.clear()
        _write_locks.clear()
    for engine in engines:
        engine.dispose()
