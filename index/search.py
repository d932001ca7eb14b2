"""Searcher: a question in, ranked and cited sentences out."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import numpy as np

from . import answer_type, fusion, lexical, rerank
from .config import SearchConfig
from .encoder import Encoder
from .errors import EmptyQuestion, QuestionTooLong
from .lang import detect_lang
from .models import Answer, ArticleRef, Hit, Lang, Sentence
from .shards import Shards
from .store import LoadedIndex

_MENTION = re.compile(r"<[@#][!&]?\d+>|@(?:everyone|here)\b")
_MARKUP = re.compile(r"[*_~`|>#\[\]()]+")


def clean_question(text: str, max_chars: int) -> str:
    """The question as words: mentions and markdown removed, whitespace collapsed; raises on nonsense."""
    cleaned = _MARKUP.sub(" ", _MENTION.sub(" ", text or ""))
    cleaned = " ".join(cleaned.split())
    if len(text or "") > max_chars:
        raise QuestionTooLong(
            f"The question is too long ({len(text)} characters, {max_chars} at most).", len(text), max_chars
        )
    if not re.search(r"\w", cleaned):
        raise EmptyQuestion("Ask a question with some words in it, for example: combien de roquettes ?")
    return cleaned


@dataclass
class _Query:
    text: str
    lang: Lang
    tokens: list[str]  # everything BM25 scores, a stem once per question word that leads to it
    groups: list[set[str]]  # per question word: its stems and its translations' stems


def _normal_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", lexical.fold(text)))


# The stemmer leaves a verb and its noun apart when they differ by a last letter (soutient / soutien, contient /
# contien-): a stem that long also meets the index's stems one letter shorter or longer at the end.
_VARIANT_MIN_LENGTH = 7
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _stem_variants(group: set[str], idf: Callable[[str], float]) -> set[str]:
    """The index's stems that one of `group`'s stems becomes by losing or gaining a last letter, both at least
    `_VARIANT_MIN_LENGTH` long, and no rarer than that stem where the index holds it: a typo (`pressionm`, in one
    sentence) would otherwise outweigh the word itself (`pression`)."""
    found: set[str] = set()
    for stem in group:
        if len(stem) < _VARIANT_MIN_LENGTH or not stem.isalpha():
            continue
        own = idf(stem)
        shorter = [stem[:-1]] if len(stem) > _VARIANT_MIN_LENGTH else []
        for variant in (*shorter, *(stem + c for c in _LETTERS)):
            weight = idf(variant) if variant not in group else 0.0
            if weight > 0 and (own == 0 or weight <= own):
                found.add(variant)
    return found


class Searcher:
    def __init__(
        self,
        index: LoadedIndex | Shards,
        encoder: Encoder | Callable[[], Encoder],
        config: SearchConfig | None = None,
        glossary: lexical.Glossary | None = None,
        reranker: rerank.Reranker | None = None,
    ):
        # One row space over the parts (one for the base, two for a guild: base and overlay).
        self.shards = index if isinstance(index, Shards) else Shards([index])
        self._encoder = encoder
        self.config = config or SearchConfig()
        self.glossary = glossary
        self.reranker = reranker  # used while config.rerank is on
        self._recency_cache: np.ndarray | None = None

    @property
    def encoder(self) -> Encoder:
        if callable(self._encoder) and not hasattr(self._encoder, "encode"):
            self._encoder = self._encoder()
        return self._encoder  # type: ignore[return-value]  # the factory was called just above

    def _query(self, question: str) -> _Query:
        lang = detect_lang(question)
        groups: list[set[str]] = []
        tokens: list[str] = []
        for word in lexical.words(question):
            group = set(lexical.stems(word))  # not query_tokens: alone, `avions` would be a stop word again
            if self.glossary is not None and self.config.glossary:
                group |= set(lexical.query_tokens(self.glossary.expand(word, lang)))
            group |= _stem_variants(group, self.shards.idf)
            groups.append(group)
            # Once per question word that leads to it: two English words that translate to one French word
            # ("claim responsibility" -> revendiquer) weigh as two, as they would if the French said it twice.
            tokens.extend(sorted(group))
        if self.glossary is not None and self.config.glossary:
            # Multi-word entries ("air strike") only make sense on the whole question.
            phrases = lexical.query_tokens(self.glossary.expand(question, lang, phrases_only=True))
            seen = set(tokens)
            tokens.extend(t for t in phrases if t not in seen)
        return _Query(question, lang, tokens, groups)

    def _coverage(self, query: _Query, sentence_text: str, sentence_lang: Lang) -> float:
        """Share of the question's words (weighted by idf) that the sentence contains."""
        if not query.groups:
            return 0.0
        present = set(lexical.tokenize(sentence_text, sentence_lang))
        unknown_idf = math.log(1 + max(self.shards.num_docs, 1))
        total = matched = 0.0
        for group in query.groups:
            weight = max((self.shards.idf(t) for t in group), default=0.0) or unknown_idf
            total += weight
            if group & present:
                matched += weight
        return matched / total if total else 0.0

    def ask(self, question: str, k: int | None = None) -> Answer:
        cfg = self.config
        k = k or cfg.k
        text = clean_question(question, cfg.max_question_chars)
        query = self._query(text)
        index = self.shards
        n = index.size
        if n == 0:
            return Answer(question=text, hits=[], lang=query.lang)

        nb = cfg.neighbour_weight
        lex_all = index.lexical_scores(query.tokens, nb)
        depth = min(cfg.candidates, n)
        # Only sentences with a question word (or a neighbour's) score: partition those, not the whole corpus.
        scored = np.flatnonzero(lex_all > 0)
        if len(scored) > depth:
            scored = scored[np.argpartition(-lex_all[scored], depth - 1)[:depth]]

        qvec = self.encoder.encode_query(text)
        dense_ids = index.dense_search(qvec, depth)
        # The candidates, as arrays in row order: the fusion's arithmetic over them is `fusion.convex`'s, without a
        # Python object per candidate (~200 a question).
        rows = np.union1d(scored, dense_ids).astype(np.int64)
        cosines = self._dense_with_neighbours(rows, qvec, cfg.dense_neighbour_weight)
        same_lang = cfg.dense_weight_same_fr if query.lang == "fr" else cfg.dense_weight_same_en
        weights = np.where(index.langs(rows) == query.lang, same_lang, cfg.dense_weight_cross)
        scores = fusion.convex_scores(
            lex_all[rows].astype(np.float64), fusion.scale_cosines(cosines, cfg.dense_scale), weights
        )
        articles = index.article_index(rows)
        if cfg.article_weight:
            scores = fusion.lift_by_group(scores, articles, cfg.article_weight)
        if cfg.recency_weight:
            scores = scores * self._recency()[articles]
        fused = fusion.ranked(rows, scores)
        dense = dict(zip(rows.tolist(), cosines.tolist(), strict=True))
        fused = fused[: max(k * 8, 40)]
        expected = answer_type.expected(text)  # what the answer-type lift and the reranking stage both read
        kind = expected if cfg.answer_type_weight else None
        texts: dict[int, Sentence] = {}
        if kind is not None:
            texts = index.sentences([i for i, _ in fused])
            lift = 1.0 + cfg.answer_type_weight
            fused = sorted(
                ((i, s * lift if i in texts and answer_type.holds(kind, texts[i].text) else s) for i, s in fused),
                key=lambda t: (-t[1], t[0]),
            )
        if (
            cfg.rerank
            and self.reranker is not None
            and self.reranker.applies(query.lang, index.parts[0].manifest.model)
        ):
            fused, texts = self._rerank(self.reranker, query, qvec, fused, dense, lex_all, texts, expected)
        fused = fusion.diversify(fused, index.article_of, cfg.same_article_decay)

        return Answer(question=text, hits=self._select(query, fused, dense, k, texts), lang=query.lang)

    def _rerank(
        self,
        reranker: rerank.Reranker,
        query: _Query,
        qvec: np.ndarray,
        fused: list[tuple[int, float]],
        dense: dict[int, float],
        lex_all: np.ndarray,
        texts: dict[int, Sentence],
        expected: answer_type.AnswerType | None,
    ) -> tuple[list[tuple[int, float]], dict[int, Sentence]]:
        """The first candidates reordered by the learned stage (index/rerank.py); the sentences read for it."""
        head = fused[: reranker.depth]
        rows = np.array([i for i, _ in head], dtype=np.int64)
        missing = [r for r in rows.tolist() if r not in texts]
        if missing:
            texts = {**texts, **self.shards.sentences(missing)}
        cands = rerank.Candidates(
            rows=rows,
            scores=np.array([s for _, s in head], dtype=np.float64),
            lexical=lex_all[rows].astype(np.float64),
            cosines=np.array([dense[r] for r in rows.tolist()], dtype=np.float64),
            texts=texts,
            kind=expected,
        )
        asked = rerank.Query(query.text, query.lang, query.groups)
        reranked = reranker.rerank(self.shards, asked, qvec, cands, self.config.rerank_fused_weight)
        return reranked + fused[len(head) :], texts

    def _recency(self) -> np.ndarray:
        """Score factor per article (in `shards.article_ids`' order): 1 + weight for the newest, halving with age;
        1 when undated."""
        if self._recency_cache is None:
            articles = self.shards.articles
            dates = [a.published for a in articles.values() if a.published]
            newest = max(dates, default=None)
            w, half = self.config.recency_weight, self.config.recency_half_life_days
            published = [articles[a].published for a in self.shards.article_ids]
            self._recency_cache = np.array(
                [1.0 + (w * 0.5 ** ((newest - p).days / half) if p and newest else 0.0) for p in published]
            )
        return self._recency_cache

    def _dense_with_neighbours(self, rows: np.ndarray, qvec: np.ndarray, weight: float) -> np.ndarray:
        """Cosine of each row (ascending, distinct), smoothed with its neighbours' like the lexical scores (scaled
        back to [-1, 1])."""
        index = self.shards
        wanted = np.unique(np.concatenate([rows - 1, rows, rows + 1]))
        wanted = wanted[(wanted >= 0) & (wanted < index.size)]
        cos = (index.vectors(wanted) @ qvec).astype(np.float64)
        at = np.searchsorted(wanted, rows)
        out = cos[at]
        if not weight:
            return out
        # A neighbour in the same article is in `wanted`, next to its row.
        prev = index.has_prevs(rows)
        nxt = index.has_nexts(rows)
        total = np.where(prev, out + weight * cos[np.maximum(at - 1, 0)], out)
        norm = np.where(prev, 1.0 + weight, 1.0)
        total = np.where(nxt, total + weight * cos[np.minimum(at + 1, len(cos) - 1)], total)
        norm = np.where(nxt, norm + weight, norm)
        return total / norm

    def _select(
        self, query: _Query, fused: list[tuple[int, float]], dense: dict[int, float], k: int, known: dict[int, Sentence]
    ) -> list[Hit]:
        """The answer's sentences, best first; `known` holds sentences already read (not read again)."""
        cfg = self.config
        index = self.shards
        pool = fused[: max(k * 4, 12)]
        n = index.size
        wanted = {i + d for i, _ in pool for d in (-1, 0, 1) if 0 <= i + d < n} - known.keys()
        texts = {**known, **index.sentences(sorted(wanted))}
        hits: list[Hit] = []
        kept_rows: list[int] = []
        keys: dict[str, Hit] = {}
        best = pool[0][1] if pool else 0.0
        for row, score in pool:
            if len(hits) >= k:
                break
            sent = texts.get(row)
            if sent is None or score < best * cfg.relative_cutoff:
                continue
            lang = cast(Lang, index.lang_of(row))  # the store writes only "fr" and "en"
            same_lang = lang == query.lang
            # Judged with the neighbours, which share the sentence's topic (as in the ranking).
            window = " ".join(
                texts[r].text for r in (row - 1, row, row + 1) if r in texts and texts[r].article_id == sent.article_id
            )
            gate = cfg.min_cosine if same_lang else cfg.min_cosine_cross
            relevant = dense[row] >= gate or self._coverage(query, window, lang) >= cfg.min_coverage
            if not relevant:
                continue
            article = index.articles[sent.article_id]
            ref = ArticleRef(id=article.id, title=article.title, url=article.url, published=article.published)
            twin = keys.get(_normal_key(sent.text)) or self._near_twin(row, kept_rows, hits)
            if twin is not None:
                if twin.article.id != ref.id and all(r.id != ref.id for r in twin.also_in):
                    twin.also_in.append(ref)
                continue
            hit = Hit(
                text=sent.text,
                score=round(score, 4),
                sentence_id=sent.key,
                position=sent.position,
                start=sent.start,
                end=sent.end,
                article=ref,
            )
            hits.append(hit)
            kept_rows.append(row)
            keys[_normal_key(sent.text)] = hit
        return hits

    def _near_twin(self, row: int, kept_rows: list[int], hits: list[Hit]) -> Hit | None:
        if not kept_rows:
            return None
        vecs = self.shards.vectors([row, *kept_rows])
        sims = vecs[1:] @ vecs[0]
        j = int(np.argmax(sims))
        return hits[j] if sims[j] >= self.config.dedup_cosine else None
