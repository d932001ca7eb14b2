"""The client's wiring without a network: REST base, intents, mentions, invite link, error messages."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.app import build_bot
from bot.checks import NotModerator
from bot.client import bot_intents, invite_url, use_api_base
from bot.exts.errors import describe
from bot.i18n import FR
from bot.settings import DiscordConfig, Settings
from index.config import IndexConfig
from index.engine import Engine
from index.errors import EmptyQuestion, IndexCorrupt, IndexNotBuilt


def test_api_base_applies_to_every_route(monkeypatch):
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    use_api_base("http://discord-proxy:8080/api/v10/")
    assert discord.http.Route("GET", "/users/@me").url == "http://discord-proxy:8080/api/v10/users/@me"
    # interaction callbacks and followups go through the same Route class
    assert discord.webhook.async_.Route is discord.http.Route


def test_intents_are_the_four_it_needs():
    intents = bot_intents()
    assert intents.guilds and intents.guild_messages and intents.dm_messages and intents.message_content
    assert not intents.members and not intents.presences and not intents.guild_reactions


def test_invite_link_has_both_scopes_and_the_permissions():
    url = invite_url(42)
    assert "client_id=42" in url and "scope=bot+applications.commands" in url
    permissions = discord.Permissions(int(url.rsplit("permissions=", 1)[1]))
    assert permissions.send_messages and permissions.embed_links and permissions.read_message_history
    assert not permissions.mention_everyone and not permissions.administrator


def test_bot_never_mentions_and_owns_its_settings(tmp_path):
    settings = Settings(index=IndexConfig(index_dir=tmp_path / "idx"), discord=DiscordConfig(guild_ready_timeout=0.1))
    bot = build_bot(settings, Engine(settings.index))
    assert bot.allowed_mentions is not None and bot.allowed_mentions.to_dict() == {"parse": []}
    assert bot.feedback.path == tmp_path / "idx" / "feedback.sqlite"
    assert not bot.build_running


def test_domain_errors_become_short_messages():
    assert describe(IndexNotBuilt("x")) == "There is no index yet: a moderator can build it with /reindex."
    assert "first time" in describe(IndexNotBuilt("x"), first_build_running=True)
    assert "/reindex" in describe(IndexCorrupt("damaged"))
    assert describe(EmptyQuestion("x")) == "Ask a question with some words in it, for example: combien de roquettes ?"
    assert describe(NotModerator()).startswith("Only moderators")
    assert describe(NotModerator(), t=FR).startswith("Seuls les modérateurs")
    assert describe(app_commands.NoPrivateMessage()) == "This command only works in a server."
    assert "wait 13 s" in describe(app_commands.CommandOnCooldown(app_commands.Cooldown(1, 30), 12.2))
    assert describe(RuntimeError("bug")) is None
