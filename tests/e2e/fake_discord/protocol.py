"""Discord's vocabulary as the fake speaks it: permission and intent bits, types, flags, snowflakes."""

from __future__ import annotations

import logging
import re
import time
from datetime import UTC, datetime
from typing import Any, TypeVar

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

    def next_on_shard(self, shard_id: int, shard_count: int) -> int:
        """The next id whose guild Discord routes to ``shard_id`` of ``shard_count``: (id >> 22) % count, its
        timestamp a few milliseconds ahead at most."""
        candidate = self.next()
        while (candidate >> 22) % shard_count != shard_id:
            candidate = ((candidate >> 22) + 1) << 22
        self._last = candidate
        return candidate
