"""The insights store: questions kept for the retention, askers only as keyed hashes, grouped near-duplicates."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from index.db import engine_for
from index.insights import ALL_GUILDS, DM, InsightsStore, group_questions, load_key, questions, votes

NOW = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


def store(target, retention=90) -> InsightsStore:
    """On a SQLite file (a folder) or the `database_url` fixture's database (SQLite or PostgreSQL)."""
    return InsightsStore(target if isinstance(target, str) else target / "insights.sqlite", b"k" * 32, retention)


def rows(database: str, table: sa.Table) -> list[tuple]:
    with engine_for(database).connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(table))]


def ask(s: InsightsStore, q: str, *, guild=1, user=42, cited=(), days_ago=0, answer_id=None, lang="fr") -> int:
    return s.record(
        q,
        lang,
        guild_id=guild,
        user_id=user,
        sentence_ids=list(cited),
        best_score=0.8 if cited else 0.1,
        answer_id=answer_id,
        at=NOW - dt.timedelta(days=days_ago),
    )


def test_user_ids_are_never_stored_in_clear(tmp_path, database_url):
    s = store(tmp_path)
    ask(s, "combien de roquettes ?", user=123456789012345678)
    s.vote  # noqa: B018 - the method exists; votes are hashed the same way (below)
    raw = tmp_path.joinpath("insights.sqlite").read_bytes()
    assert b"123456789012345678" not in raw
    shared = store(database_url)
    ask(shared, "combien de roquettes ?", user=123456789012345678, answer_id=3)
    assert shared.vote(3, 876543210987654321, "up")
    stored = str(rows(database_url, questions) + rows(database_url, votes))
    assert shared.person(123456789012345678) in stored and shared.person(876543210987654321) in stored
    assert "123456789012345678" not in stored and "876543210987654321" not in stored
    assert s.person(123456789012345678) == s.person("123456789012345678") != s.person(1)
    other_key = InsightsStore(tmp_path / "other.sqlite", b"x" * 32)
    assert other_key.person(1) != s.person(1)  # keyed: the hash cannot be recomputed without the key


def test_summary_rate_top_unanswered_grouped_and_scoped_by_guild(database_url):
    s = store(database_url)
    ask(s, "Combien de roquettes à Balad ?", cited=["balad#1"], user=1)
    ask(s, "combien de roquettes a Balad", cited=["balad#1", "kirkouk#2"], user=2)
    ask(s, "Qui a revendiqué l'attaque de Gao ?", user=1)
    ask(s, "qui a revendiqué l'attaque de Gao", user=3)
    ask(s, "Quel temps fait-il ?", user=3)
    ask(s, "roquettes ?", guild=2, user=9)
    ask(s, "question in a DM", guild=None, user=9, lang="en")
    ask(s, "too old to count", days_ago=40)

    one = s.summary(30, guild_id=1, now=NOW)
    assert (one.questions, one.answered, one.askers) == (5, 2, 3)
    assert round(one.answer_rate, 2) == 0.4
    assert one.unanswered[0].count == 2 and one.unanswered[0].variants == 2 and "Gao" in one.unanswered[0].question
    assert [g.count for g in one.unanswered] == [2, 1]
    assert one.top[0].count == 2
    assert one.cited == [("balad", 2), ("kirkouk", 1)]

    assert s.summary(30, guild_id=2, now=NOW).questions == 1
    assert s.summary(30, guild_id=DM, now=NOW).questions == 1
    assert s.summary(30, guild_id=ALL_GUILDS, now=NOW).questions == 7
    assert s.summary(60, guild_id=1, now=NOW).questions == 6


def test_downvoted_answers_come_with_their_question_and_cited_sentences(database_url):
    s = store(database_url)
    ask(s, "combien de roquettes ?", cited=["balad#1"], answer_id=7)
    ask(s, "où est Balad ?", cited=["balad#0"], answer_id=8)
    assert s.vote(7, 1, "down") and s.vote(7, 2, "down") and s.vote(8, 1, "up")
    assert s.vote(7, 2, "down")  # the same person voting again changes nothing
    assert not s.vote(99, 1, "down")
    (bad,) = s.summary(30, now=NOW + dt.timedelta(minutes=1)).downvoted
    assert (bad.question, bad.sentence_ids, bad.down, bad.up) == ("combien de roquettes ?", ["balad#1"], 2, 0)


def test_retention_purges_old_questions_and_their_votes(database_url):
    s = store(database_url, retention=90)
    ask(s, "old", days_ago=120, answer_id=1, cited=["a#1"])
    s.vote(1, 5, "down")
    assert s.purge(NOW) == 1
    ask(s, "new")
    assert [r[4] for r in rows(database_url, questions)] == ["new"]
    assert rows(database_url, votes) == []


def test_recording_purges_by_itself(database_url):
    s = store(database_url, retention=1)
    ask(s, "old", days_ago=3)
    s._purged_at = None
    ask(s, "new")
    assert s.summary(30, now=NOW).questions == 1


def test_key_file_is_created_once_and_private(tmp_path):
    path = tmp_path / "keys" / "insights.key"
    key = load_key(path)
    assert len(key) == 32 and load_key(path) == key
    assert path.stat().st_mode & 0o077 == 0


def test_group_questions_keeps_different_questions_apart():
    groups = group_questions(
        [("combien de roquettes ?", "fr"), ("Combien de roquettes", "fr"), ("qui a tiré les roquettes ?", "fr")]
    )
    assert [(g.count, g.variants) for g in groups] == [(2, 2), (1, 1)]


def test_an_insights_file_from_before_the_move_to_sql_is_read(tmp_path):
    """Its votes table had another name: the file is converted in place and every question and vote stays."""
    import sqlite3

    db = sqlite3.connect(tmp_path / "insights.sqlite")
    db.executescript(
        "CREATE TABLE questions (id INTEGER PRIMARY KEY AUTOINCREMENT, asked_at TEXT NOT NULL, guild_id INTEGER,"
        " asker TEXT NOT NULL, question TEXT NOT NULL, lang TEXT NOT NULL, answered INTEGER NOT NULL, best_score REAL,"
        " sentence_ids TEXT NOT NULL, answer_id INTEGER);"
        "CREATE INDEX questions_when ON questions(asked_at); CREATE INDEX questions_answer ON questions(answer_id);"
        "CREATE TABLE votes (question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
        " voter TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), PRIMARY KEY (question_id, voter));"
        "INSERT INTO questions VALUES (1, '2026-05-30T12:00:00+00:00', 1, 'h', 'combien ?', 'fr', 1, 0.9,"
        " '[\"balad#1\"]', 7);"
        "INSERT INTO votes VALUES (1, 'h1', 'down');"
    )
    db.commit()
    db.close()
    s = store(tmp_path)
    summary = s.summary(30, now=NOW)
    assert (summary.questions, summary.answered) == (1, 1)
    assert [(d.question, d.down) for d in summary.downvoted] == [("combien ?", 1)]
    assert s.vote(7, 2, "down") and s.summary(30, now=NOW).downvoted[0].down == 2
    assert s.purge(NOW + dt.timedelta(days=400)) == 1 and s.summary(3650, now=NOW).questions == 0
