"""Fighting, clashes and military operations told as having happened (issue 10, combat round)."""

from __future__ import annotations

import datetime as dt

from index.events import extract_events
from index.ingest import segment
from index.models import Article, AttackEvent

PUBLISHED = dt.date(2021, 4, 5)  # a Monday


def _events(text: str, title: str = "Dépêche") -> list[AttackEvent]:
    article = Article(id="t", title=title, text=text, published=PUBLISHED, lang="fr")
    return extract_events(article, segment(article))


def _row(event: AttackEvent) -> tuple:
    return event.date, event.location, event.weapon, event.killed, event.injured


def test_fighting_dated_to_the_day_with_a_small_toll_is_one_incident():
    (told,) = _events("De violents combats ont opposé mardi l'armée à des rebelles près de Tulle, faisant onze morts.")
    assert _row(told) == ("2021-03-30", "Tulle", None, 11, None)
    (killed,) = _events("Huit combattants, dont cinq soldats, ont été tués dimanche dans des combats près de Brive.")
    assert _row(killed) == ("2021-04-04", "Brive", None, 8, None)
    # the judged set's rule (dev4, dev6): fighting with its own day and toll is an incident, not a war as a whole
    (battle,) = _events("Des soldats ont tué trois rebelles lors des combats de samedi près de Tulle.")
    assert _row(battle) == ("2021-04-03", "Tulle", None, 3, None)
    (camps,) = _events("Samedi, au moins six personnes sont mortes dans les deux camps près de Tulle.")
    assert _row(camps) == ("2021-04-03", "Tulle", None, 6, None)


def test_fighting_over_a_period_or_in_a_war_told_as_a_whole_is_no_incident():
    assert _events("Des centaines de personnes ont été tuées dans les combats depuis avril 2019.") == []
    assert _events("En mars, les combats ont fait quarante morts dans la région de Tulle.") == []  # not one day
    assert _events("Les combats ont fait onze morts samedi, au quatrième mois de la guerre.") == []
    assert _events("Des combats ont fait plusieurs centaines de morts samedi près de Tulle.") == []  # no figure
    assert _events("Les combats de boxe ont fait deux blessés samedi à Tulle.") == []


def test_a_killing_told_beside_clashes_in_another_clause_stays_that_killing():
    text = (
        "A Tulle, des affrontements ont eu lieu samedi alors que des habitants demandaient justice pour Marie Dubois, "
        "une infirmière tuée par la police en mars."
    )
    (killing,) = _events(text)
    assert (killing.date, killing.killed) == ("2021-03", 1)
