"""Each guild its own sources: the shared base index, plus one small overlay index per guild.

Layout under the base's index directory:
    guilds/<guild_id>/sources.sqlite   the guild's registry and journal (index/sources/), unless `database.url` puts
                                       every guild's in one database, each row carrying its guild
    guilds/<guild_id>/sources/srcN/    the articles its moderators added
    guilds/<guild_id>/CURRENT, builds/ its overlay index (index/store.py), holding only those articles

A question in a guild is embedded once (the base's encoder is shared) and searched in the base and the overlay as one
row space (index/shards.py), so the same fusion and answer code ranks both. Overlays are opened on first use and the
least recently used are let go past `max_loaded`, so a hundred guilds do not keep a hundred indexes open; the base
is never copied. A guild's sources are numbered from GUILD_FIRST_SOURCE_ID, so their article ids (`srcN/...`) never
collide with the base's own managed sources.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from .engine import BuildStatus, Engine, Reading
from .errors import EventbotError, IndexNotBuilt
from .models import Answer, BuildReport, Manifest, Source, SourceOverview
from .search import Searcher
from .shards import Shards
from .store import BuildOptions, LoadedIndex

if TYPE_CHECKING:
    from .config import SourcesConfig
    from .sources import SourceManager

log = logging.getLogger(__name__)

GUILD_FIRST_SOURCE_ID = 100_001
GUILDS_DIR = "guilds"
REGISTRY = "sources.sqlite"  # index/sources/journal.py names it so too; not imported: that loads the fetching stack


def guild_dir(index_dir: Path, guild_id: int) -> Path:
    return Path(index_dir) / GUILDS_DIR / str(int(guild_id))


class OverlayEngine(Engine):
    """A guild's own index: only the articles its moderators added (no configured sources folder); when the last
    source leaves, no build serves (not an error). Shares the base's encoder and glossary."""

    guild_id: int

    def __init__(self, base: Engine, guild_id: int):
        self.guild_id = guild_id
        config = base.index_config.model_copy(
            update={"index_dir": guild_dir(base.index_config.index_dir, guild_id), "managed_sources": None}
        )
        super().__init__(
            config,
            base.search_config,
            encoder_factory=lambda: base.encoder,
            glossary=base.glossary,
            qdrant=base.qdrant_config,
            database=base.database,
        )
        self.store.qdrant = self._qdrant_backend(guild_id)  # the guild's own collections and alias
        self.reranker = base.reranker  # one model for every guild

    def source_folders(self) -> list[Path]:
        managed = self.index_config.managed_dir
        return [managed] if managed.is_dir() else []

    def build_options(self) -> BuildOptions:
        return dataclasses.replace(super().build_options(), allow_empty=True)

    def _serve_built(self) -> None:
        if self.store.current_path() is None:  # emptied: nothing of this guild's serves
            self._searcher = None
        else:
            self.load()

    def serving(self) -> LoadedIndex | None:
        """The overlay's build, or None when the guild has nothing indexed (or its index cannot be opened: the
        base keeps answering, and `eventbot index --guild ID` repairs it)."""
        try:
            if self.store.current_path() is None:
                return None
            return self.loaded
        except EventbotError as exc:
            log.warning("guild %s: its own index is not served (%s)", self.guild_id, exc)
            return None


class GuildScope(Reading):
    """What a guild sees: the base and its overlay, read as one (the same methods as the Engine's)."""

    def __init__(self, base: Engine, overlay: OverlayEngine):
        self.base = base
        self.overlay = overlay
        self.guild_id = overlay.guild_id
        self._lock = threading.Lock()
        self._searcher: Searcher | None = None

    def _parts(self) -> list[LoadedIndex]:
        parts = []
        with contextlib.suppress(IndexNotBuilt):  # no base yet: the guild's own articles still answer
            parts.append(self.base.loaded)
        own = self.overlay.serving()
        if own is not None:
            parts.append(own)
        if not parts:
            raise IndexNotBuilt("no index is serving")
        return parts

    @property
    def searcher(self) -> Searcher:
        """A searcher over the builds that serve now, made again when either switches."""
        parts = self._parts()
        with self._lock:
            current = self._searcher
            if current is None or list(current.shards.parts) != parts:
                base = self.base
                current = Searcher(
                    Shards(parts), lambda: base.encoder, base.search_config, base.glossary, base.reranker
                )
                self._searcher = current
            return current

    def _view(self) -> Shards:
        return self.searcher.shards

    def ask(self, question: str, k: int | None = None) -> Answer:
        return self.searcher.ask(question, k)

    def is_ready(self) -> bool:
        return self.base.is_ready() or self.overlay.serving() is not None

    def require_ready(self) -> None:
        if not self.is_ready():
            raise IndexNotBuilt("no index is serving")

    def is_loaded(self) -> bool:
        return self.base.is_loaded() or self.overlay.is_loaded()

    def manifest(self, *, verify: bool = False) -> Manifest:
        """The base's manifest with the guild's articles, sentences and events counted in (for /status); with
        `verify`, the base's files are checked against their checksums (Engine.manifest)."""
        own = self.overlay.serving()
        try:
            manifest = self.base.manifest(verify=verify)
        except IndexNotBuilt:
            if own is None:
                raise
            return own.manifest
        if own is None:
            return manifest
        extra = own.manifest
        return manifest.model_copy(
            update={
                "articles": manifest.articles + extra.articles,
                "sentences": manifest.sentences + extra.sentences,
                # what /attacks lists here: an attack the guild's articles and the base both report is one event
                "events": len(self.attacks()),
                "built_at": max(manifest.built_at, extra.built_at),
            }
        )

    @property
    def build_status(self) -> BuildStatus:
        return self.overlay.build_status

    def build(self, **kwargs) -> BuildReport:
        """Rebuild the guild's own part only; the base and other guilds keep serving."""
        return self.overlay.build(**kwargs)


Scope = Engine | GuildScope  # what one place reads: the base alone (DMs, no --guild), or a guild's scope


class Guilds:
    """The overlays of the guilds, opened on demand and let go least recently used first past `max_loaded`."""

    def __init__(self, base: Engine, sources_config: SourcesConfig | None = None, *, max_loaded: int = 64):
        self.base = base
        self.sources_config = sources_config
        self.max_loaded = max_loaded
        self._lock = threading.Lock()
        self._loaded: OrderedDict[int, tuple[GuildScope, SourceManager | None]] = OrderedDict()

    @property
    def root(self) -> Path:
        return Path(self.base.index_config.index_dir) / GUILDS_DIR

    def known(self) -> list[int]:
        """The guilds that have an overlay directory on disk."""
        if not self.root.is_dir():
            return []
        return sorted(int(p.name) for p in self.root.iterdir() if p.is_dir() and p.name.isdigit())

    def scope(self, guild_id: int | None) -> Scope:
        """What a question in this guild searches; the base alone for None (DMs, the command line without --guild)."""
        if guild_id is None:
            return self.base
        return self._entry(guild_id)[0]

    def overlay(self, guild_id: int) -> OverlayEngine:
        return self._entry(guild_id)[0].overlay

    def manager(self, guild_id: int) -> SourceManager:
        """The guild's sources manager (its own registry, journal and files)."""
        from .sources import SourceManager  # the fetching stack, imported when a guild first changes its sources

        with self._lock:
            scope, manager = self._entry_locked(guild_id)
            if manager is None:
                manager = SourceManager(scope.overlay, self.sources_config, first_id=GUILD_FIRST_SOURCE_ID)
                self._loaded[guild_id] = (scope, manager)
            return manager

    def has_sources(self, guild_id: int) -> bool:
        """Whether the guild ever added a source (its registry exists, or the database holds rows of it): reads need
        not create one."""
        if self.base.database is None or self.base.database.url is None:
            return (guild_dir(self.base.index_config.index_dir, guild_id) / REGISTRY).exists()
        from .sources.registry import SourceRegistry  # the fetching stack; the guild's manager will need it anyway

        return SourceRegistry.of(self.overlay(guild_id)).exists()

    def sources(self, guild_id: int) -> list[Source]:
        return self.manager(guild_id).list() if self.has_sources(guild_id) else []

    def overview(self, guild_id: int) -> list[SourceOverview]:
        """The guild's sources with what its index holds of them."""
        return self.manager(guild_id).overview() if self.has_sources(guild_id) else []

    def follow(self) -> None:
        """The open overlays serve the builds another process switched them to (Engine.follow)."""
        with self._lock:
            overlays = [scope.overlay for scope, _ in self._loaded.values()]
        for overlay in overlays:
            overlay.follow()

    def loaded_count(self) -> int:
        return len(self._loaded)

    def _entry(self, guild_id: int) -> tuple[GuildScope, SourceManager | None]:
        with self._lock:
            return self._entry_locked(guild_id)

    def _entry_locked(self, guild_id: int) -> tuple[GuildScope, SourceManager | None]:
        guild_id = int(guild_id)
        entry = self._loaded.get(guild_id)
        if entry is not None:
            self._loaded.move_to_end(guild_id)
            return entry
        entry = (GuildScope(self.base, OverlayEngine(self.base, guild_id)), None)
        self._loaded[guild_id] = entry
        self._evict()
        return entry

    def _evict(self) -> None:
        """Let go of the least recently used overlays past the limit; one that is building stays."""
        for guild_id in list(self._loaded):
            if len(self._loaded) <= self.max_loaded:
                return
            if not self._loaded[guild_id][0].overlay.build_status.running:
                del self._loaded[guild_id]  # its files close when the last question using them ends
