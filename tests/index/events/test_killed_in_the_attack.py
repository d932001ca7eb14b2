"""One person named by a singular noun and `tué dans l'attaque`, `tué lors d'une opération` (`X, le policier tué dans
l'attaque du commissariat`) is that attack's one death: its record counts one killed; the attacker so named is none."""

from __future__ import annotations

from tests.index.events.helpers import events


def _killed(text: str) -> list[int | None]:
    return [event.killed for event in events(text)]


def test_the_one_named_killed_in_the_attack_is_its_death():
    text = (
        "Une rue portera le nom de Paul Martin, le policier tué dans l'attaque du commissariat de Nantes le 2 mars. "
        "La cérémonie aura lieu en juin."
    )
    assert _killed(text) == [1]


def test_the_leader_killed_in_an_operation_is_its_death():
    text = "Le préfet appelle au calme après la mort de Jean Dupont, le chef du gang tué dans une opération à Lyon."
    assert _killed(text) == [1]


def test_the_attacker_killed_in_the_assault_is_no_death_of_the_attack():
    text = "L'assaillant tué dans l'assaut du commissariat de Nantes le 2 mars était connu des services."
    assert _killed(text) in ([], [None])


def test_a_fear_of_being_killed_in_an_operation_is_no_death():
    assert events("Il craint d'être tué dans une opération de la police.") == []
