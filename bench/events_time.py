"""Attack-event extraction against a baseline tree: the same events on every article, and the CPU time each takes.

    .venv/bin/python bench/events_time.py --baseline DIR [--rounds 2] [--limit N] [--diffs FILE] [--include-judged]

`DIR` is a checkout of the code before (`git worktree add /tmp/base main`, or `git archive main | tar -x -C DIR`).
Its `index` package is loaded beside this tree's under another name, so both run in one process, in turn on each
article (the order swapped every round), and see the same load. Segmentation is done once, outside the timings.
Prints, for each side, the CPU time per article (`time.thread_time`: this thread only) at p50, p95 and max, the
total, and the articles whose events differ (their JSON, field by field; `--diffs` writes each one's two lists).
The articles of the judged splits (`judged_ids()`: dev and held-out alike) are timed but never compared, counted,
printed or written, so that reading the diffs never shows a held-out article; `--include-judged` compares them too.
`--skip FILE` leaves out the articles it lists too (one id a line, as the index names them, `orangesum:N`; `#` opens
a comment line): a fresh precision sample kept blind while rules are written.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import orangesum_articles  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.events_precision import judged_ids, listed_articles  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import Article, Sentence  # noqa: E402 (after the sys.path line: the script runs from a checkout)

Extractor = Callable[[Any, list[Any]], list[Any]]


def baseline_extractor(tree: Path) -> tuple[Extractor, Any]:
    """The baseline's `extract_events` and its models module, imported as the package `baseline_index`."""
    package = types.ModuleType("baseline_index")
    package.__path__ = [str(tree / "index")]  # a package without running its __init__ (it only sets an env default)
    sys.modules["baseline_index"] = package
    events = importlib.import_module("baseline_index.events")
    models = importlib.import_module("baseline_index.models")
    return events.extract_events, models


def _as_baseline(models: Any, article: Article, sentences: list[Sentence]) -> tuple[Any, list[Any]]:
    return models.Article(**article.model_dump()), [models.Sentence(**s.model_dump()) for s in sentences]


def _events_json(events: list[Any]) -> list[dict]:
    return [json.loads(event.model_dump_json()) for event in events]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _timed(extract: Extractor, article: Any, sentences: list[Any]) -> tuple[float, list[Any]]:
    start = time.thread_time()
    events = extract(article, sentences)
    return time.thread_time() - start, events


def differing(ids: list[str], baseline: list[list[dict]], tree: list[list[dict]], skip: set[str]) -> list[int]:
    """The indexes of the articles whose events differ between the two sides, those whose id is in `skip` left out."""
    return [i for i, id_ in enumerate(ids) if id_ not in skip and baseline[i] != tree[i]]


def skipped_ids(include_judged: bool, lists: list[Path] | None = None) -> set[str]:
    """The article ids (as the index names them) the diffs leave out: every judged split's, unless asked for, and
    those the files in `lists` name (one a line)."""
    judged = set() if include_judged else {f"orangesum:{id_}" for id_ in judged_ids()}
    return judged | listed_articles(lists or [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout of the code before")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the corpus (each side runs once a pass)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--diffs", type=Path, default=None, help="write each differing article's events (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--skip", type=Path, action="append", default=[], help="leave out the article ids listed here")
    parser.add_argument(
        "--include-judged", action="store_true", help="also compare the judged splits' articles (held-out included)"
    )
    args = parser.parse_args()

    base_extract, base_models = baseline_extractor(args.baseline.resolve())
    corpus = [(a, segment(a)) for a in orangesum_articles(args.limit)]
    base_corpus = [_as_baseline(base_models, a, s) for a, s in corpus]
    sides: dict[str, tuple[Extractor, list[tuple[Any, list[Any]]]]] = {
        "baseline": (base_extract, base_corpus),
        "this tree": (extract_events, corpus),
    }
    times: dict[str, list[list[float]]] = {name: [[] for _ in corpus] for name in sides}
    outputs: dict[str, list[list[dict]]] = {name: [[] for _ in corpus] for name in sides}
    names = list(sides)
    for round_ in range(args.rounds):
        for i in range(len(corpus)):
            order = names if (i + round_) % 2 == 0 else names[::-1]  # neither side always runs first
            for name in order:
                extract, inputs = sides[name]
                seconds, events = _timed(extract, *inputs[i])
                times[name][i].append(seconds)
                if round_ == 0:
                    outputs[name][i] = _events_json(events)

    skip = skipped_ids(args.include_judged, args.skip)
    ids = [article.id for article, _ in corpus]
    changed = differing(ids, outputs["baseline"], outputs["this tree"], skip)
    compared = sum(id_ not in skip for id_ in ids)
    figures: dict[str, Any] = {
        "articles": len(corpus),
        "rounds": args.rounds,
        "compared_articles": compared,
        "differing_articles": len(changed),
    }
    for name in names:
        per_article = [min(t) for t in times[name]]  # an article's best pass: the least disturbed by the load
        every = [t for ts in times[name] for t in ts]
        figures[name] = {
            "events": sum(len(o) for o in outputs[name]),
            "p50_ms": round(1000 * statistics.median(every), 3),
            "p95_ms": round(1000 * _percentile(every, 0.95), 3),
            "max_ms": round(1000 * max(every), 3),
            "best_pass_p95_ms": round(1000 * _percentile(per_article, 0.95), 3),
            "total_s_per_pass": round(sum(every) / args.rounds, 3),
        }
    figures["ratio_total"] = round(
        figures["this tree"]["total_s_per_pass"] / figures["baseline"]["total_s_per_pass"], 3
    )
    if args.diffs is not None:
        args.diffs.parent.mkdir(parents=True, exist_ok=True)
        with args.diffs.open("w", encoding="utf-8") as handle:
            for i in changed:
                record = {
                    "id": corpus[i][0].id,
                    "baseline": outputs["baseline"][i],
                    "this tree": outputs["this tree"][i],
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{len(corpus)} articles, {args.rounds} passes, alternated per article")
    for name in names:
        f = figures[name]
        print(
            f"{name:10} events {f['events']:5}  CPU per article p50 {f['p50_ms']:.2f} ms  p95 {f['p95_ms']:.2f} ms  "
            f"max {f['max_ms']:.1f} ms  (best pass p95 {f['best_pass_p95_ms']:.2f} ms)  "
            f"total {f['total_s_per_pass']:.2f} s"
        )
    print(f"total this tree / baseline: {figures['ratio_total']:.3f}")
    left_out = "" if args.include_judged else " (the judged splits' articles left out)"
    print(f"articles whose events differ: {len(changed)} of the {compared} compared{left_out}")
    for i in changed[:10]:
        print("  ", corpus[i][0].id)


if __name__ == "__main__":
    main()
