"""What members asked and whether they found it: every question, kept `retention_days`, for moderators' insights.

In SQL (index/db.py): by default one SQLite file at the index directory's root (`insights.sqlite`, beside the
builds, so it survives rebuilds), else the database that `database.url` names. A question is stored with its
language, guild (NULL in DMs), time, whether it was answered, the best score and the cited sentence ids; the person
who asked (and who voted) only as a keyed hash (HMAC-SHA256 with a secret key), which counts distinct people without
keeping their ids. Rows older than the retention are deleted on every write at most once an hour, and by `purge()`.
A file written by an older version (its votes in a table named `votes`) is converted in place when it is opened.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from . import lexical
from .config import DatabaseConfig
from .db import TIME_TEXT, database_url, engine_for, ensure_schema, is_sqlite, transaction, upsert
from .models import Lang

metadata = sa.MetaData()
questions = sa.Table(
    "questions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("asked_at", TIME_TEXT, nullable=False, index=True),
    sa.Column("guild_id", sa.BigInteger),  # NULL: a DM
    sa.Column("asker", sa.Text, nullable=False),  # keyed hash, never the user id
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("lang", sa.Text, nullable=False),
    sa.Column("answered", sa.Integer, nullable=False),
    sa.Column("best_score", sa.Float),
    sa.Column("sentence_ids", sa.Text, nullable=False),  # JSON list of "article#position", best first
    # the feedback store's answer id (the buttons' custom ids carry it)
    sa.Column("answer_id", sa.Integer, index=True),
    sqlite_autoincrement=True,
)
votes = sa.Table(
    "question_votes",
    metadata,
    sa.Column("question_id", sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("voter", sa.Text, primary_key=True),  # keyed hash
    sa.Column("vote", sa.Text, sa.CheckConstraint("vote IN ('up', 'down')"), nullable=False),
)


# Statements built once, their values bound at each call (building them per call costs more than SQLite's insert).
_RECORD = questions.insert().returning(questions.c.id)
_CARRYING = sa.select(questions.c.id).where(questions.c.answer_id == sa.bindparam("answer_id"))


def upgrade_v1(conn: sa.Connection) -> None:
    """A file from before the registries moved to SQL: its votes table is renamed (feedback has votes too), its
    indexes get SQLAlchemy's names."""
    if is_sqlite(conn):
        names = set(sa.inspect(conn).get_table_names())
        if {"questions", "votes"} <= names and "question_votes" not in names:
            conn.exec_driver_sql("ALTER TABLE votes RENAME TO question_votes")
        conn.exec_driver_sql("DROP INDEX IF EXISTS questions_when")
        conn.exec_driver_sql("DROP INDEX IF EXISTS questions_answer")


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

    def __init__(self, target: str | Path, key: bytes, retention_days: int = 90):
        """`target`: a database URL or a SQLite file's path."""
        if not key:
            raise ValueError("the insights hashing key is empty")
        self.path = Path(target) if isinstance(target, Path) or "://" not in target else None  # None: a database
        self.retention_days = retention_days
        self._key = key
        self._engine = engine_for(target, wal=True)
        self._ready = False
        vote = upsert(self._engine, votes)  # built once: its parameters are bound at each call
        self._vote = vote.on_conflict_do_update(
            index_elements=[votes.c.question_id, votes.c.voter], set_={"vote": vote.excluded.vote}
        )
        self._purged_at: dt.datetime | None = None

    @classmethod
    def in_index_dir(
        cls, index_dir: Path, key: bytes, retention_days: int = 90, database: DatabaseConfig | None = None
    ) -> InsightsStore:
        return cls(database_url(database, Path(index_dir) / "insights.sqlite"), key, retention_days)

    def person(self, user_id: int | str) -> str:
        """The keyed hash that stands for a user: the same user, the same hash; the id cannot be read back."""
        return hmac.new(self._key, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]

    def _begin(self, *, write: bool = True):
        if not self._ready:
            ensure_schema(self._engine, metadata, upgrade_v1)
            self._ready = True
        return transaction(self._engine, write=write)

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
        row = {
            "asked_at": _iso(when),
            "guild_id": guild_id,
            "asker": self.person(user_id),
            "question": question,
            "lang": str(lang),
            "answered": int(bool(sentence_ids)),
            "best_score": best_score,
            "sentence_ids": json.dumps(sentence_ids),
            "answer_id": answer_id,
        }
        with self._begin() as db:
            question_id = int(db.execute(_RECORD, row).scalar_one())
        self._purge_now_and_then(when)
        return question_id

    def vote(self, answer_id: int, user_id: int | str, vote: str) -> bool:
        """A 👍/👎 on the answer the feedback store knows as `answer_id`; False when no question carries it."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        with self._begin() as db:
            question_id = db.execute(_CARRYING, {"answer_id": answer_id}).scalar()
            if question_id is None:
                return False
            db.execute(self._vote, {"question_id": question_id, "voter": self.person(user_id), "vote": vote})
            return True

    def purge(self, now: dt.datetime | None = None) -> int:
        """Delete the questions (and their votes) older than the retention; returns how many went."""
        cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=self.retention_days)
        with self._begin() as db:
            return db.execute(questions.delete().where(questions.c.asked_at < _iso(cutoff))).rowcount

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
        where = [questions.c.asked_at >= _iso(since)]
        if guild_id == DM:
            where.append(questions.c.guild_id.is_(None))
        elif guild_id is not None and guild_id != ALL_GUILDS:
            where.append(questions.c.guild_id == guild_id)
        q = questions.c
        down = sa.func.sum(sa.case((votes.c.vote == "down", 1), else_=0))
        up = sa.func.sum(sa.case((votes.c.vote == "up", 1), else_=0))
        with self._begin(write=False) as db:
            rows = db.execute(
                sa.select(q.id, q.question, q.lang, q.answered, q.sentence_ids, q.asker).where(*where)
            ).all()
            votes_of = db.execute(
                sa.select(votes.c.question_id, down, up)
                .where(votes.c.question_id.in_(sa.select(q.id).where(*where)))
                .group_by(votes.c.question_id)
            ).all()
        insights = Insights(days=days, questions=len(rows), answered=sum(r[3] for r in rows))
        insights.askers = len({r[5] for r in rows})
        insights.top = group_questions([(r[1], r[2]) for r in rows])[:limit]
        insights.unanswered = group_questions([(r[1], r[2]) for r in rows if not r[3]])[:limit]
        by_id = {r[0]: r for r in rows}
        downvoted = [
            DownvotedAnswer(question=by_id[qid][1], sentence_ids=json.loads(by_id[qid][4]), down=down, up=up)
            for qid, down, up in votes_of
            if down > up
        ]
        insights.downvoted = sorted(downvoted, key=lambda d: (-d.down, d.question))[:limit]
        cited: Counter[str] = Counter()
        for r in rows:
            cited.update({sid.rpartition("#")[0] for sid in json.loads(r[4])})
        insights.cited = sorted(cited.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return insights

    def close(self) -> None:
        """The connections the engine's pool keeps are closed (the store still works: it would open new ones)."""
        self._engine.dispose()


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")
