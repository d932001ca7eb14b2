"""A death right after an arrest, told without who made the arrest (`mort en 2016 après son interpellation dans le
Val-d'Oise`, `décédé à la caserne de X, deux heures après avoir été arrêté`): a death in custody, the gold set's event
typed `other`; not a death years after the arrest, nor a body found after one."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_death_right_after_an_arrest_is_a_death_in_custody_dated_and_placed():
    (event,) = _events(
        "Des milliers de personnes ont répondu à l'appel de la famille de Paul Roux, jeune homme de 24 ans mort dans "
        "la Corrèze en 2016 après son interpellation."
    )
    assert (event.date, event.location, event.killed, event.weapon) == ("2016", "Corrèze", 1, "force policière")
    (hours,) = _events("Paul Roux est mort à la caserne de Tulle en 2016, deux heures après avoir été arrêté.")
    assert (hours.date, hours.killed, hours.weapon) == ("2016", 1, "force policière")
    assert "Tulle" in str(hours.location)


def test_a_death_years_after_an_arrest_or_a_body_found_after_one_is_no_death_in_custody():
    assert _events("Paul Roux est mort en prison deux ans après son arrestation à Tulle.") == []
    assert _events("Paul Roux a été retrouvé mort quelques heures après son arrestation à Tulle.") == []
