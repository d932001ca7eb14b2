"""Attack-event extraction: the seed against its reference, then the OrangeSum corpus for speed and a precision sample.

    .venv/bin/python bench/events_eval.py [--sample 40] [--seed 0] [--out bench/out/events_sample.md] [--limit N]

Prints the seed's events field by field next to ../shared/eval/seed_events.json, the extraction time per article
(median, p95, max) over the corpus, how many events and how many articles have some, and writes a random sample
of events with their evidence sentences to review by hand (mark each true or false attack event).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import ORANGESUM, SHARED, orangesum_articles  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import load_sources, segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import Article, AttackEvent, Sentence  # noqa: E402 (after the sys.path line: the script runs from a checkout)

SEED_EVENTS = SHARED / "eval" / "seed_events.json"
FIELDS = (
    "kind", "date", "date_precision", "date_text", "event_type", "sub_event_type", "weapon", "count", "attacks",
    "location", "country", "target", "actor", "suspected_actor", "killed", "injured", "claimed", "claimed_by",
)  # fmt: skip


def seed_report() -> None:
    articles, _ = load_sources(ROOT / "data")
    expected = json.loads(SEED_EVENTS.read_text(encoding="utf-8"))["events"]
    for article in articles:
        events = extract_events(article, segment(article))
        print(f"== seed {article.id}: {len(events)} events (reference: {len(expected)})")
        for event in events:
            ref = _closest(event, expected)
            print(f"-- {event.kind} {event.date} {event.weapon} (reference: {ref.get('date') if ref else 'none'})")
            for name in FIELDS:
                got = getattr(event, name)
                want = _reference_value(ref, name) if ref else None
                flag = "" if want is None or _same(got, want) else "   <-- differs"
                print(f"   {name:16} {got!r:60} {('ref: ' + repr(want)) if want is not None else ''}{flag}")
            if event.killed_reports:
                print("   killed_reports  ", [(c.count, c.according_to) for c in event.killed_reports])


def seed_differences() -> dict:
    """The seed's events against the reference: how many, and each field that differs (`<reference date> <field>`)."""
    articles, _ = load_sources(ROOT / "data")
    expected = json.loads(SEED_EVENTS.read_text(encoding="utf-8"))["events"]
    events = [event for article in articles for event in extract_events(article, segment(article))]
    differing: list[str] = []
    seen: set[str] = set()
    for event in events:
        ref = _closest(event, expected)
        if ref is None:
            differing.append(f"{event.date} {event.weapon}: no reference event")
            continue
        seen.add(str(ref.get("date")))
        for name in FIELDS:
            want = _reference_value(ref, name)
            if want is not None and not _same(getattr(event, name), want):
                differing.append(f"{ref.get('date')} {name}")
    differing += [f"{ref.get('date')}: not found" for ref in expected if str(ref.get("date")) not in seen]
    return {"events": len(events), "reference": len(expected), "differing": differing}


def _closest(event: AttackEvent, expected: list[dict]) -> dict | None:
    same_kind = [e for e in expected if e["kind"] == event.kind]
    for ref in same_kind:
        if event.date and str(ref.get("date", "")).startswith(event.date[:7]):
            return ref
    return same_kind[0] if len(same_kind) == 1 else None


def _reference_value(ref: dict, name: str) -> object:
    if name == "killed" and isinstance(ref.get("killed"), dict):
        return max(ref["killed"].values())
    if name == "count" and ref.get("kind") == "aggregate":
        return ref.get("of_which_rocket")
    return ref.get(name)


def _same(got: object, want: object) -> bool:
    if isinstance(got, str) and isinstance(want, str):
        return got.lower() in want.lower() or want.lower() in got.lower()
    return got == want


def time_extraction(articles: list[Article]) -> tuple[list[float], list[tuple[AttackEvent, dict[str, Sentence]]]]:
    """Each article's extraction time in ms (sorted), and every event found with its article's sentences."""
    timings: list[float] = []
    found: list[tuple[AttackEvent, dict[str, Sentence]]] = []
    for article in articles:
        sentences = segment(article)
        start = time.perf_counter()
        events = extract_events(article, sentences)
        timings.append((time.perf_counter() - start) * 1000)
        by_key = {s.key: s for s in sentences}
        found.extend((event, by_key) for event in events)
    return sorted(timings), found


def corpus_timing(limit: int | None = None) -> dict:
    """Extraction time per article over the OrangeSum corpus (p50, p95, max in ms) and how many events it finds."""
    articles = orangesum_articles(limit)
    timings, found = time_extraction(articles)
    return {
        "articles": len(articles),
        "p50": round(statistics.median(timings), 2),
        "p95": round(timings[int(0.95 * len(timings))], 2),
        "max": round(timings[-1], 2),
        "events": len(found),
        "articles_with_events": len({e.sources[0].article_id for e, _ in found}),
    }


def corpus_report(sample: int, seed: int, out: Path, limit: int | None) -> None:
    articles = orangesum_articles(limit)
    timings, found = time_extraction(articles)
    with_events = len({e.sources[0].article_id for e, _ in found})
    chars = statistics.mean(len(a.text) for a in articles)
    print(f"== {ORANGESUM.name}: {len(articles)} articles, mean {chars:.0f} chars")
    print(
        f"extraction ms/article: median {statistics.median(timings):.2f}, p95 {timings[int(0.95 * len(timings))]:.2f}, "
        f"max {timings[-1]:.2f}, total {sum(timings) / 1000:.1f} s"
    )
    kinds = {k: sum(e.kind == k for e, _ in found) for k in ("incident", "aggregate")}
    print(f"events: {len(found)} ({kinds}); articles with events: {with_events}")
    rng = random.Random(seed)
    picked = rng.sample(found, min(sample, len(found)))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(_sample_markdown(picked), encoding="utf-8")
    print(f"sample of {len(picked)} events written to {out}")


def _sample_markdown(picked: list[tuple[AttackEvent, dict[str, Sentence]]]) -> str:
    lines = ["# Sample of extracted events: mark each `verdict: true|false`", ""]
    for i, (event, sentences) in enumerate(picked, 1):
        source = event.sources[0]
        lines.append(f"## {i}. {source.title} ({source.published})  verdict: ?")
        fields = {
            k: v for k, v in event.model_dump(exclude={"sources", "evidence", "id"}).items() if v not in (None, [], {})
        }
        lines.append("```json\n" + json.dumps(fields, ensure_ascii=False, default=str) + "\n```")
        keys = sorted({k for ks in event.evidence.values() for k in ks}, key=lambda k: int(k.rsplit("#", 1)[1]))
        for key in keys:
            cited = [name for name, ks in event.evidence.items() if key in ks]
            lines.append(f"- [{key.rsplit('#', 1)[1]}] ({', '.join(cited)}) {sentences[key].text}")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="only the first N corpus articles")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "events_sample.md")
    args = parser.parse_args()
    seed_report()
    corpus_report(args.sample, args.seed, args.out, args.limit)


if __name__ == "__main__":
    main()
