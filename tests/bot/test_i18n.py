"""The message catalog: every message in both languages, the same placeholders, locales resolved as documented."""

from __future__ import annotations

import datetime as dt
import string

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
    assert (EN.weapon("frappe aérienne"), FR.event_type("Air/drone strike")) == ("air strike", "Frappe aérienne/de drone")
    assert EN.weapon("unknown-weapon") == "unknown-weapon"
