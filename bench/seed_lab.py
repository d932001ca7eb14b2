"""Ranking experiments on the seed (not shipped): bench/rank_lab.py's variants, on our questions and dev_qa, the seed
alone (built here under --context) or an index already built (--index-dir, e.g. the seed mixed into OrangeSum).

    .venv/bin/python bench/seed_lab.py --context title --variant '{}' --variant '{"title_fused": 0.1}' [--dev]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import DEV_QA  # noqa: E402
from bench.rank_lab import Lab  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import evaluate, load_qa  # noqa: E402
from index.models import Answer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
OWN_QA = ROOT / "tests" / "fixtures" / "seed_qa.jsonl"


def qa_row(result: dict, misses: bool = True) -> dict:
    """index.evaluation's result in one line: R@1 / R@3 per language, R@3 over all, and the misses with their rank
    (`misses=False` for a held-out set, whose misses are not listed)."""
    per_lang = result["per_lang"].values()
    row: dict = {lang: (round(m["recall@1"], 2), round(m["recall@3"], 2)) for lang, m in result["per_lang"].items()}
    row["all R@3"] = round(sum(m["recall@3"] * m["n"] for m in per_lang) / sum(m["n"] for m in per_lang), 3)
    if misses:
        row["misses"] = [(m["q"][:50], m["rank"]) for m in result["misses"]]
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--context", default="title")
    parser.add_argument("--index-dir", type=Path, default=None, help="an index built already (not rebuilt)")
    parser.add_argument("--build-dir", type=Path, default=None, help="where the seed alone is built (bench/out/...)")
    parser.add_argument("--variant", action="append", default=[], metavar="JSON")
    parser.add_argument("--dev", action="store_true", help="also dev_qa (held out: report only)")
    args = parser.parse_args()

    cached = CachedEncoder(make_encoder(DEFAULT_MODEL), OUT)
    if args.index_dir is None:
        index_dir = args.build_dir or OUT / f"seed-lab-{args.context}"
        shutil.rmtree(index_dir, ignore_errors=True)
        config = IndexConfig(
            sources=ROOT / "data", index_dir=index_dir, extract_events=False, passage_context=args.context
        )
        engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
        engine.build()
    else:
        config = IndexConfig(index_dir=args.index_dir, passage_context=args.context)
        engine = Engine(config, SearchConfig(), encoder_factory=lambda: cached)
    engine.require_ready()
    lab = Lab(engine, None)
    sets = {"ours": load_qa(OWN_QA)} | ({"dev_qa": load_qa(DEV_QA)} if args.dev else {})
    for update in [json.loads(v) for v in args.variant] or [{}]:
        row: dict[str, dict] = {}
        for name, items in sets.items():

            def ask(q: str, k: int, u: dict = update) -> Answer:
                return lab.ask(q, k, u)

            row[name] = qa_row(evaluate(ask, items, k=10))
        print(args.context, json.dumps(update), json.dumps(row, ensure_ascii=False), flush=True)
    cached.flush()


if __name__ == "__main__":
    main()
