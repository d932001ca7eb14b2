"""The message catalog: every message in both languages, the same placeholders, locales resolved as documented."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path
from typing import Any

import pytest

from bot import i18n
from bot.i18n import EN, FR


def fields(text: str | tuple[str, ...]) -> set[str]:
    texts = text if isinstance(text, tuple) else (text,)
    return {name for t in texts for _, name, _, _ in string.Formatter().parse(t) if name}


def test_every_message_exists_in_both_languages_with_the_same_placeholders():
    fr, en = i18n._catalog("fr", "messages")[0], i18n._catalog("en", "messages")[0]
    assert set(fr) == set(en) and len(fr) > 150
    assert i18n.plural_keys("fr") == i18n.plural_keys("en")
    for key in en:
        assert fields(fr[key]) == fields(en[key]), key


def test_the_catalog_is_read_from_po_files_without_a_compiled_or_pickled_copy():
    files = sorted(p.relative_to(i18n.LOCALES).as_posix() for p in i18n.LOCALES.rglob("*") if p.is_file())
    assert files == [
        "en/LC_MESSAGES/messages.po",
        "fr/LC_MESSAGES/commands.po",
        "fr/LC_MESSAGES/messages.po",
    ]


@pytest.mark.parametrize(
    ("user", "guild", "default", "expected"),
    [
        ("fr", None, "en", "fr"),
        ("en-US", "fr", "fr", "en"),
        ("en-GB", None, "fr", "en"),
        ("de", "fr", "en", "fr"),  # neither: the guild's preferred locale
        ("ja", "pt-BR", "fr", "fr"),  # neither: the configured default
        (None, None, None, "en"),
    ],
)
def test_locale_resolution(user, guild, default, expected):
    assert i18n.resolve_lang(user, guild, default=default) == expected


def test_plural_forms_follow_each_language():
    assert [FR.plural("count.sentences", n) for n in (0, 1, 2)] == ["0 phrase", "1 phrase", "2 phrases"]
    assert [EN.plural("count.sentences", n) for n in (0, 1, 2)] == ["0 sentences", "1 sentence", "2 sentences"]


def test_dates_and_numbers_are_formatted_by_babel():
    assert FR.date(dt.date(2021, 4, 5)) == "5 avril 2021" and EN.date("2021-04-05") == "April 5, 2021"
    assert FR.date("2021-04") == "avril 2021" and EN.date("2021") == "2021"
    assert EN.date("2021-01/2021-04") == "January 2021 – April 2021"
    assert FR.date("not a date") == "not a date" and FR.date(None) == "date inconnue"
    assert FR.number(12345) == "12\u202f345" and EN.number(12345) == "12,345"


def test_weapons_and_event_types_both_ways():
    from index.events import lexicon

    for weapon in {w.name for w in lexicon.WEAPONS if w.name}:
        assert FR.has(f"weapon.{weapon}") and EN.has(f"weapon.{weapon}"), weapon
    types = {w.event_type for w in lexicon.WEAPONS} | {w.sub_event_type for w in lexicon.WEAPONS if w.sub_event_type}
    for kind in types:
        assert FR.has(f"event_type.{kind}"), kind
    assert (EN.weapon("roquette", 2), FR.weapon("roquette", 2)) == ("rockets", "roquettes")
    assert (EN.weapon("frappe aérienne"), FR.event_type("Air/drone strike")) == (
        "air strike",
        "Frappe aérienne/de drone",
    )
    assert EN.weapon("unknown-weapon") == "unknown-weapon"


# --- the slash commands --------------------------------------------------------------------------------
@pytest.fixture
async def tree(tmp_path):
    from bot.app import build_bot
    from bot.settings import DiscordConfig, Settings
    from index.config import IndexConfig
    from index.engine import Engine

    settings = Settings(index=IndexConfig(index_dir=tmp_path / "idx"), discord=DiscordConfig(sync_on_start=False))
    bot = build_bot(settings, Engine(settings.index), serving=False)
    async with bot:
        await bot.setup_hook()
        yield bot.tree


async def test_every_command_string_has_a_french_translation_within_discords_rules(tree):

    from tests.bot.command_strings import command_strings

    strings = command_strings(tree)
    missing = sorted(s for s in strings if i18n.command_text(s, "fr") is None)
    assert not missing, missing
    for s in strings:
        fr = i18n.command_text(s, "fr")
        assert fr is not None and len(fr) <= 100
        if re.fullmatch(r"[a-z_]+", s):  # a name: Discord's rule for localized names too
            assert re.fullmatch(r"[-_\w]{1,32}", fr) and fr == fr.lower(), fr


async def test_the_translator_gives_french_to_french_clients_and_english_to_english_ones():
    import discord
    from discord import app_commands

    from bot.translator import CatalogTranslator

    translator = CatalogTranslator()
    text = app_commands.locale_str("Show the answer only to you")
    context: app_commands.TranslationContext[Any, Any] = app_commands.TranslationContext(
        app_commands.TranslationContextLocation.other, None
    )
    assert await translator.translate(text, discord.Locale.french, context) == "Montrer la réponse à vous seul"
    assert await translator.translate(text, discord.Locale.british_english, context) == text.message
    assert await translator.translate(text, discord.Locale.american_english, context) == text.message
    assert await translator.translate(text, discord.Locale.german, context) is None


# --- no user-facing English left outside the catalog ---------------------------------------------------
SCANNED = [
    "bot/render.py",
    "bot/text.py",
    "bot/charts.py",
    *sorted(str(p) for p in __import__("pathlib").Path("bot/exts").glob("*.py")),
]
_PROSE = __import__("re").compile(r"[A-Za-z]{2,}[ ,:;.]+[A-Za-z]{2,}[ ,:;.]+[A-Za-z]{2,}")


def _user_facing_literals(path: str) -> list[str]:
    """String literals that read like a sentence, outside docstrings, log calls and the command decorators (those
    go through the Translator and are checked above)."""
    import ast

    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            if owner in ("log", "logging") or name in ("command", "describe", "Group", "GroupCog", "rename"):
                skipped.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.ClassDef):
            for keyword in node.keywords:  # GroupCog's group_description
                skipped.update(id(n) for n in ast.walk(keyword))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skipped:
            continue
        if _PROSE.search(node.value):
            found.append(node.value)
    return found


@pytest.mark.parametrize("path", SCANNED)
def test_user_facing_strings_go_through_the_catalog(path):
    allowed = {
        "bot/exts/errors.py": {"public_reply"},
    }
    found = [s for s in _user_facing_literals(path) if s not in allowed.get(path, set())]
    assert not found, found
