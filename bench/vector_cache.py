"""An Encoder that remembers what it embedded, on disk (bench/out, git-ignored): benchmarks re-run in seconds.

Vectors are keyed by the model and the exact text embedded (passage or query side), so a new passage recipe embeds
only the texts it changes. Stored as .npy (the vectors) and .json (their keys), never pickled.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from index.encoder import Encoder


class CachedEncoder:
    def __init__(self, inner: Encoder, folder: Path):
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        self._npy = folder / f"vectors-{inner.name.replace('/', '_')}.npy"
        self._keys_path = self._npy.with_suffix(".json")
        self._keys: dict[str, int] = {}
        self._vectors = np.zeros((0, inner.dimension), np.float32)
        if self._npy.exists() and self._keys_path.exists():
            keys = json.loads(self._keys_path.read_text())
            vectors = np.load(self._npy, allow_pickle=False)
            if len(keys) == len(vectors):
                self._keys = {k: i for i, k in enumerate(keys)}
                self._vectors = vectors
        self._pending: dict[str, np.ndarray] = {}  # question vectors not yet written
        self.encoded = 0  # texts actually embedded by the model in this process
        self.seconds = 0.0  # and the time it took

    @staticmethod
    def _key(side: str, text: str) -> str:
        return hashlib.sha1(f"{side}\0{text}".encode()).hexdigest()

    def _save(self) -> None:
        """Merge with what another process saved meanwhile, then replace both files (under a lock, atomically)."""
        self._npy.parent.mkdir(parents=True, exist_ok=True)
        with open(self._npy.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self._npy.exists() and self._keys_path.exists():
                keys = json.loads(self._keys_path.read_text())
                vectors = np.load(self._npy, allow_pickle=False)
                theirs = [(k, i) for i, k in enumerate(keys) if k not in self._keys and i < len(vectors)]
                if theirs:
                    self._add([k for k, _ in theirs], vectors[[i for _, i in theirs]])
            tmp_npy = self._npy.with_suffix(".tmp.npy")
            tmp_keys = self._keys_path.with_suffix(".tmp.json")
            np.save(tmp_npy, self._vectors, allow_pickle=False)
            tmp_keys.write_text(json.dumps(sorted(self._keys, key=self._keys.__getitem__)))
            os.replace(tmp_npy, self._npy)
            os.replace(tmp_keys, self._keys_path)

    def _add(self, keys: list[str], vectors: np.ndarray) -> None:
        start = len(self._vectors)
        self._vectors = np.concatenate([self._vectors, vectors.astype(np.float32)])
        for j, k in enumerate(keys):
            self._keys[k] = start + j

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        keys = [self._key("passage", t) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._keys))
        if missing:
            wanted = set(missing)
            todo = {k: t for k, t in zip(keys, texts, strict=True) if k in wanted}
            t0 = time.perf_counter()
            vectors = self.inner.encode(list(todo.values()), batch_size=batch_size)
            self.seconds += time.perf_counter() - t0
            self.encoded += len(todo)
            self._add(list(todo), vectors)
            self._save()
        if progress:
            progress(len(texts))
        return self._vectors[[self._keys[k] for k in keys]]

    def encode_query(self, text: str) -> np.ndarray:
        key = self._key("query", text)
        if key in self._keys:
            return self._vectors[self._keys[key]]
        if key not in self._pending:
            self._pending[key] = self.inner.encode_query(text)
        return self._pending[key]

    def flush(self) -> None:
        """Write the question vectors embedded since the last save."""
        if self._pending:
            self._add(list(self._pending), np.stack(list(self._pending.values())))
            self._pending = {}
            self._save()
