"""Victims said to be out of danger (`Ses jours ne sont pas en danger`, `Son pronostic vital n'est pas engagé`), after
an attack that no sentence counts dead, mean nobody was killed: `killed` 0. Not when someone was killed, nor when the
victim's life is said to be at risk, nor for an attack told long before."""

from __future__ import annotations

from .helpers import events


def _toll(text: str) -> tuple[int | None, int | None]:
    (event,) = events(text, title="Tulle : un homme blessé par balle")
    return event.killed, event.injured


def test_a_wounded_man_out_of_danger_was_not_killed():
    text = (
        "Un homme de 40 ans a été blessé par balle samedi soir devant un bar de Tulle. "
        "Il a été transporté à l'hôpital. Ses jours ne sont pas en danger."
    )
    assert _toll(text) == (0, 1)


def test_victims_whose_lives_are_not_at_risk_in_the_same_sentence():
    text = "Trois personnes ont été blessées par balle samedi à Tulle, mais leurs jours ne sont pas en danger."
    assert _toll(text) == (0, 3)
    text = "Un homme a été blessé par balle samedi à Tulle. Son pronostic vital n'est pas engagé."
    assert _toll(text) == (0, 1)


def test_one_killed_and_another_out_of_danger_keeps_its_dead():
    text = (
        "Un homme a été tué par balle samedi à Tulle. Son frère a été blessé à la jambe. "
        "Ses jours ne sont pas en danger."
    )
    assert _toll(text) == (1, 1)


def test_a_life_at_risk_says_nothing_of_the_dead():
    text = "Un homme a été blessé par balle samedi à Tulle. Son pronostic vital est engagé."
    assert _toll(text) == (None, 1)


def test_dead_told_uncounted_before_the_attacker_said_out_of_danger_are_not_none():
    text = (
        "Un homme a ouvert le feu samedi dans un bar de Tulle, faisant plusieurs morts. L'assaillant, blessé par la "
        "police, a été hospitalisé : ses jours ne sont pas en danger."
    )
    assert _toll(text)[0] is None
    text = (
        "Une fusillade a éclaté samedi dans un bar de Tulle, faisant des morts et des blessés. Le tireur a été "
        "interpellé. Il n'est pas en danger, selon la police."
    )
    assert _toll(text)[0] is None


def test_one_stabbed_and_out_of_danger_stays_the_one_hurt():
    text = "Un pompier de 23 ans a été poignardé samedi à Tulle. Son pronostic vital n'est pas engagé."
    (event,) = events(text, title="Tulle : un pompier poignardé")
    assert (event.killed, event.injured) == (0, 1)
