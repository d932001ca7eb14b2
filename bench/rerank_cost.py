"""What the reranking stage costs a question, in CPU time of the asking thread (take the bench lock): the stage
alone and the whole `ask`, with and without.

    flock /work/bench.lock .venv/bin/python bench/rerank_cost.py [--index-dir bench/out/orangesum-index] [--n 300]

PIAF sample 0's French questions (vectors from the bench/out cache, so the encoder's time is not counted), asked of
the PIAF index (default) or of an index built already (e.g. OrangeSum's 77k sentences). Each question is asked with
the stage on and off, alternating, after one warm-up pass; medians over the questions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import piaf  # noqa: E402
from bench.piaf_fusion import OUT, piaf_engine  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, default=None, help="an index built already (default: PIAF's)")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--weights", type=Path, default=None, help="search.rerank_path (default: the bundled file)")
    args = parser.parse_args()

    articles, questions = piaf(args.n, seed=0)
    model = IndexConfig().model
    cached = CachedEncoder(make_encoder(model), OUT)
    if args.index_dir is None:
        engine, _ = piaf_engine(cached, articles, search=SearchConfig(rerank_path=args.weights))
    else:
        config = IndexConfig(index_dir=args.index_dir)
        engine = Engine(config, SearchConfig(rerank_path=args.weights), encoder_factory=lambda: cached)
        engine.require_ready()
    searcher = engine.searcher
    stage_times: list[float] = []
    inner = searcher._rerank

    def timed(*a, **k):
        t0 = time.thread_time()
        out = inner(*a, **k)
        stage_times.append(time.thread_time() - t0)
        return out

    searcher._rerank = timed  # type: ignore[method-assign]
    on, off = searcher.config, searcher.config.model_copy(update={"rerank": False})
    for q in questions:  # warm: caches, pages
        searcher.ask(q.question, 3)
    first = list(stage_times)  # each question's first time: the stage's caches cold for its candidates
    stage_times.clear()
    ask_on: list[float] = []
    ask_off: list[float] = []
    for q in questions:
        for setting, sink in ((on, ask_on), (off, ask_off)):
            searcher.config = setting
            t0 = time.thread_time()
            searcher.ask(q.question, 3)
            sink.append(time.thread_time() - t0)
    searcher.config = on
    # A question about sentences the stage has not read yet, in a process warm otherwise (pages, word caches): the
    # stage's own cache of sentences emptied before each question.
    stage_times_warm = list(stage_times)
    stage_times.clear()
    kept = getattr(searcher.reranker, "_read", None)
    for q in questions:
        if kept is not None:
            kept.clear()
        searcher.ask(q.question, 3)
    unread = list(stage_times)
    stage_times[:] = stage_times_warm

    def ms(values: list[float]) -> str:
        return f"p50 {1000 * statistics.median(values):.2f} ms, p95 {1000 * statistics.quantiles(values, n=20)[-1]:.2f}"

    n = engine.loaded.manifest.sentences
    print(f"index {n} sentences, {len(questions)} questions ({len(stage_times)} reranked)")
    print(f"the stage alone: {ms(stage_times)} (first pass, its caches cold: {ms(first)})")
    print(f"the stage, its sentences not read before: {ms(unread)}")
    print(f"ask, stage on:   {ms(ask_on)}")
    print(f"ask, stage off:  {ms(ask_off)}")


if __name__ == "__main__":
    main()
