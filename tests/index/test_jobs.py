"""The build jobs table (index/jobs.py) and the worker that runs its jobs (index/worker.py): queued once, claimed by
one worker only however many race for it, taken again when its worker dies, and run with the core's own calls."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from index.config import IndexConfig, SearchConfig
from index.db import engine_for
from index.engine import Engine
from index.errors import SourceRejected
from index.guilds import Guilds
from index.jobs import JobFailed, JobQueue
from index.models import BuildReport, ProgressEvent
from index.sources import SourceManager
from index.worker import Worker, WorkerOptions
from tests.conftest import HashingEncoder


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(database_url: str) -> sa.Engine:
    """A SQLite file, or a database on a real PostgreSQL server (tests/conftest.py)."""
    return engine_for(database_url)


def _queue(db: sa.Engine, clock: Callable[[], float] | None = None, **kwargs) -> JobQueue:
    queue = JobQueue(db, clock=clock or Clock(), **kwargs)
    queue.create_schema()
    return queue


def test_a_job_goes_from_queued_to_done_with_its_progress_and_report(db):
    queue = _queue(db)
    job = queue.submit("reindex", 42, "mod (7)")
    assert (job.state, job.attempts, job.guild_id) == ("queued", 0, 42)
    assert queue.open_job(42).id == job.id and queue.open_job(None) is None and queue.open_job(43) is None

    claimed = queue.claim("w1")
    assert claimed is not None and (claimed.id, claimed.state, claimed.worker, claimed.attempts) == (
        job.id,
        "running",
        "w1",
        1,
    )
    assert queue.claim("w2") is None  # held
    assert queue.renew(claimed, "w1", {"embed": ProgressEvent(stage="embed", done=3, total=10)})
    assert queue.get(job.id).progress["embed"].done == 3
    assert queue.finish(claimed, "w1", BuildReport(added=["a"], sentences=5))
    done = queue.get(job.id)
    assert done.finished and done.report().added == ["a"]
    assert queue.open_job(42) is None


def test_a_failed_job_raises_the_workers_domain_error_in_the_bot(db):
    queue = _queue(db)
    queue.submit("add_url", None, "mod", argument="http://10.0.0.1/")
    claimed = queue.claim("w")
    assert claimed is not None
    queue.fail(claimed, "w", SourceRejected("address not public: 10.0.0.1"))
    with pytest.raises(SourceRejected, match="not public"):
        queue.get(claimed.id).change()
    queue.submit("reindex", None, "mod")
    other = queue.claim("w")
    assert other is not None
    queue.fail(other, "w", ZeroDivisionError("a bug"))
    with pytest.raises(JobFailed, match="could not finish") as raised:
        queue.get(other.id).report()
    assert "a bug" not in str(raised.value)  # a bug's details stay in the worker's log


def test_a_dead_workers_job_is_taken_again_after_its_lease(db):
    clock = Clock()
    queue = _queue(db, clock, lease_seconds=60, max_attempts=2)
    job = queue.submit("reindex", None, "mod")
    first = queue.claim("dead")
    assert first is not None
    clock.now += 59
    assert queue.claim("alive") is None  # the lease still runs
    clock.now += 2
    second = queue.claim("alive")
    assert second is not None and (second.id, second.worker, second.attempts) == (job.id, "alive", 2)
    assert not queue.finish(first, "dead", BuildReport())  # the dead worker, back, no longer holds it
    assert queue.renew(second, "alive")
    # The second worker dies too: after max_attempts, the job fails instead of taking workers down forever.
    clock.now += 61
    assert queue.claim("third") is None
    failed = queue.get(job.id)
    assert failed.state == "failed"
    with pytest.raises(JobFailed, match="stopped 2 times"):
        failed.report()


def test_workers_racing_never_take_one_job_twice(db):
    queue = _queue(db)
    ids = [queue.submit("refresh", g, "mod").id for g in range(30)]
    taken: list[tuple[str, int]] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        own = JobQueue(db, clock=queue.clock)
        while (job := own.claim(name)) is not None:
            with lock:
                taken.append((name, job.id))

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(job_id for _, job_id in taken) == ids  # each exactly once
    assert sum(Counter(name for name, _ in taken).values()) == 30


def _worker(tmp_path: Path, queue: JobQueue) -> Worker:
    (tmp_path / "src").mkdir(exist_ok=True)
    (tmp_path / "src" / "kirkouk.md").write_text(
        "---\ntitle: Roquettes sur Kirkouk\npublished: 2020-03-01\nlang: fr\n---\n"
        "Trois roquettes se sont abattues lundi sur la base de Kirkouk. Personne n'a été blessé.\n",
        encoding="utf-8",
    )
    config = IndexConfig(sources=tmp_path / "src", index_dir=tmp_path / "idx", model="test-hashing")
    engine = Engine(config, SearchConfig(), encoder_factory=HashingEncoder)
    guilds = Guilds(engine)
    return Worker(queue, guilds, SourceManager(engine), WorkerOptions(feed_refresh_minutes=0), name="w")


def test_the_worker_runs_a_reindex_and_a_guilds_upload(tmp_path, db):
    queue = _queue(db)
    worker = _worker(tmp_path, queue)
    assert worker.run_once() is None  # nothing queued
    queue.submit("reindex", None, "mod (7)")
    done = worker.run_once()
    assert done is not None and done.state == "done", done
    assert done.report().added == ["kirkouk"]
    # Another process (a bot) serves what the worker built.
    reader = Engine(worker.engine.index_config, SearchConfig(), encoder_factory=HashingEncoder)
    assert reader.ask("roquettes Kirkouk").hits

    upload = b"---\ntitle: Drone sur Erbil\nlang: fr\n---\nUn drone a frappe l'aeroport d'Erbil mardi soir.\n"
    queue.submit("add_file", 55, "mod (7)", argument="erbil.md", data=upload)
    added = worker.run_once()
    assert added is not None and added.state == "done", added
    change = added.change()
    assert change.report is not None and len(change.changes[0].articles) == 1
    assert "Erbil" in Guilds(reader).scope(55).ask("drone Erbil").hits[0].text
    assert all("Erbil" not in hit.text for hit in reader.ask("drone Erbil").hits)  # the guild's own, not the base's


def test_a_job_a_dead_worker_held_is_finished_by_the_next(tmp_path, db):
    clock = Clock()
    queue = _queue(db, clock, lease_seconds=30)
    worker = _worker(tmp_path, queue)
    job = queue.submit("reindex", None, "mod")
    assert queue.claim("killed-worker") is not None  # claimed, then the process died: no renewal, no result
    assert worker.run_once() is None
    clock.now += 31
    done = worker.run_once()
    assert done is not None and (done.id, done.state, done.attempts, done.worker) == (job.id, "done", 2, "w")
    assert done.report().added == ["kirkouk"]


def test_finished_jobs_are_forgotten_after_a_while_open_ones_never(db):
    clock = Clock()
    queue = _queue(db, clock)
    old = queue.claim("w") if queue.submit("reindex", 1, "mod") else None
    assert old is not None
    queue.finish(old, "w", BuildReport())
    waiting = queue.submit("reindex", 2, "mod")
    clock.now += 31 * 86_400
    recent = queue.claim("w")
    assert recent is not None and recent.id == waiting.id
    queue.finish(recent, "w", BuildReport())
    queued = queue.submit("reindex", 3, "mod")
    assert queue.prune(30 * 86_400) == 1
    with pytest.raises(LookupError):
        queue.get(old.id)
    assert queue.get(recent.id).state == "done" and queue.get(queued.id).state == "queued"


_DOOMED_WORKER = """
import sys, time
from index.config import IndexConfig, SearchConfig
from index.db import engine_for
from index.engine import Engine
from index.guilds import Guilds
from index.jobs import JobQueue
from index.sources import SourceManager
from index.worker import Worker, WorkerOptions
from tests.conftest import HashingEncoder

class Stuck(HashingEncoder):
    def encode(self, texts, **kwargs):
        if len(texts) > 1:
            time.sleep(600)  # embedding forever: the test kills this process meanwhile
        return super().encode(texts, **kwargs)

url, sources, index_dir = sys.argv[1:4]
config = IndexConfig(sources=sources, index_dir=index_dir, model="test-hashing")
engine = Engine(config, SearchConfig(), encoder_factory=Stuck)
queue = JobQueue(engine_for(url), lease_seconds=2)
options = WorkerOptions(feed_refresh_minutes=0, progress_every_seconds=0.2)
Worker(queue, Guilds(engine), SourceManager(engine), options, name="doomed").run_once()
"""


def test_a_worker_killed_during_a_build_leaves_its_job_to_the_next_once_the_lease_expires(tmp_path, db, database_url):
    import os
    import signal
    import subprocess
    import sys
    import time

    queue = _queue(db, time.time, lease_seconds=2)
    worker = _worker(tmp_path, queue)
    job = queue.submit("reindex", None, "mod (7)")
    root = Path(__file__).resolve().parents[2]
    doomed = subprocess.Popen(
        [sys.executable, "-c", _DOOMED_WORKER, database_url, str(tmp_path / "src"), str(tmp_path / "idx")],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        deadline = time.monotonic() + 60
        leases: set[float | None] = set()
        while len(leases) < 3:  # claimed, and its lease renewed while it embeds
            assert time.monotonic() < deadline and doomed.poll() is None, "the doomed worker never ran the job"
            row = queue.get(job.id)
            if row.worker == "doomed":
                leases.add(row.lease_until)
            time.sleep(0.1)
        assert worker.run_once() is None  # held: its lease is alive
    finally:
        doomed.send_signal(signal.SIGKILL)
        doomed.wait()
    killed_at = time.monotonic()
    while (done := worker.run_once()) is None:
        assert time.monotonic() - killed_at < 30, "nobody took the dead worker's job"
        time.sleep(0.2)
    assert time.monotonic() - killed_at >= 1.0  # not before its lease ran out
    assert (done.id, done.state, done.attempts, done.worker) == (job.id, "done", 2, "w")
    assert done.report().added == ["kirkouk"]
