"""Shared fixtures: a deterministic encoder where the model is not the point, the real one where it is."""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from tests.pg import PostgresServer, Unavailable

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class HashingEncoder:
    """Bag of hashed words: sentences sharing words are close. Deterministic and instant."""

    def __init__(self, name: str = "test-hashing", dimension: int = 64):
        self.name = name
        self.dimension = dimension
        self.calls = 0
        self.encoded = 0

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        from index.lexical import fold

        self.calls += 1
        self.encoded += len(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in fold(text).split():
                h = int(hashlib.md5(word.encode()).hexdigest(), 16)
                out[i, h % self.dimension] += 1.0
            out[i] /= max(np.linalg.norm(out[i]), 1e-9)
        if progress:
            progress(len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


@pytest.fixture
def hashing_encoder() -> HashingEncoder:
    return HashingEncoder()


@pytest.fixture(scope="session")
def real_encoder():
    from index.encoder import DEFAULT_MODEL, make_encoder

    return make_encoder(DEFAULT_MODEL)


# --- databases: the registries' contract tests run on SQLite and on a real PostgreSQL server -------------------------
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session (tests/pg.py); skipped with the reason when none can start, failed
    instead when EVENTBOT_REQUIRE_POSTGRES=1 (CI sets it, so the PostgreSQL tests cannot quietly stop running)."""
    server = None
    try:
        server = PostgresServer()
        server.start()
    except Unavailable as exc:
        if server is not None:
            server.stop()
        if os.environ.get("EVENTBOT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here (EVENTBOT_REQUIRE_POSTGRES=1): {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a new database on the session's PostgreSQL server."""
    from index.db import dispose_engines

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registries.sqlite'}"
    else:
        server = request.getfixturevalue("postgres_server")
        yield server.create_database(f"test_{os.getpid()}_{next(_databases)}")
    dispose_engines()
