"""Source changes as recoverable units, whatever point a process is killed at.

A change (add or remove) writes a journal row in the registry before it touches a file, and deletes it, in the
same transaction as its last registry write, once done. Its commit point is the switch of the index's `CURRENT`:
an add whose articles the serving build holds, or a remove whose articles it no longer holds, went through and
is completed; any other is undone (the files moved back or deleted, the row dropped). The next process that holds
both the change lock and the build lock does this, before it changes or builds anything: a build never reads
the files of a half-made change, and registry, files and index agree again.

A feed refresh is journaled the same way, in its own table (`refreshes`): one row written before its entries are
staged, holding the files it will move into the feeds' folders and the documents it will record; closed, with those
documents recorded, in one transaction after the build. The next process completes it (records the documents) if
the serving build holds any of its new articles, else deletes the files it moved in: the registry never misses an
article the index serves, nor records one it does not.

Staging (`.tmp-<change>`, `.tmp-refresh-<n>`) and trash (`.trash-<change>-srcN`) folders are named by their change,
so the ones left by a killed change are found and removed here, not after a delay.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BuildInProgress
from ..locks import file_lock
from ..store import IndexStore
from .registry import REGISTRY, Change, SourceRegistry

if TYPE_CHECKING:
    from ..engine import Engine

log = logging.getLogger(__name__)

CHANGE_LOCK = ".sources.lock"  # in the index directory: held by a source change from its first write to its end
__all__ = ["CHANGE_LOCK", "REGISTRY", "recover", "recover_before_build"]


def stage_dir(root: Path, change: Change) -> Path:
    return root / f".tmp-{change.id}"


def trash_dir(root: Path, change: Change) -> Path:
    return root / f".trash-{change.id}-src{change.source_id}"


def refresh_stage_dir(root: Path, refresh_id: int) -> Path:
    return root / f".tmp-refresh-{refresh_id}"


class Served:
    """What the build `CURRENT` names holds (nothing when there is no readable build: it will be rebuilt from the
    files, which then decide)."""

    def __init__(self, store: IndexStore):
        self.store = store

    def source(self, source_id: int) -> bool:
        """Whether it holds an article of source N."""
        prefix = f"src{source_id}/"
        return self._any("SELECT 1 FROM articles WHERE substr(id, 1, ?) = ? LIMIT 1", [len(prefix), prefix])

    def any_of(self, article_ids: Sequence[str]) -> bool:
        ids = list(article_ids)[:500]  # a refresh adds at most max_feed_entries per feed
        if not ids:
            return False
        return self._any(f"SELECT 1 FROM articles WHERE id IN ({','.join('?' * len(ids))}) LIMIT 1", ids)

    def _any(self, sql: str, params: Sequence) -> bool:
        try:
            path = self.store.current_path()
            if path is None:
                return False
            db = sqlite3.connect(f"file:{path / 'meta.sqlite'}?mode=ro", uri=True)
            try:
                return db.execute(sql, params).fetchone() is not None
            finally:
                db.close()
        except Exception as exc:
            log.info("cannot tell what the index holds (%s): unfinished changes are undone", type(exc).__name__)
            return False


def served_by(store: IndexStore) -> Served:
    return Served(store)


def recover(registry: SourceRegistry, root: Path, served: Served) -> list[str]:
    """Complete or undo every change in the journal. Call with the change lock and the build lock held."""
    done = _recover_changes(registry, root, served) + _recover_refreshes(registry, root, served)
    if root.is_dir():
        for stale in [*root.glob(".tmp-*"), *root.glob(".trash-*")]:
            shutil.rmtree(stale, ignore_errors=True)  # no change is under way: nobody's staging or trash
    for line in done:
        log.warning("interrupted source change: %s", line)
    return done


def _recover_refreshes(registry: SourceRegistry, root: Path, served: Served) -> list[str]:
    done: list[str] = []
    for refresh_id, plans in registry.refreshes():
        if served.any_of([a for plan in plans for a in plan.article_ids]):
            registry.finish_refresh(refresh_id, plans, note=" (completed after an interruption)")
            done.append(f"feed refresh {refresh_id} completed")
        else:
            for plan in plans:
                for name in plan.files:  # files first: a kill here leaves the journal row to finish it
                    (root / name).unlink(missing_ok=True)
            registry.drop_refresh(refresh_id)
            done.append(f"feed refresh {refresh_id} undone")
    return done


def _recover_changes(registry: SourceRegistry, root: Path, served: Served) -> list[str]:
    done: list[str] = []
    for change in registry.changes():
        folder = root / f"src{change.source_id}"
        if change.op == "add":
            if served.source(change.source_id):
                registry.keep(change, result="ok (completed after an interruption)")
                done.append(f"add of source #{change.source_id} completed")
            else:
                shutil.rmtree(folder, ignore_errors=True)
                registry.drop(change)
                done.append(f"add of source #{change.source_id} undone")
        elif served.source(change.source_id):
            trash = trash_dir(root, change)
            if trash.exists() and not folder.exists():
                trash.rename(folder)
            registry.keep(change)
            done.append(f"removal of source #{change.source_id} undone")
        else:
            shutil.rmtree(folder, ignore_errors=True)  # files first: a kill here leaves the journal row to finish it
            registry.drop(change)
            done.append(f"removal of source #{change.source_id} completed")
    return done


def recover_before_build(engine: Engine) -> None:
    """For a build that holds the build lock: settle what a killed change left, unless a change is under way (it
    holds the change lock, settled the journal when it took it, and waits for this build)."""
    registry = SourceRegistry.of(engine)
    if not registry.exists():
        return
    try:
        with file_lock(Path(engine.index_config.index_dir) / CHANGE_LOCK, "a source change is under way"):
            recover(registry, engine.index_config.managed_dir, served_by(engine.store))
    except BuildInProgress:
        return
