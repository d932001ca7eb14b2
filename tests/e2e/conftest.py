"""Fixtures about the fake Discord: a running FakeDiscord with discord.py pointed at it.

Build clients for it with a small ``guild_ready_timeout`` (e.g. 0.05): discord.py waits that long after the
last GUILD_CREATE before ``on_ready``, 2 seconds by default. Run them with ``run_client(bot, fake)``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest
import yarl

from tests.e2e.fake_discord import FakeDiscord


@pytest.fixture
async def fake_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord; fails the test at teardown if the client hit an unknown route or crashed the fake."""
    fake = FakeDiscord()
    await fake.start()
    # Route.url is computed when a Route is built, so patching the class attribute covers every later request.
    monkeypatch.setattr(discord.http.Route, "BASE", fake.base_url)
    # discord.py 2.x connects here directly (Client never calls GET /gateway); it must be a yarl.URL.
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
    try:
        yield fake
    finally:
        await fake.stop()
    fake.assert_clean()
