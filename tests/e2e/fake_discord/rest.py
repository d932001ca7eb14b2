"""The fake REST API: the routes the client calls and the checks Discord makes on them."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiohttp import BodyPartReader, web

from .gateway import Gateway
from .protocol import (
    _CALLBACKS_ALLOWED,
    _COMMAND_NAME,
    API_PREFIX,
    EPHEMERAL,
    JSON,
    LOADING,
    SUB_COMMAND,
    SUB_COMMAND_GROUP,
    Callback,
    Perm,
    log,
)
from .state import (
    DiscordHTTPError,
    FakeChannel,
    HttpCall,
    InteractionRecord,
    Upload,
    _form_error,
    channel_payload,
    member_payload,
    user_payload,
)

Handler = Callable[[HttpCall], Awaitable[tuple[int, Any]]]


class Rest(Gateway):
    """The REST API under /api/v10: routing and authentication, identity, commands, interactions, channels; every
    request is recorded and checked against Discord's limits."""

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
        guild = self.guild_by_id(int(call.params["guild_id"]))
        member = guild.members.get(int(call.params["user_id"])) if guild is not None else None
        if member is None:
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
        return 200, self._callback_response(record, kind, resource)

    def _callback_response(self, record: InteractionRecord, kind: Any, resource: JSON | None) -> JSON:
        """The body of a callback sent `with_response`: the interaction and the message it answered with."""
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
        return response

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


# ------------------------------------------------------------------------------------------- helpers


def _json_response(status: int, body: Any) -> web.Response:
    if status == 204 or body is None:
        return web.Response(status=204)
    # Exactly "application/json": web.json_response adds "; charset=utf-8" and discord.py then treats the body as text.
    return web.Response(status=status, body=json.dumps(body).encode(), content_type="application/json")


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
