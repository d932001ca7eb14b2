"""/attacks on the real bot against the fake Discord: events extracted at build time, listed with citations,
filtered, suggested, paged, their evidence shown, charted, and bad dates refused."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any

import pytest

from bot import render
from bot.client import EventBot
from bot.settings import Settings
from tests.e2e.fake_discord import Callback, FakeDiscord, HttpCall, InteractionRecord, pending_discord_tasks
from tests.e2e.helpers import (
    GatedEncoder,
    assert_no_mentions_anywhere,
    custom_ids,
    embed_of,
    ephemeral_text,
    make_engine,
    make_settings,
    message_body,
    message_calls,
    running_bot,
    write_corpus,
)

# Invented articles, in French and English; only the first two report attacks.
ATTACK_ARTICLES = {
    "menaka.md": """---
title: "Mali : un convoi touché par un engin explosif près de Ménaka"
published: 2022-03-10
lang: fr
url: https://example.org/menaka
---
Un engin explosif improvisé a frappé mardi un convoi militaire près de Ménaka, dans l'est du Mali. Trois soldats ont été tués et cinq autres blessés, selon l'armée malienne. L'attaque n'a pas été revendiquée.
""",  # noqa: E501 (an article as published: one paragraph a line)
    "mosul.md": """---
title: Rocket attack on Mosul airport
published: 2023-06-20
lang: en
url: https://example.org/mosul
---
Two rockets struck Mosul airport late on Monday, security officials said. Four civilians were killed and seven wounded, according to the police, while a local hospital said six people were killed. No group claimed responsibility for the attack.
""",  # noqa: E501 (an article as published: one paragraph a line)
    "cup.md": """---
title: "Football : Gao remporte la coupe"
published: 2023-06-21
lang: fr
url: https://example.org/cup
---
L'équipe de Gao a remporté dimanche la coupe nationale après une finale tendue. Les supporters ont fait la fête toute la nuit.
""",  # noqa: E501 (an article as published: one paragraph a line)
}

ROCKET_TOWNS = ("Kirkouk", "Erbil", "Tikrit", "Samarra", "Bassora", "Falloujah")


def rocket_articles() -> dict[str, str]:
    """Six more short attacks, nine days apart in 2021: with the two above, two pages of events."""
    out = {}
    for i, town in enumerate(ROCKET_TOWNS):
        published = dt.date(2021, 5, 3) + dt.timedelta(days=9 * i)
        out[f"roquette-{i}.md"] = f"""---
title: "Une roquette tombe sur {town}"
published: {published.isoformat()}
lang: fr
url: https://example.org/roquette/{i}
---
Une roquette s'est abattue hier sur {town}, sans faire de victime, selon la police locale.
"""
    return out


def with_events(settings: Settings) -> Settings:
    """The e2e settings with event extraction on (the shared helper turns it off to keep other tests fast)."""
    return settings.model_copy(update={"index": settings.index.model_copy(update={"extract_events": True})})


@pytest.fixture
def encoder() -> GatedEncoder:
    return GatedEncoder()


async def attacks(fake: FakeDiscord, user=None, **options) -> tuple[InteractionRecord, HttpCall]:
    """Run /attacks and wait for the list (the deferred reply edited with an embed)."""
    record = await fake.send_interaction("attacks", options, user=user)
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")))
    assert final.ok, final.summary()
    return record, final


async def pager_listening(bot: EventBot, count: int = 1) -> None:
    """Wait until the bot has read the edit's answer and registered its buttons: the fake records the edit before
    the bot sees the reply, and a click dispatched in between would find no view (a person cannot be that quick)."""
    cog: Any = bot.get_cog("Attacks")  # Any: discord.py loads the extension as a module object of its own
    async with asyncio.timeout(5):
        while len(cog.pagers) < count:
            await asyncio.sleep(0.01)


async def ephemeral_reply(fake: FakeDiscord, record: InteractionRecord) -> str:
    callback = await fake.wait_callback(record)
    assert callback.ok, record.summary()
    if callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE:
        await fake.wait_original_edit(record, lambda c: bool(c.json.get("content")))
    return ephemeral_text(record)


def event_lines(embed: dict) -> list[str]:
    return [line for line in embed["description"].split("\n") if re.match(r"\*\*\d+\. ", line)]


def assert_no_mentions(fake: FakeDiscord) -> None:
    for call in message_calls(fake):
        allowed = message_body(call).get("allowed_mentions")
        assert allowed is not None and allowed["parse"] == [], call.summary()


async def test_attacks_lists_cited_events_newest_first_and_filters_by_place(tmp_path, fake_discord, encoder):
    fake = fake_discord
    write_corpus(tmp_path / "src", ATTACK_ARTICLES)
    settings = with_events(make_settings(tmp_path, fake))
    async with running_bot(fake, settings, make_engine(settings, encoder)) as bot:
        assert "attacks" in {c["name"] for c in fake.commands[fake.guild.id]}
        record, listing = await attacks(fake)
        _, in_mali = await attacks(fake, where="menaka")  # typed without the accent
        _, nowhere = await attacks(fake, where="Tombouctou")
        _, by_weapon = await attacks(fake, weapon="roquette", since="2023", until="2023-06")
        await pager_listening(bot, 3)  # one per list that has events
    assert not pending_discord_tasks()  # the pagers were stopped at shutdown

    assert record.callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE
    assert not (record.callback.json.get("data") or {}).get("flags", 0) & 64  # the list is public
    embed = embed_of(listing)
    assert embed["title"] == "Attack events"
    lines = event_lines(embed)
    assert len(lines) == 2  # the football article reports no attack
    mosul, menaka = lines
    assert mosul.startswith("**1. June 19, 2023** · Mosul airport")
    assert re.search(r"2 × \w+", mosul) and "7 injured" in mosul and "not claimed" in mosul
    assert re.search(r"4 \(police\) or 6( \([^)]*\))? killed", mosul)  # both figures, with their source
    assert mosul.endswith("[1]")
    assert menaka.startswith("**2. March 8, 2022** · Ménaka, Mali")
    assert "3 killed, 5 injured" in menaka and "not claimed" in menaka and menaka.endswith("[2]")
    desc = embed["description"]
    assert "1. [Rocket attack on Mosul airport](<https://example.org/mosul>) · June 20, 2023" in desc
    assert (
        "2. [Mali : un convoi touché par un engin explosif près de Ménaka](<https://example.org/menaka>)"
        " · March 10, 2022" in desc
    )
    assert embed["footer"]["text"] == "Page 1/1 · 2 events, newest first"
    assert custom_ids(listing) and len(custom_ids(listing)) == 1  # Evidence only: one page, no arrows

    only = event_lines(embed_of(in_mali))
    assert len(only) == 1 and "Ménaka, Mali" in only[0]
    assert embed_of(in_mali)["title"] == "Attack events · where: menaka"
    assert embed_of(nowhere)["description"] == "No attack events match where: Tombouctou."
    assert not message_body(nowhere).get("components")
    by_weapon_lines = event_lines(embed_of(by_weapon))
    assert len(by_weapon_lines) == 1 and "Mosul airport" in by_weapon_lines[0]
    assert_no_mentions(fake)


async def test_where_autocomplete_suggests_known_places(tmp_path, fake_discord, encoder):
    fake = fake_discord
    write_corpus(tmp_path / "src", {**ATTACK_ARTICLES, **rocket_articles()})
    settings = with_events(make_settings(tmp_path, fake))
    async with running_bot(fake, settings, make_engine(settings, encoder)):
        typed = {}
        for text in ("MENA", "ir", "", "zzz"):
            record = await fake.send_autocomplete("attacks", {"where": text}, focused="where")
            callback = await fake.wait_callback(record)
            assert callback.ok and callback.json["type"] == Callback.AUTOCOMPLETE_RESULT, record.summary()
            typed[text] = [(c["name"], c["value"]) for c in callback.json["data"]["choices"]]

    assert typed["MENA"] == [("Ménaka", "Ménaka")]  # accents and case ignored
    assert [name for name, _ in typed["ir"]] == ["Irak", "Kirkouk", "Mosul airport"]  # prefixes first
    everything = [name for name, _ in typed[""]]
    assert {"Ménaka", "Mali", "Mosul airport", "Irak", *ROCKET_TOWNS} <= set(everything) and len(everything) <= 25
    assert "Gao" not in everything  # named only by the football article
    assert typed["zzz"] == []


async def test_pages_evidence_and_chart(tmp_path, fake_discord, encoder):
    fake = fake_discord
    write_corpus(tmp_path / "src", {**ATTACK_ARTICLES, **rocket_articles()})
    settings = with_events(make_settings(tmp_path, fake))
    async with running_bot(fake, settings, make_engine(settings, encoder)) as bot:
        record, first = await attacks(fake, chart=True)
        await pager_listening(bot)
        message_id = record.original_message_id
        previous_id, next_id, evidence_id = custom_ids(first)

        stranger = await fake.send_component_interaction(message_id, next_id, user=fake.member("mod"))
        stranger_text = await ephemeral_reply(fake, stranger)
        turn = await fake.send_component_interaction(message_id, next_id)
        await fake.wait_callback(turn)
        evidence = await fake.send_component_interaction(message_id, evidence_id, user=fake.member("mod"))
        evidence_edit = await fake.wait_original_edit(evidence, lambda c: bool(c.json.get("embeds")))
        back = await fake.send_component_interaction(message_id, previous_id)
        await fake.wait_callback(back)
        message = fake.messages[message_id]
    assert not pending_discord_tasks()

    # the chart, rendered once and kept while pages turn
    (upload,) = first.uploads
    assert upload.filename == "attacks.png" and upload.data.startswith(b"\x89PNG\r\n\x1a\n")
    (attachment,) = message["attachments"]
    assert attachment["filename"] == "attacks.png" and fake.uploaded_bytes(attachment) == upload.data

    page_one = embed_of(first)
    assert page_one["footer"]["text"] == "Page 1/2 · 8 events, newest first"
    assert [line.split("**")[1] for line in event_lines(page_one)] == [
        "1. June 19, 2023",
        "2. March 8, 2022",
        "3. June 16, 2021",
        "4. June 7, 2021",
        "5. May 29, 2021",
    ]
    components = message_body(first)["components"][0]["components"]
    assert components[0]["disabled"] and not components[1].get("disabled")

    assert "Only the person who ran this /attacks" in stranger_text
    assert turn.callback.json["type"] == Callback.UPDATE_MESSAGE
    page_two = turn.callback.json["data"]["embeds"][0]
    assert page_two["footer"]["text"] == "Page 2/2 · 8 events, newest first"
    two_lines = event_lines(page_two)
    assert [line.split("**")[1] for line in two_lines] == ["6. May 20, 2021", "7. May 11, 2021", "8. May 2, 2021"]
    assert "· Tikrit, Irak · " in two_lines[0] and "· Kirkouk, Irak · " in two_lines[2]
    assert (
        "1. [Une roquette tombe sur Tikrit](<https://example.org/roquette/2>) · May 21, 2021" in page_two["description"]
    )
    assert "attachments" not in turn.callback.json["data"]  # the chart stays on the message

    # evidence of the page on show, for anyone, privately
    assert evidence.callback.json["data"]["flags"] & 64
    proof = embed_of(evidence_edit)
    assert proof["title"] == "Evidence · events 6–8"
    assert (
        "> « Une roquette s'est abattue hier sur Tikrit, sans faire de victime, selon la police locale. » [1]"
        in proof["description"]
    )
    assert "Kirkouk" in proof["description"] and "Mosul" not in proof["description"]
    assert not render.embed_problems(render.attacks_embed([]))
    assert back.callback.json["data"]["embeds"][0]["footer"]["text"].startswith("Page 1/2")
    assert_no_mentions_anywhere(fake)  # the chart upload and the page turns too


async def test_bad_dates_and_no_index_are_explained_privately(tmp_path, fake_discord, encoder):
    fake = fake_discord
    write_corpus(tmp_path / "src", ATTACK_ARTICLES)
    settings = with_events(make_settings(tmp_path, fake))
    engine = make_engine(settings, encoder, build=False)
    async with running_bot(fake, settings, engine):
        no_index = await fake.send_interaction("attacks", {})
        no_index_text = await ephemeral_reply(fake, no_index)
        suggestions = await fake.send_autocomplete("attacks", {"where": "m"}, focused="where")
        no_suggestions = await fake.wait_callback(suggestions)
        engine.build(requested_by="test")
        bad = await fake.send_interaction("attacks", {"since": "2021-13"})
        bad_text = await ephemeral_reply(fake, bad)
        noisy = await fake.send_interaction("attacks", {"until": "@everyone **x**"})
        noisy_text = await ephemeral_reply(fake, noisy)
        reversed_ = await fake.send_interaction("attacks", {"since": "2023", "until": "2021-04"})
        reversed_text = await ephemeral_reply(fake, reversed_)
        _, fine = await attacks(fake, since="2022-03", until="2022-03-31")

    assert no_index_text == "There is no index yet: a moderator can build it with /reindex."
    assert no_suggestions.json["data"]["choices"] == []
    for record in (no_index, bad, noisy, reversed_):
        assert record.callback.json["type"] == Callback.CHANNEL_MESSAGE  # refused before any defer
    assert bad_text.startswith("Not a date: '2021-13'")
    assert "@everyone" not in noisy_text and "@\u200beveryone" in noisy_text and "**x**" not in noisy_text
    assert "after" in reversed_text
    assert len(event_lines(embed_of(fine))) == 1
    assert_no_mentions(fake)


async def test_evidence_after_a_rebuild_changed_the_article_shows_the_stored_quote(tmp_path, fake_discord, encoder):
    fake = fake_discord
    src = write_corpus(tmp_path / "src", ATTACK_ARTICLES)
    settings = with_events(make_settings(tmp_path, fake))
    engine = make_engine(settings, encoder)
    async with running_bot(fake, settings, engine) as bot:
        record, _ = await attacks(fake, where="Ménaka")
        await pager_listening(bot)
        (evidence_id,) = custom_ids(record.original_edits[-1])
        fresh = await fake.send_component_interaction(record.original_message_id, evidence_id)
        fresh_edit = await fake.wait_original_edit(fresh, lambda c: bool(c.json.get("embeds")))
        # A new first sentence: every position of the article moves by one.
        changed = ATTACK_ARTICLES["menaka.md"].replace(
            "---\nUn engin", "---\nLe ministre s'est exprimé jeudi. Un engin"
        )
        write_corpus(src, {"menaka.md": changed})
        await asyncio.to_thread(engine.build, requested_by="test")
        stale = await fake.send_component_interaction(record.original_message_id, evidence_id)
        stale_edit = await fake.wait_original_edit(stale, lambda c: bool(c.json.get("embeds")))

    fresh_desc = embed_of(fresh_edit)["description"]
    assert (
        "> « Trois soldats ont été tués et cinq autres blessés, selon l'armée malienne. » [1] · killed, injured"
        in fresh_desc
    )
    stale_desc = embed_of(stale_edit)["description"]
    assert "ministre" not in stale_desc and "· killed" not in stale_desc  # no sentence shown against the wrong facts
    assert (
        "> « Un engin explosif improvisé a frappé mardi" in stale_desc
        and "L'attaque n'a pas été revendiquée. » [1]" in stale_desc
    )
