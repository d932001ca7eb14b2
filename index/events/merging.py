"""Merging the events of several articles that report one incident.

Two records from different articles are one incident when one of these holds, and nothing tells them apart (another
kind of weapon, another year, places in two countries):
- the same person is named as the one killed (`la mort de George Floyd`, `George Floyd, asphyxié par un policier`):
  a person dies once, whatever day or place each report gives;
- the same place, or one place inside the other (a town and its region, a place one report names in the other's
  sentences), and the same day or the next (for a report that gives no date: its publication);
- the same place and the same toll, dates up to three days apart (the attack's day and a report's day), except for
  strikes and shelling, which come many to a place day after day; a month and a day in it with the same toll;
- a report placed nowhere whose article's title names the other's place, on the same day or the next;
- a report placed nowhere and undated (only a country, and its publication for a day) with a toll or a weapon of the
  other's too;
- two weapons of one assault (a vehicle, a knife, a gun), one in each report, on the same day in the same town.
A merged event takes the date and the place most of its reports give.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..models import AttackEvent
from . import lexicon as lx
from .assembly import _best, _dedupe, _same_family, _weapons
from .lexicon import country_of_place, fold_name, place_key
from .victims import victim_named

# How many days apart two dates of one attack may be (the attack's day, a report's day or its publication when it
# gives no date) when place and toll agree.
_DAYS_APART = 3
# Weapons one assailant carries (a vehicle, then a knife or a gun): reports of one assault may each name one.
_ASSAULT_WEAPONS = frozenset({"voiture-bélier", "arme blanche", "arme à feu"})
# Reports that agree on a toll outvote a figure that one report alone gives, from this many on.
_AGREED = 3

# Words that many places share (`Kivu du Nord`, `Sinaï du Nord`): no sign of one place.
_PLACE_WORDS = frozenset({"saint", "sainte", "grand", "grande", "north", "south", "ouest", "new", "port", "mount"})


@dataclass(frozen=True)
class _Signs:
    """What tells one report's attack from another's, read once per record."""

    day: dt.date | None  # the attack's day, when the record gives one
    year: int | None
    reported: dt.date | None  # the earliest publication of its reports
    victims: frozenset[str]  # the one named as killed in each report (`george floyd`), first in its sentences
    quote: str  # its sentences, folded
    titles: str  # its articles' titles, folded


@dataclass
class _Group:
    """One attack as merged so far: its record (the date and place most of its reports give) and its reports."""

    event: AttackEvent
    members: list[AttackEvent]
    signs: _Signs
    articles: set[str]


def merge_events(events: list[AttackEvent]) -> list[AttackEvent]:
    """Events from several articles about one incident become one (the rules are in the module's docstring)."""
    return [merged for merged, _ in merge_groups(events)]


def merge_groups(events: list[AttackEvent]) -> list[tuple[AttackEvent, list[AttackEvent]]]:
    """Each merged event with the per-article events it joins."""
    # Events with a place first: one that only names a country then joins an incident only when it is the sole one
    # that fits (`an IED in the centre of Mali` could be any of that day's IEDs in Mali). Dated ones before undated:
    # a report that gives no date joins the attack of its days rather than making one of its own.
    ordered = sorted(events, key=lambda e: (not _placed(e), e.date is None, e.date or "", e.id))
    groups = _gather(
        [_Group(e.model_copy(deep=True), [e], _signs(e, [e]), {s.article_id for s in e.sources}) for e in ordered]
    )
    # Once more over the merged events: a report that gives only the month made an event of its own before the
    # reports that give the day came, or a report fitted two events that were still apart.
    groups = _gather(groups)
    return [(group.event, group.members) for group in groups]


def _gather(pieces: list[_Group]) -> list[_Group]:
    groups: list[_Group] = []
    for piece in pieces:
        twins = [group for group in groups if _same_event(group, piece)]
        if twins and (_placed(piece.event) or piece.signs.victims or len(twins) == 1):
            group = twins[0]
            group.members.extend(piece.members)
            group.articles |= piece.articles
            event = _most_told(_combine(group.event, piece.event), group.members)
            group.event, group.signs = event, _signs(event, group.members)
        else:
            groups.append(piece)
    return groups


def _placed(event: AttackEvent) -> bool:
    """The record names a place more precise than a country."""
    return bool(event.location) and not place_key(str(event.location)).startswith("country:")


def _signs(event: AttackEvent, members: list[AttackEvent]) -> _Signs:
    day = dt.date.fromisoformat(event.date) if event.date and event.date_precision == "day" else None
    year = int(event.date[:4]) if event.date and event.date[:4].isdigit() and event.date_precision != "range" else None
    published = [s.published for s in event.sources if s.published]
    victims = {victim_named(" ".join(s.quote for s in e.sources)) for e in members if e.kind == "incident"}
    return _Signs(
        day=day,
        year=year,
        reported=min(published) if published else None,
        victims=frozenset(v for v in victims if v),
        quote=fold_name(" ".join(s.quote for s in event.sources)),
        titles=fold_name(" ".join(s.title for s in event.sources)),
    )


def _same_event(group: _Group, piece: _Group) -> bool:
    a, sa, b, sb = group.event, group.signs, piece.event, piece.signs
    if a.kind != "incident" or b.kind != "incident" or group.articles & piece.articles:
        return False
    if not (_same_family(a.weapon, b.weapon) or _one_assault(a, sa, b, sb)):
        return False
    if sa.victims & sb.victims:
        return True  # the same person killed: whatever day or year a report's other sentences give
    if not (a.weapon or b.weapon or a.sub_event_type == b.sub_event_type):
        return False
    if sa.victims and sb.victims:
        return False  # two people killed
    return not _years_differ(sa, sb) and _same_place(a, sa, b, sb) and _same_time(a, sa, b, sb)


def _one_assault(a: AttackEvent, sa: _Signs, b: AttackEvent, sb: _Signs) -> bool:
    """A vehicle then knives (London Bridge, Westminster): two weapons of one assault, told one in each report, when
    the day and the town are the same and the tolls do not differ."""
    return (
        {a.weapon, b.weapon} <= _ASSAULT_WEAPONS
        and sa.day is not None
        and sa.day == sb.day
        and _placed(a)
        and _placed(b)
        and _same_place(a, sa, b, sb)
        and not _tolls_differ(a, b)
    )


def _years_differ(a: _Signs, b: _Signs) -> bool:
    return a.year is not None and b.year is not None and a.year != b.year


def _same_time(a: AttackEvent, sa: _Signs, b: AttackEvent, sb: _Signs) -> bool:
    if a.date and b.date and a.date_precision == b.date_precision == "month":
        return a.date == b.date
    if {a.date_precision, b.date_precision} == {"month", "day"}:
        # `fin novembre` and `vendredi 29 novembre`: the day lies in the month; with the same toll, one attack
        return bool(a.date and b.date and a.date[:7] == b.date[:7]) and _same_toll(a, b)
    # Strikes and shelling come many to a place, day after day: only the same day, or the day after, is the same.
    wider = _same_toll(a, b) and not {a.weapon, b.weapon} & lx.STATE_WEAPONS
    if sa.day and sb.day:
        apart = abs((sa.day - sb.day).days)
        return apart <= 1 or (wider and apart <= _DAYS_APART)
    if a.date is None and b.date is None:
        return sa.reported is not None and sb.reported is not None and abs((sa.reported - sb.reported).days) <= 1
    day, reported = (sa.day, sb.reported) if b.date is None else (sb.day, sa.reported)
    if day is None or reported is None:
        return False
    return -1 <= (reported - day).days <= (_DAYS_APART if wider else 1)


def _same_toll(a: AttackEvent, b: AttackEvent) -> bool:
    killed = a.killed is not None and a.killed == b.killed
    injured = a.injured is not None and a.injured == b.injured
    return (killed or injured) and not (a.killed is not None and b.killed is not None and a.killed != b.killed)


def _same_place(a: AttackEvent, sa: _Signs, b: AttackEvent, sb: _Signs) -> bool:
    """The same place, one inside the other, or one a country the other lies in (and no two countries)."""
    ca, cb = _country(a), _country(b)
    if ca and cb and ca != cb:
        return False
    if _placed(a) and _placed(b):
        la, lb = str(a.location), str(b.location)
        ka, kb = place_key(la), place_key(lb)
        if ka == kb or ka in kb or kb in ka or _proper_words(la) & _proper_words(lb):
            return True  # `aéroport de Bruxelles-Zaventem`, `aéroport de Zaventem`
        # A town and its region, or a district and its town: one report names the other's place too (both dated to
        # the day: an undated report tells too little to be placed by its neighbours' words).
        return (
            bool(ca and ca == cb and sa.day and sb.day)
            and (_names_place(sa.quote, lb) or _names_place(sb.quote, la))
            and not _tolls_differ(a, b)
        )
    if _placed(a) != _placed(b):
        # A report placed nowhere (`La fusillade a fait six morts`) under a title that names the other's place.
        placed, unplaced = (a, sb) if _placed(a) else (b, sa)
        if _names_place(unplaced.titles, str(placed.location)):
            return True
        # Placed nowhere and dated by no word of its own, a report ties to the other by its country and publication
        # only: it needs a toll or a weapon of the other's too (not `11 tués pendant cet attentat`, recalled from
        # 1972 in an article of the day before, and a ramming with six wounded).
        thin = b if _placed(a) else a
        if thin.date is None and not (_same_toll(a, b) or (a.weapon and b.weapon)):
            return False
    return bool(ca and ca == cb)


def _proper_words(place: str) -> set[str]:
    """The names in a place (`aéroport de Bruxelles-Zaventem`: bruxelles, zaventem), not the words of any place."""
    words = {fold_name(w) for part in re.findall(r"[A-ZÀ-Þ][\w'-]+", place) for w in part.split("-")}
    return {w for w in words if len(w) >= 5 and w not in _PLACE_WORDS}


def _country(event: AttackEvent) -> str | None:
    if event.country:
        return event.country
    return country_of_place(str(event.location)) if event.location else None


def _names_place(quote: str, place: str) -> bool:
    """The (folded) sentences name the place, not as a landmark to measure from (`à 120 km au nord de Barcelone`)."""
    key = fold_name(place).strip()
    if len(key) <= 3:
        return False
    return any(
        not lx.LANDMARK.search(quote, max(0, m.start() - 40), m.start())
        for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", quote)
    )


def _tolls_differ(a: AttackEvent, b: AttackEvent) -> bool:
    """Both give a toll of one kind, one more than three times the other (a first report and the last agree better)."""
    for x, y in ((a.killed, b.killed), (a.injured, b.injured)):
        if x is not None and y is not None and (max(x, y) > 3 * min(x, y) + 1):
            return True
    return False


def _combine(a: AttackEvent, b: AttackEvent) -> AttackEvent:
    data = a.model_dump()
    other = b.model_dump()
    for name, value in other.items():
        if data.get(name) is None and value is not None:
            data[name] = value
    if (b.date_precision == "day") and a.date_precision != "day":
        data.update(date=b.date, date_precision=b.date_precision, date_text=b.date_text)
    data["killed_reports"] = [c.model_dump() for c in _dedupe(a.killed_reports + b.killed_reports)]
    data["injured_reports"] = [c.model_dump() for c in _dedupe(a.injured_reports + b.injured_reports)]
    data["killed"] = _best(a.killed_reports + b.killed_reports)
    data["injured"] = _best(a.injured_reports + b.injured_reports)
    data["claimed"] = True if True in (a.claimed, b.claimed) else (False if False in (a.claimed, b.claimed) else None)
    evidence = {k: list(v) for k, v in a.evidence.items()}
    for name, keys in b.evidence.items():
        evidence.setdefault(name, []).extend(k for k in keys if k not in evidence[name])
    data["evidence"] = evidence
    data["sources"] = [s.model_dump() for s in a.sources + b.sources]
    # The assault means of two reports of one attack (a van in one, knives in the other), the kept weapon first.
    data["weapons"] = _weapons(a.weapon or b.weapon, [*a.weapons, a.weapon, *b.weapons, b.weapon])
    data["id"] = min(a.id, b.id)
    return AttackEvent.model_validate(data)


def _most_told(event: AttackEvent, group: list[AttackEvent]) -> AttackEvent:
    """The date and the place most of the reports give (the first told on a tie): a report dated by its own day or
    placed at a rally's city is outvoted by the others."""
    update: dict[str, object] = {}
    days = Counter(e.date for e in group if e.date_precision == "day")
    if days:
        best = max(days.values())
        date = next(e for e in group if e.date_precision == "day" and days[e.date] == best)
        if date.date != event.date:
            update.update(date=date.date, date_precision="day", date_text=date.date_text)
    places = Counter(place_key(str(e.location)) for e in group if _placed(e))
    if places:
        best = max(places.values())
        tied = [e for e in group if _placed(e) and places[place_key(str(e.location))] == best]
        # On a tie, the place of a report that gives the day chosen: it tells the attack, not something around it.
        day = update.get("date", event.date)
        place = next((e for e in tied if e.date_precision == "day" and e.date == day), tied[0])
        if place_key(str(place.location)) != place_key(str(event.location or "")):
            update.update(location=place.location, country=_country(place) or event.country)
    for name in ("killed", "injured"):
        figures = Counter(getattr(e, name) for e in group if getattr(e, name) is not None)
        agreed = [figure for figure, n in figures.items() if n >= 2]
        if figures and max(figures.values()) >= _AGREED and max(agreed) != getattr(event, name):
            update[name] = max(agreed)  # a figure one report alone gives, where most agree on another: a misreading
    return event.model_copy(update=update) if update else event
