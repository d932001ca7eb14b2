"""Language guess for French or English text, from function words (fast, no model)."""

from __future__ import annotations

import re

from .models import Lang

_WORD = re.compile(r"[a-zA-ZÀ-ÿ']+")

_FR = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "sont",
        "a",
        "ont",
        "dans",
        "pour",
        "par",
        "sur",
        "avec",
        "qui",
        "que",
        "quoi",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "combien",
        "où",
        "ou",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "pas",
        "ne",
        "été",
        "se",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "comment",
        "pourquoi",
        "quand",
        "selon",
        "depuis",
        "après",
        "avant",
        "lors",
        "contre",
        "entre",
    ]
)
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "in",
        "for",
        "by",
        "on",
        "with",
        "who",
        "what",
        "which",
        "how",
        "many",
        "much",
        "where",
        "when",
        "why",
        "did",
        "do",
        "does",
        "of",
        "to",
        "from",
        "this",
        "that",
        "these",
        "those",
        "it",
        "they",
        "we",
        "you",
        "not",
        "been",
        "its",
        "their",
        "against",
        "after",
        "before",
        "during",
        "since",
        "between",
        "any",
        "anyone",
    ]
)


def detect_lang(text: str, default: Lang = "fr") -> Lang:
    words = [w.lower().strip("'") for w in _WORD.findall(text)]
    fr: float = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    # Accented letters are strong evidence of French in this pair of languages.
    fr += len(re.findall(r"[éèêàçùâîôû]", text.lower())) * 0.5
    if fr == en:
        return default
    return "fr" if fr > en else "en"
