"""Source changes as recoverable units, whatever point a process is killed at.

A change (add or remove) writes a journal row in the registry before it touches a file, and deletes it, in the
same transaction as its last registry write, once done. Its commit point is the switch of the index's `CURRENT`:
an add whose articles the serving build holds, or a remove whose articles it no longer holds, went through and
is completed; any other is undone (the files moved back or deleted, the row dropped). The next process that holds
both the change lock and the build lock does this, before it changes or builds anything: a build never reads
the files of a half-made change, and registry, files and index agree again.

Staging (`.tmp-<change>`) and trash (`.trash-<change>-srcN`) folders are named by their change, so the ones left
by a killed change are found and removed here, not after a delay.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..config import IndexConfig
from ..errors import BuildInProgress
from ..locks import file_lock
from ..store import IndexStore
from .registry import Change, SourceRegistry

log = logging.getLogger(__name__)

CHANGE_LOCK = ".sources.lock"  # in the index directory: held by a source change from its first write to its end
REGISTRY = "sources.sqlite"


def stage_dir(root: Path, change: Change) -> Path:
    return root / f".tmp-{change.id}"


def trash_dir(root: Path, change: Change) -> Path:
    return root / f".trash-{change.id}-src{change.source_id}"


def served_by(store: IndexStore) -> Callable[[int], bool]:
    """Whether the build `CURRENT` names holds an article of source N (False when there is no readable build)."""

    def served(source_id: int) -> bool:
        try:
            path = store.current_path()
            if path is None:
                return False
            db = sqlite3.connect(f"file:{path / 'meta.sqlite'}?mode=ro", uri=True)
            try:
                prefix = f"src{source_id}/"
                row = db.execute("SELECT 1 FROM articles WHERE substr(id, 1, ?) = ? LIMIT 1", [len(prefix), prefix])
                return row.fetchone() is not None
            finally:
                db.close()
        except Exception as exc:  # a damaged index: it will be rebuilt from the files, which then decide
            log.info("cannot tell what the index holds (%s): unfinished changes are undone", type(exc).__name__)
            return False

    return served


def recover(registry: SourceRegistry, root: Path, served: Callable[[int], bool]) -> list[str]:
    """Complete or undo every change in the journal. Call with the change lock and the build lock held."""
    done: list[str] = []
    for change in registry.changes():
        folder = root / f"src{change.source_id}"
        if change.op == "add":
            if served(change.source_id):
                registry.keep(change, result="ok (completed after an interruption)")
                done.append(f"add of source #{change.source_id} completed")
            else:
                shutil.rmtree(folder, ignore_errors=True)
                registry.drop(change)
                done.append(f"add of source #{change.source_id} undone")
        elif served(change.source_id):
            trash = trash_dir(root, change)
            if trash.exists() and not folder.exists():
                trash.rename(folder)
            registry.keep(change)
            done.append(f"removal of source #{change.source_id} undone")
        else:
            shutil.rmtree(folder, ignore_errors=True)  # files first: a kill here leaves the journal row to finish it
            registry.drop(change)
            done.append(f"removal of source #{change.source_id} completed")
    if root.is_dir():
        for stale in [*root.glob(".tmp-*"), *root.glob(".trash-*")]:
            shutil.rmtree(stale, ignore_errors=True)  # no change is under way: nobody's staging or trash
    for line in done:
        log.warning("interrupted source change: %s", line)
    return done


def recover_before_build(config: IndexConfig, store: IndexStore) -> None:
    """For a build that holds the build lock: settle what a killed change left, unless a change is under way (it
    holds the change lock, settled the journal when it took it, and waits for this build)."""
    index_dir = Path(config.index_dir)
    if not (index_dir / REGISTRY).exists():
        return
    try:
        with file_lock(index_dir / CHANGE_LOCK, "a source change is under way"):
            recover(SourceRegistry(index_dir / REGISTRY), config.managed_dir, served_by(store))
    except BuildInProgress:
        return
