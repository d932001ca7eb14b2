"""The /attacks filters: date bounds checked before any work, places suggested as the user types."""

from __future__ import annotations

import datetime as dt

import pytest

from index.errors import EventbotError
from index.events.filters import BadFilter, date_bounds, event_span, select, suggest_places
from index.models import AttackEvent, EventSource


def test_date_bounds_cover_whole_years_and_months():
    assert date_bounds("2021", "2021-02") == (dt.date(2021, 1, 1), dt.date(2021, 2, 28))
    assert date_bounds(None, "2021-04-05") == (None, dt.date(2021, 4, 5))
    assert date_bounds("", None) == (None, None)


@pytest.mark.parametrize(
    "since, until", [("2021-13", None), ("yesterday", None), (None, "2021-02-30"), ("2022", "2021")]
)
def test_bad_dates_are_refused_with_a_user_error(since, until):
    with pytest.raises(BadFilter) as caught:
        date_bounds(since, until)
    assert isinstance(caught.value, EventbotError)  # the bot's error handler shows it as it is


def test_place_suggestions_ignore_accents_and_case_and_rank_prefixes_first():
    places = ["Ménaka", "Irak", "Kirkouk", "Mosul airport", "Bagdad", "Al-Mena", "Mali"]
    assert suggest_places(places, "mena") == ["Ménaka", "Al-Mena"]
    assert suggest_places(places, "MÉNA") == ["Ménaka", "Al-Mena"]
    assert suggest_places(places, "k") == ["Kirkouk", "Irak", "Ménaka"]
    assert suggest_places(places, "  ") == ["Al-Mena", "Bagdad", "Irak", "Kirkouk", "Mali", "Ménaka", "Mosul airport"]
    assert suggest_places(places, "tombouctou") == []


def test_place_suggestions_are_capped_at_discord_s_25():
    places = [f"Ville {i:02d}" for i in range(40)]
    assert suggest_places(places, "vil") == places[:25]
    assert len(suggest_places(places, "", limit=10)) == 10


def _event(id: str, location: str, country: str, weapon: str, sub_event_type: str) -> AttackEvent:
    return AttackEvent(
        id=id,
        kind="incident",
        date="2021-04-04",
        date_precision="day",
        location=location,
        country=country,
        weapon=weapon,
        event_type="Explosions/Remote violence",
        sub_event_type=sub_event_type,
    )


def test_filters_understand_english_names_and_other_spellings():
    events = [
        _event("a", "Baghdad", "Irak", "roquette", "Shelling/artillery/missile attack"),
        _event("b", "Damas", "Syrie", "frappe aérienne", "Air/drone strike"),
        _event("c", "Kaboul", "Afghanistan", "voiture piégée", "Remote explosive/landmine/IED"),
    ]
    ids = lambda **kw: sorted(e.id for e in select(events, **kw))  # noqa: E731
    assert ids(where="Iraq") == ids(where="irak") == ids(where="Bagdad") == ids(where="bagh") == ["a"]
    assert ids(where="Damascus") == ids(where="Syria") == ["b"]
    assert ids(where="Kabul") == ["c"]
    assert ids(weapon="rockets") == ids(weapon="roquette") == ["a"]
    assert ids(weapon="air strike") == ids(weapon="drone") == ["b"]
    assert ids(weapon="car bomb") == ids(weapon="IED") == ["c"]
    assert ids(where="Mali") == [] and ids(weapon="grenade") == []


def test_a_range_up_to_now_ends_when_it_was_reported():
    aggregate = AttackEvent(
        id="g",
        kind="aggregate",
        date="2021-01/2021-04",
        date_precision="range",
        attacks=14,
        sources=[EventSource(article_id="s", title="t", published=dt.date(2021, 4, 5), quote="q")],
    )
    assert event_span(aggregate) == (dt.date(2021, 1, 1), dt.date(2021, 4, 5))
    assert select([aggregate], since="2021-04-06") == [] and select([aggregate], since="2021-04-05") != []
