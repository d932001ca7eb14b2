"""Accidents are no attack (the gold set counts none): a hunt's shot (a hunter killed by another's bullet during a
drive, `lors d'une battue aux sangliers`; a walker taken for game, `il a pris son père pour un sanglier`), a reckless
driver's victim (`Cycliste tué par un chauffard`, `mis en examen pour homicide involontaire`), a worker crushed on a
building site (`un ouvrier meurt dans un accident de grue`). Under a title that tells an accident or a hunt, no event
is kept, nor one whose own sentences tell a hunt, unless the article tells something deliberate (`volontairement`,
`meurtre`, `agression`) or of terror (`attentat`, `terroriste`). Nor, whatever the rest of the article tells, one whose
own sentences, or the one right after them, give its deaths an accident for their cause (`Les soldats sont morts dans
la collision de deux hélicoptères`, `le pilote d'un chasseur qui s'est abîmé en mer`)."""

from __future__ import annotations

import re

from ..models import Article, AttackEvent, Sentence
from .animals import cited_positions, cited_sentences
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


def without_accidents(
    article: Article, sentences: list[Sentence], events: list[AttackEvent], *, crash_accident: bool = False
) -> list[AttackEvent]:
    """The events, less an accident's: all of them under a title that tells an accident or a hunt, those whose own
    sentences tell a hunt elsewhere; none where the article tells something deliberate. `crash_accident`: the article
    calls its crash an accident and tells nothing deliberate (assembly's _crash_called_accident), so a death told with
    no weapon and no act (`Une mère a été tuée ..., fauchée par un conducteur ayant perdu le contrôle de son
    véhicule`) is that crash's."""
    if not events:
        return events
    text = {s.position: s.text for s in sentences}
    events = [e for e in events if not _died_in_an_accident(e, text)]
    if crash_accident:
        events = [e for e in events if not _crash_death(e, text)]
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


# A death whose cause the sentence tells as an accident: `morts dans la collision de deux hélicoptères`, `tués dans
# l'effondrement d'un immeuble`, `la collision accidentelle`, a plane that `s'est abîmé` or `s'est écrasé`, someone
# who `s'est tué` (the reflexive of an accidental death).
_ACCIDENTAL_DEATH = re.compile(
    r"\b(?:tuée?s?|morte?s?|décédée?s?|péri|périe?s?)\s+(?:[\w'-]+\s+){0,4}?dans\s+(?:l'|la\s+|le\s+|un\s+|une\s+)"
    r"(?:[\w'-]+\s+){0,2}?(?:accident|collision|crash|effondrement|naufrage)\b"
    r"|\b(?:collision|chute|crash)\s+accidentelle?\b|\baccidentellement\b"
    r"|\bs'(?:est|sont)\s+(?:\w+\s+)?(?:abîmée?s?|écrasée?s?)\b|\bs'est\s+tuée?\b",
    re.IGNORECASE,
)
# What one of those words holds, tested first in lowercased text (most texts hold none).
_ACCIDENT_HINTS = ("accident", "collision", "crash", "effondrement", "naufrage", "abîm", "écras", "s'est tu")
# What tells the same sentences of an attack: a weapon, a shot, an attack's name, a deliberate act (`l'avion s'est
# écrasé après avoir été touché par un missile`, `il a tué sa femme puis s'est tué`, `a égorgé ses enfants puis s'est
# tué`, `tuée par son ex-compagnon, qui s'est tué`, `a percuté intentionnellement des passants`), a car driven into
# people (`a foncé sur des piétons ... sa voiture s'est écrasée contre une vitrine`).
_ATTACK_TOLD = re.compile(
    r"\b(?:abattue?s?|tirs?|tirée?s?|missiles?|roquettes?|obus|bombes?|explosi\w+|attentats?|attaques?|frappes?"
    r"|volontaire\w*|délibér\w*|intentionnel\w*|assassin\w*|meurtr\w*|poignard\w*|couteaux?|balles?|fusils?"
    r"|égorg\w*|étrangl\w*|a tué|ont tué|avait tué|(?:l'|les\s+)(?:a|ont|avait|avaient)\s+tuée?s?"
    r"|tuée?s?\s+par\s+(?:son|sa|ses|leur|leurs)|(?:battue?s?|frappée?s?|rouée?s?\s+de\s+coups)\s+à\s+mort"
    r"|à\s+coups\s+de|fonc\w*\s+(?:sur|dans)\s+(?:la\s+foule|(?:des|les|un\s+groupe\s+de|plusieurs)\s+"
    r"(?:piétons|passants|manifestants|policiers|gendarmes|personnes|gens|enfants|fidèles|clients|cyclistes)))\b",
    re.IGNORECASE,
)
# A sentence that goes on about the dead just told, its subject first (`Les soldats sont morts ...`, `Ils ont péri ...`;
# not `Le même jour, deux passants sont morts ...`).
_GOES_ON = re.compile(
    r"^\W*(?:(?:les|ces|le|la|ils|elles|il|elle)\s+|l')(?!même\b|lendemain\b|veille\b)[^,.;:]{0,40}?"
    r"\b(?:sont|est|ont|a|avaient|avait|étaient|était)\s+(?:\w+\s+)?(?:morte?s?|décédée?s?|péri|tuée?s?)\b",
    re.IGNORECASE,
)


# The road in a death's own sentence: a vehicle, its driver, the impact (`Le passager de la voiture`, `fauchés par un
# supporter`, `percutée par une automobiliste`); not a killer's plea that a killing was `un accident`.
_ROAD = re.compile(
    r"\b(?:voitures?|véhicules?|automobilistes?|conducteurs?|conductrices?|camions?|camionnettes?|motos?|motards?"
    r"|scooters?|volant|routes?|chaussée|percut\w*|fauch\w*|collisions?)\b",
    re.IGNORECASE,
)


def _crash_death(event: AttackEvent, text: dict[int, str]) -> bool:
    """In an article about a crash called an accident, an event that names no weapon and whose own sentences tell the
    road (_ROAD) and no act of violence (a shot, a blade, `a tué`, `à coups de`: _ATTACK_TOLD), only deaths or wounds
    (`Le passager de la voiture a été tué sur le coup`, `fauchés par un supporter ayant perdu le contrôle de son
    véhicule`)."""
    if event.weapon is not None:
        return False
    told = cited_sentences(event, text)
    return any(_ROAD.search(t) for t in told) and not any(_ATTACK_TOLD.search(t) for t in told)


def _accidental(sentence: str) -> bool:
    low = sentence.lower()
    return any(hint in low for hint in _ACCIDENT_HINTS) and _ACCIDENTAL_DEATH.search(sentence) is not None


def _died_in_an_accident(event: AttackEvent, text: dict[int, str]) -> bool:
    """The event's own sentences give its deaths an accident for their cause (`le pilote d'un chasseur qui s'est abîmé
    en mer est décédé`), or, for an event that names no weapon, the sentence right after its own goes on to do so
    (`Un hommage aux treize militaires tués au Mali sera rendu lundi. Les soldats sont morts dans la collision de deux
    hélicoptères`); and none of those sentences tells an attack (a weapon, a shot, an attack's name)."""
    positions = cited_positions(event, text)
    told = [text[p] for p in positions]
    after = [text[p + 1] for p in positions if p + 1 in text and p + 1 not in positions]
    going_on = [t for t in after if event.weapon is None and _GOES_ON.match(t) and _accidental(t)]
    if not (going_on or any(_accidental(t) for t in told)):
        return False
    return not any(_ATTACK_TOLD.search(t) for t in told + going_on)
