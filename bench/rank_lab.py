"""Ranking experiments on PIAF (not shipped): the shipped searcher with knobs that are not (yet) settings.

    .venv/bin/python bench/rank_lab.py --seed 0 --context title --variant '{}' --variant '{"title_fused": 0.1}' ...

A variant is a JSON object of SearchConfig fields plus these experimental keys:
  title_lex: w     BM25 of the question over the article's title (one document per article), times w, added to every
                   sentence's BM25 before the fusion (a per-article lexical prior)
  title_fused: w   the same title BM25, max-normalized over the candidates, times w, added to the fused score
  bm25f: w         BM25F: the title as a second field of each sentence, its term counts and length weighted by w
  bm25f_df: mode   how BM25F's document frequency counts a sentence whose title alone holds the term: `combined`
                   (1, the default), `sentence` (0), `weighted` (w)
  prf: [m, beta]   dense pseudo-relevance feedback: the question vector plus beta times the mean of the first m
                   answers' vectors, normalized, then asked again
  distinct_tokens: true   BM25 scores each of the question's stems once (before: a stem once per question word)
  no_variants: true       a question's stems do not meet the index's stems a last letter longer or shorter
  edit1: n                a question's stems of n letters or more also meet the index's stems one edit away (a letter
                          added, removed or changed anywhere: Soleimani / Souleimani), both at least n long
  indel1: n               the same, a letter added or removed only, not the first one (no Iraqi / Iranian)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import cast

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import piaf  # noqa: E402
from bench.piaf_fusion import OUT, gold_rows, metrics, piaf_engine, rank_of  # noqa: E402
from bench.vector_cache import CachedEncoder  # noqa: E402
from index import fusion, lexical  # noqa: E402
from index import search as search_module  # noqa: E402
from index.config import IndexConfig  # noqa: E402
from index.encoder import make_encoder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.lexical import BM25_B, BM25_K1  # noqa: E402
from index.models import Answer, Lang  # noqa: E402

EXTRA = ("title_lex", "title_fused", "bm25f", "bm25f_df", "prf", "distinct_tokens", "no_variants", "edit1", "indel1")


class Lab:
    def __init__(self, engine: Engine, articles):
        self.engine = engine
        index = engine.loaded
        self.index = index
        self.searcher = engine.searcher
        rows = sorted(index.articles.values(), key=lambda a: a.first_row)
        self.article_ids = [a.id for a in rows]
        self.row_art = np.repeat(np.arange(len(rows)), [a.n_sentences for a in rows])
        self.titles = lexical.LexicalIndex.build([lexical.tokenize(a.title, cast(Lang, a.lang)) for a in rows])
        # Per-row sentence term counts and per-article title term counts, for BM25F.
        # BM25F's fields apart: the sentences' own words, and the titles (one document per article).
        self.sent_postings = lexical.Postings.empty().extended(
            [lexical.tokenize(s.text, cast(Lang, a.lang)) for a in rows for s in index.article_sentences(a.id)]
        )
        assert self.titles.postings is not None
        self.title_postings: lexical.Postings = self.titles.postings
        self.knobs: dict = {}
        self.state: dict = {}
        self._orig_lex = self.searcher.shards.lexical_scores
        self._orig_dense = self.searcher._dense_with_neighbours
        self._orig_query = self.searcher._query
        self.searcher._query = self._query  # type: ignore[method-assign]
        self.searcher._dense_with_neighbours = self._dense_with_neighbours  # type: ignore[method-assign]
        self.searcher.shards.lexical_scores = self._lexical_scores  # type: ignore[method-assign]
        search_module.fusion = _FusionProxy(self)  # type: ignore[assignment]

    def _query(self, question):
        query = self._orig_query(question)
        if self.knobs.get("distinct_tokens"):
            query.tokens = list(dict.fromkeys(query.tokens))
        return query

    def _dense_with_neighbours(self, rows, qvec, weight):
        self.state["rows"] = rows  # the candidates, for the title's share of the fused score
        return self._orig_dense(rows, qvec, weight)

    def title_rows(self, tokens) -> np.ndarray:
        return self.titles.scores(tokens)[self.row_art]

    def _bm25f(self, tokens, w: float, df_mode: str = "combined") -> np.ndarray:
        """BM25F; the document frequency counts a sentence whose title alone holds the term as 1 (`combined`), as 0
        (`sentence`, or as 1 for a term no sentence holds), or as w (`weighted`)."""
        n = len(self.row_art)
        sp, tp = self.sent_postings, self.title_postings
        len_s = np.asarray(sp.doc_lengths, dtype=np.float64)
        len_t = np.asarray(tp.doc_lengths, dtype=np.float64)[self.row_art]
        length = len_s + w * len_t
        norm = BM25_K1 * ((1 - BM25_B) + BM25_B * length / length.mean())
        out = np.zeros(n)
        for t in dict.fromkeys(tokens):
            tf_s = np.zeros(n)
            tf_t = np.zeros(n)
            if t in sp.vocab:
                j = sp.vocab[t]
                a, b = sp.indptr[j], sp.indptr[j + 1]
                tf_s[np.asarray(sp.docs[a:b])] += np.asarray(sp.tf[a:b])
            if t in tp.vocab:
                j = tp.vocab[t]
                a, b = tp.indptr[j], tp.indptr[j + 1]
                per_article = np.zeros(len(self.article_ids))
                per_article[np.asarray(tp.docs[a:b])] = np.asarray(tp.tf[a:b])
                tf_t = w * per_article[self.row_art]
            tf = tf_s + tf_t
            combined = np.count_nonzero(tf)
            if combined == 0:
                continue
            own = np.count_nonzero(tf_s)
            if df_mode == "sentence":
                df = float(own or combined)
            elif df_mode == "weighted":
                df = own + w * (combined - own)
            else:
                df = float(combined)
            idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
            out += idf * tf / (tf + norm)
        return out.astype(np.float32)

    def _lexical_scores(self, tokens, nb):
        knobs = self.knobs
        if knobs.get("bm25f") is not None:
            base = fusion.with_neighbours(
                self._bm25f(tokens, knobs["bm25f"], knobs.get("bm25f_df", "combined")),
                self.index.has_prev,
                self.index.has_next,
                nb,
            )
        else:
            base = self._orig_lex(tokens, nb)
        if knobs.get("title_lex") or knobs.get("title_fused"):
            self.state["title"] = self.title_rows(tokens)
        if knobs.get("title_lex"):
            base = base + knobs["title_lex"] * self.state["title"]
        return base

    def ask_rows(self, question: str, update: dict) -> list[int | None]:
        part = self.searcher.shards.parts[0]
        hits = self.ask(question, 10, update).hits
        return [r for r in (part.row_of(h.article.id, h.position) for h in hits) if r is not None]

    def ask(self, question: str, k: int, update: dict) -> Answer:
        knobs = {k: update[k] for k in EXTRA if k in update}
        settings = {k: v for k, v in update.items() if k not in EXTRA}
        shipped = self.searcher.config
        self.searcher.config = shipped.model_copy(update=settings)
        self.searcher._recency_cache = None  # computed from the settings on first use: a variant may change them
        self.knobs = knobs
        search_module._stem_variants = _no_variants if knobs.get("no_variants") else _STEM_VARIANTS
        if knobs.get("edit1"):
            search_module._stem_variants = _edit1(knobs["edit1"])
        if knobs.get("indel1"):
            search_module._stem_variants = _edit1(knobs["indel1"], substitutions=False, first=False)
        try:
            answer = self.searcher.ask(question, k)
            if knobs.get("prf"):
                part = self.searcher.shards.parts[0]
                rows = [r for r in (part.row_of(h.article.id, h.position) for h in answer.hits) if r is not None]
                m, beta = knobs["prf"]
                encoder = self.searcher.encoder
                q = encoder.encode_query(question)
                fb = self.searcher.shards.vectors(rows[:m]) if rows else np.zeros((0, len(q)))
                q2 = q + beta * fb.mean(axis=0) if len(fb) else q
                q2 = (q2 / np.linalg.norm(q2)).astype(np.float32)
                self.searcher._encoder = _Fixed(encoder, q2)
                try:
                    answer = self.searcher.ask(question, k)
                finally:
                    self.searcher._encoder = encoder
            return answer
        finally:
            self.searcher.config = shipped
            self.searcher._recency_cache = None
            self.knobs = {}
            self.state = {}


_STEM_VARIANTS = search_module._stem_variants


def _no_variants(group, idf):
    return set()


def _edit1(n: int, substitutions: bool = True, first: bool = True):
    letters = "abcdefghijklmnopqrstuvwxyz"

    def variants(group, idf):
        found = set(_STEM_VARIANTS(group, idf))
        for stem in group:
            if len(stem) < n or not stem.isalpha():
                continue
            splits = [(stem[:i], stem[i:]) for i in range(0 if first else 1, len(stem) + 1)]
            cands = {a + b[1:] for a, b in splits if b} | {a + c + b for a, b in splits for c in letters}
            if substitutions:
                cands |= {a + c + b[1:] for a, b in splits if b for c in letters}
            found |= {v for v in cands if len(v) >= n and v not in group and idf(v) > 0}
        return found

    return variants


class _Fixed:
    def __init__(self, inner, qvec):
        self.inner, self.qvec = inner, qvec
        self.name, self.dimension = inner.name, inner.dimension

    def encode(self, *a, **k):
        return self.inner.encode(*a, **k)

    def encode_query(self, text):
        return self.qvec


class _FusionProxy:
    """index.search's view of index.fusion, with the title added to the fused score when asked."""

    def __init__(self, lab: Lab):
        self._lab = lab

    def __getattr__(self, name):
        return getattr(fusion, name)

    def convex_scores(self, lexical_scores, scaled_dense, dense_weight):
        scores = fusion.convex_scores(lexical_scores, scaled_dense, dense_weight)
        w = self._lab.knobs.get("title_fused")
        if not w:
            return scores
        title = self._lab.state["title"][self._lab.state["rows"]]  # the candidates' rows, as the searcher holds them
        top = float(title.max()) if len(title) else 0.0
        return scores + w * title / top if top > 0 else scores


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--context", default="title")
    parser.add_argument("--variant", action="append", default=[], metavar="JSON")
    parser.add_argument("--grid", default=None, help="JSON: {key: [values...]} expanded as a product")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    articles, questions = piaf(args.questions, seed=args.seed)
    model = IndexConfig().model
    cached = CachedEncoder(make_encoder(model), OUT)
    engine, report = piaf_engine(cached, articles, questions, context=args.context)
    print(f"{args.context}: {report.sentences} sentences, {cached.encoded} embedded", flush=True)
    index = engine.loaded
    golds = gold_rows(index, questions)
    lab = Lab(engine, articles)
    variants = [json.loads(v) for v in args.variant]
    if args.grid:
        import itertools

        grid = json.loads(args.grid)
        keys = list(grid)
        variants += [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*grid.values())]
    results = {}
    for update in variants or [{}]:
        t0 = time.perf_counter()
        ranks = [rank_of(lab.ask_rows(q.question, update), g) for q, g in zip(questions, golds, strict=True)]
        m = metrics(ranks)
        results[json.dumps(update)] = m
        print(
            f"seed {args.seed} {args.context:<17} {json.dumps(update):<70} R@1 {m['R@1']:.3f}  R@3 {m['R@3']:.3f}  "
            f"MRR {m['MRR']:.3f}  ({time.perf_counter() - t0:.0f}s)",
            flush=True,
        )
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
