"""The wounded told by grade (`deux blessés graves et cinq blessés légers`), read only where both grades' words are:
the same figures as the reading that ran GRADED_INJURED on every clause (kept here)."""

from __future__ import annotations

import pytest

from index.events import lexicon as lx
from index.events.facts import _graded_injured
from index.events.lexicon import parse_number


def _old_graded_injured(clause: str) -> int | None:
    if lx.INCLUDING.search(clause):
        return None
    grades = list(lx.GRADED_INJURED.finditer(clause))
    if not (any(m.group("severe") for m in grades) and any(m.group("light") for m in grades)):
        return None
    return sum(parse_number(m.group("n")) or 0 for m in grades)


CLAUSES = [
    "L'attaque a fait deux blessés graves et cinq blessés légers, selon les secours.",
    "Trois personnes ont été grièvement blessées et quatre légèrement touchées.",
    "Deux BLESSÉS GRAVES et six BLESSÉS LÉGERS ont été transportés à l'hôpital.",
    "sept blessés dont deux grièvement et cinq légèrement",
    "Two people were seriously injured and three slightly hurt in the blast.",
    "4 were critically wounded and 9 lightly injured; 12 others were badly hurt.",
    "Une dizaine de personnes ont été légèrement blessées.",
    "Une personne a été gravement blessée par balle.",
    "Cinq blessés graves, dont un policier, et une vingtaine de blessés légères.",
    "au moins 3 blessés sérieusement, plus de 10 blessées légères",
    "Le bilan est grave : trois morts.",
    "Des dégâts légers ont été constatés, mais rien de grave.",
    # letters IGNORECASE matches across case that str.lower does not map: the long s, the Kelvin sign
    "Deux blessés ſérieusement et trois blessés légers, KO \u212aO.",
    "Trois personnes ont été tuées lundi à Kaboul.",
    "",
]
LONG = [
    " ".join(CLAUSES[:5]),
    " ".join(CLAUSES[5:10]),
    " ".join(CLAUSES[10:]),
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_graded_wounded_are_read_as_before(clause: str) -> None:
    assert _graded_injured(clause) == _old_graded_injured(clause)


def test_graded_wounded_are_read_as_before_from_every_start() -> None:
    for text in LONG:
        for start in range(len(text) + 1):
            assert _graded_injured(text[start:]) == _old_graded_injured(text[start:]), text[start:]


def test_the_constructed_clauses_hold_graded_tolls() -> None:
    assert sum(_old_graded_injured(c) is not None for c in CLAUSES) >= 5
