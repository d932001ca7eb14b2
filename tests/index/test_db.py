"""index/db.py on SQLite and on a real PostgreSQL server: transactions, upserts, schema, claims, URLs."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa

from index.config import DatabaseConfig
from index.db import database_url, engine_for, ensure_schema, safe_url, to_url, transaction, upsert

metadata = sa.MetaData()
jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("state", sa.String, nullable=False),
    sa.Column("tries", sa.Integer, nullable=False, server_default="0"),
)


def test_a_transaction_commits_at_the_end_and_rolls_back_on_error(database_url):
    engine = engine_for(database_url)
    ensure_schema(engine, metadata)
    with transaction(engine) as conn:
        conn.execute(jobs.insert().values(id=1, state="queued"))
    with pytest.raises(RuntimeError), transaction(engine) as conn:
        conn.execute(jobs.insert().values(id=2, state="queued"))
        raise RuntimeError("half-way")
    with transaction(engine, write=False) as conn:
        assert conn.execute(sa.select(jobs.c.id)).scalars().all() == [1]


def test_upsert_updates_the_row_that_is_there(database_url):
    engine = engine_for(database_url)
    ensure_schema(engine, metadata)
    with transaction(engine) as conn:
        for state in ("queued", "running", "done"):
            stmt = upsert(conn, jobs).values(id=7, state=state)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[jobs.c.id], set_={"state": stmt.excluded.state, "tries": jobs.c.tries + 1}
                )
            )
        assert conn.execute(sa.select(jobs.c.state, jobs.c.tries)).one() == ("done", 2)


def test_schema_is_made_once_and_again_for_a_deleted_sqlite_file(tmp_path):
    path = tmp_path / "deep" / "registry.sqlite"
    calls: list[sa.Connection] = []
    engine = engine_for(path)
    assert engine_for(str(path)) is engine  # one engine per target
    ensure_schema(engine, metadata, migrate=calls.append)
    ensure_schema(engine, metadata, migrate=calls.append)
    assert len(calls) == 1 and path.is_file()
    path.unlink()
    ensure_schema(engine, metadata, migrate=calls.append)
    with transaction(engine) as conn:
        conn.execute(jobs.insert().values(id=1, state="queued"))
    assert len(calls) == 2


def test_two_workers_claim_different_rows_on_postgresql(postgres_server):
    """What a job queue needs: a row one transaction holds FOR UPDATE is skipped by the next claimer."""
    engine = engine_for(postgres_server.create_database("claims"))
    ensure_schema(engine, metadata)
    with transaction(engine) as conn:
        conn.execute(jobs.insert(), [{"id": 1, "state": "queued"}, {"id": 2, "state": "queued"}])
    claim = sa.select(jobs.c.id).where(jobs.c.state == "queued").order_by(jobs.c.id).limit(1)
    claim = claim.with_for_update(skip_locked=True)
    with transaction(engine) as first:
        mine = first.execute(claim).scalar_one()
        with transaction(engine) as second:
            theirs = second.execute(claim).scalar_one()
    assert (mine, theirs) == (1, 2)
    engine.dispose()


def test_postgresql_urls_use_psycopg_3_and_never_show_the_password(caplog):
    url = "postgresql://eventbot:hunter2@db.example:5432/eventbot"
    assert to_url(url).drivername == "postgresql+psycopg"
    assert to_url("postgres://u:p@h/d").drivername == "postgresql+psycopg"
    assert "hunter2" not in safe_url(url) and "db.example:5432/eventbot" in safe_url(url)
    with caplog.at_level(logging.DEBUG):
        engine = engine_for(url)  # no connection is made until one is needed
        logging.getLogger("test").info("database: %s", engine)
    assert "hunter2" not in repr(engine) + caplog.text


def test_database_url_defaults_to_the_sqlite_file_where_the_registry_lives(tmp_path):
    assert database_url(None, tmp_path / "sources.sqlite") == tmp_path / "sources.sqlite"
    assert database_url(DatabaseConfig(), tmp_path / "sources.sqlite") == tmp_path / "sources.sqlite"
    assert database_url(DatabaseConfig(url=" "), tmp_path / "f.sqlite") == tmp_path / "f.sqlite"
    configured = DatabaseConfig(url="postgresql://u:p@h/d")
    assert database_url(configured, tmp_path / "f.sqlite") == "postgresql://u:p@h/d"
    assert "u:p@" not in str(configured) + repr(configured)


def test_an_unsupported_database_is_refused_without_echoing_the_url():
    with pytest.raises(ValueError, match="postgresql://... or sqlite:///") as refused:
        DatabaseConfig(url="mysql://u:hunter2@h/db")
    assert "hunter2" not in str(refused.value)
