"""Animals harmed are no attack: the gold set counts violence against people or places (`Un policier tire sur des
chiens`: no event). An article whose title tells animals killed (`Aude : 200 chats tués`, `Ours tué: ...`, `Qui a
tué l'ours ?`) keeps no event that tells no person harmed (`Selon les témoins, il a été abattu par la suite`, the
stag), and an event told by a sentence of animals killed (`deux phoques décapités dans le Finistère`), no person
harmed in it, is dropped in any article."""

from __future__ import annotations

import re

from ..models import Article, AttackEvent, Sentence
from .lexicon import MANNER, NUMBER, PERSON_NOUNS, rx

# Animals, by the names the news gives them (singular and plural), tame and wild; not `lamas`, which in French are
# also Tibetan monks (`deux lamas tués par des soldats`). Trees too: felled, they are no one killed.
_ANIMALS = (
    r"chats?|chatons?|chiens?|chiots?|chevaux|cheval|juments?|poneys?|pur-sang|ânes?|vaches?|veaux|taureaux?|bovins"
    r"|moutons?|brebis|agneaux?|chèvres?|ovins|sangliers?|cerfs?|biches?|chevreuils?|ours|oursons?|loups?|phoques?"
    r"|dauphins?|baleines?|oiseaux?|cygnes?|animaux|bêtes?|bétail|éléphants?|girafes?|rhinocéros|gibier|volailles?"
    r"|poules?|coqs?|gallinacés?|faisans?|lapins?|canards?|lièvres?|perdrix|chamois|alpagas?"
    # and trees, which are felled (`abattre`) as animals are: `un bûcheron muni d'une hache a abattu trois arbres`
    r"|arbres?|platanes?|chênes?|peupliers?|sapins?|hêtres?|marronniers?|tilleuls?|frênes?"
)
# An animal's name in lowercased text: searched first without word bounds, which costs a fifth as much.
_ANIMAL_IN = re.compile(_ANIMALS)
_ANIMAL_WORD = re.compile(rf"\b(?:{_ANIMALS})\b")
# What is done to the one harmed: killed, maimed, hurt.
_HARMED = (
    r"tuée?s?|abattue?s?|mutilée?s?|égorgée?s?|décapitée?s?|empoisonnée?s?|massacrée?s?|blessée?s?|éventrée?s?"
    r"|poignardée?s?|retrouvée?s? morte?s?|morte?s?"
)

# The auxiliary of a passive (`a été`, `est`), not of an act (`a tué`: the noun before it did the killing).
_PAST_PASSIVE = r"(?:a|ont|avait|avaient|aurait|auraient)\s+été"
_PASSIVE = rf"{_PAST_PASSIVE}|(?:est|sont|était|étaient)(?:\s+été)?"
# Between the noun and the harm, an auxiliary of an act (`un homme condamné pour avoir tué 21 chats`).
_ACTIVE = re.compile(r"\b(?:a|ont|avait|avaient|avoir|ayant)\s+(?!été)", re.IGNORECASE)


class _Harm:
    """Those some nouns name, told harmed: the noun, a few words, then what was done to it (`200 chats tués`, `un
    phoque abattu au fusil`, `un pur-sang a été retrouvé égorgé`, `Black, le cerf de la Forêt de Laigue, tué`); or
    the killing, then the noun (`avoir tué 21 chats`, `Qui a tué l'ours ?`, `un chasseur abat un chiot`). The words
    between the noun and the harm name no rival (`l'éleveur, la bête a été abattue`: the beast harmed, not the
    breeder), unless joined to it (`un berger et ses brebis ont été tués`: both harmed), and tell no act (`un homme
    condamné pour avoir tué 21 chats`: the man did it)."""

    def __init__(self, nouns: str, rivals: str):
        self._told = rx(
            rf"(?<![\w-])(?:{nouns})(?![\w-])(?P<gap>[^.;:?!]{{0,40}}?[\s,])?"
            rf"(?:{_PASSIVE}\s+(?:\w+\s+)?)?(?:{_HARMED})(?![\w-])"
            r"|(?<![\w-])(?:(?:tué|abattu|mutilé|égorgé|empoisonné|massacré|décès|mort|massacre|mutilation)s?"
            r"|tue|abat|égorge|mutile|empoisonne)"
            # how the blow was dealt may stand between (`a tué par balles trois sangliers`)
            rf"\s+{MANNER}(?:de\s+|d'|du\s+|des\s+)?(?:près de\s+|plus de\s+)?"
            rf"(?:l'|le\s+|la\s+|les\s+|un\s+|une\s+|son\s+|sa\s+|ses\s+|leurs?\s+|{NUMBER}\s+)?(?:\w+\s+)?(?:{nouns})(?![\w-])"
        )
        self._rival = re.compile(rf"(?<![\w-])(?:{rivals})(?![\w-])", re.IGNORECASE)
        # The rival joined to the noun, harmed with it (`un berger et ses brebis ont été tués`): no rival.
        self._joined = re.compile(
            rf"^\s*et\s+(?:son|sa|ses|leurs?|les|des|un|une)\s+(?:{rivals})(?![\w-])", re.IGNORECASE
        )

    def told(self, text: str) -> bool:
        """The text tells one of them harmed."""
        at = 0
        while m := self._told.search(text, at):
            gap = m.group("gap")
            if not gap or not (_ACTIVE.search(gap) or (self._rival.search(gap) and not self._joined.match(gap))):
                return True
            at = m.start() + 1
        return False


_ANIMAL_HARMED = _Harm(_ANIMALS, PERSON_NOUNS)
_PERSON_HARMED = _Harm(PERSON_NOUNS, _ANIMALS)
# Someone named by an article and one noun that names no animal, told harmed in a past passive (`un vétérinaire a été
# tué`, `la gérante a été grièvement blessée`; not a present habit: `un agneau est abattu toutes les 10 secondes`;
# not a complement: `un taureau échappé d'un élevage a été abattu`): a person, whatever the trade or title it gives.
_SOMEONE_HARMED = re.compile(
    rf"(?<![\w'’-])(?<!\bde )(?:un|une|le|la|l')\s*(?!(?:{_ANIMALS}|animal)(?![\w-]))[^\W\d_]{{3,}}"
    rf"\s+(?:{_PAST_PASSIVE})\s+(?:\w+\s+)?(?:{_HARMED})(?![\w-])",
    re.IGNORECASE,
)

# Someone a person killed or hurt, named right after the act: by an article and a noun that names no animal, a word
# or two between (`un éleveur a tué un rôdeur`, `a abattu son beau-frère`; not `a tué sa vieille jument`), or by a
# first name and a surname or a name and an age (`a abattu Pierre Martin`, `a poignardé Marc, 45 ans`).
_SOMEONE_DONE = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:mortellement\s+)?"
    r"(?:tué|abattu|poignardé|égorgé|étranglé|blessé)\s+"
    rf"(?:(?:un|une|son|sa|le|la|l')\s*(?!(?:[\w-]+\s+)?(?:{_ANIMALS}|animal)(?![\w-]))[^\W\d_]{{3,}}"
    r"|(?-i:[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)(?:\s+(?-i:[A-ZÀ-Þ][\w'-]+)|,\s+\d{1,3}\s+ans\b))",
    re.IGNORECASE,
)


# Animals that attack people or herds, by the names the news gives them; not a group named after one (`les Loups
# gris`, `les Tigres tamouls`), a police dog (`un chien policier`) nor a vehicle (`un camion-bélier`).
_ATTACKERS = (
    r"requins?|squales?|loups?(?!\s+gris)|ours|ourses?|chiens?(?!\s+(?:policiers?|de (?:la )?police|des policiers))"
    r"|molosses?|pitbulls?|béliers?|taureaux?|vaches?|sangliers?|tigres?(?!\s+tamoul)|lions?|lionnes?|éléphants?"
    r"|crocodiles?|alligators?|serpents?|vipères?|frelons?|abeilles?|guêpes?|méduses?|hippopotames?|buffles?|fauves?"
    r"|pumas?|jaguars?|léopards?|panthères?"
)
# An animal told as the attacker: its attacks (`Les attaques de loups`, `l'attaque de l'ours`), someone harmed by it
# (`un surfeur tué par un requin`, `mordue par un chien`), or its deed (`un requin tue un surfeur`, `le taureau a
# encorné`); not an animal harmed (`un chien tué par balle`).
_ANIMAL_ATTACK = rx(
    r"\b(?:attaques?\s+(?:de|d'|du|des)|(?:attaquée?s?|tuée?s?|mordue?s?|blessée?s?|renversée?s?|chargée?s?"
    r"|piétinée?s?|dévorée?s?|encornée?s?|agressée?s?)\s+(?:mortellement\s+)?par)\s*"
    r"(?:(?:un|une|des|le|la|les|son|sa|ses|leur|leurs|deux|trois|plusieurs)\s+|l')?(?:[\w-]+\s+)?"
    rf"(?<!-)(?:{_ATTACKERS})(?![\w-])"
    rf"|(?<![\w-])(?:{_ATTACKERS})(?![\w-])\s+(?:[\w-]+\s+)?(?:(?:a|ont|avait|avaient)\s+(?:tué|attaqué|mordu"
    r"|renversé|chargé|dévoré|piétiné|encorné)|tue|tuent|attaque|attaquent|mord|mordent|renverse|charge|dévore"
    r"|piétine|encorne|s'en prend|s'en est pris)\b"
)


def _names_animal(text: str) -> bool:
    """The text names an animal (`un chiot`, `les chevaux`)."""
    low = text.lower()
    return _ANIMAL_IN.search(low) is not None and _ANIMAL_WORD.search(low) is not None


def animals_harmed(text: str) -> bool:
    """The text tells animals killed, maimed or hurt (`158 sangliers tués`, `a tué 21 chats`)."""
    return _ANIMAL_HARMED.told(text)


def _person_harmed(texts: list[str]) -> bool:
    """One of the texts tells a person harmed (`un chasseur de 74 ans est mort`, `a tué son voisin`, `un vétérinaire
    a été tué`, `a tué un rôdeur`, `a poignardé Marc, 45 ans`)."""
    return any(
        _PERSON_HARMED.told(text) or _SOMEONE_HARMED.search(text) or _SOMEONE_DONE.search(text) for text in texts
    )


def without_animals(article: Article, sentences: list[Sentence], events: list[AttackEvent]) -> list[AttackEvent]:
    """The events, less those of animals harmed: whose sentences tell no person harmed, and either tell animals
    harmed or stand under a title that tells animals harmed and no person. Most articles name no animal: only the
    events whose title or sentences name one are read further."""
    if not events:
        return events
    title_names = _names_animal(article.title)
    of_animals: bool | None = None  # whether the title tells animals harmed and no person, once asked
    attack_title = _ANIMAL_ATTACK.search(article.title) is not None
    text = {s.position: s.text for s in sentences}
    kept = []
    for event in events:
        cited = cited_sentences(event, text)
        if _by_an_animal(event, cited, attack_title):
            continue
        if title_names or any(_names_animal(t) for t in cited):
            if of_animals is None:
                of_animals = title_names and animals_harmed(article.title) and not _person_harmed([article.title])
            if (of_animals or any(animals_harmed(t) for t in cited)) and not _person_harmed(cited):
                continue  # an event of animals harmed
        kept.append(event)
    return kept


def cited_sentences(event: AttackEvent, text: dict[int, str]) -> list[str]:
    """The sentences an event cites (by their keys, `article#position`)."""
    return [text[p] for p in cited_positions(event, text)]


def cited_positions(event: AttackEvent, text: dict[int, str]) -> list[int]:
    """The positions of the sentences an event cites, in the article's order."""
    keys = {key for cited in event.evidence.values() for key in cited}
    return sorted(
        p for p in {int(key.rpartition("#")[2]) for key in keys if key.rpartition("#")[2].isdigit()} if p in text
    )


def _by_an_animal(event: AttackEvent, cited: list[str], attack_title: bool) -> bool:
    """An event with no weapon, told under a title that tells an animal as the attacker (`Gironde : un homme tué par
    un bélier`, `Les attaques de loups stabilisées`) or by a sentence that does, and whose sentences tell no person
    killing another (`a abattu son voisin`): an animal's attack, not a person's (the gold set's dogs and tiger)."""
    if event.weapon is not None or any(_SOMEONE_DONE.search(t) for t in cited):
        return False
    return attack_title or any(_ANIMAL_ATTACK.search(t) for t in cited)
