"""Interaction tokens (valid 15 minutes) never reach a log, at any level, through the real discord.py client."""

from __future__ import annotations

import logging

from bot.app import configure_logging
from bot.redact import redact
from tests.e2e.helpers import ARTICLES, custom_ids, make_engine, make_settings, running_bot, write_corpus


async def test_no_interaction_token_in_any_log_at_debug(tmp_path, fake_discord, caplog):
    fake = fake_discord
    write_corpus(tmp_path / "src", ARTICLES)
    caplog.set_level(logging.DEBUG)
    configure_logging("DEBUG")
    settings = make_settings(tmp_path, fake)
    async with running_bot(fake, settings, make_engine(settings, _encoder())):
        asked = await fake.send_interaction("ask", {"question": "combien de roquettes ?"})
        answer = await fake.wait_original_edit(asked, lambda c: bool(c.json.get("embeds")))
        context, up, _ = custom_ids(answer)
        clicks = [await fake.send_component_interaction(asked.original_message_id, c) for c in (context, up)]
        await fake.wait_original_edit(clicks[0], lambda c: bool(c.json.get("embeds")))
        await fake.wait_callback(clicks[1])
        status = await fake.send_interaction("status")
        await fake.wait_original_edit(status, lambda c: bool(c.json.get("embeds")))
    records = [asked, *clicks, status]
    logged = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert sum(r.levelno == logging.DEBUG for r in caplog.records) > 10  # DEBUG was really on
    for record in records:
        assert record.token not in logged
    assert fake.token not in logged


def test_redaction_of_what_discord_py_logs():
    line = (
        "Webhook ID 123 with PATCH https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb246MTIz.abc-_d/messages/"
        "@original has returned status code 200"
    )
    assert "aW50ZXJhY3Rpb246MTIz" not in redact(line) and "/webhooks/123/<redacted>/messages" in redact(line)
    assert redact('{"token": "aW50ZXJhY3Rpb24xyz", "id": "1"}') == '{"token": "<redacted>", "id": "1"}'
    assert redact("Authorization: Bot MTIzNDU2Nzg5.abc.def") == "Authorization: Bot <redacted>"


def test_redaction_of_a_database_password():
    line = "cannot reach postgresql+psycopg://eventbot:s3cr:et@db:5432/eventbot (timeout); sqlite:////var/x.sqlite"
    assert redact(line) == (
        "cannot reach postgresql+psycopg://eventbot:<redacted>@db:5432/eventbot (timeout); sqlite:////var/x.sqlite"
    )


def _encoder():
    from tests.conftest import HashingEncoder

    return HashingEncoder()
