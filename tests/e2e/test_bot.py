"""The real bot, on the real discord.py client, against the fake Discord: what members and moderators see."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import statistics
from pathlib import Path

import pytest

from bot import render
from bot.cli import main
from bot.client import BuildCancelled, serve
from bot.i18n import EN
from index.search import Searcher
from tests.e2e.fake_discord import Callback, FakeDiscord, HttpCall, InteractionRecord
from tests.e2e.helpers import (
    ARTICLES,
    NEW_ARTICLE,
    GatedEncoder,
    assert_no_mentions_anywhere,
    custom_ids,
    embed_of,
    ephemeral_text,
    long_articles,
    make_engine,
    make_settings,
    running_bot,
    write_corpus,
)

ROOT = Path(__file__).resolve().parents[2]
BENCH_OUT = ROOT / "bench" / "out"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "src", {**ARTICLES, **long_articles()})


@pytest.fixture
def encoder() -> GatedEncoder:
    return GatedEncoder()


async def ask(fake: FakeDiscord, question: str, user=None, **options) -> tuple[InteractionRecord, HttpCall]:
    """Run /ask and wait for the answer (the deferred reply edited with an embed)."""
    record = await fake.send_interaction("ask", {"question": question, **options}, user=user)
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")))
    return record, final


async def ephemeral_reply(fake: FakeDiscord, record: InteractionRecord) -> str:
    callback = await fake.wait_callback(record)
    assert callback.ok, record.summary()
    if callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE:
        await fake.wait_original_edit(record, lambda c: bool(c.json.get("content")))
    return ephemeral_text(record)


def replied_to(call: HttpCall) -> int | None:
    reference = call.json.get("message_reference")
    return int(reference["message_id"]) if reference else None


# --- members -------------------------------------------------------------------------------------------


async def test_ask_answers_with_cited_sentences_and_no_mentions(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    async with running_bot(fake, settings, make_engine(settings, encoder)):
        synced = {c["name"] for c in fake.commands[fake.guild.id]}
        assert synced == {"ask", "attacks", "reindex", "source", "status", "sources", "help", "about", "insights"}
        record, final = await ask(fake, "combien de roquettes ?")

    assert record.callback.json["type"] == Callback.DEFERRED_CHANNEL_MESSAGE
    assert not (record.callback.json.get("data") or {}).get("flags", 0) & 64  # the answer is public
    embed = embed_of(final)
    assert embed["title"] == "combien de roquettes ?"
    desc = embed["description"]
    assert desc.startswith("> « Deux roquettes se sont abattues hier près de la base aérienne de Balad")
    assert "• « Trois roquettes se sont abattues lundi sur la base de Kirkouk. » [2]" in desc
    assert "1. [Irak: deux roquettes visent la base de Balad](<https://example.org/balad>) · April 5, 2021" in desc
    assert "2. [Roquettes sur Kirkouk](<https://example.org/kirkouk>) · March 1, 2020" in desc
    ids = custom_ids(final)
    assert len(ids) == 3 and ids[0].startswith("eb:ctx:") and ids[1].startswith("eb:vote:up:")
    assert_no_mentions_anywhere(fake)


async def test_answer_too_long_is_cut_cleanly(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    engine = make_engine(settings, encoder)
    assert len(engine.ask("tirs d'obus", 10).hits) == 10
    async with running_bot(fake, settings, engine):
        _, final = await ask(fake, "tirs d'obus", results=10)
    assert final.ok, final.summary()
    embed = embed_of(final)
    assert len(embed["description"]) <= render.DESCRIPTION_LIMIT
    shown = re.findall(r"« (.*?) » ((?:\[\d+\])+)", embed["description"])
    assert 1 <= len(shown) < 10 and f"{10 - len(shown)} more left out" in embed["footer"]["text"]
    # Every quote is whole or cut with an ellipsis (a short sentence of the base corpus that says "tirs" may rank too).
    complete = ("témoins.", "x59", "x5", "sécurité.")
    assert all(text.rstrip("…").endswith(complete) or text.endswith("…") for text, _ in shown)
    listed = re.findall(r"^(\d+)\. \[", embed["description"], flags=re.M)
    assert len(listed) == len(shown)  # one source per kept sentence, none for the dropped ones


async def test_question_with_everyone_and_markdown(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    async with running_bot(fake, settings, make_engine(settings, encoder)):
        _, final = await ask(fake, "**drones** @everyone <@123> urgent ?")
        only_noise = await fake.send_interaction("ask", {"question": "@everyone <@123> ** __ ~~"})
        noise_text = await ephemeral_reply(fake, only_noise)
        too_long = await fake.send_interaction("ask", {"question": "roquettes " * 60})
        long_text = await ephemeral_reply(fake, too_long)
        blank = await fake.send_interaction("ask", {"question": "   "})
        blank_text = await ephemeral_reply(fake, blank)

    embed = embed_of(final)
    assert embed["title"] == "drones urgent ?"  # the question as words
    desc = embed["description"]
    assert "@everyone" not in desc and "<@123>" not in desc and "@\u200beveryone" in desc
    assert "\\*\\*attention\\*\\*" in desc and "\\_\\_près\\_\\_" in desc
    assert "[\\*\\*Alerte\\*\\* aux drones \\[urgent\\]](<https://example.org/drones>)" in desc
    assert "some words" in noise_text and "some words" in blank_text
    assert "too long" in long_text and "500" in long_text
    for record in (only_noise, too_long, blank):
        assert record.callback.json["type"] == Callback.CHANNEL_MESSAGE  # refused before any defer
    assert_no_mentions_anywhere(fake)


async def test_mentions_and_direct_messages(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    general = fake.default_channel
    async with running_bot(fake, settings, make_engine(settings, encoder)) as bot:
        ignored = await fake.send_message("@everyone combien de roquettes ?", author=fake.member("mod"))
        ignored_too = await fake.send_message("combien de roquettes ?")
        asked = await fake.send_message(f"<@{fake.bot_user.id}> combien de roquettes ?")
        reply = await fake.wait_channel_message(general, lambda c: c.json.get("embeds") is not None)
        dm = await fake.send_message("combien de roquettes ?", dm=True)
        dm_reply = await fake.wait_channel_message(fake.dm_channel(fake.member("alice")))
        empty = await fake.send_message(f"<@{fake.bot_user.id}>   **")
        empty_reply = await fake.wait_channel_message(general, lambda c: "some words" in (c.json.get("content") or ""))
        assert bot.get_cog("Asking") is not None

    assert replied_to(reply) == asked.id
    assert embed_of(reply)["description"].startswith("> « Deux roquettes")
    assert custom_ids(reply)[0].startswith("eb:ctx:")
    assert embed_of(dm_reply)["description"].startswith("> « Deux roquettes")
    assert replied_to(dm_reply) == dm.id
    assert replied_to(empty_reply) == empty.id
    referenced = {replied_to(c) for c in fake.channel_messages(general.id)}
    assert ignored.id not in referenced and ignored_too.id not in referenced
    assert_no_mentions_anywhere(fake)


async def test_mentions_only_in_configured_channels(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake, mention_channel_ids=[fake.channel("random").id])
    async with running_bot(fake, settings, make_engine(settings, encoder)):
        elsewhere = await fake.send_message(f"<@{fake.bot_user.id}> combien de roquettes ?")
        await fake.send_message(f"<@{fake.bot_user.id}> combien de roquettes ?", channel=fake.channel("random"))
        await fake.wait_channel_message(fake.channel("random"))
    assert not fake.channel_messages(fake.default_channel.id)
    assert elsewhere.delivered == 1


async def test_cooldown_answers_politely_with_time_left(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake, cooldown_rate=2, cooldown_seconds=60)
    async with running_bot(fake, settings, make_engine(settings, encoder)):
        await ask(fake, "combien de roquettes ?")
        await ask(fake, "tirs d'obus")
        third = await fake.send_interaction("ask", {"question": "combien de roquettes ?"})
        text = await ephemeral_reply(fake, third)
        _, other_user = await ask(fake, "combien de roquettes ?", user=fake.member("mod"))
        mention = await fake.send_message(f"<@{fake.bot_user.id}> combien de roquettes ?")
        mention_reply = await fake.wait_channel_message(fake.default_channel, lambda c: replied_to(c) == mention.id)
    assert re.fullmatch(r"You are asking quickly: please wait (59|60) s before the next question\.", text)
    assert embed_of(other_user)["description"]  # the cooldown is per user
    assert "please wait" in mention_reply.json["content"]  # mentions share the /ask cooldown


async def test_buttons_context_votes_status_and_sources(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    async with running_bot(fake, settings, make_engine(settings, encoder)) as bot:
        record, final = await ask(fake, "combien de roquettes ?")
        message_id = record.original_message_id
        ctx_id, up_id, down_id = custom_ids(final)

        context = await fake.send_component_interaction(message_id, ctx_id)
        context_edit = await fake.wait_original_edit(context, lambda c: bool(c.json.get("embeds")))
        votes = [
            await fake.send_component_interaction(message_id, up_id, user=fake.member(name))
            for name in ("alice", "mod")
        ]
        votes.append(await fake.send_component_interaction(message_id, down_id, user=fake.member("owner")))
        votes.append(await fake.send_component_interaction(message_id, up_id))  # alice again: still one vote
        vote_texts = [await ephemeral_reply(fake, v) for v in votes]

        status = await fake.send_interaction("status")
        status_edit = await fake.wait_original_edit(status, lambda c: bool(c.json.get("embeds")))

        sources = await fake.send_interaction("sources")
        first_page = await fake.wait_original_edit(sources, lambda c: bool(c.json.get("embeds")))
        turn = await fake.send_component_interaction(sources.original_message_id, custom_ids(first_page)[1])
        await fake.wait_callback(turn)
        feedback_path = bot.feedback.path

    assert context.callback.json["data"]["flags"] & 64  # only the person who clicked sees it
    context_desc = embed_of(context_edit)["description"]
    assert (
        "**Deux roquettes se sont abattues hier" in context_desc and "Les tirs n'ont fait ni victimes" in context_desc
    )
    assert "**Trois roquettes se sont abattues lundi" in context_desc and "Personne n'a été blessé" in context_desc
    assert all(t == "Thanks, your feedback is recorded." for t in vote_texts)
    fields = {f["name"]: f["value"] for f in embed_of(status_edit)["fields"]}
    assert fields["Feedback"] == "👍 2 · 👎 1 on 1 answer"
    assert fields["Index"].startswith("15 articles · ")
    assert feedback_path == settings.index.index_dir / "feedback.sqlite"  # beside the builds, not in one

    assert embed_of(first_page)["footer"]["text"] == "Page 1/2 · 15 articles"
    assert turn.callback.json["type"] == Callback.UPDATE_MESSAGE
    second = turn.callback.json["data"]["embeds"][0]
    assert second["footer"]["text"] == "Page 2/2 · 15 articles" and second["description"].startswith("11. ")
    assert_no_mentions_anywhere(fake)


# --- moderators ----------------------------------------------------------------------------------------


async def test_reindex_is_for_moderators_and_serves_answers_during_the_build(
    tmp_path, fake_discord, corpus, encoder, caplog
):
    fake = fake_discord
    helper_role = fake.add_role("Helper")  # no Manage Server, but configured as a moderator role
    helper = fake.add_member("helper", roles=[helper_role])
    # The base (the configured sources) is rebuilt by the bot's owners: helper is one by discord.owner_ids.
    settings = make_settings(tmp_path, fake, moderator_role_ids=[helper_role.id], owner_ids=[helper.id])
    engine = make_engine(settings, encoder)
    caplog.set_level(logging.INFO, logger="bot")
    async with running_bot(fake, settings, engine):
        command = next(c for c in fake.commands[fake.guild.id] if c["name"] == "reindex")
        assert int(command["default_member_permissions"]) == 1 << 5  # hidden from members by default
        with pytest.raises(PermissionError):
            await fake.send_interaction("reindex")  # Discord would not even show it to alice
        refused = await fake.send_interaction("reindex", check_permissions=False)  # a server override shows it
        refused_text = await ephemeral_reply(fake, refused)

        write_corpus(corpus, dict([NEW_ARTICLE]))
        _, before = await ask(fake, "drone Erbil aéroport", user=fake.member("owner"))
        encoder.gate.set()
        build = await fake.send_interaction(
            "reindex", {"base": True}, user=fake.member("helper"), check_permissions=False
        )
        await fake.wait_callback(build)
        progress = await fake.wait_original_edit(
            build, lambda c: "articles read: 16/16" in (c.json.get("content") or "")
        )
        assert await asyncio.to_thread(encoder.blocked.wait, 5)

        _, during = await ask(fake, "combien de roquettes ?", user=fake.member("owner"))
        _, still_old = await ask(fake, "drone Erbil aéroport", user=fake.member("owner"))
        second = await fake.send_interaction("reindex", {"base": True}, user=fake.member("owner"))  # the app's owner
        second_text = await ephemeral_reply(fake, second)
        not_owner = await ephemeral_reply(
            fake, await fake.send_interaction("reindex", {"base": True}, user=fake.member("mod"))
        )

        encoder.release.set()
        report = await fake.wait_original_edit(build, lambda c: bool(c.json.get("embeds")), timeout=10)
        _, after = await ask(fake, "drone Erbil aéroport", user=fake.member("owner"))

    assert "Only moderators" in refused_text
    assert build.callback.json["data"]["flags"] & 64
    assert "articles read: 16/16" in progress.json["content"] and "helper" in progress.json["content"]
    assert embed_of(before)["description"] == EN("answer.no_answer")
    assert embed_of(during)["description"].startswith("> « Deux roquettes")
    assert embed_of(still_old)["description"] == EN("answer.no_answer")
    assert "already running" in second_text and "helper" in second_text
    assert not_owner == EN("error.not_owner_base")
    report_embed = embed_of(report)
    assert report_embed["title"] == "Index rebuilt" and "added: 1 (erbil)" in report_embed["description"]
    assert "reused: 15" in report_embed["description"]
    assert embed_of(after)["description"].startswith("> « Un drone chargé d'explosifs a frappé l'aéroport d'Erbil")
    logged = [r.getMessage() for r in caplog.records if r.name in ("bot.exts.admin", "bot.checks")]
    assert any(m.startswith("reindex requested by helper") for m in logged)
    assert any(m.startswith("refused /reindex to alice") for m in logged)
    assert any(m.startswith("reindex by helper") and "1 added" in m for m in logged)
    assert_no_mentions_anywhere(fake)


# --- failures ------------------------------------------------------------------------------------------


async def test_error_path_no_index_and_unexpected_errors(tmp_path, fake_discord, corpus, encoder, caplog, monkeypatch):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    engine = make_engine(settings, encoder, build=False)
    async with running_bot(fake, settings, engine):
        no_index = await fake.send_interaction("ask", {"question": "combien de roquettes ?"})
        no_index_text = await ephemeral_reply(fake, no_index)
        status = await fake.send_interaction("status")
        status_edit = await fake.wait_original_edit(status, lambda c: bool(c.json.get("embeds")))
        sources = await fake.send_interaction("sources")
        sources_text = await ephemeral_reply(fake, sources)

        await asyncio.to_thread(engine.build, requested_by="cli")  # built elsewhere: picked up on the next question

        def broken(self, question, k=None):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Searcher, "ask", broken)  # in a guild too (the base and its own sources)
        crash = await fake.send_interaction("ask", {"question": "combien de roquettes ?"})
        crash_reply = await fake.wait_followup(crash)
        mention = await fake.send_message(f"<@{fake.bot_user.id}> combien de roquettes ?")
        mention_reply = await fake.wait_channel_message(fake.default_channel, lambda c: replied_to(c) == mention.id)

    assert no_index_text == "There is no index yet: a moderator can build it with /reindex."
    assert no_index.callback.json["type"] == Callback.CHANNEL_MESSAGE
    fields = {f["name"]: f["value"] for f in embed_of(status_edit)["fields"]}
    assert fields["Index"] == "There is no index yet: a moderator can build it with /reindex."
    assert sources_text == "There is no index yet: a moderator can build it with /reindex."
    # The public "thinking..." reply is taken away; only the person who asked sees the error.
    assert any(c.method == "DELETE" and c.params["message_id"] == "@original" for c in crash.calls), crash.summary()
    assert crash_reply.json["flags"] & 64, crash.summary()
    for text in (crash_reply.json["content"], mention_reply.json["content"]):
        reference = re.search(r"reference: `([0-9a-f]{8})`", text).group(1)
        errors = [r for r in caplog.records if r.levelno == logging.ERROR and reference in r.getMessage()]
        assert errors and "disk on fire" in str(errors[0].exc_info[1])
        assert "disk on fire" not in text  # details stay in the log
    assert settings.token is None or settings.token.get_secret_value() not in caplog.text
    assert fake.token not in caplog.text


async def test_shutdown_cancels_a_running_build_and_keeps_the_old_index(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake, shutdown_grace_seconds=0)
    engine = make_engine(settings, encoder)
    serving = engine.store.current_path()
    write_corpus(corpus, dict([NEW_ARTICLE]))
    async with running_bot(fake, settings, engine) as bot:
        encoder.gate.set()
        # The build can only go on once the shutdown has asked it to stop: cancelled between two batches.
        encoder.release = bot.build_cancel_requested
        build = await fake.send_interaction("reindex", {"base": True}, user=fake.member("owner"))
        await fake.wait_callback(build)
        assert await asyncio.to_thread(encoder.blocked.wait, 5)
        await bot.close()
        assert not bot.build_running
        told = build.original_edits[-1].json["content"]
        assert told == "The bot is shutting down: the build was cancelled, the previous index still serves."
    assert isinstance(engine.build_status.last_error, str) and "shutting down" in engine.build_status.last_error
    assert engine.store.current_path() == serving
    assert not list((settings.index.index_dir / "builds").glob(".tmp-*"))
    with pytest.raises(BuildCancelled):
        bot._builds[None].result()


async def test_sigterm_stops_the_bot_cleanly(tmp_path, fake_discord, corpus, encoder):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    engine = make_engine(settings, encoder)
    task = asyncio.create_task(serve(settings, engine, fake.token))
    await fake.wait_for(
        lambda: fake.calls and any(c.route.startswith("PUT /applications") for c in fake.calls) and fake.identifies,
        what="the bot to identify",
    )
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(task, timeout=10) == 0
    await fake.wait_for(lambda: not fake._connections, what="the gateway connection to close")


# --- command sync ------------------------------------------------------------------------------------


async def test_eventbot_sync_registers_commands_on_demand(tmp_path, fake_discord, monkeypatch, capsys):
    """`eventbot sync --json` through the real command line (in a worker thread: it runs its own event loop)."""
    fake = fake_discord
    monkeypatch.setenv("DISCORD_TOKEN", fake.token)
    monkeypatch.setenv("EVENTBOT_DISCORD__API_BASE", fake.base_url)
    monkeypatch.setenv("EVENTBOT_DISCORD__DEV_GUILD_ID", str(fake.guild.id))
    args = ["sync", "--json", "--index-dir", str(tmp_path / "idx"), "--sources", str(tmp_path / "src")]
    assert await asyncio.to_thread(main, args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "scope": "guild",
        "guild_id": fake.guild.id,
        "commands": ["about", "ask", "attacks", "help", "insights", "reindex", "source", "sources", "status"],
    }
    assert {c["name"] for c in fake.commands[fake.guild.id]} == {
        "about",
        "ask",
        "attacks",
        "help",
        "insights",
        "reindex",
        "source",
        "sources",
        "status",
    }
    assert not fake.identifies  # HTTP only: no gateway session

    monkeypatch.delenv("EVENTBOT_DISCORD__DEV_GUILD_ID")
    assert await asyncio.to_thread(main, args[:1] + args[2:]) == 0
    assert "globally" in capsys.readouterr().out
    assert {c["name"] for c in fake.commands[None]} == {
        "about",
        "ask",
        "attacks",
        "help",
        "insights",
        "reindex",
        "source",
        "sources",
        "status",
    }
    assert fake.token not in capsys.readouterr().err

    # Back to the development guild: the global set left by the sync above is removed on request.
    assert await asyncio.to_thread(main, ["sync", "--clear-global", *args[2:]]) == 2  # no guild: refused
    assert "needs a development guild" in capsys.readouterr().err and fake.commands[None]
    monkeypatch.setenv("EVENTBOT_DISCORD__DEV_GUILD_ID", str(fake.guild.id))
    assert await asyncio.to_thread(main, ["sync", "--clear-global", *args[2:]]) == 0
    assert "Removed the global commands" in capsys.readouterr().out
    assert fake.commands[None] == [] and len(fake.commands[fake.guild.id]) == 9


async def test_eventbot_sync_with_a_rejected_token(tmp_path, fake_discord, monkeypatch, capsys):
    monkeypatch.setenv("DISCORD_TOKEN", "not-the-token")
    monkeypatch.setenv("EVENTBOT_DISCORD__API_BASE", fake_discord.base_url)
    assert await asyncio.to_thread(main, ["sync", "--index-dir", str(tmp_path / "idx")]) == 1
    err = capsys.readouterr().err
    assert "rejected the token" in err and "not-the-token" not in err


# --- latency -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["hashing", pytest.param("e5", marks=pytest.mark.slow)])
async def test_latency_of_answers(tmp_path, fake_discord, corpus, encoder, kind, request, capsys):
    """Time from INTERACTION_CREATE to the first callback and to the final answer, median of several /ask.

    `hashing` measures the bot alone; `e5` adds the real (default) model's question embedding."""
    fake = fake_discord
    model_encoder = encoder if kind == "hashing" else request.getfixturevalue("real_encoder")
    settings = make_settings(tmp_path, fake, model=model_encoder.name)
    questions = ["combien de roquettes ?", "tirs d'obus", "drones urgent", "base de Kirkouk", "victimes à Balad"] * 3
    async with running_bot(fake, settings, make_engine(settings, model_encoder)):
        await ask(fake, "échauffement")
        first, final = [], []
        for q in questions:
            record, answer = await ask(fake, q)
            first.append(record.first_response_latency)
            final.append(answer.at - record.sent_at)
    result = {
        "runs": len(questions),
        "encoder": model_encoder.name,
        "first_callback_ms": {"median": round(statistics.median(first) * 1000, 2), "max": round(max(first) * 1000, 2)},
        "final_answer_ms": {"median": round(statistics.median(final) * 1000, 2), "max": round(max(final) * 1000, 2)},
        "setup": "real discord.py client against the in-process fake Discord on 127.0.0.1, 15-article corpus",
    }
    assert max(first) < 3.0  # Discord's acknowledgement deadline
    BENCH_OUT.mkdir(parents=True, exist_ok=True)
    out = BENCH_OUT / "e2e_latency.json"
    try:
        previous = json.loads(out.read_text())
    except (OSError, ValueError):
        previous = {}
    tmp = out.with_name(f".{out.name}.{os.getpid()}")
    tmp.write_text(json.dumps({**previous, kind: result}, indent=2))
    os.replace(tmp, out)  # atomic: concurrent runs never read half a file
    with capsys.disabled():
        print(
            f"\ne2e latency ({kind}, {len(questions)} /ask): first callback median "
            f"{result['first_callback_ms']['median']} ms, final answer median {result['final_answer_ms']['median']} ms"
        )
