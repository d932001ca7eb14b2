"""A man held down by a knee on his neck, told with his death (`X meurt ... quand un policier presse son genou sur son
cou`): the police killing is an event, one killed, by asphyxia; the knee told of the killer without the death (`celui
qui a maintenu son genou sur son cou a été arrêté`), or in a sport, is none."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_death_under_a_knee_on_the_neck_is_a_police_killing() -> None:
    text = (
        "Samedi à Tulle, un passant a vu un policier appuyer pendant de longues minutes son genou sur le cou d'un "
        "homme, qui est mort peu après."
    )
    (event,) = _events(text)
    assert _row(event) == ("2021-04-03", "Tulle", "asphyxie", 1, None)
    text = "Un jeune homme noir meurt après une longue agonie à Tulle quand un policier presse son genou sur son cou."
    assert [(e.location, e.killed) for e in _events(text)] == [("Tulle", 1)]


def test_a_knee_on_the_neck_held_until_the_death_an_infinitive_tells_is_a_police_killing() -> None:
    text = "Lundi à Tulle, un policier a appuyé son genou sur le cou de Paul Durand jusqu'à l'étouffer et le tuer."
    (event,) = _events(text)
    assert _row(event) == ("2021-04-05", "Tulle", "asphyxie", 1, None)
    text = (
        "Rien n'a empêché un gendarme de l'étouffer, en s'agenouillant sur son cou samedi à Tulle pendant neuf minutes."
    )
    assert [(e.location, e.killed) for e in _events(text)] == [("Tulle", 1)]
    # the death not told: a hold, no killing
    text = "Lundi à Tulle, un policier a appuyé son genou sur le cou de Paul Durand pour le maîtriser, sans le blesser."
    assert _events(text) == []


def test_a_knee_on_the_neck_without_a_death_told_is_no_event() -> None:
    texts = (
        "Le policier, celui qui a maintenu son genou sur son cou, a été arrêté vendredi à Tulle.",
        "Samedi à Tulle, le judoka a posé son genou sur le cou de son adversaire pour gagner.",
    )
    assert [_events(text) for text in texts] == [[], []]


def test_a_knee_on_the_neck_measuring_a_tribute_is_no_new_event() -> None:
    text = (
        "A Tulle, des milliers de jeunes se sont agenouillés samedi pendant neuf minutes, le temps pendant lequel un "
        "policier a appuyé son genou sur le cou d'un homme noir jusqu'à sa mort."
    )
    assert _events(text) == []
