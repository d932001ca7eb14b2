"""The feedback store: answers and votes in a real SQLite file at the index root, surviving reopen; the same contract
on a real PostgreSQL server (the `database_url` fixture)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from index.feedback import FeedbackCounts, FeedbackStore
from index.insights import InsightsStore
from index.models import Answer, ArticleRef, Hit, split_sentence_id


def make_answer(*ids: str) -> Answer:
    ref = ArticleRef(id="a", title="A")
    hits = [Hit(text="t", score=1.0, sentence_id=i, position=0, start=0, end=1, article=ref) for i in ids]
    return Answer(question="combien ?", hits=hits, lang="fr")


def test_answers_round_trip_and_survive_reopen(tmp_path):
    store = FeedbackStore.in_index_dir(tmp_path / "idx")
    answer_id = store.save_answer(make_answer("a#1", "b#2"), asked_by="42")
    store.close()
    reopened = FeedbackStore.in_index_dir(tmp_path / "idx")
    stored = reopened.answer(answer_id)
    assert stored is not None and stored.question == "combien ?" and stored.sentence_ids == ["a#1", "b#2"]
    assert reopened.answer(answer_id + 1) is None
    assert (tmp_path / "idx" / "feedback.sqlite").is_file()


def test_votes_count_once_per_user_and_can_change(database_url):
    store = FeedbackStore(database_url)
    first, second = store.save_answer(make_answer("a#0")), store.save_answer(make_answer("a#1"))
    assert store.vote(first, "u1", "up") and store.vote(first, "u2", "up") and store.vote(second, "u1", "down")
    assert store.vote(first, "u1", "up")  # same vote again: still one
    counts = store.counts()
    assert (counts.up, counts.down, counts.answers) == (2, 1, 2)
    store.vote(first, "u2", "down")
    assert (store.counts().up, store.counts().down) == (1, 2)


def test_vote_on_unknown_answer_and_bad_value(database_url):
    store = FeedbackStore(database_url)
    assert store.vote(99, "u", "up") is False
    with pytest.raises(ValueError):
        store.vote(store.save_answer(make_answer("a#0")), "u", "sideways")  # type: ignore[arg-type]  # a bad vote on purpose


def test_concurrent_writers_from_threads(database_url):
    store = FeedbackStore(database_url)
    answer_id = store.save_answer(make_answer("a#0"))
    threads = [threading.Thread(target=store.vote, args=(answer_id, f"u{i}", "up")) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.counts().up == 20


def test_split_sentence_id_allows_hash_in_article_ids():
    assert split_sentence_id("a#b#12") == ("a#b", 12)


def test_raw_ids_written_before_the_hashing_are_hashed_on_open(tmp_path):
    """Rows from before askers and voters were hashed hold Discord ids: opening with the key migrates them, once."""
    insights = InsightsStore.in_index_dir(tmp_path, b"k" * 32, 90)
    old = FeedbackStore(tmp_path / "f.sqlite")  # an older bot: no hashing
    first = old.save_answer(make_answer("a#1"), asked_by="123456789012345678")
    second = old.save_answer(make_answer("b#1"), asked_by=None)
    old.vote(first, "123456789012345678", "up")
    old.vote(first, "876543210987654321", "down")
    old.vote(second, "876543210987654321", "up")
    old.close()
    hashed_voter = insights.person("876543210987654321")
    new = FeedbackStore(tmp_path / "f.sqlite", person=insights.person)
    new.vote(second, hashed_voter, "down")  # voted again since, under the hash: that vote wins
    assert new.counts() == FeedbackCounts(up=1, down=2, answers=2)
    new.close()

    db = sqlite3.connect(tmp_path / "f.sqlite")
    voters = sorted(db.execute("SELECT answer_id, user_id, vote FROM answer_votes").fetchall())
    askers = [r[0] for r in db.execute("SELECT asked_by FROM answers ORDER BY id")]
    db.close()
    assert voters == sorted(
        [
            (first, insights.person("123456789012345678"), "up"),
            (first, hashed_voter, "down"),
            (second, hashed_voter, "down"),
        ]
    )
    assert askers == [insights.person("123456789012345678"), None]
    assert not any("123456789012345678" in str(v) or "876543210987654321" in str(v) for v in voters + askers)
    again = FeedbackStore(tmp_path / "f.sqlite", person=insights.person)  # a second open changes nothing
    assert again.counts() == FeedbackCounts(up=1, down=2, answers=2)
    again.close()


def test_a_feedback_file_from_before_the_move_to_sql_is_read(tmp_path):
    """Its votes table had another name: the file is converted in place and every answer and vote stays."""
    path = tmp_path / "feedback.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, question TEXT NOT NULL,"
        " sentence_ids TEXT NOT NULL, asked_by TEXT);"
        "CREATE TABLE votes (answer_id INTEGER NOT NULL REFERENCES answers(id), user_id TEXT NOT NULL,"
        " vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), voted_at TEXT NOT NULL, PRIMARY KEY (answer_id, user_id));"
        "INSERT INTO answers VALUES (4, '2026-01-01T00:00:00+00:00', 'combien ?', '[\"a#1\"]', NULL);"
        "INSERT INTO votes VALUES (4, 'u1', 'down', '2026-01-01T00:00:00+00:00');"
    )
    db.commit()
    db.close()
    store = FeedbackStore(path)
    assert store.counts() == FeedbackCounts(up=0, down=1, answers=1)
    assert store.answer(4).sentence_ids == ["a#1"] and store.vote(4, "u2", "up")
    assert store.save_answer(make_answer("b#0")) == 5  # ids go on from the old ones
