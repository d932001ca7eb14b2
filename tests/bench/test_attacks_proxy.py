"""The title proxy (bench/attacks_proxy.py): which titles count, which half an article falls in, what passes."""

from __future__ import annotations

from bench.attacks_proxy import pool_half, proxy, title_kind
from index.models import AttackEvent


def event(killed: int | None) -> AttackEvent:
    return AttackEvent(id="e1", killed=killed)


def ids_in(half: str, count: int) -> list[str]:
    return [i for i in (str(n) for n in range(1000)) if pool_half(i) == half][:count]


def test_a_title_telling_a_killing_or_a_hurt_counts_and_others_do_not() -> None:
    assert title_kind("Lille : un homme tué de deux balles devant un bar") == "kill"
    assert title_kind("Meurtre d'un retraité à Vichy : son voisin écroué") == "kill"
    assert title_kind("Rennes : un chauffeur de bus agressé par deux passagers") == "hurt"
    assert title_kind("Grève à la SNCF : le trafic perturbé jeudi") is None


def test_each_article_keeps_its_half_and_both_halves_are_used() -> None:
    halves = [pool_half(str(n)) for n in range(200)]
    assert halves == [pool_half(str(n)) for n in range(200)]
    assert 60 < halves.count("dev") < 140


def test_a_killing_title_passes_only_with_an_event_that_counts_a_dead() -> None:
    dead, wounded, none = ids_in("dev", 3)
    records = [
        {"id": dead, "title": "Un homme tué par balle à Nîmes"},
        {"id": wounded, "title": "Une femme tuée à coups de couteau"},
        {"id": none, "title": "Un passant agressé à Metz"},
        {"id": ids_in("held", 1)[0], "title": "Un gendarme tué à Dijon"},
    ]
    events = {dead: [event(1)], wounded: [event(None)], none: []}
    result = proxy(records, "dev", extract=lambda record: events[record["id"]])
    assert (result["kill"]["titles"], result["kill"]["pass"], result["kill"]["failed"]) == (2, 1, [wounded])
    assert (result["hurt"]["titles"], result["hurt"]["pass"]) == (1, 0)
