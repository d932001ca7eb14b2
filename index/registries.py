"""An install's registry files copied into the database `database.url` names: the one step of a move from the SQLite
files (the default) to PostgreSQL, so that no source, answer or question is left behind and no source id is given
twice (`eventbot database import`).

The files are the base's `sources.sqlite`, each guild's `guilds/<id>/sources.sqlite`, `feedback.sqlite` and
`insights.sqlite` in the index directory; files written by older versions are converted in place first. Every row
goes in one transaction, or none: a database that already holds rows of these registries is refused, and the files
are left as they are (once the bot runs on the database, it no longer reads them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from . import feedback, insights
from .db import engine_for, ensure_schema, is_sqlite, safe_url, transaction
from .errors import EventbotError
from .guilds import GUILDS_DIR, REGISTRY
from .sources import registry as sources

# Tables whose ids a PostgreSQL sequence gives: it must go on from the copied ids.
_SEQUENCES = ("answers", "questions", "source_changes", "source_refreshes")


def registry_files(index_dir: Path) -> list[tuple[sa.MetaData, Path, Callable[[sa.Connection], None]]]:
    """Each registry file of the index directory: its tables, path and the conversion of an older file."""
    index_dir = Path(index_dir)
    found: list[tuple[sa.MetaData, Path, Callable[[sa.Connection], None]]] = []
    if (index_dir / REGISTRY).is_file():
        found.append((sources.metadata, index_dir / REGISTRY, sources.upgrade_v1(sources.BASE)))
    guilds = index_dir / GUILDS_DIR
    for folder in sorted(guilds.iterdir() if guilds.is_dir() else [], key=lambda p: p.name):
        if folder.name.isdigit() and (folder / REGISTRY).is_file():
            found.append((sources.metadata, folder / REGISTRY, sources.upgrade_v1(int(folder.name))))
    for module, name in ((feedback, "feedback.sqlite"), (insights, "insights.sqlite")):
        if (index_dir / name).is_file():
            found.append((module.metadata, index_dir / name, module.upgrade_v1))
    return found


def import_files(index_dir: Path, target: str) -> dict[str, int]:
    """Copy every registry file of `index_dir` into the database `target`; rows copied, by table."""
    files = registry_files(index_dir)
    out = engine_for(target)
    for metadata in (sources.metadata, feedback.metadata, insights.metadata):
        ensure_schema(out, metadata)
    copied: Counter[str] = Counter()
    with transaction(out) as db:
        for metadata, path, upgrade in files:
            source = engine_for(path)
            ensure_schema(source, metadata, upgrade)
            with transaction(source, write=False) as read:
                for table in metadata.sorted_tables:  # parents first: foreign keys hold at every insert
                    rows = [dict(r._mapping) for r in read.execute(sa.select(table))]
                    if rows and _holds_rows(db, table, rows):
                        raise EventbotError(
                            f"{safe_url(target)} already holds rows of `{table.name}`: nothing was copied (import "
                            "into an empty database)"
                        )
                    if rows:
                        db.execute(table.insert(), rows)
                        copied[table.name] += len(rows)
        if not is_sqlite(db):
            for name in _SEQUENCES:
                db.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), MAX(id)) FROM {name}"))
    return dict(copied)


def _holds_rows(db: sa.Connection, table: sa.Table, rows: list[dict]) -> bool:
    """Whether the database already holds rows of this registry (of these guilds, for the sources' tables)."""
    query = sa.select(sa.literal(1)).select_from(table).limit(1)
    if "guild_id" in table.c and table.name.startswith("source"):
        query = query.where(table.c.guild_id.in_({r["guild_id"] for r in rows}))
    return db.execute(query).first() is not None
