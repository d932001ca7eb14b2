"""The index directory: builds written aside and switched in atomically, a manifest checked on load.

Layout of `root`:
    CURRENT             name of the build that serves (replaced atomically with os.replace)
    builds/<name>/      manifest.json, vectors.faiss, lexical/, meta.sqlite; the manifest holds the size and SHA-256 of
                        every other file, checked before a build is opened (so by `eventbot status` too)
    builds/.tmp-<name>/ a build being written; never read, removed by the next build
    .build.lock         held (flock) while a build runs

A build that only adds articles (`_append_plan`) copies the serving build's files into its .tmp folder and extends
them; any other build writes every file from the articles (`_write_full`). Both are sealed and switched alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from pydantic import ValidationError

from . import lexical
from .ann import ANN, AnnSpec, FaissIndex, choose_kind, needs_rebuild, with_training
from .encoder import Encoder, canonical_model_name
from .errors import IndexCorrupt, IndexNotBuilt, ModelMismatch, NothingToIndex, first_line
from .ingest import load_sources, segment
from .locks import file_lock
from .models import (
    SCHEMA_VERSION,
    Article,
    AttackEvent,
    BuildFile,
    BuildReport,
    Manifest,
    ProgressEvent,
    Sentence,
    SkippedSource,
)
from .passages import DEFAULT_CONTEXT, PassageContext, describe, passage_texts

if TYPE_CHECKING:
    from .qdrant_backend import QdrantBackend

log = logging.getLogger(__name__)

_MAX_CURRENT = 200  # bytes: a build name is about 30
_BUILD_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")

# Sentences from which an `auto` ANN is approximate (ivf) rather than exact (flat): see README "Scale".
DEFAULT_ANN_THRESHOLD = 200_000

EventExtractor = Callable[[Article, list[Sentence]], list[AttackEvent]]
Progress = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class BuildOptions:
    """How a build reads its sources and writes its files (from IndexConfig), handed down the build's steps."""

    max_file_bytes: int = 5_000_000
    ann_kind: str = "flat"  # flat, ivf, hnsw, or auto: flat below ann_threshold sentences, ivf from there on
    ann_threshold: int = DEFAULT_ANN_THRESHOLD
    batch_size: int = 64  # sentences per forward pass of the encoder
    extract_events: EventExtractor | None = None
    events_version: str | None = None  # the extractor's fingerprint: stored events are reused only under the same one
    passage_context: PassageContext = DEFAULT_CONTEXT  # what is embedded with each sentence (index/passages.py)
    allow_empty: bool = False  # a guild's overlay whose last source left: no build serves (not an error)
    append: bool = True  # False: files written whole even when only articles were added (bench/scale.py measures both)


@dataclass
class _Row:
    """One article of the new build: its sentences, where they start, reused vectors (None: to embed), events."""

    article: Article
    sentences: list[Sentence]
    digest: str
    first_row: int
    vectors: np.ndarray | None
    events: list[AttackEvent] = field(default_factory=list)


_SCHEMA = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, published TEXT, lang TEXT NOT NULL,
    source TEXT, path TEXT, hash TEXT NOT NULL, first_row INTEGER NOT NULL, n_sentences INTEGER NOT NULL
);
CREATE TABLE sentences (
    row INTEGER PRIMARY KEY, article_id TEXT NOT NULL, position INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX sentences_article ON sentences(article_id, position);
CREATE TABLE events (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, json TEXT NOT NULL);
"""


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str
    url: str | None
    published: dt.date | None
    lang: str
    source: str | None
    path: str | None
    hash: str
    first_row: int
    n_sentences: int


class LoadedIndex:
    """A built index opened for reading: manifest, vectors, BM25 and the sentence metadata."""

    def __init__(self, path: Path, manifest: Manifest, ann: ANN, lex: lexical.Lexical, db: sqlite3.Connection):
        self.path = path
        self.manifest = manifest
        self.verified = ""  # what the checksums said when it was opened (IndexStore.open), for `eventbot status`
        self.ann = ann
        self.lexical = lex
        self._db = db
        self._lock = threading.Lock()
        self.articles: dict[str, ArticleRow] = {}
        found = self._query(
            "SELECT id, title, url, published, lang, source, path, hash, first_row, n_sentences FROM articles"
        )
        for r in sorted(found, key=lambda r: r[8]):  # in row order already (as inserted): no sort in SQLite
            published = dt.date.fromisoformat(r[3]) if r[3] else None
            self.articles[r[0]] = ArticleRow(r[0], r[1], r[2], published, r[4], r[5], r[6], r[7], r[8], r[9])
        self._row_arrays(manifest.sentences)

    def _row_arrays(self, size: int) -> None:
        """Row -> article, as parallel arrays, so that search can filter and group without SQL; has_prev[i] /
        has_next[i]: row i-1 / i+1 is a sentence of the same article. The articles tile the rows in order."""
        rows = list(self.articles.values())
        counts = np.fromiter((a.n_sentences for a in rows), dtype=np.int64, count=len(rows))
        firsts = np.fromiter((a.first_row for a in rows), dtype=np.int64, count=len(rows))
        starts = np.cumsum(counts) - counts
        if counts.sum() != size or not np.array_equal(firsts, starts) or (counts < 1).any():
            raise IndexCorrupt(f"The index in {self.path} is inconsistent (its articles do not cover its rows).")
        self.row_article: list[str] = np.repeat(np.array([a.id for a in rows], dtype=object), counts).tolist()
        self.row_lang = np.repeat(np.array([a.lang for a in rows], dtype="<U2"), counts)
        self.article_firsts = firsts  # each article's first row, ascending (the order of `articles`)
        self.has_prev = np.ones(size, dtype=bool)
        self.has_prev[firsts] = False
        self.has_next = np.ones(size, dtype=bool)
        self.has_next[firsts + counts - 1] = False

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def sentences(self, rows: Sequence[int]) -> dict[int, Sentence]:
        if not rows:
            return {}
        marks = ",".join("?" * len(rows))
        found = self._query(
            f'SELECT row, article_id, position, start, "end", text FROM sentences WHERE row IN ({marks})',
            [int(r) for r in rows],
        )
        return {r[0]: Sentence(article_id=r[1], position=r[2], start=r[3], end=r[4], text=r[5]) for r in found}

    def article_sentences(self, article_id: str) -> list[Sentence]:
        found = self._query(
            'SELECT article_id, position, start, "end", text FROM sentences WHERE article_id = ? ORDER BY position',
            [article_id],
        )
        return [Sentence(article_id=r[0], position=r[1], start=r[2], end=r[3], text=r[4]) for r in found]

    def row_of(self, article_id: str, position: int) -> int | None:
        a = self.articles.get(article_id)
        if a is None or not 0 <= position < a.n_sentences:
            return None
        return a.first_row + position

    def events(self) -> list[AttackEvent]:
        return [AttackEvent.model_validate_json(r[0]) for r in self._query("SELECT json FROM events")]

    def close(self) -> None:
        with self._lock:
            self._db.close()


class IndexStore:
    """Reads and writes the index directory."""

    def __init__(self, root: Path, qdrant: QdrantBackend | None = None):
        self.root = Path(root)
        self.qdrant = qdrant  # None: the vectors and BM25 are files of each build (FAISS, bm25s)

    @property
    def builds(self) -> Path:
        return self.root / "builds"

    def current_path(self) -> Path | None:
        """The serving build; IndexCorrupt when `CURRENT` does not name one (garbage bytes, a path, a huge file)."""
        try:
            with open(self.root / "CURRENT", "rb") as handle:
                raw = handle.read(_MAX_CURRENT + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise IndexCorrupt(f"Cannot read {self.root / 'CURRENT'} ({exc.strerror or exc}).") from None
        try:
            name = raw.decode("ascii").strip()
        except UnicodeDecodeError:
            name = None
        if not name:
            if name == "":
                return None
            raise IndexCorrupt(
                f"{self.root / 'CURRENT'} is damaged (not a build name): run `eventbot index` to repair."
            )
        if len(raw) > _MAX_CURRENT or not _BUILD_NAME.fullmatch(name):
            raise IndexCorrupt(
                f"{self.root / 'CURRENT'} is damaged (not a build name): run `eventbot index` to repair."
            )
        return self.builds / name

    def _previous_path(self) -> Path | None:
        """The serving build for a new build to follow; a damaged `CURRENT` is what that build repairs."""
        try:
            return self.current_path()
        except IndexCorrupt as exc:
            log.warning("%s", exc)
            return None

    def read_manifest(self, path: Path | None = None) -> Manifest:
        path = path or self.current_path()
        if path is None:
            raise IndexNotBuilt(f"No index in {self.root} yet: run `eventbot index` to build it.")
        try:
            return Manifest.model_validate_json((path / "manifest.json").read_bytes())
        except FileNotFoundError:
            raise IndexCorrupt(f"The index in {path} has no manifest: run `eventbot index` to rebuild it.") from None
        except (ValidationError, ValueError) as exc:
            raise IndexCorrupt(
                f"The index manifest in {path} is unreadable ({first_line(exc)}): run `eventbot index` to rebuild it."
            ) from None

    def open(self, model: str, passage_context: str = DEFAULT_CONTEXT, *, any_tokenizer: bool = False) -> LoadedIndex:
        """Open the serving build, checking it against the configured model and passage recipe, and its BM25 against
        this tokenizer (`any_tokenizer`: not, for a build that reuses its vectors and tokenizes every sentence anew)."""
        path = self.current_path()
        manifest = self.read_manifest(path)
        assert path is not None
        if manifest.schema_version != SCHEMA_VERSION:
            raise ModelMismatch(
                f"The index was built by another version of eventbot (schema {manifest.schema_version}, "
                f"expected {SCHEMA_VERSION}): run `eventbot index` to rebuild it."
            )
        if canonical_model_name(manifest.model) != canonical_model_name(model):
            raise ModelMismatch(
                f"The index was built with model {manifest.model!r} but {model!r} is configured: "
                "run `eventbot index` to re-embed the sources with it."
            )
        if manifest.passage_context != passage_context:
            raise ModelMismatch(
                f"The index was built embedding {describe(manifest.passage_context)} "
                f"(passage_context {manifest.passage_context!r}) but {passage_context!r} is configured: "
                "run `eventbot index` to re-embed the sources with it."
            )
        built_with = manifest.lexical.get("tokenizer")
        if built_with != lexical.TOKENIZER_VERSION and not any_tokenizer:
            raise ModelMismatch(
                f"The index's words were read by tokenizer version {built_with} but this eventbot reads them with "
                f"version {lexical.TOKENIZER_VERSION}: run `eventbot index` to index them again (the sentences' "
                "vectors are reused)."
            )
        self._check_backend(path, manifest)
        verified = verify_files(path, manifest)  # before any file is read: garbled data is refused, not served
        try:
            ann: ANN
            lex: lexical.Lexical
            if self.qdrant is not None and manifest.collection:
                ann, lex = self.qdrant.open(path, manifest.collection, manifest.sentences, manifest.dimension)
            else:
                ann = FaissIndex.load(path / "vectors.faiss", AnnSpec(manifest.ann, manifest.ann_params))  # type: ignore[arg-type]  # checked against the file
                lex = lexical.LexicalIndex.load(path / "lexical", any_version=any_tokenizer)
            if {ann.count, lex.num_docs} != {manifest.sentences}:  # before sizing arrays by the manifest's word
                counts = sorted({ann.count, lex.num_docs, manifest.sentences})
                raise IndexCorrupt(f"The index in {path} is inconsistent (counts {counts}): run `eventbot index`.")
            db = sqlite3.connect(f"file:{path / 'meta.sqlite'}?mode=ro", uri=True, check_same_thread=False)
            loaded = LoadedIndex(path, manifest, ann, lex, db)
        except IndexCorrupt:
            raise
        except Exception as exc:  # any damage to any file (a tokenizer of the wrong shape raises TypeError)
            raise IndexCorrupt(
                f"The index in {path} is damaged ({first_line(exc)}): run `eventbot index` to rebuild it."
            ) from None
        distinct = {ann.count, lex.num_docs, manifest.sentences, len(loaded.row_article)}
        if len(distinct) != 1 or ann.dimension != manifest.dimension:
            loaded.close()
            raise IndexCorrupt(
                f"The index in {path} is inconsistent (counts {sorted(distinct)}): run `eventbot index`."
            )
        loaded.verified = verified
        return loaded

    def _check_backend(self, path: Path, manifest: Manifest) -> None:
        configured = "faiss" if self.qdrant is None else "qdrant"
        if manifest.backend != configured:
            raise ModelMismatch(
                f"The index in {path} was built with the {manifest.backend} backend but index.backend is "
                f"{configured!r}: run `eventbot index` to rebuild it (or set index.backend = {manifest.backend!r})."
            )

    def lock(self, wait_seconds: float = 0.0):
        """The build lock, for work that must not overlap a build (settling an interrupted source change)."""
        return self._build_lock(wait_seconds)

    def _build_lock(self, wait_seconds: float = 0.0):
        return file_lock(
            self.root / ".build.lock",
            "An index build is already running; try again when it has finished.",
            wait_seconds,
        )

    def build(
        self,
        sources: Path | Sequence[Path],
        encoder: Encoder,
        options: BuildOptions = BuildOptions(),
        *,
        progress: Progress | None = None,
        articles: Sequence[Article] | None = None,
        wait_seconds: float = 0.0,
        prepare: Callable[[], None] | None = None,
        undo: Callable[[], None] | None = None,
    ) -> BuildReport:
        """Build (incrementally) from the sources folder(s), or from `articles` when given, and switch to it.

        `prepare` changes the sources once the build lock is held (a source added or removed), and `undo` reverts it,
        still under the lock, if the build fails: no other build can read the sources in between."""
        t0 = time.perf_counter()
        notify = progress or (lambda _event: None)
        with self._build_lock(wait_seconds):
            if prepare is not None:
                prepare()
            try:
                if articles is None:
                    folders = [sources] if isinstance(sources, (str, Path)) else sources
                    found, skipped = _load_all(folders, options.max_file_bytes)
                else:
                    found, skipped = list(articles), []
                return self._build_locked(found, BuildReport(skipped=skipped), encoder, options, notify, t0)
            except BaseException:
                if undo is not None:
                    undo()
                raise

    def _build_locked(
        self,
        articles: list[Article],
        report: BuildReport,
        encoder: Encoder,
        options: BuildOptions,
        notify: Progress,
        t0: float,
    ) -> BuildReport:
        self._remove_stale_temporaries()
        notify(ProgressEvent(stage="read", done=len(articles), total=len(articles)))
        previous = self._previous_path()
        name = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]
        tmp = self.builds / f".tmp-{name}"
        tmp.mkdir(parents=True)
        try:
            manifest = self._write_build(tmp, articles, encoder, options, report, notify)
            manifest.build_seconds = round(time.perf_counter() - t0, 3)
            final = self._publish(tmp, name, manifest)
        except NothingToIndex:
            shutil.rmtree(tmp, ignore_errors=True)
            self._discard(name)
            if not options.allow_empty:
                raise
            return self._empty(report, previous, notify, t0)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            self._discard(name)
            raise
        # The build that served until now stays one round, for readers that opened it a moment ago.
        self._prune(keep={name, previous.name if previous else ""})
        report.seconds = round(time.perf_counter() - t0, 3)
        report.index_dir = str(final)
        notify(ProgressEvent(stage="done", done=report.sentences, total=report.sentences))
        return report

    def _write_build(
        self,
        out: Path,
        articles: Sequence[Article],
        encoder: Encoder,
        options: BuildOptions,
        report: BuildReport,
        notify: Progress,
    ) -> Manifest:
        """The build's files in `out`: appended to the serving build's when the change only adds articles (see
        `_append_plan`), else written whole; the manifest that describes them is returned for `_publish`."""
        previous = self._reusable(encoder, options.passage_context)
        try:
            plan = None
            if previous is not None and options.append and self.qdrant is None:  # Qdrant: a whole collection a build
                plan = _append_plan(articles, previous, options, report, notify)
            if plan is not None and previous is not None:
                ann_spec, events = _write_append(out, plan, previous, encoder, options, report, notify)
            else:
                ann_spec, events = _write_full(out, articles, previous, encoder, options, report, notify, self.qdrant)
        finally:
            if previous is not None:
                previous.close()
        report.events = _listed_events(events)
        manifest = _manifest(articles, encoder, ann_spec, options, report)
        if self.qdrant is not None:
            manifest.backend, manifest.collection = "qdrant", self.qdrant.collection_for(out.name.removeprefix(".tmp-"))
            manifest.lexical["method"] = f"qdrant sparse, idf modifier, lucene k1={lexical.BM25_K1} b={lexical.BM25_B}"
        return manifest

    def _empty(self, report: BuildReport, previous: Path | None, notify: Progress, t0: float) -> BuildReport:
        """Nothing left to index where that is allowed (an overlay): `CURRENT` goes, so no build serves."""
        (self.root / "CURRENT").unlink(missing_ok=True)
        _fsync_dir(self.root)
        if self.qdrant is not None:
            self.qdrant.restore(None)
        self._prune(keep={previous.name if previous else ""})
        report.seconds = round(time.perf_counter() - t0, 3)
        notify(ProgressEvent(stage="done", done=0, total=0))
        return report

    def _publish(self, tmp: Path, name: str, manifest: Manifest) -> Path:
        """Checksum the files and make them durable, write the manifest, move the build in place and switch `CURRENT`
        to it."""
        manifest.files = _seal(tmp)
        (tmp / "manifest.json").write_text(manifest.model_dump_json(indent=2))
        _fsync_file(tmp / "manifest.json")
        for folder in [*(p for p in tmp.rglob("*") if p.is_dir()), tmp]:
            _fsync_dir(folder)
        final = self.builds / name
        os.rename(tmp, final)
        # Qdrant's alias first, then `CURRENT`: readers of either see the old build or the new one, whole.
        replaced = self.qdrant.switch(manifest.collection) if self.qdrant and manifest.collection else None
        try:
            self._switch_to(name)
        except BaseException:
            if self.qdrant is not None:
                self.qdrant.restore(replaced)
            raise
        return final

    def _reusable(self, encoder: Encoder, passage_context: str) -> LoadedIndex | None:
        """The serving build, if its vectors can be reused with this encoder and passage recipe (an article's vectors
        are then reused when its content hash, which covers every text its passages embed, is unchanged)."""
        try:
            loaded = self.open(encoder.name, passage_context, any_tokenizer=True)  # the vectors do not depend on it
        except IndexNotBuilt:
            return None
        except IndexCorrupt as exc:  # said, since every sentence is embedded again: the build takes longer
            log.warning("%s Building a new one from the sources, embedding every sentence again.", _reason(exc))
            return None
        except ModelMismatch as exc:
            log.info("not reusing the previous index: %s", exc)
            return None
        if loaded.manifest.dimension != encoder.dimension:
            loaded.close()
            return None
        return loaded

    def _switch_to(self, name: str) -> None:
        pointer = self.root / "CURRENT"
        tmp = self.root / f".CURRENT.{uuid.uuid4().hex[:8]}"
        with open(tmp, "w") as handle:
            handle.write(name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, pointer)
        _fsync_dir(self.root)

    def _prune(self, keep: set[str]) -> None:
        for p in self.builds.iterdir():
            if not p.name.startswith(".") and p.name not in keep:
                shutil.rmtree(p, ignore_errors=True)
        if self.qdrant is not None:
            self.qdrant.prune(keep)

    def _discard(self, name: str) -> None:
        """A failed build's collection goes (its files went with its folder)."""
        if self.qdrant is not None:
            try:
                self.qdrant.discard(name)
            except Exception as exc:  # the build's own failure is what the caller must see; the next build prunes it
                log.warning("could not drop the failed build's collection: %s", first_line(exc))

    def _remove_stale_temporaries(self) -> None:
        for p in self.root.glob(".CURRENT.*"):  # a pointer a killed build wrote and never switched to
            p.unlink(missing_ok=True)
        if self.builds.exists():
            for p in self.builds.glob(".tmp-*"):
                shutil.rmtree(p, ignore_errors=True)


def _load_all(roots: Sequence[Path], max_bytes: int) -> tuple[list[Article], list[SkippedSource]]:
    """Articles of several source folders; an id seen in an earlier folder wins."""
    articles: list[Article] = []
    skipped: list[SkippedSource] = []
    seen: dict[str, str] = {}
    for root in roots:
        found, bad = load_sources(Path(root), max_bytes=max_bytes)
        skipped.extend(bad)
        for article in found:
            if article.id in seen:
                skipped.append(
                    SkippedSource(
                        path=f"{root}/{article.path}", reason=f"duplicate id {article.id} (also in {seen[article.id]})"
                    )
                )
                continue
            seen[article.id] = f"{root}/{article.path}"
            articles.append(article)
    return articles, skipped


def _plan_rows(
    articles: Sequence[Article],
    previous: LoadedIndex | None,
    options: BuildOptions,
    report: BuildReport,
    notify: Progress,
) -> list[_Row]:
    """Segment every article; reuse the vectors (and events) of one the serving build holds unchanged."""
    prev_articles = previous.articles if previous else {}
    # Stored events are reused only if the same extractor made them.
    reuse_events = previous is not None and previous.manifest.events_version == options.events_version
    rows: list[_Row] = []
    first_row = 0
    for i, article in enumerate(articles):
        sents = segment(article)
        if not sents:
            report.skipped.append(_skip(article, "no sentences"))
            continue
        digest = article.content_hash()
        old = prev_articles.get(article.id)
        reuse = old is not None and old.hash == digest and old.n_sentences == len(sents)
        row = _Row(article, sents, digest, first_row, None)
        if reuse:
            assert previous is not None and old is not None
            row.vectors = previous.ann.vectors(np.arange(old.first_row, old.first_row + old.n_sentences))
            report.reused.append(article.id)
        else:
            (report.updated if old is not None else report.added).append(article.id)
        if options.extract_events is not None:
            reused = reuse and reuse_events
            row.events = _reused_events(previous, article.id) if reused else options.extract_events(article, sents)
        rows.append(row)
        first_row += len(sents)
        notify(ProgressEvent(stage="segment", done=i + 1, total=len(articles)))
    return rows


def _write_full(
    out: Path,
    articles: Sequence[Article],
    previous: LoadedIndex | None,
    encoder: Encoder,
    options: BuildOptions,
    report: BuildReport,
    notify: Progress,
    qdrant: QdrantBackend | None = None,
) -> tuple[AnnSpec, list[AttackEvent]]:
    """Every file written from the articles, in four steps: plan the rows (reuse vectors or embed), write the
    metadata and events, write the vectors and BM25 (or, with `qdrant`, a collection of both: index/qdrant_backend.py).
    Returns the ANN's spec and the build's events."""
    rows = _plan_rows(articles, previous, options, report, notify)
    report.removed = sorted(set(previous.articles if previous else {}) - {a.id for a in articles})
    _write_metadata(out / "meta.sqlite", rows)
    if not rows:
        raise _nothing_to_index(report)
    if qdrant is None:
        report.embedded, ann_spec = _write_vectors(out / "vectors.faiss", rows, encoder, options, notify)
        _write_lexical(out / "lexical", rows)
    else:
        matrix, report.embedded = _vector_matrix(rows, encoder, options, notify)
        qdrant.write(out.name.removeprefix(".tmp-"), out, rows, matrix)
        ann_spec = AnnSpec("flat" if qdrant.exact else "hnsw")
    report.articles = len(rows)
    report.sentences = sum(len(r.sentences) for r in rows)
    return ann_spec, [e for r in rows for e in r.events]


@dataclass
class _Append:
    """An append build: the serving build's rows kept as they are, the new articles' rows after them."""

    rows: list[_Row]  # the new articles, numbered from the end of the serving build
    moved: list[Article]  # kept articles whose file moved (same content, another path or source)


def _append_plan(
    articles: Sequence[Article], previous: LoadedIndex, options: BuildOptions, report: BuildReport, notify: Progress
) -> _Append | None:
    """The append plan when every article the serving build holds is still there unchanged (so only articles are
    added) and its events can be kept (same event extractor); None: a full build."""
    manifest = previous.manifest
    if manifest.events_version != (options.events_version if options.extract_events else None):
        return None
    if manifest.lexical.get("tokenizer") != lexical.TOKENIZER_VERSION:
        return None  # every sentence is tokenized again: a full build (which reuses the vectors)
    if len(articles) < len(previous.articles):
        return None
    new: list[Article] = []
    moved: list[Article] = []
    for article in articles:
        old = previous.articles.get(article.id)
        if old is None:
            new.append(article)
        elif old.hash != article.content_hash():
            return None  # an article changed: its rows would leave a hole
        elif (old.path, old.source) != (article.path, article.source):
            moved.append(article)
    if len(articles) - len(new) != len(previous.articles):
        return None  # an article was removed (or an id given twice)
    report.reused = [a.id for a in articles if a.id in previous.articles]
    kept = len(articles) - len(new)

    def progress(event: ProgressEvent) -> None:  # articles read: the kept ones are read as they are
        notify(ProgressEvent(stage=event.stage, done=kept + event.done, total=len(articles)))

    return _Append(_new_rows(new, manifest.sentences, options, report, progress), moved)


def _new_rows(
    articles: Sequence[Article], first_row: int, options: BuildOptions, report: BuildReport, notify: Progress
) -> list[_Row]:
    """Segment new articles (and read their events) into rows numbered from `first_row`."""
    rows: list[_Row] = []
    for i, article in enumerate(articles):
        sents = segment(article)
        if not sents:
            report.skipped.append(_skip(article, "no sentences"))
            continue
        row = _Row(article, sents, article.content_hash(), first_row, None)
        if options.extract_events is not None:
            row.events = options.extract_events(article, sents)
        report.added.append(article.id)
        rows.append(row)
        first_row += len(sents)
        notify(ProgressEvent(stage="segment", done=i + 1, total=len(articles)))
    return rows


def _write_append(
    out: Path,
    plan: _Append,
    previous: LoadedIndex,
    encoder: Encoder,
    options: BuildOptions,
    report: BuildReport,
    notify: Progress,
) -> tuple[AnnSpec, list[AttackEvent]]:
    """The serving build's files copied and extended with the new rows: SQLite rows inserted, the ANN added to (its
    cells kept, see `ann.needs_rebuild`), BM25 scored again from the kept postings and the new sentences' tokens."""
    shutil.copyfile(previous.path / "meta.sqlite", out / "meta.sqlite")
    _append_metadata(out / "meta.sqlite", plan)
    report.embedded, ann_spec = _extend_vectors(out / "vectors.faiss", previous, plan.rows, encoder, options, notify)
    _extend_lexical(out / "lexical", previous, plan.rows)
    report.mode = "append"
    report.articles = previous.manifest.articles + len(plan.rows)
    report.sentences = previous.manifest.sentences + sum(len(r.sentences) for r in plan.rows)
    kept = previous.events() if options.extract_events is not None else []
    return ann_spec, kept + [e for r in plan.rows for e in r.events]


def _append_metadata(path: Path, plan: _Append) -> None:
    db = sqlite3.connect(path)
    try:
        _insert_rows(db, plan.rows)
        db.executemany(
            "UPDATE articles SET source = ?, path = ? WHERE id = ?", [(a.source, a.path, a.id) for a in plan.moved]
        )
        db.commit()
    finally:
        db.close()


def _extend_vectors(
    path: Path, previous: LoadedIndex, rows: Sequence[_Row], encoder: Encoder, options: BuildOptions, notify: Progress
) -> tuple[int, AnnSpec]:
    """vectors.faiss: the serving build's ANN with the new rows' vectors added, or built again from all the vectors
    when the kind changes (`auto` past its threshold) or an ivf's cells were trained on too few of them."""
    fresh = _embed(rows, encoder, options, notify)
    notify(ProgressEvent(stage="write", done=0, total=1))
    manifest = previous.manifest
    total = manifest.sentences + len(fresh)
    kind = choose_kind(total, options.ann_threshold) if options.ann_kind == "auto" else options.ann_kind
    built = with_training(AnnSpec(manifest.ann, manifest.ann_params), manifest.sentences)  # type: ignore[arg-type]  # checked when it was opened
    if needs_rebuild(built, kind, total):
        ann = FaissIndex.create(encoder.dimension, kind, expected=total)
        ann.add(np.concatenate([previous.ann.vectors(np.arange(manifest.sentences)), fresh]))
    else:
        ann = FaissIndex.load(previous.path / "vectors.faiss", built, mmap=False)
        ann.add(fresh)
    ann.save(path)
    return len(fresh), ann.spec


def _extend_lexical(path: Path, previous: LoadedIndex, rows: Sequence[_Row]) -> None:
    """lexical/: the serving build's postings (not tokenized again) and the new sentences', scored as one corpus."""
    postings = lexical.Postings.load(previous.path / "lexical") or _postings_of(previous)
    tokens = [lexical.tokenize(s.text, row.article.lang) for row in rows for s in row.sentences]
    lexical.LexicalIndex.from_postings(postings.extended(tokens)).save(path)


def _postings_of(previous: LoadedIndex) -> lexical.Postings:
    """The postings of a build made before they were kept: its sentences tokenized once, read in row order."""
    found = previous._query(
        "SELECT s.text, a.lang FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY s.row"
    )
    return lexical.Postings.empty().extended([lexical.tokenize(text, lang) for text, lang in found])


def _write_metadata(path: Path, rows: Sequence[_Row]) -> None:
    """meta.sqlite: the articles, their sentences and their events."""
    db = sqlite3.connect(path)
    try:
        db.executescript(_SCHEMA)
        _insert_rows(db, rows)
        db.commit()
    finally:
        db.close()


def _insert_rows(db: sqlite3.Connection, rows: Sequence[_Row]) -> None:
    """Articles first, then sentences: the articles' pages lie together, so loading reads a few MB of the file, not
    pages spread over all of it (a cold start at 1M sentences)."""
    db.executemany(
        "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                row.article.id,
                row.article.title,
                row.article.url,
                row.article.published.isoformat() if row.article.published else None,
                row.article.lang,
                row.article.source,
                row.article.path,
                row.digest,
                row.first_row,
                len(row.sentences),
            )
            for row in rows
        ],
    )
    for row in rows:
        db.executemany(
            'INSERT INTO sentences (row, article_id, position, start, "end", text) VALUES (?,?,?,?,?,?)',
            [(row.first_row + s.position, s.article_id, s.position, s.start, s.end, s.text) for s in row.sentences],
        )
    db.executemany(
        "INSERT OR REPLACE INTO events VALUES (?,?,?)",
        [(e.id, row.article.id, e.model_dump_json()) for row in rows for e in row.events],
    )


def _nothing_to_index(report: BuildReport) -> NothingToIndex:
    why = (
        f" ({len(report.skipped)} skipped; first: {report.skipped[0].path}: {report.skipped[0].reason})"
        if report.skipped
        else ""
    )
    return NothingToIndex(
        f"Nothing to index: no article with a sentence was found in the sources{why}. "
        "The previous index, if any, keeps serving."
    )


def _embed(rows: Sequence[_Row], encoder: Encoder, options: BuildOptions, notify: Progress) -> np.ndarray:
    """The vectors of the rows that have none yet (their passages, index/passages.py), in one pass of the encoder."""
    to_embed = [
        text
        for row in rows
        if row.vectors is None
        for text in passage_texts(row.article, row.sentences, options.passage_context)
    ]
    done = 0

    def embedded(n: int) -> None:
        nonlocal done
        done += n
        notify(ProgressEvent(stage="embed", done=done, total=len(to_embed)))

    if not to_embed:
        return np.zeros((0, encoder.dimension), np.float32)
    return encoder.encode(to_embed, batch_size=options.batch_size, progress=embedded)


def _write_vectors(
    path: Path, rows: Sequence[_Row], encoder: Encoder, options: BuildOptions, notify: Progress
) -> tuple[int, AnnSpec]:
    """vectors.faiss: reused vectors and new ones (embedded now, in one pass), in row order. Returns how many were
    embedded and the ANN's kind and parameters."""
    matrix, embedded = _vector_matrix(rows, encoder, options, notify)
    kind = choose_kind(len(matrix), options.ann_threshold) if options.ann_kind == "auto" else options.ann_kind
    ann = FaissIndex.create(encoder.dimension, kind, expected=len(matrix))
    ann.add(matrix)
    ann.save(path)
    return embedded, ann.spec


def _vector_matrix(
    rows: Sequence[_Row], encoder: Encoder, options: BuildOptions, notify: Progress
) -> tuple[np.ndarray, int]:
    """Every sentence's vector in row order: reused ones and new ones (embedded now, in one pass), and how many were
    embedded."""
    fresh = _embed(rows, encoder, options, notify)
    notify(ProgressEvent(stage="write", done=0, total=1))
    # One matrix, added at once: an ivf index trains its cells on the whole corpus.
    matrix = np.empty((sum(len(row.sentences) for row in rows), encoder.dimension), dtype=np.float32)
    start = cursor = 0
    for row in rows:
        n = len(row.sentences)
        if row.vectors is not None:
            matrix[start : start + n] = row.vectors
            row.vectors = None  # the copy in the matrix is the one kept
        else:
            matrix[start : start + n] = fresh[cursor : cursor + n]
            cursor += n
        start += n
    return matrix, len(fresh)


def _write_lexical(path: Path, rows: Sequence[_Row]) -> None:
    """lexical/: BM25 over each sentence's tokens, stemmed in its article's language."""
    lexical.LexicalIndex.build(
        [lexical.tokenize(s.text, row.article.lang) for row in rows for s in row.sentences]
    ).save(path)


def _manifest(
    articles: Sequence[Article], encoder: Encoder, ann: AnnSpec, options: BuildOptions, report: BuildReport
) -> Manifest:
    corpus = hashlib.sha256()
    for a in sorted(articles, key=lambda a: a.id):
        corpus.update(f"{a.id}\0{a.content_hash()}\n".encode())
    return Manifest(
        model=encoder.name,
        passage_context=options.passage_context,
        ann=ann.kind,
        ann_params=dict(ann.params),
        dimension=encoder.dimension,
        articles=report.articles,
        sentences=report.sentences,
        events=report.events,
        corpus_hash=corpus.hexdigest(),
        built_at=dt.datetime.now(dt.UTC),
        events_version=options.events_version if options.extract_events else None,
        lexical={
            "tokenizer": lexical.TOKENIZER_VERSION,
            "method": f"bm25s lucene k1={lexical.BM25_K1} b={lexical.BM25_B}",
        },
    )


def _listed_events(events: list[AttackEvent]) -> int:
    """How many events `/attacks` lists: one incident reported by several articles counts once (status says so too)."""
    if not events:
        return 0
    from .events.merging import merge_events  # only a build with events needs the event rules

    return len(merge_events(events))


def _reused_events(previous: LoadedIndex | None, article_id: str) -> list[AttackEvent]:
    if previous is None:
        return []
    rows = previous._query("SELECT json FROM events WHERE article_id = ?", [article_id])
    return [AttackEvent.model_validate_json(r[0]) for r in rows]


def _skip(article: Article, reason: str) -> SkippedSource:
    return SkippedSource(path=article.path or f"article:{article.id}", reason=reason)


def _reason(exc: IndexCorrupt) -> str:
    """The damage without the advice to run `eventbot index`, for a build that is doing just that."""
    return str(exc).split(": run `eventbot index`")[0].rstrip(".") + "."


def _build_files(build: Path) -> list[Path]:
    return sorted(p for p in build.rglob("*") if p.is_file() and p.name != "manifest.json")


def _digest(handle) -> str:
    return hashlib.file_digest(handle, "sha256").hexdigest()  # SHA-NI makes it the fastest of hashlib's here


def _seal(build: Path) -> dict[str, BuildFile]:
    """The size and SHA-256 of every file of a build being written (fsynced on the way: one read of each)."""
    files: dict[str, BuildFile] = {}
    for p in _build_files(build):
        with open(p, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            files[p.relative_to(build).as_posix()] = BuildFile(bytes=size, sha256=_digest(handle))
            os.fsync(handle.fileno())
    return files


_unverified_warned: set[Path] = set()


def verify_files(build: Path, manifest: Manifest) -> str:
    """Check every file the manifest lists (sizes first, then SHA-256); IndexCorrupt for the first that differs.

    A build made before checksums has none to check: it is served, with one warning (per process and build) that
    `eventbot index` adds them. Returns what was checked, for `eventbot status`."""
    if not manifest.files:
        if build not in _unverified_warned:
            _unverified_warned.add(build)
            log.warning(
                "the index in %s was built before checksums, so its files are not verified: "
                "run `eventbot index` to add them",
                build,
            )
        return "not verified: built before checksums (run `eventbot index` to add them)"
    t0 = time.perf_counter()
    for name, want in manifest.files.items():  # every size before any hash: a truncated file is found at once
        path = build / name
        if not path.resolve().is_relative_to(build.resolve()):
            raise _damaged(build, f"the manifest names {name[:80]!r}, outside the build")
        try:
            size = path.stat().st_size
        except OSError:
            raise _damaged(build, f"{name} is missing") from None
        if size != want.bytes:
            raise _damaged(build, f"{name} has {size:,} bytes, {want.bytes:,} were written")
    for name, want in manifest.files.items():
        try:
            with open(build / name, "rb") as handle:
                digest = _digest(handle)
        except OSError as exc:
            raise _damaged(build, f"{name} cannot be read: {exc.strerror or exc}") from None
        if digest != want.sha256:
            raise _damaged(build, f"{name} does not match its checksum")
    size = sum(f.bytes for f in manifest.files.values())
    seconds = time.perf_counter() - t0
    return f"{len(manifest.files)} files, {size / 1e6:.1f} MB, match their checksums ({seconds:.2f} s)"


def _damaged(build: Path, why: str) -> IndexCorrupt:
    return IndexCorrupt(f"The index in {build} is damaged ({why}): run `eventbot index` to rebuild it.")


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
