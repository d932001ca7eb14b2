"""A missing person's fate left open is no killing (the gold set's disappearances): where an article tells someone
disappeared (`la disparition de Narumi`, `Estelle Mouzin, disparue le 9 janvier 2003`) whose body was never found
(`son corps n'a jamais été retrouvé`, `dont le corps est toujours recherché`, `pour retrouver le corps`), and tells
no confession (`a avoué`, `des aveux`), the killing a suspect is charged with or accused of (`soupçonné de
l'assassinat de Narumi Kurosaki`, `a affirmé qu'Estelle Mouzin avait été assassinée`) is a suspicion, not an attack
the article says happened. Only such a killing is dropped: one victim at most, no weapon, no one hurt, its
sentences naming the missing person, each of them under a suspicion, a charge or an inquiry."""

from __future__ import annotations

import re

from ..models import Article, AttackEvent, Sentence
from .animals import cited_sentences

# The body not found: never (`son corps n'a jamais été retrouvé`, `le corps, jamais retrouvé`, `son corps ne sera
# jamais retrouvé`), not yet (`n'a toujours pas été retrouvé`, `dont le corps est toujours recherché`), or still looked
# for (`pour retrouver le corps`, `chercher son corps`).
_BODY_NOT_FOUND = re.compile(
    r"\b(?:corps|dépouille|cadavre)\b[^.;]{0,30}?(?:\bjamais\b|\btoujours pas\b|\bpas encore\b)[^.;]{0,20}?retrouvée?"
    r"|\b(?:corps|dépouille|cadavre)\b[^.;]{0,10}?\best toujours recherchée?"
    r"|\b(?:retrouver|chercher|localiser)\s+(?:le|son)\s+(?:corps|cadavre)\b",
    re.IGNORECASE,
)
# A confession told (`des aveux réitérés`, `passe aux aveux`, `a avoué le meurtre`, `a reconnu avoir tué`; not one
# still hoped for: `le fait passer aux aveux`): the killing is the killer's own word, an event.
_CONFESSED = re.compile(
    r"(?<!passer aux )\baveux\b|\bavou(?:é|ée|e|ait)\s+(?:avoir\s+tuée?|le\s+meurtre|l'assassinat|le\s+crime)\b"
    r"|\breconnu\s+(?:l'\s*)?avoir\s+tuée?\b",
    re.IGNORECASE,
)
# Someone named as the one who disappeared: after `disparition de` (`la disparition d'Estelle Mouzin`), or before
# `disparu` (`Narumi Kurosaki, 21 ans, disparue en 2016`).
_NAME = r"[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+)?"
_MISSING_NAMED = re.compile(
    rf"\b(?i:disparition)\s+(?:de\s+(?:la\s+petite\s+|l'étudiante\s+)?|d'\s*)(?P<after>{_NAME})"
    rf"|(?P<before>{_NAME}),?\s+(?:\d{{1,3}}\s+ans,\s+)?disparue?\b"
)
# The words that set a killing under a suspicion, a charge, an accusation or an inquiry (`soupçonné de l'assassinat`,
# `mis en examen pour le meurtre`, `a affirmé que`, `pour tenter d'élucider le meurtre`, `jugé pour`: a trial); not a
# court's verdict (`la cour a jugé jeudi que X avait tué sa femme`: the active voice).
_OPEN = re.compile(
    r"\bsoupçonn|\bsuspect|\baccus|\baffirm|\bassur|\bestim|\bpense\b|\bmise?s?\s+en\s+examen|\bélucider"
    r"|\benquête|\bextradition|\bcomparaisse|(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)\bjugé|\bprocès",
    re.IGNORECASE,
)


def _may_tell_missing(text: str) -> bool:
    """The words a body not found and a disappearance hold (`retrouvé`, `recherché`, `disparue`) are in the text."""
    return "ispar" in text and ("retrouv" in text or "cherch" in text)


def _missing_names(text: str) -> set[str]:
    """The names (each word of four letters or more) of those the text tells disappeared, if it tells the body not
    found and no confession; none otherwise."""
    if not _BODY_NOT_FOUND.search(text) or _CONFESSED.search(text):
        return set()
    names: set[str] = set()
    for m in _MISSING_NAMED.finditer(text):
        names.update(word for word in (m.group("after") or m.group("before")).split() if len(word) >= 4)
    return names


def _suspected_killing(event: AttackEvent, cited: list[str], names: set[str]) -> bool:
    """One killing at most, no weapon and no one hurt, whose sentences name one of the missing, each under a
    suspicion, a charge or an inquiry."""
    if event.weapon is not None or (event.killed or 0) > 1 or event.injured or event.kind != "incident":
        return False
    named = [t for t in cited if any(re.search(rf"\b{re.escape(name)}\b", t) for name in names)]
    return bool(named) and all(_OPEN.search(t) for t in cited)


def without_the_missing(article: Article, sentences: list[Sentence], events: list[AttackEvent]) -> list[AttackEvent]:
    """The events, less the killings of a missing person whose fate the article leaves open."""
    if not events:
        return events
    if not _may_tell_missing(article.text):
        return events
    names = _missing_names(f"{article.title}\n{article.text}")
    if not names:
        return events
    text = {s.position: s.text for s in sentences}
    return [e for e in events if not _suspected_killing(e, cited_sentences(e, text), names)]
