"""What checking a build's checksums costs `eventbot status` (the Docker health check) on the OrangeSum index.

Builds (once) an index of the 3,967 OrangeSum articles and the seed, 77,109 sentences, with a stand-in encoder that
gives random 384-dimension vectors under the default model's name: the files have the real model's sizes (vectors,
BM25, metadata), and the build takes seconds instead of minutes. Then times, as new processes, `eventbot status`
with the checksums checked and the same open with the check skipped, and the check alone in this process (warm
page cache both ways: a health check runs every 30 s).

    .venv/bin/python bench/checksum_cost.py [--corpus ../shared/corpora/orangesum_monde.jsonl.gz] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import corpora  # noqa: E402
from index.encoder import DEFAULT_MODEL  # noqa: E402
from index.ingest import load_sources  # noqa: E402
from index.store import IndexStore, verify_files  # noqa: E402

OUT = ROOT / "bench" / "out"


class RandomEncoder:
    """The default model's name and dimension, random unit vectors: sizes as real, no model to run."""

    name = DEFAULT_MODEL
    dimension = 384

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        out = np.random.default_rng(len(texts)).standard_normal((len(texts), self.dimension)).astype(np.float32)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        if progress:
            progress(len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


_SKIP_CHECK = "import index.store as s; s.verify_files = lambda b, m: 'skipped'; from bot.cli import main; "


def _status(index_dir: Path, skip_check: bool) -> float:
    code = (_SKIP_CHECK if skip_check else "from bot.cli import main; ") + (
        f"raise SystemExit(main(['status', '--index-dir', {str(index_dir)!r}]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=corpora.ORANGESUM)
    parser.add_argument("--index-dir", type=Path, default=OUT / "checksum-index")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    store = IndexStore(args.index_dir)
    if store.current_path() is None:
        corpora.ORANGESUM = args.corpus
        seed, _ = load_sources(ROOT / "data")
        articles = corpora.orangesum_articles() + seed
        t0 = time.perf_counter()
        report = store.build([], RandomEncoder(), articles=articles)
        print(f"built {report.sentences:,} sentences in {time.perf_counter() - t0:.1f} s")
    path = store.current_path()
    assert path is not None
    manifest = store.read_manifest(path)
    sizes = {name: f.bytes for name, f in manifest.files.items()}
    verify_files(path, manifest)  # warm the page cache
    check = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        verify_files(path, manifest)
        check.append(time.perf_counter() - t0)
    with_check, without = [], []
    for _ in range(args.rounds):  # alternated, so that the machine's load falls on both alike
        with_check.append(_status(args.index_dir, skip_check=False))
        without.append(_status(args.index_dir, skip_check=True))
    result = {
        "sentences": manifest.sentences,
        "files": len(sizes),
        "megabytes": round(sum(sizes.values()) / 1e6, 1),
        "largest": {k: round(v / 1e6, 1) for k, v in sorted(sizes.items(), key=lambda kv: -kv[1])[:3]},
        "check_alone_s": [round(x, 3) for x in check],
        "status_with_check_s": [round(x, 3) for x in with_check],
        "status_without_check_s": [round(x, 3) for x in without],
        "median_check_s": round(statistics.median(check), 3),
        "median_status_with_s": round(statistics.median(with_check), 3),
        "median_status_without_s": round(statistics.median(without), 3),
    }
    print(json.dumps(result, indent=2))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "checksum_cost.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
