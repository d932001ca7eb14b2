"""A plain day phrase read without dateparser gives the date dateparser gives."""

from __future__ import annotations

import datetime as dt
import random
import re

import dateparser

from index.events.dates import _HELD, _parse_day, _plain_day
from index.events.lexicon import DAY_MONTH, MONTH_ALT, MONTH_ALT_I, MONTH_DAY, MONTH_YEAR, MONTHS, WEEKDAYS

_FORMS = (
    "{d} {m}", "le {d} {m}", "{w} {d} {m}", "{w} {d} {m} {y}", "{d} {m} {y}", "{w} le {d} {m}", "on {d} {m}",
    "{d}th {m}", "{m} {d}", "{m} {d}, {y}", "{w}, {m} {d}", "{m} {d} {y}", "1er {m}", "le 1er {m} {y}", "{W} {d} {M}",
)  # fmt: skip


def _dateparser_day(phrase: str, published: dt.date) -> dt.date | None:
    settings = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time(23, 59)),
    }
    parsed = dateparser.parse(phrase, languages=["fr", "en"], settings=settings)
    return parsed.date() if parsed else None


def test_plain_days_read_as_dateparser_reads_them() -> None:
    rnd = random.Random(3)
    edges = [dt.date(2016, 2, 29), dt.date(2019, 12, 31), dt.date(2020, 1, 1), dt.date(2019, 3, 1)]
    read = 0
    for _ in range(150):
        month, weekday = rnd.choice(list(MONTHS)), rnd.choice(list(WEEKDAYS))
        phrase = rnd.choice(_FORMS).format(
            d=rnd.randint(1, 31), m=month, M=month.capitalize(), w=weekday, W=weekday.capitalize(),
            y=rnd.choice([1998, 2015, 2019, 2020]),
        )  # fmt: skip
        published = (
            rnd.choice(edges) if rnd.random() < 0.3 else dt.date(2014, 1, 1) + dt.timedelta(rnd.randint(0, 2600))
        )
        day = _plain_day(phrase, published)
        if day is not None:
            read += 1
            assert day == _dateparser_day(phrase, published), (phrase, published)
    assert read > 40  # most one-language phrases are read without dateparser


def test_the_year_is_the_latest_not_after_publication() -> None:
    assert _plain_day("le 23 mars", dt.date(2020, 3, 23)) == dt.date(2020, 3, 23)
    assert _plain_day("le 24 mars", dt.date(2020, 3, 23)) == dt.date(2019, 3, 24)
    assert _plain_day("March 3, 2015", dt.date(2020, 3, 23)) == dt.date(2015, 3, 3)


def test_other_phrases_are_left_to_dateparser() -> None:
    published = dt.date(2019, 6, 1)
    assert _plain_day("31 avril", published) is None  # no such day
    assert _plain_day("29 février", published) is None  # 2019 and 2018 have none
    assert _plain_day("monday 5 mars", published) is None  # two languages: dateparser reads none of it
    assert _plain_day("novembre 62", published) is None
    # and what dateparser makes of them is still the answer
    assert _parse_day("31 avril", published) == (_dateparser_day("31 avril", published))
    assert _parse_day("le 29 février 2016", published) == dt.date(2016, 2, 29)


def test_a_month_and_day_pattern_matches_only_where_its_cheaper_pattern_finds_something() -> None:
    """dates.py skips the month-and-day patterns where the pattern that every match of theirs holds finds nothing."""
    rng = random.Random(7)
    words = ["le", "1er", "1ERST", "premier", "PREMIER", "3rd", "12", "2019", "mai", "MAI", "Maison", "May", "juin",
             "décembre", "mardi", "lundi,", "début", "mi-", "en", "on", ",", "\u00a0", "ſept", "août"]  # fmt: skip
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(4000)]
    texts += ["le 3 mai 2019", "May 3, 2019", "mardi 1er mai", "le premier mai", "début mai 2019", "en mai, 30 morts"]
    for rx, needed in _HELD.items():
        for text in texts:
            if rx.search(text):
                assert needed.search(text), (rx.pattern[:40], text)
    assert _HELD[DAY_MONTH].search("Le 1er mai") and not _HELD[MONTH_DAY].search("en mai, 30 morts")
    # a month before its year is no month before its day: the month-and-day pattern is not tried on it
    assert not _HELD[MONTH_DAY].search("en mai 2019, 30 morts") and _HELD[MONTH_YEAR].search("en mai 2019, 30 morts")
    assert not _HELD[MONTH_YEAR].search("May 3, 30 dead") and _HELD[MONTH_DAY].search("May 3, 30 dead")


def test_the_months_written_by_first_letter_match_what_the_plain_alternation_matches() -> None:
    """MONTH_ALT_I, for case-insensitive patterns, matches the words MONTH_ALT matches, in any case, and no others."""
    plain, by_letter = (re.compile(rf"(?:{alt})", re.IGNORECASE) for alt in (MONTH_ALT, MONTH_ALT_I))
    words = [w for m in MONTHS for w in (m, m.upper(), m.title(), m[:-1], m + "s", m.replace("s", "\u017f"))]
    for text in [*words, "maison", "Mars 2019", "MAY", "jui", "juillet"]:
        for at in range(len(text)):
            a, b = plain.match(text, at), by_letter.match(text, at)
            assert (a and a.span()) == (b and b.span()), (text, at)
