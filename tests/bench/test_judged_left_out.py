"""The corpus diffs (bench/events_time.py --diffs, bench/events_merging.py) never show a judged split's article."""

from __future__ import annotations

import json
from pathlib import Path

from bench import events_merging, events_time
from bench.events_precision import judged_ids


def a_judged_id() -> str:
    return f"orangesum:{sorted(judged_ids())[0]}"


def test_the_extraction_diff_skips_a_judged_article_unless_asked() -> None:
    judged = a_judged_id()
    ids = ["orangesum:nobody-judged-this", judged, "orangesum:unchanged"]
    baseline = [[{"killed": 1}], [{"killed": 2}], [{"killed": 3}]]
    tree = [[{"killed": 5}], [{"killed": 7}], [{"killed": 3}]]
    assert events_time.differing(ids, baseline, tree, events_time.skipped_ids(include_judged=False)) == [0]
    assert events_time.differing(ids, baseline, tree, events_time.skipped_ids(include_judged=True)) == [0, 1]


def test_an_article_listed_in_a_skip_file_is_left_out_too(tmp_path: Path) -> None:
    listed = tmp_path / "blind.txt"
    listed.write_text("# a fresh precision sample, kept blind\norangesum:nobody-judged-this\n", encoding="utf-8")
    ids = ["orangesum:nobody-judged-this", "orangesum:another"]
    baseline, tree = [[{"killed": 1}], [{"killed": 2}]], [[{"killed": 5}], [{"killed": 7}]]
    assert events_time.differing(ids, baseline, tree, events_time.skipped_ids(False, [listed])) == [1]
    assert events_time.differing(ids, baseline, tree, events_time.skipped_ids(False)) == [0, 1]


def test_every_judged_split_is_left_out_by_default() -> None:
    skipped = events_time.skipped_ids(include_judged=False)
    assert len(skipped) == len(judged_ids()) > 0
    assert events_merging.skipped_ids(include_judged=False) == skipped


def test_the_merging_comparison_skips_groups_holding_a_judged_article(tmp_path: Path) -> None:
    judged = a_judged_id()
    groups = [
        {"members": ["orangesum:1/e1", "orangesum:2/e4"], "location": "Ville-A"},
        {"members": ["orangesum:3/e1", f"{judged}/e2"], "location": "Ville-B"},
    ]
    path = tmp_path / "groups.json"
    path.write_text(json.dumps(groups), encoding="utf-8")
    kept = events_merging.read_groups(path, events_merging.skipped_ids(include_judged=False))
    assert [g["location"] for g in kept.values()] == ["Ville-A"]
    assert len(events_merging.read_groups(path, set())) == 2
