"""What kind of answer a question wants (a number, a date), and whether a sentence holds one: a small prior that
lifts `Deux roquettes se sont abattues hier` above `ni victimes ni dégâts` for `Combien de roquettes ?`."""

from __future__ import annotations

import re
from typing import Literal

AnswerType = Literal["number", "date"]

_I = re.IGNORECASE

_ASKS: dict[AnswerType, re.Pattern[str]] = {
    "number": re.compile(
        r"\b(?:combien|quel(?:le)? (?:nombre|bilan|montant|quantité|pourcentage|taux)|how (?:many|much)"
        r"|what (?:number|toll|percentage|amount))\b",
        _I,
    ),
    "date": re.compile(
        r"\b(?:quand|depuis quand|jusqu'à quand|(?:en|à|depuis) quelle (?:année|date|époque)|quelle (?:année|date)"
        r"|when|since when|(?:in )?what (?:year|date|month))\b",
        _I,
    ),
}

_NUMBER_WORDS = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante"
    r"|cinquante|soixante|cents?|mille|dizaines?|douzaines?|centaines?|milliers?|millions?|milliards?|\w+ièmes?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|first|second|third|\w+th"
)
_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
)
_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"

_HOLDS: dict[AnswerType, re.Pattern[str]] = {
    "number": re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", _I),
    "date": re.compile(
        rf"\b(?:1[5-9]\d\d|20\d\d|{_MONTHS}|{_DAYS}|hier|avant-hier|aujourd'hui|demain|yesterday|today|tomorrow"
        r"|(?:la semaine|le mois|l'année) (?:dernière|dernier|passée?)|last (?:week|month|year)|\d{1,2}/\d{1,2})\b",
        _I,
    ),
}


def expected(question: str) -> AnswerType | None:
    """The kind of answer the question asks for, when it is one we can recognise in a sentence."""
    for kind, pattern in _ASKS.items():
        if pattern.search(question):
            return kind
    return None


def holds(kind: AnswerType, sentence: str) -> bool:
    return bool(_HOLDS[kind].search(sentence))
