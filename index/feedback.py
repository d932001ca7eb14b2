"""Answers given and the votes people cast on them, in SQL (index/db.py): by default one SQLite file beside the
builds (`feedback.sqlite`), else the database that `database.url` names.

It lives outside the builds, so it survives rebuilds; the answers' sentence ids (`article#position`) stay meaningful
across builds as long as the article is unchanged. A file written by an older version (its votes in a table named
`votes`) is converted in place when it is opened.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import sqlalchemy as sa

from .config import DatabaseConfig
from .db import TIME_TEXT, database_url, engine_for, ensure_schema, is_sqlite, transaction, upsert
from .models import Answer

Vote = Literal["up", "down"]

metadata = sa.MetaData()
answers = sa.Table(
    "answers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),  # never reused: the buttons' custom ids carry it
    sa.Column("created_at", TIME_TEXT, nullable=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("sentence_ids", sa.Text, nullable=False),  # JSON list of "article#position", best first
    sa.Column("asked_by", sa.Text),  # keyed hash of who asked
    sqlite_autoincrement=True,
)
votes = sa.Table(
    "answer_votes",
    metadata,
    sa.Column("answer_id", sa.Integer, sa.ForeignKey("answers.id"), primary_key=True),
    sa.Column("user_id", sa.Text, primary_key=True),  # keyed hash of who voted
    sa.Column("vote", sa.Text, sa.CheckConstraint("vote IN ('up', 'down')"), nullable=False),
    sa.Column("voted_at", TIME_TEXT, nullable=False),
)


# Statements built once, their values bound at each call (building them per call costs more than SQLite's insert).
_SAVE = answers.insert().returning(answers.c.id)
_ANSWER = sa.select(answers.c.id, answers.c.question, answers.c.sentence_ids, answers.c.created_at).where(
    answers.c.id == sa.bindparam("id")
)
_KNOWN = sa.select(answers.c.id).where(answers.c.id == sa.bindparam("id"))


def upgrade_v1(conn: sa.Connection) -> None:
    """A file from before the registries moved to SQL: its votes table is renamed (insights has votes too)."""
    if is_sqlite(conn):
        names = set(sa.inspect(conn).get_table_names())
        if {"answers", "votes"} <= names and "answer_votes" not in names:
            conn.exec_driver_sql("ALTER TABLE votes RENAME TO answer_votes")


@dataclass(frozen=True)
class StoredAnswer:
    id: int
    question: str
    sentence_ids: list[str]
    created_at: dt.datetime


@dataclass(frozen=True)
class FeedbackCounts:
    up: int = 0
    down: int = 0
    answers: int = 0


class FeedbackStore:
    """Thread-safe; every call is a short transaction, so call it from a worker thread in async code."""

    def __init__(self, target: str | Path, person: Callable[[str], str] | None = None):
        """`target`: a database URL or a SQLite file's path. `person`: the keyed hash that stands for a user
        (InsightsStore.person); rows written before askers and voters were hashed are migrated with it when the
        store is first used."""
        self.path = Path(target) if isinstance(target, Path) or "://" not in target else None  # None: a database
        self._engine = engine_for(target, wal=True)
        self._person = person
        self._ready = False
        vote = upsert(self._engine, votes)  # built once: its parameters are bound at each call
        self._vote = vote.on_conflict_do_update(
            index_elements=[votes.c.answer_id, votes.c.user_id],
            set_={"vote": vote.excluded.vote, "voted_at": vote.excluded.voted_at},
        )

    @classmethod
    def in_index_dir(
        cls, index_dir: Path, person: Callable[[str], str] | None = None, database: DatabaseConfig | None = None
    ) -> FeedbackStore:
        return cls(database_url(database, Path(index_dir) / "feedback.sqlite"), person)

    def _begin(self, *, write: bool = True):
        if not self._ready:
            ensure_schema(self._engine, metadata, upgrade_v1)
            if self._person is not None:
                _hash_raw_ids(self._engine, self._person)
            self._ready = True
        return transaction(self._engine, write=write)

    def save_answer(self, answer: Answer, asked_by: str | None = None) -> int:
        """Record an answer that was shown; its id goes into the buttons' custom ids."""
        ids = [hit.sentence_id for hit in answer.hits]
        row = {"created_at": _now(), "question": answer.question, "sentence_ids": json.dumps(ids), "asked_by": asked_by}
        with self._begin() as db:
            return int(db.execute(_SAVE, row).scalar_one())

    def answer(self, answer_id: int) -> StoredAnswer | None:
        with self._begin(write=False) as db:
            row = db.execute(_ANSWER, {"id": answer_id}).first()
        if row is None:
            return None
        return StoredAnswer(row[0], row[1], json.loads(row[2]), dt.datetime.fromisoformat(row[3]))

    def vote(self, answer_id: int, user_id: str, vote: Vote) -> bool:
        """Record (or change) one user's vote on an answer; False when the answer is unknown."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        with self._begin() as db:
            if db.execute(_KNOWN, {"id": answer_id}).first() is None:
                return False
            db.execute(self._vote, {"answer_id": answer_id, "user_id": str(user_id), "vote": vote, "voted_at": _now()})
            return True

    def counts(self) -> FeedbackCounts:
        with self._begin(write=False) as db:
            by_vote = {r[0]: r[1] for r in db.execute(sa.select(votes.c.vote, sa.func.count()).group_by(votes.c.vote))}
            total = db.execute(sa.select(sa.func.count()).select_from(answers)).scalar_one()
        return FeedbackCounts(up=by_vote.get("up", 0), down=by_vote.get("down", 0), answers=total)

    def close(self) -> None:
        """The connections the engine's pool keeps are closed (the store still works: it would open new ones)."""
        self._engine.dispose()


# A Discord id (a snowflake: up to 20 digits) stored in clear; a keyed hash is 32 hexadecimal characters.
_RAW_ID = "^[0-9]{1,20}$"


def _hash_raw_ids(engine: sa.Engine, person: Callable[[str], str]) -> int:
    """Replace the Discord ids that rows written before the hashing hold (voters, askers) by their keyed hash, in one
    transaction; a vote the same person cast again since (under the hash) wins over the old one. Returns the rows."""
    changed = 0
    with transaction(engine) as db:
        raw_voters = sa.select(votes.c.user_id).where(votes.c.user_id.regexp_match(_RAW_ID)).distinct()
        for raw in db.execute(raw_voters).scalars().all():
            hashed = person(raw)
            again = votes.alias("again")  # an alias: a subquery on `votes` itself would be correlated to the DELETE
            voted_again = sa.select(again.c.answer_id).where(again.c.user_id == hashed)
            db.execute(votes.delete().where(votes.c.user_id == raw, votes.c.answer_id.in_(voted_again)))
            changed += db.execute(votes.update().where(votes.c.user_id == raw).values(user_id=hashed)).rowcount
        raw_askers = sa.select(answers.c.asked_by).where(answers.c.asked_by.regexp_match(_RAW_ID)).distinct()
        for raw in db.execute(raw_askers).scalars().all():
            update = answers.update().where(answers.c.asked_by == raw).values(asked_by=person(raw))
            changed += db.execute(update).rowcount
    return changed


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
