"""Search in Qdrant (`index.backend = "qdrant"`): one collection per build, dense and sparse (BM25) vectors.

A build writes a new collection `<prefix>-<build>` holding, per sentence (point id = its row):
- `dense`: the embedding as float16 (dot product over unit vectors: the cosine FAISS computes over its float16 copy);
- `bm25`: the project's own tokens (index/lexical.py: stems, folding, stop words) as sparse indices, each valued with
  BM25's term-frequency saturation and length normalization (Lucene's, k1 and b as the FAISS build's bm25s), the IDF
  applied by Qdrant at query time (`Modifier.IDF`, the same formula): the dot product is the bm25s score;
- a payload with the sentence (article id, position, offsets, text, language) and the guild (None for the base).
The alias `<prefix>` is switched to the new collection just before `CURRENT` (index/store.py), in one request; old
collections go with old builds. A build's own files keep the sentence metadata (meta.sqlite) and the vocabulary
(sparse.json: token -> sparse index and document frequency, for the question's tokens and the coverage gate), so a
question reads candidates from Qdrant (a dense and a sparse query) and ranks them with the project's own fusion
(index/search.py), as a FAISS-backed build does.

Local mode (`qdrant.path`) is qdrant-client's embedded engine: brute-force numpy (sparse scoring in Python), one
client per folder and process (the folder is locked), its storage pickled points in SQLite (the folder is trusted like
the code). A server (`qdrant.url`) is what several processes share.
"""

from __future__ import annotations

import atexit
import json
import logging
import re
import threading
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from qdrant_client import QdrantClient, models

from . import lexical
from .config import QdrantConfig
from .errors import IndexCorrupt
from .models import Article, Sentence

log = logging.getLogger(__name__)

DENSE = "dense"
SPARSE = "bm25"
VOCABULARY = "sparse.json"
_BUILD = re.compile(r"\d{8}T\d{12}-[0-9a-f]{6}")  # store.py's build names
_RETRIEVE_BATCH = 4096


class SentenceRows(Protocol):
    """What a build hands over per article (index/store.py's `_Row`)."""

    @property
    def article(self) -> Article: ...
    @property
    def sentences(self) -> Sequence[Sentence]: ...
    @property
    def first_row(self) -> int: ...


_clients: dict[str, tuple[QdrantClient, threading.RLock]] = {}
_clients_lock = threading.Lock()


def _client(config: QdrantConfig) -> tuple[QdrantClient, threading.RLock]:
    """One client per Qdrant per process: local mode locks its folder against a second client, even in-process.

    The lock serializes local mode's calls (its engine is not thread-safe); a server's client is used as is."""
    if config.url is None and config.path is None:
        raise IndexCorrupt('index.backend is "qdrant" but neither qdrant.url nor qdrant.path is set.')
    key = f"url:{config.url}" if config.url else f"path:{Path(config.path).resolve()}"  # type: ignore[arg-type]  # path is set
    with _clients_lock:
        if key not in _clients:
            if config.url:
                api_key = config.api_key.get_secret_value() if config.api_key else None
                client = QdrantClient(url=config.url, api_key=api_key, timeout=config.timeout_seconds)
            else:
                Path(config.path).mkdir(parents=True, exist_ok=True)  # type: ignore[arg-type]  # path is set
                with warnings.catch_warnings():  # "local mode is not recommended above 20,000 points": README says so
                    warnings.simplefilter("ignore", UserWarning)
                    client = QdrantClient(path=str(config.path), force_disable_check_same_thread=True)
            _clients[key] = (client, threading.RLock())
        return _clients[key]


def close_clients() -> None:
    """Close every client this process opened (tests, benchmarks: frees local mode's folder lock)."""
    with _clients_lock:
        for client, _ in _clients.values():
            client.close()
        _clients.clear()


atexit.register(close_clients)  # before interpreter teardown, where local mode's own __del__ fails noisily


@dataclass(frozen=True)
class Vocabulary:
    """The build's sparse vocabulary: token -> (sparse index, document frequency), and the corpus size."""

    ids: dict[str, int]
    df: np.ndarray
    num_docs: int

    def save(self, path: Path) -> None:
        tokens = sorted(self.ids, key=self.ids.__getitem__)
        path.write_text(json.dumps({"tokens": tokens, "df": self.df.tolist(), "num_docs": self.num_docs}))

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        raw = json.loads(path.read_text())
        tokens, df = raw["tokens"], np.asarray(raw["df"], dtype=np.float64)
        if len(tokens) != len(df):
            raise ValueError(f"{path.name}: {len(tokens)} tokens, {len(df)} frequencies")
        return cls({t: i for i, t in enumerate(tokens)}, df, int(raw["num_docs"]))


def sparse_vectors(token_lists: Sequence[list[str]]) -> tuple[Vocabulary, list[models.SparseVector]]:
    """BM25 documents as sparse vectors: per token, tf / (tf + k1 (1 - b + b dl / avgdl)) (Lucene's saturation, as
    bm25s computes it); Qdrant multiplies by the IDF. A sentence without tokens holds bm25s's placeholder "" so the
    corpus size (and the IDF) is the same."""
    docs = [toks or [""] for toks in token_lists]
    ids: dict[str, int] = {}
    for toks in docs:
        for t in toks:
            ids.setdefault(t, len(ids))
    # Sorted ids make the vocabulary file and the indices deterministic for a corpus.
    order = {t: i for i, t in enumerate(sorted(ids))}
    avgdl = float(np.mean([len(toks) for toks in docs])) if docs else 1.0
    k1, b = lexical.BM25_K1, lexical.BM25_B
    df = np.zeros(len(order), dtype=np.float64)
    vectors = []
    for toks in docs:
        counts = Counter(order[t] for t in toks)
        indices = sorted(counts)
        tf = np.asarray([counts[i] for i in indices], dtype=np.float64)
        values = tf / (tf + k1 * (1 - b + b * len(toks) / avgdl))
        df[indices] += 1
        vectors.append(models.SparseVector(indices=indices, values=values.tolist()))
    return Vocabulary(order, df, len(docs)), vectors


class QdrantBackend:
    """The collections of one index directory (the base's, or a guild's overlay) in one Qdrant."""

    def __init__(self, config: QdrantConfig, guild: int | None = None):
        self.config = config
        self.guild = guild
        self.alias = config.collection if guild is None else f"{config.collection}-guild-{int(guild)}"

    @contextmanager
    def _calls(self) -> Iterator[QdrantClient]:
        client, lock = _client(self.config)
        with lock:
            yield client

    @property
    def exact(self) -> bool:
        """Whether a dense query scans every vector (local mode always does), as FAISS flat does."""
        return self.config.exact or self.config.url is None

    def collection_for(self, build: str) -> str:
        return f"{self.alias}-{build}"

    # --- building -------------------------------------------------------------------------------
    def write(self, build: str, out: Path, rows: Sequence[SentenceRows], matrix: np.ndarray) -> str:
        """A new collection for `build` with every sentence's vectors and payload; the vocabulary into `out`.
        Returns the collection's name. Nothing serves from it until `switch`."""
        name = self.collection_for(build)
        tokens = [lexical.tokenize(s.text, row.article.lang) for row in rows for s in row.sentences]
        vocabulary, sparse = sparse_vectors(tokens)
        vocabulary.save(out / VOCABULARY)
        # float16, as FAISS keeps them (index/ann.py): the same cosines, so the same ranking; half the memory on a
        # server (local mode keeps float32 arrays of the float16 values).
        matrix = matrix.astype(np.float16).astype(np.float32)
        with self._calls() as client:
            client.create_collection(
                name,
                vectors_config={
                    DENSE: models.VectorParams(
                        size=int(matrix.shape[1]), distance=models.Distance.DOT, datatype=models.Datatype.FLOAT16
                    )
                },
                sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
            )
        payloads = [
            {
                "row": row.first_row + s.position,
                "article_id": s.article_id,
                "position": s.position,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "lang": row.article.lang,
                "guild": self.guild,
            }
            for row in rows
            for s in row.sentences
        ]
        step = self.config.upsert_batch
        for start in range(0, len(payloads), step):
            end = min(start + step, len(payloads))
            batch = models.Batch(
                ids=[p["row"] for p in payloads[start:end]],
                vectors={DENSE: matrix[start:end].tolist(), SPARSE: sparse[start:end]},
                payloads=payloads[start:end],
            )
            with self._calls() as client:  # a batch at a time: questions to the serving collection come in between
                client.upsert(name, batch, wait=True)
        return name

    def switch(self, collection: str) -> str | None:
        """Point the alias at `collection` in one request (delete and create together); returns the previous one."""
        with self._calls() as client:
            previous = self.serving(client)
            operations: list[models.AliasOperations] = []
            if previous is not None:
                operations.append(models.DeleteAliasOperation(delete_alias=models.DeleteAlias(alias_name=self.alias)))
            operations.append(
                models.CreateAliasOperation(
                    create_alias=models.CreateAlias(collection_name=collection, alias_name=self.alias)
                )
            )
            client.update_collection_aliases(change_aliases_operations=operations)
        return previous

    def serving(self, client: QdrantClient | None = None) -> str | None:
        """The collection the alias points at, if any."""
        if client is None:
            with self._calls() as own:
                return self.serving(own)
        for alias in client.get_aliases().aliases:
            if alias.alias_name == self.alias:
                return alias.collection_name
        return None

    def restore(self, previous: str | None) -> None:
        """Undo a `switch` (the build failed after it)."""
        with self._calls() as client:
            if previous is None or not client.collection_exists(previous):
                if self.serving(client) is None:
                    return
                client.update_collection_aliases(
                    change_aliases_operations=[
                        models.DeleteAliasOperation(delete_alias=models.DeleteAlias(alias_name=self.alias))
                    ]
                )
                return
        self.switch(previous)

    def discard(self, build: str) -> None:
        """Drop a build's collection (the build failed); the serving one is never dropped."""
        name = self.collection_for(build)
        with self._calls() as client:
            if name != self.serving(client) and client.collection_exists(name):
                client.delete_collection(name)

    def prune(self, keep: set[str]) -> None:
        """Drop this index's collections whose build is not kept (old builds, builds killed half-way)."""
        with self._calls() as client:
            serving = self.serving(client)
            for found in client.get_collections().collections:
                build = found.name.removeprefix(self.alias + "-")
                if build != found.name and _BUILD.fullmatch(build) and build not in keep and found.name != serving:
                    client.delete_collection(found.name)
                    log.info("dropped collection %s", found.name)

    # --- reading -------------------------------------------------------------------------------
    def open(self, build_dir: Path, collection: str, sentences: int, dimension: int) -> tuple[QdrantDense, QdrantBM25]:
        """The build's dense and sparse sides; IndexCorrupt when the collection is missing or holds another count."""
        with self._calls() as client:
            if not client.collection_exists(collection):
                raise IndexCorrupt(
                    f"The index in {build_dir} names Qdrant collection {collection!r}, which Qdrant does not hold: "
                    "run `eventbot index` to rebuild it."
                )
            count = client.count(collection, exact=True).count
        if count != sentences:
            raise IndexCorrupt(
                f"The index in {build_dir} is inconsistent (Qdrant holds {count} points, the manifest says "
                f"{sentences}): run `eventbot index`."
            )
        vocabulary = Vocabulary.load(build_dir / VOCABULARY)
        if vocabulary.num_docs != sentences:
            raise IndexCorrupt(f"The index in {build_dir} is inconsistent ({VOCABULARY}): run `eventbot index`.")
        return QdrantDense(self, collection, count, dimension), QdrantBM25(self, collection, vocabulary)


class QdrantDense:
    """The ANN protocol (index/ann.py) over a collection's dense vectors: ids are rows (point ids)."""

    def __init__(self, backend: QdrantBackend, collection: str, count: int, dimension: int):
        self._backend = backend
        self.collection = collection
        self._count = count
        self._dimension = dimension

    @property
    def count(self) -> int:
        return self._count

    @property
    def dimension(self) -> int:
        return self._dimension

    def add(self, vectors: np.ndarray) -> None:
        raise NotImplementedError("a Qdrant build's collection is written by QdrantBackend.write")

    def save(self, path: Path) -> None:
        raise NotImplementedError("a Qdrant build's vectors live in its collection")

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = min(k, self._count)
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        params = models.SearchParams(exact=True) if self._backend.config.exact else None  # local mode: always exact
        with self._backend._calls() as client:
            points = client.query_points(
                self.collection,
                query=np.asarray(query, dtype=np.float32).tolist(),
                using=DENSE,
                limit=k,
                search_params=params,
                with_payload=False,
            ).points
        ids = np.asarray([int(p.id) for p in points], dtype=np.int64)
        return np.asarray([p.score for p in points], dtype=np.float32), ids

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of `ids` (rows), in the order given."""
        wanted = [int(i) for i in np.asarray(ids).reshape(-1)]
        out = np.zeros((len(wanted), self._dimension), dtype=np.float32)
        if not wanted:
            return out
        found: dict[int, Any] = {}
        unique = sorted(set(wanted))
        for start in range(0, len(unique), _RETRIEVE_BATCH):
            with self._backend._calls() as client:
                records = client.retrieve(
                    self.collection, unique[start : start + _RETRIEVE_BATCH], with_payload=False, with_vectors=[DENSE]
                )
            for record in records:
                named = record.vector
                if not isinstance(named, dict):
                    raise IndexCorrupt(
                        f"Qdrant collection {self.collection} has no named vectors: run `eventbot index`."
                    )
                found[int(record.id)] = named[DENSE]
        missing = [i for i in unique if i not in found]
        if missing:
            raise IndexCorrupt(f"Qdrant collection {self.collection} lacks rows {missing[:5]}: run `eventbot index`.")
        for j, i in enumerate(wanted):
            out[j] = found[i]
        return out


class QdrantBM25:
    """BM25 scores from the collection's sparse vectors (lexical.LexicalIndex's role, index/shards.py reads it)."""

    def __init__(self, backend: QdrantBackend, collection: str, vocabulary: Vocabulary):
        self._backend = backend
        self.collection = collection
        self._vocabulary = vocabulary
        n = max(vocabulary.num_docs, 1)
        df = vocabulary.df
        self._idf = np.log(1 + (n - df + 0.5) / (df + 0.5))  # Qdrant's Modifier.IDF, and bm25s's

    @property
    def num_docs(self) -> int:
        return self._vocabulary.num_docs

    def idf(self, token: str) -> float:
        i = self._vocabulary.ids.get(token)
        return float(self._idf[i]) if i is not None else 0.0

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """BM25 of every row for the query tokens: the best `qdrant.sparse_limit` rows from Qdrant, 0 elsewhere."""
        out = np.zeros(self._vocabulary.num_docs, dtype=np.float32)
        # A token given twice weighs twice (as in LexicalIndex.scores): the sparse query's value is its count.
        counts = Counter(self._vocabulary.ids[t] for t in tokens if t and t in self._vocabulary.ids)
        if not counts:
            return out
        indices = sorted(counts)
        query = models.SparseVector(indices=indices, values=[float(counts[i]) for i in indices])
        with self._backend._calls() as client:
            points = client.query_points(
                self.collection, query=query, using=SPARSE, limit=self._backend.config.sparse_limit, with_payload=False
            ).points
        if points:
            out[np.asarray([int(p.id) for p in points])] = [p.score for p in points]
        return out
