"""/source add, remove and refresh on the real bot against the fake Discord, with a news site on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import bot.client
from bot.app import build_bot
from bot.client import EventBot
from bot.i18n import EN
from bot.settings import Settings
from index.config import SourcesConfig
from index.engine import Engine
from index.guilds import GUILD_FIRST_SOURCE_ID, guild_dir
from index.sources import SourceManager
from tests.conftest import HashingEncoder
from tests.e2e.fake_discord import Callback, FakeAttachment, FakeDiscord, InteractionRecord, run_client
from tests.e2e.helpers import (
    ARTICLES,
    assert_no_mentions_anywhere,
    embed_of,
    ephemeral_text,
    make_settings,
    write_corpus,
)
from tests.index.site import Site, serve

SOURCES_EXTENSION = "bot.exts.sources"
G = GUILD_FIRST_SOURCE_ID  # a guild's first source


@pytest.fixture(autouse=True)
def sources_extension(monkeypatch) -> None:
    """Registers the /source extension as client.EXTENSIONS will (after errors and admin), if it does not yet."""
    if SOURCES_EXTENSION not in bot.client.EXTENSIONS:
        monkeypatch.setattr(bot.client, "EXTENSIONS", (*bot.client.EXTENSIONS, SOURCES_EXTENSION))


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, settings: Settings, engine: Engine) -> AsyncIterator[EventBot]:
    eventbot = build_bot(settings, engine)
    async with run_client(eventbot, fake):
        yield eventbot


def manager_of(eventbot: EventBot, fake: FakeDiscord) -> SourceManager:
    """The sources of the fake's guild: what its moderators add is its own (numbered from GUILD_FIRST_SOURCE_ID)."""
    return eventbot.manager(fake.guild.id)


@pytest.fixture
def site():
    with serve() as running_site:
        yield running_site


def sources_settings(tmp_path: Path, fake: FakeDiscord, **sources) -> Settings:
    write_corpus(tmp_path / "src", ARTICLES)
    settings = make_settings(tmp_path, fake)
    settings.index.managed_sources = tmp_path / "managed"
    settings.sources = SourcesConfig(
        **{"allow_loopback": True, "timeout_seconds": 2, "feed_refresh_minutes": 0, "build_wait_seconds": 2, **sources}
    )
    return settings


def engine_for(settings: Settings) -> Engine:
    encoder = HashingEncoder()
    engine = Engine(settings.index, settings.search, encoder_factory=lambda: encoder)
    engine.build(requested_by="test")
    return engine


async def reply(fake: FakeDiscord, record: InteractionRecord, timeout: float = 10) -> str:
    """The ephemeral reply: an immediate message, or the deferred one once it has been edited with content."""
    callback = await fake.wait_callback(record)
    assert callback.ok, record.summary()
    if callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE:
        await fake.wait_original_edit(record, lambda c: bool(c.json.get("content")), timeout=timeout)
    return ephemeral_text(record)


async def answer(fake: FakeDiscord, question: str) -> str:
    record = await fake.send_interaction("ask", {"question": question}, user=fake.member("owner"))
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")))
    return embed_of(final)["description"]


async def test_source_add_is_for_moderators_and_answers_follow_at_once(tmp_path, fake_discord, site: Site, caplog):
    fake = fake_discord
    settings = sources_settings(tmp_path, fake)
    engine = engine_for(settings)
    url = site.url("/articles/erbil.html")
    caplog.set_level(logging.INFO, logger="bot")
    async with running(fake, settings, engine) as eventbot:
        command = next(c for c in fake.commands[fake.guild.id] if c["name"] == "source")
        assert int(command["default_member_permissions"]) == 1 << 5 and command.get("dm_permission") is False
        assert {o["name"] for o in command["options"]} == {"add", "remove", "refresh"}
        with pytest.raises(PermissionError):
            await fake.send_interaction("source add", {"url": url})  # Discord would not show it to alice
        refused = await fake.send_interaction("source add", {"url": url}, check_permissions=False)
        refused_text = await reply(fake, refused)
        before = await answer(fake, "drone aéroport Erbil")

        added = await fake.send_interaction("source add", {"url": url}, user=fake.member("mod"))
        added_text = await reply(fake, added)
        after = await answer(fake, "drone aéroport Erbil")
        twice = await reply(
            fake, await fake.send_interaction("source add", {"url": url + "#top"}, user=fake.member("mod"))
        )
        sources = manager_of(eventbot, fake).list()

    assert "Only moderators" in refused_text and "manage the sources" in refused_text
    assert before == EN("answer.no_answer")
    assert added.callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE
    assert added_text.startswith(
        f"Added source #{G} (web page [Un drone frappe l'aéroport d'Erbil](<{url}>)): 1 article."
    )
    assert (
        f"• [Un drone frappe l'aéroport d'Erbil](<{url}>) · January 2, 2023 · 3 sentences · 0 events found"
        in added_text
    )
    assert "Index updated in" in added_text
    assert after.startswith("> « Un drone chargé d'explosifs a frappé mardi soir l'aéroport d'Erbil") and url in after
    assert f"already indexed: source #{G}" in twice
    assert [(s.id, s.kind, s.origin) for s in sources] == [(G, "url", url)]
    assert sources[0].added_by.startswith("mod (")
    logged = [r.getMessage() for r in caplog.records if r.name.startswith(("bot.exts", "bot.checks"))]
    assert any(m.startswith(f"source add (url {url}) by mod") for m in logged)
    assert any(m.startswith("refused /source add to alice") for m in logged)
    assert_no_mentions_anywhere(fake)


async def test_source_add_refusals_are_clear_and_change_nothing(tmp_path, fake_discord, site: Site):
    fake = fake_discord
    settings = sources_settings(tmp_path, fake, max_upload_bytes=2_000)
    engine = engine_for(settings)
    serving = engine.store.current_path()
    mod = fake.member("mod")
    async with running(fake, settings, engine) as eventbot:
        none = await reply(fake, await fake.send_interaction("source add", {}, user=mod))
        both = await reply(
            fake,
            await fake.send_interaction(
                "source add", {"url": site.url("/articles/balad.html"), "feed": site.url("/feed.xml")}, user=mod
            ),
        )
        private = await reply(
            fake, await fake.send_interaction("source add", {"url": site.url("/to-private")}, user=mod)
        )
        broken = await reply(fake, await fake.send_interaction("source add", {"url": site.url("/error")}, user=mod))
        not_feed = await reply(
            fake, await fake.send_interaction("source add", {"feed": site.url("/not-a-feed.xml")}, user=mod)
        )
        binary = await reply(
            fake,
            await fake.send_interaction(
                "source add", {"file": FakeAttachment("photo.txt", b"\x00\x01\x02" * 100, "text/plain")}, user=mod
            ),
        )
        huge = await reply(
            fake,
            await fake.send_interaction(
                "source add", {"file": FakeAttachment("long.txt", b"mot " * 1000, "text/plain")}, user=mod
            ),
        )
        sources = manager_of(eventbot, fake).list()

    assert none == both == "Give exactly one of `url`, `feed` or `file`."
    assert "refused: 10.0.0.1 is a private address" in private
    assert "answered HTTP 500" in broken
    assert "is not an RSS or Atom feed" in not_feed
    assert "photo.txt is a binary file" in binary
    assert "long.txt is too large (4,000 bytes; the limit is 2,000)" in huge
    assert sources == [] and engine.store.current_path() == serving


async def test_file_upload_then_remove_with_autocomplete(tmp_path, fake_discord, site: Site):
    fake = fake_discord
    settings = sources_settings(tmp_path, fake)
    engine = engine_for(settings)
    mod = fake.member("mod")
    note = (
        "---\ntitle: Obus sur Tikrit\npublished: 2020-06-01\nurl: https://example.org/tikrit\n---\n"
        "Deux obus sont tombés samedi sur un marché de Tikrit. Trois civils ont été blessés, selon la police.\n"
    )
    async with running(fake, settings, engine):
        uploaded = await reply(
            fake,
            await fake.send_interaction(
                "source add", {"file": FakeAttachment("tikrit.md", note.encode(), "text/markdown")}, user=mod
            ),
        )
        site.feed = ["kirkouk"]
        await reply(fake, await fake.send_interaction("source add", {"feed": site.url("/feed.xml")}, user=mod))
        before = await answer(fake, "obus marché Tikrit")

        typed = await fake.send_autocomplete("source remove", {"id": "tik"}, focused="id", user=mod)
        choices = (await fake.wait_callback(typed)).json["data"]["choices"]
        everything = await fake.send_autocomplete("source remove", {"id": ""}, focused="id", user=mod)
        all_choices = (await fake.wait_callback(everything)).json["data"]["choices"]
        peeking = await fake.send_autocomplete("source remove", {"id": ""}, focused="id")  # alice, a member
        member_choices = (await fake.wait_callback(peeking)).json["data"]["choices"]

        member = await reply(fake, await fake.send_interaction("source remove", {"id": G}, check_permissions=False))
        removed = await reply(fake, await fake.send_interaction("source remove", {"id": G}, user=mod))
        after = await answer(fake, "obus marché Tikrit")
        unknown = await reply(fake, await fake.send_interaction("source remove", {"id": G}, user=mod))

    assert uploaded.startswith(f"Added source #{G} (file tikrit.md): 1 article.")
    assert "[Obus sur Tikrit](<https://example.org/tikrit>) · June 1, 2020 · 2 sentences" in uploaded
    assert "https://example.org/tikrit" in before
    assert choices == [{"name": f"#{G} file: Obus sur Tikrit", "value": G}]
    assert [c["value"] for c in all_choices] == [G + 1, G]  # newest first
    assert member_choices == []  # members do not get to list the sources through autocomplete
    assert "Only moderators" in member
    assert removed.startswith(
        f"Removed source #{G} (file tikrit.md): 1 article and its sentences and events left the index."
    )
    assert "https://example.org/tikrit" not in after
    assert f"there is no source #{G}" in unknown
    assert not (guild_dir(settings.index.index_dir, fake.guild.id) / "sources" / f"src{G}").exists()
    assert_no_mentions_anywhere(fake)


async def test_refresh_now(tmp_path, fake_discord, site: Site):
    fake = fake_discord
    settings = sources_settings(tmp_path, fake)
    engine = engine_for(settings)
    mod = fake.member("mod")
    site.feed = ["kirkouk"]
    async with running(fake, settings, engine):
        await reply(fake, await fake.send_interaction("source add", {"feed": site.url("/feed.xml")}, user=mod))
        nothing = await reply(fake, await fake.send_interaction("source refresh", user=mod))
        site.feed = ["erbil", "kirkouk"]
        refreshed = await reply(fake, await fake.send_interaction("source refresh", user=mod))
        after = await answer(fake, "drone aéroport Erbil")

    feed = f"[Le Quotidien - Monde](<{site.url('/feed.xml')}>)"
    assert nothing == f"Refreshed source #{G} (feed {feed}): 0 new articles.\nNothing new: the index is unchanged."
    assert refreshed.startswith(f"Refreshed source #{G} (feed {feed}): 1 new article.\n• [Un drone frappe")
    assert site.url("/articles/erbil.html") in after


async def test_feeds_are_refreshed_on_schedule(tmp_path, fake_discord, site: Site, caplog):
    fake = fake_discord
    settings = sources_settings(tmp_path, fake, feed_refresh_minutes=0.005)  # every 0.3 s
    engine = engine_for(settings)
    caplog.set_level(logging.INFO, logger="bot")
    site.feed = ["kirkouk"]
    async with running(fake, settings, engine) as eventbot:
        manager = manager_of(eventbot, fake)
        await asyncio.to_thread(manager.add_feed, site.url("/feed.xml"), "test")
        site.feed = ["mossoul", "kirkouk"]
        refreshed = f"feed #{G} refreshed: 1 new articles"
        for _ in range(600):  # up to 30 s: a loaded CI machine builds slowly
            # The log line comes last, on the event loop, after the registry was updated in the worker thread.
            if any(r.getMessage() == refreshed for r in caplog.records):
                break
            await asyncio.sleep(0.05)
        feed = manager.list()[0]

    assert feed.articles == 2 and feed.last_result == "ok: 1 new article"
    assert site.url("/articles/mossoul.html") in [
        h.article.url for h in eventbot.scope(fake.guild.id).ask("engin explosif patrouille Mossoul").hits
    ]
    assert any(r.getMessage() == refreshed for r in caplog.records)
