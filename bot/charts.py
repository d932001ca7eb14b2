"""Pure charts: attack events -> a PNG timeline (events per week as bars, killed and injured as lines)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from index.events.filters import event_span
from index.models import AttackEvent

from .i18n import EN, Messages

BAR_COLOUR = "#8b1a1a"
KILLED_COLOUR = "#111111"
INJURED_COLOUR = "#e08a00"


@dataclass
class WeeklySeries:
    """One entry per week (its Monday) from the first dated event to the last, empty weeks included."""

    weeks: list[dt.date] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    killed: list[int] = field(default_factory=list)
    injured: list[int] = field(default_factory=list)
    left_out: int = 0  # aggregates and events not dated to within a week


def week_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly(events: list[AttackEvent]) -> WeeklySeries:
    """Events bucketed by ISO week. Aggregates ("the fourteenth attack since January") count several attacks
    at no single date, and a month- or year-precise date has no week: both are left out, and counted."""
    buckets: dict[dt.date, list[int]] = {}
    left_out = 0
    for event in events:
        first, last = event_span(event)
        if event.kind == "aggregate" or first is None or last is None or week_of(first) != week_of(last):
            left_out += 1
            continue
        bucket = buckets.setdefault(week_of(first), [0, 0, 0])
        bucket[0] += 1
        bucket[1] += event.killed or 0
        bucket[2] += event.injured or 0
    series = WeeklySeries(left_out=left_out)
    if not buckets:
        return series
    week, end = min(buckets), max(buckets)
    while week <= end:
        counts = buckets.get(week, [0, 0, 0])
        series.weeks.append(week)
        series.events.append(counts[0])
        series.killed.append(counts[1])
        series.injured.append(counts[2])
        week += dt.timedelta(days=7)
    return series


def timeline_png(events: list[AttackEvent], title: str | None = None, t: Messages = EN) -> bytes:
    """A PNG: events per week as bars (left axis), killed and injured per week as lines (right axis).

    Uses the Agg canvas directly, without pyplot: no display, no global figure state, safe in a worker thread."""
    series = weekly(events)
    fig = Figure(figsize=(8, 3.6), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_title(title or t("attacks.chart_title"), parse_math=False, fontsize=11)
    if not series.weeks:
        ax.set_xticks([])
        ax.set_yticks([])
        ax.text(0.5, 0.5, t("chart.none"), ha="center", va="center", transform=ax.transAxes)
    else:
        # Dates as x: matplotlib converts them (its date units), its type stubs list numbers only.
        weeks: Any = series.weeks
        ax.bar(weeks, series.events, width=6, align="edge", color=BAR_COLOUR, alpha=0.75, label=t("chart.events"))
        ax.set_ylabel(t("chart.events"))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(0, max(series.events) + 1)
        mid: Any = [w + dt.timedelta(days=3) for w in series.weeks]  # dates, as above
        people = ax.twinx()
        people.plot(mid, series.killed, color=KILLED_COLOUR, marker="o", markersize=3, label=t("chart.killed"))
        people.plot(mid, series.injured, color=INJURED_COLOUR, marker="s", markersize=3, label=t("chart.injured"))
        people.set_ylabel(t("chart.people"))
        people.yaxis.set_major_locator(MaxNLocator(integer=True))
        people.set_ylim(0, max([*series.killed, *series.injured, 1]) * 1.15)
        locator = AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        handles = [h for a in (ax, people) for h in a.get_legend_handles_labels()[0]]
        ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False)
    if series.left_out:
        note = t.plural("chart.left_out", series.left_out)
        ax.set_xlabel(note, fontsize=7, color="#555555", parse_math=False)
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
