"""Composition root: read the settings once, build the core's services, hand them to the adapters.

Every service the adapters use is built here and nowhere else: the Engine, the FeedbackStore, the SourceManager, and
the Discord client that receives them. The command line builds only what a command needs (a one-shot `ask` neither
opens the feedback store nor imports discord or the fetching stack), hence one function per service.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from index.engine import Engine
from index.feedback import FeedbackStore
from index.guilds import Guilds
from index.insights import InsightsStore, load_key

from .redact import RedactSecrets
from .settings import Settings

if TYPE_CHECKING:
    from index.jobs import JobQueue
    from index.sources import SourceManager
    from index.worker import Worker

    from .client import EventBot


def build_engine(settings: Settings) -> Engine:
    return Engine(settings.index, settings.search, qdrant=settings.qdrant, database=settings.database)


def build_feedback(settings: Settings, insights: InsightsStore) -> FeedbackStore:
    """Votes and stored answers, beside the builds (or in `database.url`) so that they survive rebuilds; people as the
    insights' keyed hash (ids that older rows hold in clear are hashed when the store is first used)."""
    return FeedbackStore.in_index_dir(settings.index.index_dir, person=insights.person, database=settings.database)


def build_insights(settings: Settings) -> InsightsStore:
    """Every question, kept `insights.retention_days`; askers as keyed hashes (the key from the settings or a file)."""
    cfg = settings.insights
    if cfg.hash_key is not None and cfg.hash_key.get_secret_value().strip():
        key = cfg.hash_key.get_secret_value().strip().encode()
    else:
        key = load_key(cfg.key_file or settings.index.index_dir / "insights.key")
    return InsightsStore.in_index_dir(settings.index.index_dir, key, cfg.retention_days, database=settings.database)


def build_sources(settings: Settings, engine: Engine) -> SourceManager:
    # Imported here: fetching pulls in httpx and trafilatura, which `ask` should not wait for.
    from index.sources import SourceManager

    return SourceManager(engine, settings.sources)


def build_guilds(settings: Settings, engine: Engine) -> Guilds:
    """Each guild's own sources over the shared base (the overlays open on first use)."""
    return Guilds(engine, settings.sources, max_loaded=settings.index.max_loaded_guilds)


def build_jobs(settings: Settings) -> JobQueue:
    """The build jobs table that bot processes (builds.mode = "worker") and `eventbot worker` share: in the
    `database.url` database, else `<index_dir>/jobs.sqlite`."""
    from index.db import database_url, engine_for  # the database is opened by the processes that need it only
    from index.jobs import JobQueue

    config = settings.builds
    engine = engine_for(database_url(settings.database, settings.index.index_dir / "jobs.sqlite"))
    queue = JobQueue(engine, lease_seconds=config.lease_seconds, max_attempts=config.max_attempts)
    queue.create_schema()
    return queue


def build_worker(settings: Settings, engine: Engine) -> Worker:
    """`eventbot worker`: the jobs table, every part's sources, the feed schedule."""
    from index.worker import Worker, WorkerOptions

    options = WorkerOptions(
        poll_seconds=settings.builds.poll_seconds,
        feed_refresh_minutes=settings.sources.feed_refresh_minutes,
        build_wait_seconds=settings.sources.build_wait_seconds,
    )
    return Worker(build_jobs(settings), build_guilds(settings, engine), build_sources(settings, engine), options)


def build_bot(settings: Settings, engine: Engine, *, serving: bool = True) -> EventBot:
    """The Discord client with every service it hands to its extensions (`serving=False`: `eventbot sync`)."""
    from .client import EventBot, ShardedEventBot  # discord.py is imported only by the commands that talk to Discord

    insights = build_insights(settings)
    kind = ShardedEventBot if settings.discord.sharded and serving else EventBot
    return kind(
        settings,
        engine,
        feedback=build_feedback(settings, insights),
        sources=build_sources(settings, engine),
        insights=insights,
        overlays=build_guilds(settings, engine),
        jobs=build_jobs(settings) if serving and settings.builds.mode == "worker" else None,
        serving=serving,
    )


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # bm25s logs every index build at DEBUG on its own handler.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    # The token must never reach a log: discord.py's HTTP debug logs carry headers.
    # The gateway's and webhooks' debug logs carry INTERACTION_CREATE payloads and webhook URLs, with their
    # 15-minute interaction tokens; and every handler redacts what still looks like a token.
    for name in ("discord.http", "discord.gateway", "discord.webhook"):
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger().level))
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactSecrets) for f in handler.filters):
            handler.addFilter(RedactSecrets())
