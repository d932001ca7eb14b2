"""A hunt's shot is an accident, no attack: a hunter hit by another's bullet during a drive, a walker taken for game.
A deliberate killing by a hunter stays an attack."""

from __future__ import annotations

from .helpers import events


def test_a_hunter_shot_during_a_drive_is_no_attack():
    text = (
        "Un homme de 58 ans est mort samedi à Saint-Affrique, touché par la balle d'un autre chasseur. "
        "Le drame s'est produit en fin de matinée lors d'une battue aux chevreuils."
    )
    assert events(text, title="Aveyron : un chasseur tué lors d'une battue") == []


def test_a_walker_taken_for_game_is_no_attack_whatever_the_title():
    text = (
        "Un promeneur de 30 ans a été grièvement blessé par balle dimanche à Millau par un tireur qui pensait viser "
        "un sanglier, selon les gendarmes."
    )
    assert events(text, title="Aveyron : un promeneur grièvement blessé") == []


def test_a_hunter_who_kills_on_purpose_is_still_listed():
    text = (
        "Un chasseur a tué son voisin de deux coups de fusil samedi à Rodez après une dispute. "
        "Il a été mis en examen pour meurtre."
    )
    assert [(e.location, e.killed) for e in events(text, title="Aveyron : un chasseur tue son voisin")] == [
        ("Rodez", 1)
    ]
