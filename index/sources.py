"""Sources that moderators manage (uploaded files, web pages, RSS/Atom feeds): a registry and the changes it makes.

The registry is a SQLite file at the index directory's root (`sources.sqlite`, beside the builds, so it
survives rebuilds and restarts). The articles of source N live in `managed_sources/srcN/` as Markdown files
with YAML front matter (an uploaded JSON/JSONL file is kept as it is), so a full `eventbot index` sees them
like any other source; their ids start with `srcN/`, which is how an article is traced back to its source.

Every change (add, remove, refresh) fetches and validates first, then, holding a lock, writes the files,
rebuilds the index incrementally (only the new articles are embedded) with the store's atomic switch, and
undoes the files and the registry row if the build fails: a refused or failed change leaves the index as
it was. Blocking throughout: the bot calls it with asyncio.to_thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import re
import shutil
import sqlite3
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal
from urllib.parse import urlsplit

import feedparser
import lxml.html
import trafilatura
import yaml

from .config import SourcesConfig
from .engine import Engine
from .errors import BuildInProgress, EventbotError, SourceRejected
from .fetch import FEED_TYPES, PAGE_TYPES, Fetched, Fetcher, normalize_url
from .ingest import load_article_file, segment
from .lang import detect_lang
from .locks import file_lock
from .models import (
    Article,
    BuildReport,
    ChangeResult,
    SkippedSource,
    Source,
    SourceArticle,
    SourceChange,
    SourceKind,
    SourceOverview,
)

log = logging.getLogger(__name__)


UPLOAD_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
_ARTICLE_ID = re.compile(r"^src(\d+)/")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)
_SNIFF = 8192

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: src<id>/ article ids stay unambiguous
    kind TEXT NOT NULL CHECK (kind IN ('file', 'url', 'feed')),
    origin TEXT NOT NULL,                  -- normalized URL, or the uploaded file's name
    title TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    last_fetch_at TEXT,
    last_result TEXT,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS sources_origin ON sources(kind, origin) WHERE kind != 'file';
CREATE TABLE IF NOT EXISTS documents (     -- what each source brought: a page, a feed entry, an uploaded file
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    key TEXT NOT NULL,                     -- feed entry id, normalized page URL, or sha256 of a file
    url TEXT,                              -- normalized URL of the page, when there is one
    article_id TEXT,                       -- NULL for a failed or duplicate entry
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (source_id, key)
);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
"""


# ------------------------------------------------------------------------------------------------ models


def source_id_of(article_id: str) -> int | None:
    """The managed source an article comes from (None for the configured sources folder)."""
    match = _ARTICLE_ID.match(article_id)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------------------------------------- registry


class SourceRegistry:
    """The SQLite registry. Connections are short-lived, so any thread (or process) can use it."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.executescript(_SCHEMA)
            with db:  # one transaction, committed on success
                yield db
        finally:
            db.close()

    @staticmethod
    def _source(row: tuple) -> Source:
        return Source(
            id=row[0],
            kind=row[1],
            origin=row[2],
            title=row[3],
            added_by=row[4],
            added_at=row[5],
            last_fetch_at=row[6],
            last_result=row[7],
            articles=row[8],
        )

    _COLUMNS = "id, kind, origin, title, added_by, added_at, last_fetch_at, last_result, articles"

    def list(self, kind: SourceKind | None = None) -> list[Source]:
        with self._db() as db:
            if kind is None:
                rows = db.execute(f"SELECT {self._COLUMNS} FROM sources ORDER BY id").fetchall()
            else:
                rows = db.execute(f"SELECT {self._COLUMNS} FROM sources WHERE kind = ? ORDER BY id", [kind]).fetchall()
        return [self._source(r) for r in rows]

    def find(self, source_id: int) -> Source | None:
        with self._db() as db:
            row = db.execute(f"SELECT {self._COLUMNS} FROM sources WHERE id = ?", [source_id]).fetchone()
        return self._source(row) if row else None

    def get(self, source_id: int) -> Source:
        source = self.find(source_id)
        if source is None:
            raise SourceRejected(f"there is no source #{source_id} (list them with /sources or `eventbot source list`)")
        return source

    def owner_of_url(self, url: str) -> Source | None:
        """The source that already has this normalized URL: as its own address, or as a page it indexed."""
        with self._db() as db:
            row = db.execute(
                f"SELECT {self._COLUMNS} FROM sources WHERE kind != 'file' AND origin = ? "
                f"UNION SELECT {', '.join('s.' + c for c in self._COLUMNS.split(', '))} FROM documents d "
                "JOIN sources s ON s.id = d.source_id WHERE d.url = ? AND d.status = 'ok' LIMIT 1",
                [url, url],
            ).fetchone()
        return self._source(row) if row else None

    def owner_of_key(self, kind: SourceKind, key: str) -> Source | None:
        with self._db() as db:
            row = db.execute(
                f"SELECT {', '.join('s.' + c for c in self._COLUMNS.split(', '))} FROM documents d "
                "JOIN sources s ON s.id = d.source_id WHERE s.kind = ? AND d.key = ? LIMIT 1",
                [kind, key],
            ).fetchone()
        return self._source(row) if row else None

    def create(self, kind: SourceKind, origin: str, title: str | None, added_by: str) -> Source:
        now = _now()
        with self._db() as db:
            try:
                cursor = db.execute(
                    "INSERT INTO sources (kind, origin, title, added_by, added_at, last_fetch_at) VALUES (?,?,?,?,?,?)",
                    [kind, origin, title, added_by, now.isoformat(), now.isoformat() if kind != "file" else None],
                )
            except sqlite3.IntegrityError:
                raise SourceRejected(f"{origin} is already a source") from None
            source_id = cursor.lastrowid
        assert source_id is not None
        return self.get(source_id)

    def delete(self, source_id: int) -> None:
        with self._db() as db:
            db.execute("DELETE FROM sources WHERE id = ?", [source_id])

    def seen_entries(self, source_id: int) -> dict[str, tuple[str, int]]:
        """Feed entry key -> (status, attempts)."""
        with self._db() as db:
            rows = db.execute("SELECT key, status, attempts FROM documents WHERE source_id = ?", [source_id]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def record(self, source_id: int, documents: Sequence[_Document], *, result: str, fetched: bool) -> None:
        """Store what a change brought, and the source's last result and article count."""
        now = _now().isoformat()
        with self._db() as db:
            for d in documents:
                db.execute(
                    "INSERT INTO documents (source_id, key, url, article_id, status, error, attempts, fetched_at) "
                    "VALUES (?,?,?,?,?,?,1,?) ON CONFLICT(source_id, key) DO UPDATE SET url = excluded.url, "
                    "article_id = excluded.article_id, status = excluded.status, error = excluded.error, "
                    "attempts = documents.attempts + 1, fetched_at = excluded.fetched_at",
                    [source_id, d.key, d.url, d.article_id, d.status, d.error, now],
                )
            count = db.execute(
                "SELECT COUNT(*) FROM documents WHERE source_id = ? AND article_id IS NOT NULL", [source_id]
            ).fetchone()[0]
            db.execute("UPDATE sources SET last_result = ?, articles = ? WHERE id = ?", [result, count, source_id])
            if fetched:
                db.execute("UPDATE sources SET last_fetch_at = ? WHERE id = ?", [now, source_id])


@dataclass(frozen=True)
class _Document:
    key: str
    status: Literal["ok", "failed", "duplicate"]
    url: str | None = None
    article_id: str | None = None
    error: str | None = None


_Writer = Callable[[Path], list[tuple[_Document, Path | None]]]  # writes a source's files into a folder


# ------------------------------------------------------------------------------------------ extraction


@dataclass(frozen=True)
class Extracted:
    """An article's fields, before it has an id."""

    title: str
    text: str
    published: dt.date | None = None
    lang: str | None = None  # fr or en when the page says so; guessed from the text otherwise
    url: str | None = None
    site: str | None = None  # the front matter's `source`: the site's host, or the feed's title
    final_url: str | None = None  # where a feed entry's link led, after redirects (normalized)


def extract_page(html: bytes | str, *, url: str | None, min_chars: int, charset: str | None = None) -> Extracted:
    """Title, text, date and language of a web page (trafilatura); SourceRejected when it holds no article."""
    content: bytes | str = html
    if isinstance(html, bytes) and charset:
        try:
            content = html.decode(charset, errors="replace")
        except LookupError:
            content = html  # an unknown charset name: let trafilatura guess
    try:
        raw = trafilatura.extract(
            content, url=url, output_format="json", with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # the extractor's failures on odd markup are many and undocumented
        log.info("extraction failed for %s: %r", url, exc)
        raw = None
    data = json.loads(raw) if raw else {}
    text = (data.get("text") or "").strip()
    title = _clean(data.get("title"))
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    where = url or "the file"
    if len(text) < min_chars:
        raise SourceRejected(
            f"no article text could be extracted from {where} "
            f"({len(text)} characters of text; at least {min_chars} needed)"
        )
    sniff = html[: _SNIFF * 4] if isinstance(html, bytes) else html[: _SNIFF * 4].encode("utf-8", "replace")
    lang_attr = _HTML_LANG.search(sniff)
    lang = lang_attr.group(1).decode().lower() if lang_attr else None
    return Extracted(
        title=title or _first_words(text),
        text=text,
        published=_iso_date(data.get("date")),
        lang=lang if lang in ("fr", "en") else None,
        url=url,
    )


def _fragment_text(fragment: str) -> str:
    """Text of an HTML fragment from a feed entry, a line per block."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


@dataclass(frozen=True)
class _Entry:
    key: str
    link: str | None
    title: str | None
    published: dt.date | None
    content: str  # the entry's own text (content or summary), maybe empty


def parse_feed(fetched: Fetched) -> tuple[str | None, list[_Entry]]:
    """The feed's title and entries; SourceRejected when the document is not RSS or Atom."""
    # A stream, never a string: feedparser would fetch a string that looks like a URL, or open it as a file.
    parsed = feedparser.parse(
        io.BytesIO(fetched.body),
        response_headers={"content-location": fetched.url, "content-type": fetched.content_type},
    )
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise SourceRejected(
            f"{fetched.url} is not an RSS or Atom feed" + (f" ({_first_line(problem)})" if problem else "")
        )
    entries: list[_Entry] = []
    for e in parsed.entries:
        link = e.get("link")
        try:
            link = normalize_url(link) if link else None
        except SourceRejected:
            link = None
        contents = [c.get("value", "") for c in e.get("content", [])] or [e.get("summary", "")]
        content = _fragment_text(max(contents, key=len)) if any(contents) else ""
        key = e.get("id") or link or hashlib.sha256(f"{e.get('title')}\n{content}".encode()).hexdigest()[:16]
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = dt.date(*stamp[:3]) if stamp else None
        entries.append(
            _Entry(key=str(key), link=link, title=_clean(e.get("title")), published=published, content=content)
        )
    return _clean(parsed.feed.get("title")), entries


# ---------------------------------------------------------------------------------------------- manager


class SourceManager:
    """Adds, removes and refreshes moderators' sources, keeping the registry, the files and the index in step."""

    def __init__(self, engine: Engine, config: SourcesConfig | None = None, fetcher: Fetcher | None = None):
        self.engine = engine
        self.config = config or SourcesConfig()
        self.fetcher = fetcher or Fetcher(self.config)
        index_dir = Path(engine.index_config.index_dir)
        self.registry = SourceRegistry(index_dir / "sources.sqlite")
        self.root = Path(engine.index_config.managed_sources)
        self._lock_path = index_dir / ".sources.lock"
        self._refresh_lock_path = index_dir / ".sources-refresh.lock"

    # --- reading ------------------------------------------------------------------------------
    def list(self) -> list[Source]:
        return self.registry.list()

    def overview(self) -> list[SourceOverview]:
        """Every source with what the serving index holds of it (for /sources and `eventbot source list`)."""
        sources = self.registry.list()
        counts: dict[int, list[int]] = {s.id: [0, 0, 0] for s in sources}
        try:
            loaded = self.engine.loaded
        except EventbotError:
            loaded = None
        if loaded is not None:
            for article in loaded.articles.values():
                sid = source_id_of(article.id)
                if sid in counts:
                    counts[sid][0] += 1
                    counts[sid][1] += article.n_sentences
            for event in loaded.events():
                for sid in {source_id_of(s.article_id) for s in event.sources}:
                    if sid in counts:
                        counts[sid][2] += 1
        return [
            SourceOverview(
                source=s, indexed_articles=counts[s.id][0], sentences=counts[s.id][1], events=counts[s.id][2]
            )
            for s in sources
        ]

    # --- adding -------------------------------------------------------------------------------
    def add_url(self, url: str, added_by: str) -> ChangeResult:
        wanted = normalize_url(url)
        self._refuse_known_url(wanted)
        fetched = self.fetcher.get(wanted, PAGE_TYPES, "web page")
        final = normalize_url(fetched.url)
        if final != wanted:
            self._refuse_known_url(final)
        page = self._page_article(fetched, final)
        with self._mutation_lock():
            for known in {wanted, final}:  # again, under the lock: someone may have added it meanwhile
                self._refuse_known_url(known)
            source = self.registry.create("url", wanted, page.title, added_by)
            slug = _slug(page.title, final)

            def write(folder: Path) -> list[tuple[_Document, Path | None]]:
                path = folder / f"{slug}.md"
                _write_markdown(path, f"{source.folder}/{slug}", page, source=page.site)
                return [(_Document(key=wanted, url=final, status="ok", article_id=f"{source.folder}/{slug}"), path)]

            return self._add(source, write, added_by)

    def add_feed(self, url: str, added_by: str) -> ChangeResult:
        wanted = normalize_url(url)
        self._refuse_known_feed(wanted)
        fetched = self.fetcher.get(wanted, FEED_TYPES, "feed")
        title, entries = parse_feed(fetched)
        pages, failed = self._entry_articles(entries, {}, set())
        with self._mutation_lock():
            self._refuse_known_feed(wanted)  # again, under the lock: someone may have added it meanwhile
            pages, failed = self._unowned(pages, set(), failed)
            source = self.registry.create("feed", wanted, title, added_by)

            def write(folder: Path) -> list[tuple[_Document, Path | None]]:
                return self._write_entries(source, folder, pages) + [(d, None) for d in failed]

            return self._add(source, write, added_by, result=_feed_result(len(pages), failed))

    def add_file(self, filename: str, data: bytes, added_by: str) -> ChangeResult:
        name = PurePath(filename.replace("\\", "/")).name.strip()
        suffix = PurePath(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise SourceRejected(
                f"{name or 'the file'}: unsupported file type {suffix or '(no extension)'} "
                f"(accepted: {', '.join(sorted(UPLOAD_SUFFIXES))})"
            )
        limit = self.config.max_upload_bytes
        if len(data) > limit:
            raise SourceRejected(f"{name} is too large ({len(data):,} bytes; the limit is {limit:,})")
        if not data.strip():
            raise SourceRejected(f"{name} is empty")
        if b"\0" in data[:_SNIFF]:
            raise SourceRejected(f"{name} is a binary file, not text")
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        self._refuse_known_file(digest)
        stem = _slug(PurePath(name).stem, None)
        if suffix in (".html", ".htm"):
            page = extract_page(data, url=None, min_chars=self.config.min_text_chars)
            articles: list[Extracted] | None = [page]
            title = page.title
        elif suffix in (".json", ".jsonl"):
            articles = None  # kept as uploaded; the loader gives each record its id (srcN/<file>:<record id>)
            title = None
            with tempfile.TemporaryDirectory() as scratch:
                self._check_records(Path(scratch), f"{stem}{suffix}", data)
        else:
            articles = [self._text_article(name, data)]
            title = articles[0].title
        with self._mutation_lock():
            self._refuse_known_file(digest)  # again, under the lock: the same upload twice at once
            source = self.registry.create("file", name, title, added_by)

            def write(folder: Path) -> list[tuple[_Document, Path | None]]:
                if articles is None:
                    path = folder / f"{stem}{suffix}"
                    path.write_bytes(data)
                    ids = [
                        a.id for a in load_article_file(path, folder.parent, self.engine.index_config.max_file_bytes)
                    ]
                    return [(_Document(key=digest, status="ok", article_id=ids[0]), path)] + [
                        (_Document(key=f"{digest}#{i}", status="ok", article_id=aid), None)
                        for i, aid in enumerate(ids[1:], start=1)
                    ]
                path = folder / f"{stem}.md"
                _write_markdown(path, f"{source.folder}/{stem}", articles[0], source=None)
                return [(_Document(key=digest, status="ok", article_id=f"{source.folder}/{stem}"), path)]

            return self._add(source, write, added_by)

    # --- removing -----------------------------------------------------------------------------
    def remove(self, source_id: int, removed_by: str) -> ChangeResult:
        """The source, its files and its sentences and events leave the index; nothing changes if the build fails."""
        with self._mutation_lock():
            source = self.registry.get(source_id)
            before = self._indexed_articles(source.id)
            folder = self.root / source.folder
            trash = self.root / f".trash-{source.folder}-{uuid.uuid4().hex[:6]}"

            def move_out() -> None:
                if folder.exists():
                    folder.rename(trash)

            def put_back() -> None:
                if trash.exists():
                    trash.rename(folder)

            report = self._build(removed_by, prepare=move_out, undo=put_back)
            self.registry.delete(source.id)
            shutil.rmtree(trash, ignore_errors=True)
            left = self._indexed_articles(source.id)
            if left:  # cannot happen unless the folder was copied elsewhere under the sources
                log.error(
                    "source #%d removed but %d of its articles are still indexed: %s",
                    source.id,
                    len(left),
                    [a.id for a in left][:5],
                )
            log.info(
                "source #%d (%s %s) removed by %s: %d articles left the index",
                source.id,
                source.kind,
                source.origin,
                removed_by,
                len(before),
            )
            return ChangeResult(changes=[SourceChange(source=source, articles=before)], report=report)

    # --- refreshing ---------------------------------------------------------------------------
    def refresh(self, requested_by: str = "schedule", *, due_after: dt.timedelta | None = None) -> ChangeResult:
        """Poll the feeds (with `due_after`, only those not polled for that long); new entries are indexed in one build."""
        with self._refresh_guard():
            polled: list[tuple[Source, list[tuple[_Entry, Extracted]], list[_Document], str | None]] = []
            now = _now()
            for feed in self.registry.list("feed"):
                if due_after is not None and feed.last_fetch_at is not None and now - feed.last_fetch_at < due_after:
                    continue
                try:
                    fetched = self.fetcher.get(feed.origin, FEED_TYPES, "feed")
                    _, entries = parse_feed(fetched)
                    seen = self.registry.seen_entries(feed.id)
                    pages, failed = self._entry_articles(entries, seen, {feed.id})
                    polled.append((feed, pages, failed, None))
                except SourceRejected as exc:
                    log.info("feed #%d could not be read: %s", feed.id, exc)
                    polled.append((feed, [], [], str(exc)))
            with self._mutation_lock():
                return self._store_refresh(polled, requested_by)

    def _store_refresh(self, polled, requested_by: str) -> ChangeResult:
        written: list[Path] = []
        stored: list[tuple[Source, list[tuple[_Document, Path | None]], list[_Document], str | None]] = []

        def write_entries() -> None:
            for feed, pages, failed, error in polled:
                if self.registry.find(feed.id) is None:
                    continue  # removed while we were fetching
                folder = self.root / feed.folder
                folder.mkdir(parents=True, exist_ok=True)
                pages, failed = self._unowned(pages, {feed.id}, failed)
                new = self._write_entries(feed, folder, pages, skip_existing=True)
                written.extend(p for _, p in new if p is not None)
                stored.append((feed, new, failed, error))

        def unwrite() -> None:
            for path in written:
                path.unlink(missing_ok=True)

        report = None
        if not any(pages for _, pages, _, _ in polled):
            write_entries()  # nothing new to index: only the fetch results are recorded
        else:
            try:
                report = self._build(requested_by, prepare=write_entries, undo=unwrite)
            except BaseException as exc:
                for feed, _, _, _ in stored:
                    self.registry.record(
                        feed.id, [], result=f"error: the index build failed ({_first_line(exc)})", fetched=True
                    )
                raise
        changes = []
        for feed, new, failed, error in stored:
            result = f"error: {error}" if error else _feed_result(len(new), failed)
            self.registry.record(feed.id, [d for d, _ in new] + failed, result=result, fetched=True)
            ids: set[str | None] = {d.article_id for d, _ in new}
            changes.append(
                SourceChange(
                    source=self.registry.get(feed.id),
                    articles=self._indexed_articles(feed.id, ids),
                    failed=_failures(failed),
                    error=error,
                )
            )
        if report is not None:
            log.info("feeds refreshed by %s: %d new articles", requested_by, len(written))
        return ChangeResult(changes=changes, report=report)

    # --- the change itself --------------------------------------------------------------------
    def _add(self, source: Source, write: _Writer, added_by: str, *, result: str | None = None) -> ChangeResult:
        """Write the new source's files (staged aside, then renamed in), build, and undo everything on failure."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._remove_stale()
        stage = self.root / f".tmp-{uuid.uuid4().hex[:8]}"
        folder = self.root / source.folder
        report: BuildReport | None = None
        articles: list[SourceArticle] = []
        try:
            (stage / source.folder).mkdir(parents=True)
            documents = [d for d, _ in write(stage / source.folder)]
            wanted = {d.article_id for d in documents if d.article_id}

            def move_in() -> None:
                (stage / source.folder).rename(folder)

            if not wanted:  # a feed whose entries all failed is followed all the same, with nothing to index yet
                move_in()
            else:
                report = self._build(added_by, prepare=move_in, undo=lambda: shutil.rmtree(folder, ignore_errors=True))
                articles = self._indexed_articles(source.id, wanted)
                if not articles:
                    reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped if source.folder in s.path)
                    raise SourceRejected(f"the article could not be indexed ({reasons or 'no sentences'})")
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            self.registry.delete(source.id)
            if report is not None and self._indexed_articles(source.id):
                self._build(added_by)  # the build went through: take the articles out again
            raise
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        result = result or f"ok: {len(articles)} article{'s' * (len(articles) != 1)}"
        self.registry.record(source.id, documents, result=result, fetched=source.kind != "file")
        log.info(
            "source #%d (%s %s) added by %s: %d articles, %d sentences",
            source.id,
            source.kind,
            source.origin,
            added_by,
            len(articles),
            sum(a.sentences for a in articles),
        )
        return ChangeResult(
            changes=[SourceChange(source=self.registry.get(source.id), articles=articles, failed=_failures(documents))],
            report=report,
        )

    def _build(
        self, requested_by: str, prepare: Callable[[], None] | None = None, undo: Callable[[], None] | None = None
    ) -> BuildReport:
        """engine.build, waiting a while for a build that is already running (a /reindex) to end.

        The files change (`prepare`) only once this build holds the lock, and change back (`undo`) under it if the
        build fails: no other build can index a half-made change."""
        try:
            return self.engine.build(
                requested_by=requested_by, wait=self.config.build_wait_seconds, prepare=prepare, undo=undo
            )
        except BuildInProgress:
            raise BuildInProgress(
                "An index build is running and did not end in time: nothing was changed; "
                "try again when it has finished."
            ) from None

    def _indexed_articles(self, source_id: int, only: set[str | None] | None = None) -> list[SourceArticle]:
        try:
            loaded = self.engine.loaded
        except EventbotError:
            return []
        prefix = f"src{source_id}/"
        rows = [a for a in loaded.articles.values() if a.id.startswith(prefix) and (only is None or a.id in only)]
        ids = {a.id for a in rows}
        events: dict[str, int] = {}
        if rows:
            for event in loaded.events():
                for aid in {s.article_id for s in event.sources} & ids:
                    events[aid] = events.get(aid, 0) + 1
        return [
            SourceArticle(
                id=a.id,
                title=a.title,
                published=a.published,
                url=a.url,
                lang=a.lang,
                sentences=a.n_sentences,
                events=events.get(a.id, 0),
            )
            for a in sorted(rows, key=lambda a: a.first_row)
        ]

    # --- pieces -------------------------------------------------------------------------------
    def _refuse_known_feed(self, url: str) -> None:
        known = self.registry.owner_of_url(url)
        if known is not None:
            raise SourceRejected(f"{url} is already source #{known.id} ({known.kind})")

    def _refuse_known_file(self, digest: str) -> None:
        known = self.registry.owner_of_key("file", digest)
        if known is not None:
            raise SourceRejected(f"this file was already added as source #{known.id} ({known.origin})")

    def _refuse_known_url(self, url: str) -> None:
        known = self.registry.owner_of_url(url)
        if known is not None:
            what = "that page" if known.kind == "url" else f"the {known.kind} {known.origin}"
            raise SourceRejected(f"{url} is already indexed: source #{known.id} ({what})")

    def _page_article(self, fetched: Fetched, url: str) -> Extracted:
        if fetched.content_type == "text/plain":
            text = fetched.body.decode(fetched.charset or "utf-8", errors="replace").strip()
            if len(text) < self.config.min_text_chars:
                raise SourceRejected(f"{url} holds too little text ({len(text)} characters)")
            return Extracted(title=_first_words(text), text=text, url=url, site=urlsplit(url).hostname)
        page = extract_page(fetched.body, url=url, min_chars=self.config.min_text_chars, charset=fetched.charset)
        return Extracted(
            title=page.title,
            text=page.text,
            published=page.published,
            lang=page.lang,
            url=url,
            site=urlsplit(url).hostname,
        )

    def _entry_articles(
        self, entries: Sequence[_Entry], seen: dict[str, tuple[str, int]], own: set[int]
    ) -> tuple[list[tuple[_Entry, Extracted]], list[_Document]]:
        """The new entries of a feed as articles (the linked page, or the entry's own text when the page fails)."""
        pages: list[tuple[_Entry, Extracted]] = []
        failed: list[_Document] = []
        for entry in entries:
            if len(pages) + len(failed) >= self.config.max_feed_entries:
                break
            status, attempts = seen.get(entry.key, (None, 0))
            if status in ("ok", "duplicate") or attempts >= self.config.max_entry_attempts:
                continue
            duplicate = self._duplicate_entry(entry, entry.link, own)
            if duplicate is not None:
                failed.append(duplicate)
                continue
            try:
                page = self._entry_article(entry)
            except SourceRejected as exc:
                failed.append(_Document(key=entry.key, url=entry.link, status="failed", error=str(exc)))
                continue
            # The link may redirect to a page that is already indexed.
            duplicate = self._duplicate_entry(entry, page.final_url, own) if page.final_url != entry.link else None
            if duplicate is not None:
                failed.append(duplicate)
            else:
                pages.append((entry, page))
        return pages, failed

    def _duplicate_entry(self, entry: _Entry, url: str | None, own: set[int]) -> _Document | None:
        """A `duplicate` record when another source already indexed `url`."""
        owner = self.registry.owner_of_url(url) if url is not None else None
        if owner is None or owner.id in own:
            return None
        log.info("feed entry %s already indexed by source #%d", url, owner.id)
        return _Document(
            key=entry.key, url=entry.link, status="duplicate", error=f"already indexed by source #{owner.id}"
        )

    def _unowned(
        self, pages: list[tuple[_Entry, Extracted]], own: set[int], failed: list[_Document]
    ) -> tuple[list[tuple[_Entry, Extracted]], list[_Document]]:
        """Under the lock: the entries that no other source indexed while they were being fetched."""
        kept: list[tuple[_Entry, Extracted]] = []
        failed = list(failed)
        for entry, page in pages:
            duplicate = self._duplicate_entry(entry, entry.link, own) or self._duplicate_entry(
                entry, page.final_url, own
            )
            if duplicate is None:
                kept.append((entry, page))
            else:
                failed.append(duplicate)
        return kept, failed

    def _entry_article(self, entry: _Entry) -> Extracted:
        problem = "the entry has no link"
        if entry.link is not None:
            try:
                fetched = self.fetcher.get(entry.link, PAGE_TYPES, "web page")
                page = self._page_article(fetched, normalize_url(fetched.url))
                return Extracted(
                    title=entry.title or page.title,
                    text=page.text,
                    published=entry.published or page.published,
                    lang=page.lang,
                    url=entry.link,
                    site=page.site,
                    final_url=normalize_url(fetched.url),
                )
            except SourceRejected as exc:
                problem = str(exc)
        if len(entry.content) >= self.config.min_text_chars:
            return Extracted(
                title=entry.title or _first_words(entry.content),
                text=entry.content,
                published=entry.published,
                url=entry.link,
            )
        raise SourceRejected(problem)

    def _write_entries(
        self, feed: Source, folder: Path, pages: Sequence[tuple[_Entry, Extracted]], *, skip_existing: bool = False
    ) -> list[tuple[_Document, Path | None]]:
        out: list[tuple[_Document, Path | None]] = []
        for entry, page in pages:
            slug = _slug(page.title, entry.link or entry.key)
            path = folder / f"{slug}.md"
            if skip_existing and path.exists():
                out.append(
                    (_Document(key=entry.key, url=entry.link, status="ok", article_id=f"{feed.folder}/{slug}"), None)
                )
                continue
            _write_markdown(path, f"{feed.folder}/{slug}", page, source=feed.title)
            out.append(
                (_Document(key=entry.key, url=entry.link, status="ok", article_id=f"{feed.folder}/{slug}"), path)
            )
        return out

    def _text_article(self, name: str, data: bytes) -> Extracted:
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / name
            path.write_bytes(data)
            (article,) = load_article_file(path, Path(scratch), self.config.max_upload_bytes)
        if not segment(article):
            raise SourceRejected(f"{name} has no sentences")
        return Extracted(
            title=article.title,
            text=article.text,
            published=article.published,
            lang=article.lang,
            url=article.url,
            site=article.source,
        )

    def _check_records(self, scratch: Path, filename: str, data: bytes) -> list[Article]:
        path = scratch / filename
        path.write_bytes(data)
        articles = load_article_file(path, scratch, self.config.max_upload_bytes)
        if not any(segment(a) for a in articles):
            raise SourceRejected(f"{filename}: no record has any sentence")
        return articles

    def _mutation_lock(self):
        """One change at a time, across threads and processes (the bot and the command line)."""
        return file_lock(
            self._lock_path,
            "Another source change is running; try again in a minute.",
            wait_seconds=self.config.build_wait_seconds,
        )

    def _refresh_guard(self):
        return file_lock(self._refresh_lock_path, "The feeds are already being refreshed.")

    def _remove_stale(self) -> None:
        """Staging and trash folders left by a process that died mid-change (hidden, so no build read them)."""
        for stale in [*self.root.glob(".tmp-*"), *self.root.glob(".trash-*")]:
            if time.time() - stale.stat().st_mtime > 3600:
                shutil.rmtree(stale, ignore_errors=True)


# ---------------------------------------------------------------------------------------------- helpers


def _write_markdown(path: Path, article_id: str, page: Extracted, *, source: str | None) -> None:
    meta: dict[str, object] = {"id": article_id, "title": page.title}
    if page.published:
        meta["published"] = page.published
    lang = page.lang or detect_lang(f"{page.title}\n{page.text}")
    meta["lang"] = lang
    if page.url:
        meta["url"] = page.url
    if source:
        meta["source"] = source
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100_000)
    path.write_text(f"---\n{front}---\n{page.text.strip()}\n", encoding="utf-8")


def _slug(title: str | None, salt: str | None) -> str:
    folded = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].rstrip("-") or "article"
    return f"{slug}-{hashlib.sha1(salt.encode()).hexdigest()[:8]}" if salt else slug


def _failures(documents: Sequence[_Document]) -> list[SkippedSource]:
    return [SkippedSource(path=d.url or d.key, reason=d.error or "failed") for d in documents if d.status == "failed"]


def _feed_result(added: int, failed: Sequence[_Document]) -> str:
    errors = [d for d in failed if d.status == "failed"]
    text = f"ok: {added} new article{'s' * (added != 1)}"
    if errors:
        text += f", {len(errors)} entr{'ies' if len(errors) != 1 else 'y'} failed (first: {errors[0].error})"
    return text


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _first_words(text: str, limit: int = 100) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _first_line(exc: object) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
