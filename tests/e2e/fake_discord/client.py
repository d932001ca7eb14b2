"""Running a real discord.py client against the fake."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from typing import Any

import discord

from .fake import FakeDiscord
from .state import FakeDiscordTimeout

# ------------------------------------------------------------------------------ running a real client


@contextlib.asynccontextmanager
async def run_client(
    client: discord.Client, fake: FakeDiscord, *, ready_timeout: float = 5.0
) -> AsyncIterator[discord.Client]:
    """Log ``client`` in against ``fake``, connect it in a task, wait for ``on_ready``; close it cleanly on exit.

    discord.py must already point at the fake (see the ``fake_discord`` fixture), and the client should be
    built with a small ``guild_ready_timeout``. Connects with ``reconnect=False`` so a gateway failure
    ends the test instead of retrying with backoff (op 7 RECONNECT and RESUME still work)."""
    await client.login(fake.token)
    task = asyncio.create_task(client.connect(reconnect=False), name="discord-client-connect")
    ready = asyncio.create_task(client.wait_until_ready(), name="discord-client-ready")
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()
            raise RuntimeError("client.connect() returned before the client was ready")
        if ready not in done:
            raise FakeDiscordTimeout(f"client not ready after {ready_timeout}s\n{fake.describe()}")
        yield client
    finally:
        ready.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ready
        await client.close()
        await asyncio.wait_for(task, timeout=5.0)  # re-raises what ended the connection, if anything did


def pending_discord_tasks() -> list[asyncio.Task[Any]]:
    """Unfinished tasks running discord.py code: after ``client.close()`` there should be none."""
    pending = []
    for task in asyncio.all_tasks():
        code = getattr(task.get_coro(), "cr_code", None)
        if not task.done() and code is not None and f"{os.sep}discord{os.sep}" in code.co_filename:
            pending.append(task)
    return pending
