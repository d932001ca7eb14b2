"""BM25 over sentences with accent folding, elision handling, stop words and per-language stemming."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, Protocol

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH

from .models import Lang

TOKENIZER_VERSION = "4"  # 4: stop words that are also nouns kept after a determiner (`des avions`, `l'été`)
# Sentences are short: a lower length normalization and earlier term saturation than the usual
# k1=1.2, b=0.75 measured better on PIAF (R@1 0.435 -> 0.467, see README).
BM25_K1 = 0.9
BM25_B = 0.4

# Question words carry no content: a question's "combien"/"how many" must not match every number sentence.
_QUESTION_WORDS = frozenset(
    [
        "quel",
        "quelle",
        "quels",
        "quelles",
        "combien",
        "comment",
        "pourquoi",
        "quand",
        "ou",
        "où",
        "qui",
        "que",
        "quoi",
        "lequel",
        "laquelle",
        "est-ce",
        "estce",
        "a-t-il",
        "a-t-elle",
        "ont-ils",
        "y-a-t-il",
        "t",
        "il",
        "elle",
        "ils",
        "elles",
        "selon",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "many",
        "much",
        "where",
        "when",
        "why",
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "any",
        "anyone",
        "there",
    ]
)
_STOP = frozenset(w for w in (*STOPWORDS_FRENCH, *STOPWORDS_EN_PLUS, *_QUESTION_WORDS))

_STEMMER_NAMES: dict[Lang, str] = {"fr": "french", "en": "english"}

# Words with digits keep their separators' meaning: 2.500 and 2 500 are 2500; F-16 is f16.
_TOKEN = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})+(?![\d])|\w+(?:-\d+)?", re.UNICODE)
_ELISION = re.compile(r"\b(?:[ldnsjmtc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)
_THOUSANDS = re.compile(r"[.,\u202f\u00a0 ]")


def _fold(text: str) -> str:
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Cached for words only: a corpus repeats a few hundred thousand words millions of times (1M sentences tokenize 4x
# faster), while whole sentences (event gates, answer de-duplication) rarely repeat and would fill a long-running
# bot's memory with up to a million of them.
_fold_word = lru_cache(maxsize=1 << 20)(_fold)
FOLD_CACHED_LENGTH = 40


def fold(text: str) -> str:
    """Lowercase and strip accents (é -> e, œ -> oe) so that queries typed without accents still match: search tokens
    and what users type. Names in the event rules use `index.events.lexicon.fold_name` (apostrophes unified)."""
    return _fold_word(text) if len(text) <= FOLD_CACHED_LENGTH else _fold(text)


@lru_cache(maxsize=4)
def _stemmer(lang: Lang) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_NAMES[lang])


# Stop words that are also nouns (accent-folded): kept as a content word after a determiner (`des avions`, `l'été`,
# `le but`, `médaille d'or`), dropped elsewhere (`nous avions`, `a été`, `il est`). Chosen from how often each follows
# a determiner in OrangeSum, read in context (bench/homographs.py). "any": a preposition or a number before it is
# enough too (`en été`, `par an`, `12 avions`; not `à` nor `de`, which French elides or contracts before them: `à
# été` is a typo of `a été`), "det" not (`de son fils`, `nous en sommes`, `5 or 6`), "l'" only
# `l'` or `d'` (`à l'est`, `vent d'est`; not `Quel est`).
HOMOGRAPHS: dict[str, Literal["any", "det", "l'"]] = {
    "avions": "any",  # planes / (nous) avions
    "ete": "any",  # summer / been
    "etes": "any",
    "an": "any",  # year / English "an"
    "est": "l'",  # east / is
    "sommes": "det",  # sums / (nous) sommes
    "or": "det",  # gold / English "or"
    "but": "det",  # goal / English "but"
    "don": "det",  # gift / English "don"
    "ours": "det",  # bear / English "ours"
    "the": "det",  # thé / English "the"
    "these": "det",  # thèse / English "these"
    "pas": "det",  # step / ne ... pas
    "son": "det",  # sound / his
    "ton": "det",  # tone / your
}


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DETERMINERS = _word_set(
    "l d le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre votre nos vos leurs "
    "quel quelle quels quelles chaque plusieurs quelques certains certaines aucun aucune"
)
_PREPOSITIONS_NUMBERS = _word_set(
    "en dans par pour sur sous avec sans vers depuis pendant durant contre entre chez après apres avant "
    "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante soixante cent "
    "cents mille"
)


def _elided(match: re.Match[str]) -> str:
    """An elision as a one-letter word (dropped as a stop word) that says what came before the next word: `l'` and
    `d'` a determiner or `de`, the others (`n'`, `qu'`) `_`, nothing (`ce n'est pas` is no east)."""
    head = match.group(0)[:-1].lower()
    return f" {head} " if head in ("l", "d") else " _ "


def _kept_homograph(tok: str, prev: str) -> bool:
    kind = HOMOGRAPHS.get(fold(tok))
    if kind is None:
        return False
    if kind == "l'":
        return prev in ("l", "d")
    return prev in _DETERMINERS or kind == "any" and (prev in _PREPOSITIONS_NUMBERS or prev[0].isdigit())


def words(text: str) -> list[str]:
    """Content words of a text, lowercased, elisions removed, stop words dropped (accents kept); a stop word that is
    also a noun is kept after a determiner (HOMOGRAPHS)."""
    out: list[str] = []
    prev = ""
    for tok in _TOKEN.findall(_ELISION.sub(_elided, text.lower())):
        word = _content_word(tok)
        if word:
            out.append(word)
        elif prev and _kept_homograph(tok, prev):
            out.append(tok)
        prev = tok
    return out


@lru_cache(maxsize=1 << 20)
def _content_word(tok: str) -> str:
    """A token as a content word (2.500 -> 2500, F-16 -> f16), or "" for a stop word."""
    if tok[0].isdigit() and not tok.isdigit() and "-" not in tok:
        tok = _THOUSANDS.sub("", tok)
    tok = tok.replace("-", "")
    return tok if tok.isdigit() or len(tok) > 1 and fold(tok) not in _STOP and tok not in _STOP else ""


def tokenize(text: str, lang: Lang) -> list[str]:
    """Index-side tokens: content words stemmed in the text's language, then accent-folded."""
    return [_index_form(w, lang) for w in words(text)]


@lru_cache(maxsize=1 << 20)
def _index_form(word: str, lang: Lang) -> str:
    return fold(_stemmer(lang).stemWord(word))


def stem(word: str, lang: Lang) -> str:
    """One content word of `words` as `tokenize` indexes it (tokenizing it alone would drop `avions` again)."""
    return _index_form(word, lang)


def query_tokens(text: str, langs: Iterable[Lang] = ("fr", "en")) -> list[str]:
    """Query-side tokens: each word stemmed in every corpus language, so it meets sentences of either."""
    seen: dict[str, None] = {}
    for w in words(text):
        seen.update(dict.fromkeys(stems(w, langs)))
    return list(seen)


def stems(word: str, langs: Iterable[Lang] = ("fr", "en")) -> list[str]:
    """One content word of `words` (read in its context: `avions` after `des`) stemmed in every corpus language."""
    return list(dict.fromkeys(_index_form(word, lang) for lang in langs))


class Glossary:
    """Bilingual query expansion: English domain words -> their French equivalents (and back)."""

    def __init__(self, pairs: Sequence[tuple[str, str]]):
        self._en_fr: dict[str, list[str]] = {}
        self._fr_en: dict[str, list[str]] = {}
        for en, fr in pairs:
            self._en_fr.setdefault(fold(en), []).append(fr)
            self._fr_en.setdefault(fold(fr), []).append(en)

    @classmethod
    def load(cls, path: Path | None = None) -> Glossary:
        if path is None:
            text = resources.files("index.resources").joinpath("glossary_en_fr.tsv").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        pairs = []
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            en, _, fr = line.partition("\t")
            if en.strip() and fr.strip():
                pairs.append((en.strip(), fr.strip()))
        return cls(pairs)

    def __len__(self) -> int:
        return sum(len(v) for v in self._en_fr.values())

    def expand(self, text: str, source: Lang, *, phrases_only: bool = False) -> str:
        """The words of `text` translated into the other language (glossary words only), as a string; with
        `phrases_only`, the multi-word entries alone (for a whole question, whose words are translated one by one
        without its stop words: `est` is not `east`)."""
        table = self._en_fr if source == "en" else self._fr_en
        folded = fold(text)
        out: list[str] = []
        # Multi-word entries first ("air strike", and "u.s.", which no single word is), then single words.
        for key, values in table.items():
            if not key.isalnum() and key in folded:
                out.extend(values)
        for w in [] if phrases_only else re.findall(r"\w+", folded):
            out.extend(table.get(w, ()))
            if w.endswith("s"):
                out.extend(table.get(w[:-1], ()))
        return " ".join(dict.fromkeys(out))


@dataclass(frozen=True)
class Postings:
    """What BM25 is computed from: for each term, the documents holding it (ascending) and how often, and each
    document's length. Kept beside the scores so that a build adds documents without tokenizing the others again;
    the scores are a function of these alone (`scores`), so adding documents gives what indexing all of them gives.

    Column-compressed like bm25s's score matrix: term t's entries are `docs[indptr[t]:indptr[t + 1]]`."""

    vocab: dict[str, int]  # term -> id, in order of first appearance
    indptr: np.ndarray  # int64, len(vocab) + 1
    docs: np.ndarray  # int32, one per (term, document) pair
    tf: np.ndarray  # uint16, the term's count in that document
    doc_lengths: np.ndarray  # int32, tokens per document (an empty one counts its placeholder, as bm25s does)

    @property
    def num_docs(self) -> int:
        return len(self.doc_lengths)

    @classmethod
    def empty(cls) -> Postings:
        none = np.zeros(0, dtype=np.int32)
        return cls({}, np.zeros(1, dtype=np.int64), none, none.astype(np.uint16), none)

    def extended(self, token_lists: Sequence[list[str]]) -> Postings:
        """These postings and `token_lists` as documents num_docs, num_docs + 1, ... (new terms get new ids)."""
        vocab = dict(self.vocab)
        docs = [toks or [""] for toks in token_lists]  # bm25s needs a token per document; no query produces ""
        ids = np.fromiter((vocab.setdefault(t, len(vocab)) for toks in docs for t in toks), dtype=np.int64)
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
        doc_of = np.repeat(np.arange(self.num_docs, self.num_docs + len(docs), dtype=np.int64), lengths)
        # (document, term) pairs with their counts, sorted by document then term.
        pairs, counts = np.unique(doc_of * len(vocab) + ids, return_counts=True)
        new_terms = pairs % max(len(vocab), 1)
        old_terms = np.repeat(np.arange(len(self.vocab), dtype=np.int64), np.diff(self.indptr))
        terms = np.concatenate([old_terms, new_terms])
        # Stable: within a term, the old documents (ascending) then the new ones (ascending).
        order = np.argsort(terms, kind="stable")
        return Postings(
            vocab=vocab,
            indptr=np.concatenate([[0], np.cumsum(np.bincount(terms, minlength=len(vocab)))]).astype(np.int64),
            docs=np.concatenate([self.docs, (pairs // max(len(vocab), 1)).astype(np.int32)])[order],
            tf=np.concatenate([self.tf, counts.astype(np.uint16)])[order],
            doc_lengths=np.concatenate([self.doc_lengths, lengths.astype(np.int32)]),
        )

    def scores(self) -> np.ndarray:
        """BM25 (Lucene's variant, as bm25s computes it) of every (term, document) entry, float32."""
        n = max(self.num_docs, 1)
        df = np.diff(self.indptr).astype(np.float64)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        terms = np.repeat(np.arange(len(self.indptr) - 1), np.diff(self.indptr))
        tf = self.tf.astype(np.float64)
        norm = BM25_K1 * ((1 - BM25_B) + BM25_B * self.doc_lengths[self.docs] / self.doc_lengths.mean())
        return (idf[terms] * (tf / (norm + tf))).astype(np.float32)

    def bm25(self) -> bm25s.BM25:
        """A bm25s index holding these postings' scores (what LexicalIndex searches and saves)."""
        bm25 = bm25s.BM25(method="lucene", k1=BM25_K1, b=BM25_B)
        bm25.scores = {"data": self.scores(), "indices": self.docs, "indptr": self.indptr, "num_docs": self.num_docs}
        bm25.vocab_dict = self.vocab
        bm25.unique_token_ids_set = set(self.vocab.values())
        bm25.nonoccurrence_array = None  # Lucene's variant has none (BM25L and BM25+ do)
        return bm25

    def save(self, directory: Path) -> None:
        """The counts beside bm25s's files (which hold the vocabulary and the documents of each term)."""
        np.save(directory / _TF_FILE, self.tf, allow_pickle=False)
        np.save(directory / _LENGTHS_FILE, self.doc_lengths, allow_pickle=False)

    @classmethod
    def load(cls, directory: Path) -> Postings | None:
        """The postings a saved LexicalIndex was built from; None for one saved before they were kept."""
        if not ((directory / _TF_FILE).is_file() and (directory / _LENGTHS_FILE).is_file()):
            return None
        meta = json.loads((directory / "tokenizer.json").read_text())
        if meta.get("version") != TOKENIZER_VERSION:
            return None
        vocab = json.loads((directory / "vocab.index.json").read_text(encoding="utf-8"))

        def array(name: str) -> np.ndarray:
            return np.load(directory / name, mmap_mode="r", allow_pickle=False)

        postings = cls(
            vocab,
            array("indptr.csc.index.npy"),
            array("indices.csc.index.npy"),
            array(_TF_FILE),
            array(_LENGTHS_FILE),
        )
        if len(postings.indptr) != len(vocab) + 1 or len(postings.tf) != len(postings.docs):
            raise ValueError(f"the lexical postings in {directory} do not match their vocabulary")
        return postings


_TF_FILE = "tf.postings.npy"
_LENGTHS_FILE = "doc_lengths.postings.npy"


class Lexical(Protocol):
    """What search reads of a build's BM25 (index/shards.py): LexicalIndex, or Qdrant's sparse vectors."""

    @property
    def num_docs(self) -> int: ...
    def scores(self, tokens: Sequence[str]) -> np.ndarray: ...
    def idf(self, token: str) -> float: ...


class LexicalIndex:
    """BM25 (bm25s) over pre-tokenized sentences; knows integer ids and tokens, nothing else."""

    def __init__(self, bm25: bm25s.BM25, postings: Postings | None = None):
        self._bm25 = bm25
        self.postings = postings  # kept by a build, to be saved; an index opened for search does not read them
        self._vocab: dict[str, int] = bm25.vocab_dict or {}
        # idf per vocabulary id, used to measure how much of a query a sentence covers.
        self._idf = self._compute_idf()

    @classmethod
    def build(cls, token_lists: Sequence[list[str]]) -> LexicalIndex:
        return cls.from_postings(Postings.empty().extended(token_lists))

    @classmethod
    def from_postings(cls, postings: Postings) -> LexicalIndex:
        return cls(postings.bm25(), postings)

    def _compute_idf(self) -> np.ndarray:
        n = max(self.num_docs, 1)
        indptr = self._bm25.scores["indptr"]
        df = np.diff(indptr).astype(np.float64)
        return np.log(1 + (n - df + 0.5) / (df + 0.5))

    @property
    def num_docs(self) -> int:
        return int(self._bm25.scores.get("num_docs", 0))

    def known(self, tokens: Iterable[str]) -> list[str]:
        return [t for t in tokens if t in self._vocab and t != ""]

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for the query tokens (unknown tokens ignored)."""
        known = self.known(tokens)
        if not known:
            return np.zeros(self.num_docs, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def idf(self, token: str) -> float:
        tid = self._vocab.get(token)
        return float(self._idf[tid]) if tid is not None else 0.0

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(directory), corpus=None, show_progress=False)
        if self.postings is not None:
            self.postings.save(directory)
        (directory / "tokenizer.json").write_text(json.dumps({"version": TOKENIZER_VERSION}))

    @classmethod
    def load(cls, directory: Path, *, any_version: bool = False) -> LexicalIndex:
        """A saved index; `any_version`: also one another tokenizer version wrote (its counts, not its words, are
        read: a build that reuses the vectors and tokenizes every sentence again)."""
        meta = json.loads((directory / "tokenizer.json").read_text())
        if meta.get("version") != TOKENIZER_VERSION and not any_version:
            raise ValueError(f"lexical index built with tokenizer {meta.get('version')}, expected {TOKENIZER_VERSION}")
        # Memory-mapped: a question reads the postings of its few terms; the rest stays on disk (or in the page cache).
        return cls(bm25s.BM25.load(str(directory), mmap=True, allow_pickle=False, show_progress=False))
