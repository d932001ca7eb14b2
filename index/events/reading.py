"""Reading one sentence: is it an attack report, with which weapon, how many attacks, and the facts it states."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..models import Casualty, Sentence
from . import lexicon as lx
from .base import _COUNTABLE, _I, _blank, _Date, _Facts, _negated
from .dates import _read_dates, back_from, months_before
from .facts import (
    _is_country_name,
    _location,
    _read_actor,
    _read_casualties,
    _read_claim,
    _read_suspect,
    _target,
    container_of,
    place_rank,
)
from .gates import Gated
from .gazetteer import fold_name
from .lexicon import (
    NUMBER,
    Weapon,
    country_of_place,
    parse_number,
    parse_ordinal,
)


def _normalise(text: str) -> str:
    """Same length as the text, so that offsets hold: typographic apostrophes and spaces, and the wire's dash glued to
    the word it opens (`Kadhafi --déchu et tué en 2011--`) as a dash between spaces; an embedded video's headline
    (`... par euronews`) blanked."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    if "euronews" in text:
        text = _EMBEDDED_HEADLINE.sub(lambda m: " " * len(m.group()), text)
    return _GLUED_DASH.sub(" – ", text) if " --" in text else text


_GLUED_DASH = re.compile(r" --(?=\w)")
# The headline of a video embedded in the page, glued to its credit (`Une fusillade fait plusieurs morts en
# Allemagnepar euronews (en français)Le tireur ...`): another telling of the story, or another story, never a sentence
# of the article; blanked out.
_EMBEDDED_HEADLINE = re.compile(r"^.*?\w(?:par|by) euronews(?: \([^()]{0,20}\))?", re.IGNORECASE)


def _read(
    sentence: Sentence,
    published: dt.date | None,
    blocked: frozenset[str] = frozenset(),
    year: int | None = None,
    no_year_yet: bool = False,
    dated: int | None = None,
    police_told: bool = False,
) -> _Facts | None:
    """What one sentence tells; `year`, the last year the article wrote before it, dates what a sentence in the
    pluperfect gives as a day without a year (`Le premier, le 22 mars, avait été commis`); with `no_year_yet` (none
    written so far) such a day is the latest before publication; `dated`, the year this sentence or the one before
    wrote after a month, dates a day without a year months back (`Le 7 janvier 2015, ... Le 9 janvier, il tuait`);
    `police_told`: the sentence this side clause was cut from lays a death on the police (`_police_violence_around`)."""
    text = _normalise(sentence.text)
    low = text.lower()
    if (lx.GATE_ANY_FOUND.search(low) is None and not _hyphenated_day(text)) or lx.SET_IN_FICTION.match(text):
        return None  # no attack word; or a story (`Dans la série, un commando tue trente personnes`)
    facts = _Facts(sentence=sentence, text=text, police_told=police_told)
    core, sides, main_clause_end, after_other = _main_clause(facts, text, low, blocked)
    anaphor = lx.ANAPHOR.search(core)
    facts.other = after_other or bool(
        lx.OTHER_EVENT.search(text)
        or lx.LAST_BEFORE.search(text)
        or lx.SAME_PERIOD.search(text)
        or (facts.act and lx.DAYS_LATER.search(text))  # `abattu cinq jours plus tard`: a killing of its own
    )
    facts.restating = not facts.other and bool(lx.RESTATING.search(text))
    # the sentence is searched again only where it differs from its main clause (mostly it is the same text)
    facts.anaphor = not facts.other and (bool(anaphor) or (core != text and bool(lx.ANAPHOR.search(text))))
    facts.anchor = _killing_told_aside(facts, core) or facts.weapon_at or (anaphor.span() if anaphor else (0, 0))
    facts.attack_noun = facts.anaphor or bool(lx.ATTACK_NOUN.search(text))
    facts.plural_anaphor = facts.anaphor and bool(lx.PLURAL_ANAPHOR.search(text))
    facts.pronoun = bool(lx.PRONOUN_START.search(text))
    facts.background = _background(text, low)
    facts.toll_update = bool(lx.TOLL_UPDATE.search(text))
    _read_aggregate(facts, text, low, published)
    facts.campaign = not facts.attacks and (_campaign(core) or _deadly_plural(facts, core))
    compared = lx.COMPARED_EVENT.search(text, facts.anchor[1])
    if compared:  # the toll and day of the attack it is compared with are not its own
        core = core[: compared.start()] + " " * (len(core) - compared.start())
    past = next((m for m in lx.PLUPERFECT.finditer(core) if not lx.SAID_BY.match(core, m.start())), None)
    facts.past = past is not None and not lx.SAID_THAT.search(core, 0, past.start())
    reported = facts.weapon or facts.attacks or facts.campaign or facts.anaphor or facts.pronoun
    casualty_words = lx.has_any(low, lx.GATE_CASUALTY)  # tested once: the dates and the tolls both ask
    if reported or casualty_words:
        # `tirées depuis Gaza`: where from, not since when
        body = lx.FROM_PLACE.sub(_blank, core) if "depuis" in low else core
        _read_dates(facts, body, published, year, no_year_yet, dated)
    if facts.date and facts.weapon_at:
        _own_clause_date(facts, core)
        _judged_murder_date(facts, core, published, year, no_year_yet, dated)
        _recalled_murder_date(facts, core)
    facts.campaign = facts.campaign or (
        not facts.attacks
        and (
            _wave(facts, core, published)
            or _killed_by_a_state(facts, core)
            or _fire_over_period(facts, core, published)
        )
    )
    listed = _blank_enumerations(core)
    if casualty_words:
        _read_casualties(facts, listed)
        facts.campaign = facts.campaign or (
            not facts.attacks
            and (
                _toll_over_period(facts, core, published)
                or _crowd_repressed(facts, core)
                or _killed_over_period(facts, core, published)
                or _plural_tolled(facts, core)
            )
        )
        _deed_before_the_end(facts, core, low)
    facts.victim = _victim(core, facts.weapon_at)
    if facts.strong:
        _told_by_the_act(facts, core)
    if lx.has_any(low, lx.GATE_CLAIM):
        _read_claim(facts, text)
    if lx.has_any(low, lx.GATE_SUSPECT):
        _read_suspect(facts, text)
    if facts.strong and not facts.attacks and lx.has_any(low, lx.GATE_ACTOR + lx.DEMONYM_HINTS):
        _read_actor(facts, core)
    if facts.strong or facts.attacks or facts.campaign:
        facts.target = _target(core)
        told_from, told_until = _told_span(facts, core, main_clause_end)
        told_until = _before_members(facts, core, told_until)
        facts.location, facts.country = _location(_placing(facts, listed[:told_until], told_from), facts.anchor)
        # `les colleuses parisiennes ... 122 féminicides`: the count is the country's, placed in no town
        facts.location = None if facts.national else facts.location
        facts.container = container_of(listed, facts.location)
        facts.place_rank = place_rank(listed, facts.location)
    if facts.weapon and facts.weapon.name in _COUNTABLE and facts.weapon_at:
        facts.count = _count_before(core, facts.weapon_at[0])
    # An act that names its victim (`a été abattu`) is told plainly even in an article about protests.
    facts.trigger = _is_trigger(facts, core) and _allowed(facts, core, blocked, published)
    _child_murder_recalled(facts, core)
    # an attempt on a life recalled from years before is no telling of the attack reported around it
    facts.other = facts.other or (facts.trigger and _attempt_years_before(facts, core, published))
    _read_plural_told(facts, core)
    facts.weapon = _by_air(facts, core)
    facts.means = facts.means or _means_told(facts, core, low)  # the weapon whose verb a charge told (below)
    told = _read_sides(sentence, sides, published, blocked, prior=anaphor is not None, answered=_answered_by(facts))
    named = [n for n in _named_attacks(facts, text, published) if not any(n.text in side.text for side in told)]
    in_list = _listed_attacks(facts, text, published, year) + _killed_then(facts, core, published)
    in_list += _earlier_ones(facts, core)
    in_list += _murders_convicted(facts, core)
    in_list += _named_wave(facts, text, told + named + in_list)
    in_list += _countries_listed(facts, text, told + named + in_list)
    in_list += _targets_listed(facts, text, told + named + in_list, published)
    in_list += _coordinated(facts, text, told + named + in_list, published, year)
    in_list += _phrases_apart(facts, text, low, told + named + in_list, published)
    facts.sides = told + named + in_list  # an attack named inside a side clause read already is that clause's attack
    _suicide_of_the_one_side(facts)
    _date_sides(facts)
    _date_sides_by_day(facts, text, published)
    _place_sides(facts, text)
    _drop_asides(facts, listed)
    facts.sides += _one_each_day(facts, text, published, year)
    facts.sides += _clause_apart(facts, text, published)
    facts.sides += _killed_again_then(facts, text, published)
    facts.sides += _one_each_victim(facts, core, published, year)
    return facts


def _deed_before_the_end(facts: _Facts, core: str, low: str) -> None:
    """`L'auteur de l'attaque a été abattu le 13 décembre par les forces de l'ordre après avoir tué cinq personnes`,
    `il est abattu par la police après avoir tué un homme et blessé quatre personnes`: the end of an attacker (shot
    dead, killed, subdued) told first, then `après avoir` and the killing he did. The sentence tells that killing,
    of which his end is a part (no event of its own, not in its toll): its act and its toll are those the clause
    after `après avoir` tells, its day and place the sentence's. Not when an act or a weapon told before the end is
    another attack the sentence reports (`X a poignardé un surveillant pour venger Y, abattu après avoir tué ...`);
    an attack noun or the attacker's title before it names the attack that end was part of."""
    if "après avoir" not in low:
        return
    end = _END_THEN_DEED.search(facts.text)  # the clause `après avoir ...` is blanked from `core` as a side clause
    if end is None or core[end.start() : end.start("after")] != facts.text[end.start() : end.start("after")]:
        return
    at = facts.weapon_at
    if at is not None and at[0] < end.start() and (facts.act or (facts.weapon and facts.weapon.name)):
        return
    deed = _Facts(sentence=facts.sentence, text=facts.text)
    _read_casualties(deed, " " * end.start("after") + facts.text[end.start("after") :])  # offsets hold
    if not deed.killed:
        return
    facts.weapon, facts.weapon_at, facts.act, facts.strong = lx.AGENT_KILLING, end.span("deed"), True, True
    facts.killed, facts.injured, facts.deed_after_end = deed.killed, deed.injured, True
    if facts.told_from and _location(core[facts.told_from :], (0, 0))[0] is None:
        facts.told_from = 0  # nowhere told after the subject: the attack it names (`L'auteur de l'attaque de X`) is
        # this one, and X places it


# The attacker's end (`a été abattu`, `est abattu`, `, abattu`), a few words (its day, who stopped him, where), then
# `après avoir` and a verb of killing: `a été abattu mardi par la police à Lyon après avoir tué trois passants`.
_END_THEN_DEED = re.compile(
    r"(?:\b(?:a|ont|avait|avaient)\s+été|\b(?:est|sont|fut|furent)|,)\s+(?:\w+\s+)?"
    r"(?:abattue?s?|tuée?s?|neutralisée?s?)\b[^.;:]{0,120}?\b(?P<after>après\s+avoir\s+(?:\w+ment\s+)?"
    r"(?P<deed>(?:tué|abattu|assassiné|massacré|exécuté)\b))",
    _I,
)


def _clause_apart(facts: _Facts, text: str, published: dt.date | None) -> list[_Facts]:
    """`six policiers ont été tués à Kunduz et cinq officiers ont péri lors d'une attaque dans la province de Kapisa`,
    `des militaires ont tiré sur la foule à Istanbul, tandis qu'au moins 17 policiers ont été tués à Ankara`, `un
    policier a été blessé par balle et un manifestant a été abattu au cours d'un autre incident`: a second clause
    joined by `et`, `tandis que` or `alors que`, with its own counted subject and its own verb of killing or
    wounding, tells an attack of its own when the two clauses are placed in two places (neither holding the other),
    or when it says it was another; the sentence keeps the first clause's toll, the second its own. Not `deux
    soldats ont été tués et trois autres ont été blessés à Gao` (one place), nor `deux tués et une troisième
    blessée` (no verb of its own)."""
    if not facts.trigger or facts.weapon_at is None or not lx.has_any(text, _SECOND_CLAUSE_HINTS):
        return []
    second = _SECOND_CLAUSE.search(text, facts.weapon_at[0])
    if second is None or not _FINITE_IN_FIRST.search(text, 0, second.start()):
        return []
    first, rest = text[: second.start()], text[second.start("clause") :]
    item = _Facts(sentence=facts.sentence, text=rest, strong=True, trigger=True, other=True)
    item.location, item.country = _location(rest, (0, 0))
    place, _ = _location(first, facts.weapon_at)
    apart = place and item.location and place not in item.location and item.location not in place
    if (not apart and not lx.OTHER_EVENT.search(rest)) or _SAME_ATTACK.search(rest):
        return []
    _told_apart(facts, item, first, place, published)
    item.date = item.date or facts.date
    return [item]


def _told_apart(facts: _Facts, item: _Facts, first: str, place: str | None, published: dt.date | None) -> None:
    """The second clause `item` of a sentence tells its own attack: its weapon, toll and dates are read from its own
    words, the sentence keeps the first clause's toll (`first`) and place."""
    _read_weapon(item, item.text, item.text.lower())
    _read_casualties(item, item.text)
    _read_dates(item, item.text, published)
    item.country = item.country or facts.country
    facts.killed, facts.injured = [], []
    _read_casualties(facts, first)  # the first clause's toll only
    if place:
        facts.location = place


def _killed_again_then(facts: _Facts, text: str, published: dt.date | None) -> list[_Facts]:
    """`X a tué une policière à Montrouge, puis le 9 janvier, il a exécuté quatre hommes lors de la prise d'otages du
    magasin Y`, `X tuait une policière à Montrouge, puis, le 9 janvier, exécutait quatre hommes`: the killer's second
    killing, joined by `puis` with a day of its own, is an attack of its own, with its own toll and place; the day the
    sentence was dated by, when it is that clause's, is its day, not the first killing's."""
    if not facts.trigger or facts.weapon not in (lx.AGENT_KILLING, lx.NAMED_KILLS) or facts.weapon_at is None:
        return []
    then = _THEN_AGAIN.search(text, facts.weapon_at[1]) if "puis" in text else None
    if then is None:
        return []
    first, at = text[: then.start()], then.start("clause")
    item = _Facts(sentence=facts.sentence, text=text[at:], strong=True, trigger=True, act=True, then=True)
    item.location, item.country = _location(item.text, (0, 0))
    place, _ = _location(first, facts.weapon_at)
    _told_apart(facts, item, first, place, published)
    if facts.date is not None and facts.date.start >= at:
        item.date, facts.date = dataclasses.replace(facts.date, start=facts.date.start - at), None
    return [item]


# `, puis le 9 janvier, il a exécuté`, `, puis, le lendemain, exécutait`: a day of its own, then the same killer's
# verb of killing (the pronoun, or none).
_THEN_AGAIN = re.compile(
    rf",?\s+puis,?\s+(?P<clause>(?:le|dès le)\s+(?:(?:\d{{1,2}}|1er)\s+(?:{lx.MONTH_ALT})(?:\s+(?:19|20)\d\d)?"
    r"|lendemain|surlendemain),?\s+(?:(?:il|elle|ils|elles)\s+)?(?:(?:a|ont|avait|avaient)\s+(?:ensuite\s+)?)?"
    r"(?:tué|abattu|assassiné|exécuté|massacré|tuait|tuaient|abattait|abattaient|assassinait|exécutait|exécutaient"
    r"|tue|tuent|abat|abattent|assassine|exécute|exécutent)\b)",
    _I,
)


def _one_each_victim(facts: _Facts, core: str, published: dt.date | None, year: int | None) -> list[_Facts]:
    """`mis en examen pour les meurtres de X et du caporal Y`, `a avoué les homicides de X et Y`: a plural murder noun
    that names its victims one by one tells one killing each (the sentence's own is the first victim's, the others are
    named beside it), unless a place or a year set right after the list joins them (`le procès pour les meurtres de X
    et Y à Tulle en 1986`: one killing of both, its toll the names counted). A place read before the list is not
    theirs (`disparu en Isère, dans le secteur où il est impliqué dans les meurtres de X et Y`); two years after it
    are each victim's in turn (`les meurtres de X et Y, tuées en 1988 et 1990`)."""
    listed = _victims_listed_at(facts, core)
    if listed is None or not facts.trigger:
        return []
    names = [m.group("name") for m in _LISTED_NAME.finditer(listed.group("list"))]
    if _JOINED.match(core, listed.end()):
        facts.killed = [Casualty(count=len(names), according_to=None, sentence_id=facts.key)]
        return []
    if facts.location and core.find(facts.location, listed.start()) == -1:
        facts.location = None
    dates = _pair_dates(facts, _DAY_PAIR.search(core, listed.end()), published, year) if len(names) == 2 else None
    facts.date = dates[0] if dates else facts.date
    facts.victim, facts.recalled = names[0], True  # a killing named by its victim: not placed by its neighbours
    one = [Casualty(count=1, according_to=None, sentence_id=facts.key)]
    sides = [dataclasses.replace(facts, victim=name, killed=list(one), sides=[], other=True) for name in names[1:]]
    if dates:
        sides[0].date = dates[1]
    return sides


def _victims_listed_at(facts: _Facts, core: str) -> re.Match[str] | None:
    """The victims a plural murder noun names one by one (`les meurtres de X et du caporal Y`), if it does, one of
    them at least by a first name and a surname."""
    at = facts.weapon_at
    if at is None or facts.weapon is not lx.MURDER or _ATTEMPT_BEFORE.search(core, max(0, at[0] - 15), at[0]):
        return None
    listed = _VICTIMS_LISTED.match(core, at[0])
    # first names only (`les meurtres d'Alexandre et Cyril`) remind of victims the article named before
    full = listed and any(" " in m.group("name") for m in _LISTED_NAME.finditer(listed.group("list")))
    return listed if full else None


_ATTEMPT_BEFORE = re.compile(r"\bde\s+$", _I)  # `tentatives de meurtres de X et Y`, `accusé de meurtres de`


# One victim named in a list: a few lowercase words (`la petite`, `caporal`), then a name (`Maëlys de Araujo`).
_LISTED_ONE = (
    r"(?:(?:la|le|l')\s*)?(?:[a-zéèêëàâçîïôûù-]+\s+){0,2}?(?P<name>[A-ZÀ-Þ][\w'-]+(?:\s+(?:de\s+)?[A-ZÀ-Þ][\w'-]+)*)"
)
_LISTED_NAME = re.compile(rf"(?:^|\s*,\s*|\s+et\s+)(?:de\s+|d'|du\s+)?{_LISTED_ONE}")
_LISTED_MORE = _LISTED_ONE.replace("?P<name>", "?:")
# `meurtres de X et du caporal Y`, `homicides de X, Y et Z`: a plural murder noun, then two names or more, the last
# after `et` (not the subject a comma sets after the list: `les meurtres de X et de Y, Z est aussi poursuivi`).
_VICTIMS_LISTED = re.compile(
    rf"(?i:meurtres|homicides)\s+(?:de\s+|d'|du\s+)(?P<list>{_LISTED_MORE}(?:\s*,\s*{_LISTED_MORE})*"
    rf"\s+et\s+(?:de\s+|d'|du\s+)?{_LISTED_MORE})"
)
# A place or a year right after the list: the victims killed together (`à Montigny en 1986`).
_JOINED = re.compile(r"\s+(?:à\s+(?:[A-ZÀ-Þ])|en\s+(?:19|20)\d\d\b)")


# Who a clause's subject may be that is part of the attack told first: its author shot dead at its end.
_ATTACKERS = r"(?:suspects?|assaillants?|agresseurs?|tireurs?|terroristes?|kamikazes?|auteurs?|jihadistes?)\b"
# `et`, `tandis que` or `alors que` opening a clause with a counted subject (none of its words an attacker) and a
# verb of killing or wounding of its own.
_SECOND_CLAUSE = re.compile(
    r"(?:\s+et|,\s*tandis\s+qu(?:e\s+|')|,\s*alors\s+qu(?:e\s+|'))\s*(?P<clause>(?:au\s+moins\s+|plus\s+de\s+)?"
    rf"(?:un|une|{lx.NUMBER})\s+(?:(?!{_ATTACKERS})[\w-]+\s+){{1,3}}?"
    r"(?:a|ont)\s+(?:été\s+)?(?:\w+\s+)?(?:tuée?s?|abattue?s?|blessée?s?|assassinée?s?|péri)\b)",
    _I,
)
_SECOND_CLAUSE_HINTS = (" et ", "tandis qu", "alors qu")
# `lors de la même attaque`, `dans cette attaque`: the second clause tells the first one's attack.
_SAME_ATTACK = re.compile(rf"\b(?:la\s+même|le\s+même|cette|cet|ce)\s+(?:{lx.ATTACK_NOUNS})\b", _I)
# A finite verb in the first clause (it tells its attack on its own).
_FINITE_IN_FIRST = re.compile(r"\b(?:a|ont|avait|avaient|est|sont)\s+(?:été\s+)?\w+", _I)


def _one_each_day(facts: _Facts, text: str, published: dt.date | None, year: int | None) -> list[_Facts]:
    """`un soldat et un adolescent ont été tués mardi et mercredi`, `lundi et mercredi, deux roquettes ont visé la
    base`, `deux hommes décédés aux mains de la police en 2016 et 2017`: two days (or years) joined by `et`, in a
    sentence that counts two (killed, weapons or cases), tell one attack each day: the sentence's own attack is the
    first day's, the second day's is named beside it, each with one of the two killed. Not `au moins 25 personnes
    tuées jeudi et vendredi` (one toll over two days) nor `trois attentats en 2004 et 2005`."""
    date = facts.date
    pair = _DAY_PAIR.search(text) if date is not None and facts.trigger else None
    if date is None or pair is None or not pair.start() <= date.start < pair.end() or not _counts_two(facts, text):
        return []
    dates = _pair_dates(facts, pair, published, year)
    if dates is None:
        return []
    each = [c.model_copy(update={"count": 1}) for c in facts.killed if c.count == 2]
    other = dataclasses.replace(facts, date=dates[1], sides=[], other=True, killed=each or list(facts.killed))
    facts.date = dates[0]
    facts.killed = [c.model_copy() for c in each] or facts.killed
    return [other]


def _pair_dates(
    facts: _Facts, pair: re.Match[str] | None, published: dt.date | None, year: int | None
) -> tuple[_Date, _Date] | None:
    """The two days (or years) of `mardi et mercredi`, `en 2016 et 2017` (_DAY_PAIR), if they are two."""
    if pair is None:
        return None
    second_day = pair.group("second")
    second_day = f"en {second_day}" if second_day[0].isdigit() else second_day  # `en 2016 et 2017`
    first, second = (_Facts(sentence=facts.sentence, text=day) for day in (pair.group("first"), second_day))
    for day in (first, second):
        _read_dates(day, day.text, published, year)
    if first.date is None or second.date is None or first.date.iso == second.date.iso:
        return None
    return dataclasses.replace(first.date, start=pair.start()), second.date


# Two weekdays, or two years, joined by `et` (`mardi et mercredi`, `en 2016 et 2017`).
_DAY_PAIR = re.compile(
    rf"\b(?P<first>{lx.WEEKDAY_ALT}|en\s+(?:19|20)\d\d)\s+et\s+(?:en\s+)?(?P<second>{lx.WEEKDAY_ALT}|(?:19|20)\d\d)\b",
    _I,
)


def _counts_two(facts: _Facts, text: str) -> bool:
    """The sentence counts two: two killed, two weapons fired (`deux roquettes`), or two cases (`deux cas`)."""
    killed = [c.count for c in facts.killed]
    return killed == [2] or facts.count == 2 or _TWO_CASES.search(text) is not None


_TWO_CASES = re.compile(r"\bdeux\s+(?:cas|hommes)\b", _I)


def _killing_told_aside(facts: _Facts, core: str) -> tuple[int, int] | None:
    """`placés en détention jeudi pour le meurtre d'Ahmaud X, 25 ans, tué le 23 février`: a killing named with its
    victim, then told by a participle set off after the name; the attack word reaches to the participle, so that the
    participle's own date, not the arrest's or the protest's, is the nearest."""
    at = facts.weapon_at
    if at is None or facts.weapon not in (lx.MURDER, lx.DEATH_BY_POLICE):
        return None
    aside = _KILLED_ASIDE.match(core, at[1])
    return (at[0], aside.end()) if aside else None


# After the victim's name, a comma and a few words, a participle of killing (`, 25 ans, tué`, `, un Afro-Américain
# asphyxié`).
_KILLED_ASIDE = re.compile(
    r"[^,.;:()]{0,60},\s+(?:[\w'-]+,?\s+){0,5}?(?:tuée?|abattue?|assassinée?|asphyxiée?|étouffée?|poignardée?"
    r"|égorgée?)\b",
    _I,
)


_NAME = re.compile(r"[A-ZÀ-Þ][\w'-]+(?:[\s-]+[A-ZÀ-Þ][\w'-]+)*")
# A first name and a surname set off by a comma after who the victim was (`d'un autre Afro-Américain, X Y,`).
_APPOSED_NAME = re.compile(r",\s+([A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+)+)\s*(?=[,.;:()]|$)")


def _victim(core: str, at: tuple[int, int] | None) -> str | None:
    """The name of the one whose killing the attack noun names (`le meurtre du journaliste Jamal Khashoggi`)."""
    m = _NAMED_VICTIM.match(core, at[0]) if at else None
    if m is None:
        return None
    window = re.split(r"[,.;:()]", core[m.end() - len(m.group().split()[-1]) : m.end() + 60])[0]
    runs = _NAME.findall(window)  # `du Premier ministre suédois Olof Palme`: the full name, not the title
    full = next((run for run in runs if len(run.split()) > 1), runs[0] if runs else None)
    apposed = _APPOSED_NAME.match(core, m.end()) if full is not None and " " not in full else None
    full = apposed.group(1) if apposed else full  # `la mort d'un autre Afro-Américain, X Y`: the name set after
    # `le meurtre d'une jeune Philippine`: a nationality, no name
    return None if full is None or lx.DEMONYMS.get(fold_name(full)) else full


def _full_name(core: str, at: int) -> bool:
    """`le meurtre du journaliste Jamal Khashoggi`: a first name and a surname (`le meurtre de Jamal` is a reminder);
    or a child's first name after `petit`, `petite` (`le meurtre de la petite Maëlys`: the press names a child victim
    so, a case known by that name)."""
    m = _NAMED_VICTIM.match(core, at)
    if m is None:
        return False
    if _child_named(core, at):
        return True
    window = re.split(r"[,.;:()]", core[m.end() - len(m.group().split()[-1]) : m.end() + 60])[0]
    return any(len(run.split()) > 1 for run in _NAME.findall(window))


def _child_named(core: str, at: int) -> bool:
    """`le meurtre de la petite Maëlys`, `du petit Grégory`: the murder noun at `at` names a child by the first name
    (not an attempt: `tentative de meurtre de la petite X`)."""
    m = _NAMED_VICTIM.match(core, at)
    if m is None or _CHILD_NAMED.search(m.group()) is None:
        return False
    return _ATTEMPT_BEFORE.search(core, max(0, at - 5), at) is None


def _child_murder_recalled(facts: _Facts, core: str) -> None:
    """`Le suspect dans le meurtre de la petite X a été placé en garde à vue`: a child's murder named by the victim in
    passing is recalled, not placed or dated by the sentences around it (they tell the news of the case)."""
    at = facts.weapon_at
    if facts.trigger and facts.weapon is lx.MURDER and at is not None and _child_named(core, at[0]):
        facts.recalled = True


# A child victim named by the first name alone (`de la petite Maëlys`, `du petit Grégory`).
_CHILD_NAMED = re.compile(r"\b(?:la\s+petite|du\s+petit|le\s+petit)\s+[A-ZÀ-Þ][\w'-]+$")


def _killed_told(facts: _Facts, core: str) -> int | None:
    """How many an act tells killed though no figure is given: one (`asphyxié par un policier`), or, for a killing told
    through a charge, its victims (`d'avoir tué sa femme et ses quatre enfants`: five)."""
    if facts.weapon is lx.CHARGED_KILLING and facts.weapon_at is not None:
        return _charged_toll(core, facts.weapon_at)
    return 1 if _one_killed(facts, core) else None


def _charged_toll(core: str, at: tuple[int, int]) -> int | None:
    """`de l'avoir abattu`, `d'avoir tué sa femme`, `d'avoir violé et tué la petite Léa`: one; `sa femme et ses quatre
    enfants`: one and the figure of those named after; none where the others are not counted (`sa femme et ses
    enfants`, `la petite X et du caporal Y`) or the victims are no one person (`d'avoir tué des passants`)."""
    start, end = at
    if "l'avoir" in core[start:end]:
        return 1
    one = _CHARGED_ONE.match(core, end)
    if one is None and _CONFESSION_ACT.match(core, start):
        one = _CONFESSED_ONE.match(core, end)  # `a reconnu avoir tué la fillette`
    if one is None:
        return None
    more = _MORE_VICTIMS.match(core, one.end())
    if more is None:
        return 1
    count = parse_number(more.group("n")) if more.group("n") else None
    return 1 + count if count else None


def _one_killed(facts: _Facts, core: str) -> bool:
    """`asphyxié par un policier`, `le meurtre du journaliste X`: one person killed, though no figure is given."""
    if "à mort" in core and _ONE_DONE_TO_DEATH.search(core):
        return True  # `la mère du jeune homme poignardé à mort`, `X, 19 ans, poignardé à mort`
    if facts.weapon in (lx.KILLING_BY_AGENT, lx.DEATH_BY_POLICE, lx.DEATH_IN_ARREST, lx.BEHEADING, lx.KNEE_ON_NECK):
        return True
    if facts.weapon is lx.SHOT_BY_FORCES and facts.weapon_at is not None:
        return not facts.text[facts.weapon_at[0] : facts.weapon_at[1]].split()[0].endswith("s")  # `abattu`, one
    if facts.weapon is lx.AGENT_KILLING and facts.weapon_at is not None:
        return _one_person_killed(core, facts.weapon_at)  # `a tué sa femme`, `ayant tué leur père`
    if facts.weapon is lx.NAMED_KILLS and facts.weapon_at is not None:
        return _ONE_NAMED_VICTIM.match(core, facts.weapon_at[0]) is not None  # `tue la policière`, `tue Paul X`
    if facts.weapon is lx.KILLED_PARTICIPLE and facts.weapon_at is not None:
        return _one_victim(core, facts.weapon_at)  # `le policier abattu sur les Champs-Elysées`, `X, tuée en 2003`
    if facts.weapon is lx.KILLED_IN_OPERATION and facts.weapon_at is not None:
        # `la mort d'un chef lors d'une opération`, `la mort du chef de l'EI Abou Bakr X lors d'une opération`
        return lx.ONE_DEATH.match(core, facts.weapon_at[0]) is not None or _full_name(core, facts.weapon_at[0])
    at = facts.weapon_at
    if facts.weapon is not lx.MURDER or at is None:
        return False
    if _victims_listed_at(facts, core) is not None:
        return True  # `les homicides de X et Y`: one each (_one_each_victim)
    # `le meurtre du journaliste X`, or one murder confessed or convicted (`avoue le meurtre d'un élu`)
    return bool(_NAMED_VICTIM.match(core, at[0])) or (
        _confessed(core, at[0]) and _OF_ONE.match(core, at[1]) is not None
    )


# One person stabbed or beaten to death, told by a singular participle after its victim: a singular noun with its
# definite article (`la mère du jeune homme poignardé à mort`, `de la joggeuse battue à mort`), or a name and its
# apposition (`X, 19 ans, poignardé à mort`, `X, octogénaire retrouvée poignardée à mort`); not a singular noun that
# names several (`les obsèques du couple poignardé à mort`, `la famille poignardée à mort`).
_SEVERAL = r"couple|famille|fratrie|groupe|foule|ménage|duo|trio|bande"
_ONE_DONE_TO_DEATH = re.compile(
    r"(?:\b(?:(?:le|la|du|au|de\s+la|à\s+la)\s+|l')(?:(?!(?:a|ont|avait|avaient|aurait|est|sont|était|été|qui|et"
    rf"|{_SEVERAL})\b)[^\W\d][\w-]*\s+){{1,2}}"
    rf"|(?-i:[A-ZÀ-Þ][\w'-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'-]+)){{0,2}},\s+(?:(?!(?:{_SEVERAL})\b)[\w'-]+,?\s+){{0,4}}?)"
    r"(?:retrouvée?\s+)?(?:poignardée?|battue?|frappée?|rouée?\s+de\s+coups)\s+à\s+mort\b",
    _I,
)


# The one victim after a charged or confessed killing, after the day that may follow the verb: a singular
# determiner, a name, or one named as a child or a young person (`tué et démembré une de`, `d'avoir violé et tué la
# petite Léa`).
_CHARGED_ONE = re.compile(
    rf"(?:\s+et\s+\w+)?(?:{lx.DAY_AFTER_ACT})?(?:'|\s+)(?:(?i:un|une|son|sa|his|her|a)\b|[A-ZÀ-Þ]"
    r"|(?i:la|le)\s+(?i:petite?|jeune)\s+[A-ZÀ-Þ])"
)
# A confession's killing (`a reconnu avoir tué`, not a charge's `d'avoir tué`) and its one victim by a singular
# definite noun (`la fillette`, `la petite fille`, `le vieil homme`, `l'octogénaire`): the author's own word tells it
# happened, to the one the article is about; not a plural (`les deux soeurs`), a history's (`la population`) nor a
# victim who is several (`le couple`).
_CONFESSION_ACT = re.compile(r"(?:l'|les\s+)?avoir\b", _I)
_CONFESSED_ONE = re.compile(
    rf"(?:\s+[\"«]?\w+ment[\"»]?)?(?:{lx.DAY_AFTER_ACT})?\s+(?:(?:la|le)\s+|l')(?:(?:petite?|jeune|vieil(?:le)?|vieux)\s+)?"
    rf"(?!(?:{_SEVERAL}|population|peuple|foule|victimes?)\b)[^\W\d_]{{3,}}(?<!s)\b(?!\s+et\b|-)",
    _I,
)
# Others killed after that one (`sa femme et ses quatre enfants`, `et du caporal X`), counted or not.
_MORE_VICTIMS = re.compile(
    rf"[\w'-]*(?:\s+[\w'-]+){{0,2}}?\s+et\s+(?:(?:ses|leurs)\s+(?P<n>{lx.SMALL_COUNT})\b|ses|leurs|les|des|du"
    rf"|{lx.SMALL_COUNT})\b",
    _I,
)
# `le meurtre d'un élu`, `de son épouse`, `of a`: one victim after a murder noun.
_OF_ONE = re.compile(r"\s+(?:d'|(?:de|of)\s+)(?:(?i:un|une|son|sa|l'|his|her|a)\b|[A-ZÀ-Þ])|\s+du\b")
# `avoue le meurtre`, `condamné pour le meurtre`: a murder its author confessed or was convicted of happened.
_CONFESSED_BEFORE = re.compile(
    r"\b(?:avoue|avoué|avouant|avouait|reconnu|reconnaît|reconnaissant|condamnée?s?\s+pour|admitted|confessed"
    r"|convicted\s+of)\s+(?:le\s+|l'|les\s+|the\s+)?$",
    _I,
)


def _murder_confessed(facts: _Facts, core: str, start: int) -> bool:
    """`avoue le meurtre d'un élu`: a murder confessed happened."""
    return facts.weapon is lx.MURDER and _confessed(core, start) and not _negated(core, max(0, start - 30))


def judged_murder(facts: _Facts) -> bool:
    """A murder noun read through the charge, the trial or the confession of its author (`inculpé mardi du meurtre
    d'un policier`, `condamné en 1999 ... pour le meurtre d'un couple`)."""
    at = facts.weapon_at
    return facts.weapon is lx.MURDER and at is not None and _confessed(facts.text, at[0])


def _confessed(core: str, at: int) -> bool:
    """`avoue le meurtre`, `condamné pour le meurtre`, `inculpé mardi du meurtre`, `condamné en 2014 à dix ans de prison
    pour le meurtre`: the murder noun at `at` is the one its author confessed, or was held, charged, tried or convicted
    for."""
    if _PLURAL_BEFORE.search(core, max(0, at - 5), at) and not _VICTIMS_LISTED.match(core, at):
        return False  # `condamné pour les meurtres de trois femmes`: many killings, unless named one by one
    if _CONFESSED_BEFORE.search(core, max(0, at - 30), at) is not None:
        return True
    return _JUDGED_BEFORE.search(core, max(0, at - _JUDGED_REACH), at) is not None


_PLURAL_BEFORE = re.compile(r"\b(?:les|des)\s+$", _I)


# The crimes charged with the murder, before it (`pour l'enlèvement et le meurtre`, `pour le viol, la séquestration et
# le meurtre`): the murder is still charged.
_CRIMES_BESIDE = r"(?:(?:l'|le\s+|la\s+)(?:enlèvement|viol|séquestration|rapt|vol|torture)\s*(?:,\s*|\s+et\s+))*"
# Held, charged, tried or convicted for the murder, or confessing it, a few words between (a day, a sentence, a court:
# `condamné en 2014 à dix ans de prison pour le`, `inculpé mardi du`, `a avoué lundi le`): the murder happened. Not
# someone accusing another (`a accusé X du meurtre`: a claim), nor an attempt, a plot or a call to murder, nor a charge
# without its article (`arrêté pour meurtre du gouverneur`: his own charge, the governor no victim).
_JUDGED_BEFORE = re.compile(
    r"(?<![Aa]\s)(?<!ont\s)(?<!avait\s)(?<!avaient\s)"
    r"\b(?:accusée?s?|soupçonnée?s?|inculpée?s?|condamnée?s?|mise?s?\s+en\s+examen|reconnue?s?\s+coupables?|jugée?s?"
    r"|arrêtée?s?|interpellée?s?|écrouée?s?|poursuivie?s?|placée?s?\s+en\s+(?:détention|garde\s+à\s+vue))"
    r"(?:\s+(?!(?:et|qui|que|mais|puis|pour|du|tentatives?|complicité|appels?|projets?|complots?)\b)[\w'-]+){0,8}?"
    rf"\s+(?:pour\s+{_CRIMES_BESIDE}(?:le\s+|l'|les\s+)|du\s+|des\s+|de\s+l')$"
    r"|\b(?:avoue|avoué|avouant|avouait|reconnaît|reconnaissant)\s+(?:[\w'-]+\s+){1,4}?(?:le\s+|l'|les\s+)$",
    _I,
)
_JUDGED_REACH = 90


def _killed_by_a_state(facts: _Facts, core: str) -> bool:
    """`15.000 personnes ont été torturées avant d'être exécutées entre 1975 et 1979`, `exécutés par les partisans en
    1945`: a state's killings of prisoners or civilians, one aggregate over the years or the year the text gives, its
    toll the people counted before the verb."""
    at = facts.weapon_at
    if facts.weapon is not lx.STATE_KILLINGS or not facts.strong or at is None:
        return False
    span = _years_span(core)
    if span:
        facts.since = span
    elif facts.date is not None:
        facts.since = facts.date
    counted = lx.VICTIMS_COUNTED.search(core, max(0, at[0] - 80), at[0])
    if counted and (count := parse_number(counted.group("n"))):
        facts.killed.append(Casualty(count=count, according_to=None, sentence_id=facts.key))
    return True


def _years_span(core: str) -> _Date | None:
    """`entre 1975 et 1979`, `de 2016 à 2019`: the span of years the sentence gives, as a range."""
    span = lx.YEARS_SPAN.search(core)
    if span is None:
        return None
    return _Date(f"{span.group('a')}/{span.group('b')}", "range", span.group().strip(), span.start())


def _crowd_repressed(facts: _Facts, core: str) -> bool:
    """`les manifestations avaient été réprimées par la force, faisant trois morts`: a crowd put down by force with its
    dead or hurt told beside it, a state's repression over days (one aggregate, the gold set's dev2 rule); put down
    with no one killed or hurt told, it is no event (the gold set's rule for dispersed crowds)."""
    if facts.weapon is not lx.CROWD_REPRESSED or not facts.strong or facts.weapon_at is None:
        return False
    if _negated(core, facts.weapon_at[0]) or lx.HEDGED.search(core) or _war_aside(core):
        return False
    return any(c.count for c in facts.killed + facts.injured) or lx.VAGUE_TOLL.search(core) is not None


def _killed_over_period(facts: _Facts, core: str, published: dt.date | None) -> bool:
    """`474 femmes ont été tuées en Turquie en 2019`, `212 militants ont été assassinés depuis 2016`, `la police a tué
    1.098 personnes en 2019`: people counted as killed over a stated period (a year, a span, back from publication),
    one aggregate dated by it (the gold set's tolls over a period); not a day's killing (an incident), nor a war's,
    an accident's or a hedged toll."""
    at = facts.weapon_at
    if at is None or not facts.act or not facts.strong:
        return False
    # `la police a tué 1.098 personnes en 2019`: its killer named before (`elles ont tué` may be floods)
    active = facts.weapon is lx.AGENT_KILLING and not facts.killer_pronoun
    if not active and _KILLED_PLURAL.search(core, at[0], at[1]) is None:
        return False
    if not active and _FIGHTERS.search(core, max(0, at[0] - 80), at[0]):
        return False  # `192 insurgés, 73 membres des forces et 47 civils ont été tués`: a conflict's toll
    count = None if facts.killed or active else _counted_before(core, at)
    if not (count or any(c.count and c.count >= 2 for c in facts.killed)) or facts.war_aside or facts.fight:
        return False
    if _war_aside(core) or _WAR_BESIDE.search(core) or _NOT_KILLED_BY_ANYONE.search(core):
        return False
    if _IN_ONE_ATTACK.match(core, at[1]):
        return False  # `300 personnes ont été tuées lors d'une fusillade`: one attack's toll, not a period's
    anyone = not active and _ANYONE_KILLED.search(core, max(0, at[0] - 20), at[0])
    if anyone and not _IN_ATTACKS.search(core, at[1]):
        return False  # `400 personnes avaient été tuées à Tulle`: a tally of anyone (a disaster?), no attack named
    if _clause_blocked(core, at[0]) or _negated(core, at[0]) or lx.HEDGED.search(core) or lx.METAPHOR.search(core):
        return False
    _toll_period(facts, core, published)
    if facts.since is not None and count and count >= 2:  # `400 militants ont été assassinés`: the tolls missed it
        facts.killed.append(Casualty(count=count, according_to=None, sentence_id=facts.key))
    return facts.since is not None and bool(facts.killed)


def _plural_tolled(facts: _Facts, core: str) -> bool:
    """`après des attentats jihadistes qui avaient fait 279 morts à Pâques en 2019`, `Entre décembre 2019 et janvier
    2020, près de 200 soldats ont été tués dans une série d'attaques`: attacks told in the plural or as a series with a
    toll of their own, dated by a year or a span of months only: one aggregate dated by it, with that toll (in one
    month they are one attack, `_tolled_in_one_month`; counted as a wave over a period, `_wave`'s)."""
    span = _months_span(core)
    if facts.date is None or not (span or facts.date.precision == "year") or not _plural_with_own_toll(facts, core):
        return False
    facts.since = span or facts.since or facts.date
    facts.plural_told = True  # a side clause's plural too (`après des attentats qui avaient fait 279 morts en 2019`)
    return True


def _tolled_in_one_month(facts: _Facts, core: str) -> bool:
    """`En juillet 2005, une série d'attentats suicide avaient fait 56 morts et 700 blessés`: attacks told in the
    plural or as a series with a toll of their own, dated by one month: one coordinated attack, one incident (the gold
    set's dev3 rule for a series told with one toll)."""
    month = facts.date is not None and facts.date.precision == "month"
    return month and _months_span(core) is None and _plural_with_own_toll(facts, core)


def _plural_with_own_toll(facts: _Facts, core: str) -> bool:
    """Attacks told in the plural (uncounted, or two to four) or as a series, with a toll of their own in their clause
    (`des attentats qui avaient fait 279 morts`, `200 soldats ont été tués dans une série d'attaques`); not attacks
    named by their date or place (named attacks), many counted (a wave), nor a war's, a hedged or a denied toll."""
    at = facts.weapon_at
    if at is None or not facts.strong or facts.act or not any(c.count for c in facts.killed + facts.injured):
        return False
    counted = lx.COUNTED.search(core[max(0, at[0] - 30) : at[1]])
    few = facts.series or (counted is not None and _FEW_ATTACKS.match(counted.group()) is not None)
    if not (_PLURAL_NOUN.match(core, at[0]) or few) or (counted and not few) or _NAMED_AFTER.match(core, at[1]):
        return False
    toll = next((m for m in lx.CASUALTY_WORDS.finditer(core) if _same_clause(core, m.start(), at[0])), None)
    if toll is None or abs(toll.start() - at[0]) > _PLURAL_TOLL_REACH:
        return False
    if _war_aside(core) or _WAR_BESIDE.search(core) or lx.HEDGED.search(core) or lx.METAPHOR.search(core):
        return False
    if lx.FICTION.search(core) or _CONDITIONAL.search(core) or lx.INTENDED.search(core, max(0, at[0] - 60), at[0]):
        return False  # `le film raconte une série d'attentats`, `redoutent des attentats qui feraient 30 morts`
    return not (_clause_blocked(core, at[0]) or _negated(core, at[0]) or _negated(core, toll.start()))


# A verb in the conditional (`feraient`, `pourrait`): a toll imagined, not told.
_CONDITIONAL = re.compile(r"\b\w{2,}(?:rait|raient)\b", _I)


def _months_span(core: str) -> _Date | None:
    """`entre décembre 2019 et janvier 2020`, `de mars à mai 2020`: the span of months the sentence gives, a range."""
    span = _MONTHS_SPAN.search(core) if lx.has_any(core.lower(), ("entre", "de ")) else None
    if span is None:
        return None
    first, last = lx.MONTHS[span.group("m1").lower()], lx.MONTHS[span.group("m2").lower()]
    year = int(span.group("y2"))
    opening = int(span.group("y1")) if span.group("y1") else year - (first > last)
    return _Date(f"{opening:04d}-{first:02d}/{year:04d}-{last:02d}", "range", span.group(), span.start())


_MONTHS_SPAN = re.compile(
    rf"\b(?:entre|de)\s+(?P<m1>{lx.MONTH_ALT})(?:\s+(?P<y1>(?:19|20)\d\d))?\s+(?:et|à)\s+(?P<m2>{lx.MONTH_ALT})"
    r"\s+(?P<y2>(?:19|20)\d\d)\b",
    _I,
)
# How far from the attack noun its toll may be told (`une série d'attentats suicide avaient fait 56 morts`).
_PLURAL_TOLL_REACH = 80


def _counted_before(core: str, at: tuple[int, int]) -> int | None:
    """`400 militants ont été assassinés`: the victims counted before the participle, a count the tolls do not read."""
    verb = at[0] + core[at[0] : at[1]].rstrip().rfind(" ") + 1  # the participle, after its `ont été`
    counted = lx.VICTIMS_COUNTED.search(core, max(0, at[0] - 80), verb)
    return parse_number(counted.group("n")) if counted is not None else None


def _toll_period(facts: _Facts, core: str, published: dt.date | None) -> None:
    """The period a toll covers: a span of years, a period back from publication, or the year told."""
    span = _years_span(core)
    if span:
        facts.since = span
    elif facts.since is None and published is not None:
        facts.since = _measured_period(core, published)
    if facts.since is None and facts.date is not None and facts.date.precision == "year":
        facts.since = facts.date  # `en 2019`: the year the toll covers


# Fighters among the counted dead: their toll is a conflict's.
_FIGHTERS = re.compile(
    r"\b(?:insurgés|militaires|soldats|combattants|rebelles|jihadistes|djihadistes|forces|guérilleros|miliciens"
    r"|policiers|gendarmes)\b",
    _I,
)
# A plural killing told in the passive: `ont été tuées`, `avaient été assassinés`.
_KILLED_PLURAL = re.compile(r"\bété\s+(?:\w+\s+){0,2}(?:tuée?s|assassinée?s|massacrée?s)\b", _I)
# One attack the killed died in, right after the participle: `lors d'une fusillade`, `dans un attentat`.
_IN_ONE_ATTACK = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:lors d'une?|dans une?|par une?|au cours d'une?)\s+(?:[\w-]+\s+)?"
    r"(?:fusillade|attaque|attentat|explosion|frappe|tuerie|bombardement|embuscade|massacre|raid)\b",
    _I,
)
# Victims named only as people, right before the participle (`400 personnes avaient été tuées`).
_ANYONE_KILLED = re.compile(r"\b(?:personnes|gens|individus|habitants|victimes|morts)\s+(?:\w+\s+){0,2}$", _I)
# The attacks they died in, counted or in the plural: `dans 15 incidents différents`, `dans des attaques`.
_IN_ATTACKS = re.compile(
    r"\b(?:dans|lors)\s+(?:d'|de\s+)?(?:\d+|des|plusieurs|[\w-]+)\s+(?:incidents|attaques|attentats|fusillades"
    r"|massacres|frappes|raids|assassinats|violences)\b",
    _I,
)
# Deaths no one caused: on the roads, in accidents, disasters, epidemics.
_NOT_KILLED_BY_ANYONE = re.compile(
    r"\b(?:routes?|accidents?|catastrophes?|séismes?|tremblements?|inondations?|ouragans?|cyclones?|avalanches?"
    r"|épidémies?|coronavirus|covid|incendies?|naufrages?|crash)\b",
    _I,
)


def _fire_over_period(facts: _Facts, core: str, published: dt.date | None) -> bool:
    """`Des roquettes ont été tirées au cours de l'année depuis Gaza`, `a mené en août plusieurs tirs de roquettes`,
    `se sont ajoutés ces derniers jours des tirs de roquettes`: projectiles fired in the plural over a stated period
    (the year, a month, recent days) are the gold set's fire over a period, one aggregate dated by it (undated for
    recent days); not one volley told with its day, nor fire feared, denied or planned, nor a war's."""
    at = facts.weapon_at
    if facts.weapon is None or facts.weapon.name not in _FIRED or at is None or not facts.strong:
        return False
    if core[at[1] - 1 : at[1]] != "s" or facts.attacks:
        return False  # `une roquette`: one volley
    fired = _FIRED_VERB.search(core)
    if fired is None or _negated(core, fired.start()) or _negated(core, at[0]) or _clause_blocked(core, at[0]):
        return False
    if lx.HEDGED.search(core) or lx.METAPHOR.search(core) or _war_aside(core) or _WAR_BESIDE.search(core):
        return False
    year = _THIS_YEAR.search(core)
    if year is not None and published is not None:
        if facts.since is None or not year.group().lower().startswith("depuis"):  # `depuis le début`: its range
            facts.since = _Date(str(published.year), "year", year.group(), year.start())
        return True
    if _RECENT_DAYS.search(core) or lx.VAGUE_PERIOD.search(core):
        facts.date = None  # `ces derniers jours`: a period with no length told, the fire stays undated
        return True
    month = facts.date is not None and facts.date.precision == "month"
    if month and _SEVERAL_FIRED.search(core, max(0, at[0] - 40), at[0]) and facts.date is not None:
        facts.since = facts.date  # `plusieurs tirs de roquettes en août`: that month's fire
        return True
    return False


# Projectiles one fires: fire told in the plural over a period is the gold set's campaign of fire.
_FIRED = frozenset({"roquette", "obus", "mortier", "missile"})
# Fire told as done: `ont été tirées`, `a mené ... des tirs`, `se sont ajoutés ... des tirs`, `ont visé`.
_FIRED_VERB = re.compile(
    r"\b(?:a|ont|avait|avaient|sont|se sont|s'est)\s+(?:[\w'-]+\s+){0,3}?(?:été\s+)?"
    r"(?:tirée?s?|lancée?s?|mené|ajoutée?s|visé|tombée?s|abattue?s|fired|launched)\b",
    _I,
)
# Fire counted as several right before its projectiles: `plusieurs tirs de roquettes`, `des dizaines d'obus`.
_SEVERAL_FIRED = re.compile(
    r"\b(?:plusieurs|de nombreu(?:x|ses)|des dizaines d[e']|des centaines d[e']|multiples|several|dozens of)\s*"
    r"(?:tirs\s+(?:de\s+|d')|salves\s+(?:de\s+|d'))?$",
    _I,
)
# The year of the article: `au cours de l'année`, `cette année`, `depuis le début de l'année`.
_THIS_YEAR = re.compile(r"\b(?:au cours de l'année|cette année|dans l'année|depuis le début de l'année)\b", _I)
# Recent days, with no length: `ces derniers jours`, `ces dernières heures`.
_RECENT_DAYS = re.compile(r"\b(?:ces|au cours des|durant les)\s+(?:derniers jours|dernières heures)\b", _I)


def _told_by_the_act(facts: _Facts, core: str) -> None:
    """What an act tells without a figure: one killed (`asphyxié par un policier`), the poisoned or the one the
    bullets hit as hurt; a poisoning's date (or a wounding's) only from its own words."""
    if not facts.killed and (killed := _killed_told(facts, core)):
        facts.killed.append(Casualty(count=killed, according_to=None, sentence_id=facts.key))
    if not facts.killed and not facts.injured and (hurt := _hurt_not_killed(facts, core)):
        facts.injured.append(Casualty(count=hurt, according_to=None, sentence_id=facts.key))
        if facts.weapon_at and _SHOT_APPOSED.search(core, max(0, facts.weapon_at[0] - _SHOT_APPOSED_REACH)):
            # `elle a rencontré à X la famille de Y, un homme blessé par balles`: the place is the visit's
            facts.told_from = facts.weapon_at[0]
    if _told_aside(facts, core) and facts.date and not _own_words(facts, core, facts.date.start):
        facts.date = None  # `la rencontre prévue le 14 septembre`: a poisoning is told with few words of its own


def _told_span(facts: _Facts, core: str, main_clause_end: int) -> tuple[int, int | None]:
    """The part of the sentence that places the attack: not the main clause of an `après que` attack (`un conflit en
    Irak, après qu'un drone ...`), nor the subject an attack named (`le suspect de l'attentat de X a été abattu à Y`);
    a poisoning or a wounding told aside (`X, un homme blessé par des tirs policiers, a appelé mardi`) only by the
    words told with it."""
    if _told_aside(facts, core) and facts.weapon_at:
        return facts.weapon_at[0], _own_end(facts.weapon_at[1], core)
    return _aside_death(facts, core) or facts.told_from or main_clause_end, None


# Acts placed and dated by their own words only: the rest of the sentence is often about something else.
_OWN_WORDS_ONLY = (
    lx.POISONING, lx.POLICE_FIRE_HURT, lx.AGENT_HURT, lx.CHARGE_HURT, lx.CHARGED_KILLING, lx.SHOT_BY_FORCES,
)  # fmt: skip
# Woundings by the police or soldiers: by their bullets (`blessé par des tirs policiers`), by them (`blessé par un
# policier`), by the means they use on a crowd (`éborgné par un tir de LBD`), by their charge or their batons.
_POLICE_WOUNDINGS = (lx.POLICE_FIRE_HURT, lx.AGENT_HURT, lx.FORCE_BULLET_HURT, lx.FORCE_GRENADE_HURT, lx.CHARGE_HURT)
# The same told by the police, their charge or their batons, no shots: the sentence's main verb when passive.
_AGENT_WOUNDINGS = (lx.AGENT_HURT, lx.CHARGE_HURT)
# `Samedi à X, un jeune homme a été grièvement blessé par des policiers`, `une manifestante est blessée lors d'une
# charge`: the wounding is the sentence's main verb.
_PASSIVE_BEFORE = re.compile(r"\b(?:(?:a|ont|avait|avaient)\s+été\s+(?:\w+\s+)?|(?:est|était)\s+)$", _I)


def _told_aside(facts: _Facts, core: str) -> bool:
    """An act told with few words of its own (a poisoning, a police wounding or a police killing in an apposition:
    `La Corée du Nord a demandé dimanche ... le corps d'un responsable abattu en mer par des soldats`), unless a
    wounding or a killing by the police is the sentence's main verb (`X est abattu par un policier`)."""
    at = facts.weapon_at
    if facts.weapon not in _OWN_WORDS_ONLY or at is None:
        return False
    main_verb = facts.weapon in _AGENT_WOUNDINGS or facts.weapon is lx.SHOT_BY_FORCES
    return not main_verb or _PASSIVE_BEFORE.search(core, max(0, at[0] - 30), at[0]) is None


# How far after the act its own date and place are told (characters): `l'empoisonnement de X, le 4 mars à Y`.
_OWN_REACH = 60


def _own_end(end: int, core: str) -> int:
    """Where the words told with an act end: `_OWN_REACH` after it, or before a verb or a clause of its own."""
    other = _OTHER_CLAUSE.search(core, end, end + _OWN_REACH)
    return other.start() if other else end + _OWN_REACH


def _own_words(facts: _Facts, core: str, at: int) -> bool:
    """Whether a date or a place at `at` is told with the act, right after it."""
    return facts.weapon_at is not None and facts.weapon_at[0] <= at < _own_end(facts.weapon_at[1], core)


# What starts another clause after an act (`, avant la rencontre prévue le 14 septembre`, `a provoqué`).
_OTHER_CLAUSE = re.compile(
    r"\b(?:avant|après|pour|lors|quand|alors|mais|qui|que|dont|a|ont|est|sont|avait|était|prévue?s?|before|after"
    r"|when|which|has|have|had|was|were)\b",
    _I,
)


def _hurt_not_killed(facts: _Facts, core: str) -> int:
    """The people a poisoning names, the bullets hit or the police wounded, hurt unless the sentence tells a death (the
    gold set's rule, dev3): `touché de plusieurs balles` is one; `de Sergueï X et de sa fille Ioulia` two; `blessé par
    un policier` one; 0 for none of them."""
    at = facts.weapon_at
    if at is None or lx.DEATH_TOLD.search(core):
        return 0
    if facts.weapon is lx.POISONING:
        return 2 if lx.SECOND_VICTIM.match(core, at[1]) else 1
    if facts.weapon in _POLICE_WOUNDINGS:
        return int(core[at[0] : at[1]].split()[0].lower() in _ONE_HURT)
    if facts.weapon is not None and facts.weapon.name == "arme à feu" and not facts.act:
        # `un homme grièvement blessé par balles`, `blessé de sept balles`: one person the bullets hurt (not asked)
        hit = _ONE_SHOT.search(core, max(0, at[0] - _ONE_SHOT_REACH), at[1])
        return int(hit is not None and not core.rstrip().endswith("?"))
    return int(facts.weapon is lx.SHOTS_ACT and lx.HIT_BY_BULLETS.match(core, at[0]) is not None)


# The first word of a police wounding that tells one person hurt (`blessé par un policier`, `was wounded by an
# officer`, `has been wounded by police`).
_ONE_HURT = frozenset(
    {"blessé", "blessée", "touché", "touchée", "atteint", "atteinte", "éborgné", "éborgnée", "mutilé", "mutilée"}
    | {"main", "was", "has", "had"}
)
# A singular participle of the one hurt, right before the bullets or opening their words (`blessé par balles`,
# `touchée de deux balles`); not the many (`blessés`), nor one mortally hurt.
_ONE_SHOT = re.compile(r"(?<!mortellement )\b(?:blessée?|touchée?)\s+(?=par balles?\b|de \w+ balles\b)", _I)
_ONE_SHOT_REACH = 12
# The one hurt named in an apposition that closes on the participle (`X, un homme noir de 29 ans grièvement blessé`).
_SHOT_APPOSED = re.compile(
    r",\s+(?:(?!(?:qui|que|dont|où|a|ont|est|sont|était|avait|et)\b)[\w'-]+\s+){1,8}?(?:(?:grièvement|gravement)\s+)?"
    r"(?:blessée?|touchée?)\s+(?:par balles?\b|de \w+ balles\b)",
    _I,
)
_SHOT_APPOSED_REACH = 120


# One victim and its participle (`le policier abattu`, `une journaliste tuée`, `l'opposant à X assassiné`), not `les
# policiers tués`.
_ONE_VICTIM = re.compile(r"(?:le|la|l'|un|une|au|du)\s*(?:[\w'()-]+\s+){0,9}?(?:tuée?|abattue?|assassinée?)", _I)


def _main_clause(
    facts: _Facts, text: str, low: str, blocked: frozenset[str]
) -> tuple[str, list[tuple[int, int, int]], int, bool]:
    """The sentence with its clauses about other events blanked (not cut, so that distances to the attack stay true),
    those clauses, where the main clause ends when an `après que` clause is read as its own, and whether that clause
    tells of another attack than the one being reported; reads the weapon on the way."""
    sides = _side_clauses(text) if lx.has_any(low, lx.RETALIATION_WORDS) else []
    core = text
    for start, end, _ in sides:
        core = core[:start] + " " * (end - start) + core[end:]
    core = lx.AS_BACKDROP.sub(_blank, core)
    _read_weapon(facts, core, low if core == text else core.lower(), blocked)
    if facts.weapon is not None or core == text:
        return core, sides, 0, False
    # `une spirale avait failli dégénérer, après qu'un drone avait tué X`: when the main clause reports no attack, the
    # attack is the one its `après que` clause tells.
    core = lx.RETALIATION.sub(_blank_unless_after_clause, text)
    for start, end, _ in sides:
        kept = _side_given_back(text, start, end)
        if kept < end:
            core = core[:kept] + " " * (end - kept) + core[end:]
    core = lx.AS_BACKDROP.sub(_blank, core)
    _read_weapon(facts, core, core.lower(), blocked)
    after = _AFTER_CLAUSE.search(core)
    main_clause_end = after.start() if after and facts.weapon_at and after.start() < facts.weapon_at[0] else 0
    if facts.weapon is None:
        return core, sides, main_clause_end, False
    # the `après que` clause was read as the sentence's own, so it is no side event too; `Ces faits interviennent
    # après que trois hommes ont été poignardés`: the main clause is about the attack reported, the clause another one
    sides = [side for side in sides if not _AFTER_CLAUSE.match(text, side[0])]
    return core, sides, main_clause_end, bool(main_clause_end and lx.BACK_REFERENCE.search(text, 0, main_clause_end))


def _side_given_back(text: str, start: int, end: int) -> int:
    """Where the side clause at `start` stops being given back to a main clause that reports no attack of its own: after
    the aside that follows it (`après la fusillade de X, en Caroline du Sud`), as a relative clause that goes on telling
    its attack stays blanked (`, où un homme avait tué neuf fidèles`); before the aside when it is a participle that
    tells how its victim was killed (`après la mort d'un homme, abattu par un policier`): the side clause's killing,
    not one more."""
    told = lx.RETALIATION.match(text, start)
    aside = lx.APPOSED.match(text, told.end()) if told else None
    if told is None or aside is None:
        return end
    return told.end() if _SHOT_ASIDE.match(text, aside.start()) else aside.end()


# A participle of killing set off by a comma (`, abattu par un policier`).
_SHOT_ASIDE = re.compile(r",\s*(?:tuée?s?|abattue?s?|assassinée?s?)\b", _I)
# A clause that tells what came before the main clause: a day told ahead of it is the main clause's.
_AFTER_THAT = re.compile(r"\baprès qu['e]", _I)
_TOLL_WORD = re.compile(r"\b(?:morte?s?|tuée?s?|blessée?s?|victimes?|décédée?s?|dead|killed|wounded|injured)\b", _I)


def _judged_murder_date(
    facts: _Facts, core: str, published: dt.date | None, year: int | None, no_year_yet: bool, dated: int | None
) -> None:
    """`inculpé mardi du meurtre d'un policier ... le 29 mai`, `condamné en 2014 ... pour le meurtre`: a day before a
    murder named by its trial is the charge's, the trial's or the confession's; the murder's own is told after its
    noun, in its clause (not `..., a été libéré dimanche`, which is left when the sentence dates the trial), or not at
    all."""
    if facts.date is None or facts.weapon_at is None:
        return
    if facts.date.start >= facts.weapon_at[0] and facts.step_day is None:
        return
    if not judged_murder(facts):
        return
    at, end = facts.weapon_at[0], _CLAUSE_END.search(core, facts.weapon_at[1])
    facts.date = None
    _read_dates(facts, " " * at + core[at : end.start() if end else None], published, year, no_year_yet, dated)


def _recalled_murder_date(facts: _Facts, core: str) -> None:
    """`Le suspect dans le meurtre de la petite X a été placé en garde à vue vendredi 7 février`, `mis en examen pour
    le meurtre de la fillette depuis le 3 septembre, il a été entendu le 30 novembre`: a murder named by its child
    victim or by its charge, a day after a verb (or `depuis`) is the news's (the custody, the charge, the hearing), and
    any day before a child's murder. Its own is told before any verb (`poursuivi pour le meurtre de X, 9 ans, le 27
    août 2017 en Isère`, `inculpé du meurtre d'un policier ... le 29 mai`), a child's with its year or as the latest
    such (`a avoué le meurtre de la petite X en août dernier`), or after the verb that it happened (`a été commis le 3
    mars`)."""
    if facts.date is None or facts.weapon_at is None or facts.weapon is not lx.MURDER:
        return
    at, end = facts.weapon_at
    child = _child_named(core, at)
    if facts.date.start < end:
        if child:  # `Le 30 novembre, X a été écroué dans l'enquête sur le meurtre de la petite Y`: the news's day
            facts.date = None
        return
    if not (child or judged_murder(facts)):
        return
    verb = _NEWS_AFTER_MURDER.search(core, end, facts.date.start)
    if verb is not None and _HAPPENED.match(core, verb.end()):
        return
    own = _YEAR_TOLD.search(facts.date.text) or lx.LATEST.match(core, facts.date.start + len(facts.date.text))
    if verb is not None or (child and not own):
        facts.date = None


# What ends the words told with a murder named in passing: a verb or `depuis` (the charge's time, not the murder's).
_NEWS_AFTER_MURDER = re.compile(
    r"\b(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|depuis)\s|[;:]|\b\w+(?:ait|aient)\b", _I
)
_YEAR_TOLD = re.compile(r"\b(?:1[89]|20)\d\d\b")
_HAPPENED = re.compile(r"(?:été\s+)?(?:commis|perpétré|survenu|eu\s+lieu)\b", _I)


def _own_clause_date(facts: _Facts, core: str) -> None:
    """`Des manifestants ont incendié jeudi soir un commissariat, ..., aux mains de laquelle est mort un Noir lors d'une
    interpellation`: a death in an arrest told aside is not dated by what the sentence tells first; nor an attack told
    after `après que` by the day of what followed it (`Trump est arrivé mardi à X, après qu'un policier y a tiré`)."""
    assert facts.date is not None and facts.weapon_at is not None
    after = _AFTER_THAT.search(core, facts.date.start, facts.weapon_at[0]) if facts.date.precision == "day" else None
    if after and not _TOLL_WORD.search(core, 0, after.start()):
        # (a month or a year may hold both, `En janvier 2020, ... après qu'un drone`; a toll told first is the attack's
        # own, `treize personnes sont mortes jeudi, après qu'une camionnette a foncé`)
        facts.date = None
        return
    if facts.weapon is not lx.DEATH_IN_ARREST:
        return
    start, end = facts.date.start, facts.weapon_at[1]
    if not _same_clause(core, start, facts.weapon_at[0]) and _RELATIVE.search(core, min(start, end), end):
        facts.date = None


def _attacker_shot(core: str, at: int) -> bool:
    """`l'assaillant, abattu par la police, avait reconnu ...`: the attacker, named by his role, shot at the end of the
    attack the article reports: part of that attack, not one more killed (the gold set counts attackers only where the
    text's toll does). Named otherwise (`X, abattu vendredi à Milan`), his end is read, and the attack's record keeps
    it apart when it is told with a day or a town of its own (assembly)."""
    return _ATTACKER_BEFORE.search(core, max(0, at - 30), at) is not None


# The attacker named by his role right before the participle (`l'assaillant, abattu`, `du meurtrier, abattu`).
_ATTACKER_BEFORE = re.compile(rf"\b(?:{lx.ATTACKERS_COUNTED.pattern}|meurtriers?|tueurs?|terroristes?)\W*$", _I)


_PASSIVE = re.compile(r"\b(?:été|est|sont|was|were|been)\b", _I)
_RELATIVE = re.compile(r"\b(?:laquelle|lequel|duquel|desquel(?:s|les)|auxquel(?:s|les)|qui|dont)\b", _I)


def _aside_death(facts: _Facts, core: str) -> int:
    """`ont manifesté à Londres contre la mort aux Etats-Unis de X, décédé lors de son interpellation`: a death in an
    arrest told by a noun or a participle is retold aside, placed by what follows it, not by the protest or the tribute
    that retells it (`un jeune a été tué lors de heurts avec la police`, a verb, is the sentence's own); 0 otherwise."""
    at = facts.weapon_at
    death = _death_named(facts, core)
    if death is not None and _decried(core, death):
        return death  # `se sont rassemblés à Madrid, dénonçant la mort de X`: the protest's place, not the death's
    if facts.weapon is not lx.DEATH_IN_ARREST or at is None or _FINITE.search(core, max(0, at[0] - 20), at[0]):
        return 0
    return at[0]


def _death_named(facts: _Facts, core: str) -> int | None:
    """Where a death by the police is named by its noun: the act itself (`la mort de X`), or the noun a killing by an
    agent is apposed to (`la mort de l'Américain X, asphyxié par un policier`)."""
    at = facts.weapon_at
    if at is None or facts.weapon not in (lx.DEATH_BY_POLICE, lx.KILLING_BY_AGENT):
        return None
    if facts.weapon is lx.DEATH_BY_POLICE:
        return at[0]
    noun = _DEATH_NOUN_BEFORE.search(core, max(0, at[0] - _DEATH_NOUN_REACH), at[0])
    return noun.start() if noun else None


def _decried(core: str, death: int) -> bool:
    """A death by the police named as what a protest is against, right before it (`manifesté ... contre`,
    `dénonçant`), or as what set off the protest the words before it tell (`vandalisée à Londres en marge de
    manifestations contre le racisme déclenchées par la mort de X`): the town named before it is the protest's. A
    country the protest is set in is most often the death's too (`manifestations aux Etats-Unis déclenchées par`)."""
    if _DECRIED.search(core, max(0, death - 30), death):
        return True
    caused = _CAUSED_BY.search(core, max(0, death - 30), death) if "par" in core else None
    if caused is None or _PROTEST_BEFORE.search(core, max(0, caused.start() - 60), caused.start()) is None:
        return False
    protested, _ = _location(core[: caused.start()])
    return protested is not None and not _is_country_name(protested)


# A death named as what a protest is against (`manifesté ... contre`, `dénonçant`, `pour protester contre`).
_DECRIED = re.compile(r"\b(?:contre|dénonçant|dénoncer|dénoncent|against|protesting|denouncing)\s+$", _I)
# A protest told right before what set it off (`manifestations contre le racisme déclenchées par`).
_CAUSED_BY = re.compile(r"\b(?:déclench|provoqu|suscit)\w*\s+par\s+$", _I)
_PROTEST_BEFORE = re.compile(r"\b(?:manifest|protest|émeute|colère)\w*\b[^.;:()]*$", _I)
# `la mort de l'Américain noir George Floyd, ` right before the participle of a killing by an agent.
_DEATH_NOUN_BEFORE = re.compile(r"\b(?:la mort|le décès|the death) (?:de|d'|of)\b[^.;:(),]*,\s*$", _I)
_DEATH_NOUN_REACH = 60


_FINITE = re.compile(r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:été\s+)?$", _I)


def _date_sides(facts: _Facts) -> None:
    """`En 2015, la ville avait connu des émeutes après la mort de X, abattu ...`: the year or month of the sentence
    dates what its side clause names, when the main clause reports no attack of its own."""
    for side in facts.sides:
        if side.date is None and not facts.trigger and facts.date and facts.date.precision in ("year", "month"):
            side.date = facts.date


def _date_sides_by_day(facts: _Facts, text: str, published: dt.date | None) -> None:
    """`L'attaque de mardi intervient un jour après l'explosion de quatre mines`, `..., au lendemain de l'attentat
    de X`, `La police patrouille dans les gares, quatre jours après un attentat à la hache`: what the side clause names
    happened that long before the day the sentence gives, or publication's when it gives none (after it, for `à la
    veille de`), when the side gives no day of its own; a span of months gives no day (`trois mois après`) but `deux
    mois jour pour jour après` does. From publication, only an attack or a killing named first (not `au lendemain de
    l'annonce de la mort de X`)."""
    day = _day_of(facts, published)
    if day is None:
        return
    for side in facts.sides:
        at = text.find(side.text) if side.date is None else -1
        if at <= 0 or (day.text and at <= day.start < at + len(side.text)):
            continue  # the day is the side's own (or none is missing)
        before = lx.TIME_AFTER.search(text, max(0, at - 40), at)
        if before is None or (not day.text and not lx.KILLING_NAMED_FIRST.match(side.text)):
            continue
        resolved = back_from(day, before)
        if resolved is not None and resolved[1] != "month":
            side.date = _Date(resolved[0], resolved[1], before.group().strip(), before.start())


def _day_of(facts: _Facts, published: dt.date | None) -> _Date | None:
    """The day a main clause tells of: its own (a later step's, `a été inculpé mercredi`, when it dates nothing else),
    else publication's (no text) when it tells the present, not the pluperfect."""
    told = facts.date or facts.step_day
    if told is not None:
        return told if told.precision == "day" and "/" not in told.iso else None
    if published is None or facts.past:
        return None
    return _Date(published.isoformat(), "day", "", 0)


def _place_sides(facts: _Facts, text: str) -> None:
    """`un homme noir décédé en 2014 à New York après avoir été asphyxié par des policiers`: the death the main clause
    tells right before the clause that says how it came about is that attack's, and so is its place, when the clause
    names none and the main clause reports no attack of its own."""
    for side in facts.sides if not facts.trigger else ():
        at = text.find(side.text)
        if side.location is not None or at <= 0:
            continue
        deaths = list(_DIED.finditer(text, max(0, at - _DIED_REACH), at))
        if deaths:
            side.location, side.country = _location(text[:at], deaths[-1].span())
            side.place_rank = place_rank(text[:at], side.location)


# A death told by a verb or a participle (`est mort`, `décédé`, `tué`), not a noun (`la mort de`, `sa mort`).
_DIED = re.compile(
    r"(?<!\bla )(?<!\bsa )(?<!\bleur )(?<!\bune )(?<!\bde )(?<!\bd')(?<!\bthe )(?<!\bhis )(?<!\bher )"
    r"\b(?:morte?s?|décédée?s?|tuée?s?|abattue?s?|succombé|died|killed|shot dead)\b",
    _I,
)
# The death is told this close (characters) before the clause that says how it came about.
_DIED_REACH = 80


def _drop_asides(facts: _Facts, listed: str) -> None:
    """A sentence that only refers back: a toll in parentheses annotates what it names in passing (`Christchurch
    (51 morts, le 15 mars)`), not the attack it refers to; nor does the date beside it."""
    aside = lx.TOLL_IN_PARENS.search(listed) if not facts.trigger else None
    if aside:
        facts.killed, facts.injured = [], []
        _read_casualties(facts, lx.TOLL_IN_PARENS.sub(_blank, listed))
        if facts.date and aside.start() <= facts.date.start < aside.end():
            facts.date = None


def _blank_unless_after_clause(m: re.Match[str]) -> str:
    return m.group() if _AFTER_CLAUSE.match(m.group()) else _blank(m)


_AFTER_CLAUSE = re.compile(r",?\s*(?:après qu['e]|after (?!the\b|a\b|an\b))", re.IGNORECASE)


def _allowed(facts: _Facts, core: str, blocked: frozenset[str], published: dt.date | None = None) -> bool:
    weapon = facts.weapon
    if weapon in _DATED_KILLINGS:
        return lx.PASSIVE_BLOCKED not in blocked or _killed_years_before(facts, core, published)
    if weapon is not None and weapon.name in _FIRED and _AT_NOBODY.search(core):
        return False  # `a lancé une vingtaine de roquettes vers la Méditerranée en guise d'avertissement`
    if weapon is None or facts.act or weapon.name not in blocked:
        return True
    if facts.weapon_at and _charge_tells(core, facts.weapon_at[0]):
        return True  # `accusé d'avoir tué deux personnes par balles dans les émeutes`: an act the charge tells
    if weapon.name == "arme à feu" and _POLICE_SHOT_ONE.search(core):
        return True  # `des officiers ont ouvert le feu sur le suspect`: a police shooting, not shots at a protest
    # `un policier a été blessé par balle`: the shot names whom it hit, one incident (not `8.000 blessés par balle en
    # deux ans de manifestations`)
    hit = lx.SHOT_DEAD.search(core) if weapon.name == "arme à feu" and facts.weapon_at else None
    return hit is not None and hit.start() <= facts.weapon_at[0] < hit.end() and _small_toll(facts)  # type: ignore[index]


# Fire aimed at no one: at the sea, or as a warning.
_AT_NOBODY = re.compile(
    r"\bvers\s+(?:la\s+)?(?:mer|Méditerranée|large)\b|\ben\s+(?:guise|signe)\s+d'avertissement\b"
    r"|\btirs?\s+d'avertissement\b",
    _I,
)


# Shots the police or soldiers fired at one person (`l'un des policiers a ouvert le feu sur lui`, `des officiers ont
# ouvert le feu sur le suspect`): a police shooting, which the gold set counts (dev, dev3), told plainly even in an
# article about protests, where shots at a crowd are blocked.
_POLICE_SHOT_ONE = re.compile(
    r"\b(?:policiers?|policières?|officiers?|agents?|gendarmes?|soldats?|militaires)\s+(?:[\w-]+\s+)?"
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:ouvert le feu|tiré)(?:\s+[\w-]+){0,4}?\s+sur\s+"
    r"(?:lui|elle|le suspect|la suspecte|l'homme|la femme|le jeune|la jeune|un homme|une femme|un jeune|une jeune"
    r"|un adolescent|une adolescente|un garçon|une fille|un enfant|(?-i:[A-ZÀ-Þ][\w'-]+))\b",
    _I,
)


def _side_clauses(text: str) -> list[tuple[int, int, int]]:
    """(start, end, where its content starts) of each clause about another event, with the aside that follows it."""
    spans = []
    for m in lx.RETALIATION.finditer(text):
        end = m.end()
        aside = lx.APPOSED.match(text, end)
        if aside and (relative := _RELATIVE_ASIDE.match(text, aside.end())):
            aside = relative  # `après la fusillade de X, en Caroline du Sud, où un homme avait tué neuf fidèles`
        end = aside.end() if aside else end
        operation = _IN_OPERATION.match(text, end) if aside else None
        end = operation.end() if operation else end
        by_police = _BY_THE_POLICE.match(text, end) if aside else None
        spans.append((m.start(), by_police.end() if by_police else end, m.start("rest")))
    return spans


# The operation a death named in a side clause came in, after the victim's name set off by commas (`après l'annonce de
# la mort samedi d'un responsable de l'EI, X, lors d'une opération près de Y`): still the side clause's.
_IN_OPERATION = re.compile(
    r",\s*(?:lors d[e']|au cours d[e'])\s*(?:une?|l')\s*(?:opération|raid|assaut|frappe|bombardement)\b[^,.;:]*", _I
)


# The police that caused a death a side clause names, after the victim's name set off by commas (`après la mort d'un
# autre Afro-Américain, X, par la police d'Atlanta le 12 juin`): still the side clause's, its day too.
_BY_THE_POLICE = re.compile(
    r",\s*par\s+(?:la\s+police|des\s+policiers|les\s+policiers|un\s+policier|une\s+policière)\b[^,.;:]*", _I
)


# A relative clause after the place of an attack a side clause names: it goes on telling that attack, as the arrest
# a death was told in (`après la mort d'un homme noir, George Floyd, lors de son interpellation violente`).
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:(?:qui|dont|où|which|where)\b|lors d[e']\s*(?:son|sa|leur|une?)\s+(?:interpellation|arrestation)\b)"
    r"[^,.;:]*(?=[,.;:]|$)",
    _I,
)


def _read_sides(
    sentence: Sentence,
    sides: list[tuple[int, int, int]],
    published: dt.date | None,
    blocked: frozenset[str],
    *,
    prior: bool,
    answered: str | None = None,
) -> list[_Facts]:
    """The attacks the side clauses tell; `prior`: the main clause refers back to an attack (`Ce raid survient au
    lendemain de X`), so what they tell came before that one; `answered`: the main clause reports a state's strikes
    (that state), so the fire a reply clause names was fired (`_fire_answered`)."""
    found = []
    police = _police_violence_around(sentence.text) if sides else False
    for start, end, rest in sides:
        clause = sentence.model_copy(update={"text": sentence.text[rest:end]})
        facts = _read(clause, published, blocked, police_told=police) if end - rest > 12 else None
        if facts is not None and answered is not None and not facts.trigger:
            _fire_answered(facts, sentence.text[start:rest], answered)
        # an attack, or attacks counted as a wave over a period (`après plusieurs attentats ces derniers mois`)
        wave = (
            facts is not None
            and facts.campaign
            and not facts.trigger
            and (facts.plural_told or _counted(facts.text))  # `en riposte à des attaques d'un groupe rebelle`
        )
        if facts is not None and (facts.trigger or wave) and not facts.attacks:
            facts.campaign = wave
            own_end = clause.text.find(",")
            later = facts.date is not None and own_end != -1 and facts.date.start > own_end
            if later and _AGO.search(sentence.text, max(0, start - 30), start):
                facts.date = None  # `trente ans après l'assassinat de X, la justice doit annoncer mercredi`
            facts.prior = prior
            if police and facts.weapon is lx.DEATH_BY_POLICE:
                _police_death_aside(facts)
            _spot_of_the_sentence(facts, sentence.text)
            found.append(facts)
    return found


def _police_violence_around(text: str) -> bool:
    """`Les manifestations dénonçant les violences policières ... après la mort de George Floyd le 25 mai`: the sentence
    names police violence, and so lays the death its side clause names on the police, though the clause cut from it
    does not say so (a bare `la mort de X` stays no killing, and so does one beside the police merely named: `un
    hommage a été rendu par la police`)."""
    return lx.has_any(text.lower(), _POLICE_HINTS) and _POLICE_VIOLENCE_NAMED.search(text) is not None


def _police_death_aside(facts: _Facts) -> None:
    """A death the sentence around lays on the police, named by its victim in passing: placed by its own words, not by
    its neighbours (`... des couvre-feux à Manhattan après la mort de George Floyd`), and dated only by a day told with
    it (`après la mort de X le 25 mai`, `sous le genou d'un policier à Minneapolis fin mai`): a month or a year in
    brackets at the clause's end dates what the sentence tells (`le débat sur les violences policières après la mort de
    X aux Etats-Unis (juin 2020)`)."""
    facts.recalled = True
    date = facts.date
    if date is not None and date.precision != "day" and facts.text[: date.start].rstrip().endswith("("):
        facts.date = None


# Police violence named (`les violences policières`, `une bavure`).
_POLICE_VIOLENCE_NAMED = re.compile(r"\b(?:brutalités?|violences?)\s+policières?|\bbavures?\b", _I)


def _spot_of_the_sentence(facts: _Facts, text: str) -> None:
    """A side clause's place set off as a street in a town that only the rest of the sentence names (`après qu'une
    camionnette a foncé dans la foule à Las Ramblas, une avenue très touristique, dans le centre-ville de Barcelone`):
    a spot of that town, as the whole sentence ranks it."""
    if facts.location and facts.place_rank == 2 and place_rank(text, facts.location) == 3:
        facts.place_rank = 3
        facts.container = facts.container or container_of(text, facts.location)


def _suicide_of_the_one_side(facts: _Facts) -> None:
    """`les deux kamikazes de l'attentat à l'aéroport de X le 22 mars`, `depuis celui perpétré le 30 octobre ... par une
    femme kamikaze`: a sentence that reports no attack of its own and names one in a side clause tells a suicide
    bombing of that one when it names a suicide bomber, whichever clause names him."""
    if not facts.suicide or facts.trigger or len(facts.sides) != 1:
        return
    side = facts.sides[0]
    if side.weapon is not None and side.weapon.name is None:
        side.suicide = True


def _answered_by(facts: _Facts) -> str | None:
    """The state whose strikes the sentence reports as done (`Des avions israéliens bombardent la bande de Gaza`,
    `l'armée israélienne a mené des frappes`), when the main clause names one; else None."""
    weapon = facts.weapon.name if facts.weapon else None
    if not facts.trigger or weapon not in _STRIKES or facts.actor is None:
        return None
    return facts.actor if lx.COUNTRY_NAMES.get(lx.fold_name(facts.actor)) else None


def _fire_answered(facts: _Facts, opener: str, state: str) -> None:
    """`Des avions israéliens bombardent la bande de Gaza, peu après des tirs de roquettes de l'enclave`, `... en
    représailles à des tirs de roquettes`: the fire a state's strikes answer was fired, an attack of its own (the gold
    set's rule), placed in the state fired at, the one that answers, unless its clause places it."""
    at = facts.weapon_at
    if facts.weapon is None or facts.weapon.name not in _FIRED or at is None or not facts.strong:
        return
    if not _ANSWER_OPENER.search(opener) or facts.attacks or facts.campaign:
        return
    if _negated(facts.text, at[0]) or _clause_blocked(facts.text, at[0]) or lx.HEDGED.search(facts.text):
        return
    facts.trigger = facts.answered = True
    if facts.location is None:
        facts.location = facts.country = state


# Strikes a state answers with.
_STRIKES = frozenset({"frappe aérienne", "bombardement", "drone", "missile", "roquette", "obus", "artillerie"})
# What opens a clause on the fire a strike answers: `après`, `en représailles à`, `en riposte à`, `en réponse à`.
_ANSWER_OPENER = re.compile(r"\b(?:après|représailles?|riposte|ripostant|répliquant|réponse)\b", _I)


def _repeated(core: str, at: tuple[int, int]) -> bool:
    """`a plusieurs fois été la cible d'attaques`, `ont repris leurs attaques`, `multiplient les attaques`,
    `régulièrement la cible de frappes`: a plural attack noun told as repeated, by the words just before it; or by
    its predicate after it (`les raids attribués à X se sont multipliés`, `des attaques de plus en plus fréquentes`)."""
    if core[at[1] - 1 : at[1]] != "s":
        return False
    if lx.REPEATED.search(core, max(0, at[0] - 50), at[0]) is None and not _recurring(core, at):
        return False
    noun = core[at[0] : at[1]].lower()
    if not noun.startswith(("attaque", "attack")):
        return True  # `attentats`: armed by their noun
    # an `attaque` is armed by what it is told with (`les attaques contre la presse` are words): an armed group, a
    # weapon or a target one strikes (ARMED_ATTACK), or forces it is aimed at
    told = core[at[0] : at[1] + 80]
    if _WORDS_THROWN.search(told):
        return False  # `a multiplié les attaques au vitriol contre Séoul`: words
    return bool(lx.ARMED_ATTACK.search(told) or _ARMED_BY.search(core))


def _some_repeated(core: str, at: tuple[int, int]) -> bool:
    """The attack noun at `at` told as repeated, or a later plural one after a plural first (`Grâce aux drones fournis
    par la Turquie, les forces ont intensifié les raids`: the drones a means, the raids the attacks told as repeated);
    after a singular (`L'attaque n'a pas été revendiquée, mais l'EI, qui a multiplié les attentats`) the sentence is
    about that one attack."""
    if _repeated(core, at):
        return True
    later = _PLURAL_TOLD_NOUN.finditer(core, at[1])
    return core[at[1] - 1 : at[1]] == "s" and any(_repeated(core, m.span()) for m in later)


def _recurring(core: str, at: tuple[int, int]) -> bool:
    """The plural attack noun at `at` told as recurring by its predicate (`se sont multipliés`, `de plus en plus
    fréquentes`) or as striking one target again and again (`régulièrement la cible de`)."""
    return bool(lx.REPEATED_AFTER.match(core, at[1]) or lx.REGULAR_TARGET.search(core, max(0, at[0] - 60), at[0]))


# (`verbales` is one of METAPHOR's words, which _wave tests the whole sentence for)
_WORDS_THROWN = re.compile(r"\b(?:au vitriol|virulentes?|personnelles?|rhétoriques?|médiatiques?)\b", _I)


# `victime d'attaques physiques`: attacks on the body.
_PHYSICAL = re.compile(r"\s+physiques\b", _I)
# Who makes repeated `attaques` armed ones: insurgents, jihadists, an armed group, or forces as their target.
_ARMED_BY = re.compile(
    rf"\b(?:{lx.ARMED_GROUPS})\b|\b(?:séparatistes|talibans|shebab)\b"
    r"|\b(?:contre|envers|visant)\s+(?:les|des)\s+(?:forces|troupes|soldats|militaires|policiers)\b",
    _I,
)


def _read_plural_told(facts: _Facts, core: str) -> None:
    if facts.trigger or facts.attacks or facts.campaign:
        return
    told = _plural_told(facts, core) or _deaths_laid_on(facts, core) or _poisonings_told(facts, core)
    told = told or _police_violence_told(facts, core)
    if not (told or _targeted_again(facts, core)):
        return
    facts.campaign = facts.plural_told = True
    facts.killed, facts.injured = [], []  # no toll of their own: `des attaques où des civils ont été tués`


def _police_violence_told(facts: _Facts, core: str) -> bool:
    """`les personnes noires tuées par la police`, `d'Afro-Américains morts tués par des policiers`, `au coeur de
    nombreuses bavures`, `de violences policières récurrentes`, `victimes de brutalités policières ces dernières
    années`: the police's killings or violence told as many, over time, with no figure: one undated aggregate (the gold
    set's rule, dev5, dev16, dev24, dev28, dev35, dev36). Not the cause a protest stands for (`dénonçant les bavures`),
    a rate (`trois fois plus susceptibles d'être tués par la police`), a hedge, a denial nor a question."""
    if "polic" not in core and "bavure" not in core and "forces de l'ordre" not in core:
        return False
    told = _POLICE_VIOLENCE.search(core)
    if told is None or "?" in core or lx.HEDGED.search(core) or _negated(core, told.start()):
        return False
    if _PROTESTED.search(core, max(0, told.start() - _PROTESTED_REACH), told.start()) or _POLICE_RATE.search(core):
        return False
    if _HABIT_LISTED.search(core, max(0, told.start() - _HABIT_LISTED_REACH), told.start()):
        return False  # `des camions qui se renversent ..., des jeunes garçons tués par la police`: grievances, habits
    facts.weapon_at = facts.anchor = told.span()
    facts.strong = True
    date = facts.date
    if date is not None and (date.precision != "year" or not _same_clause(core, date.start, told.start())):
        facts.date = None  # `Des appels à manifester mardi ... sur les personnes tuées par la police`: not theirs
    elif date is not None and facts.since is None:
        facts.since = date
    return True


_POLICE_AGENTS = r"(?:la police|des policiers|les policiers|les forces de l'ordre|des agents)"
# Police violence told as many: people killed by the police in the plural with no figure, `bavures` said to be many
# or to go on, police violence said to recur, its victims over the years (not `aux victimes de violences policières`:
# who may claim, no violence told).
_POLICE_VIOLENCE = re.compile(
    r"\b(?:personnes|Noirs|Afro-Américain(?:e?s)|hommes|femmes|jeunes|citoyens|civils)\b[\w ,'-]{0,40}?"
    r"\b(?:tuée?s|morte?s|décédée?s|abattue?s)\s+(?:[\w-]+\s+){0,2}?(?:par|aux mains de|sous les balles de)\s+"
    rf"{_POLICE_AGENTS}"
    r"|\b(?:nombreuses|multiples|innombrables|série de|autres)\s+bavures\b"
    r"|\bbavures?\s+(?:policières?\s+)?(?:comme il en existe tant d'autres|(?:qui\s+)?ne cessent"
    r"|(?:qui\s+)?se multiplient|à répétition|récurrentes|répétées)"
    r"|\b(?:violences|brutalités)\s+policières\s+(?:récurrentes|répétées|à répétition)"
    r"|\bvictimes\s+(?:[\w-]+\s+){0,2}?de\s+(?:violences|brutalités)\s+policières\s+(?:ces dernières années"
    r"|depuis (?:des|plusieurs) (?:années|décennies)|au fil des (?:ans|années))",
    _I,
)
# The cause a protest stands for, right before the words (`manifester contre les bavures`, `dénonçant les violences`),
# or an accusation (`accusée de multiples bavures`: abuses alleged, no act of their own, the gold set's dev8).
_PROTESTED = re.compile(
    r"\b(?:dénon\w+|contre|protest\w+|manifest\w+|excuser|relativiser|commettant|accus\w+|soupçonn\w+|reproch\w+)\b",
    _I,
)
_PROTESTED_REACH = 30
# A habit told in the present just before, in the same list (`des petites filles qui se font violer, des jeunes
# garçons tués par la police`): a list of grievances.
_HABIT_LISTED = re.compile(r"\bqui\s+(?:se\s+)?[a-zéè]+ent\b", _I)
_HABIT_LISTED_REACH = 120
# A rate or a risk, not killings told (`trois fois plus susceptibles d'être tués par la police`).
_POLICE_RATE = re.compile(
    r"\b(?:susceptibles?|risquent|risque|probabilité|chances?)\s+d'être\s+(?:[\w-]+\s+)?(?:tuée?s?|abattue?s?|mort)"
    r"|\btaux\s+de\s+(?:mortalité|décès|morts)\b",
    _I,
)


def _targeted_again(facts: _Facts, core: str) -> bool:
    """`un quartier chiite déjà plusieurs fois pris pour cible par l'EI`, `un pays régulièrement frappé par les groupes
    jihadistes`, `l'EI a pris à plusieurs reprises pour cible la communauté chiite`: an armed group's attacks on one
    target told only as repeated, no attack noun, one aggregate (the gold set's rule for a group's vague plural); not
    a politician's or a newspaper's (`souvent pris pour cible par le président`: words)."""
    if facts.weapon_at is not None or not lx.has_any(core.lower(), _AGAIN_HINTS):
        return False
    told = _TARGETED_AGAIN.search(core) or _TOOK_AS_TARGET_AGAIN.search(core)
    return _repetition_told(facts, core, told, lx.MURDER)


def _repetition_told(facts: _Facts, core: str, told: re.Match[str] | None, weapon: lx.Weapon) -> bool:
    """Attacks told as repeated by the words `told` matched (their group `act`), plainly (no question, hedge,
    metaphor, negation nor blocked clause): the facts' weapon, anchored on that act, no day of its own."""
    if told is None or "?" in core or lx.HEDGED.search(core) or lx.METAPHOR.search(core):
        return False
    if _negated(core, told.start("act")) or _clause_blocked(core, told.start("act")):
        return False
    facts.weapon, facts.weapon_at, facts.strong = weapon, told.span("act"), True
    facts.anchor, facts.date = told.span("act"), None
    return True


_AGAIN_HINTS = ("plusieurs", "reprises", "régulièrement", "souvent", "fréquemment")
_AGAIN = rf"(?:{lx.MANY_TIMES}|plusieurs fois|régulièrement|souvent|fréquemment)"
# Passive: the target struck again and again by an armed group (`déjà plusieurs fois prise pour cible par l'EI`).
_TARGETED_AGAIN = re.compile(
    rf"(?P<act>\b{_AGAIN}\s+(?:été\s+)?(?:prise?s?\s+pour\s+cibles?|ciblée?s?|visée?s?|frappée?s?|attaquée?s?))\s+"
    rf"par\s+(?:les?\s+|la\s+|l'|des\s+)?(?:[\w-]+\s+|[ld]'){{0,4}}?(?:{lx.ARMED_GROUPS}|groupes?\s+armés?)",
    _I,
)
# Active: the armed group took the target as its target again and again (`l'EI a pris à plusieurs reprises pour cible`).
_TOOK_AS_TARGET_AGAIN = re.compile(
    rf"(?:{lx.ARMED_GROUPS})\b[^.;:]{{0,50}}?\b(?P<act>(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:pris\s+{_AGAIN}\s+"
    rf"pour\s+cibles?|{_AGAIN}\s+(?:pris\s+pour\s+cibles?|ciblé|visé|frappé|attaqué)))\b",
    _I,
)


def _poisonings_told(facts: _Facts, core: str) -> bool:
    """`De nombreux adversaires du Kremlin ont été victimes ces dernières années d'empoisonnement`, `Plusieurs opposants
    ont été empoisonnés ces dernières années`: a government's critics poisoned over years, one aggregate (the gold
    set's rule); not poisonings they only denounce, one person's, or people poisoned by food or fumes (no critics)."""
    if facts.weapon_at is not None or "empoisonn" not in core:
        return False
    return _repetition_told(facts, core, _POISONED_MANY.search(core), lx.POISONING)


# Critics of a power, counted vaguely, poisoned in the past: the kind of people a state poisons on purpose.
_POISONED_MANY = re.compile(
    r"\b(?:de\s+nombreu(?:x|ses)|plusieurs|d'autres|nombre\s+d'|des)\s*(?:[\w-]+\s+){0,2}?(?:adversaires|opposants"
    r"|détracteurs|dissidents|critiques|journalistes|militants|transfuges|ex-agents|espions)\b[^.;:]{0,60}?"
    r"\b(?:ont|avaient)\s+été\s+(?:(?:déjà|\w+ment)\s+)?(?P<act>victimes\s+(?:[\w-]+\s+){0,4}?(?:de\s+|d')(?:tentatives\s+d')?"
    r"empoisonnements?|empoisonnée?s)\b",
    _I,
)


def _deaths_laid_on(facts: _Facts, core: str) -> bool:
    """`une mouvance jihadiste, responsable de la mort de dizaines de soldats`, `la coalition était responsable de la
    mort ou de la mutilation de 222 enfants au Yémen en 2019`: deaths of many laid on an actor are its killings, one
    aggregate (the gold set's rule), dated by a year in their clause; not one person's death (`la mort du bébé`),
    a question, a hedge or a denial."""
    if facts.weapon_at is not None or "responsable" not in core:
        return False
    laid = _RESPONSIBLE_FOR_DEATHS.search(core)
    if laid is None or "?" in core or lx.HEDGED.search(core) or lx.METAPHOR.search(core) or _war_aside(core):
        return False
    if _negated(core, laid.start()) or _clause_blocked(core, laid.start()) or _WAR_BESIDE.search(core):
        return False
    if not _KILLERS.search(core, 0, laid.start()) or _FOUND_BY_A_COURT.search(core, max(0, laid.start() - 40)):
        return False  # `le virus est responsable de la mort de milliers`; `reconnu civilement responsable`: a verdict
    facts.weapon, facts.weapon_at, facts.strong, facts.anchor = lx.MURDER, laid.span(), True, laid.span()
    date = facts.date
    if date is not None and (date.precision != "year" or not _same_clause(core, date.start, laid.start())):
        facts.date = None  # `Après un soulèvement en 2011, ..., responsable de la mort de`: the year is the upheaval's
    elif date is not None and facts.since is None:
        facts.since = date
    return True


# Deaths of many laid on someone: `responsable de la mort de dizaines de soldats`, `de citoyens américains`, `de 222
# enfants` (not `de la mort du bébé`, `d'un policier`: one death).
_RESPONSIBLE_FOR_DEATHS = re.compile(
    r"\bresponsables?\s+(?:directement\s+|indirectement\s+)?de\s+la\s+mort\s+(?:ou\s+de\s+la\s+\w+\s+)?"
    r"(?:de|d')\s*(?:(?:au moins|plus de|près de)\s+)?(?:\d[\d.  ]*\s+|des\s+|nombreu\w+\s+|dizaines|centaines"
    r"|milliers|millions|(?!un\b|une\b)(?:[\w-]+s)\b)",
    _I,
)
# A court's finding, not the killings told: `a été reconnu (civilement) responsable de la mort de`.
_FOUND_BY_A_COURT = re.compile(r"\b(?:reconnue?s?|jugée?s?|déclarée?s?)\s+(?:\w+\s+)?responsables?\b", _I)
# Who kills: an armed group, a state, its forces or a named officer (not a virus, a storm, a drug).
_KILLERS = re.compile(
    rf"\b(?:{lx.ARMED_GROUPS}|coalition|armée|régime|[EÉ]tat|forces|police|policiers|soldats|militaires|milices?"
    r"|gouvernement|général|groupe|groupuscule|mouvance|organisation)\b",
    _I,
)


def _plural_told(facts: _Facts, core: str) -> bool:
    """`affaibli par des attaques des forces afghanes`, `des attaques contre des pétroliers attribuées à Téhéran`,
    `d'innombrables meurtres de Noirs`, `a revendiqué des attaques`: attacks named only as a vague plural and told as
    done, by who made them or by a past verb: one aggregate, undated unless a year is given (the gold set's rule for
    vague plurals). Not a practice told in the present, a threat, a plan, words, a war, or attacks named by a date or a
    place (`des attentats du 13 novembre`: those are named attacks)."""
    if facts.weapon_at is None or not facts.strong or facts.act or facts.one_of or not _PLURAL_TOLD_NOUN.search(core):
        return False
    if _TOLL_COUNTED.search(core) or _PRACTICE.search(core) or _war_aside(core) or _WAR_BESIDE.search(core):
        return False  # a toll of its own is an attack read elsewhere; `ils commettent des attentats`: a practice
    if lx.HEDGED.search(core) or lx.METAPHOR.search(core):
        return False
    told = next((m for m in _PLURAL_TOLD_NOUN.finditer(core) if _one_plural_told(core, m)), None)
    if told is None:
        return False
    date = facts.date
    if date is not None and not _same_clause(core, date.start, told.start()):
        facts.date = None  # `En 2017, ..., le Japon, seul pays à avoir subi des bombardements`: not their date
    elif date is not None and date.precision != "year":
        return False  # `des frappes dimanche`: one strike told in the plural
    elif date is not None and facts.since is None:
        facts.since = date  # `plusieurs attentats commis par l'EI en 2016`: the year they are told in
    return True


def _one_plural_told(core: str, at: re.Match[str]) -> bool:
    before = core[max(0, at.start() - 60) : at.start()]
    after = core[at.end() : _clause_end(core, at.end())]
    killings = at.group().lower().startswith(("meurtre", "assassinat", "murder", "killing"))
    named = _DATE_AFTER if killings else _NAMED_AFTER  # `meurtres de Noirs`: a kind of victims, not a place
    if named.match(after) or _NOT_YET.search(before) or lx.NOT_HAPPENED.search(before) or _SPARED.search(before):
        return False  # `des attentats du 13 novembre`: named attacks; `de nouvelles attaques`, `projets d'attentats`
    quantified = _MANY.search(before)
    by = _DONE_BY.match(after)
    done = _DONE_BEFORE.search(before)
    indefinite = (
        quantified
        or _INDEFINITE_AFTER.search(before)
        or _OPENS_CLAUSE.match(core, 0, at.start())  # `en riposte à | des attaques d'un groupe rebelle`: a side clause
        or (by and by.group("by") and _DES.search(before))
    )
    if not (done or (by and indefinite) or (killings and quantified and _OF_VICTIMS.match(after))):
        return False
    if at.group().lower().startswith("attaque"):
        armed = (by and not by.group("by")) or lx.ARMED_ATTACK.search(core, at.start()) or _ARMED_BY.search(core)
        armed = armed or _PHYSICAL.match(after)  # `des attaques physiques`: blows, not words
        if _WORDS_THROWN.search(after) or not armed:
            return False  # `des attaques contre la presse`: words; `des attaques des forces afghanes`: armed
    return not (_clause_blocked(core, at.start()) or _negated(core, at.start()))


def _clause_end(core: str, start: int) -> int:
    ends = [i for i in (core.find(";", start), core.find(".", start), core.find(":", start)) if i != -1]
    return min(ends, default=len(core))


# The plural nouns of attacks that one tells as a vague plural.
_PLURAL_TOLD_NOUN = re.compile(
    r"attaques|attentats|assassinats|meurtres|frappes|bombardements|raids|attacks|bombings|killings|murders", _I
)
# A quantifier that makes a plural vague (`de nombreux`, `d'innombrables`, `une longue série de`, `plusieurs`).
_MANY = re.compile(
    r"\b(?:de\s+nombreu(?:x|ses)|d'innombrables|plusieurs|multiples|une\s+(?:longue\s+)?(?:série|succession|liste)"
    r"\s+(?:de|d')|numerous|countless|a (?:long )?(?:series|string) of)\s*(?:\w+\s+)?$",
    _I,
)
# `des` as an indefinite article, after a word that governs it (not `les victimes des attentats`, `de`+`les`).
_INDEFINITE_AFTER = re.compile(
    r"(?:\b(?:par|après|avec|en riposte à|en représailles à|en réponse à|revendiqué|téléguidé|commis|perpétré|mené"
    r"|subi|orchestré|ordonné|commandité|after|by)\s+(?:des|d')|\b(?:à la suite|victimes?|cibles?)\s+d')\s*"
    r"(?:\w+\s+)?$",
    _I,
)
# The indefinite plural opening the text read: a side clause after `en riposte`, `après` (its marker cut off).
_OPENS_CLAUSE = re.compile(r"\W*(?:à\s+)?(?:des|d')\s*(?:[\w-]+\s+)?$", _I)
# `des` or `d'` right before (`et des attaques ... attribuées à Téhéran`), not `les deux attaques revendiquées par`.
_DES = re.compile(r"\b(?:des|d')\s*(?:[\w-]+\s+)?$", _I)
# Attacks named by their date right after the noun (`du 13 novembre`, `de 2015`), or by their date or place: named
# attacks, not a vague plural.
_OF_DATE = rf"\s*(?:\w+\s+)?(?:du|de|d'|of)\s*(?:(?:\d|1er)|(?:{lx.MONTH_ALT})\b|(?:19|20)\d\d\b"
_DATE_AFTER = re.compile(_OF_DATE + ")")
_NAMED_AFTER = re.compile(_OF_DATE + "|[A-ZÀ-Þ])")
# Who made them, right after the noun: `des attaques des forces afghanes`, `d'un groupe rebelle`, `commis par des
# policiers`, `attribuées à Téhéran`, `par des hommes`.
_DONE_BY = re.compile(
    r"[^,;]{0,60}?(?:(?P<by>\b(?:commis|perpétré|mené|attribué|imputé|revendiqué|orchestré)e?s?\s+(?:par|à)\b)"
    r"|\bpar\s+(?:des|les|un|une|le|la|l')\s*(?:[\w-]+\s+)?(?:hommes|policiers|forces|militaires|soldats|troupes"
    rf"|armée|police|régime|groupes?|groupuscules?|{lx.ARMED_GROUPS})\b)"
    r"|\s*(?:[\w-]+\s+)?(?:à la roquette\s+)?(?:des|de l'|du|de la|d'un|d'une|de|d')\s*(?:[\w-]+\s+)?"
    r"(?:forces|armée|troupes|soldats|militaires|police|policiers|régime|coalition|aviation|groupe|groupuscule"
    rf"|branche|organisation|mouvement|extrémistes|néonazis?|{lx.ARMED_GROUPS})\b",
    _I,
)
# A verb before them that tells they were done (`affaibli par`, `a revendiqué`, `soupçonné d'avoir téléguidé`).
_DONE_BEFORE = re.compile(
    r"\b(?:affaiblie?s?\s+par|revendiqué|téléguidé|commis|perpétré|orchestré|commandité|subie?s?|en riposte à"
    r"|en représailles à|s'est traduite?\s+par)\s+(?:[\w']+\s+){0,5}?(?:des|d')\s*"
    r"(?:\w+\s+)?$"
    # `un groupe qui a commis plusieurs attentats`: a past verb of doing and a vague quantifier
    r"|\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:commis|perpétré|revendiqué|orchestré|mené)\s+"
    r"(?:(?:par le passé|dans le passé|à ce jour|jusqu'ici|depuis)\s+)?(?:plusieurs|de\s+nombreu(?:x|ses)"
    r"|de\s+multiples|d'innombrables)\s+(?:\w+\s+)?$"
    # `le groupe jihadiste responsable de multiples attentats`, `responsable d'atrocités et d'attentats`: a group held
    # to have made them (not `responsable des attentats`, which points back to attacks told, nor a bare `responsables
    # d'attaques`, said of anyone)
    r"|\bresponsables?\s+(?:d'[\w-]+\s+et\s+d'|de\s+(?:plusieurs|nombreu(?:x|ses)|multiples)\s+|d'innombrables\s+)"
    r"(?:\w+\s+)?$"
    # `X a déjà été victime d'attaques`, `avait souffert d'attaques`: suffered in the past (not `sont victimes`, a
    # practice told in the present)
    r"|\b(?:a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+|plusieurs fois\s+)?(?:été\s+victimes?|souffert)"
    r"\s+d'\s*(?:\w+\s+)?$",
    _I,
)
# Killings of a kind of people: `d'innombrables meurtres de Noirs`, `de nombreux meurtres récents de jeunes femmes`.
_OF_VICTIMS = re.compile(r"\s+(?:\w+\s+)?(?:de|d')\s*(?!l'|la\b|le\b)\w", _I)
# A figure of people killed or hurt in the sentence: its attack is read as one with its toll.
_TOLL_COUNTED = re.compile(
    rf"\b(?:{lx.NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:morts|tuée?s|blessée?s|victimes|killed|dead|wounded)\b"
    rf"|\b(?:la mort|le décès|the death)\s+(?:de|d'|of)\s*(?:au moins\s+|plus de\s+|at least\s+)?(?:{lx.NUMBER})",
    _I,
)
# A practice or a suffering told in the present (`ils commettent des attentats`, `les femmes subissent des agressions`).
_PRACTICE = re.compile(
    r"\b(?:commet(?:tent)?|perpètrent|perpètre|mènent|subissent|subit|lancent|organisent|revendique(?:nt)?"
    r"|utilise(?:nt)?|continuent|poursuivent|multiplient|multiplie)\b",
    _I,
)
# Attacks kept away: `épargnée par des attaques`, `pour prévenir des attentats`, `se protéger contre des frappes`.
_SPARED = re.compile(
    r"\b(?:épargnée?s?|préservée?s?|à l'abri|protég\w+|prévenir|empêcher|éviter|lutter|lutte|face)\b[^,;]*$", _I
)
# Attacks to come: `de nouvelles attaques`, `de futures frappes`, `d'éventuels attentats`.
_NOT_YET = re.compile(r"\b(?:nouvea\w*|nouvelles?|futur\w*|éventuel\w*|possibles?|prochain\w*)\s+$", _I)


def _earlier_ones(facts: _Facts, core: str) -> list[_Facts]:
    """`une énième fusillade dans un lycée`, `Cette attaque, dernière d'une longue liste visant des opposants`, `la
    dernière d'une longue série de décès d'hommes noirs tués par des policiers`: an attack told as the latest of many
    gives the earlier ones as one undated aggregate (the gold set's rule), besides itself."""
    if facts.weapon_at is None or facts.campaign or facts.attacks:
        return []  # `le dernier d'une longue série de meurtres ... commis par des policiers`: the series told already
    if not ("énième" in core or "dernier" in core or "dernière" in core):
        return []
    latest = _LATEST.search(core)
    if latest is None or lx.HEDGED.search(core) or lx.METAPHOR.search(core) or _ALLEGED.search(core):
        return []
    told = latest.group("noun") or _LATEST_ATTACK.search(core, max(0, latest.start() - 60), latest.end() + 100)
    if not told or _negated(core, latest.start()) or _clause_blocked(core, latest.start()):
        return []
    earlier = _Facts(sentence=facts.sentence, text=facts.text)
    earlier.weapon, earlier.weapon_at, earlier.strong, earlier.campaign = facts.weapon, facts.weapon_at, True, True
    earlier.anchor, earlier.country = latest.span(), facts.country
    return [earlier]


def _murders_convicted(facts: _Facts, core: str) -> list[_Facts]:
    """`condamné à perpétuité pour huit meurtres commis entre 1987 et 2001`, `reconnu coupable de cinq meurtres`: the
    killings a conviction or a charge counts (lx.MURDERS_CONVICTED), one aggregate with that count as its toll, dated
    by the span of years the sentence gives, besides what the sentence reports."""
    if not ("meurtres" in core or "assassinats" in core or "homicides" in core):
        return []
    m = lx.MURDERS_CONVICTED.search(core)
    count = parse_number(m.group("n")) if m is not None else None
    if m is None or not count or count < 2 or not _charge_stands(core, m):
        return []
    counted = _Facts(sentence=facts.sentence, text=facts.text, weapon=lx.MURDER, strong=True, campaign=True)
    counted.weapon_at = counted.anchor = m.span("noun")
    counted.killed.append(Casualty(count=count, according_to=None, sentence_id=facts.key))
    counted.since = _years_span(core)
    counted.other, counted.country = bool(m.group("other") or m.group("already")), facts.country
    return [counted]


def _charge_stands(core: str, m: re.Match[str]) -> bool:
    """The conviction or charge `m` counts killings that happened: not negated (`Il n'a jamais été condamné pour deux
    meurtres`), not only possible (`pourrait être poursuivi pour six meurtres`), not set aside by an acquittal or a
    dismissal (`Jugé pour deux meurtres, il a été acquitté`, `a bénéficié d'un non-lieu`), not told in a story (`le
    roman raconte la vie d'un fermier condamné pour trois meurtres`)."""
    before = max(0, m.start() - 30)
    if lx.NEGATED_VERB.search(core, before, m.start()) or _CONDITIONAL.search(core, before, m.start()):
        return False
    return not (_CASE_DROPPED.search(core) or lx.FICTION.search(core))


# A conviction or charge set aside: an acquittal, a dismissal, charges dropped.
_CASE_DROPPED = re.compile(
    r"\b(?:acquitt\w*|non-lieu|relaxée?s?|relaxe|innocentée?s?|disculpée?s?|classée?s? sans suite"
    r"|(?:poursuites|charges|accusations)\s+(?:\w+\s+){0,3}?abandonnées)\b",
    _I,
)


# An attack told as the latest of many: `énième fusillade`, `le dernier d'une longue série de meurtres`.
_LATEST = re.compile(
    r"\b(?:énième|nième)\s+(?:[\w-]+\s+)?(?P<noun>attaques?|attentats?|fusillades?|tueries?|meurtres?|assassinats?"
    r"|agressions?|frappes?|bombardements?)\b"
    r"|\bderni(?:er|ère)s?\s+(?:en date\s+)?d'une\s+(?:longue\s+|interminable\s+)?(?:série|liste|succession)\b",
    _I,
)
# What the series is made of, or what is its latest, told close by (not `d'actes`, `de mobilisations`).
_LATEST_ATTACK = re.compile(
    r"\b(?:attaques?|attentats?|fusillades?|tueries?|meurtres?|assassinats?|agressions?|frappes?|bombardements?"
    r"|tuée?s|abattue?s|assassinée?s|violences policières|bavures?)\b",
    _I,
)
_ALLEGED = re.compile(r"\b(?:présumée?s?|supposée?s?|alleged)\b", _I)


def _named_wave(facts: _Facts, text: str, found: list[_Facts]) -> list[_Facts]:
    """`après la vague d'attentats sur le sol français`, `Ces attaques avaient marqué le début d'une sanglante série
    d'attentats islamistes`: attacks named in passing by the wave they made, with no period or toll of their own, are
    one undated aggregate (the gold set's vague plural), besides what the sentence reports; also where the wave stands
    in a side clause (`après ...`) that the main reading blanks. Not a wave feared or foretold (`la menace d'une vague
    d'attentats`, `une vague d'attentats allait toucher`), nor a series the sentence reads as its own attack (`au
    cours d'une série d'attaques le 13 novembre`, `Une série d'attentats a frappé X, faisant 250 morts`) or as a wave
    already."""
    if facts.campaign or facts.attacks or not ("vague" in text or "série" in text):
        return []
    if any(side.campaign or side.attacks for side in found):
        return []  # `Après la vague d'attentats en 2015 et 2016`: the side clause read it as a wave already
    wave = _WAVE_OF.search(text)
    own = wave is not None and facts.weapon_at is not None and wave.start() <= facts.weapon_at[0] < wave.end() + 20
    if wave is None or (own and (facts.trigger or facts.killed or facts.injured)):
        return []  # `Une série d'attentats a frappé X, faisant 250 morts`: likely one coordinated attack
    if _WAVE_FEARED.search(text, max(0, wave.start() - 40), wave.start()) or lx.HEDGED.search(text):
        return []
    if lx.METAPHOR.search(text) or _negated(text, wave.start()):
        return []
    named = _Facts(sentence=facts.sentence, text=facts.text)
    named.weapon, named.weapon_at = lx.ATTACK, wave.span("noun")
    named.strong = named.campaign = named.wave_named = True
    named.anchor, named.since = wave.span(), facts.since if own else None  # `depuis la vague ... amorcée en 2015`
    members = _MEMBERS.search(text, wave.end(), wave.end() + _WAVE_REACH)  # `, dont celles du 13 novembre à Paris`
    told = text[wave.start() : members.start() if members else wave.end() + _WAVE_REACH]
    named.location, named.country = _location(told, (0, 0))
    return [named]


# A wave of attacks named by a determiner and its noun (`la vague d'attentats`), not `cette vague` (told already) nor
# `une nouvelle vague` (one more, or one to come); a series only as what an attack began (`le début d'une sanglante
# série d'attentats`): `une série d'attaques au couteau à X` may be one night's.
_WAVE_OF = re.compile(
    r"(?:\b(?:la|une|d'une|de la)\s+(?:(?:sanglante|meurtrière|terrible|longue)\s+)?vague"
    r"|\b(?:début|premi(?:er|ère)s?)\s+d'une\s+(?:(?:sanglante|meurtrière|terrible|longue)\s+)?série)"
    r"\s+d'(?P<noun>attentats|attaques)\b",
    _I,
)
# A wave feared, threatened or foiled right before it: `la menace d'une vague d'attentats`, `pour déjouer une série`.
_WAVE_FEARED = re.compile(
    r"\b(?:(?:menaces?|risques?|craintes?|peur|projets?)\s+(?:d'|de\s+)?"
    r"|(?:redout|crai[ng]|déjou|prépar|planifi|commandit|annonc|évit|empêch)\w*\s+(?:[\w-]+\s+){0,2}?)$",
    _I,
)
# How far after the wave its place is told (`sur le sol français`, `en France`), in characters.
_WAVE_REACH = 60


def _countries_listed(facts: _Facts, text: str, found: list[_Facts]) -> list[_Facts]:
    """`des récents attentats en France, en Belgique et en Allemagne`, `ses attentats en Irak et en Syrie`, `des
    attaques similaires à celles perpétrées en France et en Allemagne`: attacks named by a plural noun (or by a pronoun
    that stands for one, told as done) and set in two countries or more: the attacks in each country, one undated
    aggregate each (the gold set's vague plural, one per country), besides those the sentence reads already. Not
    attacks planned, feared, to come or kept away (`des projets d'attentats en France et en Belgique`), nor named
    already (`ces attentats en France et en Belgique`)."""
    if " et " not in text and " ou " not in text:
        return []
    told = {side.country for side in (facts, *found) if side.campaign}
    listed: list[_Facts] = []
    for m in _PLURAL_ATTACKS_IN.finditer(text):
        countries = _countries_after(text, m.end()) if _plural_attacks_happened(m, text) else []
        for country, span in countries:
            if country in told:
                continue
            told.add(country)
            item = _Facts(sentence=facts.sentence, text=text[m.start() : span[1]], strong=True, trigger=True)
            item.campaign = item.plural_told = item.other = True
            item.anchor, item.country = span, country
            listed.append(item)
    return listed


def _targets_listed(facts: _Facts, text: str, found: list[_Facts], published: dt.date | None) -> list[_Facts]:
    """`les sanglantes attaques contre Charlie Hebdo, des policiers et le magasin Hyper Cacher`, `les attentats de
    Charlie Hebdo, Montrouge et de l'Hyper Cacher`, `les attentats de janvier 2015 (Charlie Hebdo, Montrouge, Hyper
    Cacher)`: a plural attack noun followed by a list of what the attacks struck, one of them at least a known target
    (not towns alone, which `_and_places` reads), names one attack per item (the gold set's separate targets), placed
    at its target or town and dated by the noun's month; none that the sentence names already (its own attack, or a
    side's place). A wave named by its month with its parts in parentheses is its first part. A toll told after the
    list is theirs jointly (`_Facts.listed`): none's own."""
    if not ("attentats" in text or "attaques" in text or "tueries" in text) or not (" et " in text or "(" in text):
        return []
    listed: list[_Facts] = []
    for head in lx.TARGETS_HEAD.finditer(text):
        items = _target_items(text, head)
        if len(items) < 2 or not any(item["target"] for item in items):
            continue  # towns alone: `_and_places` reads them (one night's attacks on two towns are one)
        # a wave named by its month (`les attentats de janvier 2015 (...)`) that the sentence names already happened
        wave = next((side for side in found if side.text == head.group().rstrip(" (")), None) if head["paren"] else None
        if wave is None and not _plural_attacks_happened(head, text):
            continue
        date, country = _head_date(facts, head, published), _list_country(items)
        if wave is not None:  # the wave is its first part
            wave.location, wave.country = _item_place(items[0]), country
        named = {side.location for side in (facts, *found, *listed) if side.location}
        for at, item in enumerate(items):
            place = _item_place(item)
            if (at == 0 and (wave is not None or _own_first(facts, head))) or (place and place in named):
                continue
            start = item.end("sep") if item["sep"] else item.start()
            attack = _Facts(sentence=facts.sentence, text=text[start : item.end()], strong=True, trigger=True)
            attack.weapon, attack.weapon_at, attack.anchor = lx.ATTACK, item.span(), item.span()
            attack.other, attack.date, attack.listed = True, date, (facts.sentence.position, head.start())
            attack.location, attack.country = place, country
            listed.append(attack)
    return listed


def _target_items(text: str, head: re.Match[str]) -> list[re.Match[str]]:
    """The items of the list right after the attack noun `head`: a bare comma's only in a list that `et` closes (not
    `les attentats de Paris, Lyon a dit`), all those of a list in parentheses only when it closes."""
    items: list[re.Match[str]] = []
    while (m := lx.TARGET_ITEM.match(text, items[-1].end() if items else head.end())) and (
        bool(items) == (m.group("sep") is not None)
    ):
        if m.group("town") and not _named_town(m.group("town")):
            break
        items.append(m)
    if head.group("paren"):
        return items if items and text.startswith(")", items[-1].end()) else []
    bare = [i for i, m in enumerate(items) if i and "et" not in m.group("sep")]
    closed = len(items) > 1 and "et" in items[-1].group("sep")
    return items[: bare[0]] if bare and not closed else items


def _item_place(item: re.Match[str]) -> str | None:
    return item.group("target") or item.group("town") or item.group("at")


def _list_country(items: list[re.Match[str]]) -> str | None:
    """The country of a list's targets, the first that one of its places gives (`des policiers` are in that of
    `Charlie Hebdo`, the target listed with them)."""
    places = [place for item in items if (place := _item_place(item))]
    return next((c for p in places if (c := lx.KNOWN_TARGET_COUNTRY.get(p) or country_of_place(p))), None)


def _own_first(facts: _Facts, head: re.Match[str]) -> bool:
    """The list's first item is the attack the sentence reports: its attack noun is the list's."""
    return facts.trigger and facts.weapon_at is not None and head.start() <= facts.weapon_at[0] < head.end()


def _head_date(facts: _Facts, head: re.Match[str], published: dt.date | None) -> _Date | None:
    """The month and year the attack noun names its attacks by (`les attentats de janvier 2015 (...)`), if any."""
    if not head.group("when"):
        return None
    when = _Facts(sentence=facts.sentence, text=head.group("when"))
    _read_dates(when, when.text, published)
    return when.date


def _plural_attacks_happened(m: re.Match[str], text: str) -> bool:
    """Plural attacks told as done: a pronoun by its participle, after the attack noun it stands for; a noun not
    planned, feared, to come, kept away, negated, hedged or told in a story."""
    if m.groupdict().get("pronoun"):
        gender = "masculine" if m.group("pronoun").lower() == "ceux" else "feminine"
        return _ANTECEDENT[gender].search(text, max(0, m.start() - _ANTECEDENT_REACH), m.start()) is not None
    before = text[max(0, m.start() - _INTENT_REACH) : m.start()]
    if _POINTS_BACK.search(before) or lx.NOT_HAPPENED.search(text, max(0, m.start() - 30), m.end()):
        return False  # `ces attentats en France et en Belgique`: the attacks told already
    if lx.INTENDED.search(before):
        return False
    if _NOT_YET.search(before) or _SPARED.search(before) or _negated(text, m.start()):
        return False
    if _NONE_OR_COUNTED.search(before) or _PLOTTED.search(before):
        return False  # `il n'y a pas eu d'attentats`, `le nombre d'attentats`; `il prépare des attentats`
    return not (lx.HEDGED.search(text) or lx.METAPHOR.search(text) or lx.FICTION.search(text))


def _countries_after(text: str, at: int) -> list[tuple[str, tuple[int, int]]]:
    """`en France, en Belgique et en Allemagne`: the countries listed from `at`, each with where it is written; the
    first right there, the others after a comma or `et`, `ou`; a comma alone only in a list that `et` or `ou` closes."""
    countries: list[tuple[str, tuple[int, int]]] = []
    closed = False
    while not closed and (m := _COUNTRY_ITEM.match(text, at)) and (m.group("sep") is None) == (not countries):
        country = _country_named(m.group("name"))
        if country is None:
            break
        at = m.start("name") + len(country[1])
        countries.append((country[0], (m.start("name"), at)))
        closed = m.group("sep") is not None and m.group("sep").strip() in ("et", "ou")
    return countries if closed else []


def _country_named(words: str) -> tuple[str, str] | None:
    """The country the first words of `words` name, with those words (`Arabie saoudite et` -> Arabie saoudite)."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        country = lx.COUNTRY_NAMES.get(fold_name(name).strip())
        if country is not None:
            return country, name
    return None


# Attacks named by a plural noun, or a pronoun told as done, right before the country they are set in.
_PLURAL_ATTACKS_IN = re.compile(
    r"(?i:\b(?:attentats(?:\s+(?:terroristes|jihadistes|djihadistes|islamistes|meurtriers|sanglants|suicides))?"
    r"|attaques\s+(?:terroristes|jihadistes|djihadistes|islamistes|meurtrières|sanglantes|suicides|armées)"
    r"|(?P<pronoun>celles|ceux)\s+(?:perpétrée?s|commise?s|survenue?s)))(?=\s+(?:en|au|aux)\s+[A-ZÀ-Þ])"
)
# No attacks (`pas eu d'attentats`, `sans attentats`), or attacks counted as a statistic (`le nombre d'attentats`),
# right before the noun.
_NONE_OR_COUNTED = re.compile(
    r"(?:\b(?:pas|plus|jamais|aucune?|sans|ni)\b(?:\s+[\w']+){0,2}?\s*|\b(?:nombre|taux|hausse|baisse|chiffres?"
    r"|statistiques?|bilan)\s+)(?:d'|de\s+|des\s+)?\s*(?:[\w-]+\s+)?$",
    _I,
)
# Attacks plotted, told in the present: `il prépare des attentats`, `le groupe projette des attaques`.
_PLOTTED = re.compile(
    r"\b(?:prépar|projett|planifi|fomente|envisag|appel)\w*\s+(?:à\s+)?(?:des|d'|de)\s*(?:[\w-]+\s+)?$", _I
)
# A definite or demonstrative article right before the noun (an adjective between): attacks named already.
_POINTS_BACK = re.compile(r"\b(?:les|ces|aux)\s+(?:[\w-]+\s+)?$", _I)
# One country of a list: its separator (none for the first), its preposition, then up to three words of its name.
_COUNTRY_ITEM = re.compile(
    r"(?P<sep>\s*,\s*|\s+(?:et|ou)\s+)?\s*(?:en|au|aux)\s+(?P<name>[A-ZÀ-Þ][\w'-]*(?:\s+(?:[a-zé]+|[A-ZÀ-Þ][\w'-]*)){0,2})"
)


def _counted(text: str, start: int = 0, end: int | None = None) -> bool:
    """Attacks counted (`plusieurs attentats`, `trois attaques`) or told since a year (`en proie depuis 2015 aux
    attaques`), not after any year (`de la chute de la dictature en 2011 aux attentats de 2015`)."""
    for m in lx.COUNTED.finditer(text, start, len(text) if end is None else end):
        if not _YEAR.match(m.group()) or text[max(0, m.start() - 8) : m.start()].rstrip().endswith(_SINCE):
            return True
    return False


_SINCE = ("depuis", "since")


# `trente ans après X`: X happened that long before what the sentence dates.
_AGO = re.compile(r"\b(?:ans|années|mois|semaines|jours|décennies|years|months|weeks|days)\s*$", _I)


_DIGIT = re.compile(r"\d")


def _named_attacks(facts: _Facts, text: str, published: dt.date | None) -> list[_Facts]:
    """An attack named by its date (`la commémoration des attentats du 11 septembre 2001`, `le 11-Septembre`) or by
    the place it struck (`après l'attentat de Manchester`), or by a pronoun that stands for an attack noun (`après
    celui de Londres`), or by its victim whose apposition tells it (`Ilan Halimi, jeune juif tué en 2006`): it
    happened, whatever the sentence says about it."""
    low = text.lower()
    apposed = [named for m in _apposed_killings(text, low) if (named := _named(facts, m, text, published)) is not None]
    if not lx.has_any(low, _NAMING_WORDS) and not _hyphenated_day(text):
        return apposed
    found = [named for m in _named_matches(text) if (named := _named(facts, m, text, published)) is not None]
    found += apposed
    if "celui" in low or "celle" in low or "ceux" in low:
        standing, spans = _nouns_for_pronouns(text)
        matches = _named_matches(standing) if spans else []
        by_pronoun = [m for m in matches if any(start <= m.start() < end for start, end, _ in spans)]
        listed = {(m.start(), m.end()) for head in by_pronoun for m in _and_places(standing, head)}  # `et Bruxelles`
        for m in matches:
            if (m in by_pronoun or (m.start(), m.end()) in listed) and (
                named := _named(facts, m, standing, published, own=False)
            ) is not None:
                named.text = text[_as_written(m.start(), spans) : _as_written(m.end(), spans)]
                named.other = True  # `deux mois après celui de Londres`: another attack than the one its noun names
                found.append(named)
    return found


def _apposed_killings(text: str, low: str) -> list[re.Match[str]]:
    """`Ilan Halimi, jeune juif tué en 2006`, `Maëlys, tuée ... le 27 août 2017 à X` (VICTIM_APPOSITION): a named victim
    whose apposition tells the killing and its day, month or year (an undated one is the story's own, or one of
    several victims of an attack the article tells whole), no accident, war, animal nor attacker (APPOSED_NOT_MURDER);
    a name that is no place, and of two words at the head of the sentence (not `Là, je n'ai tué personne`); not in a
    story told (`Le film raconte l'histoire de X, abattu par la police en 2005`)."""
    if "," not in text or not lx.has_any(low, _APPOSED_VERBS) or lx.FICTION.search(text):
        return []
    found = []
    for m in lx.VICTIM_APPOSITION.finditer(text):
        name, told = m.group("name"), m.group("who") + m.group("rest")
        if country_of_place(name) or lx.is_region(name) or name.lower() in lx.MONTHS or name.lower() in lx.WEEKDAYS:
            continue
        if (m.start() == 0 or not text[: m.start()].strip()) and " " not in name and "-" not in name:
            continue
        if _APPOSED_DATE.search(told) and not lx.APPOSED_NOT_MURDER.search(told) and not lx.NOT_AN_ATTACK.search(told):
            found.append(m)
    return found


_APPOSED_VERBS = ("tué", "abattu", "assassiné", "égorgé", "lynché", "à mort", "mortellement")
# The day, month or year an apposed killing tells (`en 2006`, `le 25 mai`, `en février`).
_APPOSED_DATE = re.compile(
    rf"\b(?:19|20)\d\d\b|\b(?:\d{{1,2}}|1er)\s+(?:{lx.MONTH_ALT})\b|\ben\s+(?:{lx.MONTH_ALT})\b", _I
)


def _named(facts: _Facts, m: re.Match[str], text: str, published: dt.date | None, *, own: bool = True) -> _Facts | None:
    """The attack `m` names, if it happened; `own`: `m` is in the sentence as written, so it may be the very attack
    the sentence reports (a pronoun read as its noun never is)."""
    reported = own and facts.weapon_at is not None and m.start() <= facts.weapon_at[0] < m.end()
    if facts.trigger and reported:
        if facts.date is None and _named_before(m):  # `the 2017 Las Vegas shooting, in which 58 were killed`
            facts.date = _year_in_name(m)
        facts.date = facts.date or _month_beside_name(m, text, published)  # `L'attentat de X en mai avait fait`
        return None  # the sentence reports it already
    named = _Facts(sentence=facts.sentence, text=m.group(), strong=True, trigger=True)
    _read_weapon(named, named.text, named.text.lower())
    _read_named_day(named, m, published)
    if named.date is None:
        named.date = _years_ago(named.text, published)
    named.location, named.country = _where_named(m, text)
    if reported:  # the sentence is about it: its toll is this one's, and the day told after it
        named.killed, named.injured = facts.killed, facts.injured
        date = facts.date
        if named.date is None and date is not None and date.start >= m.end() and _told_of_it(text, m.end(), date):
            named.date = date  # `les attentats de Bruxelles qui ont fait 32 morts le 22 mars`
    named.date = named.date or _month_beside_name(m, text, published) or _apposed_date(named, m, text, published)
    _complete_named(named, m, text)
    if lx.NAMED_BY_WHEN.found(m):
        if named.date is None or _after(named.date, published):
            return None  # `un attentat en 2030`: a year to come names no attack that happened
        if named.yearless and not (_DONE.search(m.group("how")) or _LAST_ONE.match(text, m.end())):
            return None  # `une attaque contre une caserne le 30 avril`: planned as well as done, without its year
        named.victim = _victim_of_named(m, text)
        named.recalled = True
        if lx.has_any(m.group("how").lower(), lx.GATE_CLAIM):  # `une attaque revendiquée par l'EI en 2015`
            _read_claim(named, m.group("how"))
    if _killing_of_named(named, m):
        return named
    if named.date is not None or (named.location and country_of_place(named.location)) or _by_target(m, named):
        return named
    return None


def _read_named_day(named: _Facts, m: re.Match[str], published: dt.date | None) -> None:
    """The day the name `m` gives (`l'attentat du 3 mars 2016`). A hyphenated one (`les attentats du 13-Novembre
    2015`) is that day of the year written with it; without a year (`le 11-Septembre`, `Dix-sept ans après les
    attentats du 13-Novembre`) the press names by its day an attack of years before, so the latest such day before
    publication is only a guess: kept, marked `named`, to join the telling that gives the year, and listed as no
    date otherwise."""
    day = m.group("day") if lx.HYPHENATED_DAY.found(m) else named.text
    if not _DAY_HYPHEN.search(day):
        _read_dates(named, day, published)
        date = named.date
        if date is not None and _day_named_long_ago(date, m, published):
            named.date = dataclasses.replace(date, named=True)
        return
    after = _YEAR_AFTER.match(m.string, m.end())
    # the day without its hyphen, which the date patterns do not read
    _read_dates(named, _DAY_HYPHEN.sub(" ", day) + (after.group() if after else ""), published)
    if named.date is not None and after is None and not _YEAR.search(day):
        named.date = dataclasses.replace(named.date, named=True)


def _day_named_long_ago(date: _Date, m: re.Match[str], published: dt.date | None) -> bool:
    """`les attentats du 13 novembre`, in an article of June: a day and month without a year that name an attack
    (not `du 13 novembre dernier`, a date) whose latest such day before publication is months back: the press names
    so an attack of years before as often as one of last season, so the day is a guess, as the hyphenated one's."""
    if date.precision != "day" or published is None or not lx.NAMED_BY_DATE.found(m):
        return False
    if _YEAR.search(m.group()) or _LAST_ONE.match(m.string, m.end()):
        return False
    return (published - dt.date.fromisoformat(date.iso)).days > _NAMED_DAY_GUESS


# A day named without its year that lies more than this many days before publication: its year is a guess.
_NAMED_DAY_GUESS = 90

# `du 13-Novembre 2015`: the year written right after a hyphenated day.
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")


def _month_beside_name(m: re.Match[str], text: str, published: dt.date | None) -> _Date | None:
    """`l'attentat de Manchester en mai`, `l'attentat de décembre à Berlin`: a month without its year set in the name
    or right after it is the attack's, the latest such month before publication; not a trial's or a commemoration's
    (`le procès de l'attentat de Nice en septembre`), nor one to come (`en mai prochain`)."""
    if published is None or _HELD_FOR.search(text, max(0, m.start() - 30), m.start()):
        return None
    month = _MONTH_IN_NAME.search(m.group()) or _MONTH_AFTER_NAME.match(text, m.end())
    if month is None:
        return None
    number = lx.MONTHS[month.group("m").lower()]
    year = published.year if number <= published.month else published.year - 1
    return _Date(f"{year:04d}-{number:02d}", "month", month.group().strip(" ,"), m.start() + month.start())


def _apposed_date(named: _Facts, m: re.Match[str], text: str, published: dt.date | None) -> _Date | None:
    """`l'assassinat du policier X, abattu à Paris sur les Champs-Elysées le 20 avril 2017`, `après l'assassinat du
    père X par deux jihadistes, le 26 juillet 2016`, `après les attentats de Paris en 2015`: a full date (with its
    year) set after a named attack by an apposition that tells the act (its author, a participle of the killing) or by
    `en` alone is the attack's, whatever the sentence says it was named for (a trial, a claim, a ceremony); not a
    trial's (`le procès de l'attentat de X, le 3 mai 2021`)."""
    if _HELD_FOR.search(text, max(0, m.start() - 30), m.start()):
        return None
    apposed = _APPOSED.match(text, m.end())
    if apposed is None:
        return None
    told = _Facts(sentence=named.sentence, text=text)
    _read_dates(told, text[apposed.end() : apposed.end() + _APPOSED_DATE_LENGTH], published)
    date = told.date
    if date is None or date.start != 0 or not _YEAR.search(date.text) or date.precision not in ("day", "month", "year"):
        return None
    return dataclasses.replace(date, start=apposed.end())


# How far the date read after an apposition may reach (`le 1er septembre 2017`).
_APPOSED_DATE_LENGTH = 26
# What sets a date after a named attack as its own: its author (`par deux jihadistes,`), a participle of the act with
# where it was done (`, abattu à Paris sur les Champs-Elysées`), or `en` (`les attentats de Paris en 2015`).
_APPOSED = re.compile(
    r"(?:\s+par\s+[^,;:()]{1,40}?\s*,|\s*,\s*(?:abattue?s?|tuée?s?|assassinée?s?|poignardée?s?|égorgée?s?|commise?s?"
    rf"|perpétrée?s?|survenue?s?)\b[^,;:()]{{0,60}}?)\s+(?=(?:le|en)\s+(?:\d|{lx.MONTH_ALT}))"
    rf"|\s+(?=en\s+(?:(?:19|20)\d\d\b|(?:{lx.MONTH_ALT})\s+(?:19|20)\d\d\b))",
    _I,
)


_NO_YEAR_AFTER = r"\b(?!\s+(?:19|20)\d\d|\s+(?:prochain|à venir|next)\b)"
_MONTH_IN_NAME = re.compile(rf"\b(?:de|d')\s*(?P<m>{lx.MONTH_ALT}){_NO_YEAR_AFTER}", _I)
_MONTH_AFTER_NAME = re.compile(
    rf",?\s+(?:en|début|mi-|fin|au mois d[e'])\s*(?P<m>{lx.MONTH_ALT}){_NO_YEAR_AFTER}(?:\s+derni(?:er|ère))?", _I
)
_HELD_FOR = re.compile(
    r"\b(?:procès|jugement|audience|commémoration|anniversaire|hommage|cérémonie|enquête)\s+(?:de|du|des|d')\s*"
    r"(?:l'|la\s+|le\s+|les\s+)?$",
    _I,
)


def _where_named(m: re.Match[str], text: str) -> tuple[str | None, str | None]:
    """Where the attack `m` names happened: read around its noun; for a killing named by its victim that this leaves
    unplaced or placed in a country only, the town named right after the victim (and those killed with him), before
    any other clause (`le meurtre du soldat X, à Londres, en 2013`, `l'assassinat du général X et de son lieutenant à
    Bagdad`)."""
    location, country = _location(text[m.start() : _place_end(m, text)], (0, len(m.group())))
    after = _AFTER_VICTIM.match(text, m.end()) if _by_victim(m) else None
    if after is None or (location is not None and not _is_country_name(location)):
        return location, country
    place, its_country = _location(after.group("where"), (0, 0))
    return (place, its_country) if place and not _is_country_name(place) else (location, country)


# The words right after a victim's name that place the killing: a preposition of place up to the next comma.
_AFTER_VICTIM = re.compile(
    r"\s*,?\s*(?:(?:et|and)\s+(?:de|d'|du|of)\s+[^,;:.()]{1,40}?\s+)?(?P<where>(?:à|au|aux|en|dans|in|at)\s[^,;:.()]+)"
)


def _years_ago(text: str, published: dt.date | None) -> _Date | None:
    """`le massacre commis il y a cinq ans`: the year that many years before publication."""
    ago = lx.YEARS_AGO.search(text) if published is not None else None
    years = (parse_number(ago.group("n")) or 0) if ago else 0
    if ago is None or published is None or not 0 < years < published.year:
        return None
    return _Date(str(published.year - years), "year", ago.group(), ago.start())


def _place_end(m: re.Match[str], text: str) -> int | None:
    """Where the place of the attack `m` names may be read up to: a victim's name is no place (`le meurtre dans le
    Kentucky de X`); a listed town, or one named before the attack noun (`the 2016 Nice truck attack`), that one only;
    else a few words after it (not `Batacl` for `Bataclan`)."""
    if _by_victim(m):
        return m.start("name")
    if m.re is lx.AND_PLACE or lx.ATTACK_PHRASE.found(m) or _named_before(m) or _struck_town(m):
        return m.end()
    if lx.VICTIM_APPOSITION.found(m):  # the apposition's own place, after the victim's name
        return m.end()
    window = _WORD_END.match(text, m.end() + 40)
    return window.end() if window else None


def _killing_of_named(named: _Facts, m: re.Match[str]) -> bool:
    """`le meurtre de George Floyd` (KILLING_OF_NAMED): one killed, named, recalled (not placed by its neighbours);
    any attack named with its victim (`l'assassinat en 2005 de X`) counts that one killed."""
    if _by_victim(m) or lx.VICTIM_APPOSITION.found(m):
        named.victim = m.group("name")
        named.recalled = True
    if named.victim and not named.killed:
        named.killed.append(Casualty(count=_victims_listed(m), according_to=None, sentence_id=named.key))
    return _by_victim(m)


def _victims_listed(m: re.Match[str]) -> int:
    """`l'assassinat du général X et de son lieutenant`, `le meurtre de X et d'Y`: one per person it names."""
    listed = lx.KILLED_OF_LIST.match(m.string, m.start())
    return 1 + len(re.findall(r"\s(?:et|and)\s", listed.group("more"))) if listed else 1


def _by_victim(m: re.Match[str]) -> bool:
    return lx.KILLING_OF_NAMED.found(m) or lx.DEATH_OF_NAMED.found(m)


def _told_of_it(text: str, start: int, date: _Date) -> bool:
    """The day after an attack's name is its own when set right after it in its clause (`l'attentat de Nice le 14
    juillet`, `à Las Vegas ce dimanche`) or in what a relative or a participle tells of it (`qui ont fait 32 morts le
    22 mars`), not the day of another verb (`le procès de l'attentat de Nice s'ouvre lundi`), nor one to come (`le 8
    mars prochain`)."""
    if not _same_clause(text, start, date.start) or _TO_COME.match(text, date.start + len(date.text)):
        return False
    return (
        len(text[start : date.start].strip(" ,")) <= _SHORT_FILLER or _OF_IT.search(text, start, date.start) is not None
    )


_SHORT_FILLER = 5  # `ce`, `cette`, `dès`: no verb
_TO_COME = re.compile(r"\s+(?:prochaine?s?|à venir|next)\b", _I)


_OF_IT = re.compile(
    r"\b(?:qui|ayant|faisant|lors|où|survenue?s?|commise?s?|perpétrée?s?|menée?s?|which|that|killing|when)\b", _I
)
_DAY_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d])|(?<=\b1er)-")  # `du 11-septembre 2001`: read as `11 septembre`
# What says that an attack named by its day without a year happened: a participle (`perpétré le 30 octobre`) or the
# last such day (`le 16 octobre dernier`).
_DONE = re.compile(
    r"\b(?:perpétrée?s?|commise?s?|survenue?s?|menée?s?|revendiquée?s?|lancée?s?|déclenchée?s?"
    r"|qui (?:a|avait|ont|avaient)|carried out|claimed)\b",
    _I,
)
_LAST_ONE = re.compile(r"\s+(?:derni(?:er|ère)|last)\b", _I)
# `après celui de Londres`, `comme ceux de Halle, en octobre 2019`, `celui d'août 2019 à Kaboul`, `celui perpétré le
# 30 octobre`: a demonstrative pronoun followed by what names an attack.
_PRONOUN = re.compile(
    r"\b(?P<pronoun>celui|celle|ceux|celles)(?=\s+(?:de|du)\b|\s+d'|\s+(?:perpétré|commis|survenu|mené)e?s?\s+le\s+\d"
    # `du type de celles qui ont ensanglanté Paris`: a verb of striking and the town (STRUCK_PLACE)
    r"|\s+qui\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:frappé|ensanglanté|endeuillé|secoué|meurtri)\b)",
    _I,
)
# The attack noun it stands for, said before it in the sentence (a pronoun read as one already counts), of its gender.
_ANTECEDENT = {
    "masculine": re.compile(r"\b(?P<noun>attentat|massacre)s?\b", _I),
    "feminine": re.compile(r"\b(?P<noun>attaque|tuerie|fusillade)s?\b", _I),
}
_ANTECEDENT_REACH = 100
# Another noun phrase between the noun and the pronoun, which the pronoun may stand for instead (`la hausse des
# fusillades, les chiffres sont comparables à ceux de 2010`); not one a preposition governs (`des attentats contre
# des mariages, comme celui de`), nor a date or a time (`le 14 juillet`, `un mois après`), nor one of another number
# than the pronoun (`des attaques d'ampleur du groupe EI, du type de celles qui`: `celles` stands for no `groupe`).
_OTHER_PHRASE = re.compile(
    r"(?<!\bcontre )(?<!\bvisant )(?<!\bà )(?<!\bdans )(?<!\bsur )(?<!\bde )(?<!\bd')(?<!\ben )(?<!\bentre )"
    r"(?<!\bpour )"
    r"\b(?P<det>les|la|le|des|du|un|une|ses|son|sa|leurs?|ces|ce|cette|cet)\s+(?!\d|1er\b|(?:ans?|années?|mois"
    r"|semaines?|jours?|heures?|veille|lendemain)\b)|(?<![\w'])(?P<det2>l')",
    _I,
)
_PLURAL_DETERMINERS = frozenset({"les", "des", "ses", "leurs", "ces"})


def _other_phrase(written: str, after: int, plural: bool) -> bool:
    """Another noun phrase after the antecedent, of the pronoun's number, that the pronoun may stand for instead."""
    for m in _OTHER_PHRASE.finditer(written, after):
        if ((m.group("det") or m.group("det2")).lower() in _PLURAL_DETERMINERS) == plural:
            return True
    return False


def _nouns_for_pronouns(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The sentence with each pronoun that stands for an attack noun written as that noun (`après celui de Londres`:
    `après l'attentat de Londres`), and where each such noun stands in it: (start, end, how much longer than the
    pronoun)."""
    spans: list[tuple[int, int, int]] = []
    out: list[str] = []
    at = 0
    for m in _PRONOUN.finditer(text):
        written = "".join(out) + text[at : m.start()]
        gender = "masculine" if m.group("pronoun").lower() in ("celui", "ceux") else "feminine"
        nouns = list(_ANTECEDENT[gender].finditer(written, max(0, len(written) - _ANTECEDENT_REACH)))
        last = nouns[-1] if nouns else None
        plural = m.group("pronoun").lower() in ("ceux", "celles")
        if last is None or _other_phrase(written, last.end(), plural):
            continue
        noun = last.group("noun").lower()
        phrase = f"les {noun}s" if plural else f"l'{noun}"
        out.append(text[at : m.start()])
        spans.append((len(written), len(written) + len(phrase), len(phrase) - len(m.group())))
        out.append(phrase)
        at = m.end()
    out.append(text[at:])
    return "".join(out), spans


def _as_written(at: int, spans: list[tuple[int, int, int]]) -> int:
    """Where a position of the sentence with its pronouns read as nouns lies in the sentence as written."""
    shift = 0
    for start, end, longer in spans:
        if at <= start:
            break
        if at < end:  # inside the noun: the pronoun's start
            return start - shift
        shift += longer
    return at - shift


_NAMING_WORDS = (
    "attentat", "attaque", "attack", "tuerie", "massacr", "fusillade", "bombing", "shooting", "assassinat", "meurtre",
    "homicide", "lynchage", "la mort", "le décès",
)  # fmt: skip


def _listed_attacks(facts: _Facts, text: str, published: dt.date | None, year: int | None) -> list[_Facts]:
    """`suivie par celles de Manchester le 22 mai (22 morts), de London Bridge le 3 juin (huit morts)`: each attack
    listed by its place is an event of its own when the list gives it a day or a toll; a claim said of the list
    after it (`toutes revendiquées par l'EI`) is each one's."""
    head = lx.LIST_HEAD.search(text) if _DIGIT.search(text) else None  # a day or a toll: a figure
    if head is None or not facts.attack_noun or facts.act:
        return []
    items, at = [], head.end()
    while m := lx.LISTED_ITEM.match(text, at):
        items.append(m)
        at = m.end()
    found = []
    # In the pluperfect, a day without a year is the last year written's (no year: which one is unknown).
    base = (dt.date(year, 12, 31) if year is not None else None) if facts.past else published
    for m in items:
        item = _Facts(sentence=facts.sentence, text=m.group("body"), strong=True, trigger=True, other=True)
        if base is not None:
            _read_dates(item, item.text, min(base, published) if published else base)
        if m.group("toll"):
            _read_casualties(item, m.group("toll"))
        if (item.date is None or item.date.precision != "day") and not (item.killed or item.injured):
            continue
        item.location, item.country = _location(item.text, (0, 0))
        if item.location is None and (name := _NAME.match(item.text)):
            item.location, item.country = name.group(), country_of_place(name.group())  # a town we may not know
        _read_claim(item, text[at:])
        found.append(item)
    return found


def _coordinated(
    facts: _Facts, text: str, found: list[_Facts], published: dt.date | None, year: int | None
) -> list[_Facts]:
    """`contre une synagogue de Halle en octobre 2019 et contre des bars à chicha près de Francfort en février`,
    `contre le musée du Bardo le 18 mars puis contre une plage près de Sousse le 26 juin`: attacks joined by `et`, `ou`
    or `puis`, each closed by a day, month or year of its own, are one attack each (the sentence reads the first one
    as its own, the others are named in passing); after a count (`plusieurs attentats ces derniers mois, en
    particulier contre ...`), or in a sentence that reports none of its own, the first one too. Not two phrases of one
    day (one series), nor in a sentence that names no attack."""
    if not (facts.attack_noun or facts.attacks or facts.campaign):
        return []
    if not (facts.date or facts.day_untaken or any(side.date for side in found)):
        return []  # no date read anywhere in the sentence (the dates read already: nothing to search again)
    low = text.lower()
    dates = list(_JOINED_DATE.finditer(text))
    if not dates or (len(dates) < 2 and not lx.has_any(low, _COUNT_INTROS)):
        return []
    start, end = max(0, dates[0].start() - _JOINED_REACH), dates[-1].end()  # the first one closes on the first date
    first = _FIRST_JOINED.search(text, start, end) if len(dates) > 1 else None
    first = first or _AFTER_COUNT.search(text, start, end)
    if first is None:
        return []
    opens_on_place = first.group("body")[:1].lower() in "dà" and first.group("intro") is None
    if opens_on_place and not _NAMED_BEFORE.search(text, 0, first.start("body")):
        return []  # `l'annexion de la Crimée en 2014, ou ...`: a place's preposition opens an attack after its noun
    joined = [first]
    while m := _NEXT_JOINED.match(text, joined[-1].end()):
        joined.append(m)
    counted = first.group("intro") is not None and (
        facts.attacks or facts.campaign or any(side.campaign or side.attacks for side in found)
    )
    if len(joined) < 2 and not counted:
        return []
    # In the pluperfect, a day without a year is the last year written's (none written: the latest before publication).
    base = dt.date(year, 12, 31) if facts.past and year is not None else published
    items: list[_Facts] = []
    for m in joined:
        body = m.group("body")
        item = _Facts(sentence=facts.sentence, text=body, strong=True, trigger=True, other=True)
        if base is not None:
            _read_dates(item, body, min(base, published) if published else base, year)
        if item.date is None or any(item.date.iso == other.date.iso for other in items if other.date):
            return []  # undated, or two phrases of one day: one series, which the sentence reads as one
        _read_weapon(item, body, body.lower())
        item.location, item.country = _location(body, (0, 0))
        if _DIGIT.search(body):
            _read_casualties(item, body)
        items.append(item)
    # the sentence's own attack is the first one, unless it tells none of its own (`des victimes des attentats de X en
    # 2012 et de Y en 2015`)
    own = 0 if counted or not (facts.trigger or facts.killed or facts.injured) else 1
    # not one the sentence names otherwise already (`comme ceux de Halle, en octobre 2019`, read by its pronoun)
    attacks = [side for side in found if not (side.campaign or side.attacks)]  # a count's clause holds its list
    spans = [(at, at + len(side.text)) for side in attacks if (at := text.find(side.text)) >= 0]
    return [
        item
        for item, m in zip(items[own:], joined[own:], strict=True)
        if not any(a < m.end("body") and m.start("body") < b for a, b in spans)
    ]


# One of attacks joined, or one named after a count: it opens on `contre`, a place's preposition or an attack noun, and
# closes on its own day, month or year.
_JOINED_DATE = re.compile(
    rf"(?:\b(?:en|le|du)\s+|\bd')(?:(?:\d{{1,2}}|1er)\s+(?:{lx.MONTH_ALT})(?:\s+(?:19|20)\d\d)?"
    rf"|(?:{lx.MONTH_ALT})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b",
    _I,
)
# The attack nouns a phrase of attacks joined may open on (`une attaque contre X en mai`).
_JOINED_NOUNS = r"attentats?|attaques?|fusillades?|tueries?|massacres?|assassinats?|meurtres?"
_JOINED_BODY = (
    r"(?P<body>(?:\b(?:contre|de|du|à|au)\s+|\bd'|\b(?:un|une|le|la|l')\s*"
    rf"(?=(?:{_JOINED_NOUNS})\b))"
    rf"[^,;:()]{{0,90}}?,?\s*(?:{_JOINED_DATE.pattern}))"
)
# What names the attacks a count holds (`en particulier`, `dont`), and what joins one attack to the next.
_COUNT_INTRO = r"(?P<intro>\b(?:en particulier|notamment|dont|comme)\s+)"
_COUNT_INTROS = ("dont ", "notamment", "en particulier", "comme ")  # its words, looked for before it runs
_JOINER = r"\s*,?\s*(?:et|ou|puis|ou encore)\s+"
_FIRST_JOINED = re.compile(
    rf"{_COUNT_INTRO}?{_JOINED_BODY}(?={_JOINER}{_JOINED_BODY.replace('?P<body>', '')})",
    _I,
)
_AFTER_COUNT = re.compile(rf"{_COUNT_INTRO}{_JOINED_BODY}", _I)
_NEXT_JOINED = re.compile(rf"{_JOINER}{_JOINED_BODY}", _I)
# The attack noun a first phrase opening on `de`/`à` belongs to (`les attentats de Halle`, `l'attaque meurtrière à X`).
_NAMED_BEFORE = re.compile(
    rf"\b(?:{_JOINED_NOUNS}|frappes?|bombardements?|raids?|explosions?|tirs?|assauts?|ceux|celui|celles?)"
    r"(?:\s+[\w-]+)?\s*$",
    _I,
)
# How far before its date the first attack joined may open (its longest phrase, with `en particulier`).
_JOINED_REACH = 120


def _phrases_apart(facts: _Facts, text: str, low: str, found: list[_Facts], published: dt.date | None) -> list[_Facts]:
    """`un meurtre à Hambourg, un attentat à la bombe (15 blessés) et une attaque à la hache (5 blessés)`, `une
    fusillade à Munich et un attentat à la hache dans un train en Bavière`, `le massacre d'Orlando, aux Etats-Unis, et
    l'assassinat d'un couple de policiers près de Paris`: singular attack nouns listed one after the other, joined by a
    comma, `et` or `ou`, each with a place or a toll of its own, are one attack each when they are set apart: in two
    countries, or each with its own weapon; the one the sentence reads as its own is left to it. Not a list with one
    toll for the whole (`une fusillade à X et une explosion à Y ont fait 30 morts`), nor one day shared (`du 13
    novembre`): one coordinated attack."""
    if not facts.attack_noun or sum(low.count(noun) for noun in _LISTED_NOUNS) < 2:
        return []
    chain = _phrase_chain(text)
    if len(chain) < 2 or _SHARED_DAY.match(text, chain[-1][1]) or not _chain_happened(text, chain[0][0]):
        return []
    items = [_listed_phrase(facts, text[start:end], published) for start, end, _ in chain]
    own_tolls = [bool(item.killed or item.injured) for item in items]
    rest = text[: chain[0][0]] + " " + text[chain[-1][1] :]
    if not any(own_tolls) and _TOLL_WORD.search(rest):
        return []  # one toll for the whole
    if not all(item.location or toll for item, toll in zip(items, own_tolls, strict=True)) or not _set_apart(items):
        return []
    day = facts.date if facts.date and _DAY_BEFORE_LIST.fullmatch(text, facts.date.start, chain[0][0]) else None
    spans = [(at, at + len(side.text)) for side in found if (at := text.find(side.text)) >= 0]
    own = facts.weapon_at if facts.trigger else None
    kept = []
    for item, (start, end, _) in zip(items, chain, strict=True):
        if any(a < end and start < b for a, b in spans) or (own is not None and start <= own[0] < end):
            continue  # named already, or the sentence's own attack
        item.date = item.date or day
        if day is not None:
            _read_claim(item, text[: chain[0][0]])  # `l'EI a revendiqué en 2016 un meurtre à X, ...`: each one's
        kept.append(item)
    return kept


def _phrase_chain(text: str) -> list[tuple[int, int, int]]:
    """The longest run of singular attack noun phrases joined one to the next (_LISTED_DET, _LISTED_JOINER): each as
    (start, end of its own words, where its noun ends)."""
    nouns = _LISTED_NOUN.finditer(text)
    starts = [m for noun in nouns if (m := _LISTED_DET.search(text, max(0, noun.start() - 25), noun.end()))]
    runs: list[list[tuple[int, int, int]]] = []
    for i, m in enumerate(starts):
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        cut = _PHRASE_END.search(text, m.end(), limit)
        end = cut.start() if cut else limit
        after = runs[-1][-1][1] if runs else len(text)  # where the phrase before ends
        if after <= m.start() and _LISTED_JOINER.fullmatch(text, after, m.start()):
            runs[-1].append((m.start(), end, m.end()))
        else:
            runs.append([(m.start(), end, m.end())])
    return max(runs, key=len, default=[])


def _chain_happened(text: str, start: int) -> bool:
    """The attacks listed are told as done: not negated, planned, feared or told in a story."""
    if _negated(text, start) or lx.FICTION.search(text):
        return False
    before = max(0, start - _INTENT_REACH)
    return not (lx.NOT_HAPPENED.search(text, before, start + 1) or lx.INTENDED.search(text, before, start))


def _listed_phrase(facts: _Facts, phrase: str, published: dt.date | None) -> _Facts:
    """One attack of a list, read from its own words: weapon, place, toll, date."""
    item = _Facts(sentence=facts.sentence, text=phrase, strong=True, trigger=True, other=True)
    _read_weapon(item, phrase, phrase.lower())
    item.location, item.country = _location(phrase, (0, 0))
    if _DIGIT.search(phrase):
        _read_casualties(item, phrase)
        _read_dates(item, phrase, published)
    if not item.killed and _ONE_MURDERED.match(phrase):
        item.killed.append(Casualty(count=1, according_to=None, sentence_id=facts.key))
    return item


def _set_apart(items: list[_Facts]) -> bool:
    """Attacks listed are told apart: in two countries or more, or each with a weapon of its own (one at most
    unnamed)."""
    countries = {item.country for item in items}
    if None not in countries and len(countries) == len(items):
        return True
    weapons = [item.weapon.name if item.weapon else None for item in items]
    return weapons.count(None) <= 1 and len(set(weapons)) == len(weapons)


# The attack nouns a list of attacks names one by one, looked for before the phrases are.
_LISTED_NOUNS = ("attentat", "attaque", "fusillade", "tuerie", "massacre", "meurtre", "assassinat")
# A singular attack noun of that list, and the determiner that opens its phrase (`au triple attentat`, `une fusillade`).
_LISTED_NOUN = re.compile(rf"(?:{'|'.join(_LISTED_NOUNS)})\b", _I)
_LISTED_DET = re.compile(r"\b(?:un|une|le|la|l'|au|du)\s*(?:[\w-]+\s+)?[\w-]+$", _I)
# What ends a phrase's own words (a toll in brackets stays in).
_PHRASE_END = re.compile(r"[,;:.!?]|\s(?:et|ou|qui|que|dont|a|ont|avait|avaient|est|sont)\s")
# What may lie between two listed phrases: a comma, `et` or `ou`, maybe after a country in apposition (`, aux
# Etats-Unis,`), and the preposition of the next.
_LISTED_JOINER = re.compile(
    r"(?:\s*,\s*(?:aux?|en)\s+[A-ZÀ-Þ][\w'-]+(?:[\s-][A-ZÀ-Þ][\w'-]+)?)?\s*(?:,|,?\s*\b(?:et|ou)\b)\s*(?:à\s+|de\s+|d')?",
)
# A date right before the list, in the clause that names it (`a revendiqué en 2016 un meurtre à X, ...`).
_DAY_BEFORE_LIST = re.compile(r"[\w\s'-]{0,40}")
# `un meurtre`, `l'assassinat d'un/une`: one person killed.
_ONE_MURDERED = re.compile(
    r"(?:un|le|l')\s*(?:meurtre|assassinat)\b(?!\s+(?:de|d')\s*(?:deux|trois|\d|un\s+couple|une\s+famille))", _I
)


def _killed_then(facts: _Facts, core: str, published: dt.date | None) -> list[_Facts]:
    """`les forces américaines avaient tué le chef de l'EI X en octobre 2019, puis le général Y en janvier 2020`: a
    killer's killing told with its date, then another victim of the same verb with a date of its own, one killed."""
    at = facts.weapon_at
    if facts.weapon not in (lx.AGENT_KILLING, lx.KILLS_NOW) or not facts.trigger or at is None or facts.date is None:
        return []
    found = []
    for m in _THEN_KILLED.finditer(core, at[1]):
        item = _Facts(sentence=facts.sentence, text=m.group("body"), strong=True, trigger=True, act=True, other=True)
        _read_dates(item, item.text, published)
        if item.date is None or item.date.iso == facts.date.iso:
            continue
        item.killed.append(Casualty(count=1, according_to=None, sentence_id=facts.key))
        item.location, item.country = _location(item.text, (0, 0))
        found.append(item)
    return found


# `, puis le général Y en janvier 2020`: one victim (a singular determiner), no verb of its own, its year or day (and a
# town) closing the phrase.
_THEN_KILLED = re.compile(
    r",?\s+(?:puis|et enfin|then)\s+(?P<body>(?:le|la|l'|un|une|son|sa|the)\s*"
    r"(?:(?!\b(?:a|ont|est|sont|était|étaient|avait|avaient|été|sera|fut|has|had|was|were)\b)[^,.;:]){0,100}?"
    rf"\b(?:en\s+(?:(?:{lx.MONTH_ALT})\s+)?(?:19|20)\d\d|le\s+\d{{1,2}}(?:er)?\s+(?:{lx.MONTH_ALT})(?:\s+(?:19|20)\d\d)?"
    r"|in\s+(?:\w+\s+)?(?:19|20)\d\d))\b"
    r"(?:\s+(?:à|au|en|in)\s+(?-i:[A-ZÀ-Þ])[\w'-]+(?:[\s-](?-i:[A-ZÀ-Þ])[\w'-]+)*)?(?=\s*(?:[,.;:)]|$))",
    _I,
)


def _hyphenated_day(text: str) -> bool:
    return "-" in text and _DIGIT.search(text) is not None and lx.HYPHENATED_DAY.search(text) is not None


def _complete_named(named: _Facts, m: re.Match[str], text: str) -> None:
    """What the pattern that named the attack tells beyond its words: a year, a place it does not list, a toll."""
    dated_by_name = lx.NAMED_BY_DATE.found(m) or lx.HYPHENATED_DAY.found(m) or lx.NAMED_BY_WHEN.found(m)
    named.yearless = dated_by_name and not _YEAR.search(m.group()) and "il y a" not in m.group()  # `il y a 3 ans`
    if named.date is None and (lx.NAMED_BY_DATE.found(m) or _named_before(m)):  # `the 2015 Paris attacks`
        named.date = _year_in_name(m)
    if _by_any_place(m) and named.location is None:
        # `contre la synagogue de Pittsburgh`, `Charlie Hebdo`, `les attentats de Catalogne ayant fait 14 morts`
        named.location = m.groupdict().get("city") or m.groupdict().get("name") or m.groupdict().get("any")
        named.country = named.country or country_of_place(named.location or "")
    if lx.NAMED_BY_PLACE_TOLL.found(m) and not named.killed:
        _read_casualties(named, _TOLL_AFTER.match(text, m.start()).group())  # type: ignore[union-attr]  # matches
    if not named.killed and not named.injured:
        _toll_beside_name(named, m, text)
    if lx.ASSASSINATION_PLACE.found(m) and not named.killed and _ONE_ASSASSINATED.match(m.group()):
        named.killed.append(Casualty(count=1, according_to=None, sentence_id=named.key))  # `l'assassinat d'un juge`


# `son assassinat`, `l'assassinat d'un/d'une/du/de la/de l'...` or of a capitalised name: one person killed.
_ONE_ASSASSINATED = re.compile(
    r"(?i:son\s+assassinat|l'assassinat\s+(?:d'une?\b|du\b|de\s+la\b|de\s+l'))|(?i:l'assassinat\s+)(?:d'|de\s+)[A-ZÀ-Þ]"
)


def _toll_beside_name(named: _Facts, m: re.Match[str], text: str) -> None:
    """`les attentats du 11 septembre 2001, qui ont fait près de 3.000 morts`, `les 3.000 victimes des attentats du 11
    septembre 2001`: the toll a relative clause right after the name gives, or the victims counted right before it."""
    after = lx.NAMED_TOLL_AFTER.match(text, m.end())
    if after:
        _read_casualties(named, after.group())
        victims = _VICTIMS_MADE.search(after.group()) if not (named.killed or named.injured) else None
        if victims and (count := parse_number(victims.group("n"))):
            named.killed.append(Casualty(count=count, according_to=None, sentence_id=named.key))
    elif "(" in text and (parens := _TOLL_IN_PARENS_AFTER.match(text, m.end())):
        _read_casualties(named, parens.group("toll"))  # `ceux du 22 mars 2016 à Bruxelles (32 morts)`
    before = lx.NAMED_TOLL_BEFORE.search(text, max(0, m.start() - 60), m.start()) if not named.killed else None
    count = parse_number(before.group("n")) if before else None
    if count:
        named.killed.append(Casualty(count=count, according_to=None, sentence_id=named.key))


# `l'attentat de la gare d'Atocha qui avait fait 191 victimes`: the victims an attack recalled by its name made are
# its dead (the gold's reading, as `les 3.000 victimes du 11 septembre`); an attack told anew says who died.
_VICTIMS_MADE = re.compile(
    rf"\b(?:avait|avaient|a|ont)\s+fait\s+(?:{lx.PFX})?(?P<n>{lx.NUMBER})\s+(?:\w+\s+)?victimes\b(?!\s+blessée?s)",
    _I,
)


# The toll in brackets right after an attack's name, its town and its year at most between them: `ceux du 22 mars
# 2016 à Bruxelles (32 morts)`, `l'explosion du port (au moins 188 morts, plus de 6.500 blessés)`.
_TOLL_IN_PARENS_AFTER = re.compile(
    r"(?:\s*(?:(?:à|au|aux|en|in|at)\s+(?-i:[A-ZÀ-Þ])[\w'’-]+(?:[\s-](?-i:[A-ZÀ-Þ])[\w'’-]+){0,3}"
    r"|(?:en|in)\s+(?:19|20)\d\d)){0,2}"
    rf"\s*(?P<toll>{lx.TOLL_PARENS})",
    _I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD_END = re.compile(r"[\w'-]*")
_TOLL_AFTER = re.compile(r"[^;:)]{0,120}\)?")  # the toll right after an attack named by its place


def _by_target(m: re.Match[str], named: _Facts) -> bool:
    """Named by what it struck, with the place or the name that makes it one known attack."""
    return _by_any_place(m) and named.location is not None


_NAMED_BY_ANY_PLACE = (
    lx.NAMED_BY_TARGET, lx.NAMED_BY_PLACE_TOLL, lx.PLACE_NAMED_MORE, lx.QUALIFIED_ATTACK_PLACE, lx.ATTACK_PHRASE,
)  # fmt: skip


def _year_in_name(m: re.Match[str]) -> _Date | None:
    year = _YEAR.search(m.group())
    return (
        _Date(iso=year.group(), precision="year", text=year.group(), start=m.start() + year.start()) if year else None
    )


def _named_before(m: re.Match[str]) -> bool:
    return lx.PLACE_NAMED_ATTACK.found(m) and m.group("city2") is not None


def _struck_town(m: re.Match[str]) -> bool:
    """A listed town a verb says the attack struck: that one (`qui ont frappé Paris (...) et Bruxelles`), not the next
    (a place it does not list, `au Bataclan, à Paris`, is looked for after it); the town of an assassination."""
    if lx.ASSASSINATION_PLACE.found(m):
        return True
    return lx.STRUCK_PLACE.found(m) and country_of_place(m.group("city")) is not None


def _by_any_place(m: re.Match[str]) -> bool:
    return m.re is lx.AND_PLACE or any(rx.found(m) for rx in _NAMED_BY_ANY_PLACE)


def _and_places(text: str, named: re.Match[str]) -> list[re.Match[str]]:
    """`les attentats de Paris et de Bruxelles`, `survenus à Paris, Saint-Denis et Nice`: each further town listed names
    an attack too; a town after a bare comma only in a list that `et` closes (not `l'attentat de Nice, Valls a dit`)."""
    found: list[re.Match[str]] = []
    seen = {named.groupdict().get("city")}
    while (m := lx.AND_PLACE.match(text, found[-1].end() if found else named.end())) and m.group("city") not in seen:
        if not country_of_place(m.group("city")):
            break
        found.append(m)
        seen.add(m.group("city"))
        if m.group("last"):
            break
    if found and _SHARED_DAY.match(text, found[-1].end()):
        return []  # `les attentats de Paris et de Saint-Denis du 13 novembre`: one day's coordinated attacks, one event
    bare = [i for i, m in enumerate(found) if m.group("bare") is not None]
    closed = bool(found) and found[-1].group("last") is not None
    return found[: bare[0]] if bare and not closed else found


_SHARED_DAY = re.compile(rf"\s*,?\s*(?:du|le|of|on)\s+(?:\d{{1,2}}|1er|premier)\s+(?:{lx.MONTH_ALT})\b", _I)


def _named_place(m: re.Match[str]) -> bool:
    """A listed city after a contracted article; any place but a country (a war) after `massacre`, `tuerie`."""
    if m.group("city"):
        return country_of_place(m.group("city")) is not None
    return not _is_country_name(m.group("any")) and m.group("any") not in lx.MONTHS_CAPITALISED


def _named_town(name: str) -> bool:
    return not _is_country_name(name) and country_of_place(name) is not None


def _struck_place(m: re.Match[str], text: str) -> bool:
    """An attack a verb says struck a town (STRUCK_PLACE): not a country (a wave), not a month, not one planned or
    foiled (`une tentative d'attentat commise à X`)."""
    city = m.group("city")
    if _is_country_name(city) or city in lx.MONTHS_CAPITALISED:
        return False
    return not lx.NOT_HAPPENED.search(text, max(0, m.start() - 30), m.start("noun")) and not _negated(text, m.start())


def _assassinated_at(m: re.Match[str], text: str) -> bool:
    """An assassination named by its town (ASSASSINATION_PLACE): a listed town, not a country, not an attempt or a
    plot (`la tentative d'assassinat du ministre à Lyon`), not a story told (`le film raconte l'assassinat`)."""
    if not _named_town(m.group("city")) or _negated(text, m.start()) or lx.FICTION.search(text):
        return False
    return not lx.NOT_HAPPENED.search(text, max(0, m.start() - 30), m.start() + 1)


def _phrase_placed(m: re.Match[str], text: str) -> bool:
    """An attack noun phrase that sets its noun in a listed town (ATTACK_PHRASE): one that happened (not planned,
    foiled, denied or told in a story), an `attaque` armed by what the phrase tells, not a metaphor."""
    if not _named_town(m.group("city")) or m.group("city") in lx.MONTHS_CAPITALISED:
        return False
    return _phrase_happened(m, text)


def _death_a_killing(m: re.Match[str], text: str) -> bool:
    """A death named by the one who died (DEATH_OF_NAMED), told as a killing: no accident, illness or war after it."""
    return not lx.NOT_AN_ATTACK.search(text, m.end(), m.end() + _DEATH_CAUSE_REACH) and _phrase_happened(m, text)


_DEATH_CAUSE_REACH = 120


def _phrase_happened(m: re.Match[str], text: str) -> bool:
    """An attack noun phrase (ATTACK_PHRASE, KILLING_OF_NAMED) told as done: not planned, attempted, feared, rumoured,
    denied or told in a story, not a metaphor or words thrown, an `attaque` armed by what the phrase tells."""
    if _negated(text, m.start()) or lx.METAPHOR.search(m.group()) or _WORDS_THROWN.search(m.group()):
        return False
    if lx.FICTION.search(text):
        return False
    before = max(0, m.start() - _INTENT_REACH)
    if lx.NOT_HAPPENED.search(text, before, m.start("noun")) or lx.NOT_HAPPENED.search(m.group()):
        return False
    if lx.INTENDED.search(text, before, m.start()):
        return False
    if not m.group("noun").lower().startswith("attaque"):
        return True
    return lx.ARMED_ATTACK.search(m.group()) is not None or _attack_in_a_town(m)


def _attack_in_a_town(m: re.Match[str]) -> bool:
    """`après une attaque à New York`: one attack set right in a listed town, with nothing between, is an armed one;
    words thrown are aimed at someone (`une attaque à Paris contre son rival`)."""
    between = m.string[m.end("noun") : m.start("city")]
    if m.group("det").strip().lower() not in ("une", "l'") or between.strip() != "à":
        return False
    return _AIMED_AT_SOMEONE.match(m.string, m.end()) is None


# Whom an `attaque` is aimed at, told after its town: words thrown at a rival, not an armed attack.
_AIMED_AT_SOMEONE = re.compile(r"[^,.;:]{0,40}?\b(?:contre|envers|visant|against)\b", _I)


_INTENT_REACH = 80


def _named_matches(text: str) -> list[re.Match[str]]:
    dated = [*lx.NAMED_ATTACK.finditer(text), *lx.NAMED_BY_DATE.finditer(text)] if _DIGIT.search(text) else []
    ago = "il y a" in text  # `le massacre commis il y a cinq ans`: a date without a figure
    dated += [m for m in lx.NAMED_BY_WHEN.finditer(text) if _happened(m, text)] if _DIGIT.search(text) or ago else []
    dated += lx.HYPHENATED_DAY.finditer(text) if _hyphenated_day(text) else []
    placed = [m for m in lx.PLACE_NAMED_ATTACK.finditer(text) if country_of_place(m.group("city") or m.group("city2"))]
    placed += [*lx.NAMED_BY_TARGET.finditer(text), *lx.NAMED_BY_PLACE_TOLL.finditer(text)]
    placed += [m for m in lx.PLACE_NAMED_MORE.finditer(text) if _named_place(m)]
    placed += [m for m in lx.STRUCK_PLACE.finditer(text) if _struck_place(m, text)]
    placed += [m for m in lx.ASSASSINATION_PLACE.finditer(text) if _assassinated_at(m, text)]
    placed += [m for m in lx.QUALIFIED_ATTACK_PLACE.finditer(text) if _named_town(m.group("city"))]
    placed += [m for p in placed for m in _and_places(text, p)]
    low = text.lower()  # the phrase patterns switch case inside, so no gate of their own (gates.py): these
    if lx.has_any(low, _PHRASE_NOUNS):
        placed += [m for m in lx.ATTACK_PHRASE.finditer(text) if _phrase_placed(m, text)]
    if lx.has_any(low, _MURDER_NOUNS):
        placed += [m for m in lx.KILLING_OF_NAMED.finditer(text) if _phrase_happened(m, text)]
    if lx.has_any(low, _DEATH_NOUNS) and lx.has_any(low, _DEATH_CAUSES):
        placed += [m for m in lx.DEATH_OF_NAMED.finditer(text) if _death_a_killing(m, text)]
    found: list[re.Match[str]] = []
    for m in dated + placed:  # one match per attack named: the first pattern that names it
        if not any(f.start() <= m.start() < f.end() or m.start() <= f.start() < m.end() for f in found):
            found.append(m)
    return found


_PHRASE_NOUNS = ("attentat", "attaque", "tuerie", "fusillade", "massacre", "d'otages")
_MURDER_NOUNS = ("meurtre", "assassinat", "homicide", "lynchage")
_DEATH_NOUNS = ("la mort", "le décès")
_DEATH_CAUSES = (
    "asphyxi", "étouff", "tué", "abattu", "lynché", "genou", "mains de la police", "interpellation", "arrestation",
    "garde à vue",
)  # fmt: skip


def _victim_of_named(m: re.Match[str], text: str) -> str | None:
    """Whom an assassination named by its year killed, named in it or right after its year (`l'assassinat en 2005 de
    l'ancien Premier ministre Rafic Hariri`): a first name and a surname."""
    if m.group("noun") != "assassinat":
        return None
    after = _OF_VICTIM.match(text, m.end())
    window = m.group("how") + " " + (after.group() if after else "")
    return next((run for run in _NAME.findall(window) if len(run.split()) > 1), None)


_OF_VICTIM = re.compile(r"\s+(?:de|d'|du)\s*[^,.;:()]{0,80}")


def _after(date: _Date, published: dt.date | None) -> bool:
    return published is not None and date.iso[:7] > published.isoformat()[:7]


def _happened(m: re.Match[str], text: str) -> bool:
    """An attack named by what it was and when (NAMED_BY_WHEN) that the text does not say was planned, foiled or
    imagined; an `attaque` only when armed (a weapon, a qualifier or a target one strikes)."""
    if lx.NOT_HAPPENED.search(text, max(0, m.start() - 30), m.start("noun")) or lx.NOT_HAPPENED.search(m.group("how")):
        return False
    if lx.METAPHOR.search(m.group()) or _negated(text, m.start()):
        return False
    if m.group("noun") not in ("attaque", "attack"):
        return True
    after = _AFTER_WHEN.match(text, m.end())  # `une attaque en 1941 contre la base de X`: its target after the when
    return lx.ARMED_ATTACK.search(m.group("how") + " " + (after.group() if after else "")) is not None


_AFTER_WHEN = re.compile(r",?[^,.;:()\"«»]{0,60}")


def _blank_enumerations(core: str) -> str:
    """`suivie par celles de Manchester (22 morts), de Londres (huit morts)`: tolls of attacks listed in passing."""
    if "(" in core and len(lx.TOLL_IN_PARENS.findall(core)) >= 2:
        core = lx.TOLL_IN_PARENS.sub(_blank, core)
    if ":" in core:
        core = lx.TOLLS_LISTED.sub(_blank, core)
    return core


def _read_weapon(
    facts: _Facts, core: str, low: str, blocked: frozenset[str] = frozenset({lx.EXPLOSIONS_UNEXPLAINED})
) -> None:
    best: tuple[int, int, Weapon] | None = None
    for weapon, rx in lx.WEAPONS_HINTED.among(lx.HINTS_HELD.held(low)):
        m = rx.search(core)  # a weapon's first match only
        if m is None or (weapon is lx.ATTACKER and not lx.ATTACKER_DID.search(core, m.end(), m.end() + 120)):
            continue  # `attribué au tireur`: the attacker named, no attack told
        if best is None or m.start() < best[0]:
            best = (m.start(), m.end(), weapon)
    if best is None or _act_instead(facts, core, low, best, blocked):
        if best is None:
            _read_act(facts, core, low)
        return
    if best[2].name in (None, "explosion"):  # `une attaque à la voiture piégée`: the instrument named later says more
        later = [(a, b, w) for a, b, w in _all_weapons(core, low) if w.name not in (None, "explosion") and a > best[0]]
        named = [(a, b, w) for a, b, w in later if a - best[1] < 40 or _BY_AGENT.search(core, max(0, a - 12), a)]
        how = [w for a, _, w in later if _WHEN_DONE.search(core, max(0, a - 16), a)]
        # the clause that tells how gives the weapon only: the attack is still told, dated and placed, by its noun
        best = named[0] if named else (best[0], best[1], how[0]) if how else best
    facts.weapon_at = (best[0], best[1])
    facts.weapon = best[2]
    facts.bare = best[2].name is None and bool(_BARE.fullmatch(core, best[0], best[1]))
    facts.one_of = lx.ONE_OF.search(core, max(0, best[0] - 30), best[0]) is not None
    facts.series = lx.SERIES_OF.search(core, max(0, best[0] - 30), best[0]) is not None
    facts.suicide = bool(lx.SUICIDE_WORDS.search(core))
    facts.strong = _weapon_strong(core, best, blocked)


def _weapon_strong(core: str, best: tuple[int, int, Weapon], blocked: frozenset[str]) -> bool:
    """The weapon named reports an attack: no metaphor, no negation, no accident around it, a person struck."""
    start, end, weapon = best
    if lx.METAPHOR.search(core[max(0, start - 60) : end + 60]):
        return False
    if lx.NEGATED_WEAPON.search(core, max(0, start - 30), start):
        return False
    if weapon.name == "arme blanche" and lx.NOT_A_PERSON.search(core, max(0, start - 80), start):
        return False  # `une statue de Christophe Colomb a été décapitée`
    block = lx.WEAPON_BLOCK.get(weapon.name or "")
    if block is not None and block.search(core):
        return False
    unexplained = weapon.name == "explosion" and lx.EXPLOSIONS_UNEXPLAINED in blocked
    return not (unexplained and not lx.EXPLOSION_ATTACK.search(core))


def _act_instead(facts: _Facts, core: str, low: str, best: tuple[int, int, Weapon], blocked: frozenset[str]) -> bool:
    """`X a été tué par balle samedi` in an article about protests (its shots blocked), `le suspect de l'attentat de X
    a été abattu à Y` (the attack only names who he is): a killing the sentence tells of its subject is read as the
    act it is; True when it was."""
    start, end, weapon = best
    if weapon.name is None and "empoisonn" in low:
        # `l'empoisonnement de l'opposant X, victime d'une attaque à l'agent neurotoxique`: the poisoning is the act
        act = _Facts(sentence=facts.sentence, text=facts.text)
        _read_act(act, core, low)
        if act.weapon is lx.POISONING and act.strong and act.weapon_at:
            facts.weapon, facts.weapon_at, facts.act, facts.strong = act.weapon, act.weapon_at, True, True
            facts.poison_said = act.poison_said
            return True
    if weapon.name is None and lx.ATTACK_OF_SUBJECT.search(core, max(0, start - 60), start):
        act = _Facts(sentence=facts.sentence, text=facts.text)
        _read_act(act, core, low)
        at = act.weapon_at
        # what befell the subject (`a été abattu`), not what a relative clause says he did (`qui a poignardé`)
        if at and _PASSIVE.search(core, max(0, at[0] - 12), at[1]) and not _RELATIVE.search(core, end, at[0]):
            facts.weapon, facts.weapon_at, facts.act, facts.strong = act.weapon, at, True, act.strong
            facts.war_aside, facts.told_from = act.war_aside, at[0]
            return True
    if _charged_killing_instead(facts, core, low, best):
        return True
    if weapon.name not in blocked or not lx.SHOT_DEAD.search(core):
        return False
    _read_act(facts, core, low)
    return facts.act


def _charged_killing_instead(facts: _Facts, core: str, low: str, best: tuple[int, int, Weapon]) -> bool:
    """`soupçonné d'avoir mortellement poignardé sa conjointe`, `L'homme soupçonné d'avoir tué son ex-femme a été mis en
    examen pour assassinat`: the weapon found first is the charged killing's own verb, or the attack noun only names
    its charge (`pour assassinat`, `des chefs de meurtre`); the sentence tells the killing through the charge
    (CHARGED_KILLING), read instead. True when it was."""
    start, _, weapon = best
    if "avoir" not in low:
        return False
    own_verb = _KILLED_BY_ADVERB.search(core, max(0, start - 20), start) is not None
    if not (own_verb or (weapon.name is None and _CHARGE_NOUN.search(core, max(0, start - 20), start))):
        return False
    act = _Facts(sentence=facts.sentence, text=facts.text)
    _read_act(act, core, low)
    if act.weapon is not lx.CHARGED_KILLING or act.weapon_at is None:
        return False
    if own_verb and not act.weapon_at[0] < start < act.weapon_at[1]:
        return False
    facts.weapon, facts.weapon_at, facts.act, facts.strong = act.weapon, act.weapon_at, True, act.strong
    facts.means = weapon.name if own_verb else None  # `poignardé`: a knife's killing
    return True


# `d'avoir mortellement poignardé`: a killing verb that a weapon's word makes, after its adverb.
_KILLED_BY_ADVERB = re.compile(r"\bavoir\s+mortellement\s+$", _I)
# The charge an attack noun names (`mis en examen pour assassinat`, `pour "meurtre"`, `des chefs de meurtre`).
_CHARGE_NOUN = re.compile(r"\b(?:pour|chefs?\s+d'|chefs?\s+de)\s*[\"«]?\s*$", _I)


# `un attentat a fait treize morts jeudi lorsqu'une camionnette a foncé dans la foule`: the clause that tells how the
# attack named first was made, its weapon the subject.
_WHEN_DONE = re.compile(r"\b(?:lorsqu'|lorsque\s+|quand\s+)(?:une?|des|les?|la|l')\s*$", _I)
_BY_AGENT = re.compile(r"\b(?:par|by)\s+(?:une?|des|les?|la|l'|a|an|the)\s*$", _I)  # `tué ... par un drone`
_NAMED_VICTIM = re.compile(
    r"(?:assassinats?|assassination|meurtres?|murder|la mort|le décès|l'homicide|the death|the killing)\s+"
    r"(?:de|du|d'|of)\s*(?:(?:l'|la\s+|le\s+|the\s+)?[a-zé-]+\s+){0,3}[A-ZÀ-Þ][\w'-]+"
)
_BARE = re.compile(r"attaques?|assauts?|assassinats?|attacks?|meurtres?|murder|répressions?|crackdowns?|frappes?", _I)
# A bare attack noun and the verb or toll that reports it stay this close (characters).
_BARE_REACH = 80
_SUFFERED_REACH = 60  # `ont été la cible d'une ` before the noun, `raciste` after it


def _read_act(facts: _Facts, core: str, low: str) -> None:
    """No weapon or attack noun: a verb that reports a killing or an assault by itself (`a été abattu mardi`)."""
    for weapon, rx in lx.ACTS_HINTED.among(lx.HINTS_HELD.held(low)):
        if weapon is lx.DEATH_BY_POLICE and not (facts.police_told or lx.has_any(low, _POLICE_HINTS)):
            continue
        m = _named_killing(core, rx) if weapon is lx.NAMED_KILLS else rx.search(core)
        if m is None:
            continue
        if weapon in (lx.AGENT_KILLING, lx.KILLS_NOW) and not _killer_before(core, m.start()):
            counted = _COUNTED_VICTIMS.search(m.group()) is not None and "été" not in m.group()
            facts.killer_pronoun = counted and _PRONOUN_KILLER.match(core, 0, m.start()) is not None
            person = None if facts.killer_pronoun or weapon is not lx.AGENT_KILLING else _person_kills(core, m)
            if not (facts.killer_pronoun or person):
                continue
            facts.killer_pronoun = facts.killer_pronoun or person == "pronoun"
        if weapon is lx.DEATH_BY_POLICE and not (facts.police_told or lx.POLICE_CAUSED.search(core)):
            continue
        if weapon is lx.AGENT_KILLING and core[max(0, m.start() - 2) : m.start()] == "d'":  # `accusé d'avoir tué`
            continue  # (CHARGED_KILLING reads it when a killing verb follows)
        facts.weapon_at, facts.weapon, facts.act = _act_span(m, weapon), weapon, True
        facts.war_aside = weapon in _KILLINGS and _war_aside(core)
        facts.fight = weapon in _KILLINGS and _killed_fighting(core, m.start())
        facts.strong = not (
            lx.METAPHOR.search(core[max(0, m.start() - 60) : m.end() + 60])
            or (lx.NOT_A_PERSON.search(core, max(0, m.start() - 50), m.start()) and not _ASSAULT.match(m.group()))
            or _thing_struck(core, m)
            or _negated(core, m.start())
            or (weapon in (lx.KILLING_BY_AGENT, lx.DEATH_IN_ARREST, lx.SHOT_BY_FORCES) and _uncounted_plural(core, m))
            # the attacker's end (`l'assaillant, abattu par la police`); a story's (`le roman suit X, abattu par ...`)
            or (weapon is lx.SHOT_BY_FORCES and (_attacker_shot(core, m.start()) or bool(lx.FICTION.search(core))))
            or (weapon is lx.KILLING_BY_AGENT and _POLICE_RATE.search(core) is not None)  # a rate, no killing told
            or (weapon in _KILLINGS and not facts.fight and _not_a_killing(core, m.start()))
            or lx.HEDGED.search(core, max(0, m.start() - 20), m.end()) is not None  # `il aurait été assassiné`
            or (weapon is not lx.CHARGED_KILLING and lx.ACCUSED_OF.search(core, max(0, m.start() - 100), m.start()))
            or (weapon is lx.POISONING and _poison_guessed(core, m))
            or (weapon is lx.STATE_KILLINGS and lx.JUDICIAL.search(core) is not None)
            or (weapon in _POLICE_WOUNDINGS and lx.ARMED_SUSPECT.search(core) is not None)
            or (weapon in _AGENT_WOUNDINGS and core.rstrip().endswith("?"))  # `X blessé par la police ?`
            or (weapon in _POLICE_WOUNDINGS[2:] and _HURT_UNSTATED.search(core, max(0, m.start() - 60), m.start()))
            or (weapon in _AGENT_WOUNDINGS and _OPENS.match(core, 0, m.start()) is not None)  # `Blessé par X, il`
            or (weapon is lx.CHARGE_HURT and _charge_hurt_doubted(core, m.start()))
            or (weapon in (lx.BLOWS_DEALT, lx.BLOWS_STRUCK) and _blows_unstated(core, m.start()))
            or (weapon is lx.FILMED_BLOWS and _blows_untold(core, m))
            or (weapon is lx.KNEE_ON_NECK and _restraint_retold(core, m.start()))
        )
        facts.poison_said = weapon is lx.POISONING and _poison_said(core)
        return


# A wounding by the forces' means that the text does not state: none (`aucune plainte pour une personne blessée par`),
# or someone's word (`présenté comme blessé par`, `qui aurait été blessé`, `affirme avoir été blessé`, `son avocat
# assure que son client a été blessé par`).
_HURT_UNSTATED = re.compile(
    r"\b(?:aucune?|présentée?s? comme|(?:aurait|serait|auraient|seraient) été|(?:dit|affirme|assure|explique|raconte"
    r"|soutient|estime)\b(?: avoir été\b|[^.;:]*\bque\b))[^.;:]*$",
    _I,
)


def _blows_unstated(core: str, at: int) -> bool:
    """Blows told actively or by their noun (BLOWS_DEALT, BLOWS_STRUCK) that the sentence does not state as one beating
    done: someone's word (`elle affirme qu'il l'a frappée`, `il dit qu'il a reçu des coups de pied`), a habit (`il a
    régulièrement frappé sa femme`), or a blow no person deals, its subject an illness, a death or a hardship (`le
    cancer a frappé sa femme`, `la maladie l'a brutalement frappé`)."""
    return (
        lx.HABITUAL.search(core) is not None
        or _BLOWS_SAID.search(core, max(0, at - _SAID_REACH), at) is not None
        or _NO_ONE_STRIKES.search(core, max(0, at - _SAID_REACH), at) is not None
    )


# The subject of figurative blows (BLOWS_DEALT, BLOWS_STRUCK), a few words before them: an illness, a death, a
# hardship, a disaster (`Le cancer du poumon a frappé sa femme`, `La mort l'a subitement frappée`, `L'épidémie a
# principalement frappé les personnes âgées`).
_NO_ONE_STRIKES = re.compile(
    r"\b(?:maladies?|cancers?|mort|décès|deuil|malheurs?|drames?|tragédies?|sort|destin|crises?|chômage|pauvreté"
    r"|misère|épidémies?|pandémies?|virus|covid(?:-19)?|coronavirus|grippe|avc|infarctus|tempêtes?|ouragans?|séismes?"
    r"|foudre|canicule|sécheresse|inondations?|catastrophes?|intempéries)\b(?:\s+[\w'-]+){0,3}?\s*$",
    _I,
)


# Blows (BLOWS_DEALT, BLOWS_STRUCK) told only as someone's word (`elle affirme qu'il l'a frappée`, `il dit que les
# vigiles l'ont tabassé`): a complaint's allegation, which the article does not state (the gold set's rule, dev7).
_BLOWS_SAID = re.compile(
    r"\b(?:dit|disent|affirm\w*|assur\w*|racont\w*|soutien\w*|prétend\w*|accus\w*|dénonc\w*)\b"
    r"[^.;:]*\bqu(?:e\b|')[^.;:]*$",
    _I,
)
# How far before the blows the word that tells them as a claim may start (characters).
_SAID_REACH = 80


def _charge_hurt_doubted(core: str, at: int) -> bool:
    """A wounding by a police charge or baton (CHARGE_HURT) that the sentence does not tell as police force on someone:
    the one hurt is a police officer (`un policier a été blessé lors d'une charge des CRS`), or died of it (a killing,
    which a wounding would count as one hurt); the side clause `après avoir été blessée`, read on its own, does not say
    what befell the one hurt after (`est morte après avoir été blessée lors d'une charge de police`); a heading glued
    before it (`► Une septuagénaire blessée par la policeÀ Nice, une manifestante ... est blessée`) makes one sentence
    of two, whose places and tolls are not the wounding's."""
    officer = _OFFICER_HURT.search(core, max(0, at - _OFFICER_REACH), at) or _HAVING_BEEN.match(core)
    glued = _GLUED_HEADING.search(core, 0, at)
    return officer is not None or glued is not None or lx.DEATH_TOLD.search(core) is not None


def _blows_untold(core: str, m: re.Match[str]) -> bool:
    """Blows on film (FILMED_BLOWS) the sentence does not tell as an act of a day: asked (`qui est ce collaborateur
    filmé en train de frapper un manifestant ?par Le Parisien`, an embedded video's title glued to the next sentence),
    or told with no day of their own (`invité aux défilés du 1er-Mai et filmé en train de frapper un manifestant`: the
    article's other days, when the video came out or the officers were held, are not the blows')."""
    return _ASKED.match(core, m.end()) is not None or _DAY_TOLD.search(core) is None


# A question that the act's words end (`filmé en train de frapper un manifestant le 2 mars ?`).
_ASKED = re.compile(r"[^.!;]*?\?")
# A day told in the sentence (`le 1er mai 2018`, `Samedi 5 janvier`, `jeudi`).
_DAY_TOLD = re.compile(
    rf"\b\d{{1,2}}(?:er)?\s+(?:{lx.MONTH_ALT})\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", _I
)
# Nothing but a pronoun before a participle that opens the sentence (`Blessé par un policier, il`, `Lui aussi blessé
# lors d'une charge de police, il a dit`): the one hurt is told before, the attacker stopped or someone the sentence
# only recalls.
_OPENS = re.compile(r"\W*(?:(?:lui|elle|eux|elles)(?:\s+aussi|-même)?\s*)?$", _I)
# A side clause `après avoir été ...` read on its own (_read_sides): its main clause is elsewhere.
_HAVING_BEEN = re.compile(r"\W*avoir\s+été\b", _I)
# A heading glued to the paragraph it opens: a word's last letter, then a capital with no space (`policeÀ Nice`).
_GLUED_HEADING = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
# How far before the wounding the officer hurt is named (characters).
_OFFICER_REACH = 60
# `Un policier a été blessé`, `un officier de la BAC ... a été`: an officer, the subject of the wounding.
_OFFICER_HURT = re.compile(
    r"\b(?:un|une|le|la|l'|ce|cet|cette)\s*(?:policier|policière|gendarme|CRS|agent|officier|fonctionnaire|commissaire"
    r"|brigadier)\b",
    _I,
)


def _restraint_retold(core: str, at: int) -> bool:
    """`celui qui a maintenu son genou sur son cou a été arrêté`, `agenouillés pendant neuf minutes, le temps pendant
    lequel un policier a appuyé son genou sur le cou de X jusqu'à sa mort`: a knee on a neck told without the death, or
    as the measure of a tribute's length, retells the killing rather than reporting it."""
    return lx.RESTRAINT_DEATH.search(core) is None or _DURING_WHICH.search(core, 0, at) is not None


# `le temps pendant lequel`, `durant lesquelles`: what follows measures a length of time.
_DURING_WHICH = re.compile(r"\b(?:pendant|durant)\s+(?:lequel|laquelle|lesquels|lesquelles)\b", _I)


def _poison_guessed(core: str, m: re.Match[str]) -> bool:
    """A poisoning given as a guess (`l'empoisonnement présumé`, `apparemment empoisonné`) anywhere in the clause;
    traces of poisoning only when no doctors found them (`des pêcheurs ont relevé des traces d'empoisonnement`) or
    when guessed between the finders and the finding (`les médecins ont probablement trouvé des traces`), not by a
    word after it (`les médecins ont diagnostiqué des traces d'empoisonnement, contrairement à leurs confrères,
    accusés de`)."""
    if lx.TRACES_FOUND.fullmatch(m.group()) is None:
        return lx.POISON_HEDGED.search(core) is not None
    finders = lx.POISON_FINDERS.search(core, max(0, m.start() - _FINDERS_REACH), m.start())
    return finders is None or lx.POISON_HEDGED.search(core, finders.start(), m.end()) is not None


# How far before the traces of a poisoning found their finders are named (characters).
_FINDERS_REACH = 120


def _poison_said(core: str) -> bool:
    """A poisoning told as one side's word, with no poison found nor confirmation told."""
    return lx.POISON_SAID.search(core) is not None and lx.POISON_ESTABLISHED.search(core) is None


def _act_span(m: re.Match[str], weapon: Weapon) -> tuple[int, int]:
    """Where the act is told: for a charged or confessed killing, the killing (`de l'avoir abattu`), not the charge
    (`accusé par le parquet ... de`), so that the day of the trial before it is not the killing's."""
    if weapon is not lx.CHARGED_KILLING:
        return m.span()
    return next(m.span(g) for g in ("act", "act2", "act3") if m.group(g) is not None)


def _one_killed_that_year(facts: _Facts, core: str) -> bool:
    """`X, une employée du HCR tuée en 2003`, `X, renversé et tué lors d'une rébellion en 2011`: one person killed, told
    by a singular participle with its year or month close by, is a killing recalled (many killed in a year are a war's
    or a regime's toll: those stay dated to the day)."""
    if facts.weapon is not lx.KILLED_PARTICIPLE or facts.weapon_at is None or facts.date is None:
        return False
    end = facts.weapon_at[1]
    if _IN_COMBAT.search(core, end, end + _RECALLED_REACH + 20):
        return False  # `tué en 1944 au combat`: a soldier's death in a war
    return facts.date_distance <= _RECALLED_REACH and _one_victim(core, facts.weapon_at)


def _one_murdered_undated(facts: _Facts, core: str) -> bool:
    """`en hommage au journaliste saoudien assassiné`, `X, une prostituée assassinée, ...`: one person murdered, the
    participle closing its phrase, and no date in the sentence: a murder recalled, one killed (not in a film's plot)."""
    at = facts.weapon_at
    if facts.weapon is not lx.KILLED_PARTICIPLE or at is None or facts.date is not None or lx.FICTION.search(core):
        return False
    return core[at[1] - 10 : at[1]].lower().endswith(("assassiné", "assassinée")) and _one_victim(core, at)


def _closes_phrase(core: str, end: int) -> bool:
    """Punctuation or the sentence's end right after the participle (`au journaliste saoudien assassiné.`)."""
    return core[end:].lstrip()[:1] in ("", ",", ".", ";", ":", ")")


def _one_victim(core: str, at: tuple[int, int]) -> bool:
    """The participle names one victim: `le policier abattu`, or an apposition's singular `tuée` (`X, tuée en 2003`)."""
    told = core[at[0] : at[1]]
    if _ONE_VICTIM.fullmatch(told):
        return not lx.ATTACKER_FIRST.match(told)  # not `le tireur abattu`
    return _apposed(core, at) and not told.endswith("s")


def _placing(facts: _Facts, listed: str, told_from: int) -> str:
    """The text that places the attack: from `told_from` on, only the participle's own clause for a killing told by a
    participle or an attempt on a life (`X, tué en 1944 au combat, repose à Verdun`; `une plaque du nom de l'opposant
    assassiné à Moscou en 2015, sous les fenêtres de l'ambassade`: the rest of the sentence, its places included, is
    about something else)."""
    told = " " * told_from + listed[told_from:]
    if facts.weapon is lx.KILLED_PARTICIPLE and facts.weapon_at:
        return _only_clause(told, facts.weapon_at[0])
    attempt = _dated_attempt(facts, listed)  # `accusé d'une tentative de meurtre ... en 2016, a projeté sur X`
    return _only_clause(told, attempt.start()) if attempt is not None else told


def _apposed(core: str, at: tuple[int, int]) -> bool:
    """The participle opens an apposition on its victim (`X, tuée en 2003`): the rest of the sentence, its places
    included, is about something else (`X, tué en 1944 au combat, repose à Verdun`); or between dashes (`X --tué en
    2011--`, `X – tué en 2011 –`)."""
    return core[max(0, at[0] - 2) : at[0]] in (", ", "--", "– ", "— ", "- ")


def _only_clause(text: str, start: int) -> str:
    """The text blanked but for the clause that opens at `start`."""
    end = next((i for i in range(start, len(text)) if text[i] in ",;:–—" or text[i : i + 2] == "--"), len(text))
    return " " * start + text[start:end] + " " * (len(text) - end)


# How far a participle's year or month may stand from it (characters): `tué lors d'une rébellion en 2011`.
_RECALLED_REACH = 30
_IN_COMBAT = re.compile(r"\b(?:au combat|au front|en combattant|in combat|in action)\b", _I)


def _thing_struck(core: str, act: re.Match[str]) -> bool:
    """What was struck down is a thing, however long its description: the clause the act closes opens on it (`Une
    statue équestre représentant le conquistador X a été abattue mercredi`), or the act's object is it (`ont abattu le
    monument équestre`)."""
    start = max(core.rfind(stop, 0, act.start()) for stop in (". ", "; ", ": ")) + 1
    return bool(_THING_FIRST.match(core, start, act.start()) or _THING_OBJECT.match(core, act.end()))


# A clause opening on a thing: a determiner, at most one word, then the thing (`Une statue`, `la grande statue`).
_THING_FIRST = re.compile(
    rf"\W*(?:une?|la|le|les|l'|des|cette|cet|ce|ces|a|an|the)\s*(?:\w+\s+)?(?:{lx.NOT_A_PERSON.pattern})", _I
)
# The act's object right after its determiner (`abattu le monument`, `abattu la statue`).
_THING_OBJECT = re.compile(rf"\s*(?:\w+\s+)?(?:{lx.NOT_A_PERSON.pattern})", _I)


# An assault told by its verb: an aircraft before it is its subject (`des hélicoptères ont attaqué des cibles`), not the
# one killed (`l'avion a été abattu`).
_ASSAULT = re.compile(r"\w+\s+(?:\w+\s+){0,2}(?:attaqué|pris d'assaut)\b|(?:attacked|stormed)\b", _I)
# Words one of which POLICE_CAUSED needs: a cheap test before the death pattern.
_POLICE_HINTS = ("polic", "bavure", "mains de", "arrestation", "interpellation", "garde à vue", "forces de l'ordre")
# Killings told without a weapon: none of them in a disaster, an accident or a war as a whole.
_KILLINGS = (
    lx.KILLING_BY_AGENT, lx.KILLED_PASSIVE, lx.AGENT_KILLING, lx.KILLS_NOW, lx.KILLED_PARTICIPLE, lx.KILLED_BY_FIRE,
    lx.KILLED_NOW, lx.SHOT_BY_FORCES,
)  # fmt: skip
# Killings that report an attack only when dated to the day: told without their killer, or in the present.
_DATED_KILLINGS = (lx.KILLED_PASSIVE, lx.KILLED_PARTICIPLE, lx.KILLS_NOW, lx.KILLED_NOW, lx.AIR_STRIKE_NOW)
# Acts that report an attack only when dated: those killings, and an assault told in the passive (its day or month).
_DATED_ACTS = (*_DATED_KILLINGS, lx.ASSAULTED)
# How far before `a tué` its subject may start (characters): `Un homme, armé d'un fusil, a tué ...`.
_KILLER_REACH = 80


def _killer_before(core: str, at: int) -> bool:
    """`un homme a tué`, `l'armée a tué`: who killed is a person or an armed actor, in the same sentence part."""
    start = max(0, at - _KILLER_REACH, core.rfind(";", 0, at) + 1, core.rfind(":", 0, at) + 1)
    return lx.KILLER.search(core, start, at) is not None


def _person_kills(core: str, m: re.Match[str]) -> str | None:
    """`Un retraité a tué sa femme`, `un Américain de 39 ans a tué une passante`, `Il a tué sa compagne`: a person kills
    a person in crime news, the killer named by what he is (a kinship, a trade, an age, a nationality) rather than by
    the deed (KILLER), the victim by a tie to him, by what she was or by name. "pronoun" when the killer is only `il`
    (the sentence before names him), "person" when named in the sentence, None when either is not a person."""
    victim = lx.PERSON_VICTIM.search(core, m.start(), m.end() + _VICTIM_REACH)
    if victim is None or victim.start() >= m.end():
        return None
    start = max(0, m.start() - _KILLER_REACH, core.rfind(";", 0, m.start()) + 1, core.rfind(":", 0, m.start()) + 1)
    if lx.PRONOUN_KILLER.search(core, start, m.start()) is not None:
        return "pronoun"
    if lx.PERSON_KILLER.search(core, start, m.start()) is not None:
        return "person"
    if _narrated_by_name(core, m, start):
        return "person"
    national = _NATIONAL.search(core, start, m.start())
    return "person" if national is not None and lx.DEMONYMS.get(fold_name(national.group(1))) else None


def _named_killing(core: str, killing: Gated) -> re.Match[str] | None:
    """`Amédy Coulibaly assassine la policière X`, `X, délinquant radicalisé, tuait une policière`, `X tue Y d'une
    balle`: the first killing in a simple tense whose subject, right before it, is a full name (NAMED_KILLS); not in a
    story told (`dans le film, X tue`)."""
    if lx.FICTION.search(core):
        return None
    for m in killing.finditer(core):
        start = max(0, m.start() - _KILLER_REACH, core.rfind(";", 0, m.start()) + 1)
        if _NAMED_KILLER.search(core, start, m.start()) is None:
            continue
        if not _rival_beaten(core, m.start()):
            return m
    return None


# `Amédy Coulibaly assassine`, `X -- qui avait côtoyé Y en prison -- tuait`, `X, délinquant radicalisé, abattait`: the
# killer by his full name (two capitalised words at least), the subject right before the verb (an aside set off
# between them, an adverb, at most).
_NAMED_KILLER = re.compile(
    r"(?-i:\b[A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+)+)\s*(?:(?:,|--|–|—)[^.;:]{1,80}?(?:,|--|–|—)\s*)?"
    r"(?:(?:déjà|alors|ensuite|enfin|aussi)\s+)?$"
)


def _narrated_by_name(core: str, m: re.Match[str], start: int) -> bool:
    """`Le lendemain, Amédy Coulibaly a tué une policière`, `Le 9 janvier 1993, à X, Jean-Claude Romand a tué sa
    femme`: a step of a retold attack, the sentence opening on its time, told in the passé composé (not the
    pluperfect, which looks back from another scene: `Plus tôt, X avait déjà tué`), its subject the killer's full
    name; not a rival beaten (`Le 12 mars, Tony Yoka a abattu Joe Smith au troisième round`)."""
    return (
        m.group().startswith(("a ", "ont "))
        and _NARRATED_WHEN.match(core) is not None
        and _NAMED_KILLER.search(core, start, m.start()) is not None
        and not _rival_beaten(core, m.start())
    )


# When a sentence of a retold story opens on its time, set off by a comma (`Le lendemain,`, `Le 9 janvier 1993,`, `Plus
# tôt dans la matinée,`, `Vers 11 heures,`): what it tells next happened then.
_NARRATED_WHEN = re.compile(
    rf"\W*(?:le\s+(?:lendemain|surlendemain|soir|matin)|(?:le|dès le)\s+(?:\d{{1,2}}|1er)\s+(?:{lx.MONTH_ALT})"
    rf"(?:\s+(?:19|20)\d\d)?|plus\s+(?:tôt|tard)|(?:quelques|deux|trois)\s+(?:minutes|heures|jours)\s+plus\s+tard"
    r"|vers\s+\d{1,2}\s*h(?:eures?)?(?:\s*\d\d)?|à\s+\d{1,2}\s*h\s*\d\d)[^,.;:]{0,40},",
    _I,
)


# A killing verb that sport and politics use of a rival beaten (`Rafael Nadal exécute Roger Federer`, `le Paris
# Saint-Germain abat Manchester United`, `X assassine Y dans une tribune`, `Karim Benzema exécute le gardien`, `le Real
# Madrid abat les hommes de Diego Simeone`): a victim named by nothing but his full name, a keeper, a side's men. Such
# a killing is one only when its sentence tells how or what (_KILLING_TOLD).
_AS_IN_SPORT = re.compile(
    r"(?:(?:a|ont)\s+)?\w+\s+(?:froidement\s+)?(?:(?-i:[A-ZÀ-Þ][\w-]+\s+[A-ZÀ-Þ])"
    r"|[^,.;]{0,40}?\b(?:gardiens?\b|hommes\s+d[e']\s*(?-i:[A-ZÀ-Þ])))",
    _I,
)
# The means or the crime told beside a killing: `d'une balle dans la tête`, `à coups de couteau`, `la prise d'otages`.
_KILLING_TOLD = re.compile(
    r"\b(?:d'une balle|par balles?|balles? (?:dans|en pleine)|couteau|poignard|fusil|pistolet|revolver|kalachnikov"
    r"|hache|machette|arme|otages?|terroris\w*|djihadis\w*|jihadis\w*|attentats?|tueries?|meurtres?|assassinats?)\b",
    _I,
)


def _rival_beaten(core: str, at: int) -> bool:
    """The killing verb at `at` (`exécute Roger Federer`, `a abattu Joe Smith`, `abat les hommes de X`) says a rival
    was beaten (_AS_IN_SPORT), its sentence telling no means nor crime (_KILLING_TOLD)."""
    return _AS_IN_SPORT.match(core, at) is not None and _KILLING_TOLD.search(core) is None


# The one victim of such a killing: a singular determiner or a full name right after the verb.
_ONE_NAMED_VICTIM = re.compile(
    r"\w+\s+(?:froidement\s+)?(?:(?:le|la|l'|un|une|son|sa)\b|(?-i:[A-ZÀ-Þ][\w-]+\s+[A-ZÀ-Þ]))", _I
)


def _one_person_killed(core: str, at: tuple[int, int]) -> bool:
    """`a tué sa femme`, `ayant tué leur père`, `a abattu une passante`: one person, by a singular determiner (not
    `toute sa famille`)."""
    victim = lx.PERSON_VICTIM.search(core, at[0], at[1] + _VICTIM_REACH)
    return victim is not None and victim.start() < at[1] and _ONE_PERSON.match(victim.group()) is not None


# The victim after the participle: one person (`son`, `sa`, `leur`, `un`, `une`, a full name), not a family.
_ONE_PERSON = re.compile(
    r"[^\s,]+(?:\s*,[^,.;:]{1,50},)?\s+[\"«]?\s*(?:(?:son|sa|leur|un|une)\s+(?!famille\b)|(?-i:[A-ZÀ-Þ]))", _I
)
# How far after the killing's verb its victim may end (characters): `a tué d'un coup de couteau sa voisine de palier`.
_VICTIM_REACH = 80
# `un Américain`, `une jeune Française`: a person by nationality (the word must be a demonym).
_NATIONAL = re.compile(r"\b(?i:un|une|le|la|l'|deux|trois)\s*(?i:jeunes?\s+)?([A-ZÀ-Þ][\w-]+)\b")


# `Il avait tué trois policiers en 2012`: the killer named by the sentence before, the pronoun the sentence's subject.
# Only a figure of victims, active, the pronoun opening the sentence outside any quote.
_PRONOUN_KILLER = re.compile(r"\s*(?:il|elle|ils|elles|he|she|they)\s+(?:\w+\s+)?$", _I)
_COUNTED_VICTIMS = re.compile(rf"{lx.NUMBER}$", _I)


_SAID_DEAD = re.compile(r"(?:annoncée?s?|déclarée?s?|présumée?s?|donnée?s? pour|reported|presumed)\s+$", _I)


def _not_a_killing(core: str, at: int) -> bool:
    """A death in a disaster or an accident, in a war or a battle its own clause names; a death only announced
    (`annoncé mort par`)."""
    for m in lx.NOT_AN_ATTACK.finditer(core):
        if m.group().lower() not in lx.WAR_WORDS or _same_clause(core, m.start(), at):
            return True
    return bool(_SAID_DEAD.search(core, max(0, at - 20), at))


def _killed_fighting(core: str, at: int) -> bool:
    """`Huit combattants ont été tués dimanche dans des combats`: deaths in fighting its own clause names, no war,
    disaster or accident named (whether the fighting is one incident, dated to the day with a small toll, is
    `_clash_reported`'s to say)."""
    return any(_same_clause(core, m.start(), at) for m in lx.NOT_AN_ATTACK.finditer(core)) and _only_fighting(core)


def _only_fighting(text: str) -> bool:
    """Of the words that make deaths no attack (NOT_AN_ATTACK), only fighting's own (`combats`, `affrontements`): no
    war, disaster or accident named beside it."""
    return all(m.group().lower() in lx.FIGHT_WORDS for m in lx.NOT_AN_ATTACK.finditer(text))


def _war_aside(core: str) -> bool:
    """A war named in another clause than the killing's: the killing is one incident only with a toll counted."""
    return any(m.group().lower() in lx.WAR_WORDS for m in lx.NOT_AN_ATTACK.finditer(core))


def _same_clause(text: str, a: int, b: int) -> bool:
    """No comma, semicolon or colon between the two positions."""
    lo, hi = min(a, b), max(a, b)
    return not any(mark in text[lo:hi] for mark in ",;:")


def _background(text: str, low: str) -> bool:
    """The sentence counts or sets things over a period (`depuis le début de l'année`), not where fire came from
    (`tirées depuis Gaza`) nor a comparison or a state (`le plus meurtrier depuis 2005`, `occupé depuis 1967`)."""
    if "depuis" in low or "since" in low:
        text = lx.SINCE_NOT_A_PERIOD.sub(_blank, lx.FROM_PLACE.sub(_blank, text))
    return bool(lx.BACKGROUND.search(text))


def _uncounted_plural(core: str, m: re.Match[str]) -> bool:
    """`des Afro-Américains tués par la police`: people killed over the years, not one killing (no figure before)."""
    first = m.group().split()[0]
    plural = first.endswith("s") and first not in ("was", "choked")
    return plural and not re.search(lx.NUMBER, core[max(0, m.start() - 50) : m.start()], _I)


def _all_weapons(core: str, low: str) -> list[tuple[int, int, Weapon]]:
    found = []
    for weapon, rx in lx.WEAPONS_HINTED.among(lx.HINTS_HELD.held(low)):
        if m := rx.search(core):
            found.append((m.start(), m.end(), weapon))
    return sorted(found, key=lambda f: f[0])


def _is_trigger(facts: _Facts, core: str) -> bool:
    # a crowd put down is an aggregate when tolled (`_crowd_repressed`), else no event
    if not facts.strong or facts.weapon_at is None or facts.weapon is lx.CROWD_REPRESSED:
        return False
    start, end = facts.weapon_at
    remembered = facts.weapon is lx.KILLED_PARTICIPLE  # `hommage aux policiers tués le 7 juillet`: they were killed
    charged = facts.weapon is lx.CHARGED_KILLING or (
        facts.weapon is lx.MURDER and (_confessed(core, start) or _child_named(core, start))
    )  # `l'enquête sur le meurtre de la petite X`: the inquiry's words tell it happened, as a trial's
    charged = charged or _victims_listed_at(facts, core) is not None  # `le procès pour les meurtres de X et Y`
    told_by_charge = not charged and _charge_tells(core, start)
    if (
        (facts.weapon is lx.CHARGED_KILLING and _taken_child(core, facts.weapon_at))
        or _clause_blocked(core, start, remembered, charged or told_by_charge)
        or _not_one_attack(facts, core, start, end)
        or (not told_by_charge and _not_an_attack(facts, core))
    ):
        return False
    if facts.war_aside and not _small_toll(facts):
        return False  # `une guerre ... dans le Darfour où des centaines de milliers de personnes ont été tuées`
    if facts.fight or facts.weapon in (lx.CLASH, lx.FIGHTING):
        return _clash_reported(facts, core, day=facts.weapon is not lx.CLASH)
    if facts.weapon in _DATED_ACTS:
        return _dated_killing_told(facts, core, start, end)
    one_victim = _killed_just_one(facts)  # `un de ses agents avait tué une femme` en 2017
    year_only = facts.date is not None and facts.date.precision == "year"
    if facts.weapon is lx.AGENT_KILLING and facts.location is None and year_only and not one_victim:
        return False  # `la police a tué 1.098 personnes en 2019`: a year's tally, not one killing
    if facts.act or told_by_charge or _suffered(core, start, end) or _dated_attempt(facts, core) is not None:
        return True
    if facts.weapon is lx.ATTACKER:
        m = lx.ATTACKER_DID.search(core, end, end + 120)
        return m is not None and not _negated(core, m.start())
    tolled = any(c.count for c in facts.killed + facts.injured)
    if facts.bare:
        return not _offensive_on_town(core, end, tolled) and _bare_reported(facts, core, start, end, tolled)
    if tolled and not facts.background and not _generic(facts, core, start, end):
        return not _charge_unfounded(core, start)
    if _deadly(facts, core, start, end):
        return True  # `un attentat meurtrier`, `une des attaques meurtrières`
    told = _vague_toll(facts, core, start, end) or _told_by_a_verb(facts, core, start, end)
    return told or _volley_told(facts, core, start)


def _taken_child(core: str, at: tuple[int, int]) -> bool:
    """`soupçonné d'avoir enlevé et tué la petite Léa`: a child the suspect is said to have taken, then killed, named by
    her first name, is the suspicion of a missing child's case, whose fate the article may leave open (the gold set's
    dev10 rule): no killing told."""
    return _TAKEN.search(core, at[0], at[1]) is not None and _NAMED_CHILD.match(core, at[1]) is not None


_TAKEN = re.compile(r"\b(?:enlevée?s?|kidnappée?s?)\b", _I)
_NAMED_CHILD = re.compile(r"\s+(?i:la|le)\s+(?i:petite?|jeune)\s+[A-ZÀ-Þ]")


def charged_act(facts: _Facts) -> bool:
    """The sentence tells its act through the charge or the trial of its author: a killing charged (`inculpé pour avoir
    abattu deux manifestants`) or a weapon's act (`accusé d'avoir tué deux personnes par balles`)."""
    if facts.weapon is lx.CHARGED_KILLING:
        return True
    return facts.weapon_at is not None and _charge_tells(facts.text, facts.weapon_at[0])


def _charge_tells(core: str, start: int) -> bool:
    """`jugée pour avoir blessé au couteau un policier`, `condamné pour avoir poignardé sa femme`, `accusé d'avoir tué
    deux personnes par balles dans les émeutes`: the act of the weapon at `start`, told by the charge or the trial of
    its author (the participle before the weapon, or the weapon itself), happened; the trial's words do not block it,
    nor the protest it happened in. Not a charge denied or dropped near it (`acquitté`, `les charges levées`)."""
    m = _charge_of(core, start)
    return m is not None and not (_negated(core, m.start()) or _denied(core, m, start))


def _charge_unfounded(core: str, start: int) -> bool:
    """`accusé à tort d'avoir blessé au couteau un passant`, `..., a été relaxé`, `La fédération a accusé le préfet
    d'avoir blessé au couteau un gréviste`: the act of the weapon at `start` is told only by a charge denied or dropped
    near it, or by someone's accusation in the active voice (no charge); its toll tells no attack."""
    m = _charge_of(core, start)
    if m is not None:
        return _denied(core, m, start)
    return "avoir" in core and _ACCUSED_OF_ACT.search(core, max(0, start - 100), start) is not None


# `a accusé sans preuve le préfet d'avoir blessé` right before the weapon (`au couteau`): the act accused of.
_ACCUSED_OF_ACT = re.compile(r"\b(?:accus|incrimin)\w*\b[^.;]{0,80}?\bd'avoir\s+[\w-]+\s+$", _I)


def _charge_of(core: str, start: int) -> re.Match[str] | None:
    """The charge or trial (`accusé d'avoir`, `jugée pour avoir`) that tells the act of the weapon at `start`."""
    if "avoir" not in core:
        return None
    m = lx.CHARGED_ACT.search(core, max(0, start - 200), start)
    return m if m is not None and (m.group("act") or lx.ACT_PARTICIPLE.match(core, start)) else None


def _denied(core: str, charge: re.Match[str], start: int) -> bool:
    """The `charge` near the act at `start` is denied or dropped (`accusé à tort`, `a été relaxé`)."""
    return lx.CHARGE_DENIED.search(core, max(0, charge.start() - _DENIAL_REACH), start + _DENIAL_REACH) is not None


# How far from the charge a denial or a dropping of it is read (`accusé à tort`, `..., a été relaxé`).
_DENIAL_REACH = 100


def _volley_told(facts: _Facts, core: str, start: int) -> bool:
    """`un "barrage" de 13 roquettes mercredi matin`, `s'est réveillé mercredi sous un barrage de roquettes`, `essuyer
    une volée de missiles`: a volley of projectiles is named once fired; with its day, or suffered, it happened."""
    if facts.weapon is None or facts.weapon.name not in _FIRED:
        return False
    volley = _VOLLEY.search(core, max(0, start - _VOLLEY_REACH), start)
    if volley is None or _negated(core, volley.start()) or lx.HEDGED.search(core):
        return False
    day = facts.date is not None and facts.date.precision == "day"
    return day or _UNDER_FIRE.search(core, max(0, volley.start() - _UNDER_FIRE_REACH), volley.start()) is not None


# A volley right before its projectiles: `un "barrage" de 13 roquettes`, `une salve de missiles`, `une pluie d'obus`.
_VOLLEY = re.compile(
    r"\b(?:barrage|salve|volée|pluie|déluge)\W{0,3}\s*(?:de|d')\s*(?:\d+\s+|plus de \d+\s+|dizaines? d[e']\s*)?"
    r"(?:tirs\s+d[e']\s*)?$",
    _I,
)
_VOLLEY_REACH = 40
# A volley suffered: `sous un barrage de`, `essuyer une volée de`, `a essuyé une salve de`.
_UNDER_FIRE = re.compile(r"\b(?:sous|essuy\w*|subi\w*)\s+(?:[\w-]+\s+){0,4}?(?:un|une|des)\s*\W?$", _I)
_UNDER_FIRE_REACH = 50


def _dated_assault_told(facts: _Facts, core: str, start: int) -> bool:
    """`a été agressée samedi soir à X`, `a été violée fin avril par cinq hommes`: an assault on a person, told in the
    passive, reports an attack when its own day or month is close by, or opens the sentence (`Mardi 16 mars, le
    président de l'association, ..., a été frappé`), and nothing hedges, alleges or repeats it (`elle aurait été
    violée`, `présumée`, `sont régulièrement agressées`)."""
    date = facts.date
    if date is not None and date.precision not in ("day", "month"):
        return False
    if date is not None and facts.date_distance > _ASSAULT_DATE_REACH and not _opening_date(core, date):
        return False
    if lx.HEDGED.search(core) or _ALLEGED.search(core) or lx.HABITUAL.search(core):
        return False
    if _SAYS_ASSAULTED.search(core, max(0, start - _SAYS_REACH), start) or _repeated(core, (start, start + 1)):
        return False
    facts.assault_undated = date is None
    return date is not None


# `qui dit avoir été violemment agressée`, `affirme avoir été frappé`: the assault told only as its victim's word,
# which the article never states in its own voice (the gold set's rule, dev7: a complaint's allegation is no event).
_SAYS_ASSAULTED = re.compile(
    r"\b(?:dit|disent|affirm\w*|assur\w*|racont\w*|expliqu\w*|déclar\w*|soutien\w*|prétend\w*|estim\w*)\s+"
    r"(?:[\w'-]+\s+){0,4}?avoir\s+été\s+(?:\w+ment\s+)?$",
    _I,
)
# How far before the assault's participle the word that tells it as a claim may start (characters).
_SAYS_REACH = 80


# How far from the assault its day or month may be told (characters).
_ASSAULT_DATE_REACH = 40


def _dated_attempt(facts: _Facts, core: str) -> re.Match[str] | None:
    """An attempt on a person's life (ATTEMPT_ON_A_LIFE) whose noun or weapon is the one read, told with its own year
    or month in its clause (`cible d'une tentative d'assassinat en 1991`, `tentative de meurtre à l'arme blanche contre
    un réfugié en 2016`): it was made, an attack its victim survived. Undated, it may be a charge's or an inquiry's
    name (`une enquête pour tentative d'assassinat`)."""
    at, date = facts.weapon_at, facts.date
    if at is None or date is None or date.precision not in ("year", "month") or "tentative" not in core:
        return None
    attempt = next((m for m in lx.ATTEMPT_ON_A_LIFE.finditer(core) if m.start() <= at[0] < m.end()), None)
    if attempt is None or date.start < attempt.end() or lx.HEDGED.search(core):
        return None
    between = core[attempt.end() : date.start]
    return attempt if len(between) <= _ATTEMPT_DATE_REACH and not _CLAUSE_END.search(between) else None


def _attempt_years_before(facts: _Facts, core: str, published: dt.date | None) -> bool:
    """The attempt on a life the sentence reports was made in a year before the article's."""
    return _in_a_year_before(facts.date, published) and _dated_attempt(facts, core) is not None


def _in_a_year_before(date: _Date | None, published: dt.date | None) -> bool:
    """The date lies in a year before the article's (False when either is unknown)."""
    return date is not None and published is not None and int(date.iso[:4]) < published.year


# How far after the attempt its year or month may stand (characters): `contre un réfugié irakien en 2016`.
_ATTEMPT_DATE_REACH = 40
# The end of a clause: the date after it is another clause's.
_CLAUSE_END = re.compile(r"[,;:()]")


def _suffered(core: str, start: int, end: int) -> bool:
    """`un homme a fait l'objet d'une attaque raciste`, `la mairie a été la cible d'un attentat`: an attack told by whom
    it struck happened."""
    suffered = lx.SUFFERED.search(core, max(0, start - _SUFFERED_REACH), end + _SUFFERED_REACH)
    return suffered is not None and suffered.start() < start < suffered.end() and not _negated(core, suffered.start())


def _dated_killing_told(facts: _Facts, core: str, start: int, end: int) -> bool:
    """`a été tué jeudi à X`: a killing told without its killer or in the present reports an attack when dated to the
    day, plainly; a murder or one victim by its year or month; one murdered by the participle alone, undated. An
    assault told in the passive, by its own day or month (`_dated_assault_told`)."""
    if facts.weapon is lx.ASSAULTED:
        return _dated_assault_told(facts, core, start)
    near = facts.day_untaken or (
        facts.date is not None
        and facts.date.precision == "day"
        and (facts.date_distance <= 60 or (facts.weapon in _NARRATIVE_NOW and _opening_date(core, facts.date)))
    )
    # `président élu en 1960, et assassiné en 1963`: a murder is no war death, so its year or month is enough
    murdered = "assassin" in core[start:end].lower() and facts.date is not None and facts.date_distance <= 30
    # `avaient été tuées par des combattants de l'EI en novembre 2017`: an armed group's killing, no war's death
    by_armed = facts.weapon is lx.KILLED_PASSIVE and _BY_ARMED.match(core, end) is not None
    murdered = murdered or (by_armed and facts.date is not None and facts.date_distance <= 30)
    undated = _one_murdered_undated(facts, core)
    if facts.weapon is lx.KILLED_PARTICIPLE and _closes_phrase(core, end):  # `au journaliste assassiné, ...`
        return undated and not lx.HEDGED.search(core)
    return (near or murdered or undated or _one_killed_that_year(facts, core)) and not lx.HEDGED.search(core)


def _killed_years_before(facts: _Facts, core: str, published: dt.date | None) -> bool:
    """`l'ex-dictateur X --déchu et tué en 2011--`, `le président élu en 1960, et assassiné en 1963`: one person killed
    in a year before the article's, told by a participle with that year: a killing recalled, read even in an article
    whose title tells of a disaster or a war (whose own dead, of its time, are no killings)."""
    date = facts.date
    if date is None or date.precision not in ("year", "month") or facts.weapon_at is None:
        return False
    if not _in_a_year_before(date, published):
        return False
    start, end = facts.weapon_at
    murdered = "assassin" in core[start:end].lower() and facts.date_distance <= _RECALLED_REACH
    return murdered or _one_killed_that_year(facts, core)


def _opening_date(core: str, date: _Date) -> bool:
    """`Dans la nuit du 2 juin 2019, X, ..., est tué d'une balle`: the day that opens the sentence, set off by a comma,
    is the day of the scene it tells in the present, however long the clauses before the verb."""
    end = date.start + len(date.text)
    return bool(_OPENING.fullmatch(core, 0, date.start)) and core[end : end + 1] == ","


# The agent of a killing told in the passive, an armed group (`tuées par des combattants de l'EI`).
_BY_ARMED = re.compile(rf"\s+par\s+(?:des|un|une|les|le|la|l')\s*(?:[\w-]+\s+)?(?:{lx.ARMED_GROUPS})\b", _I)
# Killings told in the narrative present: a scene retold, which its opening day dates.
_NARRATIVE_NOW = (lx.KILLS_NOW, lx.KILLED_NOW, lx.AIR_STRIKE_NOW)
# What may stand before an opening day: nothing, or the part of the day (`Dans la nuit du`, `Le soir du`, `On`).
_OPENING = re.compile(
    r"\W*(?:(?:dans|durant|pendant|tard dans)\s+(?:la|l')\s*(?:nuit|soirée|matinée|journée|après-midi)\s*"
    r"|(?:le|au)\s+(?:soir|matin)\s*|on\s+)?",
    _I,
)


# One incident's toll at most: a higher one (or none counted) beside a war, or with clashes or fighting (here and in
# the next sentence, assembly.py), is the war's or a movement's.
_INCIDENT_TOLL = 50


def _clash_reported(facts: _Facts, core: str, day: bool = False) -> bool:
    """Clashes told with their own date and a small toll, in no war, battle or disaster: one incident (`des
    affrontements ont opposé des manifestants aux forces de l'ordre, faisant un mort fin avril`); fighting (`day`)
    only dated to the day, as a battle over weeks is told as a war is."""
    # protesters against the police or the army, both sides named: the forces' violence, counted undated (dev24) and
    # up to a larger toll (`ont fait plus de 120 blessés`, dev29), as no war is one of the sides
    sided = not day and forces_side(core)
    if (facts.date is None and not sided) or facts.background or _RIOTS.search(core):
        return False
    small = _small_toll(facts) or (sided and _small_toll(facts, SIDED_TOLL))
    if not (small or (not day and _FEW_HURT.search(core) and not facts.killed + facts.injured)):
        return False
    if day and facts.date is not None and facts.date.precision != "day":
        return False
    return _only_fighting(core) or _aside_of_the_clash(core, facts.weapon_at)


# The forces a protest clashes with, and the protesters.
_CLASH_FORCES = (
    r"(?:la police|les policiers|des policiers|les forces de l'ordre|des forces de l'ordre|les forces de sécurité"
    r"|des forces de sécurité|l'armée|les soldats|des soldats|les militaires|des militaires|les gendarmes)"
)
_CLASH_PROTESTERS = r"(?:(?:les|des)\s+)?(?:jeunes\s+)?(?:manifestants|contestataires|protestataires)"
# Clashes whose two sides are protesters and the forces: `des heurts violents ont éclaté entre les manifestants et les
# forces de l'ordre`, `les affrontements entre l'armée et les contestataires`, `des heurts avec la police`.
_FORCES_SIDE = re.compile(
    r"\b(?:heurts|affrontements|échauffourées)\s+(?:[\w'-]+\s+){0,3}?(?:"
    rf"entre\s+{_CLASH_PROTESTERS}\s+(?:[\w'-]+\s+){{0,2}}?et\s+{_CLASH_FORCES}"
    rf"|entre\s+{_CLASH_FORCES}\s+(?:[\w'-]+\s+){{0,2}}?et\s+{_CLASH_PROTESTERS}"
    rf"|avec\s+{_CLASH_FORCES}|opposé\s+{_CLASH_PROTESTERS}\s+aux\s+(?:forces|policiers|soldats|militaires))\b",
    _I,
)
# The forces' tear gas, batons or rubber bullets on a crowd: their side is named, as in clashes with protesters.
_CROWD_FORCE = re.compile(lx.CROWD_FORCE, _I)
# The largest toll of clashes between protesters and the forces read as one incident.
SIDED_TOLL = 200


def forces_side(text: str) -> bool:
    """The police or the army are one side of the clashes, against protesters, or use tear gas or batons on a crowd."""
    return _FORCES_SIDE.search(text) is not None or _CROWD_FORCE.search(text) is not None


def _aside_of_the_clash(core: str, at: tuple[int, int] | None) -> bool:
    """Words of a disease or an accident told in another clause than the clash's, no war named (`45 policiers ont été
    blessés lors des manifestations samedi, dont celle ... contre les mesures pour combattre le Covid-19`): the cause
    a protest stood for, not the toll's."""
    if at is None:
        return False
    found = [m for m in lx.NOT_AN_ATTACK.finditer(core) if m.group().lower() not in lx.FIGHT_WORDS]
    return not any(m.group().lower() in lx.WAR_WORDS or _same_clause(core, m.start(), at[0]) for m in found)


# `Plusieurs policiers ont été légèrement blessés ... lors de heurts`: a few hurt, no figure, a small toll still.
_FEW_HURT = re.compile(
    r"\b(?:plusieurs|quelques)\s+(?:[\w'-]+\s+){1,2}?(?:ont|avaient|sont|étaient)\s+(?:été\s+)?(?:\w+\s+)?"
    r"(?:blessée?s|tuée?s|mortes?|morts)\b",
    _I,
)
# Riots or violence beside the clashes: a toll laid on nobody (the gold set's riots, heldout3 and dev6), no incident.
_RIOTS = re.compile(r"\b(?:émeutes?|riots?|violences)\b", _I)


# What tells clashes as having happened: `ont éclaté`, `ont eu lieu`, `ont opposé`, `s'est accompagnée d'escarmouches`.
_CLASHES_BROKE_OUT = re.compile(
    r"\b(?:éclaté|eu lieu|opposé|repris|(?:accompagnée?s?|émaillée?s?)\s+(?:\w+\s+)?d|dégénéré|poursuivis"
    r"|éclatent|opposent|reprennent|erupted|broke out)",
    _I,
)


def clashes_told(facts: _Facts) -> bool:
    """Clashes or fighting told as having happened, without their toll (`Le rassemblement s'est accompagné
    d'escarmouches avec la police.`): an incident when the next sentence gives a small toll (assembly.py)."""
    at = facts.weapon_at
    if facts.weapon not in (lx.CLASH, lx.FIGHTING) or at is None or facts.background or _RIOTS.search(facts.text):
        return False
    if facts.date is not None and facts.weapon is lx.FIGHTING and facts.date.precision != "day":
        return False
    broke_out = _CLASHES_BROKE_OUT.search(facts.text) or _CROWD_FORCE.search(facts.text)
    if lx.CASUALTY_WORDS.search(facts.text) or not broke_out:
        return False  # `Il n'a pas été fait état de blessés lors des affrontements`; `la responsabilité des heurts`
    return _only_fighting(facts.text) and not (_clause_blocked(facts.text, at[0]) or lx.HEDGED.search(facts.text))


def _small_toll(facts: _Facts, most: int = _INCIDENT_TOLL) -> bool:
    """The sentence counts its dead or wounded, none of its figures over `most` (an incident's toll by default)."""
    counts = [c.count for c in facts.killed + facts.injured if c.count is not None]
    return bool(counts) and max(counts) <= most


def _deadly(facts: _Facts, core: str, start: int, end: int) -> bool:
    """`un attentat meurtrier`, `une des attaques jihadistes meurtrières`: one attack said to have killed."""
    deadly = lx.DEADLY.match(core, end) is not None or lx.DEADLY_IN.search(core, start, end) is not None
    return deadly and not _plural_noun(facts, core, end)


def _vague_toll(facts: _Facts, core: str, start: int, end: int) -> bool:
    """`un attentat a fait plusieurs morts`: a toll without a figure after one attack's noun, not over years."""
    told = lx.VAGUE_TOLL.search(core, end, end + _BARE_REACH) is not None
    return told and not facts.background and not _generic(facts, core, start, end)


def _generic(facts: _Facts, core: str, start: int, end: int) -> bool:
    """`les attentats ... avec 3.001 morts`: attacks in general, unless one of them (`une des attaques`), or attacks
    of one day in one place (`Dans la nuit du dimanche 16 août, des attaques coordonnées ... ont fait cinq morts à X`)
    or of one month with their toll (`En juillet 2005, une série d'attentats avaient fait 56 morts`): attacks in
    general have no day."""
    if facts.one_of or (facts.date is not None and facts.date.precision == "day" and facts.location):
        return False
    if _tolled_in_one_month(facts, core):
        return False
    return lx.GENERIC_PLURAL.search(core, max(0, start - 8), end) is not None


def _plural_noun(facts: _Facts, core: str, end: int) -> bool:
    """The attack noun ending at `end` is plural (`des attentats`), not one of several (`une des attaques`). A clash
    between armies is one (`un accrochage entre leurs armées`): its match ends on the armies, not on its noun."""
    return core[end - 1 : end] == "s" and not facts.one_of and facts.weapon is not lx.ARMY_CLASH


def _not_one_attack(facts: _Facts, core: str, start: int, end: int) -> bool:
    """A count, a tally or several attacks at once: an aggregate at most, not one incident."""
    plural = _plural_noun(facts, core, end)
    day = facts.date is not None and facts.date.precision == "day"
    one_killing = (facts.bare and _NAMED_VICTIM.match(core, start) is not None) or _one_killed_aside(facts, core, start)
    if _victims_listed_at(facts, core) is not None:
        return False  # `les meurtres de X et Y`: one killing each victim (_one_each_victim)
    if facts.background and not one_killing and (plural or not day or lx.PLURAL_ATTACKS.search(core)):
        return True  # `depuis le début de l'année, cinq ... ont été tués`, `depuis un an, des dizaines d'attaques`
    if facts.series and day:
        return False  # `frappé dimanche 21 avril par une série d'attentats`: one coordinated attack
    if not day and _tolled_in_one_month(facts, core):
        return False  # `En juillet 2005, une série d'attentats avaient fait 56 morts`: likely one coordinated attack
    counted = lx.COUNTED.search(core[max(0, start - 30) : end])
    if counted and day and _FEW_ATTACKS.match(counted.group()):
        return False  # `deux attentats ont fait 12 morts dimanche à Kaboul`: a day's few attacks, one record of them
    if counted:
        return True  # `33.769 attentats ont eu lieu`: a count of attacks, an aggregate when it has a period
    # `des attentats commis en France`, `les attaques d'août 2017`: several, unless dated to the day
    several = bool(facts.weapon and facts.weapon.name is None and not facts.act and plural and not day)
    return several and not _struck_by_force(facts, core, start)


# Two to four attacks, counted in words or digits (`deux attentats`, `3 attaques`): told with one day, one record.
_FEW_ATTACKS = re.compile(r"(?:deux|trois|quatre|two|three|four|[234])\s", _I)


def _killed_just_one(facts: _Facts) -> bool:
    """The sentence counts one person killed, and only that (`X, tuée par des policiers`)."""
    return [c.count for c in facts.killed] == [1]


def _one_killed_aside(facts: _Facts, core: str, start: int) -> bool:
    """`X, tuée par des policiers, ..., les habitants disent subir depuis longtemps`: one person killed, told by a verb,
    and the period in another clause; the period is what the rest of the sentence tells, not the killing's."""
    if not facts.act or not _killed_just_one(facts):
        return False
    if any(a <= start < b for a, b, _ in _side_clauses(facts.text)):
        return False  # `à la suite de la mort de X, asphyxié par un policier`: the side clause's killing, read there
    return not any(_same_clause(core, m.start(), start) for m in lx.BACKGROUND.finditer(core))


def _not_an_attack(facts: _Facts, core: str) -> bool:
    """The attacker stopped (part of the attack), shots at a protest (who fired at whom is rarely said), a habit."""
    name = facts.weapon.name if facts.weapon else None
    stoppable = facts.act or facts.weapon is lx.ATTACKER or name == "arme à feu"
    later = facts.act and lx.DAYS_LATER.search(core)  # `le suspect a été abattu cinq jours plus tard`: not stopped
    if stoppable and not later and _attacker_stopped(_before_stopped(facts, core)) and not _IN_RAIDS.search(core):
        return True
    if facts.weapon is lx.REPRESSION and lx.NOT_AN_ATTACK.search(core):
        return True  # `le conflit, déclenché par la répression, a fait 380.000 morts`: a war's toll
    if name in lx.CROWD_WEAPONS and lx.PROTEST.search(core) and not lx.SHOT_DEAD.search(core):
        return not _shot_at_someone(facts)  # shots at a protest, unless a killing that names its victim
    if name == "arme à feu" and not later and lx.ATTACKER_SHOT.search(core):
        return True
    return any(not _habit_after(facts, core, m.start()) for m in lx.HABITUAL.finditer(core))


# Killings in raids or operations of the forces' own (`ont tué samedi 40 terroristes dans plusieurs raids`): no attacker
# stopped during his attack, a killing by the state (the gold set's dev25).
_IN_RAIDS = re.compile(
    r"\b(?:dans|lors d[e']|au cours d[e'])\s*(?:une?|des|plusieurs|ces)\s+(?:[\w-]+\s+)?(?:raids|opérations)\b", _I
)


def _shot_at_someone(facts: _Facts) -> bool:
    """`un policier y a tiré à bout portant sur un Afro-Américain`, `un jeune a tiré sur trois manifestants, faisant
    deux morts`: the shooter's act names one person it aimed at, or the dead it made; not shots at a crowd."""
    at = facts.weapon_at
    if not facts.act or at is None or "tiré" not in facts.text[at[0] : at[1]]:
        return False
    return bool(_AT_ONE.search(facts.text, at[0], at[1])) or any(c.count for c in facts.killed)


_AT_ONE = re.compile(r"\bsur\s+une?$", _I)


def _habit_after(facts: _Facts, core: str, at: int) -> bool:
    """`l'homicide de X ... a provoqué des manifestations qui ont parfois dégénéré`: a habit told after one person's
    killing, in another clause, is about what followed it, not the killing (`chaque année, des dizaines ... tués`, a
    habit told first, frames the killing)."""
    act = facts.weapon_at
    if not facts.act or act is None or at < act[1] or not _killed_just_one(facts):
        return False
    return not _same_clause(core, act[1], at)


def _told_by_a_verb(facts: _Facts, core: str, start: int, end: int) -> bool:
    if lx.DATES_BACK.search(core, end, end + 80):
        return True  # `le dernier tir de roquette ... remonte à début mai`
    if lx.HURT_BY.search(core, max(0, start - 60), start) and not _negated(core, max(0, start - 60)):
        return True  # `des civils tués par les tirs d'un hélicoptère`
    if _killed_in(facts, core, start) or _device_went_off(facts, core, start):
        return True
    for m in lx.REALIZED.finditer(core):
        if not _negated(core, m.start()):
            return True
    if _in_reply(facts, core, start):
        return True
    needs_target = facts.weapon is not None and facts.weapon.name in lx.NEEDS_TARGET
    for m in lx.LAUNCHED.finditer(core):
        # `ont mené un raid` (the weapon is the object) or `l'attaque a été menée` (its passive subject)
        object_of = 0 <= start - m.end() < 30
        subject_of = 0 <= m.start() - end < 40 and "été" in m.group()
        aimed = not needs_target or lx.AIMED.search(core, m.end())
        if (object_of or subject_of) and aimed and not _negated(core, m.start()):
            return True
    return False


def _device_went_off(facts: _Facts, core: str, start: int) -> bool:
    """`En janvier, l'explosion d'une voiture piégée à Londonderry`: the device went off, an attack told with its day
    or its place (not one feared or hedged)."""
    if facts.date is None and facts.location is None:
        return False
    explosion = _EXPLOSION_OF.search(core, max(0, start - _EXPLOSION_OF_REACH), start)
    if explosion is None or core[: explosion.start()].rstrip()[-1:] not in ("", ","):
        return False  # the subject of its clause, not what is feared or what someone died in
    return not _negated(core, explosion.start()) and not lx.HEDGED.search(core)


_EXPLOSION_OF = re.compile(r"\b(?:l'explosion|une explosion)\s+d'une?\s+$", _I)
_EXPLOSION_OF_REACH = 25


def _killed_in(facts: _Facts, core: str, start: int) -> bool:
    """`Qassem Soleimani, tué début janvier dans une frappe de drone américain à Bagdad`: one killed in a strike or an
    attack says it happened (not an explosion, which may be an accident)."""
    if facts.weapon is not None and facts.weapon.name == "explosion":
        return False
    return lx.KILLED_IN.search(core, max(0, start - 50), start) is not None and not _negated(core, max(0, start - 50))


def _attacker_stopped(core: str) -> bool:
    return bool(lx.POLICE_FIRE.search(core) and lx.ARMED_SUSPECT.search(core))


def _before_stopped(facts: _Facts, core: str) -> str:
    """`avait ouvert le feu ..., faisant trois morts, avant d'être abattu par la police`: the attack told first and its
    end after it; whether the sentence is only about the attacker being stopped is read in what comes before. Told
    the other way round (`a été abattu par la police après avoir tué trois passants`, `_deed_before_the_end`), it is
    read from the attack on."""
    at = facts.weapon_at
    if at is not None and facts.deed_after_end:
        return facts.text[at[0] :]
    if at is None or ("avant d" not in core and "before" not in core):
        return facts.text
    stop = lx.STOPPED_AFTER.search(core, at[1])
    return facts.text if stop is None else facts.text[: stop.start()]


def _bare_reported(facts: _Facts, core: str, start: int, end: int, tolled: bool) -> bool:
    """`une attaque ... tuant cinq personnes`, `l'attaque a été perpétrée dimanche`: a bare attack noun reports an
    attack when a toll or a realised verb is close to it; `a lancé une attaque` only against guarded places or
    people."""
    near = core[max(0, start - _BARE_REACH) : end + _BARE_REACH]
    if _murder_confessed(facts, core, start) or (
        _NAMED_VICTIM.match(core, start) and (facts.weapon is not lx.MURDER or _full_name(core, start))
    ):
        return True  # `l'assassinat de Samuel X`, `avoue le meurtre d'un élu`: a killing that happened
    if lx.VAGUE_TOLL.search(near) or _deadly(facts, core, start, end) or _killed_in(facts, core, start):
        return True
    if lx.DATES_BACK.search(core, end, end + 80):
        return True
    if tolled and lx.CASUALTY_WORDS.search(near) and not _generic(facts, core, start, end):
        return True
    if tolled and not _generic(facts, core, start, end):
        clause = lx.TOLL_CLAUSE.search(core, end, end + _BARE_REACH + 80)
        if clause is not None and clause.start() - end <= _BARE_REACH:
            return True  # `l'attaque en 2018 de l'hôtel X à Kaboul, lors de laquelle 40 personnes avaient péri`
    if facts.weapon is lx.REPRESSION:
        return False  # `a déclenché une répression brutale`: a repression is an attack only with its victims
    for m in lx.REALIZED.finditer(near):
        if not _negated(near, m.start()):
            return True
    for m in lx.LAUNCHED.finditer(core):
        if 0 <= start - m.end() < 30 and not _negated(core, m.start()) and lx.ASSAILED_OR_ARMED.search(core):
            return True
    return _struck_by_force(facts, core, start)


def _offensive_on_town(core: str, end: int, tolled: bool) -> bool:
    """`l'attaque lancée le 4 avril par le maréchal X contre Tripoli`: a bare attack noun that names an army's
    offensive on a town, told without a toll, is a war told as a whole (the gold set's rule), no attack."""
    return not tolled and _OFFENSIVE_ON_PLACE.match(core, end) is not None


# `lancée le 4 avril par le maréchal X contre Tripoli`, `menée par l'armée contre la capitale`: an army's or a
# commander's offensive on a town, right after a bare attack noun.
_OFFENSIVE_ON_PLACE = re.compile(
    r"\s+(?:\w+\s+)?(?:lancée|menée|déclenchée|launched)\s+[^,.;]{0,50}?\b(?:par|by)\s+(?:le\s+|la\s+|les\s+|l'|the\s+)?"
    r"(?:maréchal|général|armée|forces|troupes|régime|marshal|general|army|troops|regime)\b[^,.;]{0,60}?"
    r"\b(?:contre|against|on)\s+(?:la\s+capitale\b|the\s+capital\b|(?-i:[A-ZÀ-Þ]))",
    _I,
)
# Who strikes from the air: `l'aviation`, `l'armée de l'air`, `the air force`.
_AIR_FORCE = re.compile(r"\b(?:aviation|armée de l'air|force aérienne|air force)\b", _I)
# `l'armée américaine a tué, dans une frappe à X`: a strike by the army of a state whose strikes the lexicon reads as
# air strikes (`frappes américaines`, lx.WEAPONS), its subject.
_STRIKING_ARMY = re.compile(
    r"\b(?:armée|aviation|forces)\s+(?:américaine|israélienne|russe|française|turque|britannique|iranienne|saoudienne"
    r"|syrienne)s?\b|\bcoalition\b",
    _I,
)
# `des avions israéliens bombardent X`, `l'aviation américaine bombarde massivement X`: aircraft, the subject right
# before the shelling verb or noun (not an army's, `l'armée bombarde`: its artillery as often).
_AIRCRAFT_BEFORE = re.compile(
    r"\b(?:aviation|avions?|chasseurs|bombardiers?|hélicoptères?|warplanes?)\b(?:\s+[\w-]+){0,2}\s+$", _I
)
_ATOMIC = re.compile(r"\s+(?:atomiques?|nucléaires?)\b", _I)  # `des bombardements atomiques`: dropped from aircraft
_BY_AIR_REACH = 40  # how far before a strike its subject is looked for (characters)


def _by_air(facts: _Facts, core: str) -> lx.Weapon | None:
    """`l'armée de l'air a mené cinq frappes`, `l'armée américaine a tué, dans une frappe`: strikes an air force, or an
    army the lexicon reads the strikes of as air strikes, carries out are air strikes; shelling that aircraft do, or
    atomic, is too."""
    at = facts.weapon_at
    if at is None or facts.weapon is None:
        return facts.weapon
    if facts.weapon is lx.STRIKE and (
        _AIR_FORCE.search(core, 0, at[0]) or _STRIKING_ARMY.search(core, max(0, at[0] - _BY_AIR_REACH * 2), at[0])
    ):
        return lx.AIR_STRIKE_ACT
    if facts.weapon.name == "bombardement" and (
        _AIRCRAFT_BEFORE.search(core, max(0, at[0] - _BY_AIR_REACH), at[0]) or _ATOMIC.match(core, at[1])
    ):
        return lx.AIR_STRIKE_ACT
    return facts.weapon


# How far after a weapon-less killing's first word its means is told (characters): `a été tué mercredi par la police
# de X, d'une balle en pleine poitrine`.
_MEANS_REACH = 120
_NEXT_VICTIM = re.compile(r",\s+(?:ou|et|ainsi que|puis|or|and)\s|;")


# Acts whose means is theirs, told in their own words (a charge, a baton, blows on film): no killing's means beside.
_NO_MEANS = (None, lx.CHARGE_HURT, lx.FILMED_BLOWS)


def _means_told(facts: _Facts, core: str, low: str) -> str | None:
    """The means told beside a killing that names no weapon (`tué par balle`, `abattu par un policier`, `asphyxié sous
    le genou d'un policier`): the first told after the killing's first word, not the attacker's end nor an aircraft's
    (lx.MEANS); none for a wounding by the police's means, told in its own words (`blessé par un coup de matraque lors
    d'une interpellation`: a baton, not a death in custody)."""
    at = facts.weapon_at
    if facts.weapon in _NO_MEANS or facts.weapon.name is not None or at is None or not facts.strong:
        return None
    if not lx.has_any(low, lx.MEANS_HINTS):
        return None
    end = min(len(core), at[0] + _MEANS_REACH)
    other = _NEXT_VICTIM.search(core, at[1], end)  # `X, tuée par la police, ou Y, abattu en 2014`: Y's means
    end = other.start() if other else end
    found = [(m.start(), name) for name, pattern in lx.MEANS if (m := pattern.search(core, at[0], end))]
    for _, start, name in sorted((name == lx.CUSTODY_MEANS, start, name) for start, name in found):
        if name == lx.CUSTODY_MEANS and lx.WANTED_MAN.search(core, 0, at[0]):
            continue
        if name == "arme à feu" and (
            lx.AIRCRAFT_SHOT.search(core, max(0, at[0] - 40), start) or lx.STOPPED_ATTACKER.search(core, at[0], start)
        ):
            continue
        return name
    return None


def _struck_by_force(facts: _Facts, core: str, start: int) -> bool:
    """`l'aviation a mené trois frappes`, `l'armée a répliqué par des frappes`: strikes an army carries out or fire in
    reply happened, whatever they aimed at; one operation, even told in the plural."""
    for m in lx.LAUNCHED.finditer(core, max(0, start - 30), start):
        army = lx.MILITARY_SUBJECT.search(core, max(0, m.start() - 60), m.start())
        if facts.weapon is lx.STRIKE and army and not _negated(core, m.start()):
            return True
    return _in_reply(facts, core, start)


def _in_reply(facts: _Facts, core: str, start: int) -> bool:
    """`l'armée a répliqué par des frappes`: strikes or fire in reply to an attack happened (not `des attaques`)."""
    weapon = facts.weapon
    military = weapon is lx.STRIKE or (weapon is not None and weapon.event_type == lx.EXPLOSIONS)
    replied = lx.REPLIED_WITH.search(core, max(0, start - 60), start)
    return military and replied is not None and not _negated(core, replied.start())


def _clause_blocked(text: str, at: int, remembered: bool = False, charged: bool = False) -> bool:
    """The clause of `at` tells something that did not happen (a threat, a plan, a test) or a trial's words; a
    `charged` killing (`avoue le meurtre de`, `accusé de l'avoir abattu`) is told by the trial itself."""
    left = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    right_candidates = [i for i in (text.find(",", at), text.find(";", at)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    clause = text[left + 1 : right]
    if remembered:  # a memorial of people killed tells they were
        clause = lx.MEMORIAL.sub(_blank, clause)
    # The verb of a sentence can sit after a comma-bounded subject (`Deux roquettes, tirées de X, ont ...`).
    if charged:
        return any(not _TRIAL_WORDS.fullmatch(m.group()) for m in lx.BLOCKED.finditer(clause))
    return bool(lx.BLOCKED.search(clause))


_TRIAL_WORDS = re.compile(
    r"condamn\w+|procès|jugée?s?|inculpée?s?|mise?s? en examen|enquête sur|trial|convicted|sentenced", re.IGNORECASE
)


def _deadly_plural(facts: _Facts, core: str) -> bool:
    """`impliqué dans plusieurs attaques meurtrières contre les forces afghanes`: attacks named only as a vague plural
    said to have killed, one aggregate (the gold set's rule); not `les attaques` (they refer back) nor `une des`."""
    at = facts.weapon_at
    if at is None or facts.weapon is None or facts.weapon.name is not None or facts.one_of:
        return False
    start = at[0]
    noun = _PLURAL_NOUN.match(core, start)
    if noun is None or not lx.DEADLY.match(core, noun.end()) or not _VAGUE_PLURAL.search(core, 0, start):
        return False
    deadly = lx.DEADLY.match(core, noun.end())
    if _war_aside(core) or _WAR_BESIDE.search(core) or (deadly and _PLACES_NAMED.match(core, deadly.end())):
        return False  # `des décennies de guerre et des attentats sanglants`; `qui ont frappé Paris (...) et Bruxelles`
    return not (
        _clause_blocked(core, start) or _negated(core, start) or lx.HEDGED.search(core) or lx.METAPHOR.search(core)
    )


# The attacks' places named right after them: attacks told one by one, not a vague plural.
_PLACES_NAMED = re.compile(
    r"\s*(?:(?:qui|ayant)\s+(?:ont\s+|avaient\s+)?(?:frappé|endeuillé|visé|ciblé|touché)|à|en|in|(?:that|which)\s+"
    r"(?:struck|hit))\s+(?:la\s+|le\s+|l')?[A-ZÀ-Þ]"
)
_WAR_BESIDE = re.compile(r"\b(?:guerres?|conflits?|wars?)\b", _I)
_PLURAL_NOUN = re.compile(r"(?:attaques|attentats|attacks)\b", _I)
# The words right before a vague plural: `des`, `plusieurs`, `de nombreuses`, `multiples`.
_VAGUE_PLURAL = re.compile(
    r"\b(?:des|plusieurs|de nombreu(?:x|ses)|nombreu(?:x|ses)|multiples|several|many|deadly)\s+(?:[\w-]+\s+)?$", _I
)


def _campaign(core: str) -> bool:
    """`l'armée bombarde presque toutes les nuits depuis le 6 août la bande de Gaza`: strikes repeated over a period;
    `ont multiplié les offensives`, `avaient intensifié leurs offensives contre les forces afghanes`: a side's
    offensives stepped up, repeated by the verb itself (an offensive named as a whole stays none)."""
    if "multipli" in core or "intensifi" in core:
        up = _STEPPED_UP.search(core)
        armed = up is not None and bool(_ARMED_BY.search(core) or _FORCES.search(core))
        if up and armed and not (_negated(core, up.start()) or lx.BLOCKED.search(core) or lx.METAPHOR.search(core)):
            return _offensives_told(core, up)
    if "mène" in core:  # `Depuis deux semaines, les forces mènent des attaques`: armed, over a period (below)
        led = _LED_ATTACKS.search(core)
        if led and not (_ARMED_BY.search(core) or _FORCES.search(core)):
            return False  # `l'opposition mène des attaques contre le gouvernement depuis des mois`: words
    m = lx.CAMPAIGN.search(core) if ("bombard" in core or "pilonn" in core or "mène" in core or "multipli" in core
                                     or "roquettes" in core or "mené" in core) else None  # fmt: skip
    if m is None or _negated(core, m.start()) or lx.BLOCKED.search(core) or lx.METAPHOR.search(core):
        return False
    return bool(lx.BACKGROUND.search(core) or lx.HABITUAL.search(core) or lx.CAMPAIGN_PERIOD.search(core))


def _offensives_told(core: str, up: re.Match[str]) -> bool:
    """`ont multiplié les offensives contre les forces afghanes`, `... dans la zone, revendiquant la neutralisation de
    centaines de jihadistes`: offensives stepped up are attacks when the sentence says whom they strike or what they
    cost; `ont multiplié les offensives dans cette immense région` names the offensives as a whole (no strike, no
    target, no toll), which the gold set's rule makes no event."""
    if not up.group(0).lower().endswith("offensives"):
        return True  # `leurs violences contre les soldats`: the target is in the words matched
    return bool(_OFFENSIVES_AIMED.match(core, up.end()) or _TOLL_WORD.search(core) or _OFFENSIVES_COST.search(core))


# Whom the offensives strike, right after the noun: `les offensives contre les forces afghanes`.
_OFFENSIVES_AIMED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:contre|visant|against)\b", _I)
# What they cost, beside the toll words: `tuant des dizaines de rebelles`, `la neutralisation de centaines`.
_OFFENSIVES_COST = re.compile(r"\b(?:tuant|blessant|neutralisée?s?|neutralisation|neutralisant)\b", _I)

# Attacks a side leads in the present (CAMPAIGN's `mènent des attaques`), armed only with armed men or forces named.
_LED_ATTACKS = re.compile(r"\b(?:mène|mènent)\s+des\s+attaques\b", _I)
# Who fights: an army's offensives are armed (`Pékin a multiplié les offensives contre la presse` is words).
_FORCES = re.compile(r"\b(?:armées?|forces|troupes|militaires|soldats|coalition)\b", _I)
# A side's offensives (or its violence against forces) stepped up, in a past tense: `ont multiplié les offensives`,
# `avaient intensifié leurs violences contre les forces afghanes`; not diplomatic or charm offensives.
_STEPPED_UP = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:[\w-]+\s+){0,2}?(?:multiplié|intensifié)\s+(?:les|leurs|ses)\s+(?:offensives\b"
    r"(?!\s+(?:diplomatiques?|de charme|médiatiques?|commerciales?|politiques?|judiciaires?|juridiques?|verbales?))"
    r"|violences\s+contre\s+(?:les|des)\s+(?:forces|troupes|soldats|militaires|policiers|civils)\b)",
    _I,
)


def _toll_over_period(facts: _Facts, core: str, published: dt.date | None) -> bool:
    """`Depuis le début du mois, plus de 30 personnes ont été tuées dans l'explosion de mines`: a named weapon's toll
    over a stated period, one aggregate dated by it (the gold set's dev4 rule for mines), not a war's."""
    at, weapon = facts.weapon_at, facts.weapon
    if at is None or weapon is None or weapon.name is None or not facts.strong or not facts.background:
        return False
    if not any(c.count for c in facts.killed + facts.injured) or _war_aside(core) or _WAR_BESIDE.search(core):
        return False
    if not _KILLED_OR_HURT.search(core):
        return False  # `plus de 5.800 morts par armes à feu`: deaths counted (suicides, accidents), not people killed
    if _clause_blocked(core, at[0]) or _negated(core, at[0]) or lx.HEDGED.search(core) or lx.METAPHOR.search(core):
        return False
    if facts.since is None:
        facts.since = _measured_period(core, published)
    return facts.since is not None and len(facts.since.iso.split("/")[0]) < 10  # `depuis lundi`: days, not a period


def _measured_period(core: str, published: dt.date | None) -> _Date | None:
    """A period the text measures back from publication, when no date opens it: `depuis le début de l'année` (the
    gold set's range from January), `depuis le début du mois`, `en 74 jours`, `ces deux dernières semaines`, `depuis
    quatre ans` (the month range from that long before)."""
    if published is None:
        return None
    start = _PERIOD_START.search(core)
    if start is not None:
        if start.group("unit").lower() in ("mois", "month"):
            return _Date(published.isoformat()[:7], "month", start.group(), start.start())
        return _Date(f"{published.year}-01/{published.isoformat()[:7]}", "range", start.group(), start.start())
    back = lx.PERIOD_BACK.search(core)
    return _period_back(back, published) if back is not None else None


def _period_back(back: re.Match[str], published: dt.date) -> _Date:
    """`en un an`, `ces trente dernières années`, `en 74 jours`: the month range from that long before publication."""
    n = parse_number(back.group("n")) or 1
    unit = back.group("unit").lower()
    if unit.startswith(("jour", "day", "semaine", "week")):
        first = published - dt.timedelta(days=n * (7 if unit.startswith(("semaine", "week")) else 1))
        iso = f"{first.isoformat()[:7]}/{published.isoformat()[:7]}"
    else:
        months = n * (1 if unit.startswith(("mois", "month")) else 12)
        iso = f"{months_before(published, months)}/{published.isoformat()[:7]}"
    return _Date(iso, "range", back.group().strip(), back.start())


_KILLED_OR_HURT = re.compile(r"\b(?:tuée?s?|blessée?s?|killed|wounded|injured)\b", _I)
# `depuis le début du mois`, `since the start of the year`: back to the start of the publication's month or year.
_PERIOD_START = re.compile(
    r"\b(?:depuis|since)\s+(?:le\s+)?(?:début|the\s+start|the\s+beginning)\s+(?:du|de\s+l'|de\s+la|de\s+cette|de\s+ce"
    r"|of\s+the|of\s+this)"
    r"\s*(?P<unit>mois|année|an|month|year)\b",
    _I,
)


def _wave(facts: _Facts, core: str, published: dt.date | None) -> bool:
    """`frappé en 2017 par une vague d'attentats`, `trois autres attentats en 2004 et 2005`, `en un an, plusieurs
    attaques au couteau`, `plusieurs attentats ces derniers mois` (undated): attacks counted or told as a wave over a
    stated period, one aggregate dated by it; not over
    a day or a month (`une série d'attentats dimanche` is one attack), nor a war, a plan or a metaphor."""
    at = facts.weapon_at
    if (
        at is None
        or not facts.strong
        or facts.act
        or not ((counted := _counted(core, max(0, at[0] - 40), at[1])) or _some_repeated(core, at))
    ):
        return False
    # `plusieurs attentats ces derniers mois, en particulier contre X en octobre 2019`: the period told right after the
    # attacks is theirs; a month or a day told later in the sentence is one of them
    vague = lx.VAGUE_PERIOD.search(core, at[1], at[1] + _VAGUE_REACH)
    if facts.date is not None and facts.date.precision in ("day", "month") and not vague:
        return False  # `en juillet 2005, une série d'attentats ... à Londres`: likely one coordinated attack
    # a side's attacks told as repeated are its own, not a war's told as a whole (`le conflit en Syrie, où il est
    # régulièrement la cible de frappes israéliennes`)
    war = (counted or not _recurring(core, at)) and (_war_aside(core) or _WAR_BESIDE.search(core))
    if war or _clause_blocked(core, at[0]) or _negated(core, at[0]):
        return False
    if lx.HEDGED.search(core) or lx.METAPHOR.search(core):
        return False
    span = _years_span(core)
    back = lx.PERIOD_BACK.search(core) if published is not None else None
    if span:
        facts.since = span
    elif back and published is not None:
        facts.since = _period_back(back, published)
    elif vague is not None:
        pass  # the period told right after the attacks has no length: the wave stays undated
    elif facts.date is not None and facts.since is None:
        facts.since = facts.date  # `en 2017`: the year the wave covers
    elif facts.since is None and (
        lx.VAGUE_PERIOD.search(core) or (_some_repeated(core, at) and not _practice(core, at))
    ):
        return True  # `plusieurs attentats ces derniers mois`, `ont repris leurs attaques`: a wave, no period measured
    return facts.since is not None or vague is not None


def _practice(core: str, at: tuple[int, int]) -> bool:
    """`les groupes jihadistes multiplient les rapts et les assassinats ciblés`: attacks a group keeps making, told in
    the present with no period, are its practice (the gold set's dev3 rule), not a wave that happened."""
    return _REPEATED_NOW.search(core, max(0, at[0] - 50), at[0]) is not None


# The repeating verb in the present (`multiplient`, `en multipliant`), not the past (`ont multiplié`).
_REPEATED_NOW = re.compile(r"\b(?:multiplie|multiplient|multipliant|multiplies|multiplying)\b", _I)


def _before_members(facts: _Facts, core: str, told_until: int | None) -> int | None:
    """`plusieurs attentats ces derniers mois, en particulier contre X à Halle`: a wave is placed before the words that
    name one of its members (that place is the member's)."""
    members = _MEMBERS.search(core, facts.weapon_at[1]) if facts.campaign and facts.weapon_at else None
    if members is None:
        return told_until
    return members.start() if told_until is None else min(told_until, members.start())


# Where a wave's members start being named (`, en particulier contre`, `, dont un à`, `, notamment`, `, including`).
_MEMBERS = re.compile(r",\s*(?:en particulier|notamment|dont|parmi lesquel\w*|including|among them)\b", _I)
# How far after the attacks' noun a period without a length is theirs (characters).
_VAGUE_REACH = 30


def _attacks_counted(facts: _Facts, text: str, low: str) -> re.Match[str] | None:
    """The ordinal of an attack in a series (`la cinquième attaque depuis janvier`) or a count of attacks over a period
    (`51 attentats depuis 2015`), of two or more carried out: set as `facts.attacks`, its match returned."""
    m = lx.AGG_ORDINAL.search(text) if (lx.has_any(low, lx.GATE_ORDINAL) or re.search(r"\d(?:e|th)\b", low)) else None
    if m and m.group("noun") is None and not lx.SERIES_VIOLENCE.search(text):
        m = None  # `C'est la troisième depuis 2015`: of a series of what the sentence does not say is violence
    if m and not lx.METAPHOR.search(text):
        value = parse_ordinal(m.group("ord"))
        if value and value >= 2:
            if _counts_foiled(text, m):
                return None
            facts.attacks = value
            if not text[m.end("ord") : m.end()].strip():
                facts.told_from = m.start()  # `La tuerie d'El Paso est la 250e depuis`: El Paso is that one's place
            return m
    if "depuis" in low or "since" in low:
        m = lx.AGG_COUNT.search(text)
        if m and not lx.METAPHOR.search(text):
            value = parse_number(m.group("num"))
            if value and value >= 2 and not _counts_foiled(text, m):
                facts.attacks = value
                return m
    return None


def _counts_foiled(text: str, count: re.Match[str]) -> bool:
    """`C'est le quatrième attentat déjoué depuis janvier`, `51 attentats déjoués depuis 2015`, `"32 attentats" avaient
    été déjoués depuis trois ans`, `la France a échappé à 12 attentats, déjoués, depuis`, `ont déjoué 12 attentats
    depuis`: the attacks counted were foiled, none carried out (no aggregate; a foiled attack is no event)."""
    if not lx.has_any(text.lower(), _FOILED_WORDS):
        return False
    start = count.start()
    noun = _COUNTED_NOUN.search(text, start, count.end())
    return (noun is not None and _FOILED_AFTER.match(text, noun.end()) is not None) or (
        _FOILED_BEFORE.search(text, max(0, start - _FOILED_REACH), start) is not None
    )


# What a count of foiled attacks holds (tested first, lowercased): the participle or the verb.
_FOILED_WORDS = ("déjou", "avorté", "échapp", "foil", "thwart")
# The attack noun a count or an ordinal counts (`51 attentats`, `le quatrième attentat`).
_COUNTED_NOUN = re.compile(
    r"\b(?:attaques?|attentats?|attacks?|frappes?|strikes?|bombings?|massacres?|tueries?|féminicides?)\b", _I
)
# Right after the counted noun, a few words at most: the attacks foiled (`déjoués`, `avaient été déjoués`, `, déjoués`).
_FOILED_AFTER = re.compile(r"\W{0,3}(?:[^\W\d][\w'-]*\s+){0,3}?(?:déjouée?s?|avortée?s?|foiled|thwarted)\b", _I)
# Right before the count: the verb that foiled them (`ont déjoué 12 attentats`, `a échappé à 12 attentats`).
_FOILED_BEFORE = re.compile(r"\b(?:déjou\w*|échappée?s?\s+à|foiled|thwarted)\s+(?:[\w'-]+\s+){0,2}$", _I)
_FOILED_REACH = 40


def _read_aggregate(facts: _Facts, text: str, low: str, published: dt.date | None) -> None:
    if not lx.has_any(low, lx.GATE_AGGREGATE):
        return
    m = _attacks_counted(facts, text, low)
    if m is not None:
        facts.national = "féminicide" in m.group().lower()  # a count the country's groups keep
        if facts.national:  # each femicide is a woman killed: the count is the toll
            facts.killed = [Casualty(count=facts.attacks, according_to=None, sentence_id=facts.key)]
        facts.since = _measured_period(text, published)  # `la troisième en 74 jours` (a date read later may open it)
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
