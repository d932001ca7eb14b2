"""Checks shared by the extensions: who counts as a moderator, and the refusal they get otherwise."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from .client import bot_of

log = logging.getLogger(__name__)


class NotModerator(app_commands.CheckFailure):
    """The user lacks Manage Server and every configured moderator role; `key` names the refusal in the catalog."""

    def __init__(self, key: str = "error.not_moderator_index"):
        super().__init__(key)
        self.key = key


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Server in this channel, or one of the configured moderator roles (checked at run time:
    default permissions only hide the command, and server admins can change them)."""
    if interaction.guild is None:
        raise app_commands.NoPrivateMessage()
    if interaction.permissions.manage_guild:
        return True
    allowed = set(bot_of(interaction).settings.discord.moderator_role_ids)
    roles = {role.id for role in getattr(interaction.user, "roles", [])}
    if allowed & roles:
        return True
    command = interaction.command.qualified_name if interaction.command else "?"
    log.info(
        "refused /%s to %s (%s) in guild %s: not a moderator",
        command,
        interaction.user,
        interaction.user.id,
        interaction.guild_id,
    )
    raise NotModerator("error.not_moderator_index")


def is_source_moderator(interaction: discord.Interaction) -> bool:
    """The /reindex rule (is_moderator), with a refusal that names what was refused."""
    try:
        return is_moderator(interaction)
    except NotModerator:
        raise NotModerator("error.not_moderator_sources") from None


def is_insights_moderator(interaction: discord.Interaction) -> bool:
    """The /reindex rule, for /insights."""
    try:
        return is_moderator(interaction)
    except NotModerator:
        raise NotModerator("error.not_moderator_insights") from None


class NotOwner(NotModerator):
    """Not one of the bot's owners (the application's owner, or `discord.owner_ids`): the shared base is theirs."""


async def require_owner(interaction: discord.Interaction) -> None:
    """A change to the shared base (`base:True`): the bot's owners only, whatever their rights in this server."""
    if await bot_of(interaction).is_owner(interaction.user):
        return
    command = interaction.command.qualified_name if interaction.command else "?"
    log.info(
        "refused /%s base:True to %s (%s) in guild %s: not an owner of the bot",
        command,
        interaction.user,
        interaction.user.id,
        interaction.guild_id,
    )
    raise NotOwner("error.not_owner_base")
