"""A toll told after the way the blow was dealt: `avait tué par balles quatre personnes`, `a blessé à l'arme blanche
trois surveillants`. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from index.events import extract_events
from index.ingest import segment
from index.models import Article

PUBLISHED = dt.date(2021, 4, 7)


def _toll(text: str) -> tuple[int | None, int | None]:
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang="fr")
    events = extract_events(article, segment(article))
    assert events, text
    return events[0].killed, events[0].injured


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un islamiste avait tué par balles trois passants lundi à Lyon.", (3, None)),
        ("Un homme a tué à coups de couteau deux voisins lundi à Rennes.", (2, None)),
        ("Deux frères sont soupçonnés d'avoir tué par balle un adolescent lundi à Nîmes.", (1, None)),
        ("Un détenu a blessé à l'arme blanche deux surveillants lundi à la prison de Metz.", (None, 2)),
    ],
)
def test_the_people_counted_after_how_the_blow_was_dealt_are_the_toll(text, toll):
    assert _toll(text) == toll


def test_a_time_after_the_manner_is_no_toll():
    assert _toll("Un homme a été blessé par balle deux jours plus tôt à Lyon lors d'une fusillade.") == (None, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Un vigile, accusé à tort d'avoir tué par balle deux clients en mars à Tulle, a été acquitté.",
        "Le syndicat a accusé la direction d'avoir blessé à coups de pied trois grévistes en mai à Brive.",
    ],
)
def test_a_toll_told_by_a_charge_denied_or_an_accusation_is_no_attack(text):
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang="fr")
    assert extract_events(article, segment(article)) == []
