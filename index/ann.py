"""Approximate nearest neighbours over unit vectors: the ANN protocol and its FAISS implementation.

Three kinds, chosen by size (`choose_kind`), recorded in the manifest with their parameters (`AnnSpec`):
- `flat`: exact inner product over float16 vectors; a scan of every vector per question (float16 halves the bytes
  a scan reads: 4.3 ms instead of 9 ms a question at 77k sentences, the same top 10; builds before this stored
  float32 and still load).
- `ivf`: an inverted file (k-means cells, `nprobe` of `nlist` scanned), vectors kept as float16.
- `hnsw`: a graph (HNSW, `M` links), vectors kept as float16.
float16 halves the memory and changes a cosine by less than 1e-3. Saved indexes are memory-mapped when read
(the vectors and the inverted lists stay in the page cache, shared and reclaimable, instead of the heap).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, cast

import faiss
import numpy as np

# Questions come one at a time: for one query vector, OpenMP's thread hand-off costs more than the scan itself
# (measured on 77k sentences, 2 cores: a flat search took 14 ms with 2 threads, 6.5 ms with 1).
faiss.omp_set_num_threads(1)

AnnKind = Literal["flat", "ivf", "hnsw"]
KINDS: tuple[AnnKind, ...] = ("flat", "ivf", "hnsw")


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


@dataclass(frozen=True)
class AnnSpec:
    """What the manifest records about the ANN: its kind and the parameters it was built and is searched with."""

    kind: AnnKind = "flat"
    params: Mapping[str, int] = field(default_factory=dict)


def choose_kind(sentences: int, threshold: int) -> AnnKind:
    """`flat` (exact) below `threshold` sentences, `ivf` from there on (see README "Scale" for the figures)."""
    return "flat" if sentences < threshold else "ivf"


# An append build adds rows to an ivf index's cells as they were trained; once the corpus has grown past this factor
# of the rows they were trained on, the index is built (and trained) again from every vector.
RETRAIN_GROWTH = 2


def needs_rebuild(built: AnnSpec, kind: str, total: int) -> bool:
    """Whether an index `built` so must be built again, rather than added to, to hold `total` rows of `kind`."""
    if built.kind != kind:
        return True
    return kind == "ivf" and total > RETRAIN_GROWTH * built.params.get("trained_on", 0)


def with_training(built: AnnSpec, count: int) -> AnnSpec:
    """An ivf's spec with `trained_on`: one from before append builds has none, and was trained on all its `count`
    rows (by a full build)."""
    if built.kind != "ivf" or "trained_on" in built.params:
        return built
    return AnnSpec(built.kind, {**built.params, "trained_on": count})


def default_params(kind: AnnKind, expected: int) -> dict[str, int]:
    """Build and search parameters for `expected` vectors; nprobe/efSearch measured for recall@10 >= 0.95."""
    if kind == "ivf":
        nlist = max(1, min(int(2 * math.sqrt(max(expected, 1))), 4096))
        # Questions are unlike sentences: their neighbours spread over many cells. 256 cells (of 2,000) gave
        # recall@10 0.98 against exact search at 1M sentences, 128 gave 0.92 (README "Scale").
        return {"nlist": nlist, "nprobe": min(nlist, max(256, nlist // 8))}
    if kind == "hnsw":
        return {"M": 32, "ef_construction": 40, "ef_search": 512}  # 256 gave recall@10 0.96 at 300k, 512 0.985
    return {}


def _factory_string(kind: str, params: Mapping[str, int]) -> str:
    if kind == "ivf":
        return f"IVF{params['nlist']},SQfp16"
    if kind == "hnsw":
        return f"HNSW{params['M']},SQfp16"
    return "SQfp16"


class FaissIndex:
    """Inner product over normalized vectors (cosine); ids are row numbers 0..n-1."""

    def __init__(self, index: faiss.Index, spec: AnnSpec):
        self._index = index
        self.spec = spec
        self._codes: np.ndarray | None = None  # a flat index's stored rows, as bytes (see `vectors`)
        self._apply_search_params()

    @classmethod
    def create(
        cls, dimension: int, kind: str = "flat", *, expected: int = 0, params: Mapping[str, int] | None = None
    ) -> FaissIndex:
        """An empty index of `kind` sized for `expected` vectors; `params` override the defaults."""
        if kind not in KINDS:
            raise ValueError(f"unknown ANN kind {kind!r} ({', '.join(KINDS)})")
        spec = AnnSpec(kind, {**default_params(kind, expected), **(params or {})})
        index = faiss.index_factory(dimension, _factory_string(kind, spec.params), faiss.METRIC_INNER_PRODUCT)
        if kind == "ivf":
            # k-means: 10 iterations, not 25 (build time); bench/scale.py measures recall with them.
            faiss.extract_index_ivf(index).cp.niter = 10
        if kind == "hnsw":
            cast(faiss.IndexHNSW, index).hnsw.efConstruction = spec.params["ef_construction"]
        return cls(index, spec)

    def tune(self, params: Mapping[str, int]) -> None:
        """Change search parameters (nprobe, ef_search) of a built index; build parameters stay as built."""
        self.spec = AnnSpec(self.spec.kind, {**self.spec.params, **params})
        self._apply_search_params()

    def _apply_search_params(self) -> None:
        params = self.spec.params
        if "nprobe" in params:
            faiss.extract_index_ivf(self._index).nprobe = params["nprobe"]
        if "ef_search" in params:
            cast(faiss.IndexHNSW, faiss.downcast_index(self._index)).hnsw.efSearch = params["ef_search"]

    @property
    def dimension(self) -> int:
        return int(self._index.d)

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        """Add rows; an index that needs training (ivf) trains on the first rows it is given."""
        if not len(vectors):
            return
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._codes = None  # FAISS may move its rows when it grows
        with _all_cores():  # adding is a batch job (k-means assignment, graph links): every core helps
            if not self._index.is_trained:
                self._train(vectors)
            self._index.add(vectors)

    def _train(self, vectors: np.ndarray) -> None:
        ivf = faiss.extract_index_ivf(self._index)
        # 50 vectors per cell is plenty for k-means; more only costs training time.
        sample = min(len(vectors), 50 * ivf.nlist)
        rows = np.random.default_rng(0).choice(len(vectors), sample, replace=False) if sample < len(vectors) else None
        self._index.train(vectors if rows is None else vectors[np.sort(rows)])
        self.spec = AnnSpec(self.spec.kind, {**self.spec.params, "trained_on": len(vectors)})
        ivf.make_direct_map()  # rows can be read back by id (search reads candidates' vectors)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest rows to one query vector, best first; ids are -1 past the end."""
        k = min(k, self.count)
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        # OpenMP's thread count is per calling thread: set it on the thread that asks (the bot's worker threads).
        faiss.omp_set_num_threads(1)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        if len(ids) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        codes = self._flat_codes()
        if codes is not None:
            # A question reads ~500 rows (its candidates and their neighbours): one decode of their bytes, the same
            # floats as `reconstruct_batch`, which decodes row by row (0.3 ms against 0.8 at 77k sentences).
            return self._index.sa_decode(codes[np.asarray(ids, dtype=np.int64)])
        return self._index.reconstruct_batch(np.ascontiguousarray(ids, dtype=np.int64)).astype(np.float32)

    def _flat_codes(self) -> np.ndarray | None:
        """A flat index's rows as an (n, bytes per row) array over FAISS's own memory (no copy); None for the
        other kinds."""
        if self._codes is None and isinstance(flat := faiss.downcast_index(self._index), faiss.IndexFlatCodes):
            n, size = flat.ntotal, flat.code_size
            self._codes = faiss.rev_swig_ptr(flat.codes.data(), n * size).reshape(n, size) if n else None
        return self._codes

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, spec: AnnSpec | None = None, *, mmap: bool = True) -> FaissIndex:
        """Read a saved index (any kind: FAISS reads the type from the file), memory-mapped unless `mmap` is False.

        `spec` (from the manifest) sets the search parameters; a kind that does not match the file is refused."""
        flags = faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY if mmap else 0
        index = faiss.read_index(str(path), flags)
        found = _kind_of(index)
        if spec is not None and spec.kind != found:
            raise ValueError(f"the manifest says the ANN is {spec.kind!r}, the file holds {found!r}")
        return cls(index, spec or AnnSpec(found))


@contextmanager
def _all_cores() -> Iterator[None]:
    """OpenMP on every core for this thread's batch work; searches keep one thread (see the top of the module)."""
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(1)


def _kind_of(index: faiss.Index) -> AnnKind:
    index = faiss.downcast_index(index)
    if isinstance(index, faiss.IndexHNSW):
        return "hnsw"
    if isinstance(index, faiss.IndexIVF):
        return "ivf"
    return "flat"
