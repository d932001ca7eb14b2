"""Patterns searched alternative by alternative (gates.Branched) find what the plain alternation finds.

The patterns' text is the one the lexicon gated as a whole before (`rx(...)`), so the old search is the pattern
compiled plainly: every match, from every start position, is compared with its span and groups."""

from __future__ import annotations

import re

import pytest

from index.events import lexicon as lx
from index.events.gates import Branched, top_branches

BRANCHED = {
    "CASUALTY_WORDS": lx.CASUALTY_WORDS,
    "REALIZED": lx.REALIZED,
    "BLOCKED": lx.BLOCKED,
    "METAPHOR": lx.METAPHOR,
}

SENTENCES = [
    "Une attaque à la roquette a tué trois soldats lundi à Kaboul, a annoncé la police.",
    "L'ATTENTAT REVENDIQUÉ PAR L'EI A FAIT 22 MORTS ET 59 BLESSÉS À MANCHESTER.",
    "Le patient est mort d'une crise cardiaque ; l'attaque informatique visait la bourse.",
    "Le peuple syrien a été trahi, a-t-il dit, et le pays entier a été poignardé dans le dos par ses alliés.",
    "Le projet a été tué dans l'oeuf, puis l'élu a été assassiné politiquement.",
    "Il s'est dit poignardé par ses amis, « un coup de poignard » selon lui.",
    "Un ours et un loup ont attaqué le troupeau ; le chien a été abattu par les gendarmes.",
    "Un attentat a-t-il été commis samedi ? Ont-ils été tués ?",
    "Les rebelles vont attaquer la ville si les troupes ne partent pas, menace le groupe.",
    "L'attaque perpétrée le 3 mars à Kaboul a coûté la vie à dix civils, dont trois enfants blessés.",
    "Des tirs ont tué 3 personnes et blessé 12 autres, qui ont péri plus tard.",
    "Three people were killed and 12 wounded when a car bomb exploded near a market; the toll could rise.",
    "The group said it carried out the attack, which the army had foiled before: the trial opened on Monday.",
    "Les frappes se sont produites dans la nuit, l'armée s'en est prise à des passants, fauchant deux.",
    "Deux roquettes, tirées depuis Gaza, ont frappé Ashkelon sans faire de blessés.",
    # letters IGNORECASE matches across case that str.lower does not map: the dotless i, the long s, a dotted I
    "Une ATTAQUE revendiquée par l'ıSıS a tué ſix perſonnes à İSTANBUL, le chıen est mort.",
    "Le Premier ministre a inauguré un pont dans la ville de Lyon.",
    "",
]
LONG = [
    " ".join(SENTENCES[:6]),
    " ".join(SENTENCES[6:12]),
    " ".join(SENTENCES[12:]),
]


def _found(m: re.Match[str] | None) -> tuple | None:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@pytest.mark.parametrize("name", sorted(BRANCHED))
def test_a_branched_pattern_finds_what_its_alternation_finds(name: str) -> None:
    branched = BRANCHED[name]
    assert isinstance(branched, Branched)
    old = re.compile(branched.pattern, re.IGNORECASE)
    for text in SENTENCES + LONG:
        assert _found(branched.search(text)) == _found(old.search(text)), (name, text)
        assert [_found(m) for m in branched.finditer(text)] == [_found(m) for m in old.finditer(text)], (name, text)


@pytest.mark.parametrize("name", sorted(BRANCHED))
def test_a_branched_pattern_finds_the_same_from_every_start(name: str) -> None:
    branched = BRANCHED[name]
    old = re.compile(branched.pattern, re.IGNORECASE)
    for text in LONG:
        for pos in range(len(text) + 1):
            assert _found(branched.search(text, pos)) == _found(old.search(text, pos)), (name, pos)
            assert [m.span() for m in branched.finditer(text, pos)] == [m.span() for m in old.finditer(text, pos)]
        for end in range(0, len(text) + 1, 7):
            assert _found(branched.search(text, 3, end)) == _found(old.search(text, 3, end)), (name, end)


@pytest.mark.parametrize("name", sorted(BRANCHED))
def test_the_branches_are_the_top_level_alternatives(name: str) -> None:
    pattern = BRANCHED[name].pattern
    branches = top_branches(pattern)
    assert "|".join(branches) == pattern
    assert len(branches) > 1
    for branch in branches:  # a bar inside a group or a set split off would leave a branch that does not compile
        re.compile(branch, re.IGNORECASE)


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("a|b", ["a", "b"]),
        ("abc", ["abc"]),
        ("a(?:b|c)|d", ["a(?:b|c)", "d"]),
        (r"[|(]x|y\|z|[]|]w", ["[|(]x", r"y\|z", "[]|]w"]),
        (r"[^]|]q|\(r|s\)", ["[^]|]q", r"\(r", r"s\)"]),
        (r"[\]|]t|u", [r"[\]|]t", "u"]),
    ],
)
def test_top_branches_split_only_at_top_level_bars(pattern: str, branches: list[str]) -> None:
    assert top_branches(pattern) == branches
