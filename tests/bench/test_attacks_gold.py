"""The judged /attacks set (bench/attacks_gold/) is consistent, so that its scores mean what the README says."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from bench import attacks_score
from bench.attacks_sample import FRANCE_SPLITS, MONDE_SPLITS, ORANGESUM, articles_path, draws, load, load_france
from bench.attacks_sample import SPLITS as DRAWS
from bench.attacks_score import (
    HELDOUT_SPLITS,
    SPLITS,
    NotAnnotated,
    annotation_problems,
    load_articles,
    load_split,
    score_split,
    split_dir,
    split_names,
)


def test_every_drawn_split_is_scored() -> None:
    assert set(SPLITS) == set(DRAWS)


def annotated(split: str) -> tuple[list[dict], dict[str, list[dict]]]:
    """The split's articles and gold; a split drawn but not annotated yet (its annotator has not landed) is skipped."""
    if not (split_dir(split) / "gold.jsonl").exists():
        pytest.skip(f"{split} is drawn but not annotated yet")
    return load_split(split)


@pytest.mark.parametrize("split", SPLITS)
def test_split_holds_its_drawn_strata(split: str) -> None:
    records = load_articles(split)
    ids = [str(r["id"]) for r in records]
    assert len(ids) == len(set(ids))
    _, n_violence, n_other = DRAWS[split]
    assert Counter(r["stratum"] for r in records) == {"violence": n_violence, "other": n_other}


@pytest.mark.parametrize("split", SPLITS)
def test_split_is_annotated_article_by_article(split: str) -> None:
    records, gold = annotated(split)
    ids = [str(r["id"]) for r in records]
    assert len(ids) == len(set(ids))
    assert set(gold) == set(ids), "every drawn article has one gold line, and no gold line is for another article"
    _, n_violence, n_other = DRAWS[split]
    assert Counter(r["stratum"] for r in records) == {"violence": n_violence, "other": n_other}


@pytest.mark.parametrize("split", SPLITS)
def test_gold_fields_are_well_formed_and_evidence_is_verbatim(split: str) -> None:
    records, gold = annotated(split)
    assert annotation_problems(split, records, gold) == []


def test_the_readme_table_counts_each_annotated_splits_events() -> None:
    """The Splits table of bench/attacks_gold/README.md gives each annotated split's main and mention counts as its
    gold file holds them (a split whose gold has not landed yet is left out)."""
    readme = (attacks_score.GOLD / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("| ")]
    rows = {cells[0]: cells for cells in ([cell.strip() for cell in line.strip("|").split("|")] for line in lines)}
    for split in SPLITS:
        if not (split_dir(split) / "gold.jsonl").exists():
            continue
        cells = rows[split]
        events = [event for events in load_split(split)[1].values() for event in events]
        roles = Counter(event["role"] for event in events)
        assert cells[4:6] == [str(roles["main"]), str(roles["mention"])], f"{split}: table {cells[4:6]}, gold {roles}"


@pytest.mark.skipif(not ORANGESUM.exists(), reason="needs ../shared/corpora/orangesum_monde.jsonl.gz")
def test_each_split_holds_the_articles_its_seed_draws() -> None:
    drawn_by_split = draws(load())
    for split in MONDE_SPLITS:
        drawn = [(stratum, str(rec["id"])) for stratum, rec in drawn_by_split[split]]
        lines = articles_path(split).read_text(encoding="utf-8").splitlines()
        kept = [(row["stratum"], str(row["id"])) for row in map(json.loads, lines)]
        assert kept == drawn, f"{split} is not the draw its seed gives"


@pytest.mark.skipif(
    not (ORANGESUM.exists() and os.environ.get("ORANGESUM_REPO")),
    reason="needs ../shared/corpora/orangesum_monde.jsonl.gz and ORANGESUM_REPO, a git directory of Tixierae/OrangeSum",
)
def test_each_france_split_holds_the_articles_its_seed_draws() -> None:
    drawn_by_split = draws(load_france(Path(os.environ["ORANGESUM_REPO"])), order=FRANCE_SPLITS)
    for split in FRANCE_SPLITS:
        drawn = [(stratum, str(rec["id"])) for stratum, rec in drawn_by_split[split]]
        lines = articles_path(split).read_text(encoding="utf-8").splitlines()
        kept = [(row["stratum"], str(row["id"])) for row in map(json.loads, lines)]
        assert kept == drawn, f"{split} is not the draw its seed gives"


def test_france_splits_come_from_the_news_sections_and_not_from_the_shared_corpus() -> None:
    for split in FRANCE_SPLITS:
        for record in load_articles(split):
            assert record["url"].startswith(
                ("https://actu.orange.fr/france/", "https://actu.orange.fr/societe/fait-divers/")
            )
    if ORANGESUM.exists():
        shared = {str(rec["id"]) for rec in load()}
        assert not shared & {str(r["id"]) for split in FRANCE_SPLITS for r in load_articles(split)}


@pytest.mark.skipif(not ORANGESUM.exists(), reason="needs ../shared/corpora/orangesum_monde.jsonl.gz")
def test_no_france_held_out_article_repeats_a_shared_corpus_article() -> None:
    """OrangeSum files some dispatches under two sections: a held-out article whose title or body is a shared-corpus
    article's would have been tuned on (frdev1's 1501 repeats dev49's 7979; no held-out one does)."""

    def key(text: str) -> str:
        return " ".join(text.lower().split())[:200]

    shared = {key(rec[field]) for rec in load() for field in ("title", "article")}
    for split in FRANCE_SPLITS:
        if "heldout" in split:
            assert not [r["id"] for r in load_articles(split) if {key(r["title"]), key(r["article"])} & shared]


def test_no_article_is_in_two_splits() -> None:
    seen: dict[str, str] = {}
    for split in SPLITS:
        for record in load_articles(split):
            assert str(record["id"]) not in seen, f"{record['id']} in {seen.get(str(record['id']))} and {split}"
            seen[str(record["id"])] = split


def test_split_names_joins_splits_and_refuses_unknown_ones() -> None:
    assert split_names("dev") == ["dev"]
    assert split_names("heldout+heldout2+heldout3") == ["heldout", "heldout2", "heldout3"]
    assert split_names("dev+dev2+dev3") == ["dev", "dev2", "dev3"]
    assert set(HELDOUT_SPLITS) < set(SPLITS)
    assert {"heldout3", "dev3", "dev4", "heldout4"} <= set(SPLITS)
    assert {"heldout4"} < set(HELDOUT_SPLITS)
    for bad in ("dev59", "heldout5", "dev+dev", "dev+", ""):
        with pytest.raises(ValueError):
            split_names(bad)


def test_joined_dev_splits_score_as_the_sum_of_their_parts() -> None:
    parts = [score_split(name).summary() for name in ("dev", "dev2", "dev3")]
    joined = score_split("dev+dev2+dev3").summary()
    assert joined["articles"] == sum(p["articles"] for p in parts)
    assert joined["extracted"] == sum(p["extracted"] for p in parts)
    for role in ("main", "mention"):
        assert joined["gold_events"][role] == sum(p["gold_events"][role] for p in parts)
        assert joined["found"][role] == sum(p["found"][role] for p in parts)
    json.dumps(joined)


def test_a_split_without_gold_is_refused_with_a_message(tmp_path, monkeypatch, capsys) -> None:
    drawn = tmp_path / "dev3"
    drawn.mkdir()
    (drawn / "articles.jsonl").write_text((split_dir("dev3") / "articles.jsonl").read_text(encoding="utf-8"))
    monkeypatch.setattr(attacks_score, "GOLD", tmp_path)
    with pytest.raises(NotAnnotated, match="dev3 is drawn but not annotated yet"):
        score_split("dev3")
    monkeypatch.setattr("sys.argv", ["attacks_score.py", "--split", "dev3", "--no-corpus"])
    with pytest.raises(SystemExit) as exit_:
        attacks_score.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith(
        "split dev3 is drawn but not annotated yet: " + str(drawn / "gold.jsonl") + " does not exist"
    )


def test_verbose_is_refused_on_every_held_out_split(monkeypatch, capsys) -> None:
    for split in ("heldout3", "heldout4", "dev3+heldout3", "dev4+heldout4", "heldout+heldout2+heldout3+heldout4"):
        monkeypatch.setattr("sys.argv", ["attacks_score.py", "--split", split, "--verbose", "--no-corpus"])
        with pytest.raises(SystemExit) as exit_:
            attacks_score.main()
        assert exit_.value.code == 2
        assert "held-out splits are scored in aggregate only" in capsys.readouterr().err
