"""The seed article under each passage recipe (index.passage_context): recall on our questions and on dev_qa, and where
the relevance gate's cosines fall (answers against off-topic questions).

    .venv/bin/python bench/seed_context.py [--contexts none title ...] [--out bench/out/seed_context.json]

Every recipe is measured in the same run with the same encoder (vectors cached in bench/out).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import DEV_QA  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import evaluate, load_qa  # noqa: E402
from index.passages import CONTEXTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
OWN_QA = ROOT / "tests" / "fixtures" / "seed_qa.jsonl"
# Questions the seed cannot answer, in both languages: their best cosine is what the gate must stay above.
OFF_TOPIC = [
    ("fr", "Quelle est la recette de la tarte aux pommes ?"),
    ("fr", "Quel temps fera-t-il demain à Paris ?"),
    ("fr", "Qui a gagné la coupe du monde de football ?"),
    ("fr", "Comment changer mon mot de passe ?"),
    ("fr", "Quel est le prix de l'essence cette semaine ?"),
    ("fr", "Quand sort le prochain film de Star Wars ?"),
    ("en", "What is the recipe for apple pie?"),
    ("en", "What will the weather be like tomorrow in Paris?"),
    ("en", "Who won the football world cup?"),
    ("en", "How do I reset my password?"),
    ("en", "What is the price of petrol this week?"),
    ("en", "When is the next Star Wars film coming out?"),
]


def best_cosine(engine: Engine, question: str, lang_of_article: str = "fr") -> float:
    """The question's highest cosine over the seed's sentences, smoothed with the neighbours as the gate sees it."""
    searcher = engine.searcher
    n = searcher.shards.size
    qvec = engine.encoder.encode_query(question)
    dense = searcher._dense_with_neighbours(np.arange(n), qvec, searcher.config.dense_neighbour_weight)
    return float(dense.max())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contexts", nargs="+", choices=CONTEXTS, default=list(CONTEXTS))
    parser.add_argument("--out", type=Path, default=OUT / "seed_context.json")
    parser.add_argument(
        "--also", action="append", default=[], metavar="JSON", help="search settings to measure too, per recipe"
    )
    args = parser.parse_args()

    cached = CachedEncoder(make_encoder(DEFAULT_MODEL), OUT)
    sets = {"ours": load_qa(OWN_QA), **({"dev_qa": load_qa(DEV_QA)} if DEV_QA.exists() else {})}
    results: dict[str, dict] = {}
    settings = {"defaults": SearchConfig()} | {u: SearchConfig(**json.loads(u)) for u in args.also}
    for context, (label, search) in [(c, s) for c in args.contexts for s in settings.items()]:
        index_dir = OUT / f"seed-index-{context}"
        shutil.rmtree(index_dir, ignore_errors=True)
        config = IndexConfig(sources=ROOT / "data", index_dir=index_dir, extract_events=False, passage_context=context)
        engine = Engine(config, search, encoder_factory=lambda: cached)
        engine.build()
        row: dict[str, dict] = {}
        for name, items in sets.items():
            result = evaluate(engine.ask, items, k=10)
            row[name] = {lang: (m["recall@1"], m["recall@3"]) for lang, m in sorted(result["per_lang"].items())} | {
                "misses": [(m["q"], m["rank"]) for m in result["misses"]]
            }
        gold_cos: dict[str, list[float]] = {"fr": [], "en": []}
        for items in sets.values():
            for item in items:
                gold_cos[item.lang].append(best_cosine(engine, item.q))
        off = {lang: [best_cosine(engine, q) for ql, q in OFF_TOPIC if ql == lang] for lang in ("fr", "en")}
        off_hits = [q for _, q in OFF_TOPIC if engine.ask(q).hits]
        row["gate"] = {
            lang: {
                "answerable min/median": (round(min(gold_cos[lang]), 3), round(float(np.median(gold_cos[lang])), 3)),
                "off-topic max": round(max(off[lang]), 3),
            }
            for lang in ("fr", "en")
        } | {"off-topic questions answered": off_hits}
        results[f"{context}, {label}"] = row
        print(context, label, json.dumps(row, ensure_ascii=False), flush=True)
    cached.flush()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
