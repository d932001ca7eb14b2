"""Victims told as one parent and the children named after it (`une mère et ses trois filles`) count the parent too."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_mother_and_her_three_daughters_are_four_hurt():
    (event,) = _events("Une mère et ses trois filles ont été poignardées samedi à Gap.")
    assert (event.date, event.location, event.injured) == ("2021-04-03", "Gap", 4)


def test_a_father_of_forty_and_his_two_sons_are_three_killed():
    (event,) = _events("Un père de 40 ans et ses deux fils ont été tués par balle samedi à Gap.")
    assert event.killed == 3
