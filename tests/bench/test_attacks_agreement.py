"""A second annotation of a split is scored against the first as the extractor is scored against the gold, and its
form is checked without reading the first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import attacks_agreement
from bench.attacks_agreement import agree, check, pair

ARTICLE = {
    "id": 7,
    "title": "Attaque meurtrière à Kaboul",
    "heading": "",
    "article": "Un kamikaze a tué douze personnes mardi à Kaboul, dans un quartier chiite. "
    "En 2016, une attaque avait déjà fait trois morts à Herat.",
    "date": "2020-05-14",
}


def event(role: str, evidence: str, **fields: object) -> dict:
    base = {"role": role, "kind": "incident", "date": None, "date_text": None, "location": None,
            "country": "Afghanistan", "type": "armed assault", "weapon": None, "killed": None, "injured": None,
            "claimed": None, "claimed_by": None, "evidence": [evidence]}  # fmt: skip
    return base | fields


MAIN = event("main", "Un kamikaze a tué douze personnes mardi à Kaboul", date="2020-05-12", date_text="mardi",
             location="Kaboul", type="suicide bombing", killed=12)  # fmt: skip
MENTION = event("mention", "une attaque avait déjà fait trois morts à Herat", date="2016", date_text="En 2016",
                location="Herat", killed=3)  # fmt: skip


def use(monkeypatch: pytest.MonkeyPatch, first: list[dict], second: list[dict]) -> None:
    monkeypatch.setattr(attacks_agreement, "load_split", lambda split: ([ARTICLE], {"7": first}))
    monkeypatch.setattr(attacks_agreement, "load_second", lambda split: {"7": second})


def test_two_identical_readings_agree_on_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, [MAIN, MENTION], [MAIN, MENTION])
    s = agree("dev").summary()
    assert (s["recall_main"], s["recall_mention"], s["precision"]) == (1.0, 1.0, 1.0)
    assert set(s["field_agree"].values()) == {1.0}


def test_a_mention_the_second_reader_missed_and_a_toll_read_otherwise_lower_the_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = event("mention", "dans un quartier chiite de la capitale", location="Kaboul")
    use(monkeypatch, [MAIN, MENTION], [MAIN | {"killed": 13}, extra])
    s = agree("dev").summary()
    assert (s["recall_main"], s["recall_mention"]) == (1.0, 0.0)
    assert s["precision"] == 0.5  # the extra event is one the first reader does not list
    assert s["field_agree"]["place"] == 1.0 and s["field_agree"]["toll"] == 0.0


def test_events_pair_by_fields_when_their_evidence_differs() -> None:
    other_words = MAIN | {"evidence": ["Attaque meurtrière à Kaboul"]}
    assert pair([other_words], [MENTION, MAIN]) == [(0, 1)]
    elsewhere = other_words | {"location": "Herat", "country": "Pakistan"}
    assert pair([elsewhere], [MAIN]) == []


def test_check_reports_evidence_not_in_the_article_and_a_missing_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(attacks_agreement, "AGREEMENT", tmp_path)
    monkeypatch.setattr(attacks_agreement, "load_articles", lambda split: [ARTICLE])
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({"id": "7", "events": [MAIN, MENTION]}) + "\n", encoding="utf-8")
    assert check("dev") == []
    reworded = MENTION | {"evidence": ["une attaque avait fait trois morts à Herat"]}
    path.write_text(json.dumps({"id": "7", "events": [MAIN, reworded]}) + "\n", encoding="utf-8")
    assert any("evidence not in the article" in p for p in check("dev"))
    path.write_text("", encoding="utf-8")
    assert any("none for ['7']" in p for p in check("dev"))
    path.unlink()
    assert check("dev") == ["dev: dev has no second annotation: " + str(path) + " does not exist"]


@pytest.mark.parametrize("split", attacks_agreement.annotated_twice())
def test_every_second_annotation_in_the_repository_is_well_formed(split: str) -> None:
    assert check(split) == []
