"""What the extraction tests share: an article of one text, published on a known Monday so that the weekdays its
sentences name resolve to known days (`samedi`: 2021-04-03), and the fields a test usually compares."""

from __future__ import annotations

import datetime as dt

from index.events import extract_events
from index.ingest import segment
from index.models import Article, AttackEvent, Lang

PUBLISHED = dt.date(2021, 4, 5)  # a Monday


def events(text: str, title: str = "Dépêche", lang: Lang = "fr") -> list[AttackEvent]:
    article = Article(id="t", title=title, text=text, published=PUBLISHED, lang=lang)
    return extract_events(article, segment(article))


def row(event: AttackEvent) -> tuple:
    return event.date, event.location, event.weapon, event.killed, event.injured
