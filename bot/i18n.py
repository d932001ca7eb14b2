"""The bot's words in French and English: one gettext catalog per language, numbers and dates formatted by Babel.

The catalogs are the `.po` files under `bot/locales/<lang>/LC_MESSAGES/`, read with Babel when first used (no
compiled `.mo`, no pickle). Two domains:
  messages.po   what the bot writes; msgids are keys (`answer.no_answer`), both languages translate every key
  commands.po   slash-command names, descriptions, options and choices; msgids are the English texts written in
                the decorators (what discord.py's Translator is handed), French msgstrs

No discord import here: the command line and the console use it too.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from babel.dates import format_date, format_datetime, format_skeleton
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
DEFAULT_LANG: Lang = "en"
LOCALES = Path(__file__).with_name("locales")

_Entry = str | tuple[str, ...]


@functools.cache
def _catalog(lang: Lang, domain: str) -> tuple[dict[str, _Entry], Callable[[int], int]]:
    """msgid -> msgstr (a tuple for plural messages) and the language's plural rule, read from the .po file."""
    with open(LOCALES / lang / "LC_MESSAGES" / f"{domain}.po", "rb") as handle:
        catalog = read_po(handle, locale=lang, domain=domain)
    entries: dict[str, _Entry] = {}
    for message in catalog:
        key = str(message.id[0] if isinstance(message.id, (tuple, list)) else message.id)
        text = message.string
        if key and text and (isinstance(text, str) or all(text)):
            entries[key] = text if isinstance(text, str) else tuple(text)
    return entries, gettext.c2py(catalog.plural_expr)


def keys(lang: Lang, domain: str = "messages") -> set[str]:
    return set(_catalog(lang, domain)[0])


def plural_keys(lang: Lang, domain: str = "messages") -> set[str]:
    return {k for k, v in _catalog(lang, domain)[0].items() if isinstance(v, tuple)}


def parse_lang(value: str | None) -> Lang | None:
    """`fr`, `fr-CA`, `French` -> fr; `en-US`, `en-GB`, `en` -> en; anything else -> None."""
    text = str(value or "").strip().lower().replace("_", "-")
    if text.startswith("fr"):
        return "fr"
    if text.startswith("en"):
        return "en"
    return None


def resolve_lang(*candidates: str | None, default: str | None = None) -> Lang:
    """The first candidate that is French or English (a user's locale, then a guild's), else `default`, else English."""
    for value in candidates:
        lang = parse_lang(value)
        if lang is not None:
            return lang
    return parse_lang(default) or DEFAULT_LANG


def env_lang() -> Lang:
    """The command line's default: EVENTBOT_LANG, else the POSIX locale variables, else English."""
    return resolve_lang(
        os.environ.get("EVENTBOT_LANG"),
        os.environ.get("LC_ALL"),
        os.environ.get("LC_MESSAGES"),
        os.environ.get("LANG"),
    )


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class Messages:
    """The catalog in one language: `t("key", n=3)`, `t.plural("key", n)`, and Babel's formats for that language."""

    def __init__(self, lang: Lang):
        self.lang: Lang = lang
        self._entries, self._plural = _catalog(lang, "messages")

    def __repr__(self) -> str:
        return f"Messages({self.lang!r})"

    def _entry(self, key: str) -> _Entry:
        entry = self._entries.get(key)
        if entry is None:  # a key missing in one language (the catalog test forbids it): English, then the key
            entry = _catalog(DEFAULT_LANG, "messages")[0].get(key, key)
        return entry

    def __call__(self, key: str, /, **values: object) -> str:
        entry = self._entry(key)
        text = entry[0] if isinstance(entry, tuple) else entry
        return text.format(**values) if values else text

    def plural(self, key: str, n: int, /, **values: object) -> str:
        """The form for `n` (`{n}` in the text is the number, formatted for the language)."""
        entry = self._entry(key)
        forms = entry if isinstance(entry, tuple) else (entry,)
        text = forms[min(self._plural(abs(int(n))), len(forms) - 1)]
        return text.format(n=self.number(n), **values)

    def has(self, key: str) -> bool:
        return key in self._entries

    # --- formats ----------------------------------------------------------------------------------
    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.lang)

    def percent(self, value: float) -> str:
        return format_percent(value, format="#,##0%", locale=self.lang)

    def date(self, value: dt.date | str | None) -> str:
        """A day, a month, a year or a range (`2021-01/2021-04`) as the language writes it: 5 avril 2021 / April 5,
        2021. Anything else is returned as it is."""
        if value is None:
            return self("date.unknown")
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return format_date(value, "long", locale=self.lang)
        text = value.strip()
        if "/" in text:
            start, _, end = text.partition("/")
            return self("date.range", start=self.date(start), end=self.date(end))
        try:
            if m := _DAY.match(text):
                return format_date(dt.date(int(m[1]), int(m[2]), int(m[3])), "long", locale=self.lang)
            if m := _MONTH.match(text):
                return format_skeleton("yMMMM", dt.date(int(m[1]), int(m[2]), 1), locale=self.lang)
        except ValueError:
            return text
        if _YEAR.match(text):
            return text
        return text

    def datetime(self, value: dt.datetime) -> str:
        return format_datetime(value, "medium", locale=self.lang)

    # --- the events' vocabulary -------------------------------------------------------------------
    def weapon(self, name: str, count: int | None = None) -> str:
        """A canonical weapon name (French in the lexicon: `roquette`) in this language, plural for a count above 1."""
        key = f"weapon.{name}"
        return self.plural(key, count or 1) if self.has(key) else name

    def event_type(self, name: str) -> str:
        """ACLED's event or sub-event type (English in the records) in this language."""
        key = f"event_type.{name}"
        return self(key) if self.has(key) else name


@functools.cache
def messages(lang: str | None = None) -> Messages:
    return Messages(resolve_lang(lang))


EN = messages("en")
FR = messages("fr")


def command_text(text: str, lang: Lang) -> str | None:
    """A slash command's name, description, option or choice in `lang` (None: no translation, keep the English)."""
    if lang == "en":
        return text
    entry = _catalog(lang, "commands")[0].get(text)
    return entry if isinstance(entry, str) else None


def lang_of(value: str | None) -> Lang:
    """A stored language code (`fr`/`en`) as a Lang."""
    return parse_lang(value) or DEFAULT_LANG
