"""The judged precision sample of /attacks (bench/events_precision.py, bench/attacks_gold/precision/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.attacks_sample import SPLITS, articles_path
from bench.attacks_score import load_articles
from bench.events_precision import GOLD, draw, judged_ids, score, wilson
from index.models import AttackEvent

JUDGMENTS = sorted((GOLD / "precision").glob("*.jsonl"))
# The judged splits each precision sample was drawn outside of (bench/attacks_gold/README.md).
DRAWN_BEFORE = {
    "e5af36f": ("dev", "heldout", "dev2", "heldout2", "dev3", "heldout3"),
    "5cb8ad4": ("dev", "heldout", "dev2", "heldout2", "dev3", "heldout3", "dev4", "heldout4"),
    "e908b19": ("dev", "heldout", "dev2", "heldout2", "dev3", "heldout3", "dev4", "heldout4"),
    # drawn outside dev26 to dev31 too, which are being annotated blind: their articles are not read here
    "997ab49": (
        "dev",
        "heldout",
        "dev2",
        "heldout2",
        "dev3",
        "heldout3",
        "dev4",
        "heldout4",
        *(f"dev{i}" for i in range(5, 26)),
    ),
    # drawn outside every split; only the dev splits open to tuning are read here (held-out and dev32 on are blind)
    "764f65d": ("dev", "dev2", "dev3", "dev4", *(f"dev{i}" for i in range(5, 32))),
    # drawn outside every split; only the splits open to tuning are read here (dev38 on and held-out are blind)
    "6bb9d28": ("dev", "dev2", "dev3", "dev4", *(f"dev{i}" for i in range(5, 38))),
    # every event of the articles outside every split and outside the sample of seed 20261225; the open splits are read
    "a625d7e": ("dev", "dev2", "dev3", "dev4", *(f"dev{i}" for i in range(5, 59))),
}


def row(real: bool, place: bool | None = True, toll: bool | None = True) -> dict:
    return {"n": 1, "article_ids": ["orangesum:1"], "event": {}, "real": real, "place_right": place,
            "toll_right": toll, "reason": "why"}  # fmt: skip


def write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "judged.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_judged_ids_cover_every_split() -> None:
    ids = judged_ids()
    # Every split drawn so far (dev 64, heldout 48, then splits of 30), without overlap (bench/attacks_gold/README.md).
    drawn = [split for split in SPLITS if articles_path(split).exists()]
    assert {"dev", "heldout", "dev2", "heldout2", "dev3", "heldout3", "dev4"} <= set(drawn)
    assert len(ids) == sum(SPLITS[split][1] + SPLITS[split][2] for split in drawn)


def test_the_draw_is_fixed_by_the_seed() -> None:
    events = [AttackEvent(id=f"e{i:03}") for i in range(100)]
    first = [e.id for e in draw(events, 10, 7)]
    assert first == [e.id for e in draw(events, 10, 7)]
    assert first != [e.id for e in draw(events, 10, 8)]
    assert len(draw(events[:5], 10, 7)) == 5


def test_score_counts_place_and_toll_over_real_events_only(tmp_path: Path) -> None:
    rows = [row(True), row(True, place=False), row(True, toll=False), row(False, None, None)]
    result = score(write(tmp_path, rows))
    assert (result["events"], result["real"], result["precision"]) == (4, 3, 0.75)
    assert (result["place_right"], result["toll_right"]) == (2, 2)
    assert result["false"] == ["orangesum:1: why"]


def test_wilson_interval() -> None:
    # 59/60: the textbook Wilson bounds are 0.9114 and 0.9970.
    assert wilson(59, 60) == [0.911, 0.997]
    low, high = wilson(60, 60)
    assert high == 1.0 and 0.93 < low < 0.95


def test_an_unjudged_event_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not judged yet"):
        score(write(tmp_path, [row(True), {**row(True), "real": None}]))


@pytest.mark.parametrize("path", JUDGMENTS, ids=[p.name for p in JUDGMENTS])
def test_kept_judgments_are_complete_and_outside_the_judged_splits(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # The sample was drawn outside the splits judged then (dev to heldout3); a split drawn later at random (dev4)
    # may hold some of its articles.
    judged = {f"orangesum:{r['id']}" for split in DRAWN_BEFORE[path.stem] for r in load_articles(split)}
    assert [r["n"] for r in rows] == list(range(1, len(rows) + 1))
    for r in rows:
        assert not set(r["article_ids"]) & judged
        assert isinstance(r["real"], bool) and r["reason"]
        if r["real"]:
            assert isinstance(r["place_right"], bool) and isinstance(r["toll_right"], bool)
    score(path)
