"""/help and /about for everyone; /insights for moderators: what members asked and did not find."""

from __future__ import annotations

import asyncio
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import EventbotError
from index.insights import Insights
from index.models import ArticleRef

from .. import render
from ..checks import is_insights_moderator
from ..i18n import Messages

if TYPE_CHECKING:
    from ..client import EventBot


def package_version() -> str:
    try:
        return version("eventbot")
    except PackageNotFoundError:
        return "dev"


class Info(commands.Cog):
    def __init__(self, bot: EventBot):
        self.bot = bot

    @app_commands.command(name="help", description="What the bot can do, for members and moderators")
    async def help(self, interaction: discord.Interaction) -> None:
        t = self.bot.messages_for(interaction)
        await interaction.response.send_message(embed=render.help_embed(t), ephemeral=True)

    @app_commands.command(name="about", description="Version, model, sources, privacy and invite link")
    async def about(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        embed = await asyncio.to_thread(self._about_embed, interaction.guild_id, self.bot.messages_for(interaction))
        await interaction.edit_original_response(embed=embed)

    def _about_embed(self, guild_id: int | None, t: Messages) -> discord.Embed:
        from ..client import invite_url

        try:
            manifest = self.bot.scope(guild_id).manifest()
            model, articles = manifest.model, manifest.articles
        except EventbotError:
            model, articles = self.bot.settings.index.model, None
        invite = invite_url(self.bot.application_id) if self.bot.application_id else None
        retention = self.bot.settings.insights.retention_days
        return render.about_embed(package_version(), model, articles, retention, invite, t)

    @app_commands.command(name="insights", description="What members asked, and what they did not find (moderators)")
    @app_commands.describe(days="How many days back (1 to 365, default 30)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @app_commands.check(is_insights_moderator)
    async def insights(self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 365] = 30) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        t = self.bot.messages_for(interaction)
        embed = await asyncio.to_thread(self._insights_embed, interaction.guild_id, days, t)
        await interaction.edit_original_response(embed=embed)

    def _insights_embed(self, guild_id: int | None, days: int, t: Messages) -> discord.Embed:
        found = self.bot.insights.summary(days, guild_id=guild_id)
        sentences, titles = cited_texts(self.bot, found, guild_id)
        return render.insights_embed(found, sentences, titles, t)


def cited_texts(bot: EventBot, found: Insights, guild_id: int | None) -> tuple[dict[str, str], dict[str, ArticleRef]]:
    """The text of the downvoted answers' sentences and the refs of the cited articles (those still indexed), read
    where they were asked."""
    sentences: dict[str, str] = {}
    titles: dict[str, ArticleRef] = {}
    scope = bot.scope(guild_id)
    if not scope.is_ready():
        return sentences, titles
    try:
        for answer in found.downvoted:
            for sentence_id in answer.sentence_ids[:2]:
                passage = scope.context(sentence_id, 0)
                if passage.sentences:
                    sentences[sentence_id] = passage.sentences[0].text
        for article_id, _ in found.cited:
            ref = scope.article_ref(article_id)
            if ref is not None:
                titles[article_id] = ref
    except EventbotError:
        pass  # the index cannot be read now: the questions are shown without the quotes
    return sentences, titles


async def setup(bot: EventBot) -> None:
    await bot.add_cog(Info(bot))
