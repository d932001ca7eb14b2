"""The fake's state: its world (guild, roles, channels, members), the payloads that describe it, the records of
what the client did, and the gateway sessions."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .protocol import (
    API_PREFIX,
    JSON,
    ChannelType,
    Intent,
    Perm,
    Snowflakes,
    _now_iso,
)

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
    shards: list[list[int]] = field(default_factory=list)  # the [id, count] of each session that received it
    response_type: int | None = None  # the accepted callback type
    original_message_id: int | None = None
    message_ids: set[int] = field(default_factory=set)

    @property
    def callbacks(self) -> list[HttpCall]:
        """Every callback POST, rejected ones included (check ``.ok``)."""
        return [c for c in self.calls if c.route == DiscordState.R_CALLBACK]

    @property
    def callback(self) -> HttpCall | None:
        return next((c for c in self.callbacks if c.ok), None)

    @property
    def original_edits(self) -> list[HttpCall]:
        return [
            c
            for c in self.calls
            if c.route == DiscordState.R_WEBHOOK_MESSAGE
            and c.method == "PATCH"
            and (c.params["message_id"] == "@original" or c.params["message_id"] == str(self.original_message_id))
        ]

    @property
    def followups(self) -> list[HttpCall]:
        return [c for c in self.calls if c.route == DiscordState.R_FOLLOWUP]

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

    def receives(self, guild_id: int | None) -> bool:
        """Discord's routing: a guild's events go to shard (guild_id >> 22) % shard_count, the rest (DMs) to shard 0."""
        shard_id, count = self.shard
        return shard_id == (0 if guild_id is None else (guild_id >> 22) % count)


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


# ------------------------------------------------------------------------------------------- the state


class DiscordState:
    """The world the fake keeps (guild, members, channels, messages, commands) and what it recorded."""

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
        self.owner = FakeUser(self.ids.next(), "owner", global_name="Owner")  # the guild's and the application's
        self._bot_name, self._bot_permissions = bot_name, bot_permissions
        self._homes: dict[int, tuple[FakeGuild, FakeChannel, FakeMember, FakeRole]] = {}
        self.guild = self._populate(FakeGuild(self.ids.next(), "Fake Guild", owner_id=self.owner.id), self.owner)
        self.port = 0

    # ---------------------------------------------------------------------------------- world setup

    def _populate(self, guild: FakeGuild, owner: FakeUser) -> FakeGuild:
        """The cast of every guild: @everyone, Moderator and the bot's role, #general and #random, the bot, the
        owner, alice and mod (Moderator). Leaves `guild` as the current guild."""
        self.guild = guild
        guild.roles[guild.id] = FakeRole(guild.id, "@everyone", Perm.EVERYONE_DEFAULT, position=0)
        self.moderator_role = self.add_role("Moderator", Perm.MODERATOR, mentionable=True)
        bot_role = self.add_role(self._bot_name, self._bot_permissions, managed=True)
        category = self.add_channel("Text Channels", type=ChannelType.CATEGORY)
        self.default_channel = self.add_channel("general", parent=category)
        self.add_channel("random", parent=category)
        self.bot_member = self.add_member(user=self.bot_user, roles=[bot_role])
        self.add_member(user=owner)
        self.add_member("alice", global_name="Alice")
        self.add_member("mod", global_name="Mod", roles=[self.moderator_role])
        self._homes[guild.id] = (guild, self.default_channel, self.bot_member, self.moderator_role)
        return guild

    def add_guild(self, name: str, *, shard: tuple[int, int] | None = None) -> FakeGuild:
        """Another guild the bot is in (before connecting), with the same cast under new ids (its owner is not the
        application's owner). Interactions, messages and `member()` address it inside `with fake.in_guild(g):`.
        ``shard=(id, count)``: an id that Discord routes to that shard when the bot runs ``count`` shards."""
        self._check_not_connected()
        home = self.guild
        owner = FakeUser(self.ids.next(), "owner", global_name="Owner")
        guild_id = self.ids.next() if shard is None else self.ids.next_on_shard(*shard)
        guild = self._populate(FakeGuild(guild_id, name, owner_id=owner.id), owner)
        self._switch(home)
        return guild

    @property
    def guilds(self) -> list[FakeGuild]:
        return [home[0] for home in self._homes.values()]

    def guild_by_id(self, guild_id: int) -> FakeGuild | None:
        home = self._homes.get(int(guild_id))
        return home[0] if home else None

    def _switch(self, guild: FakeGuild) -> None:
        self.guild, self.default_channel, self.bot_member, self.moderator_role = self._homes[guild.id]

    @contextlib.contextmanager
    def in_guild(self, guild: FakeGuild) -> Iterator[FakeGuild]:
        """What the test does inside happens in `guild` (the first guild is the current one otherwise)."""
        previous = self.guild
        self._switch(guild)
        try:
            yield guild
        finally:
            self._switch(previous)

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
        for guild in self.guilds:
            if channel := guild.channels.get(channel_id):
                return channel
        return next((c for c in self.dm_channels.values() if c.id == channel_id), None)

    # ------------------------------------------------------------------------------------- addresses

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

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _bot_can(self, channel: FakeChannel, permissions: int) -> bool:
        if channel.is_dm:
            return True
        return self.guild.permissions_for(self.bot_member, channel) & permissions == permissions

    def _application_flags(self) -> int:
        limited = {Intent.GUILD_PRESENCES: 1 << 13, Intent.GUILD_MEMBERS: 1 << 15, Intent.MESSAGE_CONTENT: 1 << 19}
        return sum(flag for intent, flag in limited.items() if self.privileged_intents & intent) | (1 << 23)


# ------------------------------------------------------------------------------------------- helpers


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
