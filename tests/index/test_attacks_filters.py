"""The /attacks filters: date bounds checked before any work, places suggested as the user types."""

from __future__ import annotations

import datetime as dt

import pytest

from index.attacks import BadFilter, date_bounds, suggest_places
from index.errors import EventbotError


def test_date_bounds_cover_whole_years_and_months():
    assert date_bounds("2021", "2021-02") == (dt.date(2021, 1, 1), dt.date(2021, 2, 28))
    assert date_bounds(None, "2021-04-05") == (None, dt.date(2021, 4, 5))
    assert date_bounds("", None) == (None, None)


@pytest.mark.parametrize("since, until", [("2021-13", None), ("yesterday", None), (None, "2021-02-30"),
                                          ("2022", "2021")])
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
