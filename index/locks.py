"""An exclusive lock held on a file, across threads and processes (the bot and the command line)."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BuildInProgress


@contextmanager
def file_lock(path: Path, busy_message: str, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold `path` locked; wait up to `wait_seconds` for it, then raise BuildInProgress(busy_message)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    with open(path, "w") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BuildInProgress(busy_message) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
