"""Failures become messages in one place: domain errors as short ephemeral replies, the rest logged with a reference."""

from __future__ import annotations

import logging
import math
import secrets
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import EventbotError, IndexCorrupt, IndexNotBuilt, ModelMismatch

from .. import render
from ..checks import NotModerator
from ..client import BuildCancelled

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)

# Set in `interaction.extras` by a handler whose deferred reply is public: an error then goes only to the user.
PUBLIC_REPLY = "public_reply"


def describe(error: BaseException, *, first_build_running: bool = False) -> str | None:
    """The message for an expected failure; None for one that is a bug or an outage."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, IndexNotBuilt):
        if first_build_running:
            return "The index is being built for the first time; ask again in a minute."
        return "There is no index yet: a moderator can build it with /reindex."
    if isinstance(error, (IndexCorrupt, ModelMismatch)):
        log.warning("the index cannot be used: %s", error)
        return "The index cannot be used right now and needs rebuilding: a moderator can run /reindex."
    if isinstance(error, (EventbotError, BuildCancelled, NotModerator)):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"You are asking quickly: please wait {math.ceil(error.retry_after)} s before the next question."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server."
    if isinstance(error, app_commands.MissingPermissions):
        return "You do not have the permissions this command needs."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    return None


def explain(error: BaseException, bot: EventBot, where: str, user: discord.abc.User) -> str:
    """The text to show the user; an unexpected error is logged with a short reference they can quote."""
    first_build = bot.engine.build_status.running and not bot.engine.is_loaded()
    text = describe(error, first_build_running=first_build)
    if text is not None:
        log.info("%s by %s (%s): %s", where, user, user.id, text)
        return text
    reference = secrets.token_hex(4)
    original = getattr(error, "original", error)
    log.error("unexpected error [%s] in %s by %s (%s)", reference, where, user, user.id, exc_info=original)
    return f"Something went wrong on our side. If it keeps happening, give a moderator this reference: `{reference}`."


async def report_error(interaction: discord.Interaction[EventBot], error: BaseException) -> None:
    """Tell the user what went wrong, ephemerally when the interaction still allows it."""
    where = f"/{interaction.command.qualified_name}" if interaction.command else "a button"
    text = render.fit_content(explain(error, interaction.client, where, interaction.user))
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
        bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous  # type: ignore[method-assign]

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report_error(interaction, error)


async def setup(bot: EventBot) -> None:
    await bot.add_cog(Errors(bot))
