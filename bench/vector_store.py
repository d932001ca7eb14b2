"""A cache of passage vectors on disk for bench scripts: one .npy matrix and one JSON list of text digests per file.

Embedding the judged sets takes minutes on 2 cores; the detector's cross-validation reads them many times. Plain
.npy and .json, never pickle (np.load with allow_pickle=False).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.encoder import Encoder


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def cached_vectors(texts: Sequence[str], encoder: Encoder, path: Path) -> np.ndarray:
    """Vectors for `texts` (passages), embedding only those the cache at `path` (.npy, beside it .json) lacks."""
    keys_path = path.with_suffix(".json")
    known: dict[str, int] = {}
    matrix = np.zeros((0, encoder.dimension), dtype=np.float32)
    if path.is_file() and keys_path.is_file():
        keys = json.loads(keys_path.read_text())
        matrix = np.load(path, allow_pickle=False)
        if len(keys) == len(matrix):
            known = {k: i for i, k in enumerate(keys)}
        else:
            matrix = matrix[:0]
    digests = [_digest(t) for t in texts]
    missing = sorted({d: t for d, t in zip(digests, texts, strict=True) if d not in known}.items())
    if missing:
        fresh = encoder.encode([t for _, t in missing])
        start = len(matrix)
        matrix = np.concatenate([matrix, fresh.astype(np.float32)])
        for i, (d, _) in enumerate(missing):
            known[d] = start + i
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, matrix, allow_pickle=False)
        keys_path.write_text(json.dumps(sorted(known, key=known.__getitem__)))
    return matrix[[known[d] for d in digests]]
