"""Two days joined by `et` in a sentence that counts two: one attack each day."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _days(text: str) -> list[tuple]:
    return sorted((event.date, event.location, event.killed) for event in _events(text))


def test_two_killed_on_two_days_are_two_attacks():
    text = "Un policier et un passant ont été tués samedi et dimanche à Naplouse, selon les autorités locales."
    assert _days(text) == [("2021-04-03", "Naplouse", 1), ("2021-04-04", "Naplouse", 1)]


def test_two_rockets_on_two_days_are_two_attacks():
    text = "Jeudi et samedi, deux roquettes sont tombées sur la base aérienne de Kirkouk, sans faire de victimes."
    assert [date for date, _, _ in _days(text)] == ["2021-04-01", "2021-04-03"]


def test_a_toll_over_two_days_stays_one_attack():
    text = "Samedi et dimanche, au moins douze personnes ont été tuées dans des attaques à Kirkouk."
    assert len(_events(text)) == 1
