"""Sharded bot processes (discord.shard_count / shard_ids), each a real discord.py AutoShardedBot on the fake Discord,
which routes a guild's events to shard (guild_id >> 22) % shard_count as Discord does: each process answers its own
guilds only, and every process serves the build another process switched to, without a restart."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_bot
from bot.client import EventBot, ShardedEventBot
from bot.settings import DiscordConfig, Settings
from index.engine import Engine
from tests.conftest import HashingEncoder
from tests.e2e.fake_discord import FakeDiscord, FakeGuild, run_client
from tests.e2e.helpers import ARTICLES, NEW_ARTICLE, embed_of, make_engine, make_settings, write_corpus

ROCKETS = "roquettes Kirkouk"
ERBIL = "drone aéroport Erbil"


def _shard_of(guild_id: int, count: int = 2) -> int:
    return (guild_id >> 22) % count


def _process(tmp: Path, fake: FakeDiscord, shard_ids: list[int] | None, count: int | None = 2) -> Settings:
    """One bot process's settings: the same index directory for all, its own shards."""
    settings = make_settings(tmp, fake, dev_guild_id=None, shard_count=count, shard_ids=shard_ids)
    settings.builds.poll_seconds = 0.2  # how often a process looks for a build another switched to
    return settings


@contextlib.asynccontextmanager
async def _two_processes(tmp: Path, fake: FakeDiscord) -> AsyncIterator[tuple[EventBot, EventBot]]:
    """Two bot processes, shard 0 and shard 1 of 2, each with its own Engine over the one index directory."""
    encoder = HashingEncoder()
    bots = []
    for shard in (0, 1):
        settings = _process(tmp, fake, [shard])
        bots.append(build_bot(settings, make_engine(settings, encoder, build=shard == 0)))
    async with run_client(bots[0], fake), run_client(bots[1], fake):
        yield bots[0], bots[1]


async def _ask(fake: FakeDiscord, guild: FakeGuild | None, question: str) -> tuple[str, list[list[int]]]:
    """The answer a member gets in `guild` (None: a DM), and the shards that received the interaction."""
    if guild is None:
        record = await fake.send_interaction("ask", {"question": question}, dm=True)
    else:
        with fake.in_guild(guild):
            record = await fake.send_interaction("ask", {"question": question})
    final = await fake.wait_original_edit(
        record, lambda c: bool(c.json.get("embeds") or c.json.get("content")), timeout=15
    )
    text = embed_of(final)["description"] if final.json.get("embeds") else final.json["content"]
    return text, record.shards


async def test_each_process_answers_its_own_guilds_only(tmp_path, fake_discord):
    fake = fake_discord
    zero = fake.add_guild("Shard Zero", shard=(0, 2))
    one = fake.add_guild("Shard One", shard=(1, 2))
    write_corpus(tmp_path / "src", ARTICLES)
    async with _two_processes(tmp_path, fake) as (first, second):
        assert isinstance(first, ShardedEventBot) and isinstance(second, ShardedEventBot)
        assert sorted(s["shard"] for s in fake.identifies) == [[0, 2], [1, 2]]
        # Each process holds the guilds Discord routes to its shard, and only those.
        for bot, shard in ((first, 0), (second, 1)):
            expected = {g.id for g in fake.guilds if _shard_of(g.id) == shard}
            assert {g.id for g in bot.guilds} == expected
        assert zero.id in {g.id for g in first.guilds} and one.id in {g.id for g in second.guilds}

        answer_zero, shards_zero = await _ask(fake, zero, ROCKETS)
        answer_one, shards_one = await _ask(fake, one, ROCKETS)
        assert shards_zero == [[0, 2]] and shards_one == [[1, 2]]  # one process got each, and answered it
        assert "Kirkouk" in answer_zero and answer_zero == answer_one

        # DMs reach shard 0 only, as on Discord.
        answer_dm, shards_dm = await _ask(fake, None, ROCKETS)
        assert shards_dm == [[0, 2]] and answer_dm == answer_zero

        # A mention in a guild of shard 1 reaches that process alone, and it replies.
        with fake.in_guild(one):
            sent = await fake.send_message(f"<@{fake.bot_user.id}> {ROCKETS}")
            assert sent.delivered == 1
            reply = await fake.wait_channel_message(fake.default_channel, after=sent.at, timeout=15)
        assert "Kirkouk" in embed_of(reply)["description"]


async def test_every_process_follows_the_build_another_switched_to(tmp_path, fake_discord):
    fake = fake_discord
    zero = fake.add_guild("Shard Zero", shard=(0, 2))
    one = fake.add_guild("Shard One", shard=(1, 2))
    write_corpus(tmp_path / "src", ARTICLES)
    async with _two_processes(tmp_path, fake) as (first, second):
        before = [(await _ask(fake, g, ERBIL))[0] for g in (zero, one)]
        assert not any("Erbil" in text for text in before), before
        serving = {bot: bot.engine.serving_build for bot in (first, second)}
        assert None not in serving.values()

        # A third process (the worker, `eventbot index`) builds and switches CURRENT; neither bot is told.
        write_corpus(tmp_path / "src", dict([NEW_ARTICLE]))
        worker = Engine(first.settings.index, first.settings.search, encoder_factory=HashingEncoder)
        report = await _in_thread(worker.build, requested_by="worker")
        assert report.added == ["erbil"]

        # Both processes load the new build in the background (no question needed), then answer from it.
        for bot in (first, second):
            await _until(lambda b=bot: b.engine.serving_build != serving[b], timeout=10)
        after = [(await _ask(fake, g, ERBIL))[0] for g in (zero, one)]
        assert all("Erbil" in text for text in after), after


async def _in_thread(fn, **kwargs):
    return await asyncio.to_thread(fn, **kwargs)


async def _until(predicate, *, timeout: float) -> None:
    """Poll the bot's own state (the fake cannot wake on it: nothing is sent to Discord)."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.05)


def test_one_plain_connection_unless_shards_are_configured(tmp_path, fake_discord):
    engine = Engine(_process(tmp_path, fake_discord, None, None).index, encoder_factory=HashingEncoder)
    plain = build_bot(_process(tmp_path, fake_discord, None, None), engine)
    every = build_bot(_process(tmp_path, fake_discord, None, 4), engine)
    assert type(plain) is EventBot and plain.shard_count is None
    assert isinstance(every, ShardedEventBot) and (every.shard_count, every.shard_ids) == (4, None)
    for bot in (plain, every):
        bot.feedback.close()
        bot.insights.close()


def test_shard_settings_are_checked():
    assert DiscordConfig().sharded is False  # one plain connection by default
    assert DiscordConfig(shard_count=2).shard_ids is None  # every shard in this process
    for bad in ({"shard_ids": [0]}, {"shard_count": 2, "shard_ids": [2]}, {"shard_count": 2, "shard_ids": [0, 0]}):
        with pytest.raises(ValueError, match="shard"):
            DiscordConfig(**bad)


def test_shards_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no config/eventbot.toml, no .env here
    monkeypatch.setenv("EVENTBOT_DISCORD__SHARD_COUNT", "2")
    monkeypatch.setenv("EVENTBOT_DISCORD__SHARD_IDS", "[1]")
    settings = Settings()
    assert (settings.discord.shard_count, settings.discord.shard_ids) == (2, [1])
