"""What members asked and whether they found it: every question, kept `retention_days`, for moderators' insights.

One SQLite file at the index directory's root (`insights.sqlite`, beside the builds, so it survives rebuilds). A
question is stored with its language, guild (NULL in DMs), time, whether it was answered, the best score and the
cited sentence ids; the person who asked (and who voted) only as a keyed hash (HMAC-SHA256 with a secret key), which
counts distinct people without keeping their ids. Rows older than the retention are deleted on every write at most
once an hour, and by `purge()`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import lexical
from .models import Lang

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at TEXT NOT NULL,
    guild_id INTEGER,               -- NULL: a DM
    asker TEXT NOT NULL,            -- keyed hash, never the user id
    question TEXT NOT NULL,
    lang TEXT NOT NULL,
    answered INTEGER NOT NULL,
    best_score REAL,
    sentence_ids TEXT NOT NULL,     -- JSON list of "article#position", best first
    answer_id INTEGER               -- the feedback store's answer id (the buttons' custom ids carry it)
);
CREATE INDEX IF NOT EXISTS questions_when ON questions(asked_at);
CREATE INDEX IF NOT EXISTS questions_answer ON questions(answer_id);
CREATE TABLE IF NOT EXISTS votes (
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    voter TEXT NOT NULL,            -- keyed hash
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    PRIMARY KEY (question_id, voter)
);
"""

ALL_GUILDS = -1  # summary(guild_id=ALL_GUILDS): every guild and the DMs (the operator's view)
DM = 0  # summary(guild_id=DM): questions asked in DMs


def load_key(path: Path) -> bytes:
    """The hashing key in `path`, created (random, owner-only) if it does not exist yet."""
    path = Path(path)
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key.hex() + "\n")
        return key


@dataclass(frozen=True)
class QuestionGroup:
    question: str  # the most frequent wording
    count: int
    variants: int  # distinct wordings grouped with it


@dataclass(frozen=True)
class DownvotedAnswer:
    question: str
    sentence_ids: list[str]
    down: int
    up: int


@dataclass
class Insights:
    days: int
    questions: int = 0
    answered: int = 0
    askers: int = 0
    top: list[QuestionGroup] = field(default_factory=list)
    unanswered: list[QuestionGroup] = field(default_factory=list)
    downvoted: list[DownvotedAnswer] = field(default_factory=list)
    cited: list[tuple[str, int]] = field(default_factory=list)  # (article id, times cited)

    @property
    def answer_rate(self) -> float:
        return self.answered / self.questions if self.questions else 0.0

    def as_json(self) -> dict:
        return {
            "days": self.days,
            "questions": self.questions,
            "answered": self.answered,
            "answer_rate": round(self.answer_rate, 4),
            "askers": self.askers,
            "top": [vars(g) for g in self.top],
            "unanswered": [vars(g) for g in self.unanswered],
            "downvoted": [vars(d) for d in self.downvoted],
            "cited": [{"article_id": a, "count": n} for a, n in self.cited],
        }


def _wording(question: str) -> set[str]:
    """The question's words, accent-folded and lowercased, without a plural s: its wording, stop words included (they
    tell `qui` from `combien`)."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in lexical.words(lexical.fold(question))}


def group_questions(rows: list[tuple[str, str]], threshold: float = 0.6) -> list[QuestionGroup]:
    """Near-duplicate questions grouped (greedy, Jaccard of their folded words >= threshold), largest first.

    `rows` are (question, lang). Wordings are grouped, not meanings: `combien de roquettes ?` and
    `Combien de roquettes` fall together, a paraphrase with other words does not."""
    wordings = Counter(" ".join(q.split()) for q, _lang in rows)
    groups: list[tuple[set[str], Counter[str]]] = []
    for question, count in wordings.most_common():
        tokens = _wording(question)
        for stems, members in groups:
            union = stems | tokens
            if union and len(stems & tokens) / len(union) >= threshold:
                members[question] += count
                break
        else:
            groups.append((tokens, Counter({question: count})))
    out = [
        QuestionGroup(question=members.most_common(1)[0][0], count=sum(members.values()), variants=len(members))
        for _, members in groups
    ]
    return sorted(out, key=lambda g: (-g.count, g.question))


class InsightsStore:
    """Thread-safe; every call is a short transaction, so call it from a worker thread in async code."""

    def __init__(self, path: Path, key: bytes, retention_days: int = 90):
        if not key:
            raise ValueError("the insights hashing key is empty")
        self.path = Path(path)
        self.retention_days = retention_days
        self._key = key
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._purged_at: dt.datetime | None = None

    @classmethod
    def in_index_dir(cls, index_dir: Path, key: bytes, retention_days: int = 90) -> InsightsStore:
        return cls(Path(index_dir) / "insights.sqlite", key, retention_days)

    def person(self, user_id: int | str) -> str:
        """The keyed hash that stands for a user: the same user, the same hash; the id cannot be read back."""
        return hmac.new(self._key, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=5.0)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.executescript(_SCHEMA)
            self._db = db
        return self._db

    # --- writing ------------------------------------------------------------------------------
    def record(
        self,
        question: str,
        lang: Lang | str,
        *,
        guild_id: int | None,
        user_id: int | str,
        sentence_ids: list[str],
        best_score: float | None,
        answer_id: int | None = None,
        at: dt.datetime | None = None,
    ) -> int:
        """One question asked (answered when it cites sentences); returns its id."""
        when = at or dt.datetime.now(dt.UTC)
        with self._lock, self._conn() as db:
            cur = db.execute(
                "INSERT INTO questions (asked_at, guild_id, asker, question, lang, answered, best_score, sentence_ids,"
                " answer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _iso(when),
                    guild_id,
                    self.person(user_id),
                    question,
                    str(lang),
                    int(bool(sentence_ids)),
                    best_score,
                    json.dumps(sentence_ids),
                    answer_id,
                ),
            )
            question_id = int(cur.lastrowid or 0)
        self._purge_now_and_then(when)
        return question_id

    def vote(self, answer_id: int, user_id: int | str, vote: str) -> bool:
        """A 👍/👎 on the answer the feedback store knows as `answer_id`; False when no question carries it."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        with self._lock, self._conn() as db:
            row = db.execute("SELECT id FROM questions WHERE answer_id = ?", (answer_id,)).fetchone()
            if row is None:
                return False
            db.execute(
                "INSERT INTO votes (question_id, voter, vote) VALUES (?, ?, ?) "
                "ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote",
                (row[0], self.person(user_id), vote),
            )
            return True

    def purge(self, now: dt.datetime | None = None) -> int:
        """Delete the questions (and their votes) older than the retention; returns how many went."""
        cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=self.retention_days)
        with self._lock, self._conn() as db:
            cur = db.execute("DELETE FROM questions WHERE asked_at < ?", (_iso(cutoff),))
            return cur.rowcount

    def _purge_now_and_then(self, now: dt.datetime) -> None:
        if self._purged_at is None or now - self._purged_at > dt.timedelta(hours=1):
            self._purged_at = now
            self.purge(now)

    # --- reading ------------------------------------------------------------------------------
    def summary(
        self, days: int = 30, *, guild_id: int | None = ALL_GUILDS, now: dt.datetime | None = None, limit: int = 10
    ) -> Insights:
        """The last `days` days: answer rate, most asked, not found (near-duplicates grouped), answers voted down
        (more 👎 than 👍) with their cited sentences, and the articles cited most. `guild_id`: one guild's questions,
        DM for the DMs, ALL_GUILDS for everything."""
        since = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
        where = "asked_at >= ?"
        params: list[object] = [_iso(since)]
        if guild_id == DM:
            where += " AND guild_id IS NULL"
        elif guild_id is not None and guild_id != ALL_GUILDS:
            where += " AND guild_id = ?"
            params.append(guild_id)
        with self._lock:
            db = self._conn()
            rows = db.execute(
                f"SELECT id, question, lang, answered, sentence_ids, asker FROM questions WHERE {where}", params
            ).fetchall()
            votes = db.execute(
                "SELECT question_id, SUM(vote = 'down'), SUM(vote = 'up') FROM votes WHERE question_id IN "
                f"(SELECT id FROM questions WHERE {where}) GROUP BY question_id",
                params,
            ).fetchall()
        insights = Insights(days=days, questions=len(rows), answered=sum(r[3] for r in rows))
        insights.askers = len({r[5] for r in rows})
        insights.top = group_questions([(r[1], r[2]) for r in rows])[:limit]
        insights.unanswered = group_questions([(r[1], r[2]) for r in rows if not r[3]])[:limit]
        by_id = {r[0]: r for r in rows}
        downvoted = [
            DownvotedAnswer(question=by_id[qid][1], sentence_ids=json.loads(by_id[qid][4]), down=down, up=up)
            for qid, down, up in votes
            if down > up
        ]
        insights.downvoted = sorted(downvoted, key=lambda d: (-d.down, d.question))[:limit]
        cited: Counter[str] = Counter()
        for r in rows:
            cited.update({sid.rpartition("#")[0] for sid in json.loads(r[4])})
        insights.cited = sorted(cited.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return insights

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")
