"""Merging the events of several articles that report one incident."""

from __future__ import annotations

import datetime as dt

from ..models import AttackEvent
from .assembly import _best, _dedupe, _same_family
from .lexicon import place_key


def merge_events(events: list[AttackEvent]) -> list[AttackEvent]:
    """Events from several articles about one incident (same place, dates within a day, same weapon) become one."""
    merged: list[AttackEvent] = []
    # Events with a place first: one that only names a country then joins an incident only when it is the sole one
    # that fits (`an IED in the centre of Mali` could be any of that day's IEDs in Mali).
    for event in sorted(events, key=lambda e: (e.location is None, e.date or "", e.id)):
        twins = [i for i, m in enumerate(merged) if _same_event(m, event)]
        if twins and (event.location or len(twins) == 1):
            merged[twins[0]] = _combine(merged[twins[0]], event)
        else:
            merged.append(event.model_copy(deep=True))
    return merged


def _event_day(event: AttackEvent) -> dt.date | None:
    if event.date and event.date_precision == "day":
        return dt.date.fromisoformat(event.date)
    if event.date is None:
        published = [s.published for s in event.sources if s.published]
        return min(published) if published else None
    return None


def _same_event(a: AttackEvent, b: AttackEvent) -> bool:
    if a.kind != "incident" or b.kind != "incident":
        return False
    if a.sources and b.sources and {s.article_id for s in a.sources} & {s.article_id for s in b.sources}:
        return False
    if not _same_family(a.weapon, b.weapon) or not (a.weapon or b.weapon or a.sub_event_type == b.sub_event_type):
        return False
    if not _same_place(a, b):
        return False
    if a.date and b.date and a.date_precision == b.date_precision == "month":
        return a.date == b.date
    da, db = _event_day(a), _event_day(b)
    return da is not None and db is not None and abs((da - db).days) <= 1


def _same_place(a: AttackEvent, b: AttackEvent) -> bool:
    if a.location and b.location:
        ka, kb = place_key(a.location), place_key(b.location)
        return ka == kb or ka in kb or kb in ka
    return bool(a.country and a.country == b.country)


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
    data["id"] = min(a.id, b.id)
    return AttackEvent.model_validate(data)
