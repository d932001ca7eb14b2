"""Reranking stages side by side through the shipped searcher, in one run: PIAF (a sample) or our own questions.

    .venv/bin/python bench/rerank_compare.py --seed 0 --variant '{"rerank": false}' --variant '{}' \
        --variant '{"rerank_path": "old.json", "rerank_fused_weight": 10}'
    .venv/bin/python bench/rerank_compare.py --qa tests/fixtures/seed_qa.jsonl [--index-dir DIR] --variant ...

Each variant is a JSON object of search settings (`{}`: the defaults); `rerank_path` loads that weights file for the
variant (the searcher's other settings unchanged), so an old file and the bundled one compare in one run. PIAF: R@1 /
R@3 / MRR of the sentence holding the answer among the answer's ten (as bench/piaf_fusion.py scores it), the index
built from the bench/out vector cache. Our questions (index.evaluation's jsonl): R@1 / R@3 per language and R@3 over
all, on the seed alone (built under bench/out) or on an index built already (bench/out/orangesum-index: the seed among
OrangeSum's articles).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import piaf  # noqa: E402
from bench.piaf_fusion import OUT, gold_rows, metrics, piaf_engine, rank_of  # noqa: E402
from bench.seed_lab import qa_row  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import evaluate, load_qa  # noqa: E402
from index.rerank import Reranker  # noqa: E402
from index.search import Searcher  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def use(searcher: Searcher, shipped: tuple[SearchConfig, Reranker | None], variant: dict) -> None:
    """The searcher with the variant's settings (and its weights file, if it names one)."""
    config, stage = shipped
    path = variant.get("rerank_path")
    searcher.config = config.model_copy(update={k: v for k, v in variant.items() if k != "rerank_path"})
    searcher.reranker = Reranker.load(Path(path)) if path else stage


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", action="append", default=[], metavar="JSON")
    parser.add_argument("--seed", type=int, default=0, help="the PIAF sample (1 is held out: the lead's only)")
    parser.add_argument("--qa", type=Path, default=None, help="our questions (jsonl) instead of PIAF")
    parser.add_argument("--index-dir", type=Path, default=None, help="with --qa: an index built already")
    args = parser.parse_args()
    variants = [json.loads(v) for v in args.variant] or [{}]

    cached = CachedEncoder(make_encoder(DEFAULT_MODEL), OUT)
    if args.qa is not None:
        if args.index_dir is None:
            config = IndexConfig(sources=ROOT / "data", index_dir=OUT / "rerank-compare-seed", extract_events=False)
            engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
            engine.build()
        else:
            engine = Engine(IndexConfig(index_dir=args.index_dir), SearchConfig(), encoder_factory=lambda: cached)
        engine.require_ready()
        searcher = engine.searcher
        shipped = (searcher.config, searcher.reranker)
        items = load_qa(args.qa)
        for variant in variants:
            use(searcher, shipped, variant)
            got = qa_row(evaluate(searcher.ask, items, k=10))
            print(json.dumps(variant), json.dumps(got, ensure_ascii=False), flush=True)
    else:
        articles, questions = piaf(1000, seed=args.seed)
        engine, _ = piaf_engine(cached, articles, questions)
        searcher = engine.searcher
        shipped = (searcher.config, searcher.reranker)
        part = searcher.shards.parts[0]
        golds = gold_rows(engine.loaded, questions)
        for variant in variants:
            use(searcher, shipped, variant)
            ranks = []
            for q, gold in zip(questions, golds, strict=True):
                hits = searcher.ask(q.question, 10).hits
                ranks.append(rank_of([part.row_of(h.article.id, h.position) for h in hits], gold))
            print(f"PIAF sample {args.seed}", json.dumps(variant), metrics(ranks), flush=True)
    cached.flush()


if __name__ == "__main__":
    main()
