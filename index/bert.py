"""A lean encoder for BERT sentence-transformers models with mean pooling (all-MiniLM-L6-v2 among them).

Why: importing sentence-transformers pulls in transformers and costs about 4 s here, longer than
the whole start-up budget of the bot. This module runs the same forward pass with `tokenizers`,
`safetensors` and NumPy for a question (no torch import at all: about 1.4 s sooner to the first answer), and
with torch for batches (a build), and gives the same vectors both ways (cosine >= 0.9999 against
SentenceTransformer.encode, checked in the tests). Models of any other shape go through SentenceTransformerEncoder.
"""

from __future__ import annotations

import json
import math
import os
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

_ST_TRANSFORMER = "sentence_transformers.models.Transformer"
_ST_POOLING = "sentence_transformers.models.Pooling"
_ST_NORMALIZE = "sentence_transformers.models.Normalize"


def supports(model_dir: str | Path) -> bool:
    """True for a local sentence-transformers folder holding a BERT encoder with mean pooling."""
    root = Path(model_dir)
    try:
        modules = json.loads((root / "modules.json").read_text())
        config = json.loads((root / "config.json").read_text())
    except (OSError, ValueError):
        return False
    kinds = [m.get("type") for m in modules]
    if kinds[:2] != [_ST_TRANSFORMER, _ST_POOLING] or any(k not in (_ST_NORMALIZE,) for k in kinds[2:]):
        return False
    pooling_dir = root / next(m["path"] for m in modules if m["type"] == _ST_POOLING)
    try:
        pooling = json.loads((pooling_dir / "config.json").read_text())
    except (OSError, ValueError):
        return False
    only_mean = pooling.get("pooling_mode_mean_tokens") and not any(
        pooling.get(k)
        for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens")
    )
    return bool(
        only_mean
        and config.get("model_type") == "bert"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and config.get("hidden_act") == "gelu"
        and (root / "tokenizer.json").is_file()
        and (root / "model.safetensors").is_file()
    )


# Until torch is loaded, up to this many texts (a question) go through NumPy: no torch import, so a one-shot
# `eventbot ask` answers ~2 s sooner. Batches (a build) go through torch, in bfloat16 where the CPU has it, and so
# do questions once torch is loaded (5 ms a question against NumPy's 11 ms): the bot loads it in the background.
NUMPY_MAX_TEXTS = 8


@lru_cache(maxsize=1)
def _one_blas_thread() -> None:
    """NumPy's BLAS threads are one pool for the whole process; nothing here needs more than one (and two that wait
    for each other on a question's small products lose to one beside a busy process)."""
    threadpool_limits(1, user_api="blas")


@dataclass(frozen=True)
class _Int8Layer:
    """One encoder layer for questions: prepacked int8 products (torch script objects), float32 layer norms."""

    qkv: Any
    attention_out: Any
    intermediate: Any
    output: Any
    attention_norm: tuple[Any, Any]
    output_norm: tuple[Any, Any]


@dataclass(frozen=True)
class _Int8Model:
    positions: Any
    token_type: Any
    norm: tuple[Any, Any]
    layers: tuple[_Int8Layer, ...]
    linear: Callable[..., Any]


# A build's forward passes hold at most this many tokens (padding included): short sentences go 64 to a batch, long
# ones fewer, so that the attention scores of the longest (512 tokens) stay near 100 MB a worker.
BATCH_TOKENS = 8192


@dataclass(frozen=True)
class _PackedLayer:
    """One encoder layer for passages: bfloat16 weights prepacked in oneDNN's layout, with their biases."""

    qkv: tuple[Any, Any]  # query, key and value in one product
    attention_out: tuple[Any, Any]
    intermediate: tuple[Any, Any]  # its GELU runs inside the product
    output: tuple[Any, Any]


def _batches(lengths: Sequence[int], batch_size: int, max_tokens: int = BATCH_TOKENS) -> list[list[int]]:
    """Indices of the texts in forward passes: by length (little padding), at most `batch_size` texts and
    `max_tokens` tokens (padding included) each, one text at least."""
    out: list[list[int]] = []
    current: list[int] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if current and (len(current) >= batch_size or (len(current) + 1) * lengths[i] > max_tokens):
            out.append(current)
            current = []
        current.append(i)
    if current:
        out.append(current)
    return out


class BertMeanEncoder:
    """BERT forward pass + attention-masked mean pooling + L2 normalization."""

    query_prefix = ""
    passage_prefix = ""

    def __init__(
        self,
        model_dir: str | Path,
        *,
        name: str,
        bf16: bool = False,
        threads: int | None = None,
        query_threads: int = 1,
        query_int8: bool = False,
    ):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        root = Path(model_dir)
        cfg = json.loads((root / "config.json").read_text())
        st_cfg = (
            json.loads((root / "sentence_bert_config.json").read_text())
            if (root / "sentence_bert_config.json").is_file()
            else {}
        )
        max_len = int(st_cfg.get("max_seq_length", cfg.get("max_position_embeddings", 512)))
        self._tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_len)
        self._tokenizer.no_padding()
        # Checkpoints name their tensors with or without the "bert." prefix.
        weights = {
            k.removeprefix("bert."): np.array(v, dtype=np.float32 if v.dtype.kind == "f" else v.dtype)
            for k, v in load_file(str(root / "model.safetensors")).items()
        }
        self._word_table = weights.pop("embeddings.word_embeddings.weight")
        self._setup(
            name=name,
            weights=weights,
            hidden=int(cfg["hidden_size"]),
            heads=int(cfg["num_attention_heads"]),
            layers=int(cfg["num_hidden_layers"]),
            eps=float(cfg.get("layer_norm_eps", 1e-12)),
            bf16=bf16,
            threads=threads,
            query_threads=query_threads,
            query_int8=query_int8,
        )

    def _setup(
        self,
        *,
        name: str,
        weights: dict[str, np.ndarray],
        hidden: int,
        heads: int,
        layers: int,
        eps: float,
        bf16: bool,
        threads: int | None,
        query_threads: int = 1,
        query_int8: bool = False,
    ) -> None:
        """Every weight but the word embeddings (see `_word_vectors`), with BERT's names, in float32."""
        self.name = name
        self.dimension = hidden
        self._heads = heads
        self._layers = layers
        self._eps = eps
        self._np = weights
        # The NumPy path multiplies by each dense layer's transposed weight: contiguous, it is 1.7x faster (measured).
        self._np_t = {
            k: np.ascontiguousarray(v.T)
            for k, v in self._np.items()
            if k.startswith("encoder.layer.")
            and k.endswith(("dense.weight", "query.weight", "key.weight", "value.weight"))
        }
        self.precision = "bf16" if bf16 else "fp32"
        self._bf16 = bf16
        self._threads = threads
        self._query_threads = query_threads
        self._query_int8 = query_int8
        # Questions' dense layers in int8 (see `_quantize_for_questions`), once torch is loaded: prepacked weights
        # and float32 copies of the rest (layer norms, position embeddings); None when off or unsupported.
        self._q8: _Int8Model | None = None
        # The torch module (Any: imported lazily), and the weights handed to it, on the first batch or by load_torch.
        self._torch: Any = None
        self._w: dict = {}
        self._torch_lock = threading.Lock()
        # Passages' prepacked bfloat16 layers (see `_pack_passage_layers`), made on the first build; None until then.
        self._packed: tuple[_PackedLayer, ...] | None = None

    def _word_vectors(self, ids: np.ndarray) -> np.ndarray:
        """float32 word embeddings of token ids (any shape)."""
        return self._word_table[ids]

    def _token_ids(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self._tokenizer.encode_batch(texts)]

    def load_torch(self) -> None:
        """Ready the torch path now (a long-running process, in the background): questions then take it too."""
        self._with_torch()

    def _with_torch(self):
        with self._torch_lock:
            return self._torch or self._load_torch()

    def _load_torch(self):
        import torch

        weights = {k: torch.from_numpy(v) for k, v in self._np.items()}  # shares the arrays' memory
        self._dtype = torch.bfloat16 if self._bf16 else torch.float32
        if self._bf16:
            weights = {k: (v.to(torch.bfloat16) if v.is_floating_point() else v) for k, v in weights.items()}
        if self._query_int8:
            self._quantize_for_questions(torch, {k: torch.from_numpy(v) for k, v in self._np.items()})
        self._w, self._torch = weights, torch
        # From now on every text takes the torch path: the float32 copies for NumPy go (e5: about 170 MB).
        self._np_t = {}
        if self._bf16:
            self._np = {}
        return torch

    def _layer_norm(self, x, prefix: str, w: dict):
        return self._torch.nn.functional.layer_norm(
            x, (x.shape[-1],), w[f"{prefix}.weight"], w[f"{prefix}.bias"], self._eps
        )

    def _quantize_for_questions(self, torch, weights: dict) -> None:
        """int8 dense layers for questions: weights quantized per output channel, activations per question
        (dynamic quantization, the x86/fbgemm kernels). A question streams a quarter of float32's bytes and its
        embedding takes half the time of bfloat16's (README "Benchmarks"); passages keep bfloat16. Skipped where
        torch has no such kernel or no longer offers the operators."""
        ops = getattr(torch.ops, "quantized", None)
        if not {"x86", "fbgemm"} & set(torch.backends.quantized.supported_engines) or ops is None:
            return

        def pack(weight, bias):
            scale = (weight.abs().amax(1) / 127).clamp(min=1e-8).double()
            zero = torch.zeros(weight.shape[0], dtype=torch.long)
            q = torch.quantize_per_channel(weight.float(), scale, zero, 0, torch.qint8)
            return ops.linear_prepack(q, bias.float())

        def f32(key: str):
            return weights[key].float()

        layers = []
        with warnings.catch_warnings():
            # torch 2.13 warns that quantized tensors will move out of core; the pinned version has them.
            warnings.simplefilter("ignore")
            for i in range(self._layers):
                p = f"encoder.layer.{i}"
                # Query, key and value in one product: each output channel has its own scale, so the int8 weights
                # and the results are those of three products (bit for bit), for one pass over the question.
                qkv = [f"{p}.attention.self.{n}" for n in ("query", "key", "value")]
                layers.append(
                    _Int8Layer(
                        qkv=pack(
                            torch.cat([weights[f"{n}.weight"] for n in qkv]),
                            torch.cat([weights[f"{n}.bias"] for n in qkv]),
                        ),
                        attention_out=pack(
                            weights[f"{p}.attention.output.dense.weight"], weights[f"{p}.attention.output.dense.bias"]
                        ),
                        intermediate=pack(
                            weights[f"{p}.intermediate.dense.weight"], weights[f"{p}.intermediate.dense.bias"]
                        ),
                        output=pack(weights[f"{p}.output.dense.weight"], weights[f"{p}.output.dense.bias"]),
                        attention_norm=(
                            f32(f"{p}.attention.output.LayerNorm.weight"),
                            f32(f"{p}.attention.output.LayerNorm.bias"),
                        ),
                        output_norm=(f32(f"{p}.output.LayerNorm.weight"), f32(f"{p}.output.LayerNorm.bias")),
                    )
                )
        self._q8 = _Int8Model(
            positions=f32("embeddings.position_embeddings.weight"),
            token_type=f32("embeddings.token_type_embeddings.weight")[0],
            norm=(f32("embeddings.LayerNorm.weight"), f32("embeddings.LayerNorm.bias")),
            layers=tuple(layers),
            # The operator's C++ entry: no Python dispatch on the arguments, 48 calls a question (0.25 ms).
            linear=getattr(ops.linear_dynamic.default, "_op", ops.linear_dynamic.default),
        )

    def _linear(self, x, prefix: str):
        return self._torch.nn.functional.linear(x, self._w[f"{prefix}.weight"], self._w[f"{prefix}.bias"])

    def _forward_question(self, ids: list[int]):
        """The int8 forward pass of one text (no padding: no mask), mean-pooled, in few operations: a question is ~20
        tokens, where each operation's own cost counts. The same vectors, bit for bit, as the padded batch pass with
        int8 products that questions took before (checked on the 216 questions of bench/run.py)."""
        torch, F, m = self._torch, self._torch.nn.functional, self._q8
        assert m is not None
        n, hidden, heads = len(ids), self.dimension, self._heads
        head_dim = hidden // heads
        scale = 1 / math.sqrt(head_dim)
        linear = m.linear
        x = torch.from_numpy(self._word_vectors(np.asarray(ids))) + m.positions[:n] + m.token_type
        x = F.layer_norm(x, (hidden,), *m.norm, self._eps)
        for layer in m.layers:
            # (3, batch 1, heads, tokens, head_dim): with a batch dimension, as batches, torch takes the same
            # attention kernel (without it, another one: other roundings, other vectors).
            q, k, v = linear(x, layer.qkv).view(1, n, 3, heads, head_dim).permute(2, 0, 3, 1, 4)
            ctx = F.scaled_dot_product_attention(q, k, v, scale=scale).transpose(1, 2).reshape(n, hidden)
            x = F.layer_norm(x + linear(ctx, layer.attention_out), (hidden,), *layer.attention_norm, self._eps)
            hidden_states = F.gelu(linear(x, layer.intermediate))
            x = F.layer_norm(x + linear(hidden_states, layer.output), (hidden,), *layer.output_norm, self._eps)
        return x.sum(0) / n

    def _forward(self, ids, mask):
        """Mean-pooled last hidden states."""
        torch, F = self._torch, self._torch.nn.functional
        w, dtype = self._w, self._dtype
        batch, length = ids.shape
        positions = torch.arange(length).unsqueeze(0)
        x = (
            torch.from_numpy(self._word_vectors(ids.numpy())).to(dtype)
            + F.embedding(positions, w["embeddings.position_embeddings.weight"])
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._layer_norm(x, "embeddings.LayerNorm", w)
        head_dim = self.dimension // self._heads
        # Additive mask: padded keys get -inf before the softmax.
        attn_mask = torch.zeros(batch, 1, 1, length, dtype=x.dtype)
        attn_mask.masked_fill_(~mask.bool()[:, None, None, :], float("-inf"))
        for i in range(self._layers):
            p = f"encoder.layer.{i}"

            def heads(t):
                return t.view(batch, length, self._heads, head_dim).transpose(1, 2)

            q = heads(self._linear(x, f"{p}.attention.self.query"))
            k = heads(self._linear(x, f"{p}.attention.self.key"))
            v = heads(self._linear(x, f"{p}.attention.self.value"))
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask, scale=1 / math.sqrt(head_dim))
            ctx = ctx.transpose(1, 2).reshape(batch, length, self.dimension)
            x = self._layer_norm(
                x + self._linear(ctx, f"{p}.attention.output.dense"), f"{p}.attention.output.LayerNorm", w
            )
            hidden = F.gelu(self._linear(x, f"{p}.intermediate.dense"))
            x = self._layer_norm(x + self._linear(hidden, f"{p}.output.dense"), f"{p}.output.LayerNorm", w)
        m = mask.unsqueeze(-1).to(x.dtype)
        return (x * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def _forward_numpy(self, ids: list[int]) -> np.ndarray:
        """The same forward pass for one text, in float32 NumPy (no padding, so no mask)."""
        from scipy.special import erf

        w = self._np
        length = len(ids)

        def layer_norm(x: np.ndarray, prefix: str) -> np.ndarray:
            mean = x.mean(-1, keepdims=True)
            var = ((x - mean) ** 2).mean(-1, keepdims=True)
            return (x - mean) / np.sqrt(var + self._eps) * w[f"{prefix}.weight"] + w[f"{prefix}.bias"]

        def linear(x: np.ndarray, prefix: str) -> np.ndarray:
            return x @ self._np_t[f"{prefix}.weight"] + w[f"{prefix}.bias"]

        x = (
            self._word_vectors(np.asarray(ids))
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = layer_norm(x, "embeddings.LayerNorm")
        head_dim = self.dimension // self._heads
        for i in range(self._layers):
            p = f"encoder.layer.{i}"
            q, k, v = (
                linear(x, f"{p}.attention.self.{n}").reshape(length, self._heads, head_dim).transpose(1, 0, 2)
                for n in ("query", "key", "value")
            )
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(head_dim)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            ctx = (scores / scores.sum(-1, keepdims=True)) @ v
            ctx = ctx.transpose(1, 0, 2).reshape(length, self.dimension)
            x = layer_norm(x + linear(ctx, f"{p}.attention.output.dense"), f"{p}.attention.output.LayerNorm")
            hidden = linear(x, f"{p}.intermediate.dense")
            hidden = 0.5 * hidden * (1.0 + erf(hidden / math.sqrt(2.0)))  # exact GELU, as BERT's
            x = layer_norm(x + linear(hidden, f"{p}.output.dense"), f"{p}.output.LayerNorm")
        return x.mean(0)

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Passages (sentences), in bulk: torch, on `threads` workers of one thread each (default: one a core)."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        ids = self._token_ids([self.passage_prefix + t for t in texts])
        if len(texts) <= NUMPY_MAX_TEXTS and self._torch is None:
            for i, row in enumerate(ids):
                out[i] = self._forward_numpy(row)
            if progress:
                progress(len(texts))
        else:
            self._encode_bulk(ids, out, batch_size, progress, self._threads or max(1, os.cpu_count() or 1))
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """One question, on `query_threads` threads (1 by default: on a shared machine, threads that wait for each
        other cost more than they save on so little work; torch's thread count is per thread, so a build running
        beside keeps its own)."""
        ids = self._token_ids([self.query_prefix + text])
        out = np.zeros((1, self.dimension), dtype=np.float32)
        if self._torch is None:
            _one_blas_thread()
            out[0] = self._forward_numpy(ids[0])
        elif self._q8 is not None:
            torch = self._torch
            torch.set_num_threads(self._query_threads)
            with torch.inference_mode():
                out[0] = self._forward_question(ids[0]).numpy()
        else:
            self._encode_torch(ids, out, 1, None, self._query_threads)
        return out[0] / max(float(np.linalg.norm(out[0])), 1e-12)

    def _encode_bulk(
        self,
        ids: list[list[int]],
        out: np.ndarray,
        batch_size: int,
        progress: Callable[[int], None] | None,
        workers: int,
    ) -> None:
        """A build's passages: each forward pass on one thread, `workers` passes at a time. On 2 cores two
        single-threaded passes beat one pass on two threads (the threads of one pass wait for each other at every
        operation, longer when another process holds a core; README "Benchmarks")."""
        torch = self._with_torch()
        forward: Callable[[Any, Any], Any] = self._forward
        if self._bf16 and torch.backends.mkldnn.is_available():
            forward = self._forward_passages
            with self._torch_lock:
                self._packed = self._packed or self._pack_passage_layers()

        failed = threading.Event()

        def run(chunk: list[int]) -> np.ndarray | None:
            # Once a pass has failed, the batches a worker takes after it are skipped at once, not run: the main
            # thread may not be scheduled for a while (another process holds the core) before it cancels them, and
            # their result is never used. None, not an error: the failure raised in batch order is the real one.
            if failed.is_set():
                return None
            torch.set_num_threads(1)  # this worker's own setting: other threads keep theirs
            try:
                with torch.inference_mode():
                    return forward(*self._padded(ids, chunk)).float().numpy()
            except BaseException:
                failed.set()
                raise

        chunks = _batches([len(row) for row in ids], batch_size)
        pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="embed")
        try:
            results: Iterator[np.ndarray | None] = pool.map(run, chunks)
            for chunk, pooled in zip(chunks, results, strict=True):
                if pooled is None:  # skipped after a failure: the failed batch raises when its turn comes
                    continue
                out[chunk] = pooled
                if progress:
                    progress(len(chunk))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # a failure stops the passes not yet begun

    def _padded(self, ids: list[list[int]], chunk: list[int]):
        """The token ids of `chunk` padded to its longest, and their mask."""
        torch = self._torch
        length = max(len(ids[i]) for i in chunk)
        batch = torch.zeros(len(chunk), length, dtype=torch.long)
        mask = torch.zeros(len(chunk), length, dtype=torch.long)
        for row, i in enumerate(chunk):
            n = len(ids[i])
            batch[row, :n] = torch.tensor(ids[i])
            mask[row, :n] = 1
        return batch, mask

    def _pack_passage_layers(self) -> tuple[_PackedLayer, ...]:
        """The dense layers' bfloat16 weights reordered once into oneDNN's blocked layout (+42 MB for e5-small, made
        by the first build of a process): every product then reads them as they are, instead of reordering them at
        each call."""
        torch, w = self._torch, self._w
        reorder = torch.ops.mkldnn._reorder_linear_weight

        def pack(weight, bias):
            return reorder(weight, 64 * 64), bias  # the input rows it is tuned for: a batch of 64 texts of 64 tokens

        layers = []
        for i in range(self._layers):
            p = f"encoder.layer.{i}"
            qkv = [f"{p}.attention.self.{n}" for n in ("query", "key", "value")]
            layers.append(
                _PackedLayer(
                    qkv=pack(torch.cat([w[f"{n}.weight"] for n in qkv]), torch.cat([w[f"{n}.bias"] for n in qkv])),
                    attention_out=pack(w[f"{p}.attention.output.dense.weight"], w[f"{p}.attention.output.dense.bias"]),
                    intermediate=pack(w[f"{p}.intermediate.dense.weight"], w[f"{p}.intermediate.dense.bias"]),
                    output=pack(w[f"{p}.output.dense.weight"], w[f"{p}.output.dense.bias"]),
                )
            )
        return tuple(layers)

    def _forward_passages(self, ids, mask):
        """`_forward` for a build's batches, in bfloat16, with the prepacked layers: the same vectors (cosine >= 0.9999,
        tested) in fewer, faster operations. The attention is three plain products: torch's fused kernel
        (scaled_dot_product_attention) is slower on a single thread for sentences this short (measured)."""
        torch, F = self._torch, self._torch.nn.functional
        linear = torch.ops.mkldnn._linear_pointwise.default
        w, layers = self._w, self._packed
        assert layers is not None
        batch, length = ids.shape
        hidden, heads = self.dimension, self._heads
        head_dim = hidden // heads
        rows = batch * heads
        x = (
            torch.from_numpy(self._word_vectors(ids.numpy())).to(self._dtype)
            + F.embedding(torch.arange(length).unsqueeze(0), w["embeddings.position_embeddings.weight"])
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._layer_norm(x, "embeddings.LayerNorm", w)
        # Additive mask, one row per (text, head), broadcast over the queries: padded keys get -inf.
        attn_mask = torch.zeros(batch, heads, 1, length, dtype=x.dtype)
        attn_mask.masked_fill_(~mask.bool()[:, None, None, :], float("-inf"))
        attn_mask = attn_mask.view(rows, 1, length).expand(rows, length, length)
        for i, layer in enumerate(layers):
            p = f"encoder.layer.{i}"
            qkv = linear(x, *layer.qkv, "none", [], "")
            q, k, v = qkv.view(batch, length, 3, heads, head_dim).permute(2, 0, 3, 1, 4).reshape(3, rows, length, -1)
            scores = torch.baddbmm(attn_mask, q, k.transpose(1, 2), alpha=1 / math.sqrt(head_dim))
            torch.softmax(scores, -1, out=scores)  # in place: the scores are the largest tensor of a pass
            ctx = torch.bmm(scores, v).view(batch, heads, length, head_dim)
            ctx = ctx.transpose(1, 2).reshape(batch, length, hidden)
            x = self._layer_norm(
                x + linear(ctx, *layer.attention_out, "none", [], ""), f"{p}.attention.output.LayerNorm", w
            )
            h = linear(x, *layer.intermediate, "gelu", [], "none")  # "none": the exact (erf) GELU, as BERT's
            x = self._layer_norm(x + linear(h, *layer.output, "none", [], ""), f"{p}.output.LayerNorm", w)
        m = mask.unsqueeze(-1).to(x.dtype)
        return (x * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def _encode_torch(
        self,
        ids: list[list[int]],
        out: np.ndarray,
        batch_size: int,
        progress: Callable[[int], None] | None,
        threads: int,
    ) -> None:
        torch = self._with_torch()
        torch.set_num_threads(threads)
        # Length-sorted batches waste little on padding.
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                chunk = order[start : start + batch_size]
                length = max(len(ids[i]) for i in chunk)
                batch = torch.zeros(len(chunk), length, dtype=torch.long)
                mask = torch.zeros(len(chunk), length, dtype=torch.long)
                for row, i in enumerate(chunk):
                    n = len(ids[i])
                    batch[row, :n] = torch.tensor(ids[i])
                    mask[row, :n] = 1
                pooled = self._forward(batch, mask).float()
                out[chunk] = pooled.numpy()
                if progress:
                    progress(len(chunk))
