"""Accidents are no attack (the gold set counts none): a hunt's shot (a hunter killed by another's bullet during a
drive, `lors d'une battue aux sangliers`; a walker taken for game, `il a pris son père pour un sanglier`), a reckless
driver's victim (`Cycliste tué par un chauffard`, `mis en examen pour homicide involontaire`), a worker crushed on a
building site (`un ouvrier meurt dans un accident de grue`). Under a title that tells an accident or a hunt, no event
is kept, nor one whose own sentences tell a hunt, unless the article tells something deliberate (`volontairement`,
`meurtre`, `agression`) or of terror (`attentat`, `terroriste`)."""

from __future__ import annotations

import re

from ..models import Article, AttackEvent, Sentence
from .animals import cited_sentences
from .lexicon import DELIBERATE, TERROR_IN_ARTICLE

# Game: what hunters shoot at.
_GAME = (
    r"sangliers?|gibier|faisans?|lapins?|chevreuils?|cerfs?|biches?|canards?|perdrix|lièvres?|chamois|renards?"
    r"|bécasses?|palombes?"
)
# A hunt's doing: the game shot at, the drive, the hunting party, or someone taken for game (`pensait viser un
# sanglier`, `confondus avec des faisans`, `prend son père pour un sanglier`).
_HUNTING = re.compile(
    r"\b(?:(?:partie|accidents?|tirs?|saison) de chasse|chasse à courre"
    r"|battues?\s+(?:au|aux)|(?:lors|au cours|pendant) d'une (?:battue|chasse))\b"
    rf"|\bchasse\s+(?:au|aux|à la|à l')\s*(?:{_GAME})\b"
    r"|\b(?:pris|prend|prenant|confondue?s?|croyant|croyait|pensait|pensant|vise|visait|viser)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:pour|avec|viser|tirer sur)?\s*(?:un|une|des)\s+(?:{_GAME})\b",
    re.IGNORECASE,
)
# A hunter, in a title (not `les chasseurs alpins`, soldiers, nor `un chasseur de têtes`), not one a kin or neighbour
# harmed (`un chasseur tué par balle par son voisin`: a killing, the hunter its victim).
_HUNTER = re.compile(
    r"\bchasseurs?\b(?!\s+(?:alpins?|parachutistes?|de\s+(?:têtes?|primes?|trésors?|images?|nazis?)))"
    r"(?![^.:;]{0,40}?\b(?:tuée?s?|abattue?s?|blessée?s?)\b[^.:;]{0,30}?\bpar\s+(?:son|sa|ses|leur)\s)",
    re.IGNORECASE,
)
# An accident, in a title: the word (not denied: `ce n'est pas un accident`, `il ne s'agit pas d'un accident`, `was
# no accident`; nor ruled out: `la piste de l'accident écartée`, `police rule out accident`), a reckless driver (`un
# chauffard`, `un conducteur de tracteur ivre`, `un automobiliste sans permis`; not one told doing harm by hand: `un
# automobiliste ivre tire sur des passants`), a charge of manslaughter (`homicide involontaire`, `blessures
# involontaires`), a flood.
_ACCIDENT = re.compile(
    r"(?<!pas un )(?<!pas d')(?<!pas d'un )(?<!\bno )(?<!piste de l')(?<!thèse de l')(?<!rule out )(?<!ruled out )"
    r"(?<!rules out )\baccident\w*(?!\s+(?:écartée?|exclue?|ruled out))"
    r"|\bchauffards?\b|\b(?:homicides?|blessures?) involontaires?\b"
    r"|\b(?:conducteur|conductrice|automobiliste|chauffeur|motard)s?\s+(?:d'une?\s+\w+\s+|de\s+\w+\s+)?"
    r"(?:ivres?|alcoolisée?s?|sans permis)\b(?!\s+(?:tire|poignarde|frappe|agresse|attaque|ouvre le feu)\b)"
    r"|\bcrues? (?:éclair|soudaine)s?\b",
    re.IGNORECASE,
)
# What a hunt's words hold, tested first in lowercased text (most texts hold none): the hunt, the drive, or the game's
# name, as _HUNTING needs one of them.
_HINTS = re.compile(rf"chass|battue|{_GAME}")


def _tells_hunt(text: str) -> bool:
    """The text tells a hunt (`lors d'une battue aux sangliers`, `pensait viser un sanglier`)."""
    return _HINTS.search(text.lower()) is not None and _HUNTING.search(text) is not None


# The hunter a title names is the one harmed (`un chasseur abattu en pleine rue`), not the one who harmed (`Cycliste
# tué par un chasseur`).
_HUNTER_HARMED = re.compile(r"\bchasseurs?\s+(?:[\w'-]+\s+){0,3}?(?:tuée?s?|abattue?s?|blessée?s?)\b", re.IGNORECASE)
_HUNTER_AGENT = re.compile(r"\bpar\s+(?:un|une|des|le|la|les|deux|trois)\s+(?:\w+\s+)?chasseurs?\b", re.IGNORECASE)


def _title_tells_accident(title: str, sentences: list[Sentence]) -> bool:
    """The title tells an accident (`un ouvrier meurt dans un accident de grue`, `Cycliste tué par un chauffard`), a
    hunt, or a hunter (`Cycliste tué par un chasseur`); not a hunter killed where the article tells no hunt
    (`Marseille : un chasseur abattu en pleine rue`: the hunter a killing's victim)."""
    if _ACCIDENT.search(title) is not None or _tells_hunt(title):
        return True
    if _HUNTER.search(title) is None:
        return False
    return not _hunter_harmed_off_hunt(title, sentences)


def _hunter_harmed_off_hunt(title: str, sentences: list[Sentence]) -> bool:
    """The title's hunter is the one harmed, by no hunter, and no sentence of the article tells a hunt."""
    return (
        _HUNTER_HARMED.search(title) is not None
        and _HUNTER_AGENT.search(title) is None
        and not any(_tells_hunt(s.text) for s in sentences)
    )


def _deliberate(article: Article, sentences: list[Sentence]) -> bool:
    """Something in the article tells a deliberate act (`meurtre`, `volontairement`, `agression`) or terror."""
    texts = [article.title, *(s.text for s in sentences)]
    return any(DELIBERATE.search(t) or TERROR_IN_ARTICLE.search(t) for t in texts)


def without_accidents(article: Article, sentences: list[Sentence], events: list[AttackEvent]) -> list[AttackEvent]:
    """The events, less an accident's: all of them under a title that tells an accident or a hunt, those whose own
    sentences tell a hunt elsewhere; none where the article tells something deliberate."""
    if not events:
        return events
    text = {s.position: s.text for s in sentences}
    if _title_tells_accident(article.title, sentences):
        accident = [True] * len(events)
    else:
        accident = [any(_tells_hunt(t) for t in cited_sentences(e, text)) for e in events]
    if not any(accident) or _deliberate(article, sentences):
        return events
    return [e for e, of_an_accident in zip(events, accident, strict=True) if not of_an_accident or _stabbing(e, text)]


# A blade held by a hand (`poignardé`, `coups de couteau`), not a machine's (`décapité par le chargement d'une grue`).
_STAB = re.compile(r"\b(?:poignard\w*|couteaux?|machettes?|stabb\w*|knife|knives)\b", re.IGNORECASE)


def _stabbing(event: AttackEvent, text: dict[int, str]) -> bool:
    """A stabbing is done on purpose, whatever the title tells (`un motard poignardé par un automobiliste après un
    accrochage` under `un accident de la circulation tourne au drame`): no hunt nor road accident is told with a
    knife."""
    return event.weapon == "arme blanche" and any(_STAB.search(t) for t in cited_sentences(event, text))
