"""Attacks listed one after the other in one sentence, each set apart by its place, weapon or toll: one event each."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _listed(text: str) -> list[tuple]:
    return sorted(((e.location or ""), e.weapon or "", e.injured or 0) for e in _events(text))


def test_attacks_with_their_own_weapon_and_toll_are_one_each():
    text = (
        "Le groupe a revendiqué en 2019 un meurtre à Lille, un attentat à la bombe (12 blessés) "
        "et une attaque au couteau (3 blessés)."
    )
    assert _listed(text) == [("", "arme blanche", 3), ("", "bombe", 12), ("Lille", "", 0)]
    assert {e.date for e in _events(text)} == {"2019"}


def test_attacks_in_two_countries_are_one_each():
    text = "La note suit la tuerie dans un bar de Chicago, aux Etats-Unis, et l'assassinat d'un juge près de Lyon."
    assert [place for place, _, _ in _listed(text)] == ["Chicago", "Lyon"]


def test_a_shooting_and_an_axe_attack_in_two_towns_are_two():
    text = "Le pays a été secoué par une fusillade à Hambourg et un attentat à la hache commis dans un bus à Cologne."
    assert [place for place, _, _ in _listed(text)] == ["Cologne", "Hambourg"]


def test_one_toll_for_the_whole_list_is_one_attack():
    text = "Une fusillade à Hambourg et un attentat à la hache à Cologne ont fait 40 morts."
    assert len(_events(text)) == 1


def test_attacks_feared_are_none():
    text = "Les services redoutent une fusillade à Hambourg et un attentat à la hache à Cologne."
    assert _events(text) == []
