"""Engine: the retrieval core as the adapters see it (ask, build, status), thread-safe.

Questions are answered from the index that is serving; a build writes a new one aside and the
engine switches to it only when it is complete, so answers never stop during a rebuild.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .config import DatabaseConfig, IndexConfig, QdrantConfig, SearchConfig
from .encoder import Encoder, make_encoder
from .errors import BuildInProgress, EventbotError, IndexNotBuilt, ModelUnavailable, first_line
from .lexical import Glossary
from .models import (
    Answer,
    ArticleRef,
    AttackEvent,
    BuildReport,
    Manifest,
    Passage,
    ProgressEvent,
    split_sentence_id,
)
from .rerank import Reranker
from .search import Searcher
from .shards import Shards
from .store import ArticleRow, BuildOptions, IndexStore, LoadedIndex, verify_files

log = logging.getLogger(__name__)


class Reading:
    """What the adapters read from the index that serves them (the base alone, or the base and a guild's overlay):
    articles, passages, events and evidence. `_view()` is that index: a LoadedIndex or Shards."""

    _places: tuple[object, list[str]] | None = None  # the places of one serving view, for suggestions
    _merged: tuple[object, list[AttackEvent]] | None = None  # its events merged across articles, for /attacks

    def _view(self) -> LoadedIndex | Shards:
        raise NotImplementedError

    def articles(self) -> list[tuple[ArticleRef, int]]:
        """The indexed articles, newest first, each with its number of sentences."""
        rows = sorted(self._view().articles.values(), key=lambda a: (a.published or dt.date.min, a.title), reverse=True)
        return [(_ref(a), a.n_sentences) for a in rows]

    def article_ref(self, article_id: str) -> ArticleRef | None:
        """An indexed article's title, link and date; None when it is not (or no longer) in the index."""
        row = self._view().articles.get(article_id)
        return _ref(row) if row is not None else None

    def context(self, sentence_id: str, window: int = 1) -> Passage:
        """A cited sentence (`article#3`) with `window` sentences either side, and its article; an article that left
        the index gives no sentences and its id for a title."""
        article_id, position = split_sentence_id(sentence_id)
        loaded = self._view()
        row = loaded.articles.get(article_id)
        if row is None:
            return Passage(ArticleRef(id=article_id, title=article_id), [], position)
        sentences = loaded.article_sentences(article_id)
        lo, hi = max(0, position - window), min(len(sentences), position + window + 1)
        return Passage(_ref(row), sentences[lo:hi], position)

    # --- attack events -------------------------------------------------------------------------
    def events(self) -> list[AttackEvent]:
        return self._view().events()

    def attacks(
        self, *, where: str | None = None, since: str | None = None, until: str | None = None, weapon: str | None = None
    ) -> list[AttackEvent]:
        """Attack events of the serving index, merged across articles, filtered, newest first."""
        return self.attacks_and_versions(where=where, since=since, until=until, weapon=weapon)[0]

    def attacks_and_versions(
        self, *, where: str | None = None, since: str | None = None, until: str | None = None, weapon: str | None = None
    ) -> tuple[list[AttackEvent], dict[str, str]]:
        """`attacks`, and the version (content hash) of each article they cite, for `evidence` later."""
        # Here, not at the top: the event rules take 0.3 s to import, which `ask` need not wait for.
        from .events import filters

        loaded = self._view()
        events = filters.select_merged(
            self._merged_events(loaded), where=where, since=since, until=until, weapon=weapon
        )
        versions = {
            src.article_id: row.hash
            for event in events
            for src in event.sources
            if (row := loaded.articles.get(src.article_id)) is not None
        }
        return events, versions

    def evidence(self, events: list[AttackEvent], versions: dict[str, str]) -> dict[str, str]:
        """The text of the events' evidence sentences (id -> text), from articles the serving index holds in the
        version the events were read from: after a rebuild that changed an article, its positions may hold other
        sentences, and the caller shows the quotes stored with the event instead."""
        loaded = self._view()
        wanted: dict[str, set[int]] = {}
        for event in events:
            for sentence_ids in event.evidence.values():
                for sentence_id in sentence_ids:
                    try:
                        article_id, position = split_sentence_id(sentence_id)
                    except ValueError:
                        continue
                    wanted.setdefault(article_id, set()).add(position)
        found = {}
        for article_id, positions in wanted.items():
            row = loaded.articles.get(article_id)
            if row is None or row.hash != versions.get(article_id):
                continue
            for sentence in loaded.article_sentences(article_id):
                if sentence.position in positions:
                    found[f"{article_id}#{sentence.position}"] = sentence.text
        return found

    def _merged_events(self, loaded: LoadedIndex | Shards) -> list[AttackEvent]:
        """The view's events merged across articles, once per serving view (merging a whole corpus takes about a
        second of CPU; /attacks and /status ask for it on every call)."""
        from .events import merge_events

        cached = self._merged
        if cached is None or cached[0] is not loaded:
            cached = (loaded, merge_events(loaded.events()))
            self._merged = cached
        return cached[1]

    def known_places(self) -> list[str]:
        """The places and countries of the serving index's events (for suggestions), cached until another serves."""
        from .events import filters

        loaded = self._view()
        if self._places is None or self._places[0] is not loaded:
            self._places = (loaded, filters.known_places(loaded.events()))
        return self._places[1]


@dataclass
class BuildStatus:
    running: bool = False
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    last_report: BuildReport | None = None
    last_error: str | None = None
    progress: ProgressEvent | None = None
    requested_by: str | None = None


class Engine(Reading):
    guild_id: int | None = None  # None: the shared base; an OverlayEngine's guild otherwise (index/guilds.py)

    def __init__(
        self,
        index_config: IndexConfig,
        search_config: SearchConfig | None = None,
        encoder_factory: Callable[[], Encoder] | None = None,
        glossary: Glossary | None = None,
        qdrant: QdrantConfig | None = None,
        database: DatabaseConfig | None = None,
    ):
        self.index_config = index_config
        self.database = database  # where the registries live (index/db.py); None: SQLite files in index_dir
        self.search_config = search_config or SearchConfig()
        self.qdrant_config = qdrant or QdrantConfig()
        self.store = IndexStore(index_config.index_dir, self._qdrant_backend(None))
        self._encoder_factory = encoder_factory or (
            lambda: make_encoder(
                index_config.model,
                precision=index_config.precision,
                query_threads=index_config.query_threads,
                query_int8=index_config.query_int8,
            )
        )
        self._encoder: Encoder | None = None
        self._encoder_lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._load_lock = threading.Lock()
        self._refused: Path | None = None  # a newer build that failed to open: keep serving, do not retry it
        self._build_lock = threading.Lock()
        self.build_status = BuildStatus()
        if glossary is None and self.search_config.glossary:
            glossary = Glossary.load(self.search_config.glossary_path)
        self.glossary = glossary
        # Loaded once, shared by the guilds' searchers; a bad weights file fails here, at start-up.
        self.reranker = Reranker.load(self.search_config.rerank_path) if self.search_config.rerank else None

    def _qdrant_backend(self, guild: int | None):
        """Qdrant's collections for this index when `index.backend = "qdrant"` (imported only then: 2 s of start-up)."""
        if self.index_config.backend != "qdrant":
            return None
        from .qdrant_backend import QdrantBackend

        return QdrantBackend(self.qdrant_config, guild)

    # --- encoder -------------------------------------------------------------------------------
    @property
    def encoder(self) -> Encoder:
        with self._encoder_lock:
            if self._encoder is None:
                try:
                    self._encoder = self._encoder_factory()
                except (OSError, ValueError) as exc:  # not on disk, not cached, not a sentence-transformers model
                    raise ModelUnavailable(
                        f"Cannot load the embedding model {self.index_config.model!r} ({first_line(exc)}): give the "
                        "name of a "
                        "model installed on this machine or a local folder (nothing is downloaded)."
                    ) from None
            return self._encoder

    def warm_up(self, *, long_running: bool = False) -> threading.Thread:
        """Load the model in the background, so that start-up does not wait for it. A long-running process (the bot,
        the console) also readies the encoder's faster path for later questions, which a one-shot `ask` need not."""
        thread = threading.Thread(
            target=self._load_encoder_quietly, args=(long_running,), name="encoder-warm-up", daemon=True
        )
        thread.start()
        return thread

    def _load_encoder_quietly(self, long_running: bool) -> None:
        try:
            encoder = self.encoder
        except EventbotError:
            return  # said to the user when the model is needed
        load_torch = getattr(encoder, "load_torch", None)  # the lean BERT encoder's batch path
        if long_running and load_torch is not None:
            load_torch()

    # --- serving -------------------------------------------------------------------------------
    def load(self) -> LoadedIndex:
        """Open the serving index (raises IndexNotBuilt / IndexCorrupt / ModelMismatch)."""
        loaded = self.store.open(self.index_config.model, self.index_config.passage_context)
        self._searcher = Searcher(loaded, lambda: self.encoder, self.search_config, self.glossary, self.reranker)
        return loaded

    @property
    def loaded(self) -> LoadedIndex:
        return self.searcher.shards.parts[0]

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            if self.build_status.running:
                raise IndexNotBuilt("The index is being built for the first time; ask again in a minute.")
            with self._load_lock:
                if self._searcher is None:
                    self.load()
        else:
            self._follow_switch()
        assert self._searcher is not None
        return self._searcher

    def follow(self) -> None:
        """Serve the build another process switched to, if one did, or the first one it made (a bot calls this every
        few seconds, so that the next question does not wait for the new build to open)."""
        if self._searcher is not None:
            self._follow_switch()
        elif not self.build_status.running:
            # The first build, made by another process (the worker). None yet, or one that cannot be opened: a
            # question says which.
            with contextlib.suppress(EventbotError), self._load_lock:
                if self._searcher is None and self.store.current_path() is not None:
                    self.load()
                    log.info("now serving %s, built by another process", self.serving_build)

    def _follow_switch(self) -> None:
        """Another process (`eventbot index`, `eventbot source remove`) may have switched the index: serve the new
        one."""
        try:
            current = self.store.current_path()
        except EventbotError as exc:  # a damaged CURRENT: the build that serves keeps serving
            if self._refused != self.store.root / "CURRENT":
                self._refused = self.store.root / "CURRENT"
                log.warning("kept the previous index: %s", exc)
            return
        if current is None or self._searcher is None or current in (self._searcher.shards.parts[0].path, self._refused):
            return
        with self._load_lock:
            if current == self._searcher.shards.parts[0].path:
                return
            try:
                self.load()
                log.info("now serving %s, built by another process", current.name)
            except EventbotError as exc:
                self._refused = current
                log.warning("kept the previous index: the new build %s cannot be opened (%s)", current.name, exc)

    def is_loaded(self) -> bool:
        return self._searcher is not None

    @property
    def serving_build(self) -> Path | None:
        """The build this process answers from now, without looking for a newer one (None: none is open)."""
        searcher = self._searcher
        return searcher.shards.parts[0].path if searcher is not None else None

    def is_ready(self) -> bool:
        """Whether questions can be answered now without waiting: an index serves, or one is on disk and no first
        build is running. Cheap (no SQLite), so adapters can refuse before they defer."""
        if self.is_loaded():
            return True
        try:
            on_disk = self.store.current_path() is not None
        except EventbotError:
            on_disk = True  # a damaged one: opening it says what to run
        return on_disk and not self.build_status.running

    def require_ready(self) -> None:
        if not self.is_ready():
            raise IndexNotBuilt("no index is serving")

    def manifest(self, *, verify: bool = False) -> Manifest:
        """The serving build's manifest, read from disk (raises IndexNotBuilt / IndexCorrupt); with `verify`, its files
        are checked against their checksums too (what `eventbot status` does: /status)."""
        path = self.store.current_path()
        manifest = self.store.read_manifest(path)
        if verify and path is not None:
            verify_files(path, manifest)
        return manifest

    def ask(self, question: str, k: int | None = None) -> Answer:
        return self.searcher.ask(question, k)

    def _view(self) -> LoadedIndex:
        return self.loaded

    # --- building ------------------------------------------------------------------------------
    def build_options(self) -> BuildOptions:
        config = self.index_config
        return BuildOptions(
            max_file_bytes=config.max_file_bytes,
            ann_kind=config.ann,
            ann_threshold=config.ann_threshold,
            batch_size=config.batch_size,
            extract_events=_event_extractor() if config.extract_events else None,
            events_version=_events_version(),
            passage_context=config.passage_context,
        )

    def source_folders(self) -> list[Path]:
        managed = self.index_config.managed_dir
        return [self.index_config.sources, *([managed] if managed.is_dir() else [])]

    def build(
        self,
        *,
        sources: Path | None = None,
        progress: Callable[[ProgressEvent], None] | None = None,
        requested_by: str | None = None,
        articles=None,
        wait: float = 0.0,
        prepare: Callable[[], None] | None = None,
        undo: Callable[[], None] | None = None,
    ) -> BuildReport:
        """Build or update the index and switch the serving searcher to it. Blocking: run it in a thread.

        `wait`: seconds to wait for a running build (else BuildInProgress at once). `prepare`/`undo`: a change to the
        sources made, and reverted on failure, while this build holds the lock (see IndexStore.build)."""
        deadline = time.monotonic() + wait
        acquired = self._build_lock.acquire(timeout=wait) if wait > 0 else self._build_lock.acquire(blocking=False)
        if not acquired:
            raise BuildInProgress("An index build is already running; you will see its report when it ends.")
        status = self.build_status
        status.running, status.started_at, status.requested_by = True, dt.datetime.now(dt.UTC), requested_by
        status.progress, status.last_error = None, None

        def track(event: ProgressEvent) -> None:
            status.progress = event
            if progress:
                progress(event)

        try:
            report = self.store.build(
                sources or self.source_folders(),
                self.encoder,
                self.build_options(),
                progress=track,
                articles=articles,
                wait_seconds=max(0.0, deadline - time.monotonic()),
                prepare=lambda: self._settle_source_changes(prepare),
                undo=undo,
            )
            self._serve_built()
            status.last_report = report
            return report
        except Exception as exc:
            status.last_error = str(exc) or type(exc).__name__
            raise
        finally:
            status.running, status.finished_at = False, dt.datetime.now(dt.UTC)
            self._build_lock.release()

    def _serve_built(self) -> None:
        self.load()

    def _settle_source_changes(self, prepare: Callable[[], None] | None) -> None:
        """Under the build lock, before the sources are read: a source change that a killed process left half-made is
        completed or undone (index/sources/journal.py), then the caller's own change is made."""
        from .sources.journal import recover_before_build  # the sources package loads the fetching libraries

        recover_before_build(self)
        if prepare is not None:
            prepare()


def _event_extractor():
    from .events import extract_events  # imported when a build needs it (see Engine.attacks)

    return extract_events


_EVENTS_PACKAGE = Path(__file__).with_name("events")


def _events_version(package: Path = _EVENTS_PACKAGE) -> str:
    """Fingerprint of the extractor's code (every module of `index.events`): stored events are re-extracted when it
    changes."""
    digest = hashlib.sha256()
    for module in sorted(package.glob("*.py")):
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def _ref(row: ArticleRow) -> ArticleRef:
    return ArticleRef(id=row.id, title=row.title, url=row.url, published=row.published)
