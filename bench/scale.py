"""eventbot at scale: 100k, 300k and 1M sentences on one machine, for each ANN kind.

The corpus. OrangeSum's 3,967 articles (77k sentences) are copy 0, as they are. Copies 1, 2, ... of every article
are the same sentences perturbed, so that BM25 sees a growing, Zipf-shaped vocabulary rather than 13 repeats:
each word of 4+ letters is replaced with probability 0.12 (nine times in ten by a word drawn from the corpus's own
word list, so frequencies keep their shape; once in ten by a misspelt variant, a word no copy had before: names,
typos, inflections), and every number with probability 0.5 by another of as many digits. Copy c is dated c x 90
days before the original. Sentences are joined with blank lines, so the project's segmenter cuts them back
exactly as they were made.

The vectors. Every unique OrangeSum sentence is embedded once with the project's encoder (`index.model`'s default,
cached under /tmp/eventbot-scale). A perturbed sentence gets its original's vector plus Gaussian noise (norm 0.48,
cosine 0.9 to the original: a close paraphrase), unit-normalized; the noise is picked by a hash of the text, so a
text always gets the same vector. So the build does not spend hours embedding, and the reported build time
excludes the (fake) encoder's time. Questions are embedded by the real encoder, as the bot does.

What is measured, each in a fresh process (`bench/scale.py SIZE` runs the steps below in children):
- build: `IndexStore.build` (segmentation, SQLite, BM25, the ANN, fsync) for `index.ann = "auto"`, no event
  extraction (1.5 ms per article, linear, measured by bench/run.py); wall time minus the encoder's, peak RSS.
- variants: the other ANN kinds built from the same vectors (ANN build time only), the build directory otherwise
  shared (hard links); recall@10 of each kind against exact search (NumPy, float32) for the benchmark questions.
- serve: for each kind, a process that opens the index as the bot does (`Engine`, torch path warmed), load time
  (opening the index), query latency end to end (`Engine.ask`: BM25, ANN, fusion, answer selection; dev questions
  and 200 PIAF questions, after 5 warm-up ones), RSS (peak, and file-backed vs anonymous at the end), size on disk.
- latency: the table's p50/p95: every kind opened in one process, each question asked of each kind in turn, so
  that the shared machine's noise falls on all kinds alike (the serve step's own latencies are kept in the JSON).
- add: 1,000 new articles (copy 99 of the first 1,000) added to the index by an incremental `IndexStore.build` that
  writes every file whole (`BuildOptions(append=False)`, what every build did before append builds), then 1,000
  more (copy 98) by an append build onto the result; wall and CPU time minus the encoder's, each build's peak RSS.

    .venv/bin/python bench/scale.py [--sizes 100000 300000 1000000] [--kinds flat ivf hnsw] [--work DIR]

Results go to bench/out/scale.json (merged by size) and a printed table. Built indexes stay in --work for reruns
(`--reuse` skips the build and variant steps when their results are there; the add step works on a hard-linked copy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import DEV_QA, orangesum_articles, piaf  # noqa: E402
from bench.run import machine, percentile  # noqa: E402
from index.ann import ANN, KINDS, FaissIndex, default_params  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.evaluation import load_qa  # noqa: E402
from index.ingest import segment  # noqa: E402
from index.models import Article  # noqa: E402
from index.store import BuildOptions, IndexStore  # noqa: E402

CACHE = Path(os.environ.get("EVENTBOT_SCALE_CACHE", "/tmp/eventbot-scale"))
OUT = ROOT / "bench" / "out" / "scale.json"
NOISE_NORM = 0.48  # cosine 1 / sqrt(1 + 0.48^2) = 0.90 between a perturbed sentence and its original
REPLACE_P, NOVEL_P, NUMBER_P = 0.12, 0.1, 0.5
ADDED_ARTICLES, ADDED_COPY = 1000, 99
_WORD = re.compile(r"\w+")
SEARCH_PARAMS = ("nprobe", "ef_search")
SWEEPS = {"ivf": {"nprobe": [32, 64, 128, 256, 512, 1024]}, "hnsw": {"ef_search": [64, 128, 256, 512]}}


# --- the corpus -------------------------------------------------------------------------------------------------
def base_embeddings(model: str = DEFAULT_MODEL) -> tuple[list[str], np.ndarray]:
    """The unique OrangeSum sentences and their real embeddings, computed once and cached."""
    path = CACHE / f"embeddings-{model.replace('/', '_')}.npz"
    if path.exists():
        data = np.load(path, allow_pickle=False)
        return [str(t) for t in data["texts"]], data["vectors"]
    texts = list(dict.fromkeys(s.text for a in orangesum_articles() for s in segment(a)))
    t = time.perf_counter()
    vectors = make_encoder(model).encode(texts)
    print(f"embedded {len(texts)} unique sentences in {time.perf_counter() - t:.0f} s", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, texts=np.array(texts), vectors=vectors)
    return texts, vectors


def _perturb(text: str, rng: random.Random, vocabulary: Sequence[str]) -> str:
    def replace(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isdigit():
            return str(rng.randrange(10 ** (len(word) - 1), 10 ** len(word))) if rng.random() < NUMBER_P else word
        if len(word) < 4 or rng.random() >= REPLACE_P:
            return word
        if rng.random() < NOVEL_P:
            i = rng.randrange(1, len(word))
            return word[:i] + rng.choice("abcdefghijklmnopqrstuvwxyzéè") + word[i:]
        return vocabulary[rng.randrange(len(vocabulary))]

    return _WORD.sub(replace, text)


@dataclass
class Corpus:
    articles: list[Article]
    sentences: int
    base_of: dict[str, int]  # a sentence's text -> the row of its original in the cached embeddings


def make_corpus(size: int, texts: list[str], copies: Sequence[int] | None = None, limit: int | None = None) -> Corpus:
    """Articles until `size` sentences (copy 0, 1, 2, ...), or the given copies of the first `limit` articles."""
    row_of = {t: i for i, t in enumerate(texts)}
    originals = [(a, [s.text for s in segment(a)]) for a in orangesum_articles(limit)]
    vocabulary = [w for _, sents in originals for s in sents for w in _WORD.findall(s) if len(w) >= 4]
    articles: list[Article] = []
    base_of: dict[str, int] = {}
    total = 0
    for copy in copies if copies is not None else range(10**6):
        for article, sents in originals:
            if copies is None and total >= size:
                return Corpus(articles, total, base_of)
            if copy == 0:
                articles.append(article)
                base_of.update((s, row_of[s]) for s in sents)
            else:
                rng = random.Random(f"{article.id}~{copy}")
                perturbed = [_perturb(s, rng, vocabulary) for s in sents]
                base_of.update((p, row_of[s]) for p, s in zip(perturbed, sents, strict=True))
                published = article.published - dt.timedelta(days=90 * copy) if article.published else None
                articles.append(
                    article.model_copy(
                        update={"id": f"{article.id}~{copy}", "text": "\n\n".join(perturbed), "published": published}
                    )
                )
            total += len(sents)
    return Corpus(articles, total, base_of)


class DerivedEncoder:
    """Vectors derived from the cached real embeddings (see the module docstring); times its own work."""

    def __init__(self, name: str, base: np.ndarray, base_of: dict[str, int], original: set[str]):
        self.name = name
        self.dimension = int(base.shape[1])
        self._base, self._base_of, self._original = base, base_of, original
        bank = np.random.default_rng(0).normal(size=(65536, self.dimension)).astype(np.float32)
        self._noise = bank * (NOISE_NORM / np.linalg.norm(bank, axis=1, keepdims=True))
        self.seconds = 0.0
        self.cpu_seconds = 0.0
        self.unknown = 0  # texts the segmenter cut differently from the generator (should stay 0)

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        t, c = time.perf_counter(), time.process_time()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), 65536):
            part = texts[start : start + 65536]
            hashes = np.array([zlib.crc32(s.encode()) for s in part], dtype=np.int64)
            rows = np.array([self._base_of.get(s, -1) for s in part], dtype=np.int64)
            self.unknown += int((rows < 0).sum())
            rows = np.where(rows < 0, hashes % len(self._base), rows)
            noisy = np.array([s not in self._original for s in part])
            vecs = self._base[rows] + self._noise[hashes % len(self._noise)] * noisy[:, None]
            out[start : start + len(part)] = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
        if progress:
            progress(len(texts))
        self.seconds += time.perf_counter() - t
        self.cpu_seconds += time.process_time() - c
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


def _questions() -> list[str]:
    _, piaf_questions = piaf(200)
    return [item.q for item in load_qa(DEV_QA)] + [q.question for q in piaf_questions]


def _peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _status_mb(field: str) -> int:
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(field + ":"))
    return round(int(line.split()[1]) / 1024)


def _disk_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def _build_dir(work: Path, size: int, kind: str) -> Path:
    return work / str(size) / kind


# --- steps, each run in its own process -------------------------------------------------------------------------
def step_build(size: int, work: Path, model: str) -> dict:
    texts, base = base_embeddings(model)
    t = time.perf_counter()
    corpus = make_corpus(size, texts)
    generated = time.perf_counter() - t
    encoder = DerivedEncoder(model, base, corpus.base_of, set(texts))
    root = _build_dir(work, size, "auto")
    shutil.rmtree(root, ignore_errors=True)
    t = time.perf_counter()
    report = IndexStore(root).build([], encoder, BuildOptions(ann_kind="auto"), articles=corpus.articles)
    wall = time.perf_counter() - t
    manifest = IndexStore(root).read_manifest()
    return {
        "articles": report.articles,
        "sentences": report.sentences,
        "corpus_generation_s": round(generated, 1),
        "build_without_embedding_s": round(wall - encoder.seconds, 1),
        "derived_encoder_s": round(encoder.seconds, 1),
        "unknown_texts": encoder.unknown,
        "peak_rss_mb": _peak_rss_mb(),
        "ann": manifest.ann,
        "ann_params": manifest.ann_params,
    }


def _exact_matrix(root: Path, model: str, size: int) -> np.ndarray:
    """Every row's float32 vector, derived again from the sentence texts (the ANN may keep float16)."""
    import sqlite3

    texts, base = base_embeddings(model)
    build = IndexStore(root).current_path()
    assert build is not None
    db = sqlite3.connect(build / "meta.sqlite")
    rows = [r[0] for r in db.execute("SELECT text FROM sentences ORDER BY row")]
    db.close()
    base_of = {t: i for i, t in enumerate(texts)}
    # Perturbed texts are not in base_of: they get their original's row through the generator's map.
    corpus = make_corpus(size, texts)
    base_of.update(corpus.base_of)
    return DerivedEncoder(model, base, base_of, set(texts)).encode(rows)


def step_variants(size: int, work: Path, model: str, kinds: Sequence[str]) -> dict:
    built = _build_dir(work, size, "auto")
    store = IndexStore(built)
    manifest = store.read_manifest()
    source = store.current_path()
    assert source is not None
    matrix = _exact_matrix(built, model, size)
    queries = make_encoder(model).encode(_questions())
    t = time.perf_counter()
    exact: list[tuple[np.ndarray, np.ndarray]] = []  # per question: every row's score, and the 10th best score
    for i in range(0, len(queries), 16):  # 16 questions at a time: 16 x 1M scores, not 216 x 1M
        scores = queries[i : i + 16] @ matrix.T
        tenth = -np.partition(-scores, 9, axis=1)[:, 9]
        exact.extend(zip(scores, tenth, strict=True))
    exact_s = time.perf_counter() - t
    out: dict = {"exact_numpy_search_ms_per_query": round(exact_s * 1000 / len(queries), 1), "kinds": {}}
    for kind in kinds:
        root = _build_dir(work, size, kind)
        timing = root / "ann_build.json"
        defaults = default_params(kind, len(matrix))  # type: ignore[arg-type]  # a name from KINDS
        search_defaults = {k: v for k, v in defaults.items() if k in SEARCH_PARAMS}
        if kind == manifest.ann:
            timing = built / "ann_build.json"
            target = source
            if not root.exists():
                root.symlink_to("auto")
            # Search parameters are the current defaults' (the build's own parameters stay).
            manifest = manifest.model_copy(update={"ann_params": {**manifest.ann_params, **search_defaults}})
            (target / "manifest.json").write_text(manifest.model_dump_json(indent=2))
        elif (root / "CURRENT").exists() and timing.exists():
            target = IndexStore(root).current_path()  # type: ignore[assignment]  # CURRENT exists
            variant = IndexStore(root).read_manifest()
            variant = variant.model_copy(update={"ann_params": {**variant.ann_params, **search_defaults}})
            (target / "manifest.json").write_text(variant.model_dump_json(indent=2))
        else:
            shutil.rmtree(root, ignore_errors=True)
            target = root / "builds" / source.name
            target.mkdir(parents=True)
            for p in source.rglob("*"):  # the same lexical side and metadata, hard-linked
                if p.is_file() and p.name not in ("vectors.faiss", "manifest.json"):
                    (target / p.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                    os.link(p, target / p.relative_to(source))
            t = time.perf_counter()
            ann = FaissIndex.create(matrix.shape[1], kind, expected=len(matrix))
            ann.add(matrix)
            timing.write_text(json.dumps({"ann_build_s": round(time.perf_counter() - t, 1)}))
            ann.save(target / "vectors.faiss")
            variant = manifest.model_copy(update={"ann": kind, "ann_params": dict(ann.spec.params)})
            del ann
            (target / "manifest.json").write_text(variant.model_dump_json(indent=2))
            (root / "CURRENT").write_text(source.name + "\n")
        loaded = IndexStore(target.parent.parent).open(model)
        result = _recall_and_time(loaded.ann, queries, exact)
        sweep = {}
        for name, values in SWEEPS.get(kind, {}).items():
            for value in values:
                loaded.ann.tune({name: value})  # type: ignore[attr-defined]  # FaissIndex, not the protocol
                sweep[f"{name}={value}"] = _recall_and_time(loaded.ann, queries, exact)
        out["kinds"][kind] = {
            **json.loads(timing.read_text() if timing.exists() else '{"ann_build_s": "in the build"}'),
            **result,
            "ann_params": dict(loaded.manifest.ann_params),
            "vectors_file_mb": round((target / "vectors.faiss").stat().st_size / 2**20, 1),
            "sweep": sweep,
        }
        loaded.close()
        print(kind, out["kinds"][kind], flush=True)
    return out


def _recall_and_time(ann: ANN, queries: np.ndarray, exact: Sequence[tuple[np.ndarray, np.ndarray]]) -> dict:
    """recall@10 against exact search, and search time, for `search.candidates` (100) rows as the searcher asks.

    A row found counts when its exact score reaches the exact 10th best: the corpus repeats some sentences word for
    word (same vector), and which of several tied rows comes back is not a miss."""
    t = time.perf_counter()
    found = [ann.search(q, 100)[1][:10] for q in queries]
    ms = (time.perf_counter() - t) * 1000 / len(queries)
    recall = float(
        np.mean([(scores[f] >= tenth - 1e-6).sum() / 10 for f, (scores, tenth) in zip(found, exact, strict=True)])
    )
    return {"recall_at_10": round(recall, 4), "ann_search_ms": round(ms, 2)}


def step_serve(size: int, work: Path, model: str, kind: str) -> dict:
    from index.config import IndexConfig, SearchConfig
    from index.engine import Engine

    root = _build_dir(work, size, kind)
    questions = _questions()
    engine = Engine(IndexConfig(index_dir=root, model=model), SearchConfig())
    engine.warm_up(long_running=True).join()  # the model is loaded before the index, as in the bot
    before = _status_mb("VmRSS")
    t = time.perf_counter()
    engine.load()
    load_s = time.perf_counter() - t
    after_load = _status_mb("VmRSS")
    for q in questions[:5]:
        engine.ask(q)
    latencies = []
    for q in questions:
        t = time.perf_counter()
        engine.ask(q)
        latencies.append((time.perf_counter() - t) * 1000)
    build = engine.loaded.path
    return {
        "load_s": round(load_s, 2),
        "queries": len(latencies),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "rss_peak_mb": _peak_rss_mb(),
        "rss_end_mb": _status_mb("VmRSS"),
        "rss_anon_mb": _status_mb("RssAnon"),
        "rss_file_mb": _status_mb("RssFile"),
        "rss_model_only_mb": before,
        "rss_after_load_mb": after_load,
        "disk_mb": _disk_mb(build),
    }


def step_load(size: int, work: Path, model: str, kinds: Sequence[str]) -> dict:
    """Opening each kind's index (`IndexStore.open`, as `Engine.load` does) 5 times in turn, wall and CPU time; the
    first open of each is the coldest this process sees (the page cache is the machine's)."""
    from index.store import verify_files

    out: dict[str, dict] = {k: {"wall_s": [], "cpu_s": [], "verify_cpu_s": []} for k in kinds}
    for _ in range(5):
        for kind in kinds:
            store = IndexStore(_build_dir(work, size, kind))
            t, c = time.perf_counter(), time.process_time()
            loaded = store.open(model)
            out[kind]["wall_s"].append(round(time.perf_counter() - t, 2))
            out[kind]["cpu_s"].append(round(time.process_time() - c, 2))
            c = time.process_time()
            verify_files(loaded.path, loaded.manifest)
            out[kind]["verify_cpu_s"].append(round(time.process_time() - c, 2))
            out[kind]["sentences"] = loaded.manifest.sentences
            out[kind]["checksummed_files"] = len(loaded.manifest.files)
            loaded.close()
    return {**out, "load_average": _load_average()}


def step_latency(size: int, work: Path, model: str, kinds: Sequence[str]) -> dict:
    """Every kind in one process, question by question in turn: the machine's noise falls on all of them alike."""
    from index.config import IndexConfig, SearchConfig
    from index.engine import Engine

    questions = _questions()
    engines = {k: Engine(IndexConfig(index_dir=_build_dir(work, size, k), model=model), SearchConfig()) for k in kinds}
    first = next(iter(engines.values()))
    first.warm_up(long_running=True).join()
    for engine in engines.values():
        engine._encoder = first.encoder  # one model in memory, as one bot holds
        for q in questions[:5]:
            engine.ask(q)
    times: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}  # this process's CPU time: what waiting for a core hides
    for q in questions:
        for kind, engine in engines.items():
            t, c = time.perf_counter(), time.process_time()
            engine.ask(q)
            times[kind].append((time.perf_counter() - t) * 1000)
            cpu[kind].append((time.process_time() - c) * 1000)
    return {
        k: {
            "queries": len(v),
            "p50_ms": round(percentile(v, 50), 1),
            "p95_ms": round(percentile(v, 95), 1),
            "cpu_p50_ms": round(percentile(cpu[k], 50), 1),
            "cpu_p95_ms": round(percentile(cpu[k], 95), 1),
        }
        for k, v in times.items()
    }


def step_add(size: int, work: Path, model: str, first: str = "full") -> dict:
    """1,000 new articles added twice, in this process: first with every file written whole (`append=False`: the
    path every build took before append builds; `first="append"`: an append build, which onto an index made before
    postings were kept tokenizes its sentences once), then 1,000 more by an append build onto the result. The index is
    a hard-linked copy (a build writes new files and never changes old ones), kept in <work>/<size>/add (a build
    with postings, checksums and this code's layout, for the serve and latency steps to be pointed at)."""
    texts, base = base_embeddings(model)
    corpus = make_corpus(size, texts)
    one = make_corpus(0, texts, copies=[ADDED_COPY], limit=ADDED_ARTICLES)
    two = make_corpus(0, texts, copies=[ADDED_COPY - 1], limit=ADDED_ARTICLES)
    encoder = DerivedEncoder(model, base, {**corpus.base_of, **one.base_of, **two.base_of}, set(texts))
    root = work / str(size) / "add"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(_build_dir(work, size, "auto"), root, copy_function=os.link, symlinks=True)
    serving = IndexStore(root).current_path()
    assert serving is not None
    had_postings = (serving / "lexical" / "tf.postings.npy").exists()
    articles = corpus.articles + one.articles
    options = BuildOptions(ann_kind="auto", append=first == "append")
    return {
        "first": {**_timed_add(root, encoder, articles, options), "onto_a_build_with_postings": had_postings},
        "append": _timed_add(root, encoder, articles + two.articles, BuildOptions(ann_kind="auto")),
        "load_average": _load_average(),
    }


def _timed_add(root: Path, encoder: DerivedEncoder, articles: list[Article], options: BuildOptions) -> dict:
    """One build of `articles` onto the index in `root`: wall and CPU time without the encoder's, peak RSS."""
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM: this build's own peak
    encoder.seconds = encoder.cpu_seconds = 0.0
    t, c = time.perf_counter(), time.process_time()
    report = IndexStore(root).build([], encoder, options, articles=articles)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    return {
        "mode": report.mode,
        "added_articles": len(report.added),
        "added_sentences": report.embedded,
        "reused_articles": len(report.reused),
        "sentences": report.sentences,
        "seconds_without_embedding": round(wall - encoder.seconds, 1),
        "cpu_seconds_without_embedding": round(cpu - encoder.cpu_seconds, 1),
        "peak_rss_mb": _status_mb("VmHWM"),
        "load_average": _load_average(),
    }


def _load_average() -> list[float]:
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]


STEPS: dict[str, Callable[..., dict]] = {
    "build": step_build,
    "variants": step_variants,
    "serve": step_serve,
    "latency": step_latency,
    "add": step_add,
    "load": step_load,
}


def _child(step: str, size: int, args: argparse.Namespace, *extra: str) -> dict:
    """One step in a fresh process (clean RSS and caches); its JSON result."""
    cmd = [sys.executable, __file__, "--step", step, "--work", str(args.work), "--model", args.model, str(size)]
    cmd += ["--kinds", *(extra or args.kinds), "--first-add", args.first_add]
    print("$", " ".join(cmd[2:]), flush=True)
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{step} {size} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _table(results: dict) -> str:
    lines = [
        "| sentences | ANN | p50 / p95 ms | RSS peak MB (file-backed) | disk MB | load s | recall@10 | ANN build s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for size, r in sorted(results.items(), key=lambda kv: int(kv[0])):
        for kind, serve in r.get("serve", {}).items():
            v = r.get("variants", {}).get("kinds", {}).get(kind, {})
            lat = r.get("latency", {}).get(kind, {})
            lines.append(
                f"| {int(size):,} | {kind}{' (auto)' if kind == r['build']['ann'] else ''} | "
                f"{lat.get('p50_ms', '?')} / {lat.get('p95_ms', '?')} | "
                f"{serve['rss_peak_mb']:,} ({serve['rss_file_mb']:,}) | "
                f"{serve['disk_mb']:,} | {serve['load_s']} | {v.get('recall_at_10', '?')} | "
                f"{v.get('ann_build_s', '?')} |"
            )
    lines.append("")
    for size, r in sorted(results.items(), key=lambda kv: int(kv[0])):
        b, a = r["build"], r.get("add", {})
        adds = "; ".join(
            f"add {x['added_articles']} articles, {x['mode']}: {x['seconds_without_embedding']} s "
            f"({x['cpu_seconds_without_embedding']} s CPU, peak RSS {x['peak_rss_mb']:,} MB)"
            for x in (a.get("first"), a.get("append"))
            if x
        )
        lines.append(
            f"{int(size):,}: {b['sentences']:,} sentences, {b['articles']:,} articles; build without embedding "
            f"{b['build_without_embedding_s']} s (peak RSS {b['peak_rss_mb']:,} MB); {adds}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[100_000, 300_000, 1_000_000])
    # A kind names its index folder under <work>/<size>/; `auto` (the build step's) and `add` (the add step's, kept)
    # can be given to the serve, latency and load steps.
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=[*KINDS, "auto", "add"])
    parser.add_argument("--work", type=Path, default=CACHE / "indexes")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--reuse", action="store_true", help="keep the builds and variants measured before")
    parser.add_argument("--skip-add", action="store_true")
    parser.add_argument(
        "--first-add", choices=["full", "append"], default="full", help="how the add step's first 1,000 articles go in"
    )
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        extra: dict = {"kind": args.kinds[0]} if args.step == "serve" else {}
        if args.step in ("variants", "latency", "load"):
            extra = {"kinds": args.kinds}
        if args.step == "add":
            extra = {"first": args.first_add}
        result = STEPS[args.step](args.sizes[0], args.work, args.model, **extra)
        print(json.dumps(result))
        return

    base_embeddings(args.model)  # once, before the children need it
    results = json.loads(OUT.read_text()) if OUT.exists() else {}
    for size in args.sizes:
        r = results.get(str(size), {}) if args.reuse else {}
        r["machine"] = machine()
        r["date"] = time.strftime("%Y-%m-%d %H:%M")
        if "build" not in r:
            r["build"] = _child("build", size, args)
            print("build", r["build"], flush=True)
        if "variants" not in r or set(args.kinds) - set(r["variants"]["kinds"]):
            r["variants"] = _child("variants", size, args)
        r["serve"] = {kind: _child("serve", size, args, kind) for kind in args.kinds}
        for kind, s in r["serve"].items():
            print("serve", kind, s, flush=True)
        r["latency"] = _child("latency", size, args)
        print("latency, kinds in turn", r["latency"], flush=True)
        if not args.skip_add:
            r["add"] = _child("add", size, args)
            print("add", r["add"], flush=True)
        # Read again before writing: another size may be running in another process.
        results = {**(json.loads(OUT.read_text()) if OUT.exists() else {}), str(size): r}
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(results, indent=2))
    print(_table(results))
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()
