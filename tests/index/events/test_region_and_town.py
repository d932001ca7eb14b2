"""A record placed in a town and one placed in a region we know that may hold it, nothing else apart (same kind of
weapon, no other day, no other toll), are one attack, listed in the town."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_town_told_beside_its_region_is_one_attack_listed_in_the_town():
    # `Corse Matin` sets the toll in Corsica; the shooting's own words set it in Ajaccio that Saturday
    text = (
        "Un mort et au moins quatre blessés, selon un dernier bilan, après une fusillade ce samedi dans les quartiers "
        "nord d'Ajaccio, annonce Corse Matin. Un homme a tiré sur des passants, tuant une personne et blessant au "
        "moins quatre autres, ajoute Corse Matin."
    )
    (event,) = _events(text, title="Fusillade mortelle à Ajaccio")
    assert (event.date, event.location, event.killed, event.injured) == ("2021-04-03", "Ajaccio", 1, 4)


def test_another_weapon_in_the_region_stays_another_attack():
    text = (
        "Un homme a été tué par balle samedi à Ajaccio. Le même jour, une femme a été blessée à l'arme blanche en "
        "Corse, selon les gendarmes."
    )
    assert len(_events(text)) == 2
