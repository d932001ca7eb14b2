"""The bot in its members' language, /help, /ask private:True, /attacks export and moderators' /insights, through the
real discord.py client and the fake Discord."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.e2e.fake_discord import FakeDiscord, HttpCall, InteractionRecord
from tests.e2e.helpers import (
    ARTICLES,
    GatedEncoder,
    assert_no_mentions_anywhere,
    embed_of,
    ephemeral_text,
    make_engine,
    make_settings,
    running_bot,
    write_corpus,
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "src", ARTICLES)


async def slash(fake: FakeDiscord, command: str, options=None, **kwargs) -> tuple[InteractionRecord, HttpCall]:
    record = await fake.send_interaction(command, options or {}, **kwargs)
    final = await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")))
    assert final.ok, final.summary()
    return record, final


def with_events(settings):
    settings.index.extract_events = True
    return settings


async def test_french_and_english_members_each_read_their_language(tmp_path, fake_discord, corpus):
    fake = fake_discord
    settings = with_events(make_settings(tmp_path, fake))
    async with running_bot(fake, settings, make_engine(settings, GatedEncoder())):
        _, fr_answer = await slash(fake, "ask", {"question": "combien de roquettes ?"}, locale="fr")
        _, en_answer = await slash(fake, "ask", {"question": "combien de roquettes ?"}, locale="en-GB")
        _, fr_none = await slash(fake, "ask", {"question": "quel temps fait-il à Tokyo ?"}, locale="fr")
        _, fr_attacks = await slash(fake, "attacks", {}, locale="fr")
        _, en_attacks = await slash(fake, "attacks", {}, locale="en-US")
        _, guild_default = await slash(fake, "attacks", {}, locale="de")  # neither: the server's locale
        help_fr = await fake.send_interaction("help", {}, locale="fr")
        await fake.wait_callback(help_fr)
        empty = await fake.send_interaction("ask", {"question": "   "}, locale="fr")
        await fake.wait_callback(empty)

    fr, en = embed_of(fr_answer), embed_of(en_answer)
    assert "**Sources**" in fr["description"] and "5 avril 2021" in fr["description"]
    assert "April 5, 2021" in en["description"]
    assert "phrase" in fr["footer"]["text"] and "sentence" in en["footer"]["text"]
    assert "Deux roquettes" in fr["description"] and "Deux roquettes" in en["description"]  # quotes never translated
    assert embed_of(fr_none)["description"].startswith("Rien dans les sources")
    fr_lines, en_lines = embed_of(fr_attacks)["description"], embed_of(en_attacks)["description"]
    assert "roquette" in fr_lines and "avril 2021" in fr_lines and "revendiquée" in fr_lines
    assert "rocket" in en_lines and "April" in en_lines and "claim" in en_lines
    assert embed_of(fr_attacks)["title"].startswith("Attaques")
    expected = "Attaques" if str(fake.guild.locale).startswith("fr") else "Attack events"
    assert embed_of(guild_default)["title"].startswith(expected)
    help_embed = help_fr.callback.json["data"]["embeds"][0]
    assert help_embed["title"] == "eventbot : aide" and help_fr.callback.json["data"]["flags"] & 64
    assert ephemeral_text(empty).startswith("Posez une question")
    assert_no_mentions_anywhere(fake)


async def test_commands_are_registered_with_french_names_and_descriptions(tmp_path, fake_discord, corpus):
    fake = fake_discord
    settings = make_settings(tmp_path, fake)
    async with running_bot(fake, settings, make_engine(settings, GatedEncoder())):
        commands = {c["name"]: c for c in fake.commands[fake.guild.id]}
    ask = commands["ask"]
    assert ask["name_localizations"]["fr"] == "demander"
    assert ask["description_localizations"]["fr"].startswith("Répondre à une question")
    options = {o["name"]: o for o in ask["options"]}
    assert options["private"]["name_localizations"]["fr"] == "privé"
    assert commands["attacks"]["name_localizations"]["fr"] == "attaques"


async def test_private_answers_export_and_insights_for_moderators(tmp_path, fake_discord, corpus):
    fake = fake_discord
    settings = with_events(make_settings(tmp_path, fake))
    async with running_bot(fake, settings, make_engine(settings, GatedEncoder())) as bot:
        private, _ = await slash(fake, "ask", {"question": "combien de roquettes ?", "private": True})
        for _ in range(2):
            await slash(fake, "ask", {"question": "qui a gagné la coupe du monde de rugby ?"})
        await slash(fake, "ask", {"question": "Qui a gagné la coupe du monde de rugby"}, user=fake.member("mod"))
        exported, export_edit = await slash(fake, "attacks", {"export": "csv"})
        as_json, json_edit = await slash(fake, "attacks", {"export": "json"})
        refused = await fake.send_interaction("insights", {}, user=fake.member("alice"), check_permissions=False)
        await fake.wait_callback(refused)
        insights, insights_edit = await slash(fake, "insights", {"days": 7}, user=fake.member("mod"), locale="fr")
        key_path = settings.index.index_dir / "insights.key"
        db_bytes = bot.insights.path.read_bytes()

    assert private.callback.json["data"]["flags"] & 64  # only the asker sees the answer
    (upload,) = export_edit.uploads
    rows = list(csv.DictReader(io.StringIO(upload.data.decode())))
    assert upload.filename == "attacks.csv" and rows and rows[0]["event_id"] and "event_date" in rows[0]
    (json_upload,) = json_edit.uploads
    assert json_upload.filename == "attacks.json" and json.loads(json_upload.data)["events"]
    assert "Only moderators" in ephemeral_text(refused)
    assert insights.callback.json["data"]["flags"] & 64
    fields = {f["name"]: f["value"] for f in embed_of(insights_edit)["fields"]}
    assert fields["Taux de réponse"].startswith("25")  # 1 answered of 4
    assert fields["Sans réponse"].startswith("×3") and "rugby" in fields["Sans réponse"]
    assert key_path.exists()
    for member in ("alice", "mod"):
        assert str(fake.member(member).id).encode() not in db_bytes  # askers only as keyed hashes
