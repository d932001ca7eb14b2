"""An attack placed in a town whose sentences set it in one of the town's numbered districts (`dans le XVe
arrondissement de Paris`, `un restaurant du IIe arrondissement`) is placed in that district, written with its town."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_the_district_of_the_town_is_the_place():
    text = "Un homme de 34 ans a été abattu par balles vendredi soir en pleine rue dans le XVe arrondissement de Paris."
    (event,) = _events(text)
    assert (event.location, event.country) == ("XVe arrondissement de Paris", "France")


def test_a_district_named_without_its_town_takes_the_town_of_the_attack():
    text = "Un serveur a été poignardé mardi soir à Marseille, à la sortie d'un restaurant du 7e arrondissement."
    (event,) = _events(text)
    assert event.location == "7e arrondissement de Marseille"


def test_two_districts_or_another_towns_district_leave_the_town():
    text = (
        "Un homme a été poignardé mardi soir à Paris, entre le IIe arrondissement et le IIIe arrondissement, "
        "selon la police."
    )
    assert _events(text)[0].location == "Paris"
    text = "Un homme a été poignardé mardi soir à Paris. Son agresseur vivait dans le 3e arrondissement de Lyon."
    assert _events(text)[0].location == "Paris"


def test_the_district_of_an_office_or_of_a_home_is_not_the_place():
    text = "Un homme a été poignardé samedi soir à Marseille, a indiqué la maire du 3e arrondissement."
    assert [e.location for e in _events(text)] == ["Marseille"]
    text = (
        "Un passant a été tué par balle samedi à Paris par un homme placé ensuite en garde à vue au commissariat du "
        "13e arrondissement."
    )
    assert [e.location for e in _events(text)] == ["Paris"]
    text = "Un homme qui vivait dans le 15e arrondissement a été abattu samedi soir à Marseille, devant un bar."
    assert [e.location for e in _events(text)] == ["Marseille"]
