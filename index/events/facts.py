"""Casualty figures (with who gives them), claims, suspected and acting actors, targets and places."""

from __future__ import annotations

import re

from ..models import Casualty
from . import gazetteer
from . import lexicon as lx
from .base import _I, _blank, _Facts, _negated
from .dates import _distance
from .gates import Gated, by_first_letter
from .lexicon import (
    ARMED_GROUPS,
    COUNTRY_NAMES,
    DEMONYMS,
    MONTHS,
    NOT_PLACES,
    NUMBER,
    NUMBER_WORDS,
    WEEKDAYS,
    country_of_place,
    fold_name,
    parse_number,
    place_key,
)


def _clauses(text: str) -> list[str]:
    return [c for c in lx.CLAUSE_SPLIT.split(text) if c.strip()]


def _read_casualties(facts: _Facts, text: str) -> None:
    for clause in _clauses(text):
        clause_read = lx.DASHED_ASIDE.sub(
            " ", lx.DONT.sub(_aside_end, lx.SOURCE_FIRST.sub(_blank, lx.WAR_TOLL.sub(_blank, clause)))
        )
        if "qui" in clause_read:
            clause_read = _CLEFT.sub(r"\g<who> ", clause_read)
        if "couple" in clause_read:
            clause_read = _couple_counted(clause_read)
        if " et ses " in clause_read or " et leurs " in clause_read:
            clause_read = _PARENT_AND_CHILDREN.sub(_family_read, clause_read)
        if " ans" in clause_read:
            clause_read = _AGES.sub("", clause_read)
        if "(" in clause_read:
            clause_read = _PLACE_IN_PARENS.sub("", clause_read)
        killed, injured = _clause_casualties(lx.APPOSITION.sub("", lx.WHERE_ASIDE.sub("", clause_read)))
        if killed is None and injured is None:
            continue
        source = _source(clause)
        if killed is not None:
            facts.killed.append(Casualty(count=killed, according_to=source, sentence_id=facts.key))
        if injured is not None:
            facts.injured.append(Casualty(count=injured, according_to=source, sentence_id=facts.key))


def _aside_end(m: re.Match[str]) -> str:
    """`sept autres ont été blessées, dont deux grièvement, a annoncé la police`: the aside goes, the comma before who
    said it stays (not before the rest of the figure's clause: `six personnes, dont un policier, blessées`); the
    subject's last item after it stays too (`six Français, dont quatre femmes, et un Nigérien, ont été tués`)."""
    if m.group("last"):
        return " " + m.group("last")
    return "," if _SAID_AFTER_ASIDE.match(m.string, m.end()) else ""


_SAID_AFTER_ASIDE = re.compile(
    r"\s*(?:selon|d'après|according|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:annoncé|indiqué|précisé|déclaré|affirmé"
    r"|ajouté|rapporté|confirmé|assuré|dit|expliqué|souligné|estimé|signalé)|said|told|reported)\b",
    _I,
)


def _couple_counted(clause: str) -> str:
    """`un couple de policiers a été assassiné`, `un couple et ses trois enfants tués par balle`: a couple is two
    people, read as `deux policiers`, `5 enfants` (with the figure of those named after it by whose they are), `deux
    personnes` (and `deux personnes et sa fille`, which the subject's sum counts as three)."""
    return _COUPLE.sub(_couple_read, clause)


def _couple_read(m: re.Match[str]) -> str:
    if m.group("of"):
        return "deux "
    if m.group("n"):
        return f"{2 + (parse_number(m.group('n')) or 0)} "
    return "deux personnes"


# `une mère et ses trois filles`, `un père de 40 ans et ses deux enfants`: one parent and the children counted after
# it, read as `4 filles` (the parent with them), where the figure alone would leave the parent out.
_PARENT_AND_CHILDREN = re.compile(
    r"\b(?:une?|la|cette)\s+(?:mère|père|maman|papa|grand-mère|grand-père)(?:\s+de\s+famille)?"
    rf"(?:,?\s+(?:âgée?\s+)?de\s+\d{{1,3}}\s+ans,?)?\s+et\s+(?:ses|leurs)\s+(?P<n>{NUMBER})\s+"
    r"(?=(?:jeunes\s+|petits?-)?(?:enfants|filles|fils|garçons|fillettes)\b)",
    _I,
)


def _family_read(m: re.Match[str]) -> str:
    return f"{1 + (parse_number(m.group('n')) or 0)} "


def couple_people(subject: str) -> int | None:
    """The people a victims' subject that opens with a couple counts (`un couple de policiers`: two, `un couple et
    ses trois enfants`: five); None when no couple opens it."""
    opening = _COUPLE.search(subject)
    return _sum_items(_couple_counted(subject[opening.start() :])) if opening else None


# `deux adolescents de 15 et 16 ans`, `deux femmes, âgées de 70 et 75 ans,`: the ages of the people counted (not a
# second item of the subject), dropped with the commas around them.
_AGES = re.compile(r",?\s+(?:âgée?s\s+)?de\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s+et\s+\d{1,3}\s+ans\b,?", _I)
# `Deux surveillants de la prison de Condé-sur-Sarthe (Orne) ont été poignardés`: the department or region that
# places a town named in the subject, a name with no figure in it, dropped with the parentheses.
_PLACE_IN_PARENS = re.compile(r"\s*\((?-i:[A-ZÀ-Þ])[^\W\d]*(?:[\s'-]+[^\W\d]+){0,4}\)", _I)
# `un couple`, `ce couple de retraités` (the `de` dropped), `un couple et ses trois enfants` (the children's figure
# taken), not `le couple-vedette`.
_COUPLE = re.compile(
    r"\b(?:un|le|ce)\s+couple\b(?:(?P<of>\s+(?:de\s+|d')(?=[^\W\d]))"
    rf"|\s+et\s+(?:ses|leurs)\s+(?P<n>{NUMBER})\s+|(?![\w-]))",
    _I,
)


# `ce sont plus de 30 personnes qui ont été tuées`: the cleft toll read as `plus de 30 personnes ont été tuées`.
_CLEFT = re.compile(r"\b(?:ce sont|c'est)\s+(?P<who>(?:[\w'-]+\s+){1,4}?)qui\s+(?=(?:ont|a|sont|est)\s)", _I)


def _clause_casualties(clause: str) -> tuple[int | None, int | None]:
    starts = _number_starts(clause)
    killed = _killed_figure(clause, starts)
    wounded = lx.SUCCUMBED.sub(_blank, clause)
    hurt = lx.BESIDES.sub(_blank, wounded) if "utre" in clause or "besides" in clause else wounded
    injured = _injured_figure(hurt, starts if hurt == clause else _number_starts(hurt))  # mostly the clause itself
    graded = _graded_injured(clause) or _stabbed(clause, alone=killed is None)
    if graded is not None:
        injured = max(injured or 0, graded)
    if ("bilan" in clause or "toll" in clause) and (toll := lx.TOLL.search(clause)):
        killed = max(killed or 0, parse_number(toll.group("n")) or 0)
    if "nombre d" in clause and (counted := lx.TOLL_NUMBER.search(clause)):
        figure = parse_number(counted.group("n") or counted.group("n2")) or 0
        if (counted.group("kind") or counted.group("kind2")) == "blessés":
            injured = max(injured or 0, figure)
        else:
            killed = max(killed or 0, figure)
    others = lx.KILLED_WITH_OTHERS.search(clause)
    if others and (n := parse_number(others.group("n") or others.group("n2"))) is not None:
        killed = max(killed or 0, n + 1)
    if killed is None and ("victime" in clause or "corps" in clause) and (victims := lx.KILLED_VICTIMS.search(clause)):
        killed = parse_number(victims.group("n") or victims.group("n2"))
    if killed is None:
        killed = _victims_named(clause)
    if killed and ("vec" in clause or "insi qu" in clause or "with" in clause):
        killed = _with_companions(clause, killed)
    if injured is None and (one := lx.INJURED_ONE.search(clause)) and not _negated(clause, one.start()):
        injured = 1
    if injured is None and ("hospitalis" in clause or "soign" in clause or "hôpita" in clause):
        injured = _hurt_by_care(clause, killed)
    injured = _second_part(clause, injured)
    killed, injured = _some_wounded_died(clause, killed, injured)
    return _nobody(clause, killed, injured)


def _some_wounded_died(clause: str, killed: int | None, injured: int | None) -> tuple[int | None, int | None]:
    """`L'un des quatre policiers blessés ... est décédé`: one dead and three wounded (else the figures read so far)."""
    died = lx.SOME_OF_THE_WOUNDED_DIED.search(clause) if " des " in clause else None
    if died is None:
        return killed, injured
    dead = 1 if died.group("one") else parse_number(died.group("k"))
    wounded = parse_number(died.group("n"))
    if dead is None or wounded is None or not 0 < dead < wounded:
        return killed, injured
    return dead, wounded - dead


def _second_part(clause: str, injured: int | None) -> int | None:
    """The wounded figure read, with the second part of the wounded counted after it added (`wounded_parts`)."""
    parts = wounded_parts(clause) if injured else None
    return injured + parts[1] if parts and injured and parts[0] == injured else injured


def wounded_parts(text: str) -> tuple[int, int] | None:
    """`Dix blessés ont été transférés vers des hôpitaux et 32 ont été soignés sur place`, `209 blessés civils et 194
    parmi les forces de l'ordre`: the two parts of a wounded count told in two (None: not so told)."""
    if not any(cue in text for cue in _SECOND_PART_CUES):
        return None
    for m in lx.WOUNDED_IN_TWO_PARTS.finditer(text):
        first, more = parse_number(m.group("n")), parse_number(m.group("more"))
        if first and more:
            return first, more
    return None


_SECOND_PART_CUES = ("sur place", "sur les lieux", "parmi les", "on site", "at the scene")


def _graded_injured(clause: str) -> int | None:
    """`deux blessés graves et cinq blessés légers`: the wounded of each grade added up (not a part of a whole told
    before it, as in `sept blessés dont deux grièvement`)."""
    if not (lx.GRADED_SEVERE_WORD.may_match(clause) and lx.GRADED_LIGHT_WORD.may_match(clause)):
        return None  # no match of both grades can be in it
    if lx.INCLUDING.search(clause):
        return None
    grades = list(lx.GRADED_INJURED.finditer(clause))
    if not (any(m.group("severe") for m in grades) and any(m.group("light") for m in grades)):
        return None
    return sum(parse_number(m.group("n")) or 0 for m in grades)


def _stabbed(clause: str, alone: bool) -> int | None:
    """`trois Français ont été poignardés`: wounded. One person stabbed counts only in a clause that kills nobody
    (`alone`), as the subject's last item: `un incident ..., un policier a été poignardé` is one, not two."""
    if "poignard" not in clause and "stabbed" not in clause:
        return None
    counts = []
    for m in lx.STABBED_SUBJ.finditer(clause):
        first = parse_number(_first_number(m.group())) or 0
        if first > 1:
            counts.append(_subject_total(clause, m) or 0)
        elif first == 1 and alone:
            last = (m.group("subj") or m.group("single") or "").rsplit(",", 1)[-1]
            one = len(_SUBJECT_ITEMS.split(last.strip())) == 1 and parse_number(_first_number(last)) == 1
            if one and not _COLLECTIVE.search(last):
                counts.append(1)
    return max(counts, default=None) or None


# `une famille a été poignardée`: one group, several people.
_COLLECTIVE = re.compile(r"\b(?:famille|groupe|foule|couple|bande|patrouille|family|group|crowd|couple)\b", re.I)


def _first_number(text: str) -> str:
    m = re.search(lx.NUMBER, text, _I)
    return m.group() if m else ""


def _victims_named(clause: str) -> int | None:
    """`a tué le général X et son lieutenant`, `avant de poignarder à mort une femme`: one per victim named."""
    named = lx.KILLED_NAMED.search(clause) or lx.KILLED_NAMED_AFTER.search(clause)
    if named:
        obj = named.group("obj") or named.groupdict().get("obj2") or ""
        if lx.ATTACKER_FIRST.match(obj) or lx.AIRCRAFT_OBJECT.match(obj):
            return None  # `la police a abattu le tireur`: the attacker's death, not the attack's toll; nor an aircraft
        return 1 + len(lx.CONJUNCT.findall(re.split(r"\s+(?:à|in|at|près|dans|lors)\s", obj)[0]))
    if "et" in clause and (pair := lx.KILLED_PAIR.search(clause)):
        return 1 + len(re.findall(r",|\bet\b", pair.group("subj")))  # `sa mère et sa soeur ont été assassinées`
    if (one := lx.KILLED_ONE.search(clause)) and not _negated(clause, one.start()):
        # `L'assaillant a été tué par la police`, `un agent a été poignardé et l'assaillant a été abattu`; `l'avion a
        # été abattu`: no one in the toll
        subject = _SUBJECT_START.split(clause[: one.start()])[-1]
        return None if lx.ATTACKER_FIRST.match(subject) or lx.AIRCRAFT_SUBJECT.search(subject) else 1
    return None


# Where the subject of a clause's last verb starts: after a comma or a joined clause (`et l'assaillant a été tué`).
_SUBJECT_START = re.compile(r",|;|\b(?:et|puis|mais|and|then|but)\s")


def _hurt_by_care(clause: str, killed: int | None) -> int | None:
    """The people hospitalised or treated, counted as wounded where the clause says they were hurt (`soignés pour des
    blessures`) or counts them as others beside its dead (`sept tués, et une cinquantaine d'autres hospitalisés`): not
    the ill, nor people treated for smoke."""
    for m in lx.HURT_BY_CARE.finditer(clause):
        if "blessure" in m.group("rest") or (killed and "autre" in m.group("who")):
            return parse_number(m.group("n"))
    return None


def _with_companions(clause: str, killed: int | None) -> int | None:
    """`a été tué ..., avec son garde du corps`: the figure and one more per companion killed with the victims."""
    if not killed or not (m := lx.KILLED_WITH_COMPANIONS.search(clause)):
        return killed
    return killed + 1 + len(re.findall(r"(?:,|\bet\b|\band\b)\s+(?:son|sa|leur|his|her|their)\b", m.group("items")))


def _nobody(clause: str, killed: int | None, injured: int | None) -> tuple[int | None, int | None]:
    """0 where the clause says nobody was killed or hurt (`ni morts ni blessés`, `sans toutefois faire de blessés`)."""
    if _says_nobody(clause, lx.ZERO_BOTH):
        killed = killed if killed else 0
        injured = injured if injured else 0
    if killed is None and (_says_nobody(clause, lx.ZERO_KILLED) or _says_nobody(clause, lx.ZERO_KILLED_SOFT)):
        killed = 0
    if injured is None and (_says_nobody(clause, lx.ZERO_INJURED) or _says_nobody(clause, lx.ZERO_INJURED_SOFT)):
        injured = 0
    return killed, injured


def _says_nobody(clause: str, zero: Gated) -> bool:
    """`pas de victimes`, but not `pas de victimes côté israélien`: nobody on one side says nothing of the other's."""
    return any(not lx.ON_ONE_SIDE.match(clause, m.end()) for m in zero.finditer(clause))


def _figure(clause: str, starts: list[int], subject: Gated, obj: Gated, noun: Gated) -> int | None:
    """The highest figure a clause gives; patterns starting with a figure are tried only where a figure starts."""
    values: list[int] = []
    covered = -1
    reach = subject.last_literal(clause)  # most figures have no verb of the subject's after them
    for start in starts:
        if start < covered:
            continue
        m = subject.match(clause, start) if start <= reach else None
        if m and not lx.TALLY.match(clause, m.end()):
            covered = m.end()
            total = _subject_total(clause, m)
            if total is not None:
                values.append(total)
            continue
        m = noun.match(clause, start)
        if m and not lx.TALLY.match(clause, m.end()):
            value = parse_number(m.group("n"))
            if value is not None:
                values.append(value)
    for m in obj.finditer(clause):
        value = parse_number(m.group("n"))
        if value is not None:
            more = _MORE_VICTIMS.match(clause, m.end()) if " et " in clause or " and " in clause else None
            if more and not lx.TALLY.match(clause, more.end()):
                value += parse_number(more.group("n")) or 0  # `tuant dix civils et un policier`: eleven
            values.append(value)
    return max(values) if values else None


# `tuant dix civils et un policier`, `coûté la vie à six de nos soldats et à deux civils`: a second group of
# victims, of other people, after the first one's noun.
_MORE_VICTIMS = re.compile(
    rf"\s+(?:[^\W\d]+\s+){{1,3}}?(?:et|and)\s+(?:à\s+|to\s+)?(?:{lx.PFX})?(?P<n>{NUMBER})\s+"
    rf"(?!(?:{lx.NOT_PEOPLE}|autres?|others?|nombre|number"
    r"|\w*ièmes?|second|third|fourth|blessée?s?|wounded|injured|hurt|morts?|dead|personnes? blessée?s?)\b)[^\W\d]{3,}",
    re.IGNORECASE,
)


def _subject_total(clause: str, m: re.Match[str]) -> int | None:
    """The people a subject counts (`sept militaires, un policier et six civils`, `N ... ainsi que M autres`), the
    attackers' own dead left out (None when it counts only them)."""
    dead: str | None = m.group("subj") or m.group("single")
    if lx.GROUP_DEAD_TOO.match(m.group()) or (dead and lx.AIRCRAFT_COUNTED.match(_SUBJECT_ITEMS.split(dead)[-1])):
        return None  # the attackers' own dead, or aircraft shot down (`Un drone américain a été abattu`)
    if dead and lx.ATTACKERS_COUNTED.search(dead):
        dead = _victims_only(dead)  # `29 personnes ainsi que 10 assaillants`: the 29 only
    total = _sum_items(dead) if dead else None
    also = lx.ALSO.match(clause, m.end())
    if also and total is not None:
        total += parse_number(also.group("n")) or 0
    return total


def _victims_only(subject: str) -> str | None:
    """The items of a listed subject that are not the attackers (`29 personnes ainsi que 10 assaillants` -> `29
    personnes`); None when the attackers come first or alone (their own dead, not the toll)."""
    items = _SUBJECT_ITEMS.split(subject)
    if lx.ATTACKERS_COUNTED.search(items[0]):
        return None
    return " et ".join(item for item in items if not lx.ATTACKERS_COUNTED.search(item))


_SUBJECT_ITEMS = re.compile(r"\s*(?:,|\bet\b|\band\b|\bainsi que\b|\bde même que\b|\bas well as\b)\s*")


def _killed_figure(clause: str, starts: list[int]) -> int | None:
    killed = _higher(
        _figure(clause, starts, lx.KILLED_SUBJ, lx.KILLED_OBJ, lx.KILLED_NOUN), lx.KILLED_OBJ_DATED, clause
    )
    for m in lx.KILLED_OF.finditer(clause):
        # several dead (one is told by the victim's name), not a tally, nor deaths averted or other dead dating this
        n = parse_number(m.group("n")) or 0
        if (
            n > 1
            and not lx.TALLY.match(clause, m.end())
            and not _NOT_ITS_DEAD.search(clause, max(0, m.start() - 14), m.start())
        ):
            killed = max(killed or 0, n)
    if killed and ("autres" in clause or "others" in clause) and (others := lx.KILLED_THE_OTHERS.search(clause)):
        killed += parse_number(others.group("n")) or 0  # `tuant cinq d'entre eux et ont abattu les deux autres`
    return killed


# `a permis d'éviter la mort de 3 millions de personnes`: deaths that did not happen; `survenue quelques heures avant la
# mort de 32 personnes`: the dead of another event, told as a point in time.
_NOT_ITS_DEAD = re.compile(
    r"\b(?:éviter|empêcher|prevent|avoid|avert|avant|après|depuis|before|after|since|following|suite à"
    r"|lendemain de|veille de)(?:ed|ing)?\s*$",
    re.IGNORECASE,
)


def _injured_figure(clause: str, starts: list[int]) -> int | None:
    return _higher(
        _figure(clause, starts, lx.INJURED_SUBJ, lx.INJURED_OBJ, lx.INJURED_NOUN), lx.INJURED_OBJ_DATED, clause
    )


def _higher(value: int | None, rx: Gated, clause: str) -> int | None:
    """The figure read so far, or a higher one that `rx` finds (`a tué lundi cinq personnes`)."""
    if not lx.has_any(clause.lower(), lx.WHEN_HINTS):
        return value
    for m in rx.finditer(clause):
        found = parse_number(m.group("n"))
        if found is not None and (value is None or found > value):
            value = found
    return value


def _number_starts(text: str) -> list[int]:
    """Where a figure may start: a digit or a number word (`deux`, `vingt-deux`, `une dizaine`). Only the tokens
    `_MAY_OPEN_FIGURE` finds are read, not every word of the clause."""
    return [m.start() for m in _MAY_OPEN_FIGURE.finditer(text) if opens_figure(m.group())]


def opens_figure(token: str) -> bool:
    """Whether a token (`lx.TOKEN`) opens a figure: a digit, a number word (`deux`, `vingt-deux`: a token holds no
    apostrophe, its first part ends at a hyphen), or `a` (`a dozen`)."""
    low = token.lower()
    return low[0].isdigit() or low.split("-", 1)[0] in NUMBER_WORDS or low in lx.APPROX_HEADS


# A token (`lx.TOKEN`, `[\w-]+`) that may open a figure: one opening with anything but a plain letter (a digit, an
# accented letter: each is then read by `opens_figure`), or with a number word or `a`, in any case, up to a hyphen or
# the token's end. Every token `opens_figure` keeps is one of these; most words are not.
_MAY_OPEN_FIGURE = re.compile(
    r"(?<![\w-])(?=[^\W_a-zA-Z]|(?:"
    + by_first_letter([(sorted({*NUMBER_WORDS, *lx.APPROX_HEADS}, key=len, reverse=True), "")])
    + r")(?!\w))[\w-]+"
)


_POSSESSED = re.compile(lx.POSSESSED_ITEM + "$", _I)


def _sum_items(subject: str) -> int | None:
    total = 0
    found = False
    for item in re.split(r"\s*(?:,|\bet\b|\band\b)\s*", subject):
        if found and _POSSESSED.match(item):
            total += 1  # `un imam et son assistant`: the second one named by whose he was
            continue
        m = re.match(rf"(?:{lx.PFX})?(?P<n>{NUMBER})", item, _I)
        if m:
            value = parse_number(m.group("n"))
            if value is not None:
                total += value
                found = True
    return total if found else None


def _source(clause: str) -> str | None:
    m = lx.SOURCE_SELON.search(clause)
    if m:
        return _clean_name(m.group("acr") or m.group("src"))
    m = lx.SOURCE_SAID_THAT.search(clause)
    if m:
        return _clean_name(m.group("src"))
    m = lx.SOURCE_POSTPOSED.search(clause)
    if m:
        name = _clean_name(m.group("src") or m.group("src2"))
        return None if name and fold_name(name) in ("il", "elle", "he", "she", "they", "it") else name
    return None


def _clean_name(name: str | None, max_words: int = 8) -> str | None:
    if not name:
        return None
    name = lx.CHANNEL.sub("", lx.DETERMINER.sub("", name.strip(" ,.;:«»\"'")))
    words = name.split()
    if not words:
        return None
    return " ".join(words[:max_words])


def _read_claim(facts: _Facts, text: str) -> None:
    for clause in _clauses(text):
        if lx.HABITUAL.search(clause):
            continue
        if lx.CLAIM_FALSE.search(clause):
            facts.claimed = False
            return
        by = lx.CLAIM_BY.search(clause)
        subject = lx.CLAIM_SUBJECT.search(clause)
        if by or subject or lx.CLAIMED.search(clause):
            facts.claimed = True
            named = by or subject
            facts.claimed_by = _clean_name(named.group("by"), 6) if named else None
            return


def _read_suspect(facts: _Facts, text: str) -> None:
    m = lx.SUSPECT.search(text)
    if m:
        who = _clean_name(m.group("who") or m.group("who2") or m.group("who3") or m.group("who4"), 8)
        facts.suspected_actor = None if who and lx.PERPETRATOR_ROLE.search(who) else who


def _read_actor(facts: _Facts, core: str) -> None:
    by_state = facts.weapon is not None and facts.weapon.name in lx.STATE_WEAPONS
    actor = _demonym_next_to_weapon(core, facts.weapon_at) if by_state else None
    if actor is None:
        m = lx.ACTOR_SUBJECT.search(core)
        if m:
            actor = _actor_name(m.group("who"))
    if actor is None:
        m = lx.ACTOR_AGENT.search(core)
        if m:
            actor = _clean_name(m.group("who"), 5)
    if actor is None:
        for m in lx.ACTOR_FORCES.finditer(core):
            actor = _country_of_demonym(m.group("dem") or m.group("dem2") or m.group("dem3"))
            if actor:
                break
    if actor is None:
        return
    if lx.HEDGED.search(core):
        facts.suspected_actor = facts.suspected_actor or actor
    else:
        facts.actor = actor


def _demonym_next_to_weapon(text: str, at: tuple[int, int] | None) -> str | None:
    if at is None:
        return None
    for word in text[at[1] :].split()[:2]:  # `drone américain`, `raid aérien russe`
        country = _country_of_demonym(word.strip(",.;"))
        if country:
            return country
    for word in text[: at[0]].split()[-2:]:  # `U.S. drone strike`, `Israeli air strikes`
        country = _country_of_demonym(word.removesuffix("-led"))
        if country:
            return country
    return None


def _country_of_demonym(word: str | None) -> str | None:
    if not word:
        return None
    word = word.rstrip(".") + ("." if word.endswith("S.") else "")
    return DEMONYMS.get(word) or DEMONYMS.get(fold_name(word))


def _actor_name(raw: str) -> str | None:
    name = _clean_name(raw, 5)
    if not name:
        return None
    country = COUNTRY_NAMES.get(fold_name(name))
    if country:
        return country
    return name if re.fullmatch(rf"(?:{ARMED_GROUPS})(?:\s+\w+)?", name, _I) else None


def _target(core: str) -> str | None:
    m = lx.TARGET.search(core)
    while m is not None and lx.NOT_TARGET_BEFORE.search(core, max(0, m.start() - 30), m.start()):
        m = lx.TARGET.search(core, m.start() + 1)
    if m is None:
        return _named_victims(core)
    np = m.group("np")
    end = lx.TARGET_END.search(np)
    np = np[: end.start()] if end else np
    parts = [p.strip() for p in np.split(",")]
    kept = [parts[0]]
    for part in parts[1:]:
        if not lx.DETERMINER.match(part) or not part:
            break
        kept.append(part)
    np = ", ".join(kept)
    cut = lx.TARGET_CUT.search(np, 3)
    np = np[: cut.start()] if cut else np
    return _clean_name(np, 16)


def _named_victims(core: str) -> str | None:
    m = lx.KILLED_NAMED.search(core)
    if not m:
        return None
    obj = re.split(r"\s+(?:à|in|at|près|dans|lors)\s", m.group("obj") or m.group("obj2"))[0]
    return _clean_name(obj, 14)


# A place named this far (characters) from the attack word belongs to another clause: a press conference, an arrest.
_PLACE_REACH = 160


def _location(core: str, anchor: tuple[int, int] = (0, 0)) -> tuple[str | None, str | None]:
    core = lx.SHOUTED.sub(" ", core)  # feed headers in capitals (`UN HOMME EN FUITE Le 17 ...`) are not places
    core = lx.ELSEWHERE.sub(_blank, core)  # `en provenance de`, `rapatriés en France`: other places than the attack's
    raw = core
    core = lx.PARENTHESES.sub(lambda m: " " * len(m.group()), core)  # `(7h15 en France)`: asides, same length
    facility = lx.FACILITY.search(core)
    relative = lx.RELATIVE.search(core)
    named = [_without_its_victim(m) for m in lx.PREP_PLACE.finditer(core)]  # a country's town is looked for there too
    places = sorted(
        (
            m
            for m in named
            if _is_place(m.group("name"), settled=lx.SETTLEMENT.match(core, m.start()) is not None)
            and not lx.ORG_BEFORE_PLACE.search(core, max(0, m.start() - 30), m.start())
            and not lx.GOVERNMENT_BEFORE.search(core, max(0, m.start("name") - 30), m.start("name"))
            and not _addressed_person(core, m)
            and _distance(m.span(), anchor) <= _PLACE_REACH
            and not lx.CLAUSE_GAP.search(core, min(m.end(), anchor[0]), max(m.start(), anchor[0]))
        ),
        key=lambda m: _distance(m.span(), anchor),
    )
    known = [m.group("name") for m in places if country_of_place(m.group("name"))]
    places = [m for m in places if not _department_of_another_clause(core, m, anchor)]  # its country is still known
    seen = {m.start("name") for m in named}
    settled = lx.SETTLEMENT.search(core)  # read once: the place, or the country of a place we don't know
    settlement = _settlement(core, settled, anchor, places)
    lower = core.lower()
    shops = _shops(core) if lx.has_any(lower, lx.SHOP_HINTS) else []
    spot = _spot(core, anchor, shops) if shops or lx.has_any(lower, lx.SPOT_HINTS) else None
    antecedent = _where_antecedent(core, anchor)
    location: str | None
    if antecedent and not facility and not spot:
        location = antecedent  # `la maison de Mexico où Trotski a été assassiné`, `puis l'Italie, où il a été abattu`
    elif facility:
        location = facility.group("fac") or f"{facility.group('name2')} {facility.group('fac2')}"
        if relative and relative.start() > facility.start():
            location = f"{location}, {relative.group('rel').strip()}"
        elif facility.group("fac") and _is_country_name(facility.group("name")):
            location = _in_its_town(core, facility) or location
    elif spot:
        location = spot  # `sur la plage du Lido`, `sur la célèbre allée des Ramblas de Barcelone`
        known = known or [town for town in [_known_city(core)] if town]  # `les Ramblas, l'artère de Barcelone`
    elif settlement and not (places and _landmark(settlement)):
        location = settlement.group("name")  # `le village de Kadji, près de Tillabéri`: the most precise place
    elif places and (
        town := _spot_before_landmarks(core, anchor, seen, places) or _located_name(core, anchor, seen, places)
    ):
        location = town  # `dans un parc de Reading, à l'ouest de Londres`, `la réserve de Kouré, à 60 km de Niamey`
    elif places:
        precise = [m for m in places if not _is_country_name(m.group("name"))]
        location = _nearest_place(precise or places, anchor)
    else:
        location, landmark = _unplaced_town(core, anchor, seen)
        known = [landmark] if landmark else known
    location = _town_of_country(core, _inner_place(core, location), anchor, named)
    if (location is None or _is_country_name(location)) and "capital" in core:
        location = _capital(core, anchor, location) or location
    country = (_country_in_parentheses(raw, location) or _country_of_settlement(raw, location)) if location else None
    candidates = (
        ([location] if location and not lx.EMBASSY.match(location) else []) + known + _state_after(core, location)
    )
    for candidate in candidates if country is None else []:
        country = country_of_place(candidate)
        if country:
            break
    return location, country or _country_beside(settled, location)


# `tandis qu'à l'île Rousse, en Haute-Corse, ...`: a clause that tells another deed than the one before it.
_ANOTHER_CLAUSE = re.compile(r"\b(?:tandis|alors|pendant)\s+qu(?:e\b|')", re.IGNORECASE)


def _department_of_another_clause(core: str, m: re.Match[str], anchor: tuple[int, int]) -> bool:
    """`Un tireur a abattu un homme dans un bar de la périphérie d'Ajaccio tandis qu'à l'île Rousse, en Haute-Corse,
    un homme a été blessé`: a French department that a `tandis que` (`alors que`, `pendant que`) sets apart from the
    attack word is where the other clause's deed happened, not the attack's place (its country is still France)."""
    if not anchor[1] or not lx.is_french_subdivision(m.group("name")):
        return False
    lo, hi = min(m.end(), anchor[0]), max(m.start(), anchor[0])
    return "qu" in core[lo:hi] and _ANOTHER_CLAUSE.search(core, lo, hi) is not None


def _addressed_person(core: str, m: re.Match[str]) -> bool:
    """`en hommage à Arnaud Beltrame`, `un appel à Nordahl Lelandais`, `s'est confiée à Ruth Elkrief`: a first name and
    a surname that a tribute, an appeal or a confidence is addressed to, and that we know as no place, is a person."""
    name = m.group("name")
    if len(name.split()) < 2 or country_of_place(name):
        return False
    return lx.ADDRESSED_BEFORE.search(core, max(0, m.start("name") - 20), m.start("name")) is not None


def _without_its_victim(m: re.Match[str]) -> re.Match[str]:
    """`la mort à Minneapolis de George Floyd`, `le meurtre aux Etats-Unis de X`: a place we know, then `de` and a name
    that is no place, is the place and whom the act struck; the match is cut to the place."""
    name = m.group("name")
    parts = _OF_NAME.split(name, maxsplit=1)
    if len(parts) < 2 or _is_country_name(name):
        return m
    place, tail = parts  # `Rio de Janeiro` is a place of its own: its key is not Rio's
    if not country_of_place(place) or place_key(name) != place_key(place) or country_of_place(tail):
        return m
    cut = re.compile(re.escape(m.string[m.start() : m.start("name")]) + "(?P<name>" + re.escape(place) + ")")
    return cut.match(m.string, m.start()) or m


_OF_NAME = re.compile(r"\s+(?:de|du|des)\s+|\s+d'")


def _country_beside(settled: re.Match[str] | None, location: str | None) -> str | None:
    """`responsable à Bradost, une communauté de villages de la province d'Erbil`: a place we don't know is in the
    country of the settlement the sentence names beside it, however far from the attack that is."""
    if location is None or settled is None or settled.group("name") == location:
        return None
    return country_of_place(settled.group("name"))


def _in_its_town(core: str, facility: re.Match[str]) -> str | None:
    """`l'ambassade de France à Ouagadougou`: a facility named by its country, with the town it stands in named right
    after it (the country is whose it is, not where): both, joined by `à` (`, in Ouagadougou` too)."""
    town = _TOWN_AFTER.match(core, facility.end())
    if town is None or not lx.is_town(town.group("name")):
        return None
    return f"{facility.group('fac')} à {town.group('name')}"


_TOWN_AFTER = re.compile(rf"\s*,?\s*(?:à|in)\s+(?P<name>{lx.PLACE})")


def _capital(core: str, anchor: tuple[int, int], country: str | None) -> str | None:
    """`dans la capitale afghane`, `in the Afghan capital`, `la capitale` of the one country the sentence names: the
    capital, in the attack's clause (not a landmark: `à 40 km au sud de la capitale`), when the sentence places the
    attack no more precisely than its country (`country`, when it names one)."""
    state = COUNTRY_NAMES.get(fold_name(country).strip()) if country else None
    for m in _CAPITAL.finditer(core):
        if (
            _distance(m.span(), anchor) > _PLACE_REACH
            or lx.CLAUSE_GAP.search(core, min(m.end(), anchor[0]), max(m.start(), anchor[0]))
            or _measured_at(core, m.start())
        ):
            continue
        after = m.group("next") or ""
        if after in _NOT_THE_CAPITAL or after.startswith("d'"):
            continue  # `la capitale économique`, `la capitale de l'Etat de Géorgie`: another town than the country's
        of = _country_of_demonym(after or m.group("dem"))
        if of is None and not m.group("dem"):
            named = lx.countries_named(core)
            of = state or (named.pop() if len(named) == 1 else None)
        if of and (state is None or of == state):
            return lx.capital_of(of)
    return None


# The capital named by its country's adjective, or bare; the words after `capitale` that make it another town's.
_CAPITAL = re.compile(
    r"\bla capitale(?:\s+(?P<next>[\w'-]+))?|\bthe\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?capital\b(?!\s+of\b)"
)
_NOT_THE_CAPITAL = frozenset(
    ("de", "du", "des", "économique", "politique", "régionale", "provinciale", "fédérale", "mondiale", "européenne")
    + ("culturelle", "historique", "administrative", "financière", "religieuse", "spirituelle", "touristique")
)


def _state_after(core: str, location: str | None) -> list[str]:
    """`in Sutherland Springs, Texas`: the state or country a town is named with, after a comma. The town is found
    with `str.find` and the rest matched from there: a pattern built around each town would be compiled anew for
    most articles (0.15 ms a call)."""
    start = core.find(location) if location else -1
    while location and start != -1:
        m = _COMMA_PLACE.match(core, start + len(location))
        if m:
            return [m.group("name")]
        start = core.find(location, start + 1)
    return []


_COMMA_PLACE = re.compile(rf",\s+(?P<name>{lx.PLACE})")


def _where_antecedent(core: str, anchor: tuple[int, int]) -> str | None:
    """The place a relative `où` that tells the attack refers to (`la maison de Mexico où X a été assassiné`): a place
    we know named right before it, when the clause names no place of its own."""
    clause = _WHERE.search(core, max(0, anchor[0] - _PLACE_REACH), anchor[0]) if anchor[1] else None
    end = _SENTENCE_END.search(core, anchor[1])
    if clause is None or lx.PREP_PLACE.search(core, clause.end(), end.start() if end else len(core)):
        return None  # `où il avait stocké des armes en vue de la tuerie qu'il avait planifié à Christchurch`
    name = clause.group("name")
    return name if _is_place(name) and country_of_place(name) else None


# A place name, an aside in brackets, then `où` opening the clause that runs to the attack word (no sentence break).
_WHERE = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'-]+(?:[\s-][A-ZÀ-Þ][\w'-]+)*)\s*(?:\([^()]*\)\s*)?,?\s*\boù\b[^.;:!?]*$")


_SENTENCE_END = re.compile(r"[.;:!?]")


def _spot_before_landmarks(
    core: str, anchor: tuple[int, int], seen: set[int], places: list[re.Match[str]]
) -> str | None:
    """`dans un parc de Reading, à l'ouest de Londres`: the town of the noun the attack is placed in, named before
    places that are all landmarks (not `à 6 km de Kouré, à une heure en voiture de Niamey`: Kouré is the place)."""
    if not all(_measured_from(m) for m in places):
        return None
    town = _town_of_a_noun(core, anchor, seen)
    return town if town and core.find(town) < min(m.start() for m in places) else None


def _unplaced_town(core: str, anchor: tuple[int, int], seen: set[int]) -> tuple[str | None, str | None]:
    """With no place word before a name: the town of the noun the attack is placed in, a name the text locates from a
    landmark (with the landmark, whose country is the place's), or a city we know named anywhere in the sentence."""
    town = _town_of_a_noun(core, anchor, seen)
    if town is None and (town := _located_name(core, anchor, seen, [])):
        return town, _known_city(core)
    return town or _known_city(core), None


def _located_name(core: str, anchor: tuple[int, int], seen: set[int], places: list[re.Match[str]]) -> str | None:
    """`visitaient la réserve de girafes de Kouré, à 60 km au sud-est de Niamey` (or `, dans le sud-ouest du Niger`):
    the complement of the noun the attack is placed in is a place, though we don't know it, when the text goes on to
    say where it lies; the places the sentence names all come after it, as the landmarks it is measured from."""
    if not anchor[1]:
        return None
    for m in _OF_A_NOUN.finditer(core):
        name = m.group("name")
        if (
            m.start("name") in seen
            or _distance(m.span("name"), anchor) > _PLACE_REACH
            or lx.CLAUSE_GAP.search(core, min(m.end(), anchor[0]), max(m.start(), anchor[0]))
            or lx.GOVERNMENT_BEFORE.search(core, max(0, m.start("name") - 30), m.start("name"))
            or not _is_place(name)
            or _is_country_name(name)
            or country_of_place(name)  # a town we know is _town_of_a_noun's
            or not _LOCATED_AFTER.match(core, m.end())
        ):
            continue
        return name if all(p.start() > m.end() for p in places) else None
    return None


# `, à 60 km au sud-est de`, `, au nord de`, `, dans le sud-ouest du`, `, près de`: where the name before lies.
_LOCATED_AFTER = re.compile(
    rf"\s*,\s*(?:à\s+(?:environ\s+|une\s+)?\d+(?:[.,]\d+)?\s*(?:km|kilomètres)\b"
    rf"|(?:au|à l')\s*(?:{lx.DIRECTION})\s+d[eu']|dans\s+(?:le|l')\s*(?:{lx.DIRECTION})\s+d[eu']|près\s+d[e'])",
    re.IGNORECASE,
)


def _measured_from(place: re.Match[str]) -> bool:
    """`à l'ouest de Londres`, `à 60 km de Niamey`: a landmark the place is measured from (`près de Times Square`
    may be the spot itself)."""
    m = _measured_at(place.string, place.start("name"))
    return m is not None and not m.group().lower().startswith(("près", "near"))


def _settlement(
    core: str, settlement: re.Match[str] | None, anchor: tuple[int, int], places: list[re.Match[str]]
) -> re.Match[str] | None:
    """The place the sentence names with a settlement noun (`le village de Kadji`, the SETTLEMENT match), unless a
    place the attack's clause names is nearer the attack (`dans la ville de X, ..., un homme tué par un policier à Y`)
    and not only a landmark (`la ville de X, à proximité de Y, a été frappée`)."""
    if settlement is None or not _is_place(settlement.group("name"), settled=True):
        return None
    nearer = [m for m in places if _distance(m.span(), anchor) < _distance(settlement.span(), anchor)]
    return None if any(not _measured_at(core, m.start("name")) for m in nearer) else settlement


def _landmark(settlement: re.Match[str]) -> bool:
    """`à Talhandak, au nord-ouest de la ville de Tessalit`: the town a place is measured from, not the place."""
    return _measured_at(settlement.string, settlement.start()) is not None


def _measured_at(text: str, at: int) -> re.Match[str] | None:
    """The words right before `at` that measure a place from the name there (`au nord-ouest de`, `à 60 km de`)."""
    return lx.RELATIVE_TO.search(text, max(0, at - _RELATIVE_REACH), at)


# How far before a place's name the words that measure from it may start (characters).
_RELATIVE_REACH = 25


def _town_of_country(
    core: str, location: str | None, anchor: tuple[int, int], named: list[re.Match[str]]
) -> str | None:
    """`tué lundi soir au Bélarus alors que des milliers ... dans les rues à Minsk`: a place that is only a country
    gives way to a town we know in that country, named with a place word in the same sentence (`named`: the matches
    of PREP_PLACE in `core`)."""
    country = COUNTRY_NAMES.get(fold_name(location).strip()) if location else None
    if location is not None and country is None:
        return location
    local = lx.AUTHORITY_OF.search(core)  # `dans le sud de l'Allemagne, a annoncé la police de Aalen`
    if local and _is_place(local.group("name")) and not _is_country_name(local.group("name")):
        town = country_of_place(local.group("name"))
        if country is None or town is None or town == country:
            return local.group("name")
    if country is None:
        return location
    towns = [
        m
        for m in named
        if lx.is_town(m.group("name"))
        and country_of_place(m.group("name")) == country
        and not lx.GOVERNMENT_BEFORE.search(core, max(0, m.start("name") - 30), m.start("name"))
    ]
    return min(towns, key=lambda m: _distance(m.span(), anchor)).group("name") if towns else location


def _spot(core: str, anchor: tuple[int, int], shops: list[re.Match[str]]) -> str | None:
    """The named spot (a beach, a bridge, a square, a street) nearest the attack word, in its clause: the spot's words,
    or the name an apposition sets off as one (`à Las Ramblas, une avenue très touristique`), or a shop or a hotel
    by its own name and town (`dans un supermarché Super U de Trèbes`, `shops`)."""
    spots = [
        m
        for m in [*lx.SPOT.finditer(core), *_apposed_spots(core), *shops]
        if _distance(m.span(), anchor) <= _PLACE_REACH
        and not lx.CLAUSE_GAP.search(core, min(m.end(), anchor[0]), max(m.start(), anchor[0]))
        and not _named_for_a_town(_spot_name(m))
        and (m.groupdict().get("shop") or not _INDEFINITE.search(core, max(0, m.start() - 8), m.start()))
    ]  # `un musée de Lombardie` is in a region; `un supermarché Super U de Trèbes` is that shop
    return _spot_name(min(spots, key=lambda m: _distance(m.span(), anchor))) if spots else None


def _apposed_spots(core: str) -> list[re.Match[str]]:
    """The names set off as a street or a square (SPOT_APPOSED) that are no place we know (not `la Toscane, une place
    forte`)."""
    if "," not in core or not lx.has_any(core, lx.SPOT_APPOSED_NOUNS):
        return []
    return [m for m in lx.SPOT_APPOSED.finditer(core) if country_of_place(m.group("name")) is None]


def _shops(core: str) -> list[re.Match[str]]:
    """The shops, hotels and bars named by their own name and town (SHOP); read where one of their nouns occurs."""
    return [m for m in lx.SHOP.finditer(core) if m.group("adj") is None or _country_of_demonym(m.group("adj"))]


def _spot_name(m: re.Match[str]) -> str:
    """The spot a SPOT or SPOT_APPOSED match names."""
    return m.groupdict().get("name") or m.group()


_INDEFINITE = re.compile(r"\b(?:une?|des|pleine|a|an)\s+$", re.IGNORECASE)


def _named_for_a_town(spot: str) -> bool:
    """`la place de Kaboul`, `avenue de France`: the spot's name is a town or a country we know, no spot's own, or a
    town's district (`la rue du XIXe`); but a street named for a town is that street (`boulevard de Sébastopol`, `rue
    de Strasbourg`: `rue`, not `rues`)."""
    name = fold_name(lx.SPOT_NOUN.sub("", spot)).strip()
    if name in COUNTRY_NAMES or _DISTRICT.match(name):
        return True  # `dans les rue du XIXe arrondissement`: a district of a town
    return lx.is_town(name) and _STREET_NOUN.match(spot) is None


_DISTRICT = re.compile(r"(?:[ivx]+|\d{1,2})(?:e|er|eme)\b")
# The nouns of a street, one alone, whose name after `de` may be a town's (`rue de Strasbourg`).
_STREET_NOUN = re.compile(r"(?:rue|avenue|boulevard|quai|allée|impasse)\s", re.IGNORECASE)


def is_spot(location: str | None) -> bool:
    return bool(location and (lx.SPOT.fullmatch(location) or lx.SHOP.fullmatch(location)))


def place_rank(core: str, location: str | None) -> int:
    """How precise a place is: 0 a country, 1 the region around a town the text leaves unnamed, 2 a town or a region,
    3 a named spot in a town (-1: no place)."""
    if not location:
        return -1
    if _is_country_name(location):
        return 0
    if is_spot(location) or _apposed_spot(core, location):
        return 3
    return 1 if unnamed_town_in(core, location) or _authority_only(core, location) else 2


def _authority_only(core: str, location: str) -> bool:
    """`dans le sud de l'Allemagne, a annoncé la police de Aalen`: the sentence sets the attack in a country and names
    the place only as the town of the authority that gave the news, whose area a town the next sentences name may lie
    in (`dans la commune de X`)."""
    at = core.find(location)
    authority = lx.AUTHORITY_OF.search(core, max(0, at - 40), at + len(location)) if at > 0 else None
    if authority is None or authority.group("name") != location or core.find(location, at + 1) >= 0:
        return False
    return any(_is_country_name(m.group("name")) for m in lx.PREP_PLACE.finditer(core))


def refines(old: str, old_rank: int, new: str, new_rank: int) -> bool:
    """`new` is a more precise place that may lie in `old`: a named spot that names no other town (`la plage du Lido`
    after `Mogadiscio`), or a town named after a sentence left it unnamed in a region (`une station balnéaire de
    Catalogne`, then `à Cambrils`), or a town named in a region we know (`en Floride`, then `à Orlando`)."""
    if old_rank == new_rank == 2 and lx.is_region(old) and not lx.is_region(new):
        return _in_region(old, new)
    if new_rank <= old_rank or new_rank < 2 or old_rank < 1:
        return False  # a country is left to the readers that compare countries
    shop = lx.SHOP.fullmatch(new) if new_rank == 3 else None
    if shop and not lx.is_region(old):  # a shop named with its town lies in that town, not in another
        own = shop.group("shop_town")
        return fold_name(own) == fold_name(old) or place_key(own) == place_key(old)
    if new_rank == 3:  # a spot lies in a town we know, unless it names another one
        key, town = place_key(new), place_key(old)
        return town.startswith("city:") and (not key.startswith("city:") or key == town)
    if old_rank > 1:
        return False
    old_country, new_country = country_of_place(old), country_of_place(new)
    return old_country is None or new_country is None or old_country == new_country


def _in_region(region: str, town: str) -> bool:
    """`town` may lie in `region`: no country of its own other than the region's, and a place, not a country."""
    if _is_country_name(town):
        return False
    theirs, ours = country_of_place(region), country_of_place(town)
    return theirs is None or ours is None or theirs == ours


def unnamed_town_in(core: str, location: str | None) -> bool:
    """`une station balnéaire de Catalogne`: the place read is the region around a town the sentence leaves
    unnamed."""
    at = core.find(location) if location else -1
    return at > 0 and lx.UNNAMED_TOWN.search(core, max(0, at - 60), at) is not None


def _inner_place(core: str, location: str | None) -> str | None:
    """The town the sentence places inside the region chosen (`à Flint dans le Michigan`): the more precise place."""
    m = _containment(core, location)
    return m.group("inner") if m else location


def container_of(core: str, location: str | None) -> str | None:
    """The wider place the sentence puts `location` in (`Port Kantaoui, dans la ville de Sousse` -> Sousse)."""
    for m in _contained(core) if location else ():
        if m.group("inner") == location:
            return m.group("outer")
    return _known_city(core) if _apposed_spot(core, location) else None  # `les Ramblas, l'artère de Barcelone`


def town_beside_spot(core: str, spot: str | None) -> str | None:
    """The town a sentence names in the clause of the named street or square it gives (`sur l'avenue Las Ramblas, à
    Barcelone`, `rue Douls, dans le centre-ville de la ville de Rodez`), the nearest to it, if it is a town we know."""
    at = core.find(spot) if spot else -1
    if spot is None or at < 0:
        return None
    end = at + len(spot)
    town, _ = _location(core[:at] + " " * len(spot) + core[end:], (at, end))
    known = town is not None and (lx.is_town(town) or lx.is_commune(town))  # not `l'attaque de Charlie Hebdo`
    return town if known and place_rank(core, str(town)) == 2 else None


def _apposed_spot(core: str, location: str | None) -> bool:
    """`location` is a name the sentence sets off as a street or a square in a town it names (`à Las Ramblas, une
    avenue ... de Barcelone`): a spot in that town."""
    named = bool(location) and any(m.group("name") == location for m in _apposed_spots(core))
    return named and _known_city(core) is not None


_PLACE_PREPOSITION = re.compile(r"(?:\bà|\bprès d[e']|\bde|\bd'|\bdu|\bdans|\bsur|\bin|\bat|\bnear)\s*$", re.IGNORECASE)


def _containment(core: str, location: str | None) -> re.Match[str] | None:
    for m in _contained(core) if location else ():
        inner = m.group("inner")
        named = _PLACE_PREPOSITION.search(core, max(0, m.start() - 12), m.start())  # `à Flint`, not `Le ministre`
        if m.group("outer") == location and named and _is_place(inner) and not _is_country_name(inner):
            return m
    return None


def _contained(core: str) -> list[re.Match[str]]:
    """Each place the sentence puts in another (`inner`, `outer`): `à Flint dans le Michigan`, `Kabezi, une commune de
    la province de Bujumbura`."""
    return [*lx.CONTAINED.finditer(core), *lx.CONTAINED_BY_APPOSITION.finditer(core)]


def _is_country_name(name: str) -> bool:
    return fold_name(name).strip() in COUNTRY_NAMES


def _country_in_parentheses(text: str, location: str) -> str | None:
    """`Eilat (Israël)`, `Halle (Allemagne)`, `Burlington (nord-ouest des États-Unis)`, `Persan (Val-d'Oise)`: the
    country the text gives for the place (France for a French department or region), before any other named nearby."""
    at = text.find(location)
    m = lx.PAREN_AFTER.match(text, at + len(location)) if at >= 0 else None
    if m is None:
        return None
    said = m.group("c").strip()
    part = lx.PART_OF_COUNTRY.search(said)  # `(nord-ouest des États-Unis)`: the part's country
    named = part.group("c") if part else said
    return COUNTRY_NAMES.get(fold_name(named)) or lx.french_subdivision_country(named)


def _country_of_settlement(text: str, location: str) -> str | None:
    """`le village libanais de Houla`: the country whose adjective the text puts before the place's name."""
    at = text.find(location)
    m = lx.SETTLED_BY_DEMONYM.search(text, max(0, at - 60), at) if at > 0 else None
    return _country_of_demonym(m.group("adj")) if m else None


def _nearest_place(places: list[re.Match[str]], anchor: tuple[int, int]) -> str:
    """The place nearest the attack; a place we know beats a capitalised guess just before it (`Zone verte de
    Bagdad`), not the town that the place we know follows after a comma (`in Sutherland Springs, Texas`), nor the
    town that a French department follows, which is where that town lies (`situé à Malesherbes, dans le nord du
    Loiret`)."""
    nearest = places[0]
    if country_of_place(nearest.group("name")):
        return nearest.group("name")
    city = lx.CITY_MENTION.search(nearest.string, nearest.end(), nearest.end() + 30)
    if (
        city
        and not _measured_at(nearest.string, city.start())
        and nearest.string[nearest.end() : city.start()].strip() != ","
    ):  # `la Zone verte de Bagdad`
        return city.group()
    limit = _distance(nearest.span(), anchor) + 20
    known = [
        m
        for m in places
        if country_of_place(m.group("name"))
        and not lx.is_french_subdivision(m.group("name"))
        and _distance(m.span(), anchor) <= limit
        and not _measured_at(m.string, m.start("name"))
    ]
    return (known[0] if known else nearest).group("name")


def _town_of_a_noun(core: str, anchor: tuple[int, int], seen: set[int]) -> str | None:
    """`dans le métro de Saint-Pétersbourg`, `un centre de désintoxication pour toxicomanes d'Irapuato`, `à son domicile
    de Lanaken`: a town named as the complement of the noun the attack is placed in, the nearest to the attack word in
    its clause, when no place word puts a place there (a town we know, or a name shaped as a French commune's, `à son
    domicile de Beaumont-sur-Oise`: `la mort de George Floyd` names no town). Only near a word that tells the attack:
    a title's or a clause's `l'université de Princeton` places nothing; nor does a name a place word put there that
    was left out already (`seen`: `Après l'attentat de Nice, ...`), nor a noun's town past a semicolon, another
    clause's (`Il est mort dans l'assaut; ses complices avaient été abattus dans un hangar de X`)."""
    if not anchor[1]:
        return None
    towns = [
        m
        for m in _OF_A_NOUN.finditer(core)
        if m.start("name") not in seen
        and _distance(m.span("name"), anchor) <= _PLACE_REACH
        and not lx.CLAUSE_GAP.search(core, min(m.end(), anchor[0]), max(m.start(), anchor[0]))
        and ";" not in core[min(m.end(), anchor[0]) : max(m.start(), anchor[0])]
        and not lx.GOVERNMENT_BEFORE.search(core, max(0, m.start("name") - 30), m.start("name"))
        and _is_place(m.group("name"))
        and (lx.is_town(m.group("name")) or lx.is_commune(m.group("name")))
    ]
    return min(towns, key=lambda m: _distance(m.span("name"), anchor)).group("name") if towns else None


_OF_A_NOUN = re.compile(rf"\b(?:[dD]e\s+|[dD]')(?P<name>{lx.PLACE})")


def _known_city(text: str) -> str | None:
    """A listed city named anywhere in the sentence (`devant un centre éducatif de Kaboul`)."""
    for m in lx.CITY_MENTION.finditer(text):
        if not (
            lx.GOVERNMENT_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or lx.GOVERNMENT_AFTER.match(text, m.end())
        ):
            return m.group()  # `Séoul demande à Pyongyang`: governments, not places
    return None


_GROUP_NAME = re.compile(rf"^(?:{ARMED_GROUPS})$", re.IGNORECASE)


def _is_place(name: str, *, settled: bool = False) -> bool:
    """A name the sentence puts as a place is one, unless it is an armed group, a month, a day, a word we know as no
    place or, alone and never a town or a country we know, a common word (`sur Internet`) that a settlement noun does
    not call a place (`settled`: `dans le quartier de Chelsea`, `la commune de Mission`)."""
    if _GROUP_NAME.match(name):
        return False  # `l'attaque de Daech`: who attacked, not where
    first = name.split()[0]
    if first in NOT_PLACES or fold_name(first) in MONTHS or fold_name(first) in WEEKDAYS:
        return False
    if not settled and name == first and gazetteer.is_common_word(name) and country_of_place(name) is None:
        return False  # `sur Internet`, `dans la Zone`, `au Parisien`: a word or a name, not a place we know
    return _country_of_demonym(first) is None or country_of_place(name) is not None
