"""Approximate nearest neighbours over unit vectors: the ANN protocol and its FAISS implementation."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

# Questions come one at a time: for one query vector, OpenMP's thread hand-off costs more than the scan itself
# (measured on 77k sentences, 2 cores: a flat search took 14 ms with 2 threads, 6.5 ms with 1).
faiss.omp_set_num_threads(1)


class ANN(Protocol):
    """What the store and the searcher need from a backend: rows of unit vectors with integer ids 0..n-1."""

    def add(self, vectors: np.ndarray) -> None: ...
    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]: ...
    def vectors(self, ids: np.ndarray) -> np.ndarray: ...
    def save(self, path: Path) -> None: ...
    @property
    def count(self) -> int: ...
    @property
    def dimension(self) -> int: ...


class FaissIndex:
    """Inner product over normalized vectors (cosine); ids are row numbers 0..n-1.

    `flat` is exact and fast enough for a few hundred thousand sentences; `hnsw` trades a little
    recall for speed on millions.
    """

    def __init__(self, index: faiss.Index):
        self._index = index

    @classmethod
    def create(cls, dimension: int, kind: str = "flat") -> FaissIndex:
        if kind == "flat":
            return cls(faiss.IndexFlatIP(dimension))
        if kind == "hnsw":
            index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = 128
            return cls(index)
        raise ValueError(f"unknown ANN kind {kind!r} (flat or hnsw)")

    @property
    def dimension(self) -> int:
        return int(self._index.d)

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        if len(vectors):
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest rows to one query vector, best first; ids are -1 past the end."""
        k = min(k, self.count)
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        if len(ids) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([self._index.reconstruct(int(i)) for i in ids]).astype(np.float32)

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> FaissIndex:
        return cls(faiss.read_index(str(path)))
