"""A hunt's shot is an accident, no attack (the gold set counts no accident): a hunter killed by another's bullet
during a drive (`lors d'une battue aux sangliers`), a walker taken for game (`il a pris son père pour un sanglier`).
Under a title that tells a hunt (`Ariège : un chasseur tué lors d'une battue`, `Drôme : partie de chasse mortelle`)
no event is kept, nor one whose own sentences tell a hunt, unless the article tells something deliberate
(`volontairement`, `meurtre`, `agression`)."""

from __future__ import annotations

import re

from ..models import Article, AttackEvent, Sentence
from .animals import cited_sentences
from .lexicon import DELIBERATE

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
# A hunter, in a title (not `les chasseurs alpins`, soldiers, nor `un chasseur de têtes`).
_HUNTER = re.compile(
    r"\bchasseurs?\b(?!\s+(?:alpins?|parachutistes?|de\s+(?:têtes?|primes?|trésors?|images?|nazis?)))", re.IGNORECASE
)
# The literal a hunt's words hold, tested first (most texts hold none): the hunt, the drive, or the game's name.
_HINTS = re.compile(
    "chass|battue|sanglier|gibier|faisan|lapin|chevreuil|cerf|biche|canard|perdri|lièvre|chamois|renard|bécasse|palombe"
)


def _tells_hunt(text: str, title: bool = False) -> bool:
    """The text tells a hunt; a title also by a hunter named in it (`Cycliste tué par un chasseur`)."""
    low = text.lower()
    if _HINTS.search(low) is None:
        return False
    return _HUNTING.search(text) is not None or (title and _HUNTER.search(text) is not None)


def without_hunts(article: Article, sentences: list[Sentence], events: list[AttackEvent]) -> list[AttackEvent]:
    """The events, less a hunt's shots: under a title that tells a hunt, or with a sentence that tells one, those of
    an article that tells nothing deliberate (`meurtre`, `volontairement`: a hunter who killed on purpose)."""
    if not events:
        return events
    hunt_title = _tells_hunt(article.title, title=True)
    text = {s.position: s.text for s in sentences}
    hunt = [hunt_title or any(_tells_hunt(t) for t in cited_sentences(e, text)) for e in events]
    if not any(hunt) or DELIBERATE.search(article.title) or any(DELIBERATE.search(s.text) for s in sentences):
        return events
    return [e for e, of_a_hunt in zip(events, hunt, strict=True) if not of_a_hunt]
