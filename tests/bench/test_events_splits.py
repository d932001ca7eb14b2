"""The judged sample of one article's events (bench/events_splits.py, bench/attacks_gold/splits/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.attacks_score import HELDOUT_SPLITS
from bench.events_precision import GOLD
from bench.events_splits import draw, draw_uniform, judged_rows_articles, score
from index.models import AttackEvent, EventSource

JUDGMENTS = sorted((GOLD / "splits").glob("*.jsonl"))


def row(verdict: str, several: bool = True, article: str = "orangesum:1") -> dict:
    return {"article_id": article, "several": several, "event": {}, "verdict": verdict, "reason": "why"}


def write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "judged.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_repeats_and_false_events_count_against_precision_each_part_apart(tmp_path: Path) -> None:
    rows = [row("real"), row("repeat"), row("false", article="orangesum:2"), row("real", several=False)]
    result = score(write(tmp_path, rows))
    several = result["articles with several events"]
    assert (several["articles"], several["events"], several["real"], several["repeat"], several["false"]) == (
        2, 3, 1, 1, 1,
    )  # fmt: skip
    assert result["single events"]["precision"] == 1.0


def found_events() -> dict[str, list[AttackEvent]]:
    """Thirty articles with one, two or three events each, as a draw receives them."""

    def events(article: str, n: int) -> list[AttackEvent]:
        source = EventSource(article_id=article, title="t", quote="q")
        return [AttackEvent(id=f"{article}-{i}", sources=[source]) for i in range(n)]

    return {f"a{i:02}": events(f"a{i:02}", 1 + i % 3) for i in range(30)}


def test_an_unjudged_row_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="needs a verdict"):
        score(write(tmp_path, [row("real"), {**row("real"), "verdict": None}]))


def test_the_draw_is_fixed_by_the_seed_and_keeps_articles_whole() -> None:
    found = found_events()
    several, single = draw(found, 5, 7)
    assert (several, single) == draw(found, 5, 7) and several != draw(found, 5, 8)[0]
    assert all(len(found[a]) > 1 for a in several) and all(len(found[e.sources[0].article_id]) == 1 for e in single)


def test_a_uniform_draw_takes_events_of_any_article_once_each_and_is_scored_as_a_whole(tmp_path: Path) -> None:
    found = found_events()
    picked = draw_uniform(found, 40, 7)
    assert [e.id for e in picked] == [e.id for e in draw_uniform(found, 40, 7)] and len({e.id for e in picked}) == 40
    assert {len(found[e.sources[0].article_id]) for e in picked} == {1, 2, 3}
    rows = [{**row(v, several=s), "uniform": True} for v, s in (("real", True), ("repeat", True), ("real", False))]
    assert score(write(tmp_path, rows))["all events (uniform draw)"]["precision"] == round(2 / 3, 3)
    assert "all events (uniform draw)" not in score(write(tmp_path, [row("real")]))


def heldout_ids() -> set[str]:
    ids: set[str] = set()
    for split in HELDOUT_SPLITS:
        with (GOLD / split / "articles.jsonl").open(encoding="utf-8") as handle:
            ids.update(f"orangesum:{json.loads(line)['id']}" for line in handle if line.strip())
    return ids


@pytest.mark.parametrize("path", JUDGMENTS, ids=[p.name for p in JUDGMENTS])
def test_kept_judgments_are_complete_and_never_read_a_heldout_article(path: Path) -> None:
    """A held-out article's events are never read. Dev splits drawn after a judgment (dev7, dev8) may share a few
    articles with it: the README of bench/attacks_gold/ lists them."""
    assert not judged_rows_articles([path]) & heldout_ids()
    score(path)
