"""A learned reranking stage: the fused ranking's first candidates reordered by a small model over cheap features.

The fusion (index/search.py) weighs BM25 and the cosine by hand; what it cannot weigh is how a candidate's signals
combine (a sentence of the right paragraph that covers the question's words and its title's, with the answer's
kind). A listwise model learnt on PIAF questions (bench/rerank_train.py) scores each of the first `depth`
candidates: a linear score of the standardised features plus, when the file has one, a hidden layer's (tanh units:
a signal may count more in one setting than in another). The candidates of the languages pairs it was trained on are
reordered by that score among the places they hold, every other candidate keeps its place, and each place keeps its
score (so the answer's cut-off and the diversity decay read the same scores as before). The weights are a small JSON
file (never pickled), checked when loaded: a bad file is refused with what is wrong.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from . import answer_type, lexical
from .encoder import canonical_model_name
from .models import Lang, Sentence
from .shards import Shards

FORMAT = "eventbot-rerank/1"
DEFAULT_WEIGHTS = "rerank_fr.json"  # in index/resources

# Every feature the stage can compute, in a fixed order; a weights file names the ones it uses.
FEATURES = (
    "fused",  # the fused score over the first candidate's
    "rank",  # log(1 + place in the fused ranking)
    "bm25",  # BM25 (with the neighbours' share) over the candidates' best
    "cosine",  # the cosine (smoothed as in the fusion), min-max rescaled over the candidates
    "cosine_gap",  # the same cosine minus the candidates' best, raw
    "own_cosine_gap",  # the sentence's own cosine (no neighbours) minus the candidates' best own cosine
    "neighbour_cosine",  # smoothed minus own cosine: how much the neighbours add
    "article_best",  # the best fused score among the candidates of the sentence's article, over the first's
    "is_article_best",  # 1 for the article's best candidate
    "coverage",  # share of the question's words (idf-weighted) in the sentence
    "title_coverage",  # the same in the article's title
    "joint_coverage",  # the same in the sentence and its title together
    "bigrams",  # share of the question's consecutive word pairs found consecutive in the sentence
    "numbers",  # share of the question's numbers found in the sentence (0 when it has none)
    "answer_type",  # 1 when the question wants a number or a date and the sentence holds one
    "length",  # log(1 + the sentence's words)
    "first",  # 1 for an article's first sentence
    "position",  # log(1 + the sentence's place in its article)
)
_LANGS: tuple[Lang, ...] = ("fr", "en")


_READ_CACHE = 20_000  # sentences whose tokens the stage keeps (about 1.7 KB each: some 35 MB at most)


class _Read(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass, a dozen times per question
    """A candidate sentence as the features read it, whatever the question."""

    tokens: tuple[str, ...]
    present: frozenset[str]  # the same as a set
    title: frozenset[str]  # its article's title's tokens
    length: float  # log(1 + its tokens)


class RerankWeightsError(ValueError):
    """A reranking weights file that cannot be used (the message says which file and what is wrong)."""


@dataclass(frozen=True)
class Candidates:
    """What the searcher knows of its first candidates when the stage runs (rows in fused order)."""

    rows: np.ndarray  # int64
    scores: np.ndarray  # float64, descending
    lexical: np.ndarray  # BM25 with the neighbours' share, per candidate
    cosines: np.ndarray  # the fusion's cosine (smoothed), per candidate
    texts: Mapping[int, Sentence]
    kind: answer_type.AnswerType | None


@dataclass(frozen=True)
class Query:
    """The question as the stage reads it: its language, its words (each a group of stems and translations)."""

    text: str
    lang: Lang
    groups: Sequence[set[str]]


class Hidden(NamedTuple):
    """One layer of tanh units over the standardised features: score += tanh(z @ weights + bias) @ out."""

    weights: np.ndarray  # features x units
    bias: np.ndarray
    out: np.ndarray


@dataclass
class Reranker:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    langs: frozenset[str]  # question languages it applies to (to candidates in the same language)
    depth: int
    source: str = ""
    model: str | None = None  # the encoder whose cosines it learnt (None: any); another's index is not reordered
    hidden: Hidden | None = None  # a hidden layer whose units' output adds to the linear score (None: linear)
    _titles: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, repr=False)
    _read: dict[tuple[str, str, frozenset[str]], _Read] = field(default_factory=dict, repr=False)

    # --- loading ----------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Reranker:
        """The weights at `path`, or the bundled ones (index/resources/rerank_fr.json)."""
        if path is None:
            source = f"index/resources/{DEFAULT_WEIGHTS}"
            text = resources.files("index.resources").joinpath(DEFAULT_WEIGHTS).read_text("utf-8")
        else:
            source = str(path)
            try:
                text = Path(path).read_text("utf-8")
            except OSError as exc:
                raise RerankWeightsError(f"cannot read the reranking weights {source}: {exc.strerror}") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RerankWeightsError(
                f"the reranking weights {source} are not JSON ({exc.msg}, line {exc.lineno})"
            ) from None
        return cls.from_dict(data, source)

    @classmethod
    def from_dict(cls, data: object, source: str = "weights") -> Reranker:
        def bad(what: str) -> RerankWeightsError:
            return RerankWeightsError(f"the reranking weights {source}: {what}")

        if not isinstance(data, dict):
            raise bad("expected a JSON object")
        if data.get("format") != FORMAT:
            raise bad(f"format {data.get('format')!r}, expected {FORMAT!r}")
        names = data.get("features")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            raise bad("`features` must be a non-empty list of names")
        unknown = [n for n in names if n not in FEATURES]
        if unknown:
            raise bad(f"unknown features {unknown} (known: {', '.join(FEATURES)})")
        if len(set(names)) != len(names):
            raise bad("a feature is listed twice")
        arrays = {key: _numbers(data.get(key), len(names), key, bad) for key in ("mean", "scale", "weights")}
        if not (arrays["scale"] > 0).all():
            raise bad("every `scale` must be positive")
        langs = data.get("langs")
        if not isinstance(langs, list) or not langs or not set(langs) <= set(_LANGS):
            raise bad(f"`langs` must list question languages among {list(_LANGS)}")
        depth = data.get("depth")
        if not isinstance(depth, int) or isinstance(depth, bool) or not 2 <= depth <= 200:
            raise bad("`depth` must be an integer from 2 to 200")
        model = data.get("model")
        if model is not None and not (isinstance(model, str) and model.strip()):
            raise bad("`model` must be the name of the encoder the weights were learnt with")
        hidden = _hidden(data.get("hidden"), len(names), bad) if "hidden" in data else None
        return cls(
            tuple(names),
            arrays["mean"],
            arrays["scale"],
            arrays["weights"],
            frozenset(langs),
            depth,
            source,
            model,
            hidden,
        )

    # --- scoring ----------------------------------------------------------------------------------
    def applies(self, lang: str, model: str) -> bool:
        """Whether it reorders a question in `lang` asked of an index embedded by `model`."""
        if self.model is not None and canonical_model_name(model) != canonical_model_name(self.model):
            return False
        return lang in self.langs

    def rerank(
        self, index: Shards, query: Query, qvec: np.ndarray, cands: Candidates, fused_weight: float = 0.0
    ) -> list[tuple[int, float]]:
        """The candidates as (row, score), reordered: the rows in the question's language by the model's score plus
        `fused_weight` times the fused score over the first's, each in one of the places such rows held; each place
        keeps its score."""
        rows = cands.rows
        same = index.langs(rows) == query.lang
        if same.sum() < 2:
            return list(zip(rows.tolist(), cands.scores.tolist(), strict=True))
        model = self.score(self.matrix(index, query, qvec, cands))
        if fused_weight:
            top = cands.scores[0] if cands.scores[0] > 0 else 1.0
            model = model + fused_weight * cands.scores / top
        places = np.flatnonzero(same)
        order = places[np.argsort(-model[places], kind="stable")]
        new_rows = rows.copy()
        new_rows[places] = rows[order]
        return list(zip(new_rows.tolist(), cands.scores.tolist(), strict=True))

    def score(self, x: np.ndarray) -> np.ndarray:
        """The model's score of each row of features (before the fused score is added)."""
        z = (x - self.mean) / self.scale
        linear = z @ self.weights
        if self.hidden is None:
            return linear
        return linear + np.tanh(z @ self.hidden.weights + self.hidden.bias) @ self.hidden.out

    def matrix(self, index: Shards, query: Query, qvec: np.ndarray, cands: Candidates) -> np.ndarray:
        """The features this model uses, one row per candidate."""
        every = self.compute(index, query, qvec, cands, self.features)
        return np.stack([every[name] for name in self.features], axis=1)

    def compute(
        self, index: Shards, query: Query, qvec: np.ndarray, cands: Candidates, names: Sequence[str] = FEATURES
    ) -> dict[str, np.ndarray]:
        """Each named feature over the candidates (see FEATURES)."""
        rows, n = cands.rows, len(cands.rows)
        wanted = set(names)
        out: dict[str, np.ndarray] = {}
        top = cands.scores[0] if n and cands.scores[0] > 0 else 1.0
        out["fused"] = cands.scores / top
        out["rank"] = np.log1p(np.arange(n, dtype=np.float64))
        best_lex = float(cands.lexical.max()) if n else 0.0
        out["bm25"] = cands.lexical / best_lex if best_lex > 0 else np.zeros(n)
        cos = cands.cosines.astype(np.float64)
        low, high = (float(cos.min()), float(cos.max())) if n else (0.0, 0.0)
        out["cosine"] = (cos - low) / (high - low) if high - low > 1e-9 else np.ones(n)
        out["cosine_gap"] = cos - high
        if wanted & {"own_cosine_gap", "neighbour_cosine"}:
            own = (index.vectors(rows) @ qvec).astype(np.float64)
            out["own_cosine_gap"] = own - (float(own.max()) if n else 0.0)
            out["neighbour_cosine"] = cos - own
        articles = index.article_index(rows)
        _, inverse = np.unique(articles, return_inverse=True)
        best = np.full(inverse.max() + 1 if n else 0, -np.inf)
        np.maximum.at(best, inverse, cands.scores)
        out["article_best"] = best[inverse] / top
        out["is_article_best"] = (cands.scores >= best[inverse]).astype(np.float64)
        if wanted & {"coverage", "title_coverage", "joint_coverage", "bigrams", "numbers", "length", "answer_type"}:
            out |= self._text_features(index, query, cands, wanted)
        if wanted & {"first", "position"}:
            position = np.array([cands.texts[r].position if r in cands.texts else 0 for r in rows.tolist()], float)
            out["first"] = (position == 0).astype(np.float64)
            out["position"] = np.log1p(position)
        return {name: out[name] for name in names}

    def _text_features(self, index: Shards, query: Query, cands: Candidates, wanted: set[str]) -> dict[str, np.ndarray]:
        rows = cands.rows.tolist()
        n = len(rows)
        unknown_idf = math.log(1 + max(index.num_docs, 1))
        # Per question word: its stems and translations, and its idf (as the searcher's coverage weighs them).
        groups = [(g, max((index.idf(t) for t in g), default=0.0) or unknown_idf) for g in query.groups]
        total = sum(w for _, w in groups)
        q_words = lexical.words(query.text)
        q_pairs = _pairs([[lexical.stem(w, query.lang)] for w in q_words])
        q_numbers = {w for w in q_words if w.isdigit()}
        langs = index.langs(cands.rows).tolist()
        columns = ("coverage", "title_coverage", "joint_coverage", "bigrams", "numbers", "length", "answer_type")
        feats = {name: [0.0] * n for name in columns}
        holds = cands.kind is not None and "answer_type" in wanted
        for j, row in enumerate(rows):
            sent = cands.texts.get(row)
            if sent is None:
                continue
            read = self._sentence(index, sent, langs[j])
            if total > 0:
                in_sent = in_title = in_either = 0.0
                for g, w in groups:
                    a, b = not g.isdisjoint(read.present), not g.isdisjoint(read.title)
                    in_sent += w * a
                    in_title += w * b
                    in_either += w * (a or b)
                feats["coverage"][j] = in_sent / total
                feats["title_coverage"][j] = in_title / total
                feats["joint_coverage"][j] = in_either / total
            if q_pairs:
                pairs = zip(read.tokens, read.tokens[1:], strict=False)
                feats["bigrams"][j] = len(q_pairs.intersection(pairs)) / len(q_pairs)
            if q_numbers:  # a number is its own token
                feats["numbers"][j] = len(q_numbers & read.present) / len(q_numbers)
            feats["length"][j] = read.length
            if holds:
                feats["answer_type"][j] = float(answer_type.holds(cands.kind, sent.text))  # type: ignore[arg-type]
        return {name: np.asarray(values, dtype=np.float64) for name, values in feats.items()}

    def _sentence(self, index: Shards, sent: Sentence, lang: str) -> _Read:
        """What the features read of a sentence whatever the question (its tokens, its title's tokens),
        cached by its text, language and title: tokenising the candidates was most of the stage's time, and the
        candidates of related questions are often the same sentences."""
        title = self._title_tokens(index, sent.article_id, lang)
        key = (sent.text, lang, title)
        found = self._read.get(key)
        if found is None:
            if len(self._read) >= _READ_CACHE:  # bounded: a long-running bot meets ever new candidates
                self._read.clear()
            tokens = tuple(lexical.tokenize(sent.text, lang))  # type: ignore[arg-type]  # the store writes fr or en
            found = self._read[key] = _Read(tokens, frozenset(tokens), title, math.log1p(len(tokens)))
        return found

    def _title_tokens(self, index: Shards, article_id: str, lang: str) -> frozenset[str]:
        """The title's tokens, cached by the title itself (a rebuild may retitle an article)."""
        title = index.articles[article_id].title if article_id in index.articles else ""
        found = self._titles.get((title, lang))
        if found is None:
            if len(self._titles) > 200_000:  # a long-running bot over a growing corpus: start again
                self._titles.clear()
            found = self._titles[title, lang] = frozenset(lexical.tokenize(title, lang))  # type: ignore[arg-type]
        return found


def _numbers(
    values: object, n: int, key: str, bad: Callable[[str], RerankWeightsError], each: str = "feature"
) -> np.ndarray:
    if (
        not isinstance(values, list)
        or len(values) != n
        or not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in values)
    ):
        raise bad(f"`{key}` must be {n} finite numbers, one per {each}")
    return np.asarray(values, dtype=np.float64)


def _hidden(value: object, n: int, bad: Callable[[str], RerankWeightsError]) -> Hidden:
    """The `hidden` block: {"weights": one list of units' weights per feature, "bias": [...], "out": [...]}."""
    if not isinstance(value, dict):
        raise bad("`hidden` must be an object with `weights`, `bias` and `out`")
    rows = value.get("weights")
    if not isinstance(rows, list) or len(rows) != n:
        raise bad(f"`hidden.weights` must hold {n} lists, one per feature")
    units = len(rows[0]) if isinstance(rows[0], list) and rows[0] else 0
    if not units:
        raise bad("`hidden.weights` must hold at least one unit")
    matrix = np.stack([_numbers(r, units, f"hidden.weights[{i}]", bad, "unit") for i, r in enumerate(rows)])
    bias, out = (_numbers(value.get(key), units, f"hidden.{key}", bad, "unit") for key in ("bias", "out"))
    return Hidden(matrix, bias, out)


def _pairs(token_groups: list[list[str]]) -> set[tuple[str, str]]:
    """Consecutive pairs of the question's content words (in the sentence's stemming)."""
    flat = [t for group in token_groups for t in group]
    return set(zip(flat, flat[1:], strict=False))
