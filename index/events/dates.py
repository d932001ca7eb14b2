"""Dates in a sentence: explicit ones through dateparser, relative ones resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import dateparser

from . import lexicon as lx
from .base import _I, _Date, _Facts
from .gates import Gated, needs_digit
from .lexicon import (
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
    parse_number,
)


def _read_dates(
    facts: _Facts,
    text: str,
    published: dt.date | None,
    year: int | None = None,
    no_year_yet: bool = False,
    dated: int | None = None,
) -> None:
    """The dates a sentence gives; `year`: the last year the article wrote, for a day without one in the pluperfect
    and for `cette année-là`; `no_year_yet`: the article has written no year so far, so that such a day or month is
    the latest before publication (`Un militaire avait ouvert le feu le 6 décembre`, five months on; `Fin novembre,
    une attaque avait fait deux morts`); `dated`: the year this sentence or the one before wrote after a month, for a
    day without one that lies months back (_narrated_base)."""
    low = text.lower()
    kinds = _date_kinds(low)
    pluperfect = bool(lx.PLUPERFECT.search(text))
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(text) is not None
    held: dict[re.Pattern[str], bool] = {}  # whether each of _HELD's patterns finds something in the text
    for (kind, rx), digit_needed in zip(lx.DATE_RES, _DIGIT_NEEDED, strict=True):
        if kind not in kinds or (digit_needed and not digits) or not _holds(rx, text, held):
            continue
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken) or _said_not_happened(facts, text, kind, m):
                continue
            year_unsaid = not m.groupdict().get("y") and not lx.LATEST.match(text, m.end())  # `le 20 juin dernier`: the
            # latest such day before publication, whatever year was written before
            narrated = kind == "day" and year_unsaid and not pluperfect
            base = _narrated_base(m, published, dated) if narrated else published
            if pluperfect and kind in ("day", "month") and year_unsaid:
                # `Fin novembre, une attaque avait fait deux morts`; not `Début février, la fusillade avait été
                # revendiquée`: the month of what befell an attack told already (its claim), not of the attack
                if no_year_yet and published is not None and (kind == "day" or not facts.anaphor):
                    facts.yearless = True  # the latest before publication: a guess, which another wording may correct
                elif year is None or published is None or year >= published.year:
                    facts.day_untaken = facts.day_untaken or kind == "day"
                    continue  # `le 22 mars, un attentat avait ...` in a later year: which March is unknown
                else:
                    base = dt.date(year, 12, 31)  # `En 2017 ... Le premier, le 22 mars, avait été commis`
            taken.append(m.span())
            trial = lx.TRIAL_ON.match(text, m.end())
            if trial and trial.end() <= facts.anchor[0]:
                continue  # `comparaît à partir de ce lundi 5 février ... pour une fusillade`: the hearing's day
            resolved = _resolve(kind, m, base)
            if resolved is None:
                continue
            if published is not None and resolved[1] == "day" and resolved[0] > published.isoformat():
                continue  # after publication: a trial, a visit, a deadline, not the attack
            _take_date(facts, text, m, resolved, published, pluperfect and kind in ("relday", "weekday", "week"))
    if facts.date is None and year is not None and (that := lx.THAT_YEAR.search(text)):
        facts.date = _Date(str(year), "year", that.group(), that.start())  # `Cette année-là`: the year written before
        facts.date_distance = _distance(that.span(), facts.anchor)


# How many days back a day without a year may lie and still be a recent one, of the article's own news.
_RECENT_DAYS = 60


def _narrated_base(m: re.Match[str], published: dt.date | None, dated: int | None) -> dt.date | None:
    """`Le 7 janvier 2015, les frères Kouachi ont attaqué Charlie Hebdo. Le lendemain, ... puis, le 9 janvier,
    exécutait quatre hommes`: a day without a year, in a sentence that (or whose sentence before) narrates a story
    dated by month and year, is that year's when this year's such day lies months before publication; a recent day
    (`le 3 mars` in a paper of 5 March) is the article's own news, a day after publication (`jugés jusqu'au 10
    novembre`) one to come."""
    if published is None or dated is None or dated >= published.year:
        return published
    latest = _resolve("day", m, published)
    if latest is None or latest[0][:4] != str(published.year):
        return published  # a day to come this year (`jugés jusqu'au 10 novembre`), or last year's
    if (published - dt.date.fromisoformat(latest[0])).days <= _RECENT_DAYS:
        return published
    return dt.date(dated, 12, 31)


# The word before a weekday that makes the two a name (`Bloody Sunday`, `Black Friday`, `Super Tuesday`).
_DAY_IN_A_NAME = re.compile(r"\b(?:bloody|black|super|good|holy|ash|palm|cyber)\W{0,2}\s*$", re.IGNORECASE)


# A verb in the future (or the future in the past) right before a weekday (`ira mardi`, `se rendrait jeudi`): a day
# to come, not an attack's.
_FUTURE_BEFORE = re.compile(
    r"\b(?:ira|iront|irait|iraient|se rendra|se rendront|se rendrait|se rendraient|viendra|viendront|viendrait"
    r"|aura lieu|auront lieu|aurait lieu|recevra|recevront|rencontrera|rencontreront|visitera|visiteront)\s+$",
    re.IGNORECASE,
)


# `présenté jeudi à un juge`, `a reconnu mercredi 3 janvier devant la justice`, `comparaissent lundi devant la cour
# criminelle`: the day the suspect is brought before a court, not the attack's.
_BEFORE_A_JUDGE = re.compile(
    r"(?P<day>\s+\d{1,2}(?:er)?\s+\w+)?\s+(?:à|au|aux|devant)\s+(?:un\s+|une\s+|le\s+|la\s+|les\s+|des\s+)?"
    r"(?:juges?|parquet|magistrats?|tribunal|justice|cour|assises)\b",
    re.IGNORECASE,
)


def _said_not_happened(facts: _Facts, text: str, kind: str, m: re.Match[str]) -> bool:
    """A date that tells when something was said, found out or habitually done, not when the attack happened."""
    if kind == "weekday" and lx.HABITUAL_DAY.search(text, max(0, m.start() - 14), m.start()):
        return True
    if kind == "weekday" and _DAY_IN_A_NAME.search(text, max(0, m.start() - 12), m.start()):
        return True  # `les violences du "Bloody Sunday" du 30 janvier 1972`: a name, not a day of this week
    if kind == "weekday" and _FUTURE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True  # `Trump ira mardi à Kenosha, où X a été blessé`: the day of a visit to come
    judge = _BEFORE_A_JUDGE.match(text, m.end()) if kind in ("weekday", "day") else None
    if judge and ((kind == "weekday" and not judge.group("day")) or judge.end() <= facts.anchor[0]):
        return True  # a day with its month only when the attack is named after the court (`l'attaque du 3 mars devant
        # la cour d'appel` is the attack's)
    if kind in ("weekday", "relday") and lx.DEATH_AFTER_DAY.match(text, m.end(), facts.anchor[1]):
        return True  # `ont rejoint dimanche les manifestants ... après la mort d'un homme asphyxié`: the protest's day
        # (the attack word may be the death's noun itself: `est sortie jeudi de son silence sur la mort de X`)
    if lx.REPORTED_ON.search(text, max(0, m.start() - 50), m.start()):
        return True  # `a indiqué lundi l'armée`: when it was said, not when it happened
    if facts.anchor[0] >= m.end() and lx.DATE_OF_CLAIM.match(text, m.end()):
        return True  # `établissent en mai 2018 que l'avion a été abattu`: when it was found out
    speech = lx.SPOKEN_ON.match(text, m.end())
    return bool(speech and speech.end() <= facts.anchor[0])  # `Jeudi, Riyad a dénoncé des bombardements`


def _take_date(
    facts: _Facts, text: str, m: re.Match[str], resolved: tuple[str, str], published: dt.date | None, far: bool
) -> None:
    """A `depuis` date opens the period of an aggregate; the date right after a later step of the case (`a reconnu
    mercredi 29 mai avoir conçu la bombe`) is that step's; another is the attack's date if nearest the attack word.
    `far`: a day name in a pluperfect sentence (`avait fait six morts ... en 1982`) is about the news, not the
    attack."""
    if lx.LATER_STEP_ON.search(text, max(0, m.start() - 60), m.start()) or _found_dead_on(text, m):
        facts.step_day = _Date(resolved[0], resolved[1], m.group().strip(), m.start())
        return
    since = lx.SINCE.search(text, 0, m.start())
    if since and not lx.SINCE_NOT_A_PERIOD.match(text, since.start()):  # `depuis l'attaque qui a fait ...`: its day
        if facts.since is None or since.start() < facts.since.start:
            facts.since = _since_range(resolved, text[since.start() : m.end()], since.start(), published)
        return
    distance = _distance(m.span(), facts.anchor) + (1000 if far else 0)
    if not far and _told_by_its_clause(text, m, facts.anchor):
        distance = -1  # before any date near the attack noun: the one its own clause tells
    if facts.date is None or distance < facts.date_distance:
        facts.date = _Date(resolved[0], resolved[1], m.group().strip(), m.start())
        facts.date_distance = distance


# How far after the attack noun its own clause may tell the date (`l'attaque, dénoncée comme "terroriste" par Niamey
# et Paris, qui a tué dimanche`).
_OWN_CLAUSE_REACH = 120


def _told_by_its_clause(text: str, m: re.Match[str], anchor: tuple[int, int]) -> bool:
    """`une attaque au couteau survenue le 16 octobre dernier`, `l'attaque ... qui a tué dimanche huit personnes`: the
    date `m` ends the clause that follows the attack noun at `anchor` and tells it happened (lexicon.OWN_CLAUSE_ON),
    within one sentence's stretch; not a clause of a noun after the attack noun's own verb (`une attaque a visé le
    commissariat du policier qui a tué samedi`)."""
    start = anchor[1]
    if not start or start > m.start() or m.start() - start > _OWN_CLAUSE_REACH:
        return False
    between = text[start : m.start()]
    if "." in between or ";" in between:
        return False
    clause = lx.OWN_CLAUSE_ON.search(text, max(start, m.start() - 60), m.start())
    return clause is not None and lx.VERB_BEFORE_CLAUSE.search(text, start, clause.start()) is None


def _found_dead_on(text: str, m: re.Match[str]) -> bool:
    """`Deux hommes ont été tués par balle et retrouvés dimanche 16 juin`, `Les corps ont été retrouvés, mardi`: the
    date `m` tells when the dead were found, not when they were killed."""
    return lx.FOUND_ON.search(text, max(0, m.start() - 40), m.start()) is not None and lx.has_any(
        text[: m.start()].lower(), lx.FOUND_DEAD_HINTS
    )


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


_MONTH_WORDS = tuple(MONTHS)
_RELATIVE_WORDS = (*RELATIVE_DAYS, "hier")
_WEEKDAY_WORDS = tuple(WEEKDAYS)
_DIGIT = re.compile(r"\d")
# Whether each of DATE_RES's patterns holds a digit in every match: many sentences hold a month's letters without one
# (`mai` in `maison`), and the month-and-day patterns cost the most of them (0.1 ms a sentence).
_DIGIT_NEEDED = tuple(needs_digit(rx.pattern, rx.flags) for _, rx in lx.DATE_RES)
# A pattern that finds something in every text the month-and-day patterns match: a digit (`1er`) or `premier` before
# a month, a month before its day (`May 3`), a month before its year (`mai 2019`). Most sentences with a month and a
# digit hold none (`en mai, 30 morts`), and French ones hardly ever a month before its day; these patterns cost a fifth
# of the patterns (which try their optional weekday or `début`, `mi-` at every character).
_DAY_BEFORE_MONTH = re.compile(rf"(?:\d(?:er)?|premier)(?:st|nd|rd|th)?\s+(?:{lx.MONTH_ALT_I})", _I)
_MONTH_BEFORE_DAY = re.compile(rf"(?:{lx.MONTH_ALT_I})\s+\d{{1,2}}(?:st|nd|rd|th)?\b", _I)
_MONTH_BEFORE_YEAR = re.compile(rf"(?:{lx.MONTH_ALT_I})\s+(?:19|20)\d{{2}}\b", _I)
_HELD = {lx.DAY_MONTH: _DAY_BEFORE_MONTH, lx.MONTH_DAY: _MONTH_BEFORE_DAY, lx.MONTH_YEAR: _MONTH_BEFORE_YEAR}


def _holds(rx: Gated, text: str, held: dict[re.Pattern[str], bool]) -> bool:
    """False where the cheaper pattern every match of `rx` holds finds nothing in the text (True for the others)."""
    needed = _HELD.get(rx)
    if needed is None:
        return True
    if needed not in held:
        held[needed] = needed.search(text) is not None
    return held[needed]


def _date_kinds(low: str) -> set[str]:
    """The kinds of date phrase a sentence may hold, by cheap substring tests."""
    kinds: set[str] = set()
    if lx.has_any(low, _MONTH_WORDS):
        kinds |= {"day", "month"}
    if _DIGIT.search(low):
        kinds.add("year")
    if lx.has_any(low, _RELATIVE_WORDS):
        kinds.add("relday")
    if lx.has_any(low, _WEEKDAY_WORDS):
        kinds.add("weekday")
    if "week" in low or "semaine" in low:
        kinds.add("week")
    if "l'an" in low or "l'année" in low or "last year" in low:
        kinds.add("relyear")
    if "il y a" in low or " ago" in low:
        kinds.add("ago")
    if "mois dernier" in low or "mois passé" in low or "last month" in low:
        kinds.add("relmonth")
    return kinds


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind == "day":
        day = _parse_day(g.get("day") or m.group(), published)  # a night's phrase: the day of its morning
        return (day.isoformat(), "day") if day else None
    if kind == "month":
        month = MONTHS[g["m"].lower()]
        year = int(g["y"]) if g.get("y") else _year_of_month(month, published)
        return (f"{year:04d}-{month:02d}", "month") if year else None
    if kind == "year":
        return (g["y"], "year")
    if published is None:
        return None
    if kind == "relyear":
        return (str(published.year - 1), "year")
    if kind == "relday":
        return ((published - dt.timedelta(days=RELATIVE_DAYS[m.group().lower()])).isoformat(), "day")
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[g["w"].lower()]) % 7
        if back == 0 and re.search(r"dernier|last", m.group(), _I):
            back = 7  # `dimanche dernier` in a Sunday paper is a week ago
        return ((published - dt.timedelta(days=back)).isoformat(), "day")
    if kind == "week":
        if "last" in m.group().lower() or "derni" in m.group().lower() or "pass" in m.group().lower():
            start = published - dt.timedelta(days=published.weekday() + 7)
            return (f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}", "range")
        start = published - dt.timedelta(days=published.weekday())
        return (f"{start.isoformat()}/{published.isoformat()}", "range")
    if kind in ("relmonth", "ago"):
        return _counted_back(kind, g, published)
    return None


def _counted_back(kind: str, g: dict[str, str | None], published: dt.date) -> tuple[str, str] | None:
    """`le mois dernier`: the month before publication's; `il y a deux semaines`, `il y a trois mois`: so long before
    publication, to the day for weeks, to the month for months."""
    if kind == "relmonth":
        return (months_before(published, 1), "month")
    n = parse_number(g["n"] or g["n2"] or "")
    unit = (g["u"] or g["u2"] or "").lower()
    if not n:
        return None
    if unit.startswith(("semaine", "week")):
        return ((published - dt.timedelta(days=7 * n)).isoformat(), "day")
    return (months_before(published, n), "month")


def back_from(base: _Date, back: re.Match[str]) -> tuple[str, str] | None:
    """The date that `back`'s span (`un mois plus tôt`, `quatre jours après`, `au lendemain de`, `the day after`: its
    groups `n` and `unit`; `à la veille de`: `eve`, a day on) gives back from `base`: a day needs a day, a month a
    month."""
    iso = base.iso.split("/")[0]
    groups = back.groupdict()
    n = -1 if groups.get("eve") else parse_number(groups["n"]) if groups.get("n") else 1
    unit = (groups.get("unit") or "jours").lower()
    if not n:
        return None
    if len(iso) == 10 and "jour pour jour" in back.group() and unit.startswith(("an", "mois")):
        return _same_day_before(dt.date.fromisoformat(iso), n * 12 if unit.startswith("an") else n)
    if unit.startswith(("an", "year")):
        return str(int(iso[:4]) - n), "year"
    if unit.startswith(("mois", "month")) and len(iso) >= 7:
        return months_before(dt.date(int(iso[:4]), int(iso[5:7]), 1), n), "month"
    if len(iso) == 10 and unit.startswith(("jour", "semaine", "day", "week")):
        days = n * 7 if unit.startswith(("semaine", "week")) else n
        return (dt.date.fromisoformat(iso) - dt.timedelta(days=days)).isoformat(), "day"
    return None


def _same_day_before(day: dt.date, months: int) -> tuple[str, str]:
    """`deux mois jour pour jour après`: the same day of the month so many months before `day` (its month where that
    month has no such day)."""
    month = months_before(day, months)
    try:
        return dt.date(int(month[:4]), int(month[5:]), day.day).isoformat(), "day"
    except ValueError:
        return month, "month"


def months_before(day: dt.date, n: int) -> str:
    """The month `n` months before `day`'s, as `YYYY-MM`."""
    index = day.year * 12 + day.month - 1 - n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@lru_cache(maxsize=4096)
def _parse_day(phrase: str, published: dt.date | None) -> dt.date | None:
    """An explicit day (`le 3 janvier`, `January 3, 2020`); the year, when missing, is the latest not after
    publication."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(23, 59))
    elif not re.search(r"\d{4}", phrase):
        return None
    phrase = re.sub(r"\bdu\s+", "", phrase, flags=_I)  # dateparser reads `le 13 novembre`, not `du 13 novembre`
    day = _plain_day(phrase, published)
    if day is None:
        parsed = dateparser.parse(phrase, languages=["fr", "en"], settings=settings)
        if not parsed:
            return None
        day = parsed.date()
    weekday = re.search(rf"\b(?:{lx.WEEKDAY_ALT})\b", phrase, _I)
    if published is not None and weekday and not re.search(r"\d{4}", phrase):
        # `lundi 5 février`: the year whose 5 February is a Monday, nearest the publication (even a day after it)
        wanted = WEEKDAYS[weekday.group().lower()]
        candidates = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                candidates.append(day.replace(year=year))
            except ValueError:
                continue
        # the weekday may move a date to the next year (a hearing announced for `lundi 5 février`), never back:
        # a date as written wins over a weekday that disagrees (`mercredi 23 mars` in a paper of Thursday 23 March)
        soon = published + dt.timedelta(days=7)
        matching = [c for c in candidates if c.weekday() == wanted and day <= c <= soon]
        if matching:
            return min(matching, key=lambda c: abs((c - published).days))
    return day


# A day as the day patterns write it (`lundi 5 février 2018`, `le 1er mai`, `Sunday, March 3, 2019`), all in one
# language, read without dateparser: the date it gives (tests/index/events/test_dates.py compares them), much cheaper.
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december")  # fmt: skip
_FRENCH_MONTH = "|".join(sorted((m for m in MONTHS if m not in _ENGLISH_MONTHS), key=len, reverse=True))
_ENGLISH_MONTH = "|".join(_ENGLISH_MONTHS)
_FRENCH_DAY = "|".join(list(WEEKDAYS)[:7])
_ENGLISH_DAY = "|".join(list(WEEKDAYS)[7:])
_PLAIN_DAYS = (
    re.compile(
        rf"(?:(?:{_FRENCH_DAY})\s+)?(?:le\s+)?(?P<d>\d{{1,2}}|1er)\s+(?P<m>{_FRENCH_MONTH})(?:\s+(?P<y>\d{{4}}))?", _I
    ),
    re.compile(
        rf"(?:(?:{_ENGLISH_DAY}),?\s+)?(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_ENGLISH_MONTH})"
        rf"(?:\s+(?P<y>\d{{4}}))?",
        _I,
    ),
    re.compile(
        rf"(?:(?:{_ENGLISH_DAY}),?\s+)?(?P<m>{_ENGLISH_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?",
        _I,
    ),
)


def _plain_day(phrase: str, published: dt.date | None) -> dt.date | None:
    """The day a plain phrase names, the year when missing the latest not after publication; None for any other
    phrase (dateparser reads it)."""
    m = next((m for rx in _PLAIN_DAYS if (m := rx.fullmatch(phrase.strip()))), None)
    if m is None:
        return None
    day = 1 if m.group("d").lower() == "1er" else int(m.group("d"))
    month = MONTHS[m.group("m").lower()]
    try:
        if m.group("y"):
            return dt.date(int(m.group("y")), month, day)
        if published is None:
            return None
        found = dt.date(published.year, month, day)
        return found if found <= published else dt.date(published.year - 1, month, day)
    except ValueError:
        return None  # `31 avril`, `29 février` of a common year: left to dateparser


def _year_of_month(month: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _since_range(resolved: tuple[str, str], text: str, start: int, published: dt.date | None) -> _Date:
    iso, precision = resolved
    if published is None:
        return _Date(iso, precision, text, start)
    end = {"day": published.isoformat(), "month": published.isoformat()[:7], "year": str(published.year)}[
        precision if precision in ("day", "month", "year") else "day"
    ]
    return _Date(f"{iso.split('/')[0]}/{end}", "range", text.strip(), start)
