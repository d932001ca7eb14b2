"""A killing named by its victim and told without a day takes the day another sentence gives that victim's death right
beside its words (`après la mort de X le 2 mars`, `la mort le 2 mars de X`); not a day told apart from the death, nor
a death told at the hospital (a later day than the harm's)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events

_REPORT = (
    "Des milliers de personnes ont défilé samedi à Bordeaux. Elles dénonçaient la mort de Marcel Dubreuil, un livreur "
    "asphyxié sous le genou d'un policier à Toulouse. Le maire a appelé au calme. "
)


def test_the_victims_death_day_told_in_another_sentence_dates_the_killing():
    (event,) = _events(_REPORT + "Le mouvement est né après la mort de Marcel Dubreuil le 2 mars.")
    assert (event.date, event.location, event.killed) == ("2021-03-02", "Toulouse", 1)


def test_the_day_before_the_victims_name_dates_it_too():
    (event,) = _events(_REPORT + "Ses proches manifestent depuis la mort le 2 mars de Marcel Dubreuil.")
    assert event.date == "2021-03-02"


def test_a_day_set_apart_from_the_death_or_a_death_at_the_hospital_gives_none():
    (apart,) = _events(_REPORT + "Le mouvement est né après la mort de Marcel Dubreuil, un livreur, le 2 mars.")
    (hospital,) = _events(_REPORT + "Marcel Dubreuil est décédé le 2 mars à l'hôpital.")
    assert (apart.date, hospital.date) == (None, None)
