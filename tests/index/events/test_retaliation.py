"""RETALIATION searched from its core's openings (gates.CommaLed) finds what the whole pattern found."""

from __future__ import annotations

import re

from index.events import lexicon as lx

# The pattern as it was before it was searched from its openings.
_OLD = re.compile(
    r",?\s*(?:où (?:avait|avaient) eu lieu|(?:avait|avaient) été (?:le |la )?théâtre d[e']|had been the scene of"
    r"|en représailles? (?:à|aux?|d[eu']|contre)|en riposte à|ripostant à|répliquant à|en réponse à"
    r"|in retaliation (?:for|against)"
    r"|in response to"
    r"|(?<!d')après(?!-midi|\s+\d|\s+qu[e']\s*(?:un|une|des|les?|la|l')?\s*(?:policiers?|police|agents?|gendarmes?|soldats?"
    r"|militaires)\b"
    r"|\s+avoir été (?:arrêtée?s?|interpellée?s?|plaquée?s?|maîtrisée?s?|menottée?s?)\b"
    r"|\s+avoir été (?:\w+\s+){0,2}?(?:poignardée?s?|égorgée?s?|abattue?s?"
    r"|touchée?s? par (?:(?:des|une|un|les?) )?(?:balles?|tirs?|coups? de feu)"
    r"|atteinte?s? par (?:des|une|un|les?) (?:balles?|tirs?)|frappée?s? à (?:coups de|mort)"
    r"|percutée?s?|fauchée?s?|criblée?s? de balles|mitraillée?s?|lynchée?s?|battue?s? à mort|rouée?s? de coups)\b"
    r"|\s+(?:son|sa|leur)\s+(?:interpellation|arrestation)\b)"
    r"|after(?!\s+(?:\d|midnight|noon|dark|dawn|daybreak|nightfall|sunset|sunrise|(?:his|her|their) arrest\b))"
    r"|following|suite à"
    r"|à la suite d[eu']|au lendemain d[eu']|à la veille d[eu']|la veille d[eu'])\b(?P<rest>[^,.;:]*)",
    re.IGNORECASE,
)

_SENTENCES = [
    "Dans la ville où avait eu lieu une des attaques de 2015, un homme a été tué.",
    "Le quartier, Où AVAIENT eu lieu les attentats, avait été le théâtre d'une fusillade ; it had been the scene of",
    "Les rebelles ont tiré des roquettes en représailles aux frappes, EN RIPOSTE À l'offensive, ripostant à Kiev.",
    "Répliquant à l'attaque, en réponse à la frappe, in retaliation for the raid, In Response To the strike.",
    "D'après le dernier bilan, après-midi, après 3 jours, après qu'un policier a tiré, après que des soldats sont",
    "venus, décédé juste après avoir été arrêté par la police, après avoir été très vite poignardées à Turku.",
    "Il est mort après avoir été touché par balle, après avoir été touchée par des tirs, après avoir été touché.",
    "Mort asphyxié après son interpellation le 23 mars, après l'attentat de Londres, qui a fait quatre morts.",
    "After midnight, after 3 days, after his arrest, after the attack, following the blast, suite à l'explosion.",
    "À la suite de l'attaque, au lendemain du massacre, à la veille de l'élection, la veille d'un vote,après",
    "  ,   après la fusillade de X , en Caroline du Sud ,après\tl'explosion\n,\u00a0after the strike,,  après",
    "Apres, APRÈS l'attaque, İstanbul après la frappe, ſuite à, aftermath, afterwards, suites, enrayer, in re",
]
_LONG = [
    " ".join(_SENTENCES),
    ("Le gouvernement a annoncé mardi que les forces de sécurité avaient été déployées dans la capitale, "
     "où des manifestants s'étaient rassemblés, en réponse à la hausse des prix ; ") * 3 + "après l'attaque.",
    "Following weeks of clashes, the army struck in retaliation against the militia, after dawn, following the raid.",
]  # fmt: skip


def _spans(matches: object) -> list[tuple[int, int, int, str]]:
    return [(m.start(), m.end(), m.start("rest"), m.group()) for m in matches]  # type: ignore[attr-defined]


def test_finds_what_the_whole_pattern_found() -> None:
    for text in _SENTENCES + _LONG:
        assert _spans(lx.RETALIATION.finditer(text)) == _spans(_OLD.finditer(text)), text
        old, new = _OLD.search(text), lx.RETALIATION.search(text)
        assert (new and new.span()) == (old and old.span()), text
        blanked = _OLD.sub(lambda m: "#" * len(m.group()), text)
        assert lx.RETALIATION.sub(lambda m: "#" * len(m.group()), text) == blanked


def test_every_start_position() -> None:
    for text in _LONG + _SENTENCES:
        for pos in range(len(text) + 1):
            old, new = _OLD.search(text, pos), lx.RETALIATION.search(text, pos)
            assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict())), (text, pos)
            for end in (pos, pos + 7, len(text) - 1):
                old, new = _OLD.search(text, pos, end), lx.RETALIATION.search(text, pos, end)
                assert (new and new.span()) == (old and old.span()), (text, pos, end)
            old, new = _OLD.match(text, pos), lx.RETALIATION.match(text, pos)
            assert (new and new.span()) == (old and old.span()), (text, pos)


def test_the_old_pattern_is_the_one_kept() -> None:
    assert lx.RETALIATION.pattern == _OLD.pattern
