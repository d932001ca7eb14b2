"""Where a question's time goes: each stage of `Searcher.ask` timed on a built index, and the answers it gives.

Not a test: run it under the bench lock for timings (README "Benchmarks"). With `--answers FILE` it also writes each
question's hits (sentence ids and scores), so that two versions of the code can be checked for identical answers
(`--compare`).

    .venv/bin/python bench/query_profile.py --index-dir DIR [--rounds 3] [--answers out.json] [--compare before.json]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import DEV_QA, piaf  # noqa: E402
from index import search as search_module  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import load_qa  # noqa: E402
from index.shards import Shards  # noqa: E402


def questions(n_piaf: int) -> list[str]:
    _, piaf_questions = piaf(n_piaf)
    return [item.q for item in load_qa(DEV_QA)] + [q.question for q in piaf_questions]


def timed(owner: object, name: str, spent: dict[str, list[float]], label: str | None = None) -> None:
    """Wrap `owner.name` so that each call's wall time is added to the current question's `label`."""
    original = getattr(owner, name)
    spent[label or name] = []

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label or name][-1] += (time.perf_counter() - t) * 1000

    setattr(owner, name, wrapper)


def check_answers(engine: Engine, qs: list[str], write: Path | None, compare: Path | None) -> None:
    answers = {q: [[h.sentence_id, h.score] for h in engine.ask(q).hits] for q in qs}
    if write:
        write.write_text(json.dumps(answers, ensure_ascii=False, indent=1))
    if compare:
        before = json.loads(compare.read_text())
        differ = [q for q in qs if before.get(q) != answers[q]]
        top3 = [q for q in qs if [h[0] for h in before.get(q, [])[:3]] != [h[0] for h in answers[q][:3]]]
        print(f"answers: {len(qs) - len(differ)} of {len(qs)} questions with the same hits and scores")
        print(f"answers: {len(qs) - len(top3)} of {len(qs)} questions with the same top 3 sentences")
        for q in differ[:10]:
            print(f"  {q!r}: {before.get(q)} -> {answers[q]}")


def end_to_end(engine: Engine, qs: list[str], rounds: int) -> None:
    total: list[float] = []
    for _ in range(rounds):
        for q in qs:
            t = time.perf_counter()
            engine.ask(q)
            total.append((time.perf_counter() - t) * 1000)
    print(f"end to end: {len(total)} asks, p50 {np.percentile(total, 50):.2f} ms, p95 {np.percentile(total, 95):.2f}")


def stages(engine: Engine, qs: list[str], rounds: int) -> None:
    """Each stage's time per question (the methods wrapped in this process only)."""
    spent: dict[str, list[float]] = {}
    timed(engine.searcher.encoder, "encode_query", spent)
    timed(engine.searcher.encoder, "_token_ids", spent, "encode_query: tokenize")
    timed(Shards, "lexical_scores", spent)
    timed(Shards, "dense_search", spent)
    timed(Shards, "sentences", spent)
    timed(search_module.Searcher, "_query", spent, "query words")
    timed(search_module.Searcher, "_dense_with_neighbours", spent)
    timed(search_module.Searcher, "_select", spent)
    timed(search_module.fusion, "convex", spent, "fusion.convex")
    timed(search_module.fusion, "diversify", spent, "fusion.diversify")
    timed(search_module.fusion, "with_group_best", spent, "fusion.with_group_best")
    timed(search_module.Searcher, "ask", spent, "ask (all)")
    for _ in range(rounds):
        for q in qs:
            for values in spent.values():
                values.append(0.0)
            engine.ask(q)
    print("per stage, median / p95 over questions (ms); stages nest (tokenize is inside encode_query):")
    for name, values in sorted(spent.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {name:32s} {statistics.median(values):7.2f} {np.percentile(values, 95):7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=int, default=200, help="PIAF questions added to dev_qa")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--answers", type=Path, help="write each question's hits (sentence id, score) here")
    parser.add_argument("--compare", type=Path, help="a file written by --answers: count the questions that differ")
    parser.add_argument("--cprofile", type=int, default=0, help="print the N costliest functions (own time)")
    args = parser.parse_args()

    engine = Engine(IndexConfig(index_dir=args.index_dir), SearchConfig())
    engine.warm_up(long_running=True).join()
    qs = questions(args.questions)
    for q in qs[:10]:
        engine.ask(q)
    check_answers(engine, qs, args.answers, args.compare)
    if args.rounds:
        end_to_end(engine, qs, args.rounds)
        stages(engine, qs, args.rounds)
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for q in qs:
            engine.ask(q)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
