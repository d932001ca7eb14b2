"""A killing told by its participle and the person who did it, a few words between (`Deux manifestants ont été tués par
un militant`, `X, assassiné par son voisin`, `X est assassinée par un ancien collègue`), is a killing that happened,
dated or not; not a tally of many killed by many (`146 femmes ont été tuées par leur conjoint`), a rate, a story, a
charge, nor a victim named only by a pronoun."""

from __future__ import annotations

import pytest

from tests.index.events.helpers import events


def _killings(text: str) -> list[tuple]:
    return [(e.kind, e.location, e.killed) for e in events(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "La tension reste vive. Deux manifestants ont été tués par un militant d'extrême droite la semaine "
            "dernière à Grenoble.",
            [("incident", "Grenoble", 2)],
        ),
        ("Le maire a rendu hommage à Paul Girard, assassiné chez lui par son voisin.", [("incident", None, 1)]),
        (
            "Le livre revient sur sa mort. La romancière Anne Roux est assassinée par un ancien collègue.",
            [("incident", None, 1)],
        ),
        (
            "Le débat suit la mort de trois gardiens de prison, tués par un détenu au cours d'une émeute à Valence.",
            [("incident", "Valence", 3)],
        ),
    ],
)
def test_a_killing_told_with_the_person_who_did_it_is_listed(text, want):
    assert _killings(text) == want


# A story, a rate, a victim named by a pronoun only, a charge: none tells a killing by a person.
_NO_KILLING = (
    "Le roman suit Paul, un instituteur tué par son frère.",
    "Les militantes le rappellent : une femme meurt tous les trois jours, assassinée par son compagnon.",
    'Elle était partie au Mali, où elle a été "assassinée par des terroristes".',
    "Son avocat l'a accusé d'avoir caché que Julie avait été tuée par un voisin.",
)


def test_a_story_a_rate_a_pronoun_or_a_charge_is_no_killing():
    assert {text: _killings(text) for text in _NO_KILLING} == {text: [] for text in _NO_KILLING}


def test_many_killed_by_their_partners_in_a_year_stay_no_incident():
    told = events("En 2019, 146 femmes ont été tuées par leur conjoint ou leur ex-compagnon.")
    assert [e.kind for e in told if e.kind == "incident"] == []


def test_a_killing_escaped_or_feared_is_no_killing():
    """`a failli être tuée par`, `a pu être tué par`: the victim lives, no one was killed."""
    assert events("Une femme de 35 ans a failli être tuée par son ex-mari samedi à Tulle.") == []
