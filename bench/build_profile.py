"""Where a build's time goes, stage by stage, on a slice of OrangeSum (the default model and passage recipe).

The stages are the build's own functions, run one after the other on one thread as `Engine.build` runs them:
segmentation, attack events, the passages' text, tokenization, the encoder's forward passes, BM25 (tokenize, index,
save), the metadata file and the vector index. Not a test: figures go to the README ("Benchmarks").

    .venv/bin/python bench/build_profile.py [--articles 500] [--out bench/out/build_profile.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import orangesum_articles  # noqa: E402
from bench.run import machine  # noqa: E402
from index import lexical  # noqa: E402
from index.ann import FaissIndex  # noqa: E402
from index.e5 import E5Encoder  # noqa: E402
from index.encoder import DEFAULT_MODEL, make_encoder  # noqa: E402
from index.engine import _event_extractor  # noqa: E402
from index.ingest import load_sources, segment  # noqa: E402
from index.passages import DEFAULT_CONTEXT, passage_texts  # noqa: E402
from index.store import _Row, _write_metadata  # noqa: E402

OUT = ROOT / "bench" / "out"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500, help="the first N OrangeSum articles (and the seed)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--out", type=Path, default=OUT / "build_profile.json")
    args = parser.parse_args()
    seed, _ = load_sources(ROOT / "data")
    corpus = orangesum_articles(args.articles) + seed
    encoder = make_encoder(DEFAULT_MODEL)
    assert isinstance(encoder, E5Encoder)  # the default model, in the lean encoder: its tokenizer is timed apart
    encoder.encode(["Un échauffement.", "A warm-up."] * 40)  # torch loaded, its kernels ready: not a build's cost
    seconds: dict[str, float] = {}

    def timed(stage: str, fn):
        t = time.perf_counter()
        value = fn()
        seconds[stage] = round(time.perf_counter() - t, 2)
        return value

    sentences = timed("segment", lambda: [segment(a) for a in corpus])
    extract = _event_extractor()
    timed("events", lambda: [extract(a, s) for a, s in zip(corpus, sentences, strict=True)])
    texts = timed(
        "passage_texts",
        lambda: [t for a, s in zip(corpus, sentences, strict=True) for t in passage_texts(a, s, DEFAULT_CONTEXT)],
    )
    ids = timed("tokenize", lambda: encoder._token_ids([encoder.passage_prefix + t for t in texts]))
    vectors = timed("embed_total", lambda: encoder.encode(texts, batch_size=args.batch_size))
    seconds["forward"] = round(seconds["embed_total"] - seconds["tokenize"], 2)
    tokens = timed(
        "bm25_tokenize",
        lambda: [lexical.tokenize(x.text, a.lang) for a, s in zip(corpus, sentences, strict=True) for x in s],
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        bm25 = timed("bm25_index", lambda: lexical.LexicalIndex.build(tokens))
        timed("bm25_save", lambda: bm25.save(out / "lexical"))
        rows, first = [], 0
        for a, s in zip(corpus, sentences, strict=True):
            rows.append(_Row(a, s, a.content_hash(), first, None))
            first += len(s)
        timed("metadata", lambda: _write_metadata(out / "meta.sqlite", rows))

        def ann() -> None:
            index = FaissIndex.create(encoder.dimension, "flat", expected=len(vectors))
            index.add(vectors)
            index.save(out / "vectors.faiss")

        timed("vectors_file", ann)
    n_tokens = sum(len(x) for x in ids)
    result = {
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "articles": len(corpus),
        "sentences": len(texts),
        "tokens": n_tokens,
        "tokens_per_passage": round(n_tokens / len(texts), 1),
        "batch_size": args.batch_size,
        "seconds": seconds,
        "embedding_sentences_per_s": round(len(texts) / seconds["embed_total"], 1),
        "share_of_total": {
            k: round(v / sum(v for s, v in seconds.items() if s != "embed_total"), 3)
            for k, v in seconds.items()
            if k != "embed_total"
        },
    }
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
