"""The one killed, told again as wounded (`X est mort après ...`, then `il a été blessé`; `a été mortellement
blessé`), is no wounded of its own: the record lists one dead and no wounded. Another person wounded, or a pronoun after
the killer's deed or in a sentence that kills another one, still counts."""

from __future__ import annotations

from tests.index.events.helpers import events


def _toll(text: str) -> tuple[int | None, int | None]:
    (event,) = events(text, title="Lyon : un homme tué par un vigile")
    return event.killed, event.injured


def test_the_dead_one_told_again_by_a_pronoun_is_not_wounded():
    text = (
        "Un homme de 30 ans est mort samedi à Lyon après avoir été touché par balle par un vigile. "
        "D'après les premiers témoignages, il a été blessé devant l'entrée d'une discothèque."
    )
    assert _toll(text) == (1, None)


def test_another_one_wounded_still_counts():
    text = (
        "Un homme de 30 ans est mort samedi à Lyon après avoir été touché par balle par un vigile. "
        "Son ami a été blessé à la jambe."
    )
    assert _toll(text) == (1, 1)


def test_a_pronoun_after_the_killer_s_deed_or_a_wound_that_killed_another_still_counts():
    text = "Samedi à Lyon, un vigile a tué un client d'une balle. Il a été blessé par les policiers venus l'arrêter."
    assert _toll(text) == (1, 1)
    text = (
        "Un homme de 30 ans a été tué samedi à Lyon par un vigile. "
        "Il avait été blessé par le tir qui a tué son frère quelques minutes plus tôt."
    )
    assert _toll(text)[1] == 1


def test_one_mortally_wounded_is_one_dead_not_wounded():
    assert _toll("Un homme de 30 ans a été mortellement blessé samedi à Lyon par un vigile.") == (1, None)
