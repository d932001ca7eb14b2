"""Merging across articles over the whole OrangeSum corpus: how many events, and which merges a change adds or undoes.

    .venv/bin/python bench/events_merging.py [--events FILE] [--groups out.json] [--include-judged]
    .venv/bin/python bench/events_merging.py --compare before.json after.json [--show 40] [--seed 1]

First form: every OrangeSum article outside the judged splits (`judged_ids()`, dev and held-out alike; with
`--include-judged`, every article) is read as the index reads it and its events extracted (once: the per-article
events are kept as JSON in `--events` and read back from there while it exists, since merging is what changes), then
merged across all articles as `/attacks` lists them (`merge_events`). Prints the counts and writes the merged groups
(each the per-article event ids it joins, with its place, date, weapon and tolls) to `--groups`.

Second form: the groups that one file has and the other does not, i.e. the merges a change made or undid, with a
random sample of them (fixed seed) printed with their sources' evidence quotes for reading.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import ORANGESUM, orangesum_article  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.events_precision import judged_ids  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events.merging import merge_groups  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import AttackEvent  # noqa: E402 (after the sys.path line: the script runs from a checkout)


def corpus_events(cache: Path, skip: set[str]) -> list[AttackEvent]:
    """Every corpus article's events, from `cache` when it exists, else extracted and written there; the events of
    the articles whose id is in `skip` are left out either way (a cache written before may hold them)."""
    if cache.exists():
        with cache.open(encoding="utf-8") as handle:
            events = [AttackEvent.model_validate_json(line) for line in handle if line.strip()]
        return [e for e in events if not (e.sources and e.sources[0].article_id in skip)]
    events = []
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if str(rec["id"]) in skip or f"orangesum:{rec['id']}" in skip:
                continue
            article = orangesum_article(rec)
            events.extend(extract_events(article, segment(article)))
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("".join(e.model_dump_json() + "\n" for e in events), encoding="utf-8")
    return events


def skipped_ids(include_judged: bool) -> set[str]:
    """The article ids (as the index names them) left out: every judged split's, unless asked for."""
    return set() if include_judged else {f"orangesum:{id_}" for id_ in judged_ids()}


def summary(event: AttackEvent) -> dict:
    return {
        "date": event.date,
        "location": event.location,
        "country": event.country,
        "weapon": event.weapon,
        "killed": event.killed,
        "injured": event.injured,
        "target": event.target,
    }


def groups(events: list[AttackEvent]) -> list[dict]:
    """The merged events, each with the per-article events it joins (`article/id`)."""
    return [
        {"members": sorted(f"{e.sources[0].article_id}/{e.id}" for e in members), **summary(merged)}
        for merged, members in merge_groups(events)
    ]


def read_groups(path: Path, skip: set[str]) -> dict[tuple[str, ...], dict]:
    """The merged groups of a `--groups` file by members, those holding an article whose id is in `skip` left out."""
    return {
        tuple(g["members"]): g
        for g in json.loads(path.read_text(encoding="utf-8"))
        if not any(member.split("/", 1)[0] in skip for member in g["members"])
    }


def compare(before: Path, after: Path, show: int, seed: int, events: list[AttackEvent], skip: set[str]) -> None:
    old = read_groups(before, skip)
    new = read_groups(after, skip)
    made = [g for k, g in new.items() if k not in old and len(k) > 1]
    undone = [g for k, g in old.items() if k not in new and len(k) > 1]
    print(f"before {len(old)} events, after {len(new)}: {len(made)} groups new or grown, {len(undone)} gone or split")
    quotes = {f"{e.sources[0].article_id}/{e.id}": e for e in events if e.sources}
    for label, chosen in (("new", made), ("gone", undone)):
        picked = random.Random(seed).sample(chosen, min(show, len(chosen)))
        for i, g in enumerate(picked, 1):
            fields = {k: v for k, v in g.items() if k != "members"}
            print(f"\n=== {label} {i}: {json.dumps(fields, ensure_ascii=False)}")
            for member in g["members"]:
                e = quotes.get(member)
                if e is None:
                    continue
                s = e.sources[0]
                print(f"  - {member} [{s.published}] {s.title[:90]}")
                print(f"    {json.dumps(summary(e), ensure_ascii=False)}")
                print(f"    {s.quote[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=Path, help="the per-article events cache (default bench/out/merging/)")
    parser.add_argument(
        "--include-judged", action="store_true", help="also merge the judged splits' articles (held-out included)"
    )
    parser.add_argument("--groups", type=Path, help="write the merged groups here (JSON)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    # The cache holds only what was extracted: one without the judged articles cannot stand in for one with them.
    name = "events-with-judged.jsonl" if args.include_judged else "events.jsonl"
    events = corpus_events(args.events or ROOT / "bench" / "out" / "merging" / name, skipped_ids(args.include_judged))
    if args.compare:
        before, after = args.compare
        compare(before, after, args.show, args.seed, events, skipped_ids(args.include_judged))
        return
    start = time.perf_counter()
    merged = groups(events)
    took = time.perf_counter() - start
    articles = len({e.sources[0].article_id for e in events if e.sources})
    several = sum(len(g["members"]) > 1 for g in merged)
    print(
        f"{articles} articles with events, {len(events)} events, {len(merged)} after merging "
        f"({several} of them join several reports; merged in {took:.1f} s)"
    )
    if args.groups:
        args.groups.parent.mkdir(parents=True, exist_ok=True)
        args.groups.write_text(json.dumps(merged, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
