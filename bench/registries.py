"""The cost of the registries' writes and reads per call: SQLite files (the default) and PostgreSQL, after the move to
SQLAlchemy, against a baseline tree (the code before it) in the same run.

What is timed, per call (median of N, after a warm-up), each on a fresh store:
- `feedback`: FeedbackStore.save_answer then vote (what an answer shown and a 👍 write);
- `insights`: InsightsStore.record (every question writes one row);
- `source_add`: SourceRegistry.begin_add then keep (a source change's registry writes; its fetch and build excluded);
- `source_list`: SourceRegistry.list and owner_of_url over 50 sources (what /sources and an add's checks read).

Targets: `sqlite` (this tree, files in a temporary folder), `postgresql` (this tree; a server started as the tests
start theirs, tests/pg.py: unix socket, fsync off, so it measures the code path and the round trips, not a disk),
and `baseline-sqlite` (the same calls on `--baseline DIR`, a checkout of the code before, run in a child process).
Rounds alternate the targets, so machine load weighs on each alike; the figures are the medians over rounds.

    .venv/bin/python bench/registries.py [--baseline DIR] [--calls 200] [--rounds 3]

Results go to bench/out/registries.json and a printed summary.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "registries.json"


def measure(target: str | None, calls: int) -> dict[str, float]:
    """Median milliseconds per call of each operation; `target` None: SQLite files in a temporary folder."""
    from index.feedback import FeedbackStore
    from index.insights import InsightsStore
    from index.models import Answer, ArticleRef, Hit
    from index.sources.registry import SourceRegistry

    ref = ArticleRef(id="a", title="A")
    hits = [Hit(text="t", score=1.0, sentence_id=f"a#{i}", position=i, start=0, end=1, article=ref) for i in range(3)]
    answer = Answer(question="combien de roquettes ?", hits=hits, lang="fr")
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:

        def where(name: str):
            return target if target is not None else Path(tmp) / f"{name}.sqlite"

        def timed(fn, n: int = calls) -> float:
            for _ in range(5):
                fn()
            samples = []
            for _ in range(n):
                t0 = time.perf_counter()
                fn()
                samples.append((time.perf_counter() - t0) * 1000)
            return statistics.median(samples)

        feedback = FeedbackStore(where("feedback"))
        out["feedback"] = timed(lambda: feedback.vote(feedback.save_answer(answer, "h"), "u", "up"))
        insights = InsightsStore(where("insights"), b"k" * 32)
        out["insights"] = timed(
            lambda: insights.record("combien ?", "fr", guild_id=1, user_id=2, sentence_ids=["a#1"], best_score=0.9)
        )
        registry = SourceRegistry(where("sources"))
        counter = iter(range(10**9))

        def add() -> None:
            _, change = registry.begin_add("url", f"https://news.example/{next(counter)}", "t", "mod")
            registry.keep(change, "ok")

        out["source_add"] = timed(add, min(calls, 200))
        listing = SourceRegistry(where("listing"))
        for i in range(50):
            listing.keep(listing.begin_add("url", f"https://listed.example/{i}", "t", "mod")[1], "ok")
        out["source_list"] = timed(lambda: (listing.list(), listing.owner_of_url("https://news.example/none")))
    return out


def child(tree: Path, calls: int) -> dict[str, float]:
    """measure() run on another checkout, in a process of its own (its modules, not this tree's)."""
    code = (
        f"import importlib.util, json, sys; sys.path.insert(0, {str(tree)!r})\n"
        f"spec = importlib.util.spec_from_file_location('registries_bench', {__file__!r})\n"
        "bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)\n"
        "print(json.dumps(bench.measure(None, int(sys.argv[1]))))"
    )
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", code, str(calls)], capture_output=True, text=True, env=env, cwd=tree)
    if done.returncode != 0:
        raise SystemExit(f"the baseline failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="a checkout of the code before (SQLite only)")
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from index.db import dispose_engines
    from tests.pg import PostgresServer, Unavailable

    server = None
    try:
        server = PostgresServer()
        server.start()
    except Unavailable as exc:
        print(f"no PostgreSQL: {exc}")
        server = None
    rounds: dict[str, list[dict[str, float]]] = {}
    try:
        for r in range(args.rounds):
            if args.baseline is not None:
                rounds.setdefault("baseline-sqlite", []).append(child(args.baseline, args.calls))
            rounds.setdefault("sqlite", []).append(measure(None, args.calls))
            if server is not None:
                rounds.setdefault("postgresql", []).append(measure(server.create_database(f"bench{r}"), args.calls))
                dispose_engines()
    finally:
        if server is not None:
            server.stop()
    figures = {
        target: {op: round(statistics.median(run[op] for run in runs), 3) for op in runs[0]}
        for target, runs in rounds.items()
    }
    result = {
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
        "calls": args.calls,
        "rounds": args.rounds,
        "median_ms_per_call": figures,
    }
    if "baseline-sqlite" in figures:
        base = figures["baseline-sqlite"]
        result["ratio_to_baseline"] = {
            target: {op: round(v / base[op], 2) for op, v in ops.items()}
            for target, ops in figures.items()
            if target != "baseline-sqlite"
        }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
