"""Questions: /ask, mentions and DMs, the "More context" button and the 👍/👎 feedback buttons."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from index.search import clean_question

from .. import render
from ..client import bot_of
from ..i18n import EN, Messages
from .errors import PUBLIC_REPLY, explain, report_error

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)


class ContextButton(discord.ui.DynamicItem[discord.ui.Button], template=r"eb:ctx:(?P<answer>\d+)"):
    """Shows the sentences around each cited one; the answer id in the custom id survives restarts."""

    def __init__(self, answer_id: int, t: Messages = EN):
        super().__init__(
            discord.ui.Button(
                label=t("button.more_context"),
                emoji="📖",
                style=discord.ButtonStyle.secondary,
                custom_id=f"eb:ctx:{answer_id}",
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]):
        return cls(int(match["answer"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            bot = bot_of(interaction)
            t = bot.messages_for(interaction)
            embed = await asyncio.to_thread(context_embed, bot, self.answer_id, interaction.guild_id, t)
            await interaction.edit_original_response(embed=embed)
        except Exception as exc:
            await report_error(interaction, exc)


class VoteButton(discord.ui.DynamicItem[discord.ui.Button], template=r"eb:vote:(?P<vote>up|down):(?P<answer>\d+)"):
    def __init__(self, vote: str, answer_id: int):
        super().__init__(
            discord.ui.Button(
                emoji="👍" if vote == "up" else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"eb:vote:{vote}:{answer_id}",
            )
        )
        self.vote, self.answer_id = vote, answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]):
        return cls(match["vote"], int(match["answer"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            # Acknowledged first: the write may wait for the database, Discord waits 3 seconds for nobody.
            await interaction.response.defer(ephemeral=True, thinking=True)
            bot = bot_of(interaction)

            def record() -> bool:
                voter = bot.insights.person(interaction.user.id)  # never the id in clear
                known = bot.feedback.vote(self.answer_id, voter, self.vote)  # type: ignore[arg-type]  # up|down by the id
                bot.insights.vote(self.answer_id, interaction.user.id, self.vote)
                return known

            known = await bot.run_small(record)
            t = bot.messages_for(interaction)
            await interaction.edit_original_response(content=t("vote.thanks") if known else t("vote.gone"))
        except Exception as exc:
            await report_error(interaction, exc)


def answer_view(answer_id: int, t: Messages = EN) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ContextButton(answer_id, t))
    view.add_item(VoteButton("up", answer_id))
    view.add_item(VoteButton("down", answer_id))
    return view


def context_embed(bot: EventBot, answer_id: int, guild_id: int | None, t: Messages = EN) -> discord.Embed:
    """Blocking (SQLite): the "More context" reply for a stored answer, read where it was asked (its guild's part)."""
    stored = bot.feedback.answer(answer_id)
    if stored is None:
        return discord.Embed(description=t("context.answer_gone"))
    window = bot.settings.discord.context_sentences
    scope = bot.scope(guild_id)
    passages = [scope.context(sentence_id, window) for sentence_id in stored.sentence_ids]
    return render.context_embed(stored.question, passages, window, t)


class Asking(commands.Cog):
    def __init__(self, bot: EventBot):
        self.bot = bot
        self._cooldowns: dict[int, app_commands.Cooldown] = {}

    # --- checks shared by /ask and mentions ----------------------------------------------------
    def _validate(self, question: str, guild_id: int | None) -> None:
        """Raises EmptyQuestion / QuestionTooLong / IndexNotBuilt before anything is deferred, so the reply is
        ephemeral."""
        clean_question(question, self.bot.settings.search.max_question_chars)
        self.bot.scope(guild_id).require_ready()

    def _take_cooldown(self, user_id: int) -> None:
        cfg = self.bot.settings.discord
        if cfg.cooldown_seconds <= 0:
            return
        if len(self._cooldowns) > 10_000:  # forget users whose bucket has refilled
            self._cooldowns = {u: b for u, b in self._cooldowns.items() if b.get_tokens() < b.rate}
        bucket = self._cooldowns.setdefault(user_id, app_commands.Cooldown(cfg.cooldown_rate, cfg.cooldown_seconds))
        retry_after = bucket.update_rate_limit()
        if retry_after:
            raise app_commands.CommandOnCooldown(bucket, retry_after)

    async def _answer(
        self, question: str, k: int | None, *, user_id: int, guild_id: int | None, t: Messages
    ) -> tuple[discord.Embed, discord.ui.View]:
        bot = self.bot

        def work():
            answer = bot.scope(guild_id).ask(question, k)
            asker = bot.insights.person(user_id)  # the feedback store keeps the keyed hash too, never the id
            answer_id = bot.feedback.save_answer(answer, asker) if answer.hits else None
            if bot.settings.insights.enabled:
                bot.insights.record(
                    answer.question,
                    answer.lang,
                    guild_id=guild_id,
                    user_id=user_id,
                    sentence_ids=[hit.sentence_id for hit in answer.hits],
                    best_score=answer.hits[0].score if answer.hits else None,
                    answer_id=answer_id,
                )
            return answer, answer_id

        answer, answer_id = await asyncio.to_thread(work)
        embed = render.answer_embed(answer, t=t)
        return embed, (answer_view(answer_id, t) if answer_id is not None else discord.utils.MISSING)

    # --- /ask ----------------------------------------------------------------------------------
    @app_commands.command(name="ask", description="Answer a question from the news articles, with cited sentences")
    @app_commands.describe(
        question="What you want to know, in French or English",
        results="How many sentences to quote (1 to 10)",
        private="Show the answer only to you",
    )
    async def ask(
        self,
        interaction: discord.Interaction,
        question: str,
        results: app_commands.Range[int, 1, 10] | None = None,
        private: bool = False,
    ) -> None:
        self._validate(question, interaction.guild_id)
        self._take_cooldown(interaction.user.id)
        interaction.extras[PUBLIC_REPLY] = not private
        await interaction.response.defer(thinking=True, ephemeral=private)
        k = min(results, self.bot.settings.discord.max_results) if results else None
        t = self.bot.messages_for(interaction)
        embed, view = await self._answer(question, k, user_id=interaction.user.id, guild_id=interaction.guild_id, t=t)
        await interaction.edit_original_response(embed=embed, view=view)

    # --- mentions and DMs ----------------------------------------------------------------------
    def mention_question(self, message: discord.Message) -> str | None:
        """The question in a message addressed to the bot (a DM, or a mention of it); None otherwise."""
        me = self.bot.user
        if me is None or message.author.bot:
            return None
        mention = re.compile(rf"<@!?{me.id}>")
        if message.guild is not None:
            if not mention.search(message.content):
                return None  # @everyone, @here and role mentions are not addressed to the bot
            allowed = self.bot.settings.discord.mention_channel_ids
            channel = message.channel
            if allowed and channel.id not in allowed and getattr(channel, "parent_id", None) not in allowed:
                return None
        return mention.sub(" ", message.content).strip()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self.mention_question(message)
        if question is None:
            return
        t = self.bot.messages_for_message(message, question)
        try:
            guild_id = message.guild.id if message.guild is not None else None
            self._validate(question, guild_id)
            self._take_cooldown(message.author.id)
            embed, view = await self._answer(question, None, user_id=message.author.id, guild_id=guild_id, t=t)
        except Exception as exc:
            text = explain(exc, self.bot, "a mention", message.author, t)
            await self._reply(message, content=render.fit_content(text))
            return
        await self._reply(message, embed=embed, view=view)

    @staticmethod
    async def _reply(message: discord.Message, **fields) -> None:
        try:
            await message.reply(mention_author=False, **fields)
        except discord.HTTPException as exc:  # no permission to reply there, or the message is gone
            log.warning("could not answer %s in channel %s: %s", message.author, message.channel.id, exc)


async def setup(bot: EventBot) -> None:
    bot.add_dynamic_items(ContextButton, VoteButton)
    await bot.add_cog(Asking(bot))


async def teardown(bot: EventBot) -> None:
    bot.remove_dynamic_items(ContextButton, VoteButton)
