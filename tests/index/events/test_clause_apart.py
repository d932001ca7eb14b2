"""A second clause with its own counted victims and its own verb, placed elsewhere or said to be another: its own
attack."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _tolls(text: str) -> list[tuple]:
    return sorted(((e.location or ""), e.killed or 0, e.injured or 0) for e in _events(text))


def test_two_clauses_in_two_places_are_two_attacks():
    text = (
        "Quatre soldats ont été tués mardi lors d'une embuscade à Gao et trois gendarmes ont péri lors d'une attaque "
        "dans la région de Mopti."
    )
    assert _tolls(text) == [("Gao", 4, 0), ("Mopti", 3, 0)]


def test_a_clause_opened_by_tandis_que_in_another_town_is_its_own_attack():
    text = "Des soldats ont ouvert le feu sur la foule à Alep, tandis qu'au moins douze policiers ont été tués à Homs."
    assert ("Homs", 12, 0) in _tolls(text)
    assert ("Alep", 12, 0) not in _tolls(text)


def test_a_clause_told_as_another_incident_is_its_own_attack():
    text = "Un gendarme a été blessé par balle et un automobiliste a été abattu au cours d'un autre incident."
    assert _tolls(text) == [("", 0, 1), ("", 1, 0)]


def test_the_wounded_of_the_same_place_stay_in_the_attack():
    text = "Deux soldats ont été tués par balle à Gao et trois autres ont été blessés dans la ville."
    assert _tolls(text) == [("Gao", 2, 3)]


def test_the_attacker_shot_dead_elsewhere_stays_in_the_attack():
    text = "Trois passants ont été tués par balle à Lille et un assaillant a été abattu à Roubaix."
    assert len(_events(text)) == 1
    # the attacker named after a word or two (`un des assaillants`, `un jeune tireur`) is the attacker too
    for attacker in ("un des assaillants", "un jeune tireur"):
        text = f"Deux policiers ont été tués par balles mardi à Lille et {attacker} a été abattu à Roubaix."
        assert len(_events(text)) == 1, attacker


def test_a_clause_that_names_the_same_attack_stays_in_it():
    text = "Un soldat a été tué par balle près de Gao et un autre a été blessé lors de la même attaque à Ansongo."
    assert [(e.killed, e.injured) for e in _events(text)] == [(1, 1)]


def test_a_town_past_a_semicolon_is_another_clause_s_and_does_not_place_the_attack():
    """`...; le suspect a été interpellé dans la maison de sa mère, à la sortie de X`: the town of a noun in the clause
    after a semicolon is where the arrest took place, not the killing."""
    text = (
        "Un gendarme a été tué par balle samedi; le suspect a été interpellé plus tard dans la maison de sa mère, à "
        "la sortie de Rennes."
    )
    assert [event.location for event in _events(text)] == [None]
