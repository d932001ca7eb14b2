"""The attacks a list of targets names (`les attaques contre le World Trade Center et le Pentagone`), undated in their
sentence, are parts of the one series the article names by its month and year (`les attentats de septembre 2001`):
they take its month."""

from __future__ import annotations

from tests.index.events.helpers import events as _events

_PARTS = (
    "Un documentaire revient sur les auteurs des attaques contre le World Trade Center et le Pentagone, "
    "vingt ans plus tard."
)


def test_the_parts_a_list_names_take_the_month_of_the_series_named_elsewhere():
    text = f"La mémoire des attentats de septembre 2001 reste vive à New York. {_PARTS}"
    dates = {e.location: e.date for e in _events(text) if e.location in ("World Trade Center", "Pentagone")}
    assert dates == {"World Trade Center": "2001-09", "Pentagone": "2001-09"}


def test_the_series_may_be_named_by_the_title():
    dates = [e.date for e in _events(_PARTS, title="Le souvenir des attentats de septembre 2001")]
    assert dates and set(dates) == {"2001-09"}


def test_two_series_named_so_date_no_part():
    text = f"Les attentats de septembre 2001 et les attaques de mars 2004 ont changé l'Europe. {_PARTS}"
    dates = {e.location: e.date for e in _events(text) if e.location in ("World Trade Center", "Pentagone")}
    assert set(dates.values()) == {None}
