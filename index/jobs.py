"""Build jobs in the database: what bot processes ask for (/reindex, /source add|remove|refresh) and one worker runs.

A job is a row of `build_jobs`: queued by a bot process, claimed by a worker, which records its progress and renews
its lease while it runs, then its result (a BuildReport or a ChangeResult, as JSON) or its error. The bot process
that queued it polls the row and shows the moderator its progress.

Claiming is safe with several workers: PostgreSQL locks the candidate row with FOR UPDATE SKIP LOCKED (a second
worker skips it instead of waiting), and on every database the claim is an UPDATE guarded by the state the row was
read in, so two workers can never both take one job. A worker that dies holding a job stops renewing its lease;
once the lease expires the job is taken again, and after `max_attempts` such deaths it fails.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

import sqlalchemy as sa

from . import errors
from .db import ensure_schema, transaction
from .engine import BuildStatus
from .errors import EventbotError, first_line
from .models import BuildReport, ChangeResult, ProgressEvent

log = logging.getLogger(__name__)

JobKind = Literal["reindex", "add_url", "add_feed", "add_file", "remove", "refresh"]
JobState = Literal["queued", "running", "done", "failed"]
KINDS: tuple[str, ...] = get_args(JobKind)
OPEN_STATES = ("queued", "running")

metadata = sa.MetaData()

build_jobs = sa.Table(
    "build_jobs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("guild_id", sa.BigInteger, nullable=True),  # None: the shared base
    sa.Column("requested_by", sa.String(200), nullable=False),
    sa.Column("argument", sa.Text, nullable=True),  # the url, the feed, the file's name, the source's id
    sa.Column("data", sa.LargeBinary, nullable=True),  # an uploaded file's bytes
    sa.Column("state", sa.String(8), nullable=False, default="queued"),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("worker", sa.String(200), nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),  # Unix time: the same on every database
    sa.Column("started_at", sa.Float, nullable=True),
    sa.Column("lease_until", sa.Float, nullable=True),
    sa.Column("finished_at", sa.Float, nullable=True),
    sa.Column("progress", sa.Text, nullable=True),  # {stage: ProgressEvent} as JSON
    sa.Column("result", sa.Text, nullable=True),  # the BuildReport or ChangeResult as JSON
    sa.Column("error_kind", sa.String(40), nullable=True),  # the domain error's class (index.errors)
    sa.Column("error", sa.Text, nullable=True),  # its one-line message
    sa.Index("build_jobs_open", "state", "id"),
)


class JobFailed(EventbotError):
    """A job the worker could not finish for a reason that is not the user's (it logged the details)."""


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    guild_id: int | None
    requested_by: str
    argument: str | None
    state: str
    attempts: int
    worker: str | None
    created_at: float
    started_at: float | None
    lease_until: float | None  # a running job whose lease has passed is taken again
    finished_at: float | None
    progress: dict[str, ProgressEvent] = field(default_factory=dict)
    result: str | None = None
    error_kind: str | None = None
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    def report(self) -> BuildReport:
        """A finished /reindex's report (raises the job's error if it failed)."""
        self.raise_for_error()
        assert self.result is not None, f"job {self.id} has no result yet"
        return BuildReport.model_validate_json(self.result)

    def change(self) -> ChangeResult:
        """A finished source change's result (raises the job's error if it failed)."""
        self.raise_for_error()
        assert self.result is not None, f"job {self.id} has no result yet"
        return ChangeResult.model_validate_json(self.result)

    def build_status(self) -> BuildStatus:
        """The job as /status shows a build: running (queued or claimed) since, or finished, with its report."""
        if not self.finished:
            return BuildStatus(
                running=True,
                started_at=_time(self.started_at or self.created_at),
                requested_by=self.requested_by,
                progress=self.progress.get("embed") or self.progress.get("segment"),
            )
        report = None
        if self.state == "done" and self.result is not None:
            report = self.report() if self.kind == "reindex" else self.change().report
        return BuildStatus(
            started_at=_time(self.started_at or self.created_at),
            finished_at=_time(self.finished_at or self.created_at),
            requested_by=self.requested_by,
            last_report=report,
            last_error=self.error if self.state == "failed" else None,
        )

    def raise_for_error(self) -> None:
        """The domain error the worker met (BuildInProgress, SourceRejected, ...) raised again here, for the adapter
        to word as it words its own."""
        if self.state != "failed":
            return
        kind = getattr(errors, self.error_kind or "", None)
        if isinstance(kind, type) and issubclass(kind, EventbotError) and kind is not EventbotError:
            raise kind(self.error or "")
        raise JobFailed(self.error or f"job {self.id} failed")


def _time(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _job(row: sa.Row) -> Job:
    progress = {stage: ProgressEvent.model_validate(e) for stage, e in json.loads(row.progress or "{}").items()}
    return Job(
        id=row.id,
        kind=row.kind,
        guild_id=row.guild_id,
        requested_by=row.requested_by,
        argument=row.argument,
        state=row.state,
        attempts=row.attempts,
        worker=row.worker,
        created_at=row.created_at,
        started_at=row.started_at,
        lease_until=row.lease_until,
        finished_at=row.finished_at,
        progress=progress,
        result=row.result,
        error_kind=row.error_kind,
        error=row.error,
    )


def worker_name() -> str:
    """Who holds a job, for the logs and for the guards: host and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


_COLUMNS = [c for c in build_jobs.c if c.name != "data"]  # the upload is read by the worker only, once


class JobQueue:
    """The build jobs table: queue (bot processes), claim, progress, finish (the worker), read (both)."""

    def __init__(
        self,
        engine: sa.Engine,
        *,
        lease_seconds: float = 60.0,
        max_attempts: int = 3,
        clock: Callable[[], float] = time.time,
    ):
        self.engine = engine
        self.lease_seconds = lease_seconds
        self.max_attempts = max_attempts
        self.clock = clock

    def create_schema(self) -> None:
        ensure_schema(self.engine, metadata)

    # --- bot processes -------------------------------------------------------------------------
    def submit(
        self,
        kind: JobKind,
        guild_id: int | None,
        requested_by: str,
        *,
        argument: str | None = None,
        data: bytes | None = None,
    ) -> Job:
        if kind not in KINDS:
            raise ValueError(f"unknown job kind {kind!r}")
        values = {
            "kind": kind,
            "guild_id": guild_id,
            "requested_by": requested_by[:200],
            "argument": argument,
            "data": data,
            "state": "queued",
            "attempts": 0,
            "created_at": self.clock(),
        }
        with transaction(self.engine) as conn:
            job_id = conn.execute(build_jobs.insert().values(**values).returning(build_jobs.c.id)).scalar_one()
        log.info("queued job %d: %s for %s by %s", job_id, kind, guild_id or "the base", requested_by)
        return self.get(job_id)

    def get(self, job_id: int) -> Job:
        with transaction(self.engine, write=False) as conn:
            row = conn.execute(sa.select(*_COLUMNS).where(build_jobs.c.id == job_id)).one_or_none()
        if row is None:
            raise LookupError(f"no build job {job_id}")
        return _job(row)

    def open_job(self, guild_id: int | None, kinds: tuple[str, ...] = ("reindex",)) -> Job | None:
        """The oldest queued or running job of these kinds for this part (None: the base), if any."""
        part = build_jobs.c.guild_id.is_(None) if guild_id is None else build_jobs.c.guild_id == guild_id
        query = (
            sa.select(*_COLUMNS)
            .where(part, build_jobs.c.kind.in_(kinds), build_jobs.c.state.in_(OPEN_STATES))
            .order_by(build_jobs.c.id)
            .limit(1)
        )
        with transaction(self.engine, write=False) as conn:
            row = conn.execute(query).one_or_none()
        return _job(row) if row is not None else None

    def latest(self, guild_id: int | None) -> Job | None:
        """What /status shows of this part's builds: its open job (the oldest), else the last one that ended."""
        part = build_jobs.c.guild_id.is_(None) if guild_id is None else build_jobs.c.guild_id == guild_id
        job = self.open_job(guild_id, KINDS)
        if job is not None:
            return job
        query = sa.select(*_COLUMNS).where(part).order_by(build_jobs.c.finished_at.desc(), build_jobs.c.id.desc())
        with transaction(self.engine, write=False) as conn:
            row = conn.execute(query.limit(1)).one_or_none()
        return _job(row) if row is not None else None

    # --- the worker ----------------------------------------------------------------------------
    def claim(self, worker: str) -> Job | None:
        """Take the oldest job that is queued, or whose worker's lease has expired; None when there is none."""
        now = self.clock()
        self._fail_abandoned(now)
        claimable = sa.or_(
            build_jobs.c.state == "queued",
            sa.and_(build_jobs.c.state == "running", build_jobs.c.lease_until < now),
        )
        for _ in range(20):  # another worker may win a candidate: take the next one
            with transaction(self.engine) as conn:
                # PostgreSQL: the row stays locked until this transaction ends, and other workers skip it.
                # SQLite ignores FOR UPDATE: its write lock (BEGIN IMMEDIATE) serialises the claimers, and the
                # guarded UPDATE below keeps the claim exclusive whatever the isolation.
                candidate = conn.execute(
                    sa.select(build_jobs.c.id, build_jobs.c.state, build_jobs.c.attempts)
                    .where(claimable)
                    .order_by(build_jobs.c.id)
                    .limit(1)
                    .with_for_update(skip_locked=True)
                ).one_or_none()
                if candidate is None:
                    return None
                taken = conn.execute(
                    build_jobs.update()
                    .where(
                        build_jobs.c.id == candidate.id,
                        build_jobs.c.state == candidate.state,
                        build_jobs.c.attempts == candidate.attempts,
                        claimable,
                    )
                    .values(
                        state="running",
                        worker=worker,
                        attempts=candidate.attempts + 1,
                        started_at=now,
                        lease_until=now + self.lease_seconds,
                    )
                ).rowcount
            if taken == 1:
                job = self.get(candidate.id)
                if job.attempts > 1:
                    log.warning("job %d taken again by %s (attempt %d)", job.id, worker, job.attempts)
                return job
        return None

    def _fail_abandoned(self, now: float) -> None:
        """Jobs whose workers died `max_attempts` times: failed, so that they stop taking workers down."""
        with transaction(self.engine) as conn:
            conn.execute(
                build_jobs.update()
                .where(
                    build_jobs.c.state == "running",
                    build_jobs.c.lease_until < now,
                    build_jobs.c.attempts >= self.max_attempts,
                )
                .values(
                    state="failed",
                    finished_at=now,
                    error_kind="JobFailed",
                    error=f"The worker stopped {self.max_attempts} times during this job; the previous index still "
                    "serves. Check the worker's log.",
                )
            )

    def prune(self, keep_seconds: float) -> int:
        """Forget finished jobs older than `keep_seconds` (their reports are in the logs); how many went."""
        with transaction(self.engine) as conn:
            return conn.execute(
                build_jobs.delete().where(
                    build_jobs.c.state.in_(("done", "failed")), build_jobs.c.finished_at < self.clock() - keep_seconds
                )
            ).rowcount

    def upload(self, job_id: int) -> bytes | None:
        with transaction(self.engine, write=False) as conn:
            return conn.execute(sa.select(build_jobs.c.data).where(build_jobs.c.id == job_id)).scalar_one_or_none()

    def renew(self, job: Job, worker: str, progress: dict[str, ProgressEvent] | None = None) -> bool:
        """Extend the lease (and record the progress); False when this worker no longer holds the job."""
        values: dict[str, object] = {"lease_until": self.clock() + self.lease_seconds}
        if progress is not None:
            values["progress"] = json.dumps({stage: e.model_dump() for stage, e in progress.items()})
        return self._update_held(job, worker, values)

    def finish(self, job: Job, worker: str, result: BuildReport | ChangeResult) -> bool:
        values = {"state": "done", "finished_at": self.clock(), "result": result.model_dump_json(), "data": None}
        return self._update_held(job, worker, values)

    def fail(self, job: Job, worker: str, error: BaseException) -> bool:
        """Record why the job failed: a domain error's class and message, or a generic line for a bug (logged)."""
        if isinstance(error, EventbotError):
            kind, message = type(error).__name__, first_line(error)
        else:
            kind = "JobFailed"
            message = f"The worker could not finish job {job.id} ({type(error).__name__}); the previous index still "
            message += "serves. Its log says more."
        values = {"state": "failed", "finished_at": self.clock(), "error_kind": kind, "error": message, "data": None}
        return self._update_held(job, worker, values)

    def _update_held(self, job: Job, worker: str, values: dict[str, object]) -> bool:
        with transaction(self.engine) as conn:
            held = conn.execute(
                build_jobs.update()
                .where(
                    build_jobs.c.id == job.id,
                    build_jobs.c.worker == worker,
                    build_jobs.c.attempts == job.attempts,
                    build_jobs.c.state == "running",
                )
                .values(**values)
            ).rowcount
        if held != 1:
            log.warning("job %d is no longer held by %s (its lease expired and another worker took it)", job.id, worker)
        return held == 1
