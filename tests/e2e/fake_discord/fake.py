"""FakeDiscord: the REST API and the gateway together, its lifecycle, and what a test waits on."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from aiohttp import web

from .protocol import (
    API_PREFIX,
    T,
    log,
)
from .rest import Rest
from .state import (
    FakeChannel,
    FakeDiscordTimeout,
    HttpCall,
    InteractionRecord,
)


class FakeDiscord(Rest):
    """The whole fake (state, gateway, REST API, one class on top of the other), served on 127.0.0.1."""

    # ------------------------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/gateway-resume", self._gateway)
        app.router.add_get("/cdn/attachments/{channel_id}/{attachment_id}/{filename}", self._cdn_file)
        for method, template, handler, auth in self._routes():
            app.router.add_route(method, API_PREFIX + template, self._adapt(method, template, handler, auth))
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        log.info("fake Discord on %s", self.base_url)

    async def stop(self) -> None:
        for conn in list(self._connections):
            await conn.ws.close(code=1001, message=b"fake Discord stopping")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def assert_clean(self) -> None:
        """Fail if the client hit a route the fake does not know, or a handler crashed."""
        problems = [f"unknown route: {r}" for r in self.unknown_requests]
        problems += [f"fake crashed: {e}" for e in self.internal_errors]
        if problems:
            raise AssertionError("FakeDiscord saw gaps:\n  " + "\n  ".join(problems))

    # ------------------------------------------------------------------------------------- waiting

    async def wait_for(self, predicate: Callable[[], T], *, timeout: float = 5.0, what: str = "condition") -> T:
        """Wait until ``predicate()`` is truthy; return its value.

        The predicate is re-checked whenever the fake records something (a request, a gateway frame), not when
        the bot's own state changes: to wait on the bot, wait for what it sends, or use a later request as a
        sync point (the gateway is ordered)."""
        try:
            async with asyncio.timeout(timeout):
                async with self._changed:
                    return await self._changed.wait_for(predicate)
        except TimeoutError:
            raise FakeDiscordTimeout(f"timed out after {timeout}s waiting for {what}\n{self.describe()}") from None

    async def wait_callback(self, interaction: InteractionRecord | int, *, timeout: float = 5.0) -> HttpCall:
        """The first callback POST for this interaction (accepted or not: check ``.ok``)."""
        record = self._record(interaction)
        return await self.wait_for(
            lambda: next(iter(record.callbacks), None), timeout=timeout, what=f"a callback for interaction {record.id}"
        )

    async def wait_original_edit(
        self,
        interaction: InteractionRecord | int,
        predicate: Callable[[HttpCall], bool] | None = None,
        *,
        timeout: float = 5.0,
    ) -> HttpCall:
        record = self._record(interaction)
        return await self.wait_for(
            lambda: next((c for c in record.original_edits if predicate is None or predicate(c)), None),
            timeout=timeout,
            what=f"an edit of @original for interaction {record.id}",
        )

    async def wait_followup(
        self,
        interaction: InteractionRecord | int,
        predicate: Callable[[HttpCall], bool] | None = None,
        *,
        timeout: float = 5.0,
    ) -> HttpCall:
        record = self._record(interaction)
        return await self.wait_for(
            lambda: next((c for c in record.followups if predicate is None or predicate(c)), None),
            timeout=timeout,
            what=f"a followup for interaction {record.id}",
        )

    async def wait_channel_message(
        self,
        channel: FakeChannel | int,
        predicate: Callable[[HttpCall], bool] | None = None,
        *,
        after: float = 0.0,
        timeout: float = 5.0,
    ) -> HttpCall:
        """The first ``POST /channels/{id}/messages`` at or after ``after`` (a perf_counter time) matching
        ``predicate``."""
        channel_id = channel.id if isinstance(channel, FakeChannel) else channel
        return await self.wait_for(
            lambda: next(
                (c for c in self.channel_messages(channel_id) if c.at >= after and (predicate is None or predicate(c))),
                None,
            ),
            timeout=timeout,
            what=f"a message posted in channel {channel_id}",
        )

    async def wait_call(
        self, route: str, predicate: Callable[[HttpCall], bool] | None = None, *, timeout: float = 5.0
    ) -> HttpCall:
        """The first call to ``route`` (e.g. ``"PUT /applications/{application_id}/commands"``) matching
        ``predicate``."""
        return await self.wait_for(
            lambda: next((c for c in self.calls if c.route == route and (predicate is None or predicate(c))), None),
            timeout=timeout,
            what=f"a call to {route}",
        )

    def channel_messages(self, channel_id: int) -> list[HttpCall]:
        return [
            c for c in self.calls if c.route == self.R_CHANNEL_MESSAGES and c.params["channel_id"] == str(channel_id)
        ]

    def describe(self) -> str:
        sessions = [(s.id, s.connection.path if s.connection else "disconnected") for s in self._sessions.values()]
        lines = [f"gateway sessions: {sessions}"]
        lines += ["last HTTP calls:"] + [f"  {c.summary()}" for c in self.calls[-20:]]
        lines += ["interactions:"] + [f"  {r.summary()}" for r in self.interactions.values()]
        lines += [f"unknown routes: {self.unknown_requests}", f"fake crashes: {self.internal_errors}"]
        return "\n".join(lines)

    def _record(self, interaction: InteractionRecord | int) -> InteractionRecord:
        return interaction if isinstance(interaction, InteractionRecord) else self.interactions[interaction]
