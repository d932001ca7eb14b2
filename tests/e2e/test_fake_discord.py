"""The fake Discord, proven against a tiny real discord.py bot (not the project's bot)."""

from __future__ import annotations

import asyncio
import io

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.e2e.fake_discord import (
    Callback,
    FakeAttachment,
    FakeDiscord,
    FakeDiscordTimeout,
    Intent,
    Overwrite,
    Perm,
    pending_discord_tasks,
    run_client,
)

MESSAGE_CREATE_INTENTS = discord.Intents.default()
MESSAGE_CREATE_INTENTS.message_content = True


class AgainView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=60)

    @discord.ui.button(label="Again", custom_id="menu:again", style=discord.ButtonStyle.primary)
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content=f"pressed by {interaction.user.name}", view=None)
        self.stop()  # Client.close() does not stop views: a live one leaves its timeout task pending


class TinyBot(commands.Bot):
    """One feature per thing the fake has to prove; each handler is as thin as the project's will be."""

    def __init__(self, *, intents: discord.Intents = MESSAGE_CREATE_INTENTS, **options) -> None:
        super().__init__(command_prefix="!", intents=intents, help_command=None, guild_ready_timeout=0.05, **options)
        self.seen_messages: list[discord.Message] = []
        self.grants: list[tuple[discord.Member, discord.Role, int]] = []

    async def setup_hook(self) -> None:
        tree = self.tree

        @tree.command(name="ping", description="Check the bot answers")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            embed = discord.Embed(title="Pong", description=f"{round(self.latency * 1000)} ms")
            embed.add_field(name="guild", value=str(interaction.guild_id))
            await interaction.edit_original_response(embed=embed)

        @tree.command(name="menu", description="A message with a button")
        async def menu(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("choose", view=AgainView())

        @tree.command(name="report", description="Defer, then answer with a followup and a file")
        async def report(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True)
            await interaction.followup.send("here", file=discord.File(io.BytesIO(b"a,b\n1,2\n"), "report.csv"))

        @tree.command(name="find", description="Autocompleted search")
        async def find(interaction: discord.Interaction, topic: str) -> None:
            await interaction.response.send_message(topic)

        @find.autocomplete("topic")
        async def find_topic(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            topics = ["rockets", "roads", "rain"]
            return [app_commands.Choice(name=t, value=t) for t in topics if t.startswith(current)]

        @tree.command(name="upload", description="Read an attached file")
        async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}: {len(data)} bytes, starts {data[:5]!r}")

        admin = app_commands.Group(
            name="admin",
            description="Moderation",
            default_permissions=discord.Permissions(manage_guild=True),
            guild_only=True,
        )

        @admin.command(name="grant", description="Grant a role for some days")
        async def grant(
            interaction: discord.Interaction,
            member: discord.Member,
            role: discord.Role,
            days: app_commands.Range[int, 1, 30],
        ) -> None:
            self.grants.append((member, role, days))
            await interaction.response.send_message(
                f"{member.display_name} gets {role.name} for {days} days", ephemeral=True
            )

        tree.add_command(admin)

    async def on_message(self, message: discord.Message) -> None:
        self.seen_messages.append(message)
        if message.author.bot:
            return
        reply = f"heard {message.author.mention}: {message.content}"
        await message.channel.send(reply, allowed_mentions=discord.AllowedMentions.none())


async def sync_to_guild(bot: commands.Bot, fake: FakeDiscord) -> list[app_commands.AppCommand]:
    guild = discord.Object(fake.guild.id)
    bot.tree.copy_global_to(guild=guild)
    return await bot.tree.sync(guild=guild)


async def test_slash_command_defers_then_edits_original_with_embed(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        assert bot.user is not None and bot.user.id == fake_discord.bot_user.id
        guild = bot.get_guild(fake_discord.guild.id)
        assert guild is not None and guild.get_channel(fake_discord.default_channel.id) is not None

        shards, gateway, _ = await bot.http.get_bot_gateway()  # what AutoShardedBot asks first
        assert (shards, gateway) == (1, fake_discord.gateway_url)

        synced = await sync_to_guild(bot, fake_discord)
        stored = fake_discord.commands[fake_discord.guild.id]
        assert {c["name"] for c in stored} == {"ping", "menu", "report", "find", "upload", "admin"}
        assert {c.id for c in synced} == {int(c["id"]) for c in stored}

        record = await fake_discord.send_interaction("ping")
        callback = await fake_discord.wait_callback(record)
        assert callback.ok and callback.json == {"type": Callback.DEFERRED_CHANNEL_MESSAGE}
        edit = await fake_discord.wait_original_edit(record)

    assert edit.ok
    [embed] = edit.json["embeds"]
    assert embed["title"] == "Pong"
    assert embed["fields"] == [{"name": "guild", "value": str(fake_discord.guild.id), "inline": True}]
    message = fake_discord.messages[record.original_message_id]
    assert message["flags"] == 0 and message["embeds"][0]["title"] == "Pong"  # the "thinking" flag is gone
    assert 0 < record.first_response_latency <= record.last_response_latency < 2
    assert pending_discord_tasks() == []


async def test_on_message_replies_without_pinging_anyone(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    alice = fake_discord.member("alice")
    async with run_client(bot, fake_discord):
        sent = await fake_discord.send_message(f"hello <@{fake_discord.member('mod').id}> @everyone", author=alice)
        assert sent.delivered == 1
        reply = await fake_discord.wait_channel_message(fake_discord.default_channel, after=sent.at)
        # The gateway is ordered: once the second reply exists, the echo of the first was handled.
        second = await fake_discord.send_message("again", author=alice)
        await fake_discord.wait_channel_message(fake_discord.default_channel, after=second.at)

    assert reply.json["allowed_mentions"] == {"parse": []}
    assert reply.json["content"] == f"heard <@{alice.id}>: hello <@{fake_discord.member('mod').id}> @everyone"
    assert reply.response["mentions"] == [] and reply.response["mention_everyone"] is False
    received = bot.seen_messages[0]
    assert received.author.id == alice.id and isinstance(received.author, discord.Member)
    assert [m.id for m in received.mentions] == [fake_discord.member("mod").id]
    # The bot saw its own reply come back over the gateway (as with Discord) and ignored it.
    assert bot.seen_messages[1].author.id == fake_discord.bot_user.id
    assert len(fake_discord.channel_messages(fake_discord.default_channel.id)) == 2
    assert pending_discord_tasks() == []


async def test_button_press_updates_the_message(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        # The fake records the callback before discord.py has read the response and stored the view:
        # wait for the command to complete before clicking.
        completed = asyncio.ensure_future(bot.wait_for("app_command_completion", timeout=5))
        command = await fake_discord.send_interaction("menu")
        await completed
        sent = await fake_discord.wait_callback(command)
        assert sent.json["type"] == Callback.CHANNEL_MESSAGE
        assert sent.response["interaction"]["response_message_id"] == str(command.original_message_id)

        mod = fake_discord.member("mod")
        press = await fake_discord.send_component_interaction(command.original_message_id, "menu:again", user=mod)
        update = await fake_discord.wait_callback(press)

    assert update.ok and update.json["type"] == Callback.UPDATE_MESSAGE
    assert update.json["data"]["content"] == "pressed by mod" and update.json["data"]["components"] == []
    assert fake_discord.messages[command.original_message_id]["content"] == "pressed by mod"
    assert pending_discord_tasks() == []


async def test_subcommand_with_typed_options_and_default_permissions(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    mod, alice, role = fake_discord.member("mod"), fake_discord.member("alice"), fake_discord.moderator_role
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        with pytest.raises(PermissionError, match="default_member_permissions"):
            await fake_discord.send_interaction("admin grant", {"member": alice, "role": role, "days": 3}, user=alice)
        with pytest.raises(ValueError, match="outside"):
            await fake_discord.send_interaction("admin grant", {"member": alice, "role": role, "days": 31}, user=mod)

        record = await fake_discord.send_interaction(
            "admin grant", {"member": alice, "role": role, "days": 3}, user=mod
        )
        callback = await fake_discord.wait_callback(record)

    assert callback.json["data"]["content"] == "Alice gets Moderator for 3 days"
    assert callback.json["data"]["flags"] == 64
    assert callback.response["interaction"]["response_message_ephemeral"] is True
    [(member, granted, days)] = bot.grants
    assert (member.id, granted.id, days) == (alice.id, role.id, 3)


async def test_autocomplete_answers_with_choices(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        record = await fake_discord.send_autocomplete("find", {"topic": "ro"}, focused="topic")
        callback = await fake_discord.wait_callback(record)

    assert callback.json == {
        "type": Callback.AUTOCOMPLETE_RESULT,
        "data": {"choices": [{"name": "rockets", "value": "rockets"}, {"name": "roads", "value": "roads"}]},
    }


async def test_attachment_option_is_resolved_and_downloadable(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        record = await fake_discord.send_interaction(
            "upload", {"file": FakeAttachment("notes.txt", b"hello world", "text/plain")}
        )
        callback = await fake_discord.wait_callback(record)

    assert callback.json["data"]["content"] == "notes.txt: 11 bytes, starts b'hello'"
    [attachment] = record.payload["data"]["resolved"]["attachments"].values()
    assert attachment["content_type"] == "text/plain"


async def test_followup_after_defer_resolves_the_thinking_message_with_a_file(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        record = await fake_discord.send_interaction("report")
        followup = await fake_discord.wait_followup(record)

    assert followup.ok and followup.json["content"] == "here"
    [upload] = followup.uploads
    assert (upload.field, upload.filename, upload.data) == ("files[0]", "report.csv", b"a,b\n1,2\n")
    # Discord: the first followup after a defer *is* the deferred message, and keeps its ephemerality.
    assert followup.response["id"] == str(record.original_message_id)
    assert followup.response["flags"] == 64
    assert fake_discord.uploaded_bytes(followup.response["attachments"][0]) == b"a,b\n1,2\n"


async def test_late_acknowledgement_is_rejected_like_discord(fake_discord: FakeDiscord) -> None:
    fake_discord.callback_deadline = 0.0
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        record = await fake_discord.send_interaction("menu")
        callback = await fake_discord.wait_callback(record)

    assert callback.status == 404 and callback.response["code"] == 10062
    assert record.callback is None


async def test_message_content_needs_the_intent_unless_the_bot_is_mentioned(fake_discord: FakeDiscord) -> None:
    bot = TinyBot(intents=discord.Intents.default())
    async with run_client(bot, fake_discord):
        await fake_discord.send_message("secret")
        await fake_discord.send_message(f"<@{fake_discord.bot_user.id}> hi")
        general = fake_discord.default_channel.id
        await fake_discord.wait_for(lambda: len(fake_discord.channel_messages(general)) == 2, what="two replies")

    assert [m.content for m in bot.seen_messages if not m.author.bot] == ["", f"<@{fake_discord.bot_user.id}> hi"]


async def test_members_intent_chunks_the_guild(fake_discord: FakeDiscord) -> None:
    intents = discord.Intents.default()
    intents.members = True
    bot = TinyBot(intents=intents)
    async with run_client(bot, fake_discord):
        guild = bot.get_guild(fake_discord.guild.id)
        assert guild is not None and guild.chunked
        assert {m.name for m in guild.members} == {"eventbot", "owner", "alice", "mod"}
    assert any(f.payload.get("op") == 8 for f in fake_discord.gateway_log if f.direction == "received")


async def test_privileged_intent_not_enabled_fails_like_discord(fake_discord: FakeDiscord) -> None:
    fake_discord.privileged_intents = Intent.GUILD_MEMBERS
    # With reconnect=False discord.py raises the bare close (4014), not PrivilegedIntentsRequired.
    with pytest.raises(discord.ConnectionClosed) as closed:
        async with run_client(TinyBot(), fake_discord):
            pass
    assert closed.value.code == 4014


async def test_reconnect_resumes_the_session(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        await sync_to_guild(bot, fake_discord)
        await fake_discord.request_reconnect()
        await fake_discord.wait_for(lambda: fake_discord.resumes, what="a RESUME")
        record = await fake_discord.send_interaction("ping")
        await fake_discord.wait_original_edit(record)

    assert len(fake_discord.identifies) == 1
    first, second = fake_discord.gateway_connections
    assert first.startswith("/gateway?") and "compress=zlib-stream" in first  # served as zlib-stream frames
    assert second.startswith("/gateway-resume?")  # RESUME goes to READY's resume_gateway_url
    resumed = [f for f in fake_discord.gateway_log if f.payload.get("t") == "RESUMED"]
    assert len(resumed) == 1


async def test_direct_messages_and_global_commands(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    alice = fake_discord.member("alice")
    async with run_client(bot, fake_discord):
        await bot.tree.sync()
        assert {c["name"] for c in fake_discord.commands[None]} == {"ping", "menu", "report", "find", "upload", "admin"}
        record = await fake_discord.send_interaction("ping", dm=True, user=alice)
        await fake_discord.wait_original_edit(record)
        sent = await fake_discord.send_message("psst", author=alice, dm=True)
        reply = await fake_discord.wait_channel_message(fake_discord.dm_channel(alice), after=sent.at)

    assert record.payload["context"] == 1 and "member" not in record.payload
    assert reply.json["content"] == f"heard <@{alice.id}>: psst"
    with pytest.raises(PermissionError, match="not available in DMs"):  # admin is guild_only
        options = {"member": alice, "role": fake_discord.moderator_role, "days": 1}
        await fake_discord.send_interaction("admin grant", options, dm=True)


async def test_unregistered_command_and_timeouts_say_what_happened(fake_discord: FakeDiscord) -> None:
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        with pytest.raises(LookupError, match="sync the command tree"):
            await fake_discord.send_interaction("ping")
        await sync_to_guild(bot, fake_discord)
        record = await fake_discord.send_interaction("find", {"topic": "rain"})
        with pytest.raises(FakeDiscordTimeout, match="interactions:"):
            await fake_discord.wait_followup(record, timeout=0.2)


async def test_missing_permissions_and_limits_are_enforced(fake_discord: FakeDiscord) -> None:
    no_sending = Overwrite(fake_discord.guild.id, type=0, deny=Perm.SEND_MESSAGES)  # @everyone may not send
    read_only = fake_discord.add_channel("read-only", overwrites=[no_sending])
    bot = TinyBot()
    async with run_client(bot, fake_discord):
        locked = bot.get_channel(read_only.id)
        assert isinstance(locked, discord.TextChannel)
        assert not locked.permissions_for(locked.guild.me).send_messages  # discord.py's cache agrees with the fake
        with pytest.raises(discord.Forbidden):
            await locked.send("hi")
        channel = bot.get_channel(fake_discord.default_channel.id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.HTTPException, match="6000"):
            await channel.send(embeds=[discord.Embed(description="x" * 4000), discord.Embed(description="y" * 4000)])
        message = await channel.send("ok", file=discord.File(io.BytesIO(b"png"), "a.png"))
        assert message.attachments[0].filename == "a.png"
        assert await message.attachments[0].read() == b"png"


async def test_an_invalid_shard_is_refused_like_discord(fake_discord: FakeDiscord) -> None:
    bot = TinyBot(shard_id=2, shard_count=2)  # ids run from 0 to count - 1
    with pytest.raises(discord.ConnectionClosed) as closed:
        async with run_client(bot, fake_discord):
            pass
    assert closed.value.code == 4010


async def test_a_shard_gets_its_guilds_only(fake_discord: FakeDiscord) -> None:
    mine = fake_discord.add_guild("Mine", shard=(1, 3))
    theirs = fake_discord.add_guild("Theirs", shard=(2, 3))
    bot = TinyBot(shard_id=1, shard_count=3)
    async with run_client(bot, fake_discord):
        assert bot.get_guild(mine.id) is not None and bot.get_guild(theirs.id) is None
        with fake_discord.in_guild(theirs):
            sent = await fake_discord.send_message("hello")
        assert sent.delivered == 0  # another shard's guild: this connection never hears of it
        with fake_discord.in_guild(mine):
            sent = await fake_discord.send_message("hello")
        assert sent.delivered == 1
    assert fake_discord.identifies[0]["shard"] == [1, 3]
