"""Several loaded indexes searched as one: the base, and a guild's overlay.

Rows are numbered across the parts (part i's rows follow part i-1's), so the searcher ranks, fuses and answers over
one row space, with the same code whether one index serves or two. BM25 is scored in each part with that part's own
statistics (as search engines do across shards) and normalized over the union of candidates by the fusion; the dense
side is one vector space (one encoder), so cosines compare as they are.
"""

from __future__ import annotations

import bisect
from collections import ChainMap
from collections.abc import Mapping, Sequence

import numpy as np

from . import fusion
from .models import AttackEvent, Sentence
from .store import ArticleRow, LoadedIndex


class Shards:
    """The parts one question searches, as one row space. Article ids must not repeat across parts (guild sources are
    numbered apart from the base's, see index/guilds.py)."""

    def __init__(self, parts: Sequence[LoadedIndex]):
        if not parts:
            raise ValueError("at least one index")
        self.parts = tuple(parts)
        self.starts: list[int] = []
        total = 0
        for part in self.parts:
            self.starts.append(total)
            total += part.manifest.sentences
        self.size = total
        self._first_size = self.parts[0].manifest.sentences
        self._starts = np.asarray(self.starts, dtype=np.int64)
        self.articles: Mapping[str, ArticleRow] = (
            self.parts[0].articles if len(self.parts) == 1 else ChainMap(*(p.articles for p in self.parts))
        )
        self.num_docs = sum(p.lexical.num_docs for p in self.parts)
        # Every article's first row in the shared row space, ascending, and its id: rows to articles without a loop.
        self._article_firsts = np.concatenate(
            [start + part.article_firsts for start, part in zip(self.starts, self.parts, strict=True)]
        )
        self.article_ids: list[str] = [a for part in self.parts for a in part.articles]

    def _locate(self, row: int) -> tuple[LoadedIndex, int]:
        if row < self._first_size:  # most rows are the base's (the first part): no search
            return self.parts[0], row
        j = bisect.bisect_right(self.starts, row) - 1  # an empty part shares its start with the next: the next wins
        return self.parts[j], row - self.starts[j]

    def _split(self, rows: Sequence[int] | np.ndarray) -> list[tuple[np.ndarray, LoadedIndex, np.ndarray]]:
        """Rows grouped by part: (positions in `rows`, part, local rows), in the order given within each part."""
        wanted = np.asarray(rows, dtype=np.int64)
        which = np.searchsorted(self._starts, wanted, side="right") - 1
        out = []
        for j, part in enumerate(self.parts):
            (positions,) = np.nonzero(which == j)
            if len(positions):
                out.append((positions, part, wanted[positions] - self.starts[j]))
        return out

    # --- per row ----------------------------------------------------------------------------------
    def article_of(self, row: int) -> str:
        part, local = self._locate(row)
        return part.row_article[local]

    def lang_of(self, row: int) -> str:
        part, local = self._locate(row)
        return str(part.row_lang[local])

    def has_prev(self, row: int) -> bool:
        part, local = self._locate(row)
        return bool(part.has_prev[local])

    def has_next(self, row: int) -> bool:
        part, local = self._locate(row)
        return bool(part.has_next[local])

    # --- per row, many at once (the candidates of a question) -------------------------------------
    def article_index(self, rows: np.ndarray) -> np.ndarray:
        """Each row's article as its position in `article_ids`."""
        return np.searchsorted(self._article_firsts, rows, side="right") - 1

    def langs(self, rows: np.ndarray) -> np.ndarray:
        return self._gather(rows, "row_lang")

    def has_prevs(self, rows: np.ndarray) -> np.ndarray:
        return self._gather(rows, "has_prev")

    def has_nexts(self, rows: np.ndarray) -> np.ndarray:
        return self._gather(rows, "has_next")

    def _gather(self, rows: np.ndarray, name: str) -> np.ndarray:
        if len(self.parts) == 1:
            return getattr(self.parts[0], name)[rows]
        out = np.empty(len(rows), dtype=getattr(self.parts[0], name).dtype)
        for positions, part, local in self._split(rows):
            out[positions] = getattr(part, name)[local]
        return out

    # --- lexical --------------------------------------------------------------------------------
    def lexical_scores(self, tokens: Sequence[str], neighbour_weight: float) -> np.ndarray:
        """BM25 of every row, each lifted by its neighbours' in the same article (fusion.with_neighbours)."""
        scored = [
            fusion.with_neighbours(p.lexical.scores(tokens), p.has_prev, p.has_next, neighbour_weight)
            for p in self.parts
        ]
        return scored[0] if len(scored) == 1 else np.concatenate(scored)

    def idf(self, token: str) -> float:
        """The rarest the word is in any part: a word rare in the guild's articles weighs as much as in the base's."""
        return max(p.lexical.idf(token) for p in self.parts)

    # --- dense ----------------------------------------------------------------------------------
    def dense_search(self, query: np.ndarray, k: int) -> np.ndarray:
        """The k rows nearest to the query vector over every part, best first."""
        if len(self.parts) == 1:
            return self.parts[0].ann.search(query, k)[1]
        found: list[tuple[float, int]] = []
        for start, part in zip(self.starts, self.parts, strict=True):
            scores, ids = part.ann.search(query, k)
            found.extend((float(s), start + int(i)) for s, i in zip(scores, ids, strict=True))
        found.sort(key=lambda t: (-t[0], t[1]))
        return np.array([row for _, row in found[:k]], dtype=np.int64)

    def vectors(self, rows: Sequence[int] | np.ndarray) -> np.ndarray:
        """The stored vectors of `rows`, in the order given."""
        if len(self.parts) == 1:
            return self.parts[0].ann.vectors(np.asarray(rows, dtype=np.int64))
        out = np.zeros((len(rows), self.parts[0].manifest.dimension), dtype=np.float32)
        for positions, part, local in self._split(rows):
            out[positions] = part.ann.vectors(local)
        return out

    # --- text -----------------------------------------------------------------------------------
    def sentences(self, rows: Sequence[int]) -> dict[int, Sentence]:
        if len(self.parts) == 1:
            return self.parts[0].sentences(rows)
        out: dict[int, Sentence] = {}
        for positions, part, local in self._split(rows):
            start = int(rows[positions[0]]) - int(local[0])
            out.update({start + r: s for r, s in part.sentences([int(r) for r in local]).items()})
        return out

    def article_sentences(self, article_id: str) -> list[Sentence]:
        for part in self.parts:
            if article_id in part.articles:
                return part.article_sentences(article_id)
        return []

    def events(self) -> list[AttackEvent]:
        """Every part's events; the filters merge the reports of one attack across articles, whatever part."""
        return [event for part in self.parts for event in part.events()]
