"""The insights store: questions kept for the retention, askers only as keyed hashes, grouped near-duplicates."""

from __future__ import annotations

import datetime as dt
import sqlite3

from index.insights import ALL_GUILDS, DM, InsightsStore, group_questions, load_key

NOW = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


def store(tmp_path, retention=90) -> InsightsStore:
    return InsightsStore(tmp_path / "insights.sqlite", b"k" * 32, retention)


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


def test_user_ids_are_never_stored_in_clear(tmp_path):
    s = store(tmp_path)
    ask(s, "combien de roquettes ?", user=123456789012345678)
    s.vote  # noqa: B018 - the method exists; votes are hashed the same way (below)
    raw = tmp_path.joinpath("insights.sqlite").read_bytes()
    assert b"123456789012345678" not in raw
    assert s.person(123456789012345678) == s.person("123456789012345678") != s.person(1)
    other_key = InsightsStore(tmp_path / "other.sqlite", b"x" * 32)
    assert other_key.person(1) != s.person(1)  # keyed: the hash cannot be recomputed without the key


def test_summary_rate_top_unanswered_grouped_and_scoped_by_guild(tmp_path):
    s = store(tmp_path)
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


def test_downvoted_answers_come_with_their_question_and_cited_sentences(tmp_path):
    s = store(tmp_path)
    ask(s, "combien de roquettes ?", cited=["balad#1"], answer_id=7)
    ask(s, "où est Balad ?", cited=["balad#0"], answer_id=8)
    assert s.vote(7, 1, "down") and s.vote(7, 2, "down") and s.vote(8, 1, "up")
    assert s.vote(7, 2, "down")  # the same person voting again changes nothing
    assert not s.vote(99, 1, "down")
    (bad,) = s.summary(30, now=NOW + dt.timedelta(minutes=1)).downvoted
    assert (bad.question, bad.sentence_ids, bad.down, bad.up) == ("combien de roquettes ?", ["balad#1"], 2, 0)


def test_retention_purges_old_questions_and_their_votes(tmp_path):
    s = store(tmp_path, retention=90)
    ask(s, "old", days_ago=120, answer_id=1, cited=["a#1"])
    s.vote(1, 5, "down")
    assert s.purge(NOW) == 1
    ask(s, "new")
    db = sqlite3.connect(tmp_path / "insights.sqlite")
    assert db.execute("SELECT question FROM questions").fetchall() == [("new",)]
    assert db.execute("SELECT COUNT(*) FROM votes").fetchone() == (0,)


def test_recording_purges_by_itself(tmp_path):
    s = store(tmp_path, retention=1)
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
