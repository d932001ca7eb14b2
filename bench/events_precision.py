"""A judged precision sample of /attacks over the OrangeSum articles that no judged split holds.

    .venv/bin/python bench/events_precision.py [--seed 20261210] [--n 60] [--out bench/out/precision_sample.md]
    .venv/bin/python bench/events_precision.py --score bench/attacks_gold/precision/<commit>.jsonl

Draw: every OrangeSum article whose id is in no judged split (the `articles.jsonl` of bench/attacks_gold/ and of each
split folder; only their ids are read) is read as the index reads it, its events extracted, and all of them merged
across those articles as `/attacks` lists them (`merge_events`). The merged events, ordered by id, are drawn
`random.Random(seed).sample(events, n)`: the same checkout, seed and n give the same events. Writes a review sheet
(each event as listed, with its sources' full text) and, with `--template`, a JSONL skeleton of the judgments file.

Score: reads a judgments file (one object per event: `n`, `article_ids`, `event`, `real`, `place_right`, `toll_right`,
`reason`) and prints precision with a 95% Wilson interval, then place and toll accuracy over the real events (each with
its interval) and the false events with their reasons.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

from scipy.stats import binomtest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import ORANGESUM, orangesum_article  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events, merge_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import AttackEvent, Sentence  # noqa: E402 (after the sys.path line: the script runs from a checkout)

GOLD = ROOT / "bench" / "attacks_gold"
SEED = 20261210
# The fields of an event as /attacks lists it.
LISTED = ("kind", "date", "weapon", "sub_event_type", "location", "country", "killed", "injured", "claimed_by")


def judged_ids() -> set[str]:
    """Ids of the articles in every judged split (dev at the top of bench/attacks_gold/, the others in folders)."""
    ids: set[str] = set()
    for path in [GOLD / "articles.jsonl", *sorted(GOLD.glob("*/articles.jsonl"))]:
        with path.open(encoding="utf-8") as handle:
            ids.update(str(json.loads(line)["id"]) for line in handle if line.strip())
    return ids


def listed_articles(paths: list[Path]) -> set[str]:
    """The article ids listed one a line (`#` opens a comment line): articles read while writing rules."""
    return {
        line.strip()
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def corpus_events(exclude: set[str]) -> tuple[list[AttackEvent], dict[str, Sentence], dict[str, dict]]:
    """The merged events of the corpus articles not in `exclude`, every sentence by key, every record by article id."""
    events: list[AttackEvent] = []
    sentences: dict[str, Sentence] = {}
    records: dict[str, dict] = {}
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if str(rec["id"]) in exclude:
                continue
            article = orangesum_article(rec)
            segmented = segment(article)
            found = extract_events(article, segmented)
            if found:
                events.extend(found)
                records[article.id] = rec
                sentences.update((s.key, s) for s in segmented)
    return sorted(merge_events(events), key=lambda e: e.id), sentences, records


def draw(events: list[AttackEvent], n: int, seed: int) -> list[AttackEvent]:
    return random.Random(seed).sample(events, min(n, len(events)))


def listed(event: AttackEvent) -> dict:
    """The event as /attacks lists it: its fields, and every figure reported."""
    fields = {name: getattr(event, name) for name in LISTED if getattr(event, name) is not None}
    if len(event.killed_reports) > 1:
        fields["killed_reports"] = [c.count for c in event.killed_reports]
    if len(event.injured_reports) > 1:
        fields["injured_reports"] = [c.count for c in event.injured_reports]
    return {"id": event.id, **fields}


def review_sheet(picked: list[AttackEvent], sentences: dict[str, Sentence], records: dict[str, dict]) -> str:
    lines = ["# Precision sample: judge each event against its articles (bench/attacks_gold/README.md)", ""]
    for i, event in enumerate(picked, 1):
        lines.append(f"## {i}. {event.id}")
        lines.append("```json\n" + json.dumps(listed(event), ensure_ascii=False) + "\n```")
        keys = sorted({k for ks in event.evidence.values() for k in ks})
        for key in keys:
            cited = [name for name, ks in event.evidence.items() if key in ks]
            lines.append(f"- [{key}] ({', '.join(cited)}) {sentences[key].text}")
        for source in event.sources:
            rec = records[source.article_id]
            lines.append(f"\n### {source.article_id} ({rec['date']}) {rec['title']}\n")
            lines.append("\n\n".join(part for part in (rec.get("heading"), rec.get("article")) if part))
        lines.append("")
    return "\n".join(lines)


def template(picked: list[AttackEvent]) -> str:
    rows = [
        {
            "article_ids": sorted({s.article_id for s in event.sources}),
            "event": listed(event),
            "real": None,
            "place_right": None,
            "toll_right": None,
            "reason": None,
        }
        for event in picked
    ]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def score(path: Path) -> dict:
    """Precision (95% Wilson interval) and, over the real events, place and toll accuracy of a judgments file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    unjudged = [i for i, row in enumerate(rows, 1) if row["real"] is None]
    if unjudged:
        raise SystemExit(f"{path}: events {unjudged} are not judged yet (real is null)")
    real = [row for row in rows if row["real"]]
    place = sum(bool(row["place_right"]) for row in real)
    toll = sum(bool(row["toll_right"]) for row in real)
    return {
        "events": len(rows),
        "real": len(real),
        "precision": round(len(real) / len(rows), 3),
        "wilson95": wilson(len(real), len(rows)),
        "place_right": place,
        "place_wilson95": wilson(place, len(real)),
        "toll_right": toll,
        "toll_wilson95": wilson(toll, len(real)),
        "false": [f"{row['article_ids'][0]}: {row['reason']}" for row in rows if not row["real"]],
    }


def wilson(k: int, n: int) -> list[float]:
    """The 95% Wilson score interval of k successes in n trials, rounded to 3 places."""
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return [round(ci.low, 3), round(ci.high, 3)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "precision_sample.md")
    parser.add_argument("--template", type=Path, help="also write a JSONL skeleton of the judgments here")
    parser.add_argument("--score", type=Path, help="score this judgments file instead of drawing")
    args = parser.parse_args()
    if args.score:
        print(json.dumps(score(args.score), ensure_ascii=False, indent=1))
        return
    exclude = judged_ids()
    events, sentences, records = corpus_events(exclude)
    picked = draw(events, args.n, args.seed)
    print(f"{len(exclude)} judged articles out, {len(events)} merged events, {len(picked)} drawn, seed {args.seed}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(review_sheet(picked, sentences, records), encoding="utf-8")
    print(f"review sheet: {args.out}")
    if args.template:
        args.template.parent.mkdir(parents=True, exist_ok=True)
        args.template.write_text(template(picked), encoding="utf-8")
        print(f"judgments skeleton: {args.template}")


if __name__ == "__main__":
    main()
