"""Moderators rebuild the index (/reindex); everyone can see what it holds (/status, /sources)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import EventbotError
from index.jobs import Job
from index.models import ArticleRef, ProgressEvent, SourceOverview

from .. import render
from ..checks import is_moderator, require_owner
from ..i18n import EN, Messages
from .errors import LocalizedError, describe, report_error

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)

SOURCES_PER_PAGE = 10


class SourcesPager(discord.ui.View):
    """Previous/Next over the article list; the reply is ephemeral, so only the person who asked can turn pages."""

    def __init__(self, entries: list[tuple[ArticleRef, int]], managed: list[SourceOverview], t: Messages = EN):
        super().__init__(timeout=600)
        self.entries, self.managed, self.page, self.t = entries, managed, 0, t
        self.pages = max(1, -(-len(entries) // SOURCES_PER_PAGE))
        self.previous.label, self.next.label = t("button.previous"), t("button.next")
        self._sync()

    def embed(self) -> discord.Embed:
        return render.sources_embed(self.entries, self.page, SOURCES_PER_PAGE, self.managed, t=self.t)

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.pages - 1

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        await report_error(interaction, error)

    async def _turn(self, interaction: discord.Interaction, delta: int) -> None:
        self.page = min(max(self.page + delta, 0), self.pages - 1)
        self._sync()
        await interaction.response.edit_message(embed=self.embed(), view=self)

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, +1)


class Admin(commands.Cog):
    def __init__(self, bot: EventBot):
        self.bot = bot

    # --- /reindex ------------------------------------------------------------------------------
    @app_commands.command(name="reindex", description="Rebuild this server's sources in the index (moderators)")
    @app_commands.describe(base="Rebuild the shared sources that every server sees instead (the bot's owners)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @app_commands.check(is_moderator)
    async def reindex(self, interaction: discord.Interaction, base: bool = False) -> None:
        if base:
            await require_owner(interaction)
        part = None if base else interaction.guild_id  # a guild's /reindex leaves the base and other guilds alone
        if self.bot.jobs is not None:
            await self._reindex_by_worker(interaction, part)
            return
        status = self.bot.scope(part).build_status
        if self.bot.build_running_for(part) or status.running:
            t = self.bot.messages_for(interaction)
            since = discord.utils.format_dt(status.started_at, "R") if status.started_at else t("reindex.moment_ago")
            who = render.escape(status.requested_by or t("reindex.someone"))
            raise LocalizedError("reindex.running", who=who, since=since)
        who = f"{interaction.user} ({interaction.user.id})"
        log.info("reindex requested by %s in guild %s (part: %s)", who, interaction.guild_id, part or "base")
        await interaction.response.defer(ephemeral=True, thinking=True)

        events: dict[str, ProgressEvent] = {}
        build = self.bot.start_build(who, lambda event: events.__setitem__(event.stage, event), guild_id=part)
        started = time.monotonic()
        every = self.bot.settings.discord.progress_every_seconds
        reachable = True  # the interaction token expires after 15 minutes: stop editing once an edit fails
        while not build.done():
            await asyncio.wait({build}, timeout=every)
            if not build.done() and reachable:
                reachable = await self._edit(
                    interaction,
                    content=render.progress_text(
                        events, str(interaction.user), time.monotonic() - started, self.bot.messages_for(interaction)
                    ),
                )
        report = build.result()  # a failure goes to the error handler, which edits this reply
        log.info(
            "reindex by %s done in %.1f s: %d added, %d updated, %d reused, %d removed, %d skipped",
            who,
            report.seconds,
            len(report.added),
            len(report.updated),
            len(report.reused),
            len(report.removed),
            len(report.skipped),
        )
        embed = render.report_embed(report, str(interaction.user), self.bot.messages_for(interaction))
        if not await self._edit(interaction, content=None, embed=embed) and interaction.channel is not None:
            # Interaction tokens last 15 minutes; a longer build reports in the channel instead.
            await interaction.channel.send(embed=embed)  # type: ignore[union-attr]  # a command's channel is messageable

    async def _reindex_by_worker(self, interaction: discord.Interaction, part: int | None) -> None:
        """builds.mode = "worker": queue the build for `eventbot worker`, show its progress from the job's row."""
        jobs = self.bot.jobs
        assert jobs is not None
        t = self.bot.messages_for(interaction)
        running = await asyncio.to_thread(jobs.open_job, part)
        if running is not None:
            since = discord.utils.format_dt(dt.datetime.fromtimestamp(running.created_at, dt.UTC), "R")
            raise LocalizedError("reindex.running", who=render.escape(running.requested_by), since=since)
        who = f"{interaction.user} ({interaction.user.id})"
        await interaction.response.defer(ephemeral=True, thinking=True)
        job = await asyncio.to_thread(jobs.submit, "reindex", part, who)
        log.info("reindex by %s in guild %s queued as job %d (part: %s)", who, interaction.guild_id, job.id, part)
        reachable = True

        async def show(current: Job) -> None:
            nonlocal reachable
            if reachable:
                elapsed = time.time() - current.created_at
                text = render.progress_text(
                    current.progress, str(interaction.user), elapsed, t, queued=current.state == "queued"
                )
                reachable = await self._edit(interaction, content=text)

        await show(job)
        report = (await self.bot.follow_job(job, show)).report()  # a failure goes to the error handler
        embed = render.report_embed(report, str(interaction.user), self.bot.messages_for(interaction))
        if not await self._edit(interaction, content=None, embed=embed) and interaction.channel is not None:
            await interaction.channel.send(embed=embed)  # type: ignore[union-attr]  # a command's channel is messageable

    @staticmethod
    async def _edit(interaction: discord.Interaction, **fields) -> bool:
        try:
            await interaction.edit_original_response(**fields)
            return True
        except discord.HTTPException as exc:
            log.warning("could not update the /reindex reply: %s", exc)
            return False

    # --- /status -------------------------------------------------------------------------------
    @app_commands.command(name="status", description="Index size, model, last build, feedback counts and uptime")
    async def status(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        embed = await asyncio.to_thread(self._status_embed, interaction.guild_id, self.bot.messages_for(interaction))
        await interaction.edit_original_response(embed=embed)

    def _status_embed(self, guild_id: int | None, t: Messages) -> discord.Embed:
        engine = self.bot.scope(guild_id)  # in a guild: the base with the guild's own articles, its own last build
        manifest, problem = None, None
        try:
            manifest = engine.manifest(verify=True)  # the files checked, as `eventbot status` (the health check) does
        except EventbotError as exc:
            problem = describe(exc, first_build_running=engine.build_status.running, t=t)
        build = engine.build_status
        if self.bot.jobs is not None:  # builds run in the worker: the jobs table says what every shard sees
            job = self.bot.jobs.latest(guild_id)
            build = job.build_status() if job is not None else build
        uptime = dt.datetime.now(dt.UTC) - self.bot.started_at
        return render.status_embed(manifest, build, self.bot.feedback.counts(), uptime, problem, t=t)

    # --- /sources ------------------------------------------------------------------------------
    @app_commands.command(name="sources", description="The indexed articles: title, date and number of sentences")
    async def sources(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        entries = await asyncio.to_thread(self.bot.scope(interaction.guild_id).articles)
        managed = await asyncio.to_thread(self._managed, interaction.guild_id)
        pager = SourcesPager(entries, managed, self.bot.messages_for(interaction))
        await interaction.edit_original_response(
            embed=pager.embed(), view=pager if pager.pages > 1 else discord.utils.MISSING
        )

    def _managed(self, guild_id: int | None) -> list[SourceOverview]:
        """The sources added to the base, then this guild's own (none is written for a guild that has none)."""
        own = self.bot.overlays.overview(guild_id) if guild_id is not None else []
        return [*self.bot.sources.overview(), *own]


async def setup(bot: EventBot) -> None:
    await bot.add_cog(Admin(bot))
