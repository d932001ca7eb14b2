"""One person stabbed or beaten to death, told by a singular participle after the victim's definite noun or name: one
killed, though the sentence gives no figure."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _killed(text: str) -> int | None:
    (event,) = _events(text)
    return event.killed


def test_a_definite_victim_stabbed_to_death_is_one_killed():
    assert _killed("La mère du jeune homme poignardé à mort samedi à Tulle réclame justice.") == 1
    assert _killed("Le gardien poignardé à mort samedi à Tulle était père de deux enfants.") == 1


def test_a_named_victim_and_its_apposition():
    text = "Une marche pour Karim Benali, 19 ans, poignardé à mort samedi près de chez lui à Tulle, a eu lieu."
    assert _killed(text) == 1


def test_several_victims_are_not_one():
    assert _killed("Les deux gardiens poignardés à mort samedi à Tulle étaient pères de famille.") != 1


def test_a_couple_or_a_family_stabbed_to_death_is_not_one():
    assert _killed("Les obsèques du jeune couple poignardé à mort samedi à Tulle ont eu lieu mardi.") != 1
    assert _killed("A Tulle, la famille poignardée à mort samedi a été inhumée mardi.") != 1
