"""Attack events: /attacks lists them with citations, pages through them, shows their evidence, charts them."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import EventbotError
from index.events import filters as filters_core
from index.events.filters import BadFilter
from index.models import AttackEvent

from .. import charts, render, text
from ..i18n import EN, Messages
from .errors import PUBLIC_REPLY, report_error

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)

# Buttons work for 10 minutes after the last click; an interaction token can edit its message for 15.
PAGER_TIMEOUT = 600
CHART_FILENAME = "attacks.png"


class AttacksPager(discord.ui.View):
    """◀ ▶ over the events (for whoever ran /attacks) and Evidence for the page on show (for anyone, privately)."""

    def __init__(
        self,
        cog: Attacks,
        interaction: discord.Interaction,
        events: list[AttackEvent],
        versions: dict[str, str],
        filters: str,
        note: str | None,
        t: Messages = EN,
    ):
        super().__init__(timeout=PAGER_TIMEOUT)
        self.t = t
        self.evidence.label = t("button.evidence")
        self.cog, self.owner_id = cog, interaction.user.id
        self.editor = interaction  # the latest interaction allowed to edit the message (for on_timeout)
        self.events, self.versions, self.filters, self.note = events, versions, filters, note
        self.pages = render.attack_pages(events)
        self.page = 0
        if len(self.pages) <= 1:
            self.remove_item(self.previous)
            self.remove_item(self.next)
        self._sync()

    def embed(self) -> discord.Embed:
        return render.attacks_embed(
            self.pages[self.page],
            page=self.page,
            pages=len(self.pages),
            total=len(self.events),
            first=self.page * render.EVENTS_PER_PAGE + 1,
            filters=self.filters,
            note=self.note,
            t=self.t,
        )

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= len(self.pages) - 1

    async def _turn(self, interaction: discord.Interaction, delta: int) -> None:
        if interaction.user.id != self.owner_id:
            t = self.cog.bot.messages_for(interaction)
            await interaction.response.send_message(t("attacks.only_owner"), ephemeral=True)
            return
        self.page = min(max(self.page + delta, 0), len(self.pages) - 1)
        self._sync()
        await interaction.response.edit_message(embed=self.embed(), view=self)
        self.editor = interaction

    @discord.ui.button(emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, +1)

    @discord.ui.button(label="Evidence", emoji="📑", style=discord.ButtonStyle.secondary)
    async def evidence(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        page = self.page  # the page on show when clicked, even if it is turned meanwhile
        events = self.pages[page]
        await interaction.response.defer(ephemeral=True, thinking=True)
        sentences = await asyncio.to_thread(self.cog.bot.scope(interaction.guild_id).evidence, events, self.versions)
        embed = render.evidence_embed(
            events,
            sentences,
            page=page,
            pages=len(self.pages),
            first=page * render.EVENTS_PER_PAGE + 1,
            t=self.cog.bot.messages_for(interaction),
        )
        await interaction.edit_original_response(embed=embed)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        await report_error(interaction, error)

    async def on_timeout(self) -> None:
        self.cog.pagers.discard(self)
        try:
            await self.editor.edit_original_response(view=None)
        except discord.HTTPException as exc:  # deleted message, or a token past its 15 minutes
            log.debug("could not remove the /attacks buttons: %s", exc)


class Attacks(commands.Cog):
    def __init__(self, bot: EventBot):
        self.bot = bot
        self.pagers: set[AttacksPager] = set()

    async def cog_unload(self) -> None:
        # A view with a timeout keeps a pending task until it is stopped.
        for pager in self.pagers:
            pager.stop()
        self.pagers.clear()

    # --- /attacks ------------------------------------------------------------------------------
    def _validate(self, since: str | None, until: str | None, guild_id: int | None) -> None:
        """Bad dates and a missing index are refused before anything is deferred, so the reply is ephemeral."""
        try:
            filters_core.date_bounds(since, until)
        except BadFilter as exc:
            raise BadFilter(render.escape(str(exc))) from None
        self.bot.scope(guild_id).require_ready()

    @app_commands.command(
        name="attacks", description="Attack events reported by the sources, newest first, with citations"
    )
    @app_commands.describe(
        where="A place or a country (suggestions as you type)",
        since="From this date: 2021, 2021-04 or 2021-04-05",
        until="Up to this date: 2021, 2021-04 or 2021-04-05",
        weapon="A weapon or kind of attack, e.g. roquette, drone, IED",
        chart="Attach a timeline: events per week, killed and injured",
        export="Attach the events (filters applied) as a CSV or JSON file",
    )
    @app_commands.checks.cooldown(10, 60.0, key=lambda interaction: interaction.user.id)
    async def attacks(
        self,
        interaction: discord.Interaction,
        where: app_commands.Range[str, 1, 100] | None = None,
        since: app_commands.Range[str, 1, 32] | None = None,
        until: app_commands.Range[str, 1, 32] | None = None,
        weapon: app_commands.Range[str, 1, 100] | None = None,
        chart: bool = False,
        export: Literal["csv", "json"] | None = None,
    ) -> None:
        self._validate(since, until, interaction.guild_id)
        interaction.extras[PUBLIC_REPLY] = True
        await interaction.response.defer(thinking=True)
        t = self.bot.messages_for(interaction)
        events, versions = await asyncio.to_thread(
            self.bot.scope(interaction.guild_id).attacks_and_versions,
            where=where,
            since=since,
            until=until,
            weapon=weapon,
        )
        filters = render.filters_text(where, since, until, weapon, t=t)
        if not events:
            await interaction.edit_original_response(embed=render.attacks_embed([], filters=filters, t=t))
            return
        files: list[discord.File] = []
        notes: list[str] = []
        can_attach = interaction.app_permissions.attach_files
        if chart and can_attach:
            chart_title = t("attacks.chart_title") + (f" · {filters}" if filters else "")
            png = await asyncio.to_thread(charts.timeline_png, events, render.shorten(chart_title, 120), t)
            files.append(
                discord.File(io.BytesIO(png), filename=CHART_FILENAME, description=t("attacks.chart_description"))
            )
        elif chart:
            notes.append(t("attacks.no_chart"))
        if export and can_attach:
            files.append(export_file(events, export, t))
        elif export:
            notes.append(t("attacks.no_export"))
        pager = AttacksPager(self, interaction, events, versions, filters, " · ".join(notes) or None, t)
        await interaction.edit_original_response(embed=pager.embed(), view=pager, attachments=files)
        self.pagers.add(pager)  # listening from here on: stopped at unload

    @attacks.autocomplete("where")
    async def where_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        scope = self.bot.scope(interaction.guild_id)  # a guild's own places are suggested there only
        if not scope.is_ready():
            return []
        try:
            places = await asyncio.to_thread(scope.known_places)
        except EventbotError as exc:
            log.info("no places to suggest: %s", exc)
            return []
        return [
            app_commands.Choice(name=render.shorten(p, 100), value=p[:100])
            for p in filters_core.suggest_places(places, current)
        ]


def export_file(events: list[AttackEvent], kind: str, t: Messages) -> discord.File:
    """The events as an attachment: ACLED-like CSV, or the JSON records of `eventbot attacks --json`."""
    if kind == "csv":
        data = text.events_csv(events).encode()
    else:
        data = json.dumps({"events": [text.event_json(e) for e in events]}, ensure_ascii=False, indent=1).encode()
    return discord.File(
        io.BytesIO(data), filename=f"attacks.{kind}", description=t("attacks.export_description", format=kind.upper())
    )


async def setup(bot: EventBot) -> None:
    await bot.add_cog(Attacks(bot))
