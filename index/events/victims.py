"""Who a sentence names as killed (`la mort de George Floyd`, `Olof Palme a été abattu`, `ont tué Breonna Taylor`):
one person dies once, so two records that name the same one killed tell one killing."""

from __future__ import annotations

import functools
import re

from .lexicon import fold_name

_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)+"
# `la mort de l'Afro-Américain George Floyd`, `le meurtre du journaliste Jamal Khashoggi`, `the killing of X`.
_DEATH_OF = re.compile(
    r"\b(?i:la mort|le meurtre|l'assassinat|l’assassinat|le décès|l'homicide|l’homicide|les obsèques|l'exécution"
    r"|le lynchage|the death|the killing|the murder|the assassination)"
    r"(?:\s+(?:à|en|le|fin|début|mi-|in|on)\s+[\w-]+(?:\s+[\w-]+)?)?"  # `la mort à Minneapolis de`, `fin mai`
    r"\s+(?:de|du|d'|d’|of)\s*(?:(?:l'|l’|la\s+|le\s+|the\s+)?[\w-]+\s+){0,3}?(?P<name>" + _NAME + ")"
)
# `George Floyd, un Afro-Américain de 46 ans asphyxié par un policier`, `Olof Palme a été abattu`.
_NAME_KILLED = re.compile(
    r"(?P<name>" + _NAME + r")(?:,[^.;:]{0,90}?|\s+(?:a|avait|est|était|has|had|was)\s+(?:été\s+|been\s+)?)"
    r"(?<!la )(?<!sa )(?<!de )(?<!leur )(?<![\w-])(?:mort|morte|tuée?|asphyxiée?|étouffée?|abattue?|assassinée?"
    r"|poignardée?|décédée?|lynchée?|killed|shot dead"
    r"|murdered|stabbed to death)\b"
)
# `les policiers qui ont tué Breonna Taylor`, `who killed George Floyd`: the name right after the verb, told actively.
_KILLED_NAME = re.compile(
    r"\b(?:ont|a|avait|avaient|avoir|have|has|had)\s+(?:tué|abattu|assassiné|étranglé|killed|shot dead|murdered)"
    r"\s+(?P<name>" + _NAME + ")"
)
# A killing or a toll told before any name: the record's victim is someone the sentences do not name.
_KILLING = re.compile(
    r"(?<![\w-])(?:tuée?s?|abattue?s?|asphyxiée?s?|assassinée?s?|poignardée?s?|morts?|décès|meurtres?|assassinats?"
    r"|killed|shot|dead)(?![\w-])",
    re.IGNORECASE,
)
# Capitalised words that start a sentence or a title, not a name.
_NOT_NAMES = frozenset({"le", "la", "les", "un", "une", "des", "ce", "cette", "the", "a", "an", "il", "elle", "depuis"})


@functools.lru_cache(maxsize=4096)
def victim_named(text: str) -> str | None:
    """The first person the text names as killed, folded to first name and surname (`george floyd`), or None."""
    found = [m for rx in (_DEATH_OF, _NAME_KILLED, _KILLED_NAME) if (m := rx.search(text))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    if _KILLING.search(text, 0, first.start()):
        return None  # `un homme noir a été abattu ..., après la mort de X`: the one killed first is not named
    name = first.group("name")
    if first.re is _NAME_KILLED:  # `Selon le commissaire, Mark Hamilton, Lyra McKee a été tuée`: the nearest name
        full = [run for run in re.findall(_NAME, first.group()) if len(run.split()) > 1]
        name = full[-1] if full else name
    words = name.replace("’", "'").split()
    while words and fold_name(words[0]) in _NOT_NAMES:
        words = words[1:]
    if len(words) < 2:
        return None
    # After `la mort de` or `a tué` the name comes first (the next sentence may open on a capital: `Olof Palme
    # Dirigeant`); before `, tué` it comes last (`l'Algérien Abdelmalek Droukdal`).
    return fold_name(" ".join(words[-2:] if first.re is _NAME_KILLED else words[:2]))


# `X, un homme noir de 29 ans grièvement blessé par balles`, `a tiré à bout portant sur un Afro-Américain, X`: the one
# the shots hit, named (one person is shot once in an article's story, as one dies once).
# `X a été grièvement blessé par un policier`, `X, un Afro-Américain grièvement blessé par la police`: the same one
# hurt, the police told instead of the bullets.
_NAME_SHOT = re.compile(
    r"(?P<name>" + _NAME + r")(?:,[^.;:]{0,90}?(?<![\w-])|\s+(?:a|avait)\s+été\s+(?:\w+\s+)?)"
    r"(?:blessée?|touchée?|atteinte?)\s+"
    r"(?:par\s+(?:\w+\s+)?balles?|de\s+(?:\w+\s+)?balles|par\s+(?:des|les)\s+tirs"
    r"|(?:[\w-]+\s+){0,2}?par\s+(?:un|une|des|la|les)\s+(?:[\w-]+\s+)?(?:policiers?|police|gendarmes?|agents?|soldats?"
    r"|militaires))\b"
)
_SHOT_AT_NAME = re.compile(
    r"\btiré\s+(?:[^.;:]{0,50}?\s)?sur\s+(?:(?:un|une|le|la|l'|l’)\s*[\w-]+(?:\s+[\w-]+)?,\s+)?(?P<name>" + _NAME + ")"
)


@functools.lru_cache(maxsize=4096)
def shot_named(text: str) -> str | None:
    """The first person the text names as shot (hit by bullets, or shot at), folded to first name and surname."""
    found = [m for rx in (_NAME_SHOT, _SHOT_AT_NAME) if (m := rx.search(text))]
    if not found:
        return None
    words = min(found, key=lambda m: m.start()).group("name").replace("’", "'").split()
    while words and fold_name(words[0]) in _NOT_NAMES:
        words = words[1:]
    return fold_name(" ".join(words[:2])) if len(words) >= 2 else None
