"""eventbot benchmark: build throughput, retrieval at scale, query latency, start-up, memory.

Runs on the OrangeSum corpus (3,967 French articles from ../shared/corpora) with the seed article
mixed in. Every ratio is measured in this one run (ours against plain fp32
SentenceTransformer.encode on the same sentences). Not a test: figures go to the README.

    .venv/bin/python bench/run.py [--sample 4000] [--reuse] [--out bench/out/bench.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import DEV_QA, orangesum_articles, piaf  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder, resolve_model_path  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import evaluate, load_qa  # noqa: E402
from index.ingest import load_sources, segment  # noqa: E402

OUT = ROOT / "bench" / "out"


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def throughput(sentences: list[str], rounds: int = 3) -> dict:
    from sentence_transformers import SentenceTransformer

    baseline = SentenceTransformer(resolve_model_path(DEFAULT_MODEL), device="cpu")
    ours = make_encoder(DEFAULT_MODEL)
    baseline.encode(sentences[:64])  # warm-up both
    ours.encode(sentences[:64])
    # Alternate the two, several rounds, and keep each one's median: the machine is shared and noisy.
    base_times, our_times = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        ref = baseline.encode(sentences, batch_size=64, normalize_embeddings=True)
        base_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        vecs = ours.encode(sentences)
        our_times.append(time.perf_counter() - t)
    base_s, ours_s = statistics.median(base_times), statistics.median(our_times)
    cos = (ref * vecs).sum(1)
    return {
        "sentences": len(sentences),
        "baseline_fp32_sentence_transformers_per_s": round(len(sentences) / base_s, 1),
        "ours_per_s": round(len(sentences) / ours_s, 1),
        "ours_precision": getattr(ours, "precision", "?"),
        "speedup": round(base_s / ours_s, 2),
        "rounds": rounds,
        "speedup_per_round": [round(b / o, 2) for b, o in zip(base_times, our_times)],
        "cosine_min": round(float(cos.min()), 5),
        "cosine_mean": round(float(cos.mean()), 6),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=4000, help="sentences for the throughput comparison")
    parser.add_argument("--index-dir", type=Path, default=OUT / "orangesum-index")
    parser.add_argument("--reuse", action="store_true", help="keep an existing OrangeSum index (incremental)")
    parser.add_argument("--out", type=Path, default=OUT / "bench.json")
    parser.add_argument("--no-events", action="store_true", help="build without attack-event extraction")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M")}

    seed, _ = load_sources(ROOT / "data")
    corpus = orangesum_articles() + seed
    rng = random.Random(0)
    all_sentences = [s.text for a in rng.sample(corpus, len(corpus)) for s in segment(a)]
    print(f"corpus: {len(corpus)} articles, {len(all_sentences)} sentences")
    result["throughput"] = throughput(all_sentences[: args.sample])
    print("throughput", result["throughput"])

    if not args.reuse and args.index_dir.exists():
        import shutil

        shutil.rmtree(args.index_dir)
    engine = Engine(IndexConfig(index_dir=args.index_dir, extract_events=not args.no_events), SearchConfig())
    t = time.perf_counter()
    report = engine.build(articles=corpus)
    build_s = time.perf_counter() - t
    result["build"] = {
        "articles": report.articles,
        "sentences": report.sentences,
        "embedded": report.embedded,
        "events": report.events,
        "seconds": round(build_s, 1),
        "sentences_per_s": round(report.sentences / build_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print("build", result["build"])

    qa = load_qa(DEV_QA)
    result["dev_qa_with_orangesum"] = evaluate(engine.ask, qa, k=10)["per_lang"]
    print("dev_qa + OrangeSum", result["dev_qa_with_orangesum"])
    # Ablations on the same index: what the recency prior and source diversity contribute.
    for name, overrides in {
        "no_recency": {"recency_weight": 0.0},
        "no_recency_no_diversity": {"recency_weight": 0.0, "same_article_decay": 1.0},
    }.items():
        plain = Engine(IndexConfig(index_dir=args.index_dir), SearchConfig(**overrides))
        result[f"dev_qa_with_orangesum_{name}"] = evaluate(plain.ask, qa, k=10)["per_lang"]
        print(f"dev_qa + OrangeSum, {name}", result[f"dev_qa_with_orangesum_{name}"])

    _, piaf_questions = piaf(200)
    questions = [item.q for item in qa] + [q.question for q in piaf_questions]
    # The shipped searcher, and the same without the answer-type prior, question by question in turn.
    no_prior = Engine(IndexConfig(index_dir=args.index_dir), SearchConfig(answer_type_weight=0.0))
    engine.warm_up(long_running=True).join()  # as the bot does: questions take the encoder's torch path
    no_prior._encoder = engine.encoder
    engine.ask(questions[0])
    no_prior.ask(questions[0])
    latencies, baseline = [], []
    for q in questions:
        for runner, times in ((engine, latencies), (no_prior, baseline)):
            t = time.perf_counter()
            runner.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    result["query_latency_ms"] = {
        "queries": len(latencies),
        "p50": round(percentile(latencies, 50), 1),
        "p95": round(percentile(latencies, 95), 1),
        "p50_without_answer_type_prior": round(percentile(baseline, 50), 1),
        "ratio_of_medians": round(statistics.median(latencies) / statistics.median(baseline), 3),
    }
    print("latency", result["query_latency_ms"])

    starts, peaks = [], []
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    cli = [
        sys.executable,
        "-m",
        "bot",
        "ask",
        "Combien d'attaques à la roquette depuis janvier ?",
        "--json",
        "--index-dir",
        str(args.index_dir),
    ]
    # GNU time reports the child's own peak memory (getrusage's would count the pages it had from this process).
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    for _ in range(5):
        t = time.perf_counter()
        out = subprocess.run(timer + cli, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        starts.append(time.perf_counter() - t)
        assert json.loads(out.stdout)["answers"], out.stdout
        if timer:
            peaks.append(int(out.stderr.strip().splitlines()[-1]) / 1024)
    result["start_to_first_answer_s"] = {
        "runs": [round(s, 2) for s in starts],
        "median": round(statistics.median(starts), 2),
        "peak_rss_mb": round(max(peaks)) if peaks else None,
    }
    print("start to first answer", result["start_to_first_answer_s"])

    if not args.no_events:
        from index.events import extract_events

        times = []
        for article in corpus:
            sents = segment(article)
            t = time.perf_counter()
            extract_events(article, sents)
            times.append((time.perf_counter() - t) * 1000)
        result["event_extraction_ms_per_article"] = {
            "articles": len(times),
            "p50": round(percentile(times, 50), 2),
            "p95": round(percentile(times, 95), 2),
        }
        print("events", result["event_extraction_ms_per_article"])

    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
