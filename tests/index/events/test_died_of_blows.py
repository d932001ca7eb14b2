"""A person said to have died after blows (`est décédé dimanche après avoir été roué de coups`) was killed: the
article reports that assault with its one death, placed and dated as the sentence tells it."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_death_after_a_beating_is_a_killing_with_its_day_and_town():
    text = "Un retraité de 70 ans est décédé dimanche après avoir été roué de coups par deux individus à Vierzon."
    assert [_row(event) for event in _events(text)] == [("2021-04-04", "Vierzon", None, 1, None)]
    text = "Le 12 mars, un commerçant est mort après avoir été violemment roué de coups par un client à Vierzon."
    assert [_row(event) for event in _events(text)] == [("2021-03-12", "Vierzon", None, 1, None)]


def test_the_noun_death_is_no_death_after_blows():
    text = "Un retraité de 70 ans est entre la vie et la mort après avoir été roué de coups dimanche à Vierzon."
    assert all(event.killed is None for event in _events(text))
