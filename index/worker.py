"""`eventbot worker`: the one place where builds, source changes and feed refreshes run when bot processes are
sharded (`builds.mode = "worker"`). It takes jobs from the database (index/jobs.py), runs each with the same core
calls as the local mode (Engine.build, SourceManager.add_url, ...), renews its lease and records the progress while
it runs, and refreshes every part's feeds on their schedule. Every bot process then follows the build it switched.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .engine import Engine
from .errors import EventbotError
from .guilds import Guilds
from .jobs import Job, JobQueue, worker_name
from .models import BuildReport, ChangeResult, ProgressEvent
from .sources import SourceManager, refresh_due_feeds

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerOptions:
    poll_seconds: float = 2.0  # an idle worker looks for a job this often
    feed_refresh_minutes: float = 30.0  # 0: no scheduled refresh
    build_wait_seconds: float = 120.0  # a job waits this long for a build another process is running
    progress_every_seconds: float = 1.0  # the job row's progress and lease are written at most this often
    keep_finished_days: float = 30.0  # finished jobs are forgotten after this (pruned once a day)


class Worker:
    def __init__(
        self,
        queue: JobQueue,
        guilds: Guilds,
        base_sources: SourceManager,
        options: WorkerOptions = WorkerOptions(),
        *,
        name: str | None = None,
    ):
        self.queue = queue
        self.guilds = guilds
        self.base_sources = base_sources
        self.options = options
        self.name = name or worker_name()
        self._next_refresh = 0.0  # monotonic time of the next scheduled feed refresh
        self._next_prune = 0.0
        self.on_finished: Callable[[Job], None] = lambda job: None  # `eventbot worker --json` prints each

    @property
    def engine(self) -> Engine:
        return self.guilds.base

    def run(self, stop: threading.Event) -> None:
        """Run jobs and the feed schedule until `stop` is set (between jobs: a running job is finished first)."""
        log.info("worker %s waiting for build jobs", self.name)
        while not stop.is_set():
            if self.options.feed_refresh_minutes > 0 and time.monotonic() >= self._next_refresh:
                self.refresh_feeds()
                self._next_refresh = time.monotonic() + self.options.feed_refresh_minutes * 60
            if time.monotonic() >= self._next_prune:
                self._prune()
            try:
                job = self.run_once()
            except Exception:  # the database restarting, say: the job's lease brings it back to a worker
                log.exception("worker %s could not reach the job queue; trying again", self.name)
                job = None
            if job is None:
                stop.wait(self.options.poll_seconds)
            else:
                self.on_finished(job)
        log.info("worker %s stopped", self.name)

    def run_once(self) -> Job | None:
        """Claim one job and run it to its end; the job as it ended, or None when none was waiting."""
        job = self.queue.claim(self.name)
        if job is None:
            return None
        log.info("job %d: %s for %s by %s", job.id, job.kind, job.guild_id or "the base", job.requested_by)
        events: dict[str, ProgressEvent] = {}
        done = threading.Event()
        keeper = threading.Thread(target=self._keep_lease, args=(job, events, done), name=f"job-{job.id}-lease")
        keeper.start()
        try:
            result = self._execute(job, lambda event: events.__setitem__(event.stage, event))
        except Exception as exc:
            if not isinstance(exc, EventbotError):
                log.exception("job %d failed", job.id)
            else:
                log.info("job %d refused: %s", job.id, exc)
            done.set()
            keeper.join()
            self.queue.fail(job, self.name, exc)
        else:
            done.set()
            keeper.join()
            self.queue.finish(job, self.name, result)
        return self.queue.get(job.id)

    def _prune(self) -> None:
        self._next_prune = time.monotonic() + 86_400
        try:
            pruned = self.queue.prune(self.options.keep_finished_days * 86_400)
        except Exception:  # the database unreachable now: the next day's pass will do it
            log.warning("could not prune the finished jobs", exc_info=True)
            return
        if pruned:
            log.info("forgot %d finished jobs older than %g days", pruned, self.options.keep_finished_days)

    def _keep_lease(self, job: Job, events: dict[str, ProgressEvent], done: threading.Event) -> None:
        """While the job runs: renew its lease and write its progress (a dead worker stops renewing)."""
        every = min(self.options.progress_every_seconds, self.queue.lease_seconds / 3)
        while not done.wait(every):
            try:
                self.queue.renew(job, self.name, dict(events))
            except Exception:  # the database may be restarting: the next renewal may reach it
                log.warning("could not renew the lease of job %d", job.id, exc_info=True)

    def _execute(self, job: Job, progress: Callable[[ProgressEvent], None]) -> BuildReport | ChangeResult:
        who, argument = job.requested_by, job.argument or ""
        if job.kind == "reindex":
            scope = self.guilds.scope(job.guild_id)
            return scope.build(progress=progress, requested_by=who, wait=self.options.build_wait_seconds)
        manager = self._manager(job.guild_id)
        if job.kind == "add_url":
            return manager.add_url(argument, who)
        if job.kind == "add_feed":
            return manager.add_feed(argument, who)
        if job.kind == "add_file":
            return manager.add_file(argument, self.queue.upload(job.id) or b"", who)
        if job.kind == "remove":
            return manager.remove(int(argument), who)
        if job.kind == "refresh":
            return manager.refresh(who)
        raise EventbotError(f"unknown job kind {job.kind!r}")

    def _manager(self, guild_id: int | None) -> SourceManager:
        return self.base_sources if guild_id is None else self.guilds.manager(guild_id)

    def refresh_feeds(self) -> None:
        """Every part's feeds that are due (the base's, then each guild's): the schedule the bots keep in local mode."""
        managers = [(g, self._manager(g)) for g in [None, *self.guilds.known()]]
        refresh_due_feeds(managers, self.options.feed_refresh_minutes, log)
