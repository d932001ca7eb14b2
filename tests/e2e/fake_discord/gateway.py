"""The fake gateway: the websocket, and the events it dispatches."""

from __future__ import annotations

import json
import time
import uuid
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aiohttp import WSMsgType, web

from .protocol import (
    _ROLE_MENTION,
    _USER_MENTION,
    ATTACHMENT,
    BOOLEAN,
    CHANNEL,
    EPHEMERAL,
    INTEGER,
    JSON,
    LOADING,
    MENTIONABLE,
    NUMBER,
    ROLE,
    STRING,
    SUB_COMMAND,
    SUB_COMMAND_GROUP,
    USER,
    Intent,
    InteractionType,
    Perm,
    _now_iso,
    log,
)
from .state import (
    DiscordState,
    FakeAttachment,
    FakeChannel,
    FakeMember,
    FakeRole,
    FakeUser,
    GatewayFrame,
    GatewaySession,
    InteractionRecord,
    SentEvent,
    Upload,
    _as_user,
    _Connection,
    _form_error,
    _is_role,
    _message_intent,
    _normalise_embed,
    _reference,
    _walk_components,
    channel_payload,
    guild_create_payload,
    member_payload,
    message_payload,
    role_payload,
    user_payload,
)


class Gateway(DiscordState):
    """The gateway websocket (identify, resume, heartbeats, zlib-stream), and the events a test injects through it:
    slash commands, autocomplete, button presses, messages."""

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
        shard = data.get("shard") or [0, 1]
        if not (
            isinstance(shard, list)
            and len(shard) == 2
            and all(type(n) is int for n in shard)
            and 0 <= shard[0] < shard[1]
        ):
            await conn.ws.close(code=4010, message=b"Invalid shard")
            return
        # A client that identifies again has given up its disconnected sessions (Discord lets them expire).
        self._sessions = {k: v for k, v in self._sessions.items() if v.connection is not None}
        session = GatewaySession(uuid.uuid4().hex, intents, shard, connection=conn)
        conn.session = session
        self._sessions[session.id] = session
        await self._send_dispatch(
            session,
            "READY",
            {
                "v": 10,
                "user": user_payload(self.bot_user) | {"verified": True, "mfa_enabled": False, "email": None},
                "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds if session.receives(g.id)],
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
        # Without the presences intent Discord only lists the bot itself; discord.py then chunks if it has
        # GUILD_MEMBERS.
        for guild in self.guilds:
            if not session.receives(guild.id):
                continue
            bot_member = guild.members[self.bot_user.id]
            presences = intents & Intent.GUILD_PRESENCES
            members = list(guild.members.values()) if presences else [bot_member]
            joined = guild_create_payload(guild, members=members, joined_at=bot_member.joined_at)
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
        guild = self.guild_by_id(int(data["guild_id"])) or self.guild
        members = list(guild.members.values())
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
        self,
        event: str,
        data: JSON | Callable[[GatewaySession], JSON],
        *,
        intent: int | None = None,
        guild_id: int | None = None,
    ) -> list[GatewaySession]:
        """Send a DISPATCH event to every session subscribed to ``intent`` on the shard of ``guild_id`` (None: a DM,
        shard 0); return the sessions that got it.

        ``data`` may depend on the session (e.g. message content stripped without the content intent).
        A session that is disconnected gets it on RESUME, as with Discord."""
        delivered = []
        for session in list(self._sessions.values()):
            if (intent is not None and not session.intents & intent) or not session.receives(guild_id):
                continue
            await self._send_dispatch(session, event, data(session) if callable(data) else data)
            delivered.append(session)
        return delivered

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT: the client should close and RESUME on ``resume_gateway_url``."""
        for conn in list(self._connections):
            if conn.session is not None:
                await conn.send({"op": 7, "d": None, "s": None, "t": None})

    def _require_session(self) -> None:
        if not self._sessions:
            raise RuntimeError("no bot has identified on the fake gateway yet")

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
        delivered = await self.dispatch(
            "MESSAGE_CREATE", for_session, intent=_message_intent(channel), guild_id=channel.guild_id
        )
        await self._notify()
        return SentEvent("MESSAGE_CREATE", event, at, len(delivered))

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
        delivered = await self.dispatch("INTERACTION_CREATE", payload, guild_id=channel.guild_id)
        record.shards = [list(session.shard) for session in delivered]
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
        schema, wrappers = _subcommand_path(qualified, command.get("options") or [], path)
        leaf = self._leaf_options(qualified, schema, options, focused, resolved)
        missing = [o["name"] for o in schema if o.get("required") and o["name"] not in options]
        if missing and focused is None:
            raise ValueError(f"/{qualified} requires {missing}")
        if focused is not None and focused not in options:
            raise ValueError(f"focused option {focused!r} must be in options (with the text typed so far)")
        for outer, inner in zip(reversed(wrappers[:-1]), reversed(wrappers[1:]), strict=True):
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

    def _leaf_options(
        self, qualified: str, schema: list[JSON], options: Mapping[str, Any], focused: str | None, resolved: JSON
    ) -> list[JSON]:
        """The options as Discord sends them: converted and resolved, or as typed so far for the focused one."""
        leaf: list[JSON] = []
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
        return leaf

    def _option_value(self, schema: JSON, value: Any, resolved: JSON) -> Any:
        name = schema["name"]
        if schema["type"] in (STRING, INTEGER, NUMBER, BOOLEAN):
            _check_scalar(schema, value)
        else:
            value = self._resolved_option(schema, value, resolved)
        choices = schema.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise ValueError(f"option {name!r}: {value!r} is not one of the choices {[c['value'] for c in choices]}")
        return value

    def _resolved_option(self, schema: JSON, value: Any, resolved: JSON) -> Any:
        """A user, role, channel or attachment option: its id, with the object in `resolved` as Discord sends it."""
        kind, name = schema["type"], schema["name"]
        if kind == USER or (kind == MENTIONABLE and not _is_role(value, self.guild)):
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
                "MESSAGE_CREATE",
                self._gateway_message(message, channel),
                intent=_message_intent(channel),
                guild_id=channel.guild_id,
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
                "MESSAGE_UPDATE",
                self._gateway_message(message, channel),
                intent=_message_intent(channel),
                guild_id=channel.guild_id,
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
            await self.dispatch("MESSAGE_DELETE", event, intent=_message_intent(channel), guild_id=channel.guild_id)

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


def _subcommand_path(qualified: str, schema: list[JSON], path: list[str]) -> tuple[list[JSON], list[JSON]]:
    """The options of the named subcommand, and the subcommand (group) wrappers that lead to it."""
    wrappers: list[JSON] = []
    for name in path:
        sub = next((o for o in schema if o["name"] == name and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)), None)
        if sub is None:
            raise LookupError(f"/{qualified}: no subcommand {name!r} (has {[o['name'] for o in schema]})")
        wrappers.append({"name": name, "type": sub["type"], "options": []})
        schema = sub.get("options") or []
    if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in schema):
        raise ValueError(f"/{qualified} is a group: name a subcommand")
    return schema, wrappers


def _check_scalar(schema: JSON, value: Any) -> None:
    """A string, integer, number or boolean option within the limits its schema sets."""
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
    elif kind == BOOLEAN and not isinstance(value, bool):
        raise ValueError(f"option {name!r}: {value!r} is not a boolean")
