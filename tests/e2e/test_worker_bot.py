"""builds.mode = "worker": two sharded bot processes (real discord.py clients on the fake Discord) queue /reindex and
/source changes as jobs in the database, `eventbot worker`'s Worker runs them, the moderator sees the progress and
the result in their reply, and both processes serve the new build. Only moderators queue, for their own guild."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from bot.app import build_bot, build_worker
from bot.client import EventBot
from bot.i18n import EN
from bot.settings import Settings
from index.config import DatabaseConfig
from index.engine import Engine
from index.jobs import JobQueue
from tests.conftest import HashingEncoder
from tests.e2e.fake_discord import FakeAttachment, FakeDiscord, FakeGuild, run_client
from tests.e2e.helpers import ARTICLES, NEW_ARTICLE, embed_of, make_engine, make_settings, write_corpus

ERBIL = "drone aéroport Erbil"
MOSUL = b"""---
title: Attaque au mortier sur Mossoul
published: 2023-02-03
lang: fr
---
Des obus de mortier ont frappe le quartier ouest de Mossoul jeudi matin, sans faire de victimes.
"""


def _settings(tmp: Path, fake: FakeDiscord, shard: int, owner: int, database: str) -> Settings:
    settings = make_settings(tmp, fake, dev_guild_id=None, shard_count=2, shard_ids=[shard], owner_ids=[owner])
    settings.database = DatabaseConfig(url=database)  # the jobs table there: a SQLite file, or PostgreSQL
    settings.builds.mode = "worker"
    settings.builds.poll_seconds = 0.1
    settings.sources.feed_refresh_minutes = 0
    return settings


@contextlib.asynccontextmanager
async def _bots(tmp: Path, fake: FakeDiscord, owner: int, database: str) -> AsyncIterator[tuple[EventBot, EventBot]]:
    encoder = HashingEncoder()
    bots = []
    for shard in (0, 1):
        settings = _settings(tmp, fake, shard, owner, database)
        bots.append(build_bot(settings, make_engine(settings, encoder, build=shard == 0)))
    async with run_client(bots[0], fake), run_client(bots[1], fake):
        yield bots[0], bots[1]


@contextlib.contextmanager
def _worker(settings: Settings) -> Iterator[JobQueue]:
    """`eventbot worker`, in a thread of its own (its own Engine: another process in production)."""
    worker = build_worker(settings, Engine(settings.index, settings.search, encoder_factory=HashingEncoder))
    worker.name = "the-worker"
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), name="test-worker")
    thread.start()
    try:
        yield worker.queue
    finally:
        stop.set()
        thread.join(timeout=30)


def _jobs(settings: Settings) -> JobQueue:
    from bot.app import build_jobs

    return build_jobs(settings)


async def _ask(fake: FakeDiscord, guild: FakeGuild, question: str) -> str:
    with fake.in_guild(guild):
        record = await fake.send_interaction("ask", {"question": question})
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds") or c.json.get("content")))
    return embed_of(final)["description"] if final.json.get("embeds") else final.json["content"]


async def _last_build(fake: FakeDiscord) -> str:
    """The "Last build" line of /status in a DM (the base's part; DMs reach shard 0)."""
    record = await fake.send_interaction("status", dm=True)
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")))
    return next(f["value"] for f in embed_of(final)["fields"] if f["name"] == EN("status.last_build"))


async def test_index_changes_are_queued_and_run_by_the_worker(tmp_path, fake_discord, database_url):
    fake = fake_discord
    zero = fake.add_guild("Shard Zero", shard=(0, 2))
    one = fake.add_guild("Shard One", shard=(1, 2))
    with fake.in_guild(one):
        owner = fake.member("mod")  # a moderator there, and one of the bot's owners (discord.owner_ids)
    write_corpus(tmp_path / "src", ARTICLES)
    async with _bots(tmp_path, fake, owner.id, database_url) as (first, second):
        settings = first.settings
        queue = _jobs(settings)
        built_here = [bot.engine.build_status.last_report for bot in (first, second)]  # the test's setup only
        write_corpus(tmp_path / "src", dict([NEW_ARTICLE]))

        # No worker yet: the /reindex waits in the queue, and the moderator is told so.
        with fake.in_guild(one):
            record = await fake.send_interaction("reindex", {"base": True}, user=owner)
            await fake.wait_original_edit(record, lambda c: EN("progress.queued") in (c.json.get("content") or ""))
            again = await fake.send_interaction("reindex", {"base": True}, user=owner)
            refused = await fake.wait_callback(again)
        assert "already running" in refused.json["data"]["content"]
        (job,) = [queue.get(1)]
        assert (job.kind, job.guild_id, job.state) == ("reindex", None, "queued")
        # /status on the other shard (a DM: the base) shows the queued build.
        assert "running since" in await _last_build(fake) and owner.user.username in await _last_build(fake)

        with _worker(settings):
            final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")), timeout=30)
            assert EN("report.title") == embed_of(final)["title"]
            assert "erbil" in embed_of(final)["description"].lower()
            done = queue.get(job.id)
            assert (done.state, done.worker) == ("done", "the-worker")
            assert "1 added" in await _last_build(fake)  # every shard's /status: what the worker did
            # Neither bot process built anything: the worker did, and both now serve its build.
            assert [bot.engine.build_status.last_report for bot in (first, second)] == built_here
            for guild in (zero, one):
                assert "Erbil" in await _ask(fake, guild, ERBIL)

            # A moderator's upload on shard 0 is a job for their own guild; its result comes back in the reply.
            with fake.in_guild(zero):
                upload = FakeAttachment("mossoul.md", MOSUL, "text/markdown")
                added = await fake.send_interaction("source add", {"file": upload}, user=fake.member("mod"))
                reply = await fake.wait_original_edit(
                    added, lambda c: "Mossoul" in (c.json.get("content") or ""), timeout=30
                )
            assert added.shards == [[0, 2]]
            assert "Attaque au mortier sur Mossoul" in reply.json["content"]
            upload_job = queue.get(2)
            assert (upload_job.kind, upload_job.guild_id, upload_job.state) == ("add_file", zero.id, "done")
            assert "Mossoul" in await _ask(fake, zero, "obus de mortier Mossoul")
            assert "Mossoul" not in await _ask(fake, one, "obus de mortier Mossoul")  # the other guild's own

            # Members who are not moderators queue nothing, on either shard.
            for guild in (zero, one):
                with fake.in_guild(guild):
                    alice = fake.member("alice")
                    for command, options in (("reindex", {}), ("source add", {"url": "https://example.org/a"})):
                        record = await fake.send_interaction(command, options, user=alice, check_permissions=False)
                        callback = await fake.wait_callback(record)
                        assert "moderator" in callback.json["data"]["content"].lower(), callback.json
            # A guild's moderator cannot queue a change of the shared base either.
            with fake.in_guild(zero):
                record = await fake.send_interaction("reindex", {"base": True}, user=fake.member("mod"))
                callback = await fake.wait_callback(record)
                assert "owner" in callback.json["data"]["content"].lower()
            await asyncio.sleep(0.3)
            assert queue.open_job(None) is None and queue.open_job(zero.id) is None
            assert [queue.get(i).id for i in (1, 2)] == [1, 2]
            with contextlib.suppress(LookupError):
                queue.get(3)
                raise AssertionError("a refused command queued a job")
