"""The /attacks timeline: events bucketed by week, drawn as a PNG without a display."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from bot import charts
from index.models import AttackEvent

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def event(day: str, killed: int | None = None, injured: int | None = None, **fields) -> AttackEvent:
    return AttackEvent(id=f"e-{day}-{killed}", date=day, killed=killed, injured=injured, **fields)


def test_events_are_bucketed_by_week_with_empty_weeks_between():
    events = [
        event("2021-04-05", killed=2, injured=1),  # a Monday
        event("2021-04-11", killed=None, injured=4),  # the Sunday of the same week
        event("2021-04-12", killed=1),  # the next Monday
        event("2021-04-28"),  # two weeks on
    ]
    series = charts.weekly(events)
    assert series.weeks == [dt.date(2021, 4, 5), dt.date(2021, 4, 12), dt.date(2021, 4, 19), dt.date(2021, 4, 26)]
    assert series.events == [2, 1, 0, 1]
    assert series.killed == [2, 1, 0, 0]
    assert series.injured == [5, 0, 0, 0]
    assert series.left_out == 0


def test_aggregates_and_imprecise_dates_are_left_out_and_counted():
    events = [
        event("2021-04-05"),
        event("2021-04", date_precision="month"),
        event("2021-01/2021-04", kind="aggregate", attacks=14),
        event("2021-04-06/2021-04-07", date_precision="range"),  # within one week: kept
    ]
    series = charts.weekly(events)
    assert series.weeks == [dt.date(2021, 4, 5)] and series.events == [2]
    assert series.left_out == 2


def test_undated_events_fall_back_to_the_published_day():
    from index.models import EventSource

    undated = AttackEvent(
        id="u", sources=[EventSource(article_id="a", title="t", published=dt.date(2021, 3, 3), quote="q")]
    )
    assert charts.weekly([undated]).weeks == [dt.date(2021, 3, 1)]


def test_timeline_is_a_png():
    events = [event(f"2021-0{m}-1{d}", killed=d, injured=m) for m in range(1, 5) for d in range(3)]
    png = charts.timeline_png(events, title="Attacks · where: $Irak_ {x}")  # no mathtext from user text
    assert png.startswith(PNG_MAGIC)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (800, 360)


def test_timeline_without_dated_events_is_still_a_png():
    assert charts.timeline_png([]).startswith(PNG_MAGIC)
    assert charts.timeline_png([event("2021", date_precision="year")]).startswith(PNG_MAGIC)
