"""Qdrant (local mode) against FAISS: the same answers? how fast? how much memory?

Two modes, each printing a table and writing bench/out/qdrant.json (merged by mode):

- `dev`: the vectors of the 77k-sentence OrangeSum index built with FAISS (`--faiss-index`, only read) give a FAISS
  build and a Qdrant local-mode build of the same articles (an encoder that looks each sentence's vector up in that
  index: nothing is embedded again, both builds hold the same floats). Every dev question (and `--piaf` PIAF
  questions) is asked of both in one process, in turn, with one real encoder: the answers are compared (sentence
  ids and scores of every hit) and latency p50/p95 reported side by side, with build and load times.
- `scale`: bench/scale.py's synthetic corpora (OrangeSum repeated with perturbations, derived vectors) at
  `--sizes`: a FAISS build (`index.ann = "auto"`) and a Qdrant local-mode build of each, then one child process per
  backend that opens it and answers the questions (p50/p95, RSS at the end and peak, load time). Local mode is
  brute force in NumPy (dense) and Python (sparse): a size stops when its build or its questions pass `--budget`.

    .venv/bin/python bench/qdrant.py dev [--faiss-index bench/out/orangesum-index] [--piaf 100]
    .venv/bin/python bench/qdrant.py scale [--sizes 100000 300000] [--model all-MiniLM-L6-v2] [--questions 40]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import DEV_QA, orangesum_articles, piaf  # noqa: E402
from bench.run import machine, percentile  # noqa: E402
from index.config import IndexConfig, QdrantConfig, SearchConfig  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import load_qa  # noqa: E402
from index.ingest import load_sources  # noqa: E402
from index.qdrant_backend import QdrantBackend  # noqa: E402
from index.store import BuildOptions, IndexStore  # noqa: E402

OUT = ROOT / "bench" / "out" / "qdrant.json"
WORK = Path(os.environ.get("EVENTBOT_QDRANT_BENCH", "/tmp/eventbot-qdrant-bench"))


def _status_mb(field: str) -> int:
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(field + ":"))
    return round(int(line.split()[1]) / 1024)


def _disk_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def _load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


class LookupEncoder:
    """Sentences' vectors read from a FAISS build (by text), so both backends hold the very same vectors."""

    def __init__(self, name: str, vectors: dict[str, np.ndarray], dimension: int):
        self.name, self.dimension, self._vectors = name, dimension, vectors
        self.missing = 0

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            vector = self._vectors.get(text)
            if vector is None:
                self.missing += 1
            else:
                out[i] = vector
        if progress:
            progress(len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        raise NotImplementedError("questions are embedded by the real encoder")


def _lookup(faiss: Engine) -> LookupEncoder:
    loaded = faiss.loaded
    n = loaded.manifest.sentences
    rows = list(range(n))
    texts: dict = {}
    for start in range(0, n, 20_000):  # SQLite takes at most 32,766 parameters a statement
        texts.update(loaded.sentences(rows[start : start + 20_000]))
    vectors = loaded.ann.vectors(np.asarray(rows, dtype=np.int64))
    return LookupEncoder(loaded.manifest.model, {texts[r].text: vectors[r] for r in rows}, loaded.manifest.dimension)


def _hits(engine: Engine, question: str) -> list[tuple[str, float]]:
    return [(h.sentence_id, h.score) for h in engine.ask(question).hits]


def _differences(a: list[tuple[str, float]], b: list[tuple[str, float]]) -> str | None:
    if a == b:
        return None
    if [s for s, _ in a] == [s for s, _ in b]:
        worst = max(abs(x - y) for (_, x), (_, y) in zip(a, b, strict=True))
        return f"same sentences, scores differ by up to {worst:.4f}"
    return f"faiss {[s for s, _ in a]} vs qdrant {[s for s, _ in b]}"


def mode_dev(args: argparse.Namespace) -> dict:
    source = Engine(IndexConfig(index_dir=args.faiss_index), SearchConfig())
    source.warm_up(long_running=True).join()
    source.load()
    encoder = _lookup(source)
    model, expected = source.loaded.manifest.model, source.loaded.manifest.sentences
    source.loaded.close()
    root = WORK / "dev"
    qdrant_config = QdrantConfig(path=root / "qdrant", sparse_limit=args.sparse_limit)
    built: dict[str, float] = {}
    if not args.reuse:
        shutil.rmtree(root, ignore_errors=True)
    seed, _ = load_sources(ROOT / "data")
    articles = orangesum_articles(args.articles) + seed if not args.reuse else []
    # Both built by this code from the same vectors (the lead's build is only read): the same rows, the same floats.
    for name, backend in (("faiss", None), ("qdrant", QdrantBackend(qdrant_config))) if not args.reuse else ():
        t = time.perf_counter()
        report = IndexStore(root / name, backend).build([], encoder, BuildOptions(), articles=articles)
        built[name] = round(time.perf_counter() - t, 1)
        assert encoder.missing == 0, f"{encoder.missing} sentences not in the FAISS build"
        assert report.sentences == expected, (report.sentences, expected)

    from index.qdrant_backend import close_clients

    close_clients()  # the serving side opens the folder again, as a fresh bot would
    faiss = Engine(IndexConfig(index_dir=root / "faiss", model=model), SearchConfig())
    qdrant = Engine(
        IndexConfig(index_dir=root / "qdrant", model=model, backend="qdrant"), SearchConfig(), qdrant=qdrant_config
    )
    faiss._encoder = qdrant._encoder = source.encoder  # one model for both
    loaded: dict[str, float] = {}
    for name, engine in (("faiss", faiss), ("qdrant", qdrant)):
        t = time.perf_counter()
        engine.load()
        loaded[name] = round(time.perf_counter() - t, 2)

    dev = [item.q for item in load_qa(DEV_QA)]
    questions = dev + ([q.question for q in piaf(args.piaf)[1]] if args.piaf else [])
    for q in questions[:3]:
        faiss.ask(q), qdrant.ask(q)
    times: dict[str, list[float]] = {"faiss": [], "qdrant": []}
    differ: list[dict] = []
    same = 0
    for q in questions:
        found = {}
        for name, engine in (("faiss", faiss), ("qdrant", qdrant)):
            t = time.perf_counter()
            found[name] = _hits(engine, q)
            times[name].append((time.perf_counter() - t) * 1000)
        why = _differences(found["faiss"], found["qdrant"])
        if why is None:
            same += 1
        else:
            differ.append({"question": q, "dev": q in dev, "how": why})
    return {
        "machine": machine(),
        "load_average_before": args.load_before,
        "load_average_after": _load_average(),
        "sentences": expected,
        "sparse_limit": args.sparse_limit,
        "questions": len(questions),
        "dev_questions": len(dev),
        "identical_answers": same,
        "identical_dev_answers": len(dev) - sum(d["dev"] for d in differ),
        "differences": differ,
        "build_s": built,
        "load_s": loaded,
        "disk_mb": {"faiss": _disk_mb(root / "faiss"), "qdrant": _disk_mb(root / "qdrant")},
        "latency_ms": {
            name: {"p50": round(percentile(v, 50), 1), "p95": round(percentile(v, 95), 1)} for name, v in times.items()
        },
        "rss_end_mb_both": _status_mb("VmRSS"),
    }


# --- scale --------------------------------------------------------------------------------------------------------
SERVE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from bench.qdrant import serve
print(json.dumps(serve(sys.argv[2], Path(sys.argv[3]), sys.argv[4], json.loads(sys.argv[5]), float(sys.argv[6]))))
"""


def serve(backend: str, root: Path, model: str, questions: list[str], budget: float) -> dict:
    """In a fresh process: open the index as the bot does, answer the questions, report latency, load and RSS."""
    config = IndexConfig(index_dir=root / "index", model=model, backend=backend)
    engine = Engine(config, SearchConfig(), qdrant=QdrantConfig(path=root / "qdrant"))
    engine.warm_up(long_running=True).join()
    before = _status_mb("VmRSS")
    t = time.perf_counter()
    engine.load()
    load_s = time.perf_counter() - t
    after_load = _status_mb("VmRSS")
    engine.ask(questions[0])
    times: list[float] = []
    start = time.perf_counter()
    for q in questions:
        t = time.perf_counter()
        engine.ask(q)
        times.append((time.perf_counter() - t) * 1000)
        if time.perf_counter() - start > budget:
            break
    hwm = _status_mb("VmHWM")
    return {
        "load_s": round(load_s, 2),
        "queries": len(times),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "rss_model_only_mb": before,
        "rss_after_load_mb": after_load,
        "rss_end_mb": _status_mb("VmRSS"),
        "rss_peak_mb": hwm,
    }


def _build_scaled(size: int, model: str, backend: str) -> dict:
    from bench.scale import DerivedEncoder, base_embeddings, make_corpus

    texts, base = base_embeddings(model)
    corpus = make_corpus(size, texts)
    encoder = DerivedEncoder(model, base, corpus.base_of, set(texts))
    root = WORK / str(size) / backend
    shutil.rmtree(root, ignore_errors=True)
    qdrant = QdrantBackend(QdrantConfig(path=root / "qdrant")) if backend == "qdrant" else None
    t = time.perf_counter()
    report = IndexStore(root / "index", qdrant).build(
        [], encoder, BuildOptions(ann_kind="auto"), articles=corpus.articles
    )
    wall = time.perf_counter() - t
    return {
        "sentences": report.sentences,
        "build_without_embedding_s": round(wall - encoder.seconds, 1),
        "build_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "disk_mb": _disk_mb(root),
    }


BUILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bench.qdrant import _build_scaled
print(json.dumps(_build_scaled(int(sys.argv[2]), sys.argv[3], sys.argv[4])))
"""


def _child(script: str, *argv: str, timeout: float) -> dict:
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(ROOT), *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"stopped after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def mode_scale(args: argparse.Namespace) -> dict:
    from bench.scale import _questions

    questions = _questions()[: args.questions]
    out: dict = {"machine": machine(), "model": args.model, "load_average_before": args.load_before}
    for size in args.sizes:
        row: dict = {}
        for backend in ("faiss", "qdrant"):
            built = _child(BUILD, str(size), args.model, backend, timeout=args.budget)
            row[backend] = {"build": built}
            print(size, backend, "build", built, flush=True)
            if "error" in built:
                continue
            root = WORK / str(size) / backend
            served = _child(
                SERVE, backend, str(root), args.model, json.dumps(questions), str(args.budget), timeout=args.budget * 2
            )
            row[backend]["serve"] = served
            print(size, backend, "serve", served, flush=True)
        out[str(size)] = row
        shutil.rmtree(WORK / str(size), ignore_errors=True)
    out["load_average_after"] = _load_average()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    dev = sub.add_parser("dev")
    dev.add_argument("--faiss-index", type=Path, default=ROOT / "bench" / "out" / "orangesum-index")
    dev.add_argument("--piaf", type=int, default=100, help="PIAF questions asked besides the dev ones")
    dev.add_argument("--articles", type=int, default=None, help="only the first N OrangeSum articles (a dry run)")
    dev.add_argument("--reuse", action="store_true", help="ask the builds the last run made (no build)")
    dev.add_argument("--sparse-limit", type=int, default=QdrantConfig().sparse_limit, help="qdrant.sparse_limit")
    scale = sub.add_parser("scale")
    scale.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    scale.add_argument("--model", default="all-MiniLM-L6-v2", help="the encoder whose cached embeddings derive vectors")
    scale.add_argument("--questions", type=int, default=40)
    scale.add_argument("--budget", type=float, default=900.0, help="seconds a build (or the questions) may take")
    args = parser.parse_args()
    args.load_before = _load_average()
    result = mode_dev(args) if args.mode == "dev" else mode_scale(args)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    merged = json.loads(OUT.read_text()) if OUT.exists() else {}
    merged[args.mode if args.mode == "scale" or not args.reuse else f"dev-sparse-limit-{args.sparse_limit}"] = result
    OUT.write_text(json.dumps(merged, indent=2, ensure_ascii=False))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
