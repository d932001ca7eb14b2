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
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import time
import uuid
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import discord
from aiohttp import BodyPartReader, WSMsgType, web

log = logging.getLogger("fake_discord")

JSON = dict[str, Any]
T = TypeVar("T")

API_PREFIX = "/api/v10"
DISCORD_EPOCH_MS = 1_420_070_400_000


class Perm:
    """Permission bits the fake reasons about (https://discord.com/developers/docs/topics/permissions)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CONNECT = 1 << 20
    SPEAK = 1 << 21
    CHANGE_NICKNAME = 1 << 26
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38
    MODERATE_MEMBERS = 1 << 40
    ALL = 8_866_461_766_385_663  # discord.Permissions.all().value in discord.py 2.7

    EVERYONE_DEFAULT = (
        CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_EXTERNAL_EMOJIS
        | CONNECT
        | SPEAK
        | CHANGE_NICKNAME
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS
    )
    MODERATOR = KICK_MEMBERS | MANAGE_MESSAGES | MANAGE_GUILD | MODERATE_MEMBERS | MENTION_EVERYONE
    BOT_DEFAULT = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | ADD_REACTIONS


class Intent:
    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15
    PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT


class ChannelType:
    TEXT = 0
    DM = 1
    VOICE = 2
    CATEGORY = 4


class InteractionType:
    APPLICATION_COMMAND = 2
    COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class Callback:
    """Interaction callback (response) types."""

    CHANNEL_MESSAGE = 4
    DEFERRED_CHANNEL_MESSAGE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    AUTOCOMPLETE_RESULT = 8
    MODAL = 9


_CALLBACKS_ALLOWED: dict[int, set[int]] = {
    InteractionType.APPLICATION_COMMAND: {Callback.CHANNEL_MESSAGE, Callback.DEFERRED_CHANNEL_MESSAGE, Callback.MODAL},
    InteractionType.COMPONENT: {
        Callback.CHANNEL_MESSAGE,
        Callback.DEFERRED_CHANNEL_MESSAGE,
        Callback.DEFERRED_UPDATE_MESSAGE,
        Callback.UPDATE_MESSAGE,
        Callback.MODAL,
    },
    InteractionType.AUTOCOMPLETE: {Callback.AUTOCOMPLETE_RESULT},
    InteractionType.MODAL_SUBMIT: {
        Callback.CHANNEL_MESSAGE,
        Callback.DEFERRED_CHANNEL_MESSAGE,
        Callback.DEFERRED_UPDATE_MESSAGE,
        Callback.UPDATE_MESSAGE,
    },
}

EPHEMERAL = 1 << 6
LOADING = 1 << 7

# Application command option types.
SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = (
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
)

_COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


class Snowflakes:
    """Increasing, time-based ids, so discord.py's ``created_at`` is plausible."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        candidate = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = max(candidate, self._last + 1)
        return self._last


# --------------------------------------------------------------------------------------------- world


@dataclass
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 1
    color: int = 0
    hoist: bool = False
    mentionable: bool = False
    managed: bool = False


@dataclass(frozen=True)
class Overwrite:
    id: int
    type: int  # 0: role, 1: member
    allow: int = 0
    deny: int = 0


@dataclass
class FakeChannel:
    id: int
    name: str
    type: int = ChannelType.TEXT
    guild_id: int | None = None
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    overwrites: list[Overwrite] = field(default_factory=list)
    recipient: FakeUser | None = None  # DM channels only

    @property
    def is_dm(self) -> bool:
        return self.type == ChannelType.DM


@dataclass
class FakeMember:
    user: FakeUser
    role_ids: list[int] = field(default_factory=list)
    joined_at: str = field(default_factory=_now_iso)
    nick: str | None = None

    @property
    def id(self) -> int:
        return self.user.id


@dataclass(frozen=True)
class FakeAttachment:
    """A file a user attaches (to a message, or as an ATTACHMENT option); served by the fake's CDN."""

    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    locale: str = "en-US"

    def permissions_for(self, member: FakeMember, channel: FakeChannel | None = None) -> int:
        """Discord's algorithm: base permissions from roles, then channel overwrites."""
        if member.id == self.owner_id:
            return Perm.ALL
        base = self.roles[self.id].permissions
        for role_id in member.role_ids:
            base |= self.roles[role_id].permissions
        if base & Perm.ADMINISTRATOR:
            return Perm.ALL
        if channel is None:
            return base
        overwrites = {(o.type, o.id): o for o in channel.overwrites}
        if everyone := overwrites.get((0, self.id)):
            base = (base & ~everyone.deny) | everyone.allow
        allow = deny = 0
        for role_id in member.role_ids:
            if role := overwrites.get((0, role_id)):
                allow, deny = allow | role.allow, deny | role.deny
        base = (base & ~deny) | allow
        if own := overwrites.get((1, member.id)):
            base = (base & ~own.deny) | own.allow
        return base


# ------------------------------------------------------------------------------------------ payloads


def user_payload(user: FakeUser) -> JSON:
    return {
        "id": str(user.id),
        "username": user.username,
        "global_name": user.global_name,
        "discriminator": "0",
        "avatar": None,
        "avatar_decoration_data": None,
        "bot": user.bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
        "banner": None,
        "accent_color": None,
    }


def role_payload(role: FakeRole) -> JSON:
    return {
        "id": str(role.id),
        "name": role.name,
        "color": role.color,
        "colors": {"primary_color": role.color, "secondary_color": None, "tertiary_color": None},
        "hoist": role.hoist,
        "icon": None,
        "unicode_emoji": None,
        "position": role.position,
        "permissions": str(role.permissions),
        "managed": role.managed,
        "mentionable": role.mentionable,
        "flags": 0,
    }


def member_payload(member: FakeMember, *, with_user: bool = True, permissions: int | None = None) -> JSON:
    payload: JSON = {
        "roles": [str(r) for r in member.role_ids],
        "nick": member.nick,
        "avatar": None,
        "banner": None,
        "joined_at": member.joined_at,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "communication_disabled_until": None,
        "unusual_dm_activity_until": None,
    }
    if with_user:
        payload["user"] = user_payload(member.user)
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def channel_payload(channel: FakeChannel, *, permissions: int | None = None) -> JSON:
    if channel.is_dm:
        assert channel.recipient is not None
        payload: JSON = {
            "id": str(channel.id),
            "type": ChannelType.DM,
            "last_message_id": None,
            "flags": 0,
            "recipients": [user_payload(channel.recipient)],
        }
    else:
        payload = {
            "id": str(channel.id),
            "type": channel.type,
            "guild_id": str(channel.guild_id),
            "name": channel.name,
            "position": channel.position,
            "parent_id": str(channel.parent_id) if channel.parent_id else None,
            "permission_overwrites": [
                {"id": str(o.id), "type": o.type, "allow": str(o.allow), "deny": str(o.deny)}
                for o in channel.overwrites
            ],
            "nsfw": False,
            "flags": 0,
        }
        if channel.type == ChannelType.TEXT:
            payload |= {"topic": channel.topic, "last_message_id": None, "rate_limit_per_user": 0}
        elif channel.type == ChannelType.VOICE:
            payload |= {"bitrate": 64000, "user_limit": 0, "rtc_region": None, "last_message_id": None}
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def guild_create_payload(guild: FakeGuild, *, members: Sequence[FakeMember], joined_at: str) -> JSON:
    return {
        "id": str(guild.id),
        "name": guild.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": str(guild.owner_id),
        "region": "deprecated",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "premium_progress_bar_enabled": False,
        "preferred_locale": guild.locale,
        "features": [],
        "application_id": None,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "safety_alerts_channel_id": None,
        "vanity_url_code": None,
        "max_members": 500000,
        "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50,
        "incidents_data": None,
        "roles": [role_payload(r) for r in guild.roles.values()],
        "emojis": [],
        "stickers": [],
        "soundboard_sounds": [],
        "joined_at": joined_at,
        "large": False,
        "unavailable": False,
        "lazy": True,
        "member_count": len(guild.members),
        "members": [member_payload(m) for m in members],
        "channels": [channel_payload(c) for c in guild.channels.values()],
        "threads": [],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "embedded_activities": [],
        "activity_instances": [],
    }


def message_payload(
    *,
    id: int,
    channel: FakeChannel,
    author: FakeUser,
    content: str = "",
    type: int = 0,
    flags: int = 0,
    embeds: Sequence[JSON] = (),
    components: Sequence[JSON] = (),
    attachments: Sequence[JSON] = (),
    mentions: Sequence[FakeUser] = (),
    mention_roles: Sequence[int] = (),
    mention_everyone: bool = False,
) -> JSON:
    """A message as REST returns it; gateway events add ``guild_id`` and ``member`` (see ``_gateway_message``)."""
    return {
        "id": str(id),
        "type": type,
        "channel_id": str(channel.id),
        "author": user_payload(author),
        "content": content,
        "timestamp": _now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": mention_everyone,
        "mentions": [user_payload(u) for u in mentions],
        "mention_roles": [str(r) for r in mention_roles],
        "attachments": list(attachments),
        "embeds": list(embeds),
        "components": list(components),
        "pinned": False,
        "flags": flags,
    }


# ------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Upload:
    """One file part of a multipart body."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class HttpCall:
    """One REST request the client made, and what the fake answered."""

    method: str
    path: str  # below the API prefix, e.g. "/channels/1/messages"
    route: str  # the matched template, e.g. "POST /channels/{channel_id}/messages"
    params: dict[str, str]
    query: dict[str, str]
    headers: dict[str, str]
    json: Any  # the JSON body, or a multipart body's payload_json
    uploads: list[Upload]
    at: float  # time.perf_counter() on arrival
    status: int = 0
    response: Any = None
    interaction_id: int | None = None  # set when the call used an interaction's id or token

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def summary(self) -> str:
        body = json.dumps(self.json)[:160] if self.json is not None else ""
        files = f" files={[u.filename for u in self.uploads]}" if self.uploads else ""
        return f"{self.method} {self.path} -> {self.status} {body}{files}"


@dataclass
class InteractionRecord:
    """An injected interaction and everything the client sent with its token."""

    id: int
    token: str
    type: int
    payload: JSON  # the INTERACTION_CREATE data
    sent_at: float  # time.perf_counter() just before the event was written to the gateway
    calls: list[HttpCall] = field(default_factory=list)
    response_type: int | None = None  # the accepted callback type
    original_message_id: int | None = None
    message_ids: set[int] = field(default_factory=set)

    @property
    def callbacks(self) -> list[HttpCall]:
        """Every callback POST, rejected ones included (check ``.ok``)."""
        return [c for c in self.calls if c.route == FakeDiscord.R_CALLBACK]

    @property
    def callback(self) -> HttpCall | None:
        return next((c for c in self.callbacks if c.ok), None)

    @property
    def original_edits(self) -> list[HttpCall]:
        return [
            c
            for c in self.calls
            if c.route == FakeDiscord.R_WEBHOOK_MESSAGE
            and c.method == "PATCH"
            and (c.params["message_id"] == "@original" or c.params["message_id"] == str(self.original_message_id))
        ]

    @property
    def followups(self) -> list[HttpCall]:
        return [c for c in self.calls if c.route == FakeDiscord.R_FOLLOWUP]

    @property
    def first_response_latency(self) -> float | None:
        """Seconds from INTERACTION_CREATE to the accepted callback."""
        return None if self.callback is None else self.callback.at - self.sent_at

    @property
    def last_response_latency(self) -> float | None:
        """Seconds from INTERACTION_CREATE to the last successful call made with this token."""
        done = [c for c in self.calls if c.ok]
        return None if not done else done[-1].at - self.sent_at

    def summary(self) -> str:
        calls = "; ".join(f"{c.method} {c.route.split(' ', 1)[1]} -> {c.status}" for c in self.calls) or "no calls"
        name = self.payload["data"].get("name") or self.payload["data"].get("custom_id")
        return f"interaction {self.id} (type {self.type}, {name!r}): {calls}"


@dataclass(frozen=True)
class GatewayFrame:
    direction: str  # "sent" (fake -> client) or "received"
    payload: JSON
    at: float


@dataclass(frozen=True)
class SentEvent:
    """A dispatched gateway event; ``delivered`` counts the sessions that received it (intents permitting)."""

    event: str
    payload: JSON
    at: float
    delivered: int

    @property
    def id(self) -> int:
        return int(self.payload["id"])


class DiscordHTTPError(Exception):
    """Raised by a route handler; answered as Discord's JSON error body."""

    def __init__(self, status: int, code: int, message: str, errors: JSON | None = None):
        super().__init__(f"{status} {code} {message}")
        self.status, self.code, self.message, self.errors = status, code, message, errors

    def body(self) -> JSON:
        body: JSON = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return body


def _form_error(path: str, message: str) -> DiscordHTTPError:
    errors = {path: {"_errors": [{"code": "BASE_TYPE_INVALID", "message": message}]}}
    return DiscordHTTPError(400, 50035, "Invalid Form Body", errors)


class FakeDiscordTimeout(AssertionError):
    pass


# ------------------------------------------------------------------------------------------- gateway


@dataclass
class GatewaySession:
    """A gateway session: survives reconnections through RESUME."""

    id: str
    intents: int
    shard: list[int]
    seq: int = 0
    history: list[JSON] = field(default_factory=list)
    connection: _Connection | None = None


@dataclass
class _Connection:
    ws: web.WebSocketResponse
    path: str
    compressor: Any | None  # zlib compressobj when the client asked for zlib-stream
    log: list[GatewayFrame]
    session: GatewaySession | None = None

    async def send(self, payload: JSON) -> None:
        self.log.append(GatewayFrame("sent", payload, time.perf_counter()))
        raw = json.dumps(payload)
        if self.compressor is None:
            await self.ws.send_str(raw)
        else:
            data = self.compressor.compress(raw.encode()) + self.compressor.flush(zlib.Z_SYNC_FLUSH)
            await self.ws.send_bytes(data)


# ---------------------------------------------------------------------------------------------- fake


Handler = Callable[[HttpCall], Awaitable[tuple[int, Any]]]


class FakeDiscord:
    R_CALLBACK = "POST /interactions/{interaction_id}/{token}/callback"
    R_FOLLOWUP = "POST /webhooks/{application_id}/{token}"
    R_WEBHOOK_MESSAGE = "* /webhooks/{application_id}/{token}/messages/{message_id}"
    R_CHANNEL_MESSAGES = "POST /channels/{channel_id}/messages"

    def __init__(
        self,
        *,
        token: str = "fake-token",
        bot_name: str = "eventbot",
        bot_permissions: int = Perm.BOT_DEFAULT,
        privileged_intents: int = Intent.PRIVILEGED,
        callback_deadline: float = 3.0,
        echo_bot_messages: bool = True,
        heartbeat_interval_ms: int = 41_250,
    ) -> None:
        """``privileged_intents``: those enabled in the (fake) developer portal; asking for others closes with 4014.
        ``callback_deadline``: seconds the client has to acknowledge an interaction, as in Discord.
        ``echo_bot_messages``: send MESSAGE_CREATE/UPDATE/DELETE for the bot's own messages, as Discord does."""
        self.token = token
        self.privileged_intents = privileged_intents
        self.callback_deadline = callback_deadline
        self.echo_bot_messages = echo_bot_messages
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.ids = Snowflakes()

        self.users: dict[int, FakeUser] = {}
        self.dm_channels: dict[int, FakeChannel] = {}  # by recipient id
        self.messages: dict[int, JSON] = {}  # current state of every message, by id
        self.commands: dict[int | None, list[JSON]] = {}  # registered commands by guild id (None: global)
        self.calls: list[HttpCall] = []
        self.interactions: dict[int, InteractionRecord] = {}
        self.gateway_log: list[GatewayFrame] = []
        self.gateway_connections: list[str] = []  # path and query of each websocket the client opened
        self.identifies: list[JSON] = []
        self.resumes: list[JSON] = []
        self.unknown_requests: list[str] = []
        self.internal_errors: list[str] = []
        self._cdn: dict[int, FakeAttachment] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self._sessions: dict[str, GatewaySession] = {}
        self._connections: list[_Connection] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

        self.bot_user = FakeUser(self.ids.next(), bot_name, bot=True)
        self.application_id = self.bot_user.id  # as for every bot created since 2020
        self.owner = FakeUser(self.ids.next(), "owner", global_name="Owner")
        guild_id = self.ids.next()
        self.guild = FakeGuild(guild_id, "Fake Guild", owner_id=self.owner.id)
        self.guild.roles[guild_id] = FakeRole(guild_id, "@everyone", Perm.EVERYONE_DEFAULT, position=0)
        self.moderator_role = self.add_role("Moderator", Perm.MODERATOR, mentionable=True)
        bot_role = self.add_role(bot_name, bot_permissions, managed=True)
        category = self.add_channel("Text Channels", type=ChannelType.CATEGORY)
        self.default_channel = self.add_channel("general", parent=category)
        self.add_channel("random", parent=category)
        self.bot_member = self.add_member(user=self.bot_user, roles=[bot_role])
        self.add_member(user=self.owner)
        self.add_member("alice", global_name="Alice")
        self.add_member("mod", global_name="Mod", roles=[self.moderator_role])
        self.port = 0

    # ------------------------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """What ``discord.http.Route.BASE`` must be."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """What ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` must be (as a yarl.URL)."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway-resume"

    @property
    def cdn_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/cdn"

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

    # ---------------------------------------------------------------------------------- world setup

    def add_role(
        self, name: str, permissions: int = 0, *, mentionable: bool = False, managed: bool = False
    ) -> FakeRole:
        self._check_not_connected()
        position = len(self.guild.roles)
        role = FakeRole(self.ids.next(), name, permissions, position=position, mentionable=mentionable, managed=managed)
        self.guild.roles[role.id] = role
        return role

    def add_channel(
        self,
        name: str,
        *,
        type: int = ChannelType.TEXT,
        parent: FakeChannel | None = None,
        overwrites: Iterable[Overwrite] = (),
    ) -> FakeChannel:
        self._check_not_connected()
        channel = FakeChannel(
            self.ids.next(),
            name,
            type,
            self.guild.id,
            position=len(self.guild.channels),
            parent_id=parent.id if parent else None,
            overwrites=list(overwrites),
        )
        self.guild.channels[channel.id] = channel
        return channel

    def add_user(self, username: str, *, global_name: str | None = None, bot: bool = False) -> FakeUser:
        """A user outside the guild (for DMs)."""
        user = FakeUser(self.ids.next(), username, global_name, bot)
        self.users[user.id] = user
        return user

    def add_member(
        self,
        username: str | None = None,
        *,
        user: FakeUser | None = None,
        roles: Iterable[FakeRole] = (),
        global_name: str | None = None,
        nick: str | None = None,
    ) -> FakeMember:
        self._check_not_connected()
        user = user or FakeUser(self.ids.next(), username or "user", global_name)
        self.users[user.id] = user
        member = FakeMember(user, [r.id for r in roles], nick=nick)
        self.guild.members[user.id] = member
        return member

    def member(self, username: str) -> FakeMember:
        return next(m for m in self.guild.members.values() if m.user.username == username)

    def channel(self, name: str) -> FakeChannel:
        return next(c for c in self.guild.channels.values() if c.name == name)

    def role(self, name: str) -> FakeRole:
        return next(r for r in self.guild.roles.values() if r.name == name)

    def dm_channel(self, user: FakeUser | FakeMember) -> FakeChannel:
        user = user.user if isinstance(user, FakeMember) else user
        if user.id not in self.dm_channels:
            self.dm_channels[user.id] = FakeChannel(self.ids.next(), "", ChannelType.DM, recipient=user)
        return self.dm_channels[user.id]

    def _check_not_connected(self) -> None:
        # The guild was already described in GUILD_CREATE; discord.py's cache would silently disagree.
        if self._sessions:
            raise RuntimeError("change the fake's world before the bot connects; changes are not broadcast")

    def _find_channel(self, channel_id: int) -> FakeChannel | None:
        if channel := self.guild.channels.get(channel_id):
            return channel
        return next((c for c in self.dm_channels.values() if c.id == channel_id), None)

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
        """The first ``POST /channels/{id}/messages`` at or after ``after`` (a perf_counter time) matching ``predicate``."""
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
        """The first call to ``route`` (e.g. ``"PUT /applications/{application_id}/commands"``) matching ``predicate``."""
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

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ------------------------------------------------------------------------------------- gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self.gateway_connections.append(request.path_qs)
        compress = request.query.get("compress")
        # discord.py asks for zstd-stream when `zstandard` is installed; it accepts plain text frames either way.
        compressor = zlib.compressobj() if compress == "zlib-stream" else None
        conn = _Connection(ws, request.path, compressor, self.gateway_log)
        self._connections.append(conn)
        try:
            if request.query.get("encoding", "json") != "json" or request.query.get("v") != "10":
                await ws.close(code=4012, message=b"Invalid API version or encoding")
                return ws
            hello = {"heartbeat_interval": self.heartbeat_interval_ms, "_trace": ["fake"]}
            await conn.send({"op": 10, "d": hello, "s": None, "t": None})
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    await ws.close(code=4002, message=b"Decode error")
                    break
                payload = json.loads(msg.data)
                self.gateway_log.append(GatewayFrame("received", payload, time.perf_counter()))
                await self._on_gateway_op(conn, payload)
        finally:
            self._connections.remove(conn)
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
            await self._notify()
        return ws

    async def _on_gateway_op(self, conn: _Connection, payload: JSON) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == 1:
            await conn.send({"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            await self._identify(conn, data)
        elif op == 6:
            await self._resume(conn, data)
        elif op == 8:
            await self._request_members(conn, data)
        elif op in (3, 4):
            pass  # presence and voice state updates: recorded in gateway_log
        else:
            log.warning("fake gateway: unknown opcode %s", op)
            await conn.ws.close(code=4001, message=b"Unknown opcode")

    async def _identify(self, conn: _Connection, data: JSON) -> None:
        self.identifies.append(data)
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated")
            return
        if data.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed")
            return
        intents = int(data.get("intents", 0))
        if intents & Intent.PRIVILEGED & ~self.privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s)")
            return
        # A client that identifies again has given up its disconnected sessions (Discord lets them expire).
        self._sessions = {k: v for k, v in self._sessions.items() if v.connection is not None}
        session = GatewaySession(uuid.uuid4().hex, intents, data.get("shard") or [0, 1], connection=conn)
        conn.session = session
        self._sessions[session.id] = session
        await self._send_dispatch(
            session,
            "READY",
            {
                "v": 10,
                "user": user_payload(self.bot_user) | {"verified": True, "mfa_enabled": False, "email": None},
                "guilds": [{"id": str(self.guild.id), "unavailable": True}],
                "session_id": session.id,
                "session_type": "normal",
                "resume_gateway_url": self.resume_gateway_url,
                "shard": session.shard,
                "application": {"id": str(self.application_id), "flags": self._application_flags()},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "guild_join_requests": [],
                "geo_ordered_rtc_regions": ["fake"],
                "user_settings": {},
                "auth": {},
                "_trace": ["fake"],
            },
        )
        # Without the presences intent Discord only lists the bot itself; discord.py then chunks if it has GUILD_MEMBERS.
        members = list(self.guild.members.values()) if intents & Intent.GUILD_PRESENCES else [self.bot_member]
        joined = guild_create_payload(self.guild, members=members, joined_at=self.bot_member.joined_at)
        await self._send_dispatch(session, "GUILD_CREATE", joined)
        await self._notify()

    async def _resume(self, conn: _Connection, data: JSON) -> None:
        self.resumes.append(data)
        session = self._sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") != self.token:
            await conn.send({"op": 9, "d": False, "s": None, "t": None})
            return
        session.connection, conn.session = conn, session
        for frame in session.history:
            if frame["s"] > (data.get("seq") or 0):
                await conn.send(frame)
        await self._send_dispatch(session, "RESUMED", {"_trace": ["fake"]})
        await self._notify()

    async def _request_members(self, conn: _Connection, data: JSON) -> None:
        if conn.session is None:
            await conn.ws.close(code=4003, message=b"Not authenticated")
            return
        members = list(self.guild.members.values())
        if user_ids := data.get("user_ids"):
            wanted = {int(u) for u in ([user_ids] if isinstance(user_ids, (int, str)) else user_ids)}
            members = [m for m in members if m.id in wanted]
        elif query := data.get("query"):
            members = [m for m in members if m.user.username.lower().startswith(query.lower())]
        if limit := data.get("limit"):
            members = members[:limit]
        chunk: JSON = {
            "guild_id": str(data["guild_id"]),
            "members": [member_payload(m) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if nonce := data.get("nonce"):
            chunk["nonce"] = nonce
        await self._send_dispatch(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _send_dispatch(self, session: GatewaySession, event: str, data: JSON) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.history.append(frame)
        if session.connection is not None:
            await session.connection.send(frame)

    async def dispatch(
        self, event: str, data: JSON | Callable[[GatewaySession], JSON], *, intent: int | None = None
    ) -> int:
        """Send a DISPATCH event to every session subscribed to ``intent``; return how many got it.

        ``data`` may depend on the session (e.g. message content stripped without the content intent).
        A session that is disconnected gets it on RESUME, as with Discord."""
        delivered = 0
        for session in self._sessions.values():
            if intent is not None and not session.intents & intent:
                continue
            await self._send_dispatch(session, event, data(session) if callable(data) else data)
            delivered += 1
        return delivered

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT: the client should close and RESUME on ``resume_gateway_url``."""
        for conn in list(self._connections):
            if conn.session is not None:
                await conn.send({"op": 7, "d": None, "s": None, "t": None})

    def _application_flags(self) -> int:
        limited = {Intent.GUILD_PRESENCES: 1 << 13, Intent.GUILD_MEMBERS: 1 << 15, Intent.MESSAGE_CONTENT: 1 << 19}
        return sum(flag for intent, flag in limited.items() if self.privileged_intents & intent) | (1 << 23)

    def _require_session(self) -> None:
        if not self._sessions:
            raise RuntimeError("no bot has identified on the fake gateway yet")

    # ------------------------------------------------------------------------------- HTTP plumbing

    def _routes(self) -> list[tuple[str, str, Handler, bool]]:
        """(method, path template, handler, needs the bot token). Literal paths come before templated ones."""
        webhook_message = "/webhooks/{application_id}/{token}/messages/{message_id}"
        return [
            ("GET", "/users/@me", self._get_me, True),
            ("POST", "/users/@me/channels", self._create_dm, True),
            ("GET", "/users/{user_id}", self._get_user, True),
            ("GET", "/oauth2/applications/@me", self._get_application, True),
            ("GET", "/applications/@me", self._get_application, True),
            ("GET", "/gateway", self._get_gateway, False),
            ("GET", "/gateway/bot", self._get_gateway_bot, True),
            ("GET", "/applications/{application_id}/commands", self._get_commands, True),
            ("PUT", "/applications/{application_id}/commands", self._put_commands, True),
            ("GET", "/applications/{application_id}/guilds/{guild_id}/commands", self._get_commands, True),
            ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", self._put_commands, True),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self._interaction_callback, False),
            ("POST", "/webhooks/{application_id}/{token}", self._create_followup, False),
            ("GET", webhook_message, self._webhook_message, False),
            ("PATCH", webhook_message, self._webhook_message, False),
            ("DELETE", webhook_message, self._webhook_message, False),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member, True),
            ("GET", "/channels/{channel_id}", self._get_channel, True),
            ("POST", "/channels/{channel_id}/messages", self._create_channel_message, True),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self._channel_message, True),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self._channel_message, True),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self._channel_message, True),
            ("POST", "/channels/{channel_id}/typing", self._typing, True),
            ("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self._add_reaction, True),
        ]

    def _adapt(
        self, method: str, template: str, handler: Handler, auth: bool
    ) -> Callable[[web.Request], Awaitable[web.Response]]:
        route = f"{method} {template}"
        if template.startswith("/webhooks/") and "/messages/" in template:
            route = f"* {template}"  # one route name for GET/PATCH/DELETE, so records filter simply

        async def handle(request: web.Request) -> web.Response:
            call = HttpCall(
                method=request.method,
                path=request.path.removeprefix(API_PREFIX),
                route=route,
                params=dict(request.match_info),
                query=dict(request.query),
                headers=dict(request.headers),
                json=None,
                uploads=[],
                at=time.perf_counter(),
            )
            try:
                call.json, call.uploads = await self._read_body(request)
                if auth and request.headers.get("Authorization") != f"Bot {self.token}":
                    raise DiscordHTTPError(401, 0, "401: Unauthorized")
                call.status, call.response = await handler(call)
            except DiscordHTTPError as exc:
                call.status, call.response = exc.status, exc.body()
            except Exception as exc:
                log.exception("fake Discord crashed on %s %s", method, request.path)
                self.internal_errors.append(f"{method} {request.path}: {exc!r}")
                # 400, not 500: discord.py retries 5xx with sleeps, which would hide the crash behind a slow test.
                call.status, call.response = 400, {"message": f"FakeDiscord crashed: {exc!r}", "code": 0}
            # Recorded once answered, so a waiter never sees a call without its status.
            self.calls.append(call)
            if call.interaction_id is not None:
                self.interactions[call.interaction_id].calls.append(call)
            await self._notify()
            return _json_response(call.status, call.response)

        return handle

    async def _read_body(self, request: web.Request) -> tuple[Any, list[Upload]]:
        """A JSON body, or a multipart one: ``payload_json`` plus ``files[n]`` parts (discord.py's layout)."""
        if request.content_type == "multipart/form-data":
            body: Any = None
            uploads: list[Upload] = []
            async for part in await request.multipart():
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    data = bytes(await part.read(decode=False))
                    content_type = part.headers.get("Content-Type", "application/octet-stream")
                    uploads.append(Upload(part.name or "", part.filename or "", content_type, data))
            return body, uploads
        if not request.can_read_body:
            return None, []
        if request.content_type != "application/json":
            raise ValueError(f"unexpected body type {request.content_type!r}")
        return json.loads(await request.read()), []

    async def _unknown(self, request: web.Request) -> web.Response:
        entry = f"{request.method} {request.path_qs}"
        log.warning("FAKE DISCORD: UNKNOWN ROUTE %s (returning 404; add it to FakeDiscord if the bot needs it)", entry)
        self.unknown_requests.append(entry)
        await self._notify()
        return _json_response(404, {"message": "404: Not Found (unknown to FakeDiscord)", "code": 0})

    async def _cdn_file(self, request: web.Request) -> web.Response:
        attachment = self._cdn.get(int(request.match_info["attachment_id"]))
        if attachment is None:
            return web.Response(status=404)
        return web.Response(body=attachment.data, content_type=attachment.content_type)

    # ------------------------------------------------------------------------------ REST: identity

    async def _get_me(self, call: HttpCall) -> tuple[int, Any]:
        return 200, user_payload(self.bot_user) | {
            "verified": True,
            "mfa_enabled": False,
            "locale": "en-US",
            "email": None,
        }

    async def _get_user(self, call: HttpCall) -> tuple[int, Any]:
        user = self.users.get(int(call.params["user_id"]))
        if user is None:
            raise DiscordHTTPError(404, 10013, "Unknown User")
        return 200, user_payload(user)

    async def _get_member(self, call: HttpCall) -> tuple[int, Any]:
        member = self.guild.members.get(int(call.params["user_id"]))
        if int(call.params["guild_id"]) != self.guild.id or member is None:
            raise DiscordHTTPError(404, 10007, "Unknown Member")
        return 200, member_payload(member)

    async def _get_application(self, call: HttpCall) -> tuple[int, Any]:
        return 200, {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "hook": True,
            "bot_public": False,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": self._application_flags(),
            "owner": user_payload(self.owner),
            "team": None,
            "bot": user_payload(self.bot_user),
            "rpc_origins": [],
            "redirect_uris": [],
            "tags": [],
            # Must be null: otherwise discord.py warns that it will not receive interactions.
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "approximate_guild_count": 1,
            "integration_types_config": {"0": {}},
            "install_params": {"scopes": ["bot", "applications.commands"], "permissions": str(Perm.BOT_DEFAULT)},
        }

    async def _get_gateway(self, call: HttpCall) -> tuple[int, Any]:
        return 200, {"url": self.gateway_url}

    async def _get_gateway_bot(self, call: HttpCall) -> tuple[int, Any]:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    async def _create_dm(self, call: HttpCall) -> tuple[int, Any]:
        user = self.users.get(int(call.json["recipient_id"]))
        if user is None:
            raise DiscordHTTPError(400, 50033, "Invalid Recipient(s)")
        return 200, channel_payload(self.dm_channel(user))

    # ---------------------------------------------------------------------------- REST: commands

    def _command_scope(self, call: HttpCall) -> int | None:
        if int(call.params["application_id"]) != self.application_id:
            raise DiscordHTTPError(403, 50001, "Missing Access")
        guild_id = call.params.get("guild_id")
        if guild_id is not None and int(guild_id) != self.guild.id:
            raise DiscordHTTPError(403, 50001, "Missing Access")
        return int(guild_id) if guild_id is not None else None

    async def _get_commands(self, call: HttpCall) -> tuple[int, Any]:
        return 200, self.commands.get(self._command_scope(call), [])

    async def _put_commands(self, call: HttpCall) -> tuple[int, Any]:
        guild_id = self._command_scope(call)
        payload: list[JSON] = call.json
        _validate_commands(payload)
        previous = {(c["name"], c.get("type", 1)): c for c in self.commands.get(guild_id, [])}
        stored = []
        for command in payload:
            kept = previous.get((command["name"], command.get("type", 1)))
            entry = {
                "type": 1,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                "contexts": None,
                "integration_types": [0],
                **command,
                "id": kept["id"] if kept else str(self.ids.next()),  # Discord keeps ids stable across overwrites
                "application_id": str(self.application_id),
                "version": str(self.ids.next()),
            }
            if entry["default_member_permissions"] is not None:  # a string in Discord's answer
                entry["default_member_permissions"] = str(entry["default_member_permissions"])
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self.commands[guild_id] = stored
        return 200, stored

    # ------------------------------------------------------------------------ REST: interactions

    async def _interaction_callback(self, call: HttpCall) -> tuple[int, Any]:
        record = self.interactions.get(int(call.params["interaction_id"]))
        if record is None or record.token != call.params["token"]:
            raise DiscordHTTPError(404, 10062, "Unknown interaction")
        call.interaction_id = record.id
        if record.response_type is not None:
            raise DiscordHTTPError(400, 40060, "Interaction has already been acknowledged.")
        if call.at - record.sent_at > self.callback_deadline:
            raise DiscordHTTPError(404, 10062, "Unknown interaction")
        body: JSON = call.json or {}
        kind, data = body.get("type"), body.get("data") or {}
        if kind not in _CALLBACKS_ALLOWED[record.type]:
            raise _form_error("type", f"callback type {kind} is not valid for interaction type {record.type}")

        resource: JSON | None = None
        if kind in (Callback.CHANNEL_MESSAGE, Callback.DEFERRED_CHANNEL_MESSAGE):
            flags = data.get("flags", 0) & EPHEMERAL
            if kind == Callback.CHANNEL_MESSAGE:
                _validate_message(data, call.uploads, creating=True)
            else:
                data, flags = {}, flags | LOADING
            message = await self._create_message(
                self._interaction_channel(record), data, call.uploads, flags=flags, interaction=record
            )
            record.original_message_id = int(message["id"])
            resource = {"type": kind, "message": message}
        elif kind in (Callback.UPDATE_MESSAGE, Callback.DEFERRED_UPDATE_MESSAGE):
            if "message" not in record.payload:
                raise _form_error("type", "only component and modal interactions can update a message")
            record.original_message_id = int(record.payload["message"]["id"])
            if kind == Callback.UPDATE_MESSAGE:
                _validate_message(data, call.uploads, creating=False)
                updated = await self._edit_message(record.original_message_id, data, call.uploads)
                resource = {"type": kind, "message": updated}
        elif kind == Callback.AUTOCOMPLETE_RESULT and len(data.get("choices", [])) > 25:
            raise _form_error("data.choices", "Must be 25 or fewer in length.")
        record.response_type = kind

        if call.query.get("with_response") not in ("1", "true", "True"):
            return 204, None
        message_id = record.original_message_id if kind != Callback.AUTOCOMPLETE_RESULT else None
        interaction: JSON = {"id": str(record.id), "type": record.type}
        if message_id is not None and kind != Callback.MODAL:
            flags = self.messages[message_id]["flags"]
            interaction |= {
                "response_message_id": str(message_id),
                "response_message_loading": bool(flags & LOADING),
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        response: JSON = {"interaction": interaction}
        if resource is not None:
            response["resource"] = resource
        return 200, response

    def _interaction_by_token(self, call: HttpCall) -> InteractionRecord:
        if int(call.params["application_id"]) != self.application_id:
            raise DiscordHTTPError(404, 10015, "Unknown Webhook")
        record = self._by_token.get(call.params["token"])
        if record is None:
            raise DiscordHTTPError(401, 50027, "Invalid Webhook Token")
        call.interaction_id = record.id
        return record

    async def _create_followup(self, call: HttpCall) -> tuple[int, Any]:
        record = self._interaction_by_token(call)
        if record.response_type is None:
            raise DiscordHTTPError(404, 10015, "Unknown Webhook")
        data: JSON = call.json or {}
        _validate_message(data, call.uploads, creating=True)
        original = self.messages.get(record.original_message_id or 0)
        if original is not None and original["flags"] & LOADING:
            # Discord: a followup sent while the deferred "thinking" message is pending resolves that message,
            # keeping the defer's ephemerality (its flags cannot change).
            message = await self._edit_message(int(original["id"]), data, call.uploads)
        else:
            flags = data.get("flags", 0) & EPHEMERAL
            channel = self._interaction_channel(record)
            message = await self._create_message(channel, data, call.uploads, flags=flags, interaction=record)
            record.message_ids.add(int(message["id"]))
        if call.query.get("wait") not in ("1", "true", "True"):
            return 204, None
        return 200, message

    async def _webhook_message(self, call: HttpCall) -> tuple[int, Any]:
        record = self._interaction_by_token(call)
        raw_id = call.params["message_id"]
        message_id = record.original_message_id if raw_id == "@original" else int(raw_id)
        if message_id is None or (message_id != record.original_message_id and message_id not in record.message_ids):
            raise DiscordHTTPError(404, 10008, "Unknown Message")
        if message_id not in self.messages:
            raise DiscordHTTPError(404, 10008, "Unknown Message")
        if call.method == "GET":
            return 200, self.messages[message_id]
        if call.method == "DELETE":
            await self._delete_message(message_id)
            return 204, None
        data: JSON = call.json or {}
        _validate_message(data, call.uploads, creating=False)
        return 200, await self._edit_message(message_id, data, call.uploads)

    def _interaction_channel(self, record: InteractionRecord) -> FakeChannel:
        channel = self._find_channel(int(record.payload["channel_id"]))
        assert channel is not None
        return channel

    # ---------------------------------------------------------------------------- REST: channels

    def _channel_or_404(self, call: HttpCall) -> FakeChannel:
        channel = self._find_channel(int(call.params["channel_id"]))
        if channel is None:
            raise DiscordHTTPError(404, 10003, "Unknown Channel")
        return channel

    def _bot_can(self, channel: FakeChannel, permissions: int) -> bool:
        if channel.is_dm:
            return True
        return self.guild.permissions_for(self.bot_member, channel) & permissions == permissions

    async def _get_channel(self, call: HttpCall) -> tuple[int, Any]:
        return 200, channel_payload(self._channel_or_404(call))

    async def _create_channel_message(self, call: HttpCall) -> tuple[int, Any]:
        channel = self._channel_or_404(call)
        if not self._bot_can(channel, Perm.VIEW_CHANNEL | Perm.SEND_MESSAGES):
            raise DiscordHTTPError(403, 50013, "Missing Permissions")
        data: JSON = call.json or {}
        _validate_message(data, call.uploads, creating=True)
        if call.uploads and not self._bot_can(channel, Perm.ATTACH_FILES):
            raise DiscordHTTPError(403, 50013, "Missing Permissions")
        return 200, await self._create_message(channel, data, call.uploads, flags=0)

    async def _channel_message(self, call: HttpCall) -> tuple[int, Any]:
        channel = self._channel_or_404(call)
        message = self.messages.get(int(call.params["message_id"]))
        if message is None or message["channel_id"] != str(channel.id) or message["flags"] & EPHEMERAL:
            raise DiscordHTTPError(404, 10008, "Unknown Message")
        if call.method == "GET":
            return 200, message
        mine = message["author"]["id"] == str(self.bot_user.id)
        if call.method == "DELETE":
            if not mine and not self._bot_can(channel, Perm.MANAGE_MESSAGES):
                raise DiscordHTTPError(403, 50013, "Missing Permissions")
            await self._delete_message(int(message["id"]))
            return 204, None
        if not mine:
            raise DiscordHTTPError(403, 50005, "Cannot edit a message authored by another user")
        data: JSON = call.json or {}
        _validate_message(data, call.uploads, creating=False)
        return 200, await self._edit_message(int(message["id"]), data, call.uploads)

    async def _typing(self, call: HttpCall) -> tuple[int, Any]:
        self._channel_or_404(call)
        return 204, None

    async def _add_reaction(self, call: HttpCall) -> tuple[int, Any]:
        self._channel_or_404(call)
        if int(call.params["message_id"]) not in self.messages:
            raise DiscordHTTPError(404, 10008, "Unknown Message")
        return 204, None

    # -------------------------------------------------------------------------- messages (world)

    async def _create_message(
        self,
        channel: FakeChannel,
        data: JSON,
        uploads: Sequence[Upload],
        *,
        flags: int,
        interaction: InteractionRecord | None = None,
    ) -> JSON:
        """A message authored by the bot (channel message, interaction response or followup)."""
        message_id = self.ids.next()
        reference = (data.get("message_reference") or {}).get("message_id")
        referenced = self.messages.get(int(reference)) if reference else None
        if reference and referenced is None and (data.get("message_reference") or {}).get("fail_if_not_exists", True):
            raise _form_error("message_reference", "Unknown message")
        message = message_payload(
            id=message_id,
            channel=channel,
            author=self.bot_user,
            content=data.get("content") or "",
            type=19
            if referenced
            else (20 if interaction and interaction.type == InteractionType.APPLICATION_COMMAND else 0),
            flags=flags | (data.get("flags", 0) & ~(EPHEMERAL | LOADING)),
            embeds=[_normalise_embed(e) for e in data.get("embeds") or []],
            components=data.get("components") or [],
            attachments=self._attachments(channel, data, uploads, existing=[]),
        )
        if referenced is not None:
            message |= {"message_reference": _reference(referenced, channel), "referenced_message": referenced}
        if interaction is not None:
            metadata: JSON = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": interaction.payload.get("member", {}).get("user") or interaction.payload["user"],
                "authorizing_integration_owners": interaction.payload["authorizing_integration_owners"],
            }
            if interaction.type == InteractionType.APPLICATION_COMMAND:
                metadata |= {"name": interaction.payload["data"]["name"], "command_type": 1}
            app_id = str(self.application_id)
            message |= {"webhook_id": app_id, "application_id": app_id, "interaction_metadata": metadata}
        if "nonce" in data:
            message["nonce"] = data["nonce"]
        self._apply_mentions(message, data, channel)
        self.messages[message_id] = message
        if self.echo_bot_messages and not flags & EPHEMERAL:
            await self.dispatch(
                "MESSAGE_CREATE", self._gateway_message(message, channel), intent=_message_intent(channel)
            )
        return message

    async def _edit_message(self, message_id: int, data: JSON, uploads: Sequence[Upload]) -> JSON:
        message = self.messages[message_id]
        channel = self._find_channel(int(message["channel_id"]))
        assert channel is not None
        for key in ("content", "components"):
            if key in data and data[key] is not None:
                message[key] = data[key]
        if "embeds" in data and data["embeds"] is not None:
            message["embeds"] = [_normalise_embed(e) for e in data["embeds"]]
        if "attachments" in data or uploads:
            message["attachments"] = self._attachments(channel, data, uploads, existing=message["attachments"])
        if "flags" in data and data["flags"] is not None:
            message["flags"] = (message["flags"] & (EPHEMERAL | LOADING)) | (data["flags"] & ~(EPHEMERAL | LOADING))
        message["flags"] &= ~LOADING
        message["edited_timestamp"] = _now_iso()
        if "content" in data or "allowed_mentions" in data:
            self._apply_mentions(message, data, channel)
        if self.echo_bot_messages and not message["flags"] & EPHEMERAL:
            await self.dispatch(
                "MESSAGE_UPDATE", self._gateway_message(message, channel), intent=_message_intent(channel)
            )
        return message

    async def _delete_message(self, message_id: int) -> None:
        message = self.messages.pop(message_id)
        channel = self._find_channel(int(message["channel_id"]))
        assert channel is not None
        if self.echo_bot_messages and not message["flags"] & EPHEMERAL:
            event: JSON = {"id": message["id"], "channel_id": message["channel_id"]}
            if channel.guild_id:
                event["guild_id"] = str(channel.guild_id)
            await self.dispatch("MESSAGE_DELETE", event, intent=_message_intent(channel))

    def _attachments(
        self, channel: FakeChannel, data: JSON, uploads: Sequence[Upload], *, existing: Sequence[JSON]
    ) -> list[JSON]:
        """``attachments`` entries name either a new upload (``files[id]``) or an existing attachment to keep."""
        by_field = {u.field: u for u in uploads}
        entries = data.get("attachments")
        if entries is None:
            entries = [{"id": i} for i in range(len(uploads))] if uploads else [{"id": a["id"]} for a in existing]
        kept = {a["id"]: a for a in existing}
        result = []
        for entry in entries:
            upload = by_field.get(f"files[{entry['id']}]")
            if upload is None:
                if str(entry["id"]) not in kept:
                    raise _form_error("attachments", f"Unknown attachment {entry['id']}")
                result.append(kept[str(entry["id"])])
                continue
            attachment = FakeAttachment(entry.get("filename") or upload.filename, upload.data, upload.content_type)
            result.append(self._store_attachment(channel, attachment, description=entry.get("description")))
        return result

    def _store_attachment(
        self, channel: FakeChannel, attachment: FakeAttachment, *, description: str | None = None
    ) -> JSON:
        attachment_id = self.ids.next()
        url = f"{self.cdn_url}/attachments/{channel.id}/{attachment_id}/{attachment.filename}"
        self._cdn[attachment_id] = attachment
        payload: JSON = {
            "id": str(attachment_id),
            "filename": attachment.filename,
            "size": len(attachment.data),
            "url": url,
            "proxy_url": url,
            "content_type": attachment.content_type,
        }
        if description:
            payload["description"] = description
        return payload

    def uploaded_bytes(self, attachment: JSON) -> bytes:
        """The bytes behind an attachment object of a recorded message."""
        return self._cdn[int(attachment["id"])].data

    def _apply_mentions(self, message: JSON, data: JSON, channel: FakeChannel) -> None:
        """Who the message actually pings, after ``allowed_mentions`` (Discord filters ``mentions`` the same way)."""
        content = message["content"]
        allowed = data.get("allowed_mentions")
        parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse", []))
        users = {int(u) for u in (allowed or {}).get("users", [])}
        roles = {int(r) for r in (allowed or {}).get("roles", [])}
        pinged = [int(u) for u in _USER_MENTION.findall(content) if "users" in parse or int(u) in users]
        referenced = message.get("referenced_message")
        if referenced is not None and (allowed is None or allowed.get("replied_user", False)):
            pinged.append(int(referenced["author"]["id"]))
        message["mentions"] = [user_payload(self.users[u]) for u in dict.fromkeys(pinged) if u in self.users]
        may_everyone = not channel.is_dm and self._bot_can(channel, Perm.MENTION_EVERYONE)
        message["mention_roles"] = [
            r
            for r in dict.fromkeys(_ROLE_MENTION.findall(content))
            if ("roles" in parse or int(r) in roles)
            and int(r) in self.guild.roles
            and (self.guild.roles[int(r)].mentionable or may_everyone)
        ]
        message["mention_everyone"] = bool(
            "everyone" in parse and may_everyone and ("@everyone" in content or "@here" in content)
        )

    def _gateway_message(self, message: JSON, channel: FakeChannel) -> JSON:
        """A message as MESSAGE_CREATE carries it: with ``guild_id``, the author's ``member`` and mentioned members."""
        event = dict(message)
        if channel.guild_id is None:
            return event
        event["guild_id"] = str(channel.guild_id)
        event["channel_type"] = channel.type
        if member := self.guild.members.get(int(message["author"]["id"])):
            event["member"] = member_payload(member, with_user=False)
        event["mentions"] = []
        for mentioned in message["mentions"]:
            if member := self.guild.members.get(int(mentioned["id"])):
                mentioned = mentioned | {"member": member_payload(member, with_user=False)}
            event["mentions"].append(mentioned)
        return event

    # --------------------------------------------------------------------------- injected events

    async def send_message(
        self,
        content: str,
        *,
        author: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        dm: bool = False,
        mentions: Sequence[FakeMember | FakeUser] = (),
        mention_roles: Sequence[FakeRole] = (),
        mention_everyone: bool | None = None,
        reply_to: int | None = None,
        attachments: Sequence[FakeAttachment] = (),
    ) -> SentEvent:
        """A user posts a message (MESSAGE_CREATE), in a guild channel (default: #general) or, with ``dm``, to the bot.

        Mentions written in ``content`` (``<@id>``, ``<@&id>``, ``@everyone``) are parsed as Discord does;
        ``mentions``/``mention_roles`` add more. Without the MESSAGE_CONTENT intent the bot receives empty
        content, embeds and attachments unless it is mentioned or the message is a DM, as with Discord."""
        self._require_session()
        author_user = _as_user(author or self.member("alice"))
        if dm:
            channel = self.dm_channel(author_user)
        channel = channel or self.default_channel
        member = None if channel.is_dm else self.guild.members.get(author_user.id)
        if not channel.is_dm and member is None:
            raise ValueError(f"{author_user.username} is not a member of the guild; use dm=True")
        user_ids = [int(u) for u in _USER_MENTION.findall(content)] + [_as_user(m).id for m in mentions]
        role_ids = [int(r) for r in _ROLE_MENTION.findall(content)] + [r.id for r in mention_roles]
        if mention_everyone is None:
            can = member is not None and self.guild.permissions_for(member, channel) & Perm.MENTION_EVERYONE
            mention_everyone = bool(can and ("@everyone" in content or "@here" in content))
        message = message_payload(
            id=self.ids.next(),
            channel=channel,
            author=author_user,
            content=content,
            mentions=[self.users[u] for u in dict.fromkeys(user_ids) if u in self.users],
            mention_roles=list(dict.fromkeys(role_ids)),
            mention_everyone=mention_everyone,
            attachments=[self._store_attachment(channel, a) for a in attachments],
        )
        if reply_to is not None:
            referenced = self.messages[reply_to]
            message |= {
                "type": 19,
                "message_reference": _reference(referenced, channel),
                "referenced_message": referenced,
            }
        self.messages[int(message["id"])] = message
        event = self._gateway_message(message, channel)
        bot_mentioned = any(m["id"] == str(self.bot_user.id) for m in message["mentions"])

        def for_session(session: GatewaySession) -> JSON:
            if session.intents & Intent.MESSAGE_CONTENT or channel.is_dm or bot_mentioned:
                return event
            return event | {"content": "", "embeds": [], "attachments": [], "components": []}

        at = time.perf_counter()
        delivered = await self.dispatch("MESSAGE_CREATE", for_session, intent=_message_intent(channel))
        await self._notify()
        return SentEvent("MESSAGE_CREATE", event, at, delivered)

    async def send_interaction(
        self,
        command: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        dm: bool = False,
        locale: str = "en-US",
        check_permissions: bool = True,
    ) -> InteractionRecord:
        """A user runs a slash command (INTERACTION_CREATE, type 2).

        ``command`` is the qualified name as typed: ``"ping"``, ``"admin reload"`` (subcommand), ``"a b c"`` (group).
        ``options`` maps option names to values: str/int/float/bool, FakeMember/FakeUser (USER, MENTIONABLE),
        FakeRole (ROLE, MENTIONABLE), FakeChannel (CHANNEL), FakeAttachment (ATTACHMENT); ids work too.
        The command must have been synced to the fake, and the values must satisfy its schema (Discord's client
        would not send anything else). ``check_permissions`` refuses users lacking the command's
        ``default_member_permissions``, whom Discord would not show the command."""
        data = self._command_data(command, options or {}, dm=dm, focused=None)
        self._check_can_use(data, user, dm=dm, enabled=check_permissions)
        return await self._inject_interaction(
            InteractionType.APPLICATION_COMMAND, data, user=user, channel=channel, dm=dm, locale=locale
        )

    async def send_autocomplete(
        self,
        command: str,
        options: Mapping[str, Any],
        *,
        focused: str,
        user: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        dm: bool = False,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """A user types in an autocomplete option (INTERACTION_CREATE, type 4). ``options[focused]`` is the partial
        text typed so far (always a string, whatever the option's type); the answer is the type 8 callback."""
        data = self._command_data(command, options, dm=dm, focused=focused)
        return await self._inject_interaction(
            InteractionType.AUTOCOMPLETE, data, user=user, channel=channel, dm=dm, locale=locale
        )

    async def send_component_interaction(
        self,
        message_id: int,
        custom_id: str,
        *,
        user: FakeMember | FakeUser | None = None,
        values: Sequence[str] | None = None,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """A user clicks a button or picks in a select menu (INTERACTION_CREATE, type 3) on a message the bot sent."""
        message = self.messages.get(message_id)
        if message is None:
            raise LookupError(f"no message {message_id}; known: {list(self.messages)}")
        component = next((c for c in _walk_components(message["components"]) if c.get("custom_id") == custom_id), None)
        if component is None:
            known = [c.get("custom_id") for c in _walk_components(message["components"]) if c.get("custom_id")]
            raise LookupError(f"message {message_id} has no component {custom_id!r}; it has {known}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled: Discord does not let users click it")
        data: JSON = {"custom_id": custom_id, "component_type": component["type"]}
        if component["type"] != 2:
            data["values"] = list(values or [])
        channel = self._find_channel(int(message["channel_id"]))
        assert channel is not None
        return await self._inject_interaction(
            InteractionType.COMPONENT,
            data,
            user=user,
            channel=channel,
            dm=channel.is_dm,
            locale=locale,
            message=message,
        )

    async def _inject_interaction(
        self,
        type: int,
        data: JSON,
        *,
        user: FakeMember | FakeUser | None,
        channel: FakeChannel | None,
        dm: bool,
        locale: str,
        message: JSON | None = None,
    ) -> InteractionRecord:
        self._require_session()
        interaction_id, token = self.ids.next(), f"fake-interaction-token-{uuid.uuid4().hex}"
        user = user or self.member("alice")
        invoker = _as_user(user)
        if dm:
            channel = self.dm_channel(invoker)
        channel = channel or self.default_channel
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": type,
            "data": data,
            "token": token,
            "version": 1,
            "channel": None,
            "channel_id": str(channel.id),
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if channel.is_dm:
            payload |= {
                "user": user_payload(invoker),
                "channel": channel_payload(channel),
                "app_permissions": str(Perm.BOT_DEFAULT),
                "authorizing_integration_owners": {"0": "0"},
                "context": 1,
            }
        else:
            member = user if isinstance(user, FakeMember) else self.guild.members.get(invoker.id)
            if member is None:
                raise ValueError(f"{invoker.username} is not a member of the guild; use dm=True")
            payload |= {
                "guild_id": str(self.guild.id),
                "guild": {"id": str(self.guild.id), "locale": self.guild.locale, "features": []},
                "guild_locale": self.guild.locale,
                "member": member_payload(member, permissions=self.guild.permissions_for(member, channel)),
                "channel": channel_payload(channel, permissions=self.guild.permissions_for(member, channel)),
                "app_permissions": str(self.guild.permissions_for(self.bot_member, channel)),
                "authorizing_integration_owners": {"0": str(self.guild.id)},
                "context": 0,
            }
        if message is not None:
            payload["message"] = message
        record = InteractionRecord(interaction_id, token, type, payload, sent_at=time.perf_counter())
        self.interactions[interaction_id] = record
        self._by_token[token] = record
        await self.dispatch("INTERACTION_CREATE", payload)
        await self._notify()
        return record

    # ------------------------------------------------------------------------ command resolution

    def _find_command(self, name: str, *, dm: bool) -> tuple[JSON, int | None]:
        scopes: list[int | None] = [None] if dm else [self.guild.id, None]
        for scope in scopes:
            for command in self.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command, scope
        known = {("global" if s is None else "guild"): [c["name"] for c in cs] for s, cs in self.commands.items()}
        raise LookupError(f"/{name} is not registered with the fake (sync the command tree first); registered: {known}")

    def _command_data(self, qualified: str, options: Mapping[str, Any], *, dm: bool, focused: str | None) -> JSON:
        root, *path = qualified.split()
        command, scope = self._find_command(root, dm=dm)
        resolved: JSON = {}
        schema: list[JSON] = command.get("options") or []
        leaf: list[JSON] = []
        wrappers: list[JSON] = []
        for name in path:
            sub = next((o for o in schema if o["name"] == name and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)), None)
            if sub is None:
                raise LookupError(f"/{qualified}: no subcommand {name!r} (has {[o['name'] for o in schema]})")
            wrappers.append({"name": name, "type": sub["type"], "options": []})
            schema = sub.get("options") or []
        if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in schema):
            raise ValueError(f"/{qualified} is a group: name a subcommand")
        by_name = {o["name"]: o for o in schema}
        for name, value in options.items():
            if name not in by_name:
                raise ValueError(f"/{qualified} has no option {name!r} (has {list(by_name)})")
            if name == focused:
                if not by_name[name].get("autocomplete"):
                    raise ValueError(f"option {name!r} of /{qualified} has no autocomplete")
                leaf.append({"name": name, "type": by_name[name]["type"], "value": str(value), "focused": True})
            else:
                converted = self._option_value(by_name[name], value, resolved)
                leaf.append({"name": name, "type": by_name[name]["type"], "value": converted})
        missing = [o["name"] for o in schema if o.get("required") and o["name"] not in options]
        if missing and focused is None:
            raise ValueError(f"/{qualified} requires {missing}")
        if focused is not None and focused not in options:
            raise ValueError(f"focused option {focused!r} must be in options (with the text typed so far)")
        for outer, inner in zip(reversed(wrappers[:-1]), reversed(wrappers[1:])):
            outer["options"] = [inner]
        if wrappers:
            wrappers[-1]["options"] = leaf
            leaf = [wrappers[0]]
        data: JSON = {"id": command["id"], "name": root, "type": 1, "options": leaf}
        if scope is not None:
            data["guild_id"] = str(scope)
        if resolved:
            data["resolved"] = resolved
        return data

    def _option_value(self, schema: JSON, value: Any, resolved: JSON) -> Any:
        kind, name = schema["type"], schema["name"]
        if kind == STRING:
            if not isinstance(value, str) or not schema.get("min_length", 0) <= len(value) <= schema.get(
                "max_length", 6000
            ):
                raise ValueError(f"option {name!r}: {value!r} is not a valid string here")
        elif kind in (INTEGER, NUMBER):
            expected = int if kind == INTEGER else (int, float)
            if isinstance(value, bool) or not isinstance(value, expected):
                raise ValueError(f"option {name!r}: {value!r} is not {'an integer' if kind == INTEGER else 'a number'}")
            low, high = schema.get("min_value"), schema.get("max_value")
            if (low is not None and value < low) or (high is not None and value > high):
                raise ValueError(f"option {name!r}: {value!r} is outside [{low}, {high}]")
        elif kind == BOOLEAN:
            if not isinstance(value, bool):
                raise ValueError(f"option {name!r}: {value!r} is not a boolean")
        elif kind == USER or (kind == MENTIONABLE and not _is_role(value, self.guild)):
            user = _as_user(value) if isinstance(value, (FakeUser, FakeMember)) else self.users.get(int(value))
            if user is None:
                raise ValueError(f"option {name!r}: unknown user {value!r}")
            resolved.setdefault("users", {})[str(user.id)] = user_payload(user)
            if member := self.guild.members.get(user.id):
                partial = member_payload(member, with_user=False, permissions=self.guild.permissions_for(member))
                resolved.setdefault("members", {})[str(user.id)] = partial
            value = str(user.id)
        elif kind in (ROLE, MENTIONABLE):
            role = value if isinstance(value, FakeRole) else self.guild.roles.get(int(value))
            if role is None:
                raise ValueError(f"option {name!r}: unknown role {value!r}")
            resolved.setdefault("roles", {})[str(role.id)] = role_payload(role)
            value = str(role.id)
        elif kind == CHANNEL:
            channel = value if isinstance(value, FakeChannel) else self._find_channel(int(value))
            if channel is None:
                raise ValueError(f"option {name!r}: unknown channel {value!r}")
            if (types := schema.get("channel_types")) and channel.type not in types:
                raise ValueError(f"option {name!r}: channel type {channel.type} not in {types}")
            resolved.setdefault("channels", {})[str(channel.id)] = {
                "id": str(channel.id),
                "name": channel.name,
                "type": channel.type,
                "parent_id": str(channel.parent_id) if channel.parent_id else None,
                "guild_id": str(channel.guild_id),
                "permissions": str(self.guild.permissions_for(self.bot_member, channel)),
                "flags": 0,
            }
            value = str(channel.id)
        elif kind == ATTACHMENT:
            if not isinstance(value, FakeAttachment):
                raise ValueError(f"option {name!r}: pass a FakeAttachment")
            stored = self._store_attachment(self.default_channel, value)
            resolved.setdefault("attachments", {})[stored["id"]] = stored
            value = stored["id"]
        choices = schema.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise ValueError(f"option {name!r}: {value!r} is not one of the choices {[c['value'] for c in choices]}")
        return value

    def _check_can_use(self, data: JSON, user: FakeMember | FakeUser | None, *, dm: bool, enabled: bool) -> None:
        command, _ = self._find_command(data["name"], dm=dm)
        if dm and command.get("contexts") is not None and 1 not in command["contexts"]:
            raise PermissionError(f"/{data['name']} is not available in DMs")
        if dm and command.get("dm_permission") is False:
            raise PermissionError(f"/{data['name']} is not available in DMs")
        required = command.get("default_member_permissions")
        if not enabled or dm or required is None:
            return
        member = (
            user if isinstance(user, FakeMember) else self.guild.members.get(_as_user(user or self.member("alice")).id)
        )
        assert member is not None
        if self.guild.permissions_for(member) & int(required) != int(required):
            raise PermissionError(
                f"{member.user.username} lacks default_member_permissions={required} for /{data['name']}:"
                " Discord would not show it"
                " (pass check_permissions=False to simulate a server override)"
            )


# ------------------------------------------------------------------------------------------- helpers


def _json_response(status: int, body: Any) -> web.Response:
    if status == 204 or body is None:
        return web.Response(status=204)
    # Exactly "application/json": web.json_response adds "; charset=utf-8" and discord.py then treats the body as text.
    return web.Response(status=status, body=json.dumps(body).encode(), content_type="application/json")


def _is_role(value: Any, guild: FakeGuild) -> bool:
    return isinstance(value, FakeRole) or (isinstance(value, int) and value in guild.roles)


def _reference(message: JSON, channel: FakeChannel) -> JSON:
    reference: JSON = {"type": 0, "message_id": message["id"], "channel_id": str(channel.id)}
    if channel.guild_id:
        reference["guild_id"] = str(channel.guild_id)
    return reference


def _as_user(who: FakeMember | FakeUser) -> FakeUser:
    return who.user if isinstance(who, FakeMember) else who


def _message_intent(channel: FakeChannel) -> int:
    return Intent.DIRECT_MESSAGES if channel.is_dm else Intent.GUILD_MESSAGES


def _walk_components(components: Sequence[JSON]) -> Iterator[JSON]:
    for component in components:
        yield component
        yield from _walk_components(component.get("components") or [])
        if accessory := component.get("accessory"):
            yield accessory


def _normalise_embed(embed: JSON) -> JSON:
    return {"type": "rich", **{k: v for k, v in embed.items() if v is not None}}


def _validate_commands(commands: list[JSON]) -> None:
    if len(commands) > 100:
        raise _form_error("_", "Must be 100 or fewer in length.")
    seen: set[tuple[str, int]] = set()
    for i, command in enumerate(commands):
        key = (command["name"], command.get("type", 1))
        if key in seen:
            raise _form_error(f"{i}.name", "Application command names must be unique")
        seen.add(key)
        if command.get("type", 1) == 1:
            _validate_options(f"{i}", command)


def _validate_options(path: str, node: JSON) -> None:
    if not _COMMAND_NAME.match(node["name"]) or node["name"] != node["name"].lower():
        raise _form_error(f"{path}.name", f"Command name {node['name']!r} is invalid")
    if not 1 <= len(node.get("description", "")) <= 100:
        raise _form_error(f"{path}.description", "Must be between 1 and 100 in length.")
    options = node.get("options") or []
    if len(options) > 25:
        raise _form_error(f"{path}.options", "Must be 25 or fewer in length.")
    optional_seen = False
    for j, option in enumerate(options):
        if option.get("required"):
            if optional_seen:
                message = "Required options must be placed before non-required options"
                raise _form_error(f"{path}.options.{j}.required", message)
        elif option["type"] not in (SUB_COMMAND, SUB_COMMAND_GROUP):
            optional_seen = True
        if len(option.get("choices") or []) > 25:
            raise _form_error(f"{path}.options.{j}.choices", "Must be 25 or fewer in length.")
        _validate_options(f"{path}.options.{j}", option)


def _validate_message(data: JSON, uploads: Sequence[Upload], *, creating: bool) -> None:
    content = data.get("content") or ""
    if len(content) > 2000:
        raise _form_error("content", "Must be 2000 or fewer in length.")
    embeds = data.get("embeds") or []
    if len(embeds) > 10:
        raise _form_error("embeds", "Must be 10 or fewer in length.")
    for i, embed in enumerate(embeds):
        _validate_embed(f"embeds.{i}", embed)
    total = sum(_embed_chars(e) for e in embeds)
    if total > 6000:
        raise _form_error("embeds", f"Embed size exceeds maximum size of 6000 ({total})")
    allowed = data.get("allowed_mentions") or {}
    for kind in ("users", "roles"):
        if kind in allowed.get("parse", []) and allowed.get(kind):
            raise _form_error("allowed_mentions", f"parse {kind!r} and a {kind} list are mutually exclusive")
    has_payload = data.get("components") or data.get("sticker_ids") or data.get("poll")
    if creating and not (content or embeds or uploads or has_payload):
        raise DiscordHTTPError(400, 50006, "Cannot send an empty message")


_EMBED_LIMITS = {"title": 256, "description": 4096}


def _validate_embed(path: str, embed: JSON) -> None:
    for key, limit in _EMBED_LIMITS.items():
        if len(embed.get(key) or "") > limit:
            raise _form_error(f"{path}.{key}", f"Must be {limit} or fewer in length.")
    fields = embed.get("fields") or []
    if len(fields) > 25:
        raise _form_error(f"{path}.fields", "Must be 25 or fewer in length.")
    for j, f in enumerate(fields):
        if not 1 <= len(f.get("name") or "") <= 256:
            raise _form_error(f"{path}.fields.{j}.name", "Must be between 1 and 256 in length.")
        if not 1 <= len(f.get("value") or "") <= 1024:
            raise _form_error(f"{path}.fields.{j}.value", "Must be between 1 and 1024 in length.")
    if len((embed.get("footer") or {}).get("text") or "") > 2048:
        raise _form_error(f"{path}.footer.text", "Must be 2048 or fewer in length.")
    if len((embed.get("author") or {}).get("name") or "") > 256:
        raise _form_error(f"{path}.author.name", "Must be 256 or fewer in length.")


def _embed_chars(embed: JSON) -> int:
    fields = embed.get("fields") or []
    return (
        len(embed.get("title") or "")
        + len(embed.get("description") or "")
        + sum(len(f.get("name") or "") + len(f.get("value") or "") for f in fields)
        + len((embed.get("footer") or {}).get("text") or "")
        + len((embed.get("author") or {}).get("name") or "")
    )


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
