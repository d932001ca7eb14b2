"""What a user sees agrees: status counts what /attacks lists; an attack told twice in one article is one event."""

from __future__ import annotations

import datetime as dt
import json
import shutil

from bot.cli import main
from index.events import extract_events
from index.events.filters import select
from index.ingest import segment
from index.models import Article
from tests.conftest import FIXTURES


def _run(capsys, *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_eventbot_status_counts_what_eventbot_attacks_lists(capsys, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("kabul-bombing-afp", "kabul-bombing-wire", "mali-ied-convoy"):
        shutil.copy(FIXTURES / "events" / f"{name}.md", src)
    where = ("--index-dir", str(tmp_path / "idx"))
    _run(capsys, "index", "--sources", str(src), *where, "--json")
    status = _run(capsys, "status", *where, "--json")
    listed = _run(capsys, "attacks", *where, "--json")["events"]
    assert status["events"] == len(listed) == 2  # the Kabul bombing, reported by two articles, is one event


def test_one_attack_told_twice_in_an_article_is_one_event_with_both_tolls():
    text = (
        "Un attentat-suicide a fait au moins 14 morts samedi devant un centre éducatif de Tulle, selon la police. "
        "Le ministre a dénoncé un acte lâche. "
        "Selon un nouveau bilan de l'hôpital, l'attentat de samedi à Tulle a fait 19 morts."
    )
    article = Article(id=("t"), title="Dépêche", text=text, published=dt.date(2021, 4, 5), lang="fr")
    events = extract_events(article, segment(article))
    (event,) = select(events)
    assert event.killed == 19
    assert sorted(c.count for c in event.killed_reports) == [14, 19]  # both figures, side by side with their source


def test_a_later_toll_of_the_blast_joins_the_car_bomb():
    text = (
        "Une voiture piégée a explosé lundi à Tulle, tuant cinq personnes. Le ministre a réagi. "
        "Le bilan de l'explosion de Tulle est passé à sept morts mardi."
    )
    article = Article(id=("t"), title="Dépêche", text=text, published=dt.date(2021, 4, 7), lang="fr")
    (event,) = select(extract_events(article, segment(article)))
    assert (event.weapon, event.killed, sorted(c.count for c in event.killed_reports)) == ("voiture piégée", 7, [5, 7])
