"""A drone is a weapon only when it strikes: one that films, one found or damaged, one fired at, is no drone strike."""

from __future__ import annotations

from .helpers import events, row


def test_a_drone_that_films_an_earthquake_s_damage_is_no_strike():
    text = "Un drone a filmé les dégâts du séisme qui a frappé la Grèce samedi, faisant 12 morts."
    assert events(text, title="Les images d'un drone montrent les dégâts du séisme") == []


def test_a_drone_a_man_fired_at_is_no_strike():
    text = "Samedi à Epinal, un homme a tiré sur le drone qui survolait son jardin."
    assert events(text, title="Vosges : il tire sur un drone") == []


def test_a_drone_strike_stays_listed_where_bodies_are_found():
    text = (
        "Une frappe de drone a tué samedi trois combattants près de Kandahar, a annoncé l'armée, qui a retrouvé leurs "
        "corps."
    )
    assert [row(e) for e in events(text, title="Afghanistan : frappe de drone")] == [
        ("2021-04-03", "Kandahar", "drone", 3, None)
    ]


def test_drones_that_damaged_a_target_are_a_strike_and_a_drone_damaged_is_none():
    """`a endommagé` is what the drones did; `a été endommagé` and `découvert` what was done to one."""
    text = "Une attaque de drones a endommagé samedi deux raffineries du pays, selon le ministère."
    (event,) = events(text, title="Pétrole : les cours s'envolent")
    assert (event.weapon, event.date) == ("drone", "2021-04-03")
    assert events("Un drone a été endommagé samedi par des tirs.", title="Pétrole : les cours s'envolent") == []
