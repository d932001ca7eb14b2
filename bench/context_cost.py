"""What a passage recipe (index.passage_context) costs to embed: tokens per passage and seconds, against the bare
sentence, in the same run, on OrangeSum sentences (the corpus a full build embeds).

    .venv/bin/python bench/context_cost.py [--sentences 400] [--rounds 2] [--contexts none title ...]

Tokens are counted on every sentence of the first --articles articles; seconds are the median over --rounds of
embedding the same --sentences sentences (sampled once) under each recipe, the recipes alternating within a round.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import orangesum_articles  # noqa: E402
from index.e5 import E5Encoder  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.ingest import segment  # noqa: E402
from index.passages import CONTEXTS, passage_texts  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--contexts", nargs="+", choices=CONTEXTS, default=list(CONTEXTS))
    parser.add_argument("--out", type=Path, default=OUT / "context_cost.json")
    args = parser.parse_args()

    encoder = make_encoder(DEFAULT_MODEL)
    assert isinstance(encoder, E5Encoder), "tokens are counted with e5's tokenizer"
    articles = orangesum_articles(args.articles)
    texts = {c: [t for a in articles for t in passage_texts(a, segment(a), c)] for c in args.contexts}
    tokens = {
        c: statistics.mean(len(ids) for ids in encoder._token_ids([encoder.passage_prefix + t for t in ts]))
        for c, ts in texts.items()
    }
    sample = sorted(random.Random(0).sample(range(len(texts[args.contexts[0]])), args.sentences))
    seconds: dict[str, list[float]] = {c: [] for c in args.contexts}
    encoder.encode(["échauffement"] * 8)
    for r in range(args.rounds):
        order = args.contexts if r % 2 == 0 else list(reversed(args.contexts))
        for c in order:
            batch = [texts[c][i] for i in sample]
            t0 = time.perf_counter()
            encoder.encode(batch)
            seconds[c].append(time.perf_counter() - t0)
    base = args.contexts[0]
    machine = platform.processor() or platform.machine()
    result = {
        "machine": f"{machine}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end",
        "articles": len(articles),
        "sentences": len(texts[base]),
        "timed": args.sentences,
        "recipes": {
            c: {
                "tokens per passage": round(tokens[c], 1),
                "token ratio": round(tokens[c] / tokens[base], 2),
                "seconds (median)": round(statistics.median(seconds[c]), 2),
                "time ratio": round(statistics.median(seconds[c]) / statistics.median(seconds[base]), 2),
            }
            for c in args.contexts
        },
    }
    print(json.dumps(result, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
