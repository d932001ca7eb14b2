"""An attack named by a day and month without a year (`les attentats du 13 novembre`) whose latest such day before
publication lies months back: the name's day is a guess, left undated unless a telling gives its year; `dernier`
makes it a date, and a recent day stays resolved."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_day_named_without_its_year_months_back_leaves_the_attack_undated():
    (named,) = _events("Il souffrait toujours d'un stress post-traumatique après les attentats du 13 novembre.")
    assert named.date is None


def test_the_year_told_elsewhere_or_dernier_dates_the_named_day():
    told = _events(
        "Les attentats du 13 novembre 2015 ont fait 130 morts à Tulle. Il souffre depuis les attentats du 13 novembre."
    )
    assert [e.date for e in told] == ["2015-11-13"]
    (last,) = _events("Il souffrait toujours d'un stress post-traumatique après les attentats du 13 novembre dernier.")
    assert last.date == "2020-11-13"


def test_a_recent_day_named_without_its_year_stays_resolved():
    (recent,) = _events("Il souffrait toujours d'un stress post-traumatique après l'attentat du 3 mars.")
    assert recent.date == "2021-03-03"
