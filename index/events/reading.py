"""Reading one sentence: is it an attack report, with which weapon, how many attacks, and the facts it states."""

from __future__ import annotations

import datetime as dt
import re

from ..models import Sentence
from . import lexicon as lx
from .base import _COUNTABLE, _I, _blank, _Facts, _negated
from .dates import _read_dates
from .facts import _location, _read_actor, _read_casualties, _read_claim, _read_suspect, _target
from .lexicon import (
    NUMBER,
    Weapon,
    parse_number,
    parse_ordinal,
)


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _read(sentence: Sentence, published: dt.date | None, blocked: frozenset[str] = frozenset()) -> _Facts | None:
    text = _normalise(sentence.text)
    low = text.lower()
    if not lx.has_any(low, lx.GATE_ANY):
        return None
    facts = _Facts(sentence=sentence, text=text)
    core, main_clause_end = _read_core(facts, text, low)
    anaphor = lx.ANAPHOR.search(core)
    facts.other = bool(lx.OTHER_EVENT.search(text))
    facts.restating = not facts.other and bool(lx.RESTATING.search(text))
    facts.anaphor = not facts.other and (bool(anaphor) or bool(lx.ANAPHOR.search(text)))
    facts.anchor = facts.weapon_at or (anaphor.span() if anaphor else (0, 0))
    facts.attack_noun = facts.anaphor or bool(lx.ATTACK_NOUN.search(text))
    facts.plural_anaphor = facts.anaphor and bool(lx.PLURAL_ANAPHOR.search(text))
    facts.pronoun = bool(lx.PRONOUN_START.search(text))
    facts.background = bool(lx.BACKGROUND.search(text))
    facts.toll_update = bool(lx.TOLL_UPDATE.search(text))
    _read_aggregate(facts, text, low)
    if facts.weapon or facts.attacks or facts.anaphor or facts.pronoun or lx.has_any(low, lx.GATE_CASUALTY):
        _read_dates(facts, core, published)
    listed = _blank_enumerations(core)
    compared = lx.COMPARED_EVENT.search(text, facts.anchor[1])
    if compared:  # the toll of the attack it is compared with is not its toll
        listed = listed[: compared.start()] + " " * (len(listed) - compared.start())
    if lx.has_any(low, lx.GATE_CASUALTY):
        _read_casualties(facts, listed)
    if lx.has_any(low, lx.GATE_CLAIM):
        _read_claim(facts, text)
    if lx.has_any(low, lx.GATE_SUSPECT):
        _read_suspect(facts, text)
    if facts.strong and not facts.attacks and lx.has_any(low, lx.GATE_ACTOR + lx.DEMONYM_HINTS):
        _read_actor(facts, core)
    if facts.strong or facts.attacks:
        facts.target = _target(core)
        # The main clause of an `après que` attack (`un conflit en Irak, après qu'un drone ...`) places nothing.
        facts.location, facts.country = _location(" " * main_clause_end + listed[main_clause_end:], facts.anchor)
    if facts.weapon and facts.weapon.name in _COUNTABLE and facts.weapon_at:
        facts.count = _count_before(core, facts.weapon_at[0])
    facts.trigger = _is_trigger(facts, core) and (facts.weapon is None or facts.weapon.name not in blocked)
    aside = lx.TOLL_IN_PARENS.search(listed) if not facts.trigger else None
    if aside:
        # A sentence that only refers back: a toll in parentheses annotates what it names in passing (`Christchurch
        # (51 morts, le 15 mars)`), not the attack it refers to; nor does the date beside it.
        facts.killed, facts.injured = [], []
        _read_casualties(facts, lx.TOLL_IN_PARENS.sub(_blank, listed))
        if facts.date and aside.start() <= facts.date.start < aside.end():
            facts.date = None
    return facts


def _read_core(facts: _Facts, text: str, low: str) -> tuple[str, int]:
    """The sentence with the clauses about other events blanked (not cut, so that distances to the attack stay true),
    its weapon read into `facts`, and where the main clause ends when the attack is told by an `après que` clause."""
    core = lx.RETALIATION.sub(_blank, text) if lx.has_any(low, lx.RETALIATION_WORDS) else text
    core = lx.AS_BACKDROP.sub(_blank, core)
    _read_weapon(facts, core, core.lower())
    if facts.weapon is not None or core == text:
        return core, 0
    # `une spirale avait failli dégénérer, après qu'un drone avait tué X`: when the main clause reports no
    # attack, the attack is the one its `après que` clause tells.
    core = lx.RETALIATION.sub(_blank_unless_after_clause, text)
    core = lx.AS_BACKDROP.sub(_blank, core)
    _read_weapon(facts, core, core.lower())
    after = _AFTER_CLAUSE.search(core)
    return core, (after.start() if after and facts.weapon_at and after.start() < facts.weapon_at[0] else 0)


def _blank_unless_after_clause(m: re.Match[str]) -> str:
    return m.group() if _AFTER_CLAUSE.match(m.group()) else _blank(m)


_AFTER_CLAUSE = re.compile(r",?\s*(?:après qu['e]|after (?!the\b|a\b|an\b))", re.IGNORECASE)


def _blank_enumerations(core: str) -> str:
    """`suivie par celles de Manchester (22 morts), de Londres (huit morts)`: tolls of attacks listed in passing."""
    if "(" in core and len(lx.TOLL_IN_PARENS.findall(core)) >= 2:
        core = lx.TOLL_IN_PARENS.sub(_blank, core)
    if ":" in core:
        core = lx.TOLLS_LISTED.sub(_blank, core)
    return core


def _read_weapon(facts: _Facts, core: str, low: str) -> None:
    best: tuple[int, int, Weapon] | None = None
    for weapon, rx in lx.WEAPON_RES:
        if not lx.has_any(low, weapon.hints):
            continue
        for m in rx.finditer(core):
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end(), weapon)
            break
    if best is None:
        _read_act(facts, core, low)
        return
    if best[2].name is None:  # `une attaque à la voiture piégée`: the instrument named later says more
        named = [(a, b, w) for a, b, w in _all_weapons(core, low) if w.name and a > best[0] and a - best[1] < 40]
        best = named[0] if named else best
    facts.weapon_at = (best[0], best[1])
    facts.weapon = best[2]
    facts.bare = best[2].name is None and bool(_BARE.fullmatch(core, best[0], best[1]))
    facts.suicide = bool(lx.SUICIDE_WORDS.search(core))
    facts.strong = not lx.METAPHOR.search(core[max(0, best[0] - 60) : best[1] + 60])
    if lx.NEGATED_WEAPON.search(core, max(0, best[0] - 30), best[0]):
        facts.strong = False
    block = lx.WEAPON_BLOCK.get(best[2].name or "")
    if block is not None and block.search(core):
        facts.strong = False


_BARE = re.compile(r"attaques?|assauts?|assassinats?|attacks?", _I)
# A bare attack noun and the verb or toll that reports it stay this close (characters).
_BARE_REACH = 80


def _read_act(facts: _Facts, core: str, low: str) -> None:
    """No weapon or attack noun: a verb that reports a killing or an assault by itself (`a été abattu mardi`)."""
    for weapon, rx in lx.ACT_RES:
        if not lx.has_any(low, weapon.hints):
            continue
        m = rx.search(core)
        if m is None:
            continue
        facts.weapon_at, facts.weapon, facts.act = m.span(), weapon, True
        facts.strong = not (
            lx.METAPHOR.search(core[max(0, m.start() - 60) : m.end() + 60])
            or lx.NOT_A_PERSON.search(core, max(0, m.start() - 50), m.start())
            or _negated(core, m.start())
        )
        return


def _all_weapons(core: str, low: str) -> list[tuple[int, int, Weapon]]:
    found = []
    for weapon, rx in lx.WEAPON_RES:
        if lx.has_any(low, weapon.hints) and (m := rx.search(core)):
            found.append((m.start(), m.end(), weapon))
    return sorted(found, key=lambda f: f[0])


def _is_trigger(facts: _Facts, core: str) -> bool:
    if not facts.strong or facts.weapon_at is None:
        return False
    start, end = facts.weapon_at
    if _clause_blocked(core, start) or _a_tally(facts, core, start, end) or _not_an_attack(facts, core):
        return False
    return _reported_as_happened(facts, core, start, end)


def _a_tally(facts: _Facts, core: str, start: int, end: int) -> bool:
    """Several attacks counted or summed up, not one reported."""
    if facts.background and core[end - 1 : end] == "s":
        return True  # plural attack words with `depuis`: a statistic, not one attack
    if lx.COUNTED.search(core[max(0, start - 30) : end]):
        return True  # `33.769 attentats ont eu lieu`: a count of attacks, an aggregate when it has a period
    if facts.background and not (facts.date and facts.date.precision == "day"):
        return True  # `depuis le début de l'année, cinq ... ont été tués`: a tally, not one attack
    if facts.background and lx.PLURAL_ATTACKS.search(core):
        return True  # `depuis un an, des dizaines d'attaques ...`: a tally, not one attack
    # `des attentats commis en France`, `les attaques d'août 2017`: several, unless dated to the day
    return bool(
        facts.weapon
        and facts.weapon.name is None
        and core[end - 1 : end] == "s"
        and (facts.date is None or facts.date.precision != "day")
    )


def _not_an_attack(facts: _Facts, core: str) -> bool:
    """Force used by police or at protests, the attacker shot, habits: violence, but not an attack to report."""
    weapon = facts.weapon.name if facts.weapon else None
    if weapon == "arme à feu" and lx.POLICE_FIRE.search(core):
        return True  # police shootings are not attacks
    if weapon in lx.CROWD_WEAPONS and lx.PROTEST.search(core):
        return True  # shots and blasts at protests: who fired, at whom, is rarely said
    if weapon == "arme à feu" and lx.ATTACKER_SHOT.search(core):
        return True  # the attacker shot while being stopped: not a second attack
    return bool(lx.POLICE_KILL.search(core) or lx.HABITUAL.search(core))


def _reported_as_happened(facts: _Facts, core: str, start: int, end: int) -> bool:
    """An act, a toll, a realised verb, or a launch verb next to the attack word: it happened."""
    if facts.act:
        return True
    tolled = any(c.count for c in facts.killed + facts.injured)
    if facts.bare:
        return _bare_reported(facts, core, start, end, tolled)
    if tolled and not facts.background and not lx.GENERIC_PLURAL.search(core, max(0, start - 8), end):
        return True
    for m in lx.REALIZED.finditer(core):
        if not _negated(core, m.start()):
            return True
    needs_target = facts.weapon is not None and facts.weapon.name in lx.NEEDS_TARGET
    for m in lx.LAUNCHED.finditer(core):
        # `ont mené un raid` (the weapon is the object) or `l'attaque a été menée` (its passive subject)
        object_of = 0 <= start - m.end() < 30
        subject_of = 0 <= m.start() - end < 40 and "été" in m.group()
        reported = (object_of or subject_of) and not _negated(core, m.start())
        if reported and (not needs_target or lx.AIMED.search(core, m.end())):
            return True
    return False


def _bare_reported(facts: _Facts, core: str, start: int, end: int, tolled: bool) -> bool:
    """`une attaque ... tuant cinq personnes`, `l'attaque a été perpétrée dimanche`: a bare attack noun reports an
    attack when a toll or a realised verb is close to it; `a lancé une attaque` only against guarded places or
    people."""
    near = core[max(0, start - _BARE_REACH) : end + _BARE_REACH]
    if lx.VAGUE_TOLL.search(near):
        return True
    if tolled and lx.CASUALTY_WORDS.search(near) and not lx.GENERIC_PLURAL.search(core, max(0, start - 8), end):
        return True
    for m in lx.REALIZED.finditer(near):
        if not _negated(near, m.start()):
            return True
    for m in lx.LAUNCHED.finditer(core):
        if 0 <= start - m.end() < 30 and not _negated(core, m.start()) and lx.ASSAILED_OR_ARMED.search(core):
            return True
    return False


def _clause_blocked(text: str, at: int) -> bool:
    left = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    right_candidates = [i for i in (text.find(",", at), text.find(";", at)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    clause = text[left + 1 : right]
    # The verb of a sentence can sit after a comma-bounded subject (`Deux roquettes, tirées de X, ont ...`).
    return bool(lx.BLOCKED.search(clause))


def _read_aggregate(facts: _Facts, text: str, low: str) -> None:
    if not lx.has_any(low, lx.GATE_AGGREGATE):
        return
    m = lx.AGG_ORDINAL.search(text) if (lx.has_any(low, lx.GATE_ORDINAL) or re.search(r"\d(?:e|th)\b", low)) else None
    if m and not lx.METAPHOR.search(text):
        value = parse_ordinal(m.group("ord"))
        if value and value >= 2:
            facts.attacks = value
    if facts.attacks is None and ("depuis" in low or "since" in low):
        m = lx.AGG_COUNT.search(text)
        if m and not lx.METAPHOR.search(text):
            value = parse_number(m.group("num"))
            facts.attacks = value if value and value >= 2 else None
    if facts.attacks:
        part = lx.AGG_PART.search(text)
        if part:
            num = parse_number(part.group("num") or part.group("num2"))
            weapon = canonical_weapon(part.group("weapon") or part.group("weapon2"))
            if num and weapon:
                facts.agg_part = (num, weapon)


def canonical_weapon(word: str) -> str | None:
    """The canonical (French) name of a weapon written in French or English: `rockets` -> `roquette`."""
    for weapon, rx in lx.WEAPON_RES:
        if weapon.name and rx.search(word):
            return weapon.name
    return None


def _count_before(text: str, at: int) -> int | None:
    m = re.search(
        rf"(?:{lx.PFX})?(?!{lx.YEAR})(?P<n>{NUMBER})\s+(?:(?:de|d'|nouveaux|nouvelles|new|autres|other)\s+)?$",
        text[max(0, at - 40) : at],
        _I,
    )
    if not m:
        return None
    return parse_number(m.group("n"))
