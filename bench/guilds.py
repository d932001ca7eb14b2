"""The cost of each guild its own sources: disk, memory and question latency for 100 guilds x 50 articles.

The corpus. The base (the operator's configured sources) is the first 2,000 OrangeSum articles, written as Markdown
files. Each of 100 guilds adds 50 other OrangeSum articles (drawn from the remaining 1,967, so guilds share some, as
real servers would add the same page): written as its moderators' files (`guilds/<id>/sources/srcN/*.md`) with their
registry rows, then one overlay build per guild (what 50 `/source add` leave, without 50 fetches and builds).

The encoder. Articles are embedded by a fast deterministic hashing encoder of the model's dimension (384): the model
is not the point of disk and memory, and embedding 100k sentences would take an hour here. Questions are embedded
by the real model (`index.model`'s default, as the bot does), so a question's latency includes its one encoding;
the latency is also reported with the hashing encoder for questions, where search alone is compared (the worst
case for the ratio). Event extraction is off (it adds 1.5 ms per article to a build, bench/run.py).

What is measured, in one process:
- disk: the base's build, and per guild its directory (registry, files, overlay build), total for 100 guilds;
- memory (RSS, /proc/self/status): the base open and answering; after one question in each of the 100 guilds with
  the default LRU limit (index.max_loaded_guilds, 64 stay open); then with every overlay open at once (an upper
  bound per guild: what the LRU pass freed is not all given back to the system);
- latency: 120 questions (titles of base and guild articles, half each), each asked on the base alone and in a
  guild (the base and that guild's overlay), interleaved, after warm-up; medians, and their ratio (target <= 1.5);
  and the first question in a guild whose overlay is not open (it is opened then).

    .venv/bin/python bench/guilds.py [--guilds 100] [--articles 50] [--base 2000] [--work DIR] [--reuse]

Results go to bench/out/guilds.json and a printed summary.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import orangesum_articles  # noqa: E402
from bench.run import machine  # noqa: E402
from index.config import IndexConfig, SearchConfig  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.guilds import GUILD_FIRST_SOURCE_ID, Guilds, guild_dir  # noqa: E402
from index.lexical import fold  # noqa: E402
from index.models import Article  # noqa: E402
from index.sources.extraction import Extracted  # noqa: E402
from index.sources.helpers import _write_markdown  # noqa: E402
from index.sources.models import _Document  # noqa: E402
from index.sources.registry import SourceRegistry  # noqa: E402

OUT = ROOT / "bench" / "out" / "guilds.json"
DIMENSION = 384


class HashingEncoder:
    """Bag of hashed words (deterministic, instant); the articles' vectors, not the questions' (see the module doc)."""

    name = "bench-hashing-384"
    dimension = DIMENSION

    def encode(self, texts, *, batch_size: int = 64, progress=None) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in fold(text).split():
                out[i, int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little") % 384] += 1
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        if progress:
            progress(len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


class QuestionModel:
    """The real model for questions, under the hashing encoder's name (the index was built with that one)."""

    name = HashingEncoder.name
    dimension = DIMENSION

    def __init__(self) -> None:
        self.model = make_encoder(DEFAULT_MODEL)
        assert self.model.dimension == DIMENSION

    def encode(self, texts, *, batch_size: int = 64, progress=None) -> np.ndarray:
        return self.model.encode(texts, batch_size=batch_size, progress=progress)

    def encode_query(self, text: str) -> np.ndarray:
        return self.model.encode_query(text)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6 if path.exists() else 0.0


def write_base(folder: Path, articles: list[Article]) -> None:
    folder.mkdir(parents=True)
    for a in articles:
        slug = a.id.replace(":", "-")
        page = Extracted(title=a.title, text=a.text, published=a.published, lang="fr", url=a.url)
        _write_markdown(folder / f"{slug}.md", slug, page, source="OrangeSum")


def write_guild(index_dir: Path, guild_id: int, articles: list[Article]) -> None:
    """What 50 `/source add file:` leave in a guild: registry rows and the moderators' files."""
    root = guild_dir(index_dir, guild_id)
    registry = SourceRegistry(root / "sources.sqlite", GUILD_FIRST_SOURCE_ID, guild_id=guild_id)
    for a in articles:
        source, change = registry.begin_add("file", f"{a.id}.md", a.title, "bench")
        slug = a.id.replace(":", "-")
        page = Extracted(title=a.title, text=a.text, published=a.published, lang="fr", url=a.url)
        folder = root / "sources" / source.folder
        folder.mkdir(parents=True)
        _write_markdown(folder / f"{slug}.md", f"{source.folder}/{slug}", page, source=None)
        digest = "sha256:" + hashlib.sha256(a.text.encode()).hexdigest()
        document = _Document(key=digest, status="ok", article_id=f"{source.folder}/{slug}")
        registry.record(source.id, [document], result="being added", fetched=False)
        registry.keep(change, "ok: 1 article")


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t0) * 1000


def latency(base: Engine, guilds: Guilds, ids: list[int], questions: list[str], rounds: int = 1) -> dict:
    for q in questions[:10]:  # warm-up: the model's first calls, the SQLite pages
        base.ask(q)
    for i, guild_id in enumerate(ids):  # every overlay open (the first question in a guild is measured apart)
        guilds.scope(guild_id).ask(questions[i % len(questions)])
    on_base, in_guild = [], []
    for _ in range(rounds):
        for i, q in enumerate(questions):
            scope = guilds.scope(ids[i % len(ids)])
            on_base.append(timed(base.ask, q))
            in_guild.append(timed(scope.ask, q))
    b, g = statistics.median(on_base), statistics.median(in_guild)
    return {"base_ms": round(b, 2), "guild_ms": round(g, 2), "ratio": round(g / b, 3), "questions": len(on_base)}


def build(args, config: IndexConfig, hashing: HashingEncoder, base_articles, rest, ids) -> tuple[float, float]:
    """The base from its files, then each guild's files, registry rows and overlay: (base build s, mean guild s)."""
    write_base(config.sources, base_articles)
    builder = Engine(config, SearchConfig(), encoder_factory=lambda: hashing)
    t0 = time.perf_counter()
    builder.build(requested_by="bench")
    base_build_s = time.perf_counter() - t0
    builders = Guilds(builder, max_loaded=1)
    t0 = time.perf_counter()
    for g, guild_id in enumerate(ids):
        chosen = [rest[(g * args.articles + i) % len(rest)] for i in range(args.articles)]
        write_guild(config.index_dir, guild_id, chosen)
        builders.scope(guild_id).build(requested_by="bench")
    return base_build_s, (time.perf_counter() - t0) / len(ids)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--guilds", type=int, default=100)
    parser.add_argument("--articles", type=int, default=50, help="articles per guild")
    parser.add_argument("--base", type=int, default=2000, help="articles in the base")
    parser.add_argument("--work", type=Path, default=Path("/tmp/eventbot-guilds"))
    parser.add_argument("--reuse", action="store_true", help="serve the indexes a previous run built in --work")
    args = parser.parse_args()

    corpus = orangesum_articles()
    base_articles, rest = corpus[: args.base], corpus[args.base :]
    index_dir = args.work / "idx"
    config = IndexConfig(
        sources=args.work / "data", index_dir=index_dir, model=HashingEncoder.name, extract_events=False
    )
    hashing = HashingEncoder()
    ids = [1_000_000_000_000_000_000 + g for g in range(args.guilds)]
    built = args.work / "built.json"
    if not (args.reuse and built.exists()):
        shutil.rmtree(args.work, ignore_errors=True)
        built.parent.mkdir(parents=True)
        built.write_text(json.dumps(build(args, config, hashing, base_articles, rest, ids)))
    base_build_s, guild_build_s = json.loads(built.read_text())

    base_mb = du_mb(index_dir / "builds")
    per_guild = [du_mb(guild_dir(index_dir, g)) for g in ids]
    overlay_builds = [du_mb(guild_dir(index_dir, g) / "builds") for g in ids]

    # Serving, as the bot does: one Engine, one encoder, the guilds' overlays opened on demand.
    model = QuestionModel()
    base = Engine(config, SearchConfig(), encoder_factory=lambda: model)
    base.load()
    titles_base = [a.title for a in base_articles[:: max(1, len(base_articles) // 60)]][:60]
    titles_guild = [rest[i].title for i in range(0, len(rest), max(1, len(rest) // 60))][:60]
    questions = [q for pair in zip(titles_base, titles_guild, strict=False) for q in pair]
    base.ask(questions[0])
    rss_base = rss_mb()

    # The default LRU limit first (100 guilds asked, 64 stay open), then every overlay open at once.
    lru = Guilds(base, max_loaded=IndexConfig().max_loaded_guilds)
    for i, guild_id in enumerate(ids):
        lru.scope(guild_id).ask(questions[i % len(questions)])
    rss_lru = rss_mb()
    cold = [timed(lru.scope(guild_id).ask, questions[i % len(questions)]) for i, guild_id in enumerate(ids[:20])]
    del lru
    gc.collect()

    every = Guilds(base, max_loaded=args.guilds)
    for i, guild_id in enumerate(ids):
        every.scope(guild_id).ask(questions[i % len(questions)])
    rss_all_open = rss_mb()
    real = latency(base, every, ids, questions)

    hashed = Engine(config, SearchConfig(), encoder_factory=lambda: hashing)
    hashed.load()
    search_only = latency(hashed, Guilds(hashed, max_loaded=args.guilds), ids, questions)
    del hashed

    result = {
        "machine": machine(),
        "guilds": args.guilds,
        "articles_per_guild": args.articles,
        "base": {
            "articles": base.manifest().articles,
            "sentences": base.manifest().sentences,
            "build_mb": round(base_mb, 2),
            "build_s": round(base_build_s, 1),
        },
        "disk": {
            "per_guild_mb_median": round(statistics.median(per_guild), 3),
            "per_guild_overlay_build_mb_median": round(statistics.median(overlay_builds), 3),
            "all_guilds_mb": round(sum(per_guild), 2),
            "all_guilds_vs_base": round(sum(per_guild) / base_mb, 3),
            "overlay_build_s_mean": round(guild_build_s, 2),
        },
        "rss_mb": {
            "base_serving": round(rss_base, 1),
            "all_guilds_open": round(rss_all_open, 1),
            "per_open_guild": round((rss_all_open - rss_base) / args.guilds, 2),  # an upper bound: LRU run first
            f"lru_{IndexConfig().max_loaded_guilds}": round(rss_lru, 1),
        },
        "latency_real_model": real,
        "latency_search_only": search_only,
        "first_question_in_a_closed_guild_ms_median": round(statistics.median(cold), 2),
        "encoder": "articles: hashing encoder (384 dims); questions: "
        f"{DEFAULT_MODEL} (latency_real_model) or the hashing encoder (latency_search_only)",
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    raise SystemExit(main())
