"""Questions: /ask, mentions and DMs, the "More context" button and the 👍/👎 feedback buttons."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index.search import clean_question

from .. import render
from .errors import PUBLIC_REPLY, explain, report_error

if TYPE_CHECKING:
    from ..client import EventBot

log = logging.getLogger(__name__)


class ContextButton(discord.ui.DynamicItem[discord.ui.Button], template=r"eb:ctx:(?P<answer>\d+)"):
    """Shows the sentences around each cited one; the answer id in the custom id survives restarts."""

    def __init__(self, answer_id: int):
        super().__init__(
            discord.ui.Button(
                label="More context", emoji="📖", style=discord.ButtonStyle.secondary, custom_id=f"eb:ctx:{answer_id}"
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]):
        return cls(int(match["answer"]))

    async def callback(self, interaction: discord.Interaction[EventBot]) -> None:
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            embed = await asyncio.to_thread(context_embed, interaction.client, self.answer_id)
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
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]):
        return cls(match["vote"], int(match["answer"]))

    async def callback(self, interaction: discord.Interaction[EventBot]) -> None:
        try:
            # Acknowledged first: the write may wait for the database, Discord waits 3 seconds for nobody.
            await interaction.response.defer(ephemeral=True, thinking=True)
            known = await interaction.client.run_small(
                interaction.client.feedback.vote,
                self.answer_id,
                str(interaction.user.id),
                self.vote,  # type: ignore[arg-type]
            )
            text = "Thanks, your feedback is recorded." if known else "That answer is no longer on record."
            await interaction.edit_original_response(content=text)
        except Exception as exc:
            await report_error(interaction, exc)


def answer_view(answer_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ContextButton(answer_id))
    view.add_item(VoteButton("up", answer_id))
    view.add_item(VoteButton("down", answer_id))
    return view


def context_embed(bot: EventBot, answer_id: int) -> discord.Embed:
    """Blocking (SQLite): the "More context" reply for a stored answer."""
    stored = bot.feedback.answer(answer_id)
    if stored is None:
        return discord.Embed(description="That answer is no longer on record; ask the question again.")
    window = bot.settings.discord.context_sentences
    passages = [bot.engine.context(sentence_id, window) for sentence_id in stored.sentence_ids]
    return render.context_embed(stored.question, passages, window)


class Asking(commands.Cog):
    def __init__(self, bot: EventBot):
        self.bot = bot
        self._cooldowns: dict[int, app_commands.Cooldown] = {}

    # --- checks shared by /ask and mentions ----------------------------------------------------
    def _validate(self, question: str) -> None:
        """Raises EmptyQuestion / QuestionTooLong / IndexNotBuilt before anything is deferred, so the reply is ephemeral."""
        clean_question(question, self.bot.settings.search.max_question_chars)
        self.bot.engine.require_ready()

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

    async def _answer(self, question: str, k: int | None, asked_by: str) -> tuple[discord.Embed, discord.ui.View]:
        def work():
            answer = self.bot.engine.ask(question, k)
            return answer, (self.bot.feedback.save_answer(answer, asked_by) if answer.hits else None)

        answer, answer_id = await asyncio.to_thread(work)
        embed = render.answer_embed(answer)
        return embed, (answer_view(answer_id) if answer_id is not None else discord.utils.MISSING)

    # --- /ask ----------------------------------------------------------------------------------
    @app_commands.command(name="ask", description="Answer a question from the news articles, with cited sentences")
    @app_commands.describe(
        question="What you want to know, in French or English", results="How many sentences to quote (1 to 10)"
    )
    async def ask(
        self, interaction: discord.Interaction, question: str, results: app_commands.Range[int, 1, 10] | None = None
    ) -> None:
        self._validate(question)
        self._take_cooldown(interaction.user.id)
        interaction.extras[PUBLIC_REPLY] = True
        await interaction.response.defer(thinking=True)
        k = min(results, self.bot.settings.discord.max_results) if results else None
        embed, view = await self._answer(question, k, asked_by=str(interaction.user.id))
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
        try:
            self._validate(question)
            self._take_cooldown(message.author.id)
            embed, view = await self._answer(question, None, asked_by=str(message.author.id))
        except Exception as exc:
            text = explain(exc, self.bot, "a mention", message.author)
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
