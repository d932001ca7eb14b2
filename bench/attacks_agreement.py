"""How far two careful readers agree on the judged /attacks set: a second annotation of a split, written blind to the
first, scored against it.

    .venv/bin/python bench/attacks_agreement.py [--split SPLIT] [--json] [--verbose]
    .venv/bin/python bench/attacks_agreement.py --check SPLIT

The first annotation is the split's gold (bench/attacks_gold/SPLIT/gold.jsonl), the second is
bench/attacks_gold/agreement/SPLIT.jsonl, written in the same format by another reader who followed the same rules and
saw neither the first annotation nor the extractor's output. SPLIT is one split or several joined by `+`; the default
is every split that has a second annotation.

The two readings are paired event by event as bench/attacks_score.py pairs the extractor's events with the gold:
by shared evidence (a string of one contained in a string of the other, or a long shared stretch), failing that by
date, place and type agreeing; best pairs first. Reported: how many of the first reader's main and mention events
the second reader lists (the second reader's recall, as the extractor's recall is read), how many of the second
reader's events the first lists (the second reader's precision), the role (main or mention) agreeing on paired
events, and each field agreeing on them (the same verdicts as the extractor's fields get). It is the ceiling the
extractor's scores can be read against: an extractor that agreed with the gold as well as a second careful reader
does would score these figures.

`--check SPLIT` checks only the second annotation's form (one line per article, fields, date words and evidence
verbatim) and prints `ok` or the problems, never the first annotation: the second reader runs it before landing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.attacks_score import (  # noqa: E402 (after the sys.path line: the script runs from a checkout)
    FIELDS,
    GOLD,
    _country_key,
    _date_compatible,
    _norm,
    _shares,
    annotation_problems,
    date_right,
    load_articles,
    load_split,
    location_right,
    one_to_one,
    split_names,
)

AGREEMENT = GOLD / "agreement"


def second_path(split: str) -> Path:
    return AGREEMENT / f"{split}.jsonl"


def annotated_twice() -> list[str]:
    """The splits that have a second annotation, in file-name order."""
    return sorted(path.stem for path in AGREEMENT.glob("*.jsonl"))


def load_second(split: str) -> dict[str, list[dict]]:
    path = second_path(split)
    if not path.exists():
        raise FileNotFoundError(f"{split} has no second annotation: {path} does not exist")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(row["id"]): row["events"] for row in rows}


def field_agreement(second: dict, first: dict) -> dict[str, bool]:
    """The extractor's field verdicts (bench/attacks_score.py), read between two annotations of one event."""
    killed = second.get("killed") == first.get("killed")
    injured = second.get("injured") == first.get("injured")
    return {
        "date": date_right(second.get("date"), first.get("date")),
        "place": location_right(second.get("location"), first.get("location")),
        "country": _country_key(second.get("country")) == _country_key(first.get("country")),
        "type": second["type"] == first["type"],
        "killed": killed,
        "injured": injured,
        "toll": killed and injured,
        "claimed": second.get("claimed") == first.get("claimed"),
    }


def _pair_score(second: dict, first: dict) -> tuple[int, int] | None:
    """(shared evidence strings, agreeing fields), or None when the two cannot be one event."""
    texts = [_norm(e) for e in second["evidence"]]
    shared = sum(any(_shares(t, _norm(e)) for t in texts) for e in first["evidence"])
    verdicts = field_agreement(second, first)
    agreeing = sum(verdicts[name] for name in ("date", "place", "country", "type", "killed", "injured"))
    if shared:
        return shared, agreeing
    place = (second.get("location") and first.get("location") and verdicts["place"]) or (
        _country_key(second.get("country")) is not None and verdicts["country"]
    )
    compatible = _date_compatible(second.get("date"), first.get("date")) and place and verdicts["type"]
    return (0, agreeing) if compatible else None


def pair(second: list[dict], first: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (second index, first index) pairs, best first (the extractor's matching, bench/attacks_score.py)."""
    scored = [
        (score, i, j)
        for i, a in enumerate(second)
        for j, b in enumerate(first)
        if (score := _pair_score(a, b)) is not None
    ]
    return one_to_one(scored)


@dataclass
class Agreement:
    articles: int = 0
    first: Counter = field(default_factory=Counter)  # the first reader's events by role
    listed: Counter = field(default_factory=Counter)  # of those, the ones the second reader lists too
    second: Counter = field(default_factory=Counter)  # the second reader's events by role
    confirmed: Counter = field(default_factory=Counter)  # of those, the ones the first reader lists too
    same_role: int = 0
    fields: Counter = field(default_factory=Counter)
    disagreements: list[dict] = field(default_factory=list)

    @property
    def paired(self) -> int:
        return sum(self.listed.values())

    def summary(self) -> dict:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "articles": self.articles,
            "first_events": dict(self.first),
            "second_events": dict(self.second),
            "recall_main": ratio(self.listed["main"], self.first["main"]),
            "recall_mention": ratio(self.listed["mention"], self.first["mention"]),
            "precision": ratio(sum(self.confirmed.values()), sum(self.second.values())),
            "precision_main": ratio(self.confirmed["main"], self.second["main"]),
            "precision_mention": ratio(self.confirmed["mention"], self.second["mention"]),
            "paired": self.paired,
            "same_role": self.same_role,
            "field_agree": {name: ratio(self.fields[name], self.paired) for name in FIELDS},
            "field_agree_counts": {name: f"{self.fields[name]}/{self.paired}" for name in FIELDS},
        }


def agree(spec: str) -> Agreement:
    """The second annotation of one split (or several joined by `+`) scored against the first."""
    result = Agreement()
    for split in split_names(spec):
        records, first_by_id = load_split(split)
        second_by_id = load_second(split)
        for record in records:
            key = str(record["id"])
            first, second = first_by_id.get(key, []), second_by_id.get(key, [])
            pairs = pair(second, first)
            result.articles += 1
            result.first.update(event["role"] for event in first)
            result.second.update(event["role"] for event in second)
            for i, j in pairs:
                result.listed[first[j]["role"]] += 1
                result.confirmed[second[i]["role"]] += 1
                result.same_role += second[i]["role"] == first[j]["role"]
                result.fields.update(name for name, same in field_agreement(second[i], first[j]).items() if same)
            paired_first, paired_second = {j for _, j in pairs}, {i for i, _ in pairs}
            rows = [{"only": "first", **e} for j, e in enumerate(first) if j not in paired_first]
            rows += [{"only": "second", **e} for i, e in enumerate(second) if i not in paired_second]
            rows += [
                {"both": True, "differ": [n for n, same in field_agreement(second[i], first[j]).items() if not same],
                 "first": first[j], "second": second[i]}
                for i, j in pairs
            ]  # fmt: skip
            if any(not row.get("both") or row["differ"] for row in rows):
                result.disagreements.append({"split": split, "article": key, "title": record["title"], "rows": rows})
    return result


def check(split: str) -> list[str]:
    """What is wrong with the form of a split's second annotation (nothing of the first is read)."""
    records = load_articles(split)
    try:
        second = load_second(split)
    except (FileNotFoundError, json.JSONDecodeError, KeyError, TypeError) as error:
        return [f"{split}: {error}"]
    return annotation_problems(split, records, second)


def _print_summary(spec: str, s: dict) -> None:
    a, b = s["first_events"], s["second_events"]
    print(f"== {spec}: {s['articles']} articles; first reading {a.get('main', 0)} main, {a.get('mention', 0)} mentions;"
          f" second reading {b.get('main', 0)} main, {b.get('mention', 0)} mentions")  # fmt: skip
    print(f"second reader's recall of the first: main {s['recall_main']}, mentions {s['recall_mention']}")
    print(f"second reader's precision (events the first lists too): {s['precision']} (main {s['precision_main']}, "
          f"mentions {s['precision_mention']})")  # fmt: skip
    print(
        f"on {s['paired']} paired events: same role {s['same_role']}; fields agreeing: "
        + ", ".join(f"{name} {s['field_agree'][name]} ({s['field_agree_counts'][name]})" for name in FIELDS)
    )


def _event_line(event: dict) -> str:
    return (f"{event['role']} {event['date']} {event['location']} / {event['country']} {event['type']} "
            f"killed={event['killed']} injured={event['injured']} | {event['evidence'][0][:100]}")  # fmt: skip


def _print_details(result: Agreement) -> None:
    for article in result.disagreements:
        print(f"\n## {article['split']} {article['article']} {article['title']}")
        for row in article["rows"]:
            if row.get("both"):
                if row["differ"]:
                    print(f"  both, differ on {', '.join(row['differ'])}")
                    print(f"     first:  {_event_line(row['first'])}")
                    print(f"     second: {_event_line(row['second'])}")
            else:
                print(f"  only {row['only']:6}  {_event_line(row)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", help="split(s) joined by '+'; default: every split annotated twice")
    parser.add_argument("--check", metavar="SPLIT", help="check the form of SPLIT's second annotation only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--verbose", action="store_true", help="every event the two readings disagree on")
    args = parser.parse_args()
    if args.check:
        try:
            split_names(args.check)
        except ValueError as error:
            parser.error(str(error))
        problems = check(args.check)
        print("\n".join(problems) if problems else "ok")
        raise SystemExit(1 if problems else 0)
    spec = args.split or "+".join(annotated_twice())
    if not spec:
        parser.error(f"no split has a second annotation yet ({AGREEMENT})")
    try:
        result = agree(spec)
    except (ValueError, FileNotFoundError) as error:
        parser.error(str(error))
    summary = result.summary()
    if args.json:
        out = {"split": spec, **summary} | ({"disagreements": result.disagreements} if args.verbose else {})
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    _print_summary(spec, summary)
    if args.verbose:
        _print_details(result)


if __name__ == "__main__":
    main()
