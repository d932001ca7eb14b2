"""A small, precise fake of Discord, for running the real discord.py client end to end without network.

It serves the REST API (``/api/v10``) and the gateway websocket on 127.0.0.1 with aiohttp, keeps a tiny
world (one guild with roles, channels and members, plus every message sent), records each request the
client makes, and lets a test inject gateway events: slash commands, autocomplete, button presses,
messages. Where Discord enforces a rule that a bot can trip over, the fake enforces it too (the
3-second interaction deadline, double acknowledgement, message and embed limits, missing permissions,
the message content intent, privileged intents, the first followup after a defer resolving the
"thinking" message, the bot's own messages coming back as MESSAGE_CREATE), so a bug that would fail in
Discord fails here.

Pointing discord.py at the fake (the ``fake_discord`` fixture in conftest.py does this)::

    monkeypatch.setattr(discord.http.Route, "BASE", fake.base_url)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))

Build the client with ``guild_ready_timeout=0.05`` (or similar): discord.py waits that long after the
last GUILD_CREATE before dispatching ``on_ready``, 2 seconds by default. Then::

    async with run_client(bot, fake):
        record = await fake.send_interaction("ping")
        await fake.wait_original_edit(record)

The package: `protocol` (Discord's constants), `state` (the world, payloads, records, sessions), `gateway`
(the websocket and the events a test injects), `rest` (the REST API and its checks), `fake` (FakeDiscord, which
joins them) and `client` (running a real client against it)."""

from __future__ import annotations

from .client import pending_discord_tasks, run_client
from .fake import FakeDiscord
from .protocol import (
    API_PREFIX,
    DISCORD_EPOCH_MS,
    EPHEMERAL,
    JSON,
    LOADING,
    Callback,
    ChannelType,
    Intent,
    InteractionType,
    Perm,
    Snowflakes,
)
from .rest import Handler
from .state import (
    DiscordHTTPError,
    FakeAttachment,
    FakeChannel,
    FakeDiscordTimeout,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    GatewayFrame,
    GatewaySession,
    HttpCall,
    InteractionRecord,
    Overwrite,
    SentEvent,
    Upload,
    channel_payload,
    guild_create_payload,
    member_payload,
    message_payload,
    role_payload,
    user_payload,
)

__all__ = [
    "API_PREFIX",
    "Callback",
    "ChannelType",
    "DISCORD_EPOCH_MS",
    "DiscordHTTPError",
    "EPHEMERAL",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeDiscordTimeout",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "GatewayFrame",
    "GatewaySession",
    "Handler",
    "HttpCall",
    "Intent",
    "InteractionRecord",
    "InteractionType",
    "JSON",
    "LOADING",
    "Overwrite",
    "Perm",
    "SentEvent",
    "Snowflakes",
    "Upload",
    "channel_payload",
    "guild_create_payload",
    "member_payload",
    "message_payload",
    "pending_discord_tasks",
    "role_payload",
    "run_client",
    "user_payload",
]
