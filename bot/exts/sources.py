"""Moderators manage the sources from Discord: /source add (a page, a feed or a file), /source remove, /source refresh;
the feeds are also refreshed on a schedule. The work is index/sources/'s; this module only adapts it."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from index.jobs import Job, JobKind
from index.models import ChangeResult
from index.sources import SourceManager, refresh_due_feeds

from .. import render, text
from ..checks import is_source_moderator, require_owner
from ..i18n import EN, Messages
from .errors import LocalizedError

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)

_KIND = {"url": "web page", "feed": "feed", "file": "file"}  # autocomplete choices (English, like ids)
_MAX_LISTED = 10  # articles listed in a reply; the rest are counted


def _who(interaction: discord.Interaction) -> str:
    return f"{interaction.user} ({interaction.user.id})"


def change_text(result: ChangeResult, verb: str, t: Messages = EN) -> str:
    """The reply to a source change, with Discord's markup (links, escaping) and cut to fit a message."""
    rendered = text.change_text(result, verb, t, link=render.link, escape=_escape_short, max_listed=_MAX_LISTED)
    return render.fit_content(rendered)


def _escape_short(value: str) -> str:
    return render.escape(render.shorten(value, 300))


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Sources(
    commands.GroupCog, group_name="source", group_description="Manage the sources: web pages, feeds, files (moderators)"
):
    def __init__(self, bot: EventBot):
        self.bot = bot

    async def _manager(self, interaction: discord.Interaction, base: bool) -> SourceManager:
        """This guild's own sources, or with base:True the shared base's (the bot's owners only)."""
        if base:
            await require_owner(interaction)
            return self.bot.sources
        return self.bot.manager(interaction.guild_id)

    async def cog_load(self) -> None:
        minutes = self.bot.settings.sources.feed_refresh_minutes
        if minutes > 0 and self.bot.serving and self.bot.jobs is None:  # in worker mode, the worker refreshes them
            self.scheduled_refresh.change_interval(minutes=minutes)
            self.scheduled_refresh.start()

    async def cog_unload(self) -> None:
        self.scheduled_refresh.cancel()

    # --- /source add ---------------------------------------------------------------------------
    @app_commands.command(name="add", description="Add a web page, an RSS/Atom feed or a file, and index it")
    @app_commands.describe(
        url="a web page (a news article)",
        feed="an RSS or Atom feed to follow",
        file="a .txt, .md, .html, .json or .jsonl file",
        base="Add it to the shared sources that every server sees (the bot's owners)",
    )
    @app_commands.check(is_source_moderator)
    async def add(
        self,
        interaction: discord.Interaction,
        url: str | None = None,
        feed: str | None = None,
        file: discord.Attachment | None = None,
        base: bool = False,
    ) -> None:
        if sum(x is not None for x in (url, feed, file)) != 1:
            raise LocalizedError("source.exactly_one")
        manager = await self._manager(interaction, base)
        limit = self.bot.settings.sources.max_upload_bytes
        if file is not None and file.size > limit:
            t = self.bot.messages_for(interaction)
            raise LocalizedError(
                "source.too_large", name=file.filename, size=t.number(file.size), limit=t.number(limit)
            )
        who = _who(interaction)
        what = f"url {url}" if url else f"feed {feed}" if feed else f"file {file.filename if file else ''}"
        log.info("source add (%s)%s by %s in guild %s", what, " to the base" * base, who, interaction.guild_id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        part = None if base else interaction.guild_id
        if file is not None:
            data = await file.read()
            local = functools.partial(manager.add_file, file.filename, data, who)
            result = await self._apply(interaction, part, local, "add_file", file.filename, data)
        elif url is not None:
            result = await self._apply(interaction, part, functools.partial(manager.add_url, url, who), "add_url", url)
        else:
            assert feed is not None  # exactly one of the three was checked above
            local = functools.partial(manager.add_feed, feed, who)
            result = await self._apply(interaction, part, local, "add_feed", feed)
        await interaction.edit_original_response(content=change_text(result, "add", self.bot.messages_for(interaction)))

    # --- /source remove ------------------------------------------------------------------------
    @app_commands.command(name="remove", description="Remove a source: its articles leave the index at once")
    @app_commands.rename(source_id="id")
    @app_commands.describe(
        source_id="the source's number (start typing its title or address)",
        base="Remove it from the shared sources that every server sees (the bot's owners)",
    )
    @app_commands.check(is_source_moderator)
    async def remove(
        self, interaction: discord.Interaction, source_id: app_commands.Range[int, 1], base: bool = False
    ) -> None:
        manager = await self._manager(interaction, base)  # a guild's moderators reach their own sources only
        who = _who(interaction)
        log.info("source remove #%d%s by %s in guild %s", source_id, " (base)" * base, who, interaction.guild_id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        part = None if base else interaction.guild_id
        local = functools.partial(manager.remove, source_id, who)
        result = await self._apply(interaction, part, local, "remove", str(source_id))
        await interaction.edit_original_response(
            content=change_text(result, "remove", self.bot.messages_for(interaction))
        )

    @remove.autocomplete("source_id")
    async def _source_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[int]]:
        try:  # discord.py runs no checks for autocomplete: the list of sources is for moderators too
            is_source_moderator(interaction)
        except app_commands.AppCommandError:
            return []
        if interaction.namespace.base:
            if not await self.bot.is_owner(interaction.user):
                return []
            sources = await asyncio.to_thread(self.bot.sources.list)
        else:  # this guild's own sources only (the command is guild_only)
            assert interaction.guild_id is not None
            sources = await asyncio.to_thread(self.bot.overlays.sources, interaction.guild_id)
        typed = current.strip().lower().lstrip("#")
        found = [s for s in reversed(sources) if typed in f"{s.id} {s.kind} {s.title or ''} {s.origin}".lower()]
        return [
            app_commands.Choice(name=render.shorten(f"#{s.id} {_KIND[s.kind]}: {s.title or s.origin}", 100), value=s.id)
            for s in found[:25]
        ]

    # --- /source refresh -----------------------------------------------------------------------
    @app_commands.command(name="refresh", description="Poll every feed now and index the new entries")
    @app_commands.describe(base="Poll the shared sources' feeds instead (the bot's owners)")
    @app_commands.check(is_source_moderator)
    async def refresh(self, interaction: discord.Interaction, base: bool = False) -> None:
        manager = await self._manager(interaction, base)
        who = _who(interaction)
        log.info("source refresh%s by %s in guild %s", " (base)" * base, who, interaction.guild_id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        part = None if base else interaction.guild_id
        result = await self._apply(interaction, part, functools.partial(manager.refresh, who), "refresh")
        await interaction.edit_original_response(
            content=change_text(result, "refresh", self.bot.messages_for(interaction))
        )

    # --- where a change runs ---------------------------------------------------------------------
    async def _apply(
        self,
        interaction: discord.Interaction,
        part: int | None,
        local: Callable[[], ChangeResult],
        kind: JobKind,
        argument: str | None = None,
        data: bytes | None = None,
    ) -> ChangeResult:
        """Run the change here (`local`, builds.mode = "local"), or queue it for `eventbot worker` as a job of `kind`
        and show the moderator its progress until the worker reports its result. Checked already: a moderator, their
        own guild (`part`) or, for the base (None), an owner."""
        jobs = self.bot.jobs
        if jobs is None:
            return await self.bot.run_long(local)
        who = _who(interaction)
        job = await asyncio.to_thread(jobs.submit, kind, part, who, argument=argument, data=data)
        log.info("source %s by %s in guild %s queued as job %d", kind, who, interaction.guild_id, job.id)
        t = self.bot.messages_for(interaction)

        async def show(current: Job) -> None:
            elapsed = time.time() - current.created_at
            queued = current.state == "queued"
            if queued or current.progress:  # a fetch has no progress to show: "thinking" says enough
                text = render.progress_text(current.progress, str(interaction.user), elapsed, t, queued=queued)
                with contextlib.suppress(discord.HTTPException):
                    await interaction.edit_original_response(content=text)

        await show(job)
        return (await self.bot.follow_job(job, show)).change()  # a refusal goes to the error handler

    # --- the schedule --------------------------------------------------------------------------
    @tasks.loop(minutes=30)  # the interval is set from the settings in cog_load
    async def scheduled_refresh(self) -> None:
        # Managers are looked up here, on the event loop (they are made on first use), and refreshed on a long thread.
        managers = [(g, self.bot.manager(g)) for g in [None, *self.bot.overlays.known()]]
        await self.bot.run_long(refresh_due_feeds, managers, self.bot.settings.sources.feed_refresh_minutes, log)

    @scheduled_refresh.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: EventBot) -> None:
    await bot.add_cog(Sources(bot))
