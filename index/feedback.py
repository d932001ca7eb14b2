"""Answers given and the votes people cast on them, in one SQLite file beside the builds.

It lives at the index directory's root (not in a build), so it survives rebuilds; the answers' sentence
ids (`article#position`) stay meaningful across builds as long as the article is unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .models import Answer

Vote = Literal["up", "down"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    sentence_ids TEXT NOT NULL,  -- JSON list of "article#position", best first
    asked_by TEXT
);
CREATE TABLE IF NOT EXISTS votes (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    user_id TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    voted_at TEXT NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);
"""


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

    def __init__(self, path: Path, person: Callable[[str], str] | None = None):
        """`person`: the keyed hash that stands for a user (InsightsStore.person); rows written before askers and
        voters were hashed are migrated with it when the file is opened."""
        self.path = Path(path)
        self._person = person
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    @classmethod
    def in_index_dir(cls, index_dir: Path, person: Callable[[str], str] | None = None) -> FeedbackStore:
        return cls(Path(index_dir) / "feedback.sqlite", person)

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=5.0)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; a power cut may lose the last answers only
            db.executescript(_SCHEMA)
            if self._person is not None:
                _hash_raw_ids(db, self._person)
            self._db = db
        return self._db

    def save_answer(self, answer: Answer, asked_by: str | None = None) -> int:
        """Record an answer that was shown; its id goes into the buttons' custom ids."""
        ids = [hit.sentence_id for hit in answer.hits]
        with self._lock, self._conn() as db:
            cur = db.execute(
                "INSERT INTO answers (created_at, question, sentence_ids, asked_by) VALUES (?, ?, ?, ?)",
                (_now(), answer.question, json.dumps(ids), asked_by),
            )
            assert cur.lastrowid is not None  # set by the INSERT just made
            return int(cur.lastrowid)

    def answer(self, answer_id: int) -> StoredAnswer | None:
        with self._lock:
            row = (
                self._conn()
                .execute("SELECT id, question, sentence_ids, created_at FROM answers WHERE id = ?", (answer_id,))
                .fetchone()
            )
        if row is None:
            return None
        return StoredAnswer(row[0], row[1], json.loads(row[2]), dt.datetime.fromisoformat(row[3]))

    def vote(self, answer_id: int, user_id: str, vote: Vote) -> bool:
        """Record (or change) one user's vote on an answer; False when the answer is unknown."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        with self._lock, self._conn() as db:
            if db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone() is None:
                return False
            db.execute(
                "INSERT INTO votes (answer_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at",
                (answer_id, str(user_id), vote, _now()),
            )
            return True

    def counts(self) -> FeedbackCounts:
        with self._lock:
            db = self._conn()
            votes = dict(db.execute("SELECT vote, COUNT(*) FROM votes GROUP BY vote").fetchall())
            answers = db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
        return FeedbackCounts(up=votes.get("up", 0), down=votes.get("down", 0), answers=answers)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


# A Discord id (a snowflake: up to 20 digits) stored in clear; a keyed hash is 32 hexadecimal characters.
_RAW_ID = "{column} GLOB '[0-9]*' AND {column} NOT GLOB '*[^0-9]*' AND length({column}) <= 20"


def _hash_raw_ids(db: sqlite3.Connection, person: Callable[[str], str]) -> int:
    """Replace the Discord ids that rows written before the hashing hold (voters, askers) by their keyed hash, in one
    transaction; a vote the same person cast again since (under the hash) wins over the old one. Returns the rows."""
    changed = 0
    with db:
        for (raw,) in db.execute(
            f"SELECT DISTINCT user_id FROM votes WHERE {_RAW_ID.format(column='user_id')}"
        ).fetchall():
            hashed = person(raw)
            db.execute(
                "DELETE FROM votes WHERE user_id = ? AND answer_id IN (SELECT answer_id FROM votes WHERE user_id = ?)",
                (raw, hashed),
            )
            changed += db.execute("UPDATE votes SET user_id = ? WHERE user_id = ?", (hashed, raw)).rowcount
        asked = f"SELECT DISTINCT asked_by FROM answers WHERE {_RAW_ID.format(column='asked_by')}"
        for (raw,) in db.execute(asked).fetchall():
            changed += db.execute("UPDATE answers SET asked_by = ? WHERE asked_by = ?", (person(raw), raw)).rowcount
    return changed


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
