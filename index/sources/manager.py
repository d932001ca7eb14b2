"""Sources that moderators manage (uploaded files, web pages, RSS/Atom feeds): a registry and the changes it makes.

The registry is a SQLite file at the index directory's root (`sources.sqlite`, beside the builds, so it
survives rebuilds and restarts), or tables in the database that `database.url` names (index/sources/registry.py).
The articles of source N live beside it in `<index_dir>/sources/srcN/` (or `index.managed_sources`) as Markdown
files with YAML front matter (an uploaded JSON/JSONL file is kept as it is), so a full `eventbot index` sees them
like any other source; their ids start with `srcN/`, which is how an article is traced back to its source.

Every change (add, remove) fetches and validates first, then, holding the change lock, writes a journal entry
(index/sources/journal.py), stages its files, moves them in (or out) under the build lock, rebuilds the index
incrementally (only the new articles are embedded) with the store's atomic switch, and closes the entry. A
failure, or a kill at any point, is settled from the journal by the next process: a refused or failed change
leaves the index as it was. Blocking throughout: the bot calls it in a worker thread.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import logging
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from ..config import SourcesConfig
from ..engine import Engine
from ..errors import BuildInProgress, EventbotError, SourceRejected, first_line
from ..ingest import load_article_file, segment
from ..locks import file_lock
from ..models import (
    Article,
    BuildReport,
    ChangeResult,
    Source,
    SourceArticle,
    SourceChange,
    SourceOverview,
)
from . import journal
from .extraction import _SNIFF, Extracted, _Entry, extract_page, parse_feed
from .fetching import FEED_TYPES, PAGE_TYPES, Fetched, Fetcher, normalize_url
from .helpers import _failures, _feed_result, _first_words, _now, _slug, _write_markdown
from .models import UPLOAD_SUFFIXES, _Document, _Writer, source_id_of
from .registry import Change, RefreshPlan, SourceRegistry

log = logging.getLogger(__name__)

# What a refresh stages: the plan journaled for each feed, and each feed's new documents, failures and error.
_Plans = list[RefreshPlan]
_Written = list[tuple[_Document, Path | None]]  # each document, with the file written for it (None: none)
_Staged = list[tuple[Source, list[tuple[_Document, Path | None]], list[_Document], str | None]]


class SourceManager:
    """Adds, removes and refreshes moderators' sources, keeping the registry, the files and the index in step."""

    def __init__(
        self,
        engine: Engine,
        config: SourcesConfig | None = None,
        fetcher: Fetcher | None = None,
        *,
        first_id: int = 1,
    ):
        self.engine = engine
        self.config = config or SourcesConfig()
        self.fetcher = fetcher or Fetcher(self.config)
        index_dir = Path(engine.index_config.index_dir)
        self.registry = SourceRegistry.of(engine, first_id)
        self.root = engine.index_config.managed_dir
        self._lock_path = index_dir / journal.CHANGE_LOCK
        self._refresh_lock_path = index_dir / ".sources-refresh.lock"

    # --- reading ------------------------------------------------------------------------------
    def list(self) -> list[Source]:
        return self.registry.list()

    def overview(self) -> builtins.list[SourceOverview]:
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
        with self._change_lock():
            for known in {wanted, final}:  # again, under the lock: someone may have added it meanwhile
                self._refuse_known_url(known)
            source, change = self.registry.begin_add("url", wanted, page.title, added_by)
            slug = _slug(page.title, final)

            def write(folder: Path) -> list[tuple[_Document, Path | None]]:
                path = folder / f"{slug}.md"
                _write_markdown(path, f"{source.folder}/{slug}", page, source=page.site)
                return [(_Document(key=wanted, url=final, status="ok", article_id=f"{source.folder}/{slug}"), path)]

            return self._add(source, change, write, added_by)

    def add_feed(self, url: str, added_by: str) -> ChangeResult:
        wanted = normalize_url(url)
        self._refuse_known_feed(wanted)
        fetched = self.fetcher.get(wanted, FEED_TYPES, "feed")
        title, entries = parse_feed(fetched)
        pages, failed = self._entry_articles(entries, {}, set())
        with self._change_lock():
            self._refuse_known_feed(wanted)  # again, under the lock: someone may have added it meanwhile
            pages, failed = self._unowned(pages, set(), failed)
            source, change = self.registry.begin_add("feed", wanted, title, added_by)

            def write(folder: Path) -> list[tuple[_Document, Path | None]]:
                return self._write_entries(source, folder, pages) + [(d, None) for d in failed]

            return self._add(source, change, write, added_by, result=_feed_result(len(pages), failed))

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
        with self._change_lock():
            self._refuse_known_file(digest)  # again, under the lock: the same upload twice at once
            source, change = self.registry.begin_add("file", name, title, added_by)

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

            return self._add(source, change, write, added_by)

    # --- removing -----------------------------------------------------------------------------
    def remove(self, source_id: int, removed_by: str) -> ChangeResult:
        """The source, its files and its sentences and events leave the index; nothing changes if the build fails."""
        with self._change_lock():
            source = self.registry.get(source_id)
            before = self._indexed_articles(source.id)
            change = self.registry.begin_remove(source.id)
            folder = self.root / source.folder
            trash = journal.trash_dir(self.root, change)

            def move_out() -> None:
                if folder.exists():
                    folder.rename(trash)

            def put_back() -> None:
                if trash.exists():
                    trash.rename(folder)

            try:
                report = self._build(removed_by, prepare=move_out, undo=put_back)
            except BuildInProgress:
                self.registry.keep(change)  # it never held the build lock: nothing was moved
                raise
            except BaseException:
                self._settle()  # the index did not switch (or did): the journal says which, and puts it right
                raise
            self.registry.drop(change)
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
        """Poll the feeds (with `due_after`, only those not polled for that long); new entries are indexed in one
        build."""
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
            if not polled:  # no feed is due: no lock taken, so a /reindex at that moment is not refused
                return ChangeResult()
            with self._change_lock():
                return self._store_refresh(polled, requested_by)

    def _store_refresh(self, polled, requested_by: str) -> ChangeResult:
        """Under the change lock: stage the new entries, journal what they are (index/sources/journal.py), move them
        in under the build lock and build; what the refresh brought is recorded, and its journal entry closed, in one
        transaction once the index holds it. Killed at any point, the next process completes or undoes it."""
        refresh_id = self.registry.begin_refresh()
        stage = journal.refresh_stage_dir(self.root, refresh_id)
        try:
            plans, stored = self._stage_refresh(polled, stage)
            self.registry.plan_refresh(refresh_id, plans)
            report = self._build_refresh(plans, stage, requested_by) if any(p.files for p in plans) else None
        except BuildInProgress:
            self.registry.drop_refresh(refresh_id)  # it never held the build lock: nothing was moved in
            raise
        except BaseException as exc:
            self._settle()  # the index switched to the new entries (recorded now) or did not (their files go)
            for feed, *_ in polled:
                if self.registry.find(feed.id) is not None:
                    self.registry.record(
                        feed.id, [], result=f"error: the index build failed ({first_line(exc)})", fetched=True
                    )
            raise
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        self.registry.finish_refresh(refresh_id, plans)
        changes = []
        for feed, new, failed, error in stored:
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
            log.info("feeds refreshed by %s: %d new articles", requested_by, sum(len(p.files) for p in plans))
        return ChangeResult(changes=changes, report=report)

    def _stage_refresh(self, polled, stage: Path) -> tuple[_Plans, _Staged]:
        """The new entries of every feed still registered, written under `stage`, and the plan of the refresh."""
        plans: _Plans = []
        stored: _Staged = []
        for feed, pages, failed, error in polled:
            if self.registry.find(feed.id) is None:
                continue  # removed while we were fetching
            pages, failed = self._unowned(pages, {feed.id}, failed)
            (stage / feed.folder).mkdir(parents=True, exist_ok=True)
            new = self._write_entries(feed, stage / feed.folder, pages, existing=self.root / feed.folder)
            result = f"error: {error}" if error else _feed_result(len(new), failed)
            files = [f"{feed.folder}/{p.name}" for _, p in new if p is not None]
            plans.append(RefreshPlan(feed.id, files, [d for d, _ in new] + failed, result))
            stored.append((feed, new, failed, error))
        return plans, stored

    def _build_refresh(self, plans: Sequence[RefreshPlan], stage: Path, requested_by: str) -> BuildReport:
        names = [name for plan in plans for name in plan.files]

        def move_in() -> None:  # under the build lock, journaled: a kill from here on is settled by the next process
            for name in names:
                (self.root / name).parent.mkdir(parents=True, exist_ok=True)
                (stage / name).rename(self.root / name)

        def move_out() -> None:
            for name in names:
                (self.root / name).unlink(missing_ok=True)

        return self._build(requested_by, prepare=move_in, undo=move_out)

    # --- the change itself --------------------------------------------------------------------
    def _add(
        self, source: Source, change: Change, write: _Writer, added_by: str, *, result: str | None = None
    ) -> ChangeResult:
        """Write the new source's files (staged aside, then renamed in under the build lock) and build.

        The journal entry made with the source's row is closed once the index holds the articles; on any failure
        (or a kill) the journal decides: kept if the index switched to them, else files and row go."""
        stage = journal.stage_dir(self.root, change)
        folder = self.root / source.folder
        report: BuildReport | None = None
        articles: list[SourceArticle] = []
        try:
            (stage / source.folder).mkdir(parents=True)
            documents = [d for d, _ in write(stage / source.folder)]
            wanted = {d.article_id for d in documents if d.article_id}
            self.registry.record(source.id, documents, result="being added", fetched=source.kind != "file")

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
        except BuildInProgress:
            self.registry.drop(change)  # it never held the build lock: nothing was moved in
            raise
        except BaseException:
            self._settle()
            raise
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        result = result or f"ok: {len(articles)} article{'s' * (len(articles) != 1)}"
        self.registry.keep(change, result)
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

    def _indexed_articles(
        self, source_id: int, only: AbstractSet[str | None] | None = None
    ) -> builtins.list[SourceArticle]:
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
    ) -> tuple[builtins.list[tuple[_Entry, Extracted]], builtins.list[_Document]]:
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
        self, pages: builtins.list[tuple[_Entry, Extracted]], own: set[int], failed: builtins.list[_Document]
    ) -> tuple[builtins.list[tuple[_Entry, Extracted]], builtins.list[_Document]]:
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
        self,
        feed: Source,
        folder: Path,
        pages: Sequence[tuple[_Entry, Extracted]],
        *,
        existing: Path | None = None,
    ) -> _Written:
        """Each entry's file in `folder`; one already in `existing` (the feed's folder) is recorded, not written."""
        out: _Written = []
        for entry, page in pages:
            slug = _slug(page.title, entry.link or entry.key)
            path = folder / f"{slug}.md"
            if existing is not None and (existing / path.name).exists():
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

    def _check_records(self, scratch: Path, filename: str, data: bytes) -> builtins.list[Article]:
        path = scratch / filename
        path.write_bytes(data)
        articles = load_article_file(path, scratch, self.config.max_upload_bytes)
        if not any(segment(a) for a in articles):
            raise SourceRejected(f"{filename}: no record has any sentence")
        return articles

    @contextmanager
    def _change_lock(self) -> Iterator[None]:
        """One change at a time, across threads and processes (the bot and the command line); a change that a killed
        process left half-made is completed or undone first."""
        with file_lock(
            self._lock_path,
            "Another source change is running; try again in a minute.",
            wait_seconds=self.config.build_wait_seconds,
        ):
            self._settle()
            yield

    def _settle(self) -> None:
        """Under the change lock: complete or undo the changes in the journal, holding the build lock too."""
        try:
            with self.engine.store.lock(self.config.build_wait_seconds):
                journal.recover(self.registry, self.root, journal.served_by(self.engine.store))
        except BuildInProgress:
            raise BuildInProgress(
                "An index build is running and did not end in time: nothing was changed; "
                "try again when it has finished."
            ) from None

    def _refresh_guard(self):
        return file_lock(self._refresh_lock_path, "The feeds are already being refreshed.")


def refresh_due_feeds(
    managers: Sequence[tuple[int | None, SourceManager]], every_minutes: float, log: logging.Logger = log
) -> None:
    """The feed schedule, one part after the other (the base's, then each guild's): the feeds of each part that were
    not polled in the last 90% of `every_minutes` (by /source refresh, or before a restart) are refreshed. Kept by
    the bot in local mode and by `eventbot worker` in worker mode, each reporting on its own `log`; a part that
    fails is logged and the next goes on."""
    due = dt.timedelta(minutes=every_minutes * 0.9)
    for guild_id, manager in managers:
        try:
            result = manager.refresh("schedule", due_after=due)
        except EventbotError as exc:
            log.info("scheduled feed refresh skipped (%s): %s", guild_id or "base", exc)
            continue
        except Exception:
            log.exception("scheduled feed refresh failed (%s)", guild_id or "base")
            continue
        for change in result.changes:
            log.info("feed #%d refreshed: %s", change.source.id, change.error or f"{len(change.articles)} new articles")
