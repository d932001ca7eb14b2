"""Attacks an article about something else recalls in passing: by a list of places, by a victim killed years ago."""

from __future__ import annotations

import datetime as dt

from index.events import extract_events
from index.ingest import segment
from index.models import Article, AttackEvent

PUBLISHED = dt.date(2021, 4, 5)


def _events(text: str, title: str = "Dépêche") -> list[AttackEvent]:
    article = Article(id="t", title=title, text=text, published=PUBLISHED, lang="fr")
    return extract_events(article, segment(article))


def _places(text: str) -> list[str | None]:
    return [event.location for event in _events(text)]


def test_each_town_of_a_list_of_attacks_is_one_attack():
    text = "Le ministre a évoqué les attentats commis à Madrid, Londres et Bruxelles lors de son discours."
    assert _places(text) == ["Madrid", "Londres", "Bruxelles"]
    text = "Après les attentats de Lyon et de Saint-Étienne-du-Rouvray, le gouvernement a durci la loi."
    assert _places(text) == ["Lyon", "Saint-Étienne-du-Rouvray"]
    # a town after a bare comma only in a list that `et` closes; towns of one day are one coordinated attack
    assert _places("Après l'attentat de Nice, Valls a parlé de guerre.") == ["Nice"]
    text = "Depuis les attentats de Paris et de Saint-Denis du 13 novembre, la police a doublé ses effectifs."
    assert _places(text) == ["Paris"]
