"""Failures become messages in one place: domain errors as short ephemeral replies, the rest logged with a reference."""

from __future__ import annotations

import logging
import math
import secrets
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import (
    BuildInProgress,
    EmptyQuestion,
    EventbotError,
    IndexCorrupt,
    IndexNotBuilt,
    ModelMismatch,
    QuestionTooLong,
)

from .. import render
from ..checks import NotModerator
from ..client import BuildCancelled, bot_of
from ..i18n import EN, Messages

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)


class LocalizedError(EventbotError):
    """A refusal raised by a handler, worded by the catalog in the reader's language."""

    def __init__(self, key: str, **values: object):
        super().__init__(EN(key, **values))
        self.key, self.values = key, values


# Set in `interaction.extras` by a handler whose deferred reply is public: an error then goes only to the user.
PUBLIC_REPLY = "public_reply"


# Failures whose message is one catalog key, checked in this order (subclasses before their bases).
_MESSAGES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    (EmptyQuestion, "error.empty_question"),
    (BuildCancelled, "error.build_cancelled"),
    (app_commands.NoPrivateMessage, "error.no_dm"),
    (app_commands.MissingPermissions, "error.permissions"),
)


def describe(error: BaseException, *, first_build_running: bool = False, t: Messages = EN) -> str | None:
    """The message for an expected failure, in the reader's language; None for one that is a bug or an outage."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, IndexNotBuilt):
        return t("error.first_build") if first_build_running else t("error.no_index")
    if isinstance(error, (IndexCorrupt, ModelMismatch)):
        log.warning("the index cannot be used: %s", error)
        return t("error.unusable")
    if isinstance(error, (NotModerator, LocalizedError)):
        return t(error.key, **getattr(error, "values", {}))
    for kind, key in _MESSAGES:
        if isinstance(error, kind):
            return t(key)
    if isinstance(error, QuestionTooLong) and error.limit:
        return t("error.too_long", n=t.number(error.length), max=t.number(error.limit))
    if isinstance(error, BuildInProgress):
        return t("error.build_running")
    if isinstance(error, EventbotError):
        return str(error)  # the core's own wording (a fetch refused, a file rejected): English
    if isinstance(error, app_commands.CommandOnCooldown):
        return t("error.cooldown", seconds=math.ceil(error.retry_after))
    if isinstance(error, app_commands.CheckFailure):
        return t("error.check")
    return None


def explain(error: BaseException, bot: EventBot, where: str, user: discord.abc.User, t: Messages = EN) -> str:
    """The text to show the user; an unexpected error is logged with a short reference they can quote."""
    first_build = bot.engine.build_status.running and not bot.engine.is_loaded()
    text = describe(error, first_build_running=first_build, t=t)
    if text is not None:
        log.info("%s by %s (%s): %s", where, user, user.id, text)
        return text
    reference = secrets.token_hex(4)
    original = getattr(error, "original", error)
    log.error("unexpected error [%s] in %s by %s (%s)", reference, where, user, user.id, exc_info=original)
    return t("error.unexpected", reference=reference)


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Tell the user what went wrong, ephemerally when the interaction still allows it."""
    where = f"/{interaction.command.qualified_name}" if interaction.command else "a button"
    bot = bot_of(interaction)
    t = bot.messages_for(interaction)
    text = render.fit_content(explain(error, bot, where, interaction.user, t))
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(text, ephemeral=True)
        elif interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            if interaction.extras.get(PUBLIC_REPLY):
                # A public "thinking..." reply (/ask): take it away and tell only the person who asked.
                await interaction.delete_original_response()
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.edit_original_response(content=text, embed=None, view=None)
        else:
            await interaction.followup.send(text, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not report an error to %s", interaction.user, exc_info=True)


class Errors(commands.Cog):
    def __init__(self, bot: EventBot):
        self.bot = bot
        self._previous = bot.tree.on_error
        bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]  # discord.py's documented hook

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous  # type: ignore[method-assign]  # restored at unload

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report_error(interaction, error)


async def setup(bot: EventBot) -> None:
    await bot.add_cog(Errors(bot))
