"""Listing attack events: merge the per-article records, filter by place, dates and weapon, newest first."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from ..errors import EventbotError
from ..lexical import fold
from ..models import AttackEvent
from .lexicon import place_key
from .merging import merge_events
from .reading import canonical_weapon


class BadFilter(EventbotError):
    pass


def parse_day(text: str | None, *, end: bool = False) -> dt.date | None:
    """`2021`, `2021-04`, `2021-04-05` (or `05/04/2021`): the first day of that span, or its last with end=True."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text) or None
    if m is None:
        m2 = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
        if m2 is None:
            raise BadFilter(f"Not a date: {text!r} (use 2021, 2021-04 or 2021-04-05).")
        d, mo, y = (int(g) for g in m2.groups())
        parts: tuple[int, int | None, int | None] = (y, mo, d)
    else:
        parts = (int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)
    year, month, day = parts
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return dt.date(year, month, day)
    except ValueError:
        raise BadFilter(f"Not a date: {text!r}.") from None


def event_span(event: AttackEvent) -> tuple[dt.date | None, dt.date | None]:
    """The days an event may have happened on, from its (possibly partial or range) date."""
    published = [s.published for s in event.sources if s.published]
    if event.date:
        first, _, last = event.date.partition("/")
        try:
            start, stop = parse_day(first), parse_day(last or first, end=True)
        except BadFilter:
            pass
        else:
            if stop and published and max(published) < stop:
                stop = max(published)  # `since January`, reported on 5 April, ends on 5 April, not on 30 April
            return start, stop
    return (published[0], published[0]) if published else (None, None)


def sort_key(event: AttackEvent) -> dt.date:
    return event_span(event)[1] or dt.date.min


def date_bounds(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the filters allow; BadFilter for a date that is not one, or `since` after `until`."""
    start, stop = parse_day(since), parse_day(until, end=True)
    if start and stop and start > stop:
        raise BadFilter("`since` is after `until`.")
    return start, stop


def _matches(value: str | None, needles: set[str]) -> bool:
    folded = fold(value or "")
    return bool(value) and any(needle in folded for needle in needles)


def _same_place(value: str | None, typed: str) -> bool:
    """`Iraq` finds Irak, `Bagdad` finds Baghdad, `bagh` finds Baghdad: same place in any spelling, or part of the
    name."""
    return bool(value) and (fold(typed) in fold(value or "") or place_key(value or "") == place_key(typed))


def weapon_needles(typed: str) -> set[str]:
    """A typed weapon and its canonical name, so that `rocket` or `air strike` finds the French records."""
    needles = {fold(" ".join(typed.split()))}
    canonical = canonical_weapon(typed)
    if canonical:
        needles.add(fold(canonical))
    return needles


def select(
    events: Iterable[AttackEvent],
    *,
    where: str | None = None,
    since: str | None = None,
    until: str | None = None,
    weapon: str | None = None,
) -> list[AttackEvent]:
    """Merged events matching every given filter, newest first."""
    return select_merged(merge_events(list(events)), where=where, since=since, until=until, weapon=weapon)


def select_merged(
    merged: Iterable[AttackEvent],
    *,
    where: str | None = None,
    since: str | None = None,
    until: str | None = None,
    weapon: str | None = None,
) -> list[AttackEvent]:
    """`select` over events already merged across articles (a serving index merges them once)."""
    start, stop = date_bounds(since, until)
    where = " ".join(where.split()) if where else where
    weapons = weapon_needles(weapon) if weapon else set()
    chosen = []
    for event in merged:
        first, last = event_span(event)
        if where and not (_same_place(event.location, where) or _same_place(event.country, where)):
            continue
        told = (event.weapon, *event.weapons, event.sub_event_type)  # any means of an assault made with several
        if weapon and not any(_matches(name, weapons) for name in told):
            continue
        if start and (last is None or last < start):
            continue
        if stop and (first is None or first > stop):
            continue
        chosen.append(event)
    return sorted(chosen, key=sort_key, reverse=True)


def known_places(events: Iterable[AttackEvent]) -> list[str]:
    """Locations and countries named by the events, for autocompletion."""
    places = {p for e in events for p in (e.location, e.country) if p}
    return sorted(places, key=fold)


def suggest_places(places: Iterable[str], typed: str, limit: int = 25) -> list[str]:
    """The places that contain what was typed, accents and case ignored: those starting with it first,
    then those with a word starting with it, then the rest; at most `limit`."""
    needle = fold(" ".join(typed.split()))
    ranked = []
    for place in places:
        folded = fold(place)
        if needle not in folded:
            continue
        rank = 0 if folded.startswith(needle) else 1 if f" {needle}" in f" {folded}" or f"-{needle}" in folded else 2
        ranked.append((rank, folded, place))
    return [place for _, _, place in sorted(ranked)[:limit]]
