"""Every string of the slash commands that discord.py hands the Translator (names, descriptions, options, choices)."""

from __future__ import annotations

from discord import app_commands


def command_strings(tree: app_commands.CommandTree) -> set[str]:
    out: set[str] = set()

    def walk(command: app_commands.Command | app_commands.Group) -> None:
        out.update({command.name, command.description})
        if isinstance(command, app_commands.Group):
            for sub in command.commands:
                walk(sub)
            return
        for param in command.parameters:
            out.update({param.display_name, param.description})
            out.update(choice.name for choice in param.choices)

    for command in tree.get_commands():
        walk(command)  # type: ignore[arg-type]  # the bot registers no context menus: only commands and groups
    return {s for s in out if s and s != "…"}
