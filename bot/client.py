"""The Discord client: a commands.Bot that is handed the settings and the engine, and owns the running build."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import signal
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar, cast

import discord
from discord import app_commands
from discord.ext import commands

from index.engine import Engine
from index.errors import BuildInProgress, EventbotError
from index.feedback import FeedbackStore
from index.guilds import Guilds, Scope
from index.insights import InsightsStore
from index.jobs import Job, JobQueue
from index.lang import detect_lang
from index.models import BuildReport, ProgressEvent
from index.sources import SourceManager

from .app import build_bot
from .i18n import Messages, messages, resolve_lang
from .settings import Settings
from .translator import CatalogTranslator

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

EXTENSIONS = (
    "bot.exts.errors",
    "bot.exts.ask",
    "bot.exts.admin",
    "bot.exts.attacks",
    "bot.exts.sources",
    "bot.exts.info",
)
# A build can be stopped while it reads and embeds; once it writes, it is allowed to finish.
_CANCELLABLE_STAGES = frozenset({"read", "segment", "embed"})


class BuildCancelled(Exception):
    """Raised in the build thread at shutdown; the store discards the partial build, the old index keeps serving."""


def bot_intents() -> discord.Intents:
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True  # privileged: enable it in the Developer Portal
    return intents


# What the bot needs in the channels where it answers: read, reply (a reply needs the history), embeds, threads,
# and files (the /attacks chart).
BOT_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
    attach_files=True,
)


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(application_id, permissions=BOT_PERMISSIONS, scopes=("bot", "applications.commands"))


def bot_of(interaction: discord.Interaction) -> EventBot:
    """The EventBot an interaction reached (discord.py types `interaction.client` as a plain Client)."""
    return cast(EventBot, interaction.client)


def use_api_base(api_base: str) -> None:
    """Send every REST call (webhooks and interaction callbacks included) to `api_base`, e.g. an HTTP proxy."""
    discord.http.Route.BASE = api_base.rstrip("/")


class EventBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        feedback: FeedbackStore,
        sources: SourceManager,
        insights: InsightsStore,
        overlays: Guilds,
        jobs: JobQueue | None = None,
        serving: bool = True,
        **client_options,
    ):
        super().__init__(
            command_prefix=commands.when_mentioned,  # required by commands.Bot; every command is a slash command
            help_command=None,
            intents=bot_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=settings.discord.guild_ready_timeout,
            **client_options,
        )
        self.settings = settings
        self.engine = engine
        self.feedback = feedback
        self.sources = sources  # the base's sources (bot owners); a guild's: overlays.manager(id)
        self.overlays = overlays  # each guild's own sources and index over the base
        self.insights = insights
        self.jobs = jobs  # builds.mode = "worker": index changes are queued here for `eventbot worker`
        self.started_at = dt.datetime.now(dt.UTC)
        self.serving = serving  # False for `eventbot sync`: commands only, no index, no model
        # One running build per part (None: the base, else a guild's own): a guild's /reindex never waits for another's.
        self._builds: dict[int | None, asyncio.Future[BuildReport]] = {}
        self._build_reporters: set[asyncio.Task] = set()  # the /reindex handlers that report on the builds
        self.build_cancel_requested = threading.Event()
        # Builds and source changes (fetches, waits on the build lock) get threads of their own, so that questions and
        # button presses never queue behind them for a worker of the default pool.
        self.long_jobs = ThreadPoolExecutor(max_workers=2, thread_name_prefix="eventbot-long")
        # Small writes (a vote) get one thread of their own: a burst of questions on the default pool must not
        # hold a click for seconds.
        self.small_writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventbot-writes")
        self._follower: asyncio.Task[None] | None = None

    # --- the reader's language ------------------------------------------------------------------
    def messages_for(self, interaction: discord.Interaction) -> Messages:
        """The member's locale if French or English, else the server's preferred locale, else the default."""
        guild_locale = str(interaction.guild_locale) if interaction.guild_locale is not None else None
        return messages(
            resolve_lang(str(interaction.locale), guild_locale, default=self.settings.discord.default_locale)
        )

    def messages_for_message(self, message: discord.Message, question: str) -> Messages:
        """Mentions: the server's preferred locale; DMs: the question's own language."""
        if message.guild is not None:
            preferred = str(message.guild.preferred_locale)
            return messages(resolve_lang(preferred, default=self.settings.discord.default_locale))
        return messages(detect_lang(question))

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CatalogTranslator())
        for name in EXTENSIONS:
            await self.load_extension(name)
        if not self.serving:
            return
        await asyncio.to_thread(self._open_index)
        self._follower = asyncio.create_task(self._follow_builds(), name="eventbot-follow-builds")
        if self.settings.discord.sync_on_start:
            await self.sync_commands()

    async def _follow_builds(self) -> None:
        """Serve every build another process (the worker, another shard's process, `eventbot index`) switches to,
        without a restart and before the next question asks for it."""
        while True:
            await asyncio.sleep(self.settings.builds.poll_seconds)
            try:
                await asyncio.to_thread(self.engine.follow)
                await asyncio.to_thread(self.overlays.follow)
            except Exception:  # a build that cannot be opened is logged by the engine; keep following the next
                log.exception("could not follow the serving build")

    def _open_index(self) -> None:
        self.engine.warm_up(long_running=True)
        try:
            self.engine.load()
        except EventbotError as exc:
            log.warning("no index is serving yet: %s (a moderator can run /reindex)", exc)

    async def sync_commands(self, *, clear_global: bool = False) -> tuple[int | None, list[app_commands.AppCommand]]:
        """Register the slash commands: with the development guild when one is configured (instant), else globally.
        `clear_global` (with a guild) also empties the global set, which an earlier global sync left behind."""
        guild_id = self.settings.discord.dev_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            if clear_global:
                self.tree.clear_commands(guild=None)
                await self.tree.sync()
        else:
            synced = await self.tree.sync()
        log.info("synced %d commands %s", len(synced), f"to guild {guild_id}" if guild_id else "globally")
        return guild_id, synced

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions and DMs are answered by the ask extension's listener."""

    async def on_ready(self) -> None:
        log.info(
            "connected as %s to %d guilds; invite link: %s",
            self.user,
            len(self.guilds),
            invite_url(self.application_id or 0),
        )

    async def run_long(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a long blocking job (a build, a fetch) on the bot's own worker threads."""
        return await asyncio.get_running_loop().run_in_executor(self.long_jobs, functools.partial(fn, *args, **kwargs))

    async def run_small(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a short blocking write (a vote) on its own thread, never behind questions."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.small_writes, functools.partial(fn, *args, **kwargs))

    # --- what each place reads, and who may change the base ------------------------------------
    def scope(self, guild_id: int | None) -> Scope:
        """The index a question reads: the base alone in DMs, the base and the guild's own sources in a guild."""
        return self.overlays.scope(guild_id)

    def manager(self, guild_id: int | None) -> SourceManager:
        """The sources a change applies to: the base's (None, owners only) or the guild's own."""
        return self.sources if guild_id is None else self.overlays.manager(guild_id)

    async def is_owner(self, user: discord.abc.User, /) -> bool:
        """The application's owner (or its team), or an id in `discord.owner_ids`: the people who change the base."""
        if user.id in self.settings.discord.owner_ids:
            return True
        return await super().is_owner(user)

    # --- jobs run by the worker (builds.mode = "worker") ---------------------------------------------
    async def follow_job(self, job: Job, on_update: Callable[[Job], Awaitable[None]]) -> Job:
        """Poll a queued job's row until it ends; `on_update` sees each change of its state or progress (the cog
        edits the moderator's reply). The job as it ended: its result or error is read from it."""
        assert self.jobs is not None
        seen = (job.state, job.progress)
        reporter = asyncio.current_task()
        if reporter is not None:  # shutdown lets it tell the moderator what it knows
            self._build_reporters.add(reporter)
            reporter.add_done_callback(self._build_reporters.discard)
        while not job.finished:
            await asyncio.sleep(self.settings.builds.poll_seconds)
            job = await asyncio.to_thread(self.jobs.get, job.id)
            if (job.state, job.progress) != seen and not job.finished:
                seen = (job.state, job.progress)
                await on_update(job)
        return job

    # --- the running builds --------------------------------------------------------------------
    @property
    def build_running(self) -> bool:
        return any(not build.done() for build in self._builds.values())

    def build_running_for(self, guild_id: int | None) -> bool:
        build = self._builds.get(guild_id)
        return build is not None and not build.done()

    def start_build(
        self, requested_by: str, progress: Callable[[ProgressEvent], None], *, guild_id: int | None = None
    ) -> asyncio.Future[BuildReport]:
        """Rebuild the base (None) or a guild's own part in a worker thread; questions keep being answered from the
        old index meanwhile, and other parts are not touched.

        The calling task is the one that reports on the build: shutdown waits for it after the build ends."""
        if self.build_running_for(guild_id):
            raise BuildInProgress("An index build is already running; you will see its report when it ends.")
        self.build_cancel_requested.clear()

        def track(event: ProgressEvent) -> None:
            if self.build_cancel_requested.is_set() and event.stage in _CANCELLABLE_STAGES:
                raise BuildCancelled(
                    "The bot is shutting down: the build was cancelled, the previous index still serves."
                )
            progress(event)

        target = self.scope(guild_id)
        build = asyncio.ensure_future(self.run_long(target.build, progress=track, requested_by=requested_by))
        self._builds[guild_id] = build
        reporter = asyncio.current_task()
        if reporter is not None:
            self._build_reporters.add(reporter)
            reporter.add_done_callback(self._build_reporters.discard)
        return build

    async def close(self) -> None:
        if self._follower is not None:
            self._follower.cancel()
        running = {build for build in self._builds.values() if not build.done()}
        if running:
            grace = self.settings.discord.shutdown_grace_seconds
            log.info("shutting down: waiting up to %.0f s for the running builds to finish", grace)
            _, pending = await asyncio.wait(running, timeout=grace)
            if pending:
                log.warning("cancelling the running builds; the previous indexes keep serving")
                self.build_cancel_requested.set()
                _, pending = await asyncio.wait(pending, timeout=grace)
                if pending:  # writing: the store finishes or discards it, the process exits after it
                    log.warning("a build is still writing; closing the connection without waiting for it")
        reporters = {r for r in self._build_reporters if not r.done() and r is not asyncio.current_task()}
        if reporters:
            await asyncio.wait(reporters, timeout=5)  # let them tell the moderators before the session closes
        await super().close()
        await asyncio.to_thread(self.small_writes.shutdown, True)  # a vote being written is finished, not lost
        await asyncio.to_thread(self.feedback.close)
        await asyncio.to_thread(self.insights.close)
        self.long_jobs.shutdown(wait=False, cancel_futures=True)


class ShardedEventBot(EventBot, commands.AutoShardedBot):
    """The same bot over several gateway shards in one process (`discord.shard_count`, and `discord.shard_ids` for
    this process's share): Discord sends each guild's events to shard (guild_id >> 22) % shard_count only."""

    def __init__(self, settings: Settings, engine: Engine, **services):
        config = settings.discord
        super().__init__(settings, engine, shard_count=config.shard_count, shard_ids=config.shard_ids, **services)

    async def on_ready(self) -> None:
        log.info("shards %s of %s ready", sorted(self.shards), self.shard_count)
        await super().on_ready()


async def serve(settings: Settings, engine: Engine, token: str, stop: asyncio.Event | None = None) -> int:
    """Run the bot until `stop` is set (SIGTERM/SIGINT set it); finish or cancel a running build, then close."""
    use_api_base(settings.discord.api_base)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    try:
        async with build_bot(settings, engine) as bot:
            runner = asyncio.create_task(bot.start(token))
            stopper = asyncio.create_task(stop.wait())
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if stopper in done:
                log.info("stop requested: shutting down")
                await bot.close()
            else:
                stopper.cancel()
            try:
                await runner
            except discord.LoginFailure:
                log.error("Discord rejected the token: check DISCORD_TOKEN (Developer Portal > Bot > Reset Token).")
                return 1
            except discord.PrivilegedIntentsRequired:
                log.error("Enable the Message Content intent (Developer Portal > Bot > Privileged Gateway Intents).")
                return 1
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)
    log.info("bot stopped")
    return 0


def run_bot(settings: Settings, engine: Engine) -> int:
    token = settings.token
    if token is None:
        log.error("No Discord token configured: set DISCORD_TOKEN (or [discord] token in the settings file).")
        return 2
    return asyncio.run(serve(settings, engine, token.get_secret_value()))


async def sync_once(
    settings: Settings, engine: Engine, *, clear_global: bool = False
) -> tuple[int | None, list[app_commands.AppCommand]]:
    """`eventbot sync`: log in over HTTP only (no gateway), register the commands, log out."""
    token = settings.token
    if token is None:
        raise EventbotError("No Discord token configured: set DISCORD_TOKEN to sync the commands.")
    use_api_base(settings.discord.api_base)
    async with build_bot(settings, engine, serving=False) as bot:
        await bot.login(token.get_secret_value())
        return await bot.sync_commands(clear_global=clear_global)
