"""A retold attack's steps: the killer named in full kills in the passé composé in a sentence that opens on its time
(`Le lendemain, X a tué une policière à Y`), and his next killing, joined by `puis` with a day of its own (`puis le 9
janvier, il a exécuté quatre hommes à Z`), is an attack of its own, with its own day, toll and place."""

from __future__ import annotations

from tests.index.events.helpers import events


def _rows(text: str) -> list[tuple]:
    return [(event.date, event.location, event.killed) for event in events(text)]


def test_a_step_of_a_retold_attack_by_the_killer_named_in_full():
    assert _rows("Le lendemain, Paul Martin a tué un gendarme à Tulle.") == [(None, "Tulle", 1)]
    assert _rows("Le 8 mars 1993, à Tulle, Paul Martin a tué sa femme avec un marteau.") == [("1993-03-08", "Tulle", 1)]


def test_the_killers_next_killing_on_another_day_is_another_attack():
    text = "Le 8 mars, Paul Martin a tué un gendarme à Tulle, puis le 10 mars, il a exécuté deux otages à Brive."
    assert _rows(text) == [("2021-03-08", "Tulle", 1), ("2021-03-10", "Brive", 2)]
    told = "Le lendemain, Paul Martin, un évadé, tuait un gendarme à Tulle, puis, le 10 mars, exécutait deux otages."
    assert _rows(told) == [(None, "Tulle", 1), ("2021-03-10", None, 2)]


def test_the_same_killing_told_on_is_one_attack():
    text = "Le 8 mars, un homme a tué un gendarme à Tulle, puis il a pris la fuite vers Brive."
    assert _rows(text) == [("2021-03-08", "Tulle", 1)]


def test_a_rival_beaten_in_a_retold_match_is_no_killing():
    """`Le 12 mars, X a abattu Y au troisième round`: a victim named by nothing but his full name, no means nor crime
    told: a boxer beaten, not killed."""
    assert events("Le 12 mars, à Tulle, Paul Martin a abattu Jacques Durand au troisième round.") == []
    shot = events("Le 12 mars, à Tulle, Paul Martin a abattu Jacques Durand d'une balle.")
    assert [(e.location, e.weapon) for e in shot] == [("Tulle", "arme à feu")]
