"""Slash commands in the member's language: discord.py's Translator over the catalog's `commands` domain."""

from __future__ import annotations

import discord
from discord import app_commands

from .i18n import command_text, parse_lang


class CatalogTranslator(app_commands.Translator):
    """Names, descriptions, options and choices for `fr`, `en-US` and `en-GB`; other locales see the English."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if locale not in (discord.Locale.french, discord.Locale.american_english, discord.Locale.british_english):
            return None
        lang = parse_lang(locale.value)
        return command_text(string.message, lang) if lang is not None else None
