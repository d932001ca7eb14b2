"""A judged sample of one article's events: is each a real attack, and not one told again by the same article?

    .venv/bin/python bench/events_splits.py [--seed 20261220] [--n 20] [--out DIR]
    .venv/bin/python bench/events_splits.py --uniform [--seed S] [--n 100] [--out DIR]
    .venv/bin/python bench/events_splits.py --score bench/attacks_gold/splits/<commit>-<seed>.jsonl

Draw: the OrangeSum articles in no judged split, in no judged precision sample (`bench/attacks_gold/precision/`) and
in no earlier draw of this script (`bench/attacks_gold/splits/*.jsonl`), whose articles were read while writing rules,
and in no list of articles read otherwise while writing them (`splits/*.txt`, one id a line), are read as the index
reads them and their events extracted, one article at a time, before any merging across articles.
Of the articles with two events or more, `random.Random(seed).sample(articles, n)` (ordered by id); of the events
of articles with exactly one, `random.Random(seed + 1).sample(events, n)`. Writes a review sheet (each article's
events as listed, with their cited sentences, then the article) and a JSONL skeleton of the judgments, one row per
event.

Judging: `verdict` is `real` (an attack that happened, not listed already by an earlier row of its article),
`repeat` (an attack an earlier row of the same article already lists: a split) or `false` (no attack: a threat, a
plan, a trial, an accident, a war as a whole); `reason` says which attack, or why not.

Score: precision (real over all rows, 95% Wilson interval) for the articles with several events and the single
events apart, and how many rows are repeats and how many false; for a uniform draw, over all its rows as well.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import ORANGESUM, orangesum_article  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.events_precision import GOLD, judged_ids, listed, listed_articles, wilson  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import AttackEvent, Sentence  # noqa: E402 (after the sys.path line: the script runs from a checkout)

SEED = 20261220


def judged_rows_articles(paths: list[Path]) -> set[str]:
    """The article ids (`orangesum:N`) that judgments files (precision samples or earlier draws) hold."""
    ids: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                ids.update(row.get("article_ids") or [row["article_id"]])
    return ids


def article_events(skip: set[str]) -> tuple[dict[str, list[AttackEvent]], dict[str, Sentence], dict[str, dict]]:
    """Every article's events (articles with none left out), every sentence by key, every record by article id."""
    found: dict[str, list[AttackEvent]] = {}
    sentences: dict[str, Sentence] = {}
    records: dict[str, dict] = {}
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            article = orangesum_article(rec)
            if str(rec["id"]) in skip or article.id in skip:
                continue
            segmented = segment(article)
            events = extract_events(article, segmented)
            if events:
                found[article.id], records[article.id] = events, rec
                sentences.update((s.key, s) for s in segmented)
    return found, sentences, records


def draw(found: dict[str, list[AttackEvent]], n: int, seed: int) -> tuple[list[str], list[AttackEvent]]:
    """`n` articles with several events, and `n` events of articles with one."""
    several = sorted(a for a, events in found.items() if len(events) > 1)
    single = sorted((events[0] for events in found.values() if len(events) == 1), key=lambda e: e.id)
    return random.Random(seed).sample(several, min(n, len(several))), random.Random(seed + 1).sample(
        single, min(n, len(single))
    )


def draw_uniform(found: dict[str, list[AttackEvent]], n: int, seed: int) -> list[AttackEvent]:
    """`n` events, each as likely as any other event of any article."""
    events = [e for article in sorted(found) for e in found[article]]
    return random.Random(seed).sample(events, min(n, len(events)))


def sheet(
    groups: list[list[AttackEvent]],
    sentences: dict[str, Sentence],
    records: dict[str, dict],
    drawn: set[str] | None = None,
) -> str:
    """The review sheet; with `drawn`, every event of each article is shown and only the drawn ones get a row."""
    lines = ["# One article's events: judge each (bench/events_splits.py)", ""]
    row = 0
    for events in groups:
        article_id = events[0].sources[0].article_id
        rec = records[article_id]
        lines.append(f"## {article_id} ({rec['date']}) {rec['title']}")
        for i, event in enumerate(events, 1):
            if drawn is None or event.id in drawn:
                row += 1
                head = f"row {row}" if drawn is None else f"row {row} (event {i} of {len(events)}, drawn)"
            else:
                head = f"event {i} of {len(events)}, not drawn"
            lines.append(f"### {head}\n```json\n{json.dumps(listed(event), ensure_ascii=False)}\n```")
            for key in sorted({k for ks in event.evidence.values() for k in ks}, key=lambda k: int(k.rsplit("#")[1])):
                cited = [name for name, ks in event.evidence.items() if key in ks]
                lines.append(f"- [{key.rsplit('#')[1]}] ({', '.join(cited)}) {sentences[key].text}")
        lines.append("\n" + "\n\n".join(part for part in (rec.get("heading"), rec.get("article")) if part) + "\n")
    return "\n".join(lines)


def template(groups: list[list[AttackEvent]], several: bool) -> str:
    rows = [
        {"article_id": e.sources[0].article_id, "several": several, "event": listed(e), "verdict": None, "reason": None}
        for events in groups
        for e in events
    ]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def uniform_template(groups: list[list[AttackEvent]], drawn: set[str]) -> str:
    rows = [
        {
            "article_id": e.sources[0].article_id,
            "several": len(events) > 1,
            "uniform": True,
            "event": listed(e),
            "verdict": None,
            "reason": None,
        }
        for events in groups
        for e in events
        if e.id in drawn
    ]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def score(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any(row["verdict"] not in ("real", "repeat", "false") for row in rows):
        raise SystemExit(f"{path}: every row needs a verdict: real, repeat or false")
    out = {}
    parts: list[tuple[str, bool | None]] = [("articles with several events", True), ("single events", False)]
    if all(row.get("uniform") for row in rows):
        parts.insert(0, ("all events (uniform draw)", None))
    for label, several in parts:
        part = [row for row in rows if several is None or row["several"] is several]
        real = sum(row["verdict"] == "real" for row in part)
        out[label] = {
            "articles": len({row["article_id"] for row in part}),
            "events": len(part),
            "real": real,
            "repeat": sum(row["verdict"] == "repeat" for row in part),
            "false": sum(row["verdict"] == "false" for row in part),
            "precision": round(real / len(part), 3) if part else None,
            "wilson95": wilson(real, len(part)) if part else None,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "splits")
    parser.add_argument("--uniform", action="store_true", help="draw n events at random among all, not two strata")
    parser.add_argument("--score", type=Path, help="score this judgments file instead of drawing")
    args = parser.parse_args()
    if args.score:
        print(json.dumps(score(args.score), ensure_ascii=False, indent=1))
        return
    read = sorted(GOLD.glob("precision/*.jsonl")) + sorted(GOLD.glob("splits/*.jsonl"))
    skip = judged_ids() | judged_rows_articles(read) | listed_articles(sorted(GOLD.glob("splits/*.txt")))
    found, sentences, records = article_events(skip)
    print(f"{len(skip)} articles out, {len(found)} with events, {sum(len(e) > 1 for e in found.values())} with several")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.uniform:
        drawn = {e.id for e in draw_uniform(found, args.n, args.seed)}
        groups = [events for _, events in sorted(found.items()) if any(e.id in drawn for e in events)]
        text, judgments = sheet(groups, sentences, records, drawn), uniform_template(groups, drawn)
    else:
        several, single = draw(found, args.n, args.seed)
        groups = [found[a] for a in several]
        text = sheet(groups + [[e] for e in single], sentences, records)
        judgments = template(groups, True) + template([[e] for e in single], False)
    (args.out / f"sheet-{args.seed}.md").write_text(text, encoding="utf-8")
    (args.out / f"judgments-{args.seed}.jsonl").write_text(judgments, encoding="utf-8")
    print(f"written to {args.out}: sheet-{args.seed}.md, judgments-{args.seed}.jsonl")


if __name__ == "__main__":
    main()
