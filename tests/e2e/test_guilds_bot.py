"""Two guilds on one bot (the real discord.py client, the fake Discord): what one guild's moderators add stays in that
guild (answers, /attacks, /sources, /status, autocomplete), the other's cannot remove it, and only the bot's owners
change the base that both see."""

from __future__ import annotations

import json

from bot.i18n import EN
from index.guilds import GUILD_FIRST_SOURCE_ID, guild_dir
from tests.conftest import FIXTURES, HashingEncoder
from tests.e2e.fake_discord import Callback, FakeAttachment, FakeDiscord, FakeGuild, InteractionRecord
from tests.e2e.helpers import (
    ARTICLES,
    NEW_ARTICLE,
    assert_no_mentions_anywhere,
    embed_of,
    ephemeral_text,
    make_engine,
    make_settings,
    running_bot,
    write_corpus,
)

G = GUILD_FIRST_SOURCE_ID
MOGADISHU = (FIXTURES / "events" / "mogadishu-car-bomb.md").read_bytes()
QUESTION = "car bomb Mogadishu checkpoint"


async def _reply(fake: FakeDiscord, record: InteractionRecord) -> str:
    callback = await fake.wait_callback(record)
    assert callback.ok, record.summary()
    if callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE:
        await fake.wait_original_edit(record, lambda c: bool(c.json.get("content")), timeout=15)
    return ephemeral_text(record)


async def _embed(fake: FakeDiscord, command: str, options: dict | None = None, **kwargs) -> dict:
    record = await fake.send_interaction(command, options or {}, **kwargs)
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")), timeout=15)
    return embed_of(final)


async def _choices(fake: FakeDiscord, command: str, options: dict, focused: str, **kwargs) -> list:
    record = await fake.send_autocomplete(command, options, focused=focused, **kwargs)
    return [c["value"] for c in (await fake.wait_callback(record)).json["data"]["choices"]]


async def _add(fake: FakeDiscord, name: str, data: bytes, **kwargs) -> str:
    options = {"file": FakeAttachment(name, data, "text/markdown"), **kwargs.pop("opts", {})}
    return await _reply(fake, await fake.send_interaction("source add", options, **kwargs))


async def _seen(fake: FakeDiscord, guild: FakeGuild | None) -> dict:
    """What a member sees of the corpus in one guild (None: a DM): the answer, the events, the sources, the status."""
    if guild is None:
        answer = await _embed(fake, "ask", {"question": QUESTION}, dm=True)
        return {"answer": answer["description"]}
    with fake.in_guild(guild):
        answer = await _embed(fake, "ask", {"question": QUESTION})
        attacks = await _embed(fake, "attacks")
        sources = await _embed(fake, "sources")
        status = await _embed(fake, "status")
        places = await _choices(fake, "attacks", {"where": "Mog"}, "where")
        removable = await _choices(fake, "source remove", {"id": ""}, "id", user=fake.member("mod"))
    return {
        "answer": answer["description"],
        "attacks": json.dumps(attacks, ensure_ascii=False),
        "sources": json.dumps(sources, ensure_ascii=False),
        "index": next(f["value"] for f in status["fields"] if f["name"] == EN("status.index")),
        "places": places,
        "removable": removable,
    }


async def test_a_guilds_sources_stay_in_that_guild(tmp_path, fake_discord):
    fake = fake_discord
    other = fake.add_guild("Other Guild")
    home = fake.guild
    write_corpus(tmp_path / "src", ARTICLES)
    settings = make_settings(tmp_path, fake, dev_guild_id=None)  # commands registered globally: both guilds
    settings.index.extract_events = True
    engine = make_engine(settings, HashingEncoder())
    async with running_bot(fake, settings, engine) as bot:
        added = await _add(fake, "mogadishu.md", MOGADISHU, user=fake.member("mod"))
        in_home, in_other, in_dm = await _seen(fake, home), await _seen(fake, other), await _seen(fake, None)

        with fake.in_guild(other):
            # The other guild's moderators (and its owner, with every permission there) cannot reach it.
            mod_b = fake.member("mod")
            not_theirs = await _reply(fake, await fake.send_interaction("source remove", {"id": G}, user=mod_b))
            owner_b = fake.member("owner")
            base_add = await _add(fake, *NEW_ARTICLE_BYTES, user=owner_b, opts={"base": True})
            base_remove = await _reply(
                fake, await fake.send_interaction("source remove", {"id": 1, "base": True}, user=owner_b)
            )
            base_reindex = await _reply(fake, await fake.send_interaction("reindex", {"base": True}, user=mod_b))
            base_choices = await _choices(fake, "source remove", {"id": "", "base": True}, "id", user=owner_b)
        mod_base = await _add(fake, *NEW_ARTICLE_BYTES, user=fake.member("mod"), opts={"base": True})
        still_there = [s.id for s in bot.manager(home.id).list()]

        # The application's owner changes the base: both guilds see it.
        owner_add = await _add(fake, *NEW_ARTICLE_BYTES, user=fake.member("owner"), opts={"base": True})
        erbil_home = await _embed(fake, "ask", {"question": "drone Erbil aéroport"})
        with fake.in_guild(other):
            erbil_other = await _embed(fake, "ask", {"question": "drone Erbil aéroport"})

    assert added.startswith(f"Added source #{G} (file mogadishu.md): 1 article.")
    assert "Mogadishu" in in_home["answer"] and "Mogadishu" not in in_other["answer"]
    assert "Mogadishu" not in in_dm["answer"]  # DMs read the base alone
    assert "Mogadishu" in in_home["attacks"] and "Mogadishu" not in in_other["attacks"]
    assert "car bomb" in in_home["sources"] and "car bomb" not in in_other["sources"]
    assert in_home["index"] != in_other["index"]
    assert in_home["places"] == ["Mogadishu"] and in_other["places"] == []
    assert in_home["removable"] == [G] and in_other["removable"] == []

    assert f"there is no source #{G}" in not_theirs and still_there == [G]
    refused = EN("error.not_owner_base")
    assert base_add == base_remove == base_reindex == mod_base == refused
    assert base_choices == []
    assert owner_add.startswith("Added source #1 (file erbil.md): 1 article.")
    assert "Erbil" in json.dumps(erbil_home, ensure_ascii=False)
    assert "Erbil" in json.dumps(erbil_other, ensure_ascii=False)

    index_dir = settings.index.index_dir
    assert (guild_dir(index_dir, home.id) / "sources" / f"src{G}").is_dir()
    assert not (guild_dir(index_dir, other.id) / "CURRENT").exists()  # no index for a guild that added nothing
    assert (index_dir / "sources" / "src1").is_dir()
    assert_no_mentions_anywhere(fake)


NEW_ARTICLE_BYTES = (NEW_ARTICLE[0], NEW_ARTICLE[1].encode())
