"""Attack events in news articles, as ACLED-like records citing the sentences that state each fact.

Rules and word lists (French and English) over the sentences the ingester made; dateparser for explicit dates.
An incident starts at a sentence that reports an attack as having happened (a weapon or attack noun with a
past-tense impact verb or a casualty figure, and no modal, future or trial context); the next sentences that
refer back to it (`ces roquettes`, `l'attaque`, `Ils`, or a bare casualty figure right after) add their facts.
`la quatorzième attaque`, `14 attacks since January` make an aggregate record.

Choices worth knowing when reading the records:
- `killed`/`injured` hold the highest figure reported; every figure with its source is in `killed_reports` /
  `injured_reports` (the renderer shows them all when they disagree). 0 means the text says nobody was hurt.
- `weapon` is a canonical French name (`roquette`, `frappe aérienne`, `voiture piégée`) whatever the article's
  language, so one filter finds the same weapon in French and English sources.
- A state named as carrying out a strike (`les Etats-Unis ont mené un raid`, `un drone américain`) counts as a
  claim: armies acknowledge their strikes. Other actors are claimed only when the text says so.
- Aggregates: `attacks` is how many attacks are counted, `count` how many of them used `weapon` (`dont six à la
  roquette`); the date is the range the count covers, up to the publication date.
- No date in the text leaves `date` empty (callers fall back on the source's publication date).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

import dateparser

from . import events_lexicon as lx
from .events_lexicon import (
    ARMED_GROUPS,
    BATTLES,
    COUNTRY_NAMES,
    DEMONYMS,
    EXPLOSIONS,
    MONTHS,
    NOT_PLACES,
    NUMBER,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SUICIDE,
    VIOLENCE_CIVILIANS,
    WEEKDAYS,
    Weapon,
    country_of_place,
    fold,
    parse_number,
    parse_ordinal,
    place_key,
)
from .models import Article, AttackEvent, Casualty, EventSource, Sentence

__all__ = ["canonical_weapon", "extract_events", "merge_events"]

_I = re.IGNORECASE


@dataclass(frozen=True)
class _Date:
    iso: str
    precision: str
    text: str
    start: int


# ---------------------------------------------------------------------------------------------------------------
# One sentence read
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class _Facts:
    sentence: Sentence
    text: str
    weapon: Weapon | None = None
    weapon_at: tuple[int, int] | None = None
    strong: bool = False  # reports an attack by itself
    trigger: bool = False  # reports an attack that happened
    suicide: bool = False
    anaphor: bool = False
    attack_noun: bool = False
    plural_anaphor: bool = False
    pronoun: bool = False
    background: bool = False
    other: bool = False  # marked as another attack than the one being reported (`un deuxième attentat`)
    restating: bool = False  # opens on a definite attack noun or a pronoun: likely the attack already reported
    toll_update: bool = False  # `le bilan a été porté à ...`: its date is the update's, not the attack's
    attacks: int | None = None  # aggregate
    agg_part: tuple[int, str] | None = None
    anchor: tuple[int, int] = (0, 0)  # where the attack is mentioned: the date nearest to it is its date
    date: _Date | None = None
    date_distance: int = 0
    since: _Date | None = None
    count: int | None = None
    killed: list[Casualty] = field(default_factory=list)
    injured: list[Casualty] = field(default_factory=list)
    claimed: bool | None = None
    claimed_by: str | None = None
    actor: str | None = None
    suspected_actor: str | None = None
    target: str | None = None
    location: str | None = None
    country: str | None = None

    @property
    def key(self) -> str:
        return self.sentence.key

    @property
    def has_facts(self) -> bool:
        return bool(self.killed or self.injured or self.claimed is not None or self.suspected_actor)


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _read(sentence: Sentence, published: dt.date | None, blocked: frozenset[str] = frozenset()) -> _Facts | None:
    text = _normalise(sentence.text)
    low = text.lower()
    if not lx.has_any(low, lx.GATE_ANY):
        return None
    facts = _Facts(sentence=sentence, text=text)
    # Clauses about another event are blanked, not cut, so that distances to the attack stay true.
    core = lx.RETALIATION.sub(_blank, text) if lx.has_any(low, lx.RETALIATION_WORDS) else text
    core = lx.AS_BACKDROP.sub(_blank, core)
    _read_weapon(facts, core, core.lower())
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
        facts.location, facts.country = _location(listed, facts.anchor)
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


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


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
        return
    if best[2].name is None:  # `une attaque à la voiture piégée`: the instrument named later says more
        named = [(a, b, w) for a, b, w in _all_weapons(core, low) if w.name and a > best[0] and a - best[1] < 40]
        best = named[0] if named else best
    facts.weapon_at = (best[0], best[1])
    facts.weapon = best[2]
    facts.suicide = bool(lx.SUICIDE_WORDS.search(core))
    facts.strong = not lx.METAPHOR.search(core[max(0, best[0] - 60) : best[1] + 60])
    if lx.NEGATED_WEAPON.search(core, max(0, best[0] - 30), best[0]):
        facts.strong = False
    block = lx.WEAPON_BLOCK.get(best[2].name or "")
    if block is not None and block.search(core):
        facts.strong = False


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
    if _clause_blocked(core, start):
        return False
    if facts.background and core[end - 1 : end] == "s":
        return False  # plural attack words with `depuis`: a statistic, not one attack
    if lx.COUNTED.search(core[max(0, start - 30) : end]):
        return False  # `33.769 attentats ont eu lieu`: a count of attacks, an aggregate when it has a period
    if facts.weapon and facts.weapon.name == "arme à feu" and lx.POLICE_FIRE.search(core):
        return False  # police shootings are not attacks
    if facts.weapon and facts.weapon.name in lx.CROWD_WEAPONS and lx.PROTEST.search(core):
        return False  # shots and blasts at protests: who fired, at whom, is rarely said
    if facts.weapon and facts.weapon.name == "arme à feu" and lx.ATTACKER_SHOT.search(core):
        return False  # the attacker shot while being stopped: not a second attack
    if lx.POLICE_KILL.search(core) or lx.HABITUAL.search(core):
        return False
    if facts.background and not (facts.date and facts.date.precision == "day"):
        return False  # `depuis le début de l'année, cinq ... ont été tués`: a tally, not one attack
    if facts.background and lx.PLURAL_ATTACKS.search(core):
        return False  # `depuis un an, des dizaines d'attaques ...`: a tally, not one attack
    if facts.weapon and facts.weapon.name is None and core[end - 1 : end] == "s" and facts.date is None:
        return False  # `des attentats islamistes commis en France`: attacks in general unless dated
    tolled = any(c.count for c in facts.killed + facts.injured)
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
        if (object_of or subject_of) and not _negated(core, m.start()):
            if not needs_target or lx.AIMED.search(core, m.end()):
                return True
    return False


def _clause_blocked(text: str, at: int) -> bool:
    left = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    right_candidates = [i for i in (text.find(",", at), text.find(";", at)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    clause = text[left + 1 : right]
    # The verb of a sentence can sit after a comma-bounded subject (`Deux roquettes, tirées de X, ont ...`).
    return bool(lx.BLOCKED.search(clause))


def _negated(text: str, at: int) -> bool:
    return bool(lx.NEGATED_VERB.search(text[max(0, at - 14) : at + 6]))


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


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------


def _read_dates(facts: _Facts, text: str, published: dt.date | None) -> None:
    low = text.lower()
    kinds = _date_kinds(low)
    pluperfect = bool(lx.PLUPERFECT.search(text))
    taken: list[tuple[int, int]] = []
    for kind, rx in lx.DATE_RES:
        if kind not in kinds:
            continue
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == "weekday" and lx.HABITUAL_DAY.search(text, max(0, m.start() - 14), m.start()):
                continue
            if lx.REPORTED_ON.search(text, max(0, m.start() - 50), m.start()):
                continue  # `a indiqué lundi l'armée`: when it was said, not when it happened
            if facts.anchor[0] >= m.end() and lx.DATE_OF_CLAIM.match(text, m.end()):
                continue  # `établissent en mai 2018 que l'avion a été abattu`: when it was found out
            speech = lx.SPOKEN_ON.match(text, m.end())
            if speech and speech.end() <= facts.anchor[0]:
                continue  # `Jeudi, Riyad a dénoncé des bombardements`: the day of the statement
            if pluperfect and kind in ("day", "month") and not m.groupdict().get("y"):
                continue  # `le 22 mars, un attentat avait ...` in a later year: which March is unknown
            taken.append(m.span())
            trial = lx.TRIAL_ON.match(text, m.end())
            if trial and trial.end() <= facts.anchor[0]:
                continue  # `comparaît à partir de ce lundi 5 février ... pour une fusillade`: the hearing's day
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            if published is not None and resolved[1] == "day" and resolved[0] > published.isoformat():
                continue  # after publication: a trial, a visit, a deadline, not the attack
            since = lx.SINCE.search(text, 0, m.start())
            if since:
                if facts.since is None or since.start() < facts.since.start:
                    facts.since = _since_range(resolved, text[since.start() : m.end()], since.start(), published)
            else:
                distance = _distance(m.span(), facts.anchor)
                if pluperfect and kind in ("relday", "weekday", "week"):
                    distance += 1000  # `avait fait six morts ... en 1982`: this week's day names are about the news, not the attack
                if facts.date is None or distance < facts.date_distance:
                    facts.date = _Date(resolved[0], resolved[1], m.group().strip(), m.start())
                    facts.date_distance = distance


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _date_kinds(low: str) -> set[str]:
    """The kinds of date phrase a sentence may hold, by cheap substring tests."""
    kinds: set[str] = set()
    if any(month in low for month in MONTHS):
        kinds |= {"day", "month"}
    if any(c.isdigit() for c in low):
        kinds.add("year")
    if any(word in low for word in RELATIVE_DAYS) or "hier" in low:
        kinds.add("relday")
    if any(day in low for day in WEEKDAYS):
        kinds.add("weekday")
    if "week" in low or "semaine" in low:
        kinds.add("week")
    return kinds


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind == "day":
        day = _parse_day(m.group(), published)
        return (day.isoformat(), "day") if day else None
    if kind == "month":
        month = MONTHS[g["m"].lower()]
        year = int(g["y"]) if g.get("y") else _year_of_month(month, published)
        return (f"{year:04d}-{month:02d}", "month") if year else None
    if kind == "year":
        return (g["y"], "year")
    if published is None:
        return None
    if kind == "relday":
        return ((published - dt.timedelta(days=RELATIVE_DAYS[m.group().lower()])).isoformat(), "day")
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[g["w"].lower()]) % 7
        if back == 0 and re.search(r"dernier|last", m.group(), _I):
            back = 7  # `dimanche dernier` in a Sunday paper is a week ago
        return ((published - dt.timedelta(days=back)).isoformat(), "day")
    if kind == "week":
        if "last" in m.group().lower() or "derni" in m.group().lower() or "pass" in m.group().lower():
            start = published - dt.timedelta(days=published.weekday() + 7)
            return (f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}", "range")
        start = published - dt.timedelta(days=published.weekday())
        return (f"{start.isoformat()}/{published.isoformat()}", "range")
    return None


@lru_cache(maxsize=4096)
def _parse_day(phrase: str, published: dt.date | None) -> dt.date | None:
    """An explicit day (`le 3 janvier`, `January 3, 2020`); the year, when missing, is the latest not after publication."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(23, 59))
    elif not re.search(r"\d{4}", phrase):
        return None
    parsed = dateparser.parse(phrase, languages=["fr", "en"], settings=settings)  # type: ignore[arg-type]
    if not parsed:
        return None
    day = parsed.date()
    weekday = re.search(rf"\b(?:{lx.WEEKDAY_ALT})\b", phrase, _I)
    if published is not None and weekday and not re.search(r"\d{4}", phrase):
        # `lundi 5 février`: the year whose 5 February is a Monday, nearest the publication (even a day after it)
        wanted = WEEKDAYS[weekday.group().lower()]
        candidates = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                candidates.append(day.replace(year=year))
            except ValueError:
                continue
        matching = [c for c in candidates if c.weekday() == wanted]
        if matching:
            return min(matching, key=lambda c: abs((c - published).days))
    return day


def _year_of_month(month: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _since_range(resolved: tuple[str, str], text: str, start: int, published: dt.date | None) -> _Date:
    iso, precision = resolved
    if published is None:
        return _Date(iso, precision, text, start)
    end = {"day": published.isoformat(), "month": published.isoformat()[:7], "year": str(published.year)}[
        precision if precision in ("day", "month", "year") else "day"
    ]
    return _Date(f"{iso.split('/')[0]}/{end}", "range", text.strip(), start)


# ---------------------------------------------------------------------------------------------------------------
# Casualties, claims, actors
# ---------------------------------------------------------------------------------------------------------------


def _clauses(text: str) -> list[str]:
    return [c for c in lx.CLAUSE_SPLIT.split(text) if c.strip()]


def _read_casualties(facts: _Facts, text: str) -> None:
    for clause in _clauses(text):
        killed, injured = _clause_casualties(lx.WHERE_ASIDE.sub("", lx.DONT.sub("", clause)))
        if killed is None and injured is None:
            continue
        source = _source(clause)
        if killed is not None:
            facts.killed.append(Casualty(count=killed, according_to=source, sentence_id=facts.key))
        if injured is not None:
            facts.injured.append(Casualty(count=injured, according_to=source, sentence_id=facts.key))


def _clause_casualties(clause: str) -> tuple[int | None, int | None]:
    starts = _number_starts(clause)
    killed = _figure(clause, starts, lx.KILLED_SUBJ, lx.KILLED_OBJ, lx.KILLED_NOUN)
    injured = _figure(clause, starts, lx.INJURED_SUBJ, lx.INJURED_OBJ, lx.INJURED_NOUN)
    if ("bilan" in clause or "toll" in clause) and (toll := lx.TOLL.search(clause)):
        killed = max(killed or 0, parse_number(toll.group("n")) or 0)
    if killed is None:
        named = lx.KILLED_NAMED.search(clause)
        if named:
            obj = named.group("obj") or named.group("obj2")
            killed = 1 + len(lx.CONJUNCT.findall(re.split(r"\s+(?:à|in|at|près|dans|lors)\s", obj)[0]))
        elif (one := lx.KILLED_ONE.search(clause)) and not _negated(clause, one.start()):
            killed = 1
    if injured is None and (one := lx.INJURED_ONE.search(clause)) and not _negated(clause, one.start()):
        injured = 1
    if lx.ZERO_BOTH.search(clause):
        killed = killed if killed else 0
        injured = injured if injured else 0
    if killed is None and lx.ZERO_KILLED.search(clause):
        killed = 0
    if injured is None and lx.ZERO_INJURED.search(clause):
        injured = 0
    return killed, injured


def _figure(
    clause: str, starts: list[int], subject: re.Pattern[str], obj: re.Pattern[str], noun: re.Pattern[str]
) -> int | None:
    """The highest figure a clause gives; patterns starting with a figure are tried only where a figure starts."""
    values: list[int] = []
    covered = -1
    for start in starts:
        if start < covered:
            continue
        m = subject.match(clause, start)
        if m and not lx.TALLY.match(clause, m.end()):
            covered = m.end()
            total = _sum_items(m.group("subj") or m.group("single"))
            also = lx.ALSO.match(clause, m.end())
            if also and total is not None:
                total += parse_number(also.group("n")) or 0
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
            values.append(value)
    return max(values) if values else None


def _number_starts(text: str) -> list[int]:
    """Where a figure may start: a digit or a number word (`deux`, `vingt-deux`, `une dizaine`)."""
    starts = []
    for m in lx.TOKEN.finditer(text):
        token = m.group().lower()
        if token[0].isdigit() or re.split(r"[-']", token)[0] in NUMBER_WORDS or token in lx.APPROX_HEADS:
            starts.append(m.start())
    return starts


def _sum_items(subject: str) -> int | None:
    total = 0
    found = False
    for item in re.split(r"\s*(?:,|\bet\b|\band\b)\s*", subject):
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
        return None if name and fold(name) in ("il", "elle", "he", "she", "they", "it") else name
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
            facts.claimed_by = _clean_name((by or subject).group("by"), 6) if (by or subject) else None
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
    return DEMONYMS.get(word) or DEMONYMS.get(fold(word))


def _actor_name(raw: str) -> str | None:
    name = _clean_name(raw, 5)
    if not name:
        return None
    country = COUNTRY_NAMES.get(fold(name))
    if country:
        return country
    return name if re.fullmatch(rf"(?:{ARMED_GROUPS})(?:\s+\w+)?", name, _I) else None


def _target(core: str) -> str | None:
    m = lx.TARGET.search(core)
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
    places = sorted(
        (
            m
            for m in lx.PREP_PLACE.finditer(core)
            if _is_place(m.group("name"))
            and not lx.ORG_BEFORE_PLACE.search(core, max(0, m.start() - 30), m.start())
            and _distance(m.span(), anchor) <= _PLACE_REACH
            and not lx.CLAUSE_GAP.search(core, min(m.end(), anchor[0]), max(m.start(), anchor[0]))
        ),
        key=lambda m: _distance(m.span(), anchor),
    )
    known = [m.group("name") for m in places if country_of_place(m.group("name"))]
    settlement = lx.SETTLEMENT.search(core)
    if facility:
        location = facility.group("fac") or f"{facility.group('name2')} {facility.group('fac2')}"
        if relative and relative.start() > facility.start():
            location = f"{location}, {relative.group('rel').strip()}"
    elif settlement and _is_place(settlement.group("name")):
        location = settlement.group("name")  # `le village de Kadji, près de Tillabéri`: the most precise place
    elif places:
        location = _nearest_place(places, anchor)
    else:
        location = _known_city(core)
    country = _country_in_parentheses(raw, location) if location else None
    candidates = ([location] if location and not lx.EMBASSY.match(location) else []) + known
    for candidate in candidates if country is None else []:
        country = country_of_place(candidate)
        if country:
            break
    return location, country


def _country_in_parentheses(text: str, location: str) -> str | None:
    """`Eilat (Israël)`, `Halle (Allemagne)`: the country the text gives for the place, before any other named nearby."""
    at = text.find(location)
    m = lx.PAREN_AFTER.match(text, at + len(location)) if at >= 0 else None
    return COUNTRY_NAMES.get(fold(m.group("c").strip())) if m else None


def _nearest_place(places: list[re.Match[str]], anchor: tuple[int, int]) -> str:
    """The place nearest the attack; a place we know beats a capitalised guess just before it (`Zone verte de Bagdad`)."""
    nearest = places[0]
    if country_of_place(nearest.group("name")):
        return nearest.group("name")
    city = lx.CITY_MENTION.search(nearest.string, nearest.end(), nearest.end() + 30)
    if city and not lx.RELATIVE_TO.search(
        nearest.string, max(0, city.start() - 25), city.start()
    ):  # `la Zone verte de Bagdad`
        return city.group()
    limit = _distance(nearest.span(), anchor) + 20
    known = [
        m
        for m in places
        if country_of_place(m.group("name"))
        and _distance(m.span(), anchor) <= limit
        and not lx.RELATIVE_TO.search(m.string, max(0, m.start("name") - 25), m.start("name"))
    ]
    return (known[0] if known else nearest).group("name")


def _known_city(text: str) -> str | None:
    """A listed city named anywhere in the sentence (`devant un centre éducatif de Kaboul`)."""
    m = lx.CITY_MENTION.search(text)
    return m.group() if m else None


def _is_place(name: str) -> bool:
    first = name.split()[0]
    if first in NOT_PLACES or fold(first) in MONTHS or fold(first) in WEEKDAYS:
        return False
    return _country_of_demonym(first) is None or country_of_place(name) is not None


# ---------------------------------------------------------------------------------------------------------------
# Assembling events
# ---------------------------------------------------------------------------------------------------------------

# Devices one counts (`deux roquettes`); a count of strikes or shooters says little.
_COUNTABLE = frozenset(
    {"roquette", "obus", "mortier", "missile", "bombe", "grenade", "engin explosif", "voiture piégée", "kamikaze"}
)


@dataclass
class _Draft:
    kind: str
    first: int
    last: int
    values: dict[str, object] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    killed: list[Casualty] = field(default_factory=list)
    injured: list[Casualty] = field(default_factory=list)
    sentences: dict[int, str] = field(default_factory=dict)
    suicide: bool = False
    sub_event_type: str | None = None
    event_type: str | None = None
    other: bool = False
    restating: bool = False
    past: bool = False

    def cite(self, name: str, facts: _Facts) -> None:
        keys = self.evidence.setdefault(name, [])
        if facts.key not in keys:
            keys.append(facts.key)
        self.sentences[facts.sentence.position] = facts.sentence.text
        self.last = max(self.last, facts.sentence.position)

    def put(self, name: str, value: object, facts: _Facts) -> None:
        if value is None or value == "" or self.values.get(name) is not None:
            return
        self.values[name] = value
        self.cite(name, facts)


class _ArticleEvents:
    def __init__(self, article: Article):
        self.article = article
        self.drafts: list[_Draft] = []
        self.incident: _Draft | None = None
        self.aggregate: _Draft | None = None
        self.recalled = -2  # the last sentence that recalled an older attack

    def read(self, facts: _Facts) -> None:
        position = facts.sentence.position
        if facts.attacks:
            self.aggregate = self._new("aggregate", facts)
            self._absorb(self.aggregate, facts, trigger=True)
            return
        if facts.trigger:
            referent = None if facts.other else self._referent(facts, restating=True)
            if referent is None:
                if lx.DEMONSTRATIVE.search(facts.text):
                    return  # `cet attentat` whose first mention we did not recognise: too little to go on
                referent = self.incident = self._new("incident", facts)
            self._absorb(referent, facts, trigger=referent.first == position)
            return
        if (facts.has_facts or facts.anaphor or facts.pronoun) and not facts.other:
            referent = self._referent(facts, restating=False)
            if referent is not None:
                self._absorb(referent, facts, trigger=False)

    def _new(self, kind: str, facts: _Facts) -> _Draft:
        draft = _Draft(kind=kind, first=facts.sentence.position, last=facts.sentence.position, other=facts.other,
                       restating=facts.restating, past=bool(lx.PLUPERFECT.search(facts.text)))  # fmt: skip
        self.drafts.append(draft)
        return draft

    def _referent(self, facts: _Facts, *, restating: bool) -> _Draft | None:
        """The event a sentence refers back to, if any."""
        incident, aggregate = self.incident, self.aggregate
        if facts.plural_anaphor and aggregate and (incident is None or aggregate.last >= incident.last):
            draft = aggregate
        elif incident is not None:
            draft = incident
        else:
            return None
        gap = facts.sentence.position - draft.last
        explicit = facts.anaphor or facts.pronoun
        recalled = _years_before(facts.date, self.article.published) > 1
        if recalled and not _compatible(draft, facts) or recalled and draft.values.get("date") is None:
            self.recalled = facts.sentence.position
            return None  # `En juillet 2005, des attentats avaient fait 56 morts`: an old attack recalled, not this one's facts
        if not _compatible(draft, facts):
            return None
        if self.recalled == facts.sentence.position - 1 and lx.PLUPERFECT.search(facts.text):
            return None  # `Un groupe avait revendiqué les attaques` right after: still the old attack
        if explicit:  # `ces roquettes`, `Ils` reach back further than `l'attentat`, which may be another one
            return draft if gap <= (4 if facts.pronoun or lx.DEMONSTRATIVE.search(facts.text) else 2) else None
        if facts.background and draft.kind == "incident":
            return None  # `depuis 2015, ... 4.000 morts`: a toll over years, not this attack's
        if restating:
            return draft if gap <= 1 else None
        # A bare figure right after an attack is its toll; after a toll is given, it is more likely another count.
        tolls = facts.killed or facts.injured
        if gap <= 1 and (facts.attack_noun or not tolls or not (draft.killed or draft.injured)):
            return draft
        return None

    def _absorb(self, draft: _Draft, facts: _Facts, *, trigger: bool) -> None:
        draft.last = max(draft.last, facts.sentence.position)  # still talking about it, even with nothing new
        if trigger:
            draft.cite("event", facts)
        if draft.kind == "aggregate" and trigger:
            draft.put("attacks", facts.attacks, facts)
            if facts.agg_part:
                draft.put("count", facts.agg_part[0], facts)
                draft.put("weapon", facts.agg_part[1], facts)
            if facts.since:
                draft.put("date", facts.since, facts)
        if facts.trigger or trigger:
            if facts.weapon and facts.weapon.name and draft.kind == "incident":
                if draft.values.get("weapon") is None:
                    draft.sub_event_type, draft.event_type = facts.weapon.sub_event_type, facts.weapon.event_type
                draft.put("weapon", facts.weapon.name, facts)
                if draft.values.get("weapon") == facts.weapon.name:
                    draft.put("count", facts.count, facts)
            elif facts.weapon and draft.event_type is None:
                draft.sub_event_type, draft.event_type = facts.weapon.sub_event_type, facts.weapon.event_type
            draft.suicide = draft.suicide or facts.suicide
        if (draft.kind == "incident" and trigger) or (
            facts.anaphor and facts.date_distance <= 60 and not facts.toll_update
        ):
            draft.put("date", facts.date, facts)
        if trigger or facts.trigger or facts.anaphor:  # a place in a loosely related sentence is another place
            for name in ("location", "country", "actor"):
                draft.put(name, getattr(facts, name), facts)
        if trigger:
            draft.put("target", facts.target, facts)
        draft.put("suspected_actor", facts.suspected_actor, facts)
        if facts.claimed is not None and draft.values.get("claimed") is None:
            draft.put("claimed", facts.claimed, facts)
            draft.put("claimed_by", facts.claimed_by, facts)
        for name in ("killed", "injured"):
            reports = getattr(facts, name)
            if reports:
                getattr(draft, name).extend(reports)
                draft.cite(name, facts)

    def finish(self) -> list[AttackEvent]:
        drafts = _merge_drafts(self.drafts)
        return [self._event(d) for d in drafts if "event" in d.evidence and _informative(d)]

    def _event(self, draft: _Draft) -> AttackEvent:
        article = self.article
        v = draft.values
        date: _Date | None = v.get("date")  # type: ignore[assignment]
        actor = v.get("actor")
        claimed = v.get("claimed")
        claimed_by = v.get("claimed_by")
        evidence = {k: list(keys) for k, keys in draft.evidence.items()}
        if claimed is None and actor in COUNTRY_NAMES.values():
            claimed, claimed_by = True, actor
            evidence["claimed"] = list(evidence.get("actor", []))
        if claimed and not actor and claimed_by:
            actor = claimed_by
        country = v.get("country") or _country_from_title(article.title)
        event_type, sub_event_type = _types(draft)
        ident = hashlib.sha1(f"{article.id}\0{draft.kind}\0{draft.first}".encode()).hexdigest()[:16]
        quote = " ".join(text for _, text in sorted(draft.sentences.items()))
        return AttackEvent(
            id=ident,
            kind=draft.kind,  # type: ignore[arg-type]
            date=date.iso if date else None,
            date_precision=date.precision if date else None,  # type: ignore[arg-type]
            date_text=date.text if date else None,
            event_type=event_type,
            sub_event_type=sub_event_type,
            weapon=v.get("weapon"),  # type: ignore[arg-type]
            count=v.get("count"),  # type: ignore[arg-type]
            attacks=v.get("attacks"),  # type: ignore[arg-type]
            location=v.get("location"),  # type: ignore[arg-type]
            country=country,  # type: ignore[arg-type]
            target=v.get("target"),  # type: ignore[arg-type]
            actor=actor,  # type: ignore[arg-type]
            suspected_actor=v.get("suspected_actor"),  # type: ignore[arg-type]
            killed=_best(draft.killed),
            injured=_best(draft.injured),
            killed_reports=_dedupe(draft.killed),
            injured_reports=_dedupe(draft.injured),
            claimed=claimed,  # type: ignore[arg-type]
            claimed_by=claimed_by,  # type: ignore[arg-type]
            evidence=evidence,
            sources=[
                EventSource(
                    article_id=article.id,
                    title=article.title,
                    url=article.url,
                    published=article.published,
                    quote=quote,
                )
            ],
        )


def _informative(draft: _Draft) -> bool:
    """A record needs a when, a where or a toll: a weapon alone (`il a été poignardé`) tells the reader nothing."""
    v = draft.values
    return draft.kind == "aggregate" or any(
        (v.get("date"), v.get("location"), draft.killed, draft.injured, v.get("claimed") is not None)
    )


def _types(draft: _Draft) -> tuple[str, str | None]:
    if draft.kind == "aggregate":
        return EXPLOSIONS, None
    if draft.suicide:
        return EXPLOSIONS, SUICIDE
    if draft.event_type and draft.event_type != VIOLENCE_CIVILIANS:
        return draft.event_type, draft.sub_event_type
    target = fold(str(draft.values.get("target") or ""))
    if re.search(
        r"soldat|militaire|armee|poste|camp|caserne|base|patrouille|convoi|polic|gendarm|troop|soldier|army|checkpoint",
        target,
    ):
        return BATTLES, "Armed clash"
    return VIOLENCE_CIVILIANS, "Attack"


def _best(reports: list[Casualty]) -> int | None:
    return max((r.count for r in reports), default=None)


def _dedupe(reports: list[Casualty]) -> list[Casualty]:
    seen: set[tuple[int, str | None]] = set()
    out = []
    for r in reports:
        key = (r.count, fold(r.according_to) if r.according_to else None)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _country_from_title(title: str) -> str | None:
    """`Mali : ...`, or the one country a title names: where an event with no known place of its own happened."""
    head = re.match(r"^\s*([^:]{2,40}?)\s*:", title)
    if head and country_of_place(head.group(1)):
        return country_of_place(head.group(1))
    named = lx.countries_named(title)
    return named.pop() if len(named) == 1 else None


def _same_family(a: str | None, b: object) -> bool:
    if not a or not b or a == b:
        return True
    families = [{"roquette", "missile", "obus", "mortier", "artillerie", "bombardement"},
                {"drone", "frappe aérienne", "bombardement", "missile"},
                {"kamikaze", "bombe", "engin explosif", "voiture piégée"}]  # fmt: skip
    return any(a in f and b in f for f in families)


def _compatible(draft: _Draft, facts: _Facts) -> bool:
    v = draft.values
    if facts.weapon and not _same_family(facts.weapon.name, v.get("weapon")):
        return False
    date: _Date | None = v.get("date")  # type: ignore[assignment]
    if facts.date and date and facts.date.iso != date.iso and not facts.toll_update:
        return False
    location = v.get("location")
    if facts.location and location and place_key(facts.location) != place_key(str(location)):
        return False
    return True


def _years_before(date: _Date | None, published: dt.date | None) -> int:
    """How many years before publication a date written with its year lies (0 when unknown or not written)."""
    if date is None or published is None or not re.search(r"\b\d{4}\b", date.text):
        return 0
    return max(0, published.year - int(date.iso[:4]))


def _merge_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """One article restating an incident later (same day, same place and weapon) keeps one record."""
    kept: list[_Draft] = []
    for draft in drafts:
        twin = next((k for k in kept if _same_incident(k, draft)), None)
        retold = twin is None and (twin := next((k for k in kept if _restates(k, draft)), None)) is not None
        if twin is None:
            kept.append(draft)
            continue
        for name, value in draft.values.items():
            if not (retold and name in ("location", "country") and not draft.restating):
                twin.values.setdefault(name, value)
        for name, keys in draft.evidence.items():
            twin.evidence.setdefault(name, []).extend(k for k in keys if k not in twin.evidence[name])
        twin.killed += draft.killed
        twin.injured += draft.injured
        twin.sentences.update(draft.sentences)
    return kept


_BLASTS = frozenset({"kamikaze", "bombe", "engin explosif", "voiture piégée"})


def _restates(a: _Draft, b: _Draft) -> bool:
    """A later undated record of the same kind of attack, not marked as another one, retells the first (same article)."""
    if a.kind != "incident" or b.kind != "incident" or b.other or b.values.get("date") is not None or b.past != a.past:
        return False
    wa, wb = a.values.get("weapon"), b.values.get("weapon")
    if wa and wb and wa != wb and not {wa, wb} <= _BLASTS:  # a drone and a missile in one article are two strikes
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    if b.restating or not (la and lb):
        return True
    ka, kb = place_key(str(la)), place_key(str(lb))
    return ka == kb or ka in kb or kb in ka


def _same_incident(a: _Draft, b: _Draft) -> bool:
    if a.kind != "incident" or b.kind != "incident":
        return False
    da, db = a.values.get("date"), b.values.get("date")
    if not isinstance(da, _Date) or not isinstance(db, _Date) or da.iso != db.iso or da.precision != "day":
        return False
    if not _same_family(a.values.get("weapon"), b.values.get("weapon")):  # type: ignore[arg-type]
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    return not (la and lb and place_key(str(la)) != place_key(str(lb)))


# ---------------------------------------------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------------------------------------------


# An article that speaks of protests or riots this often is about them: its shootings are protest policing.
_PROTEST_ARTICLE = 3


def extract_events(article: Article, sentences: list[Sentence]) -> list[AttackEvent]:
    """The attack events one article reports, each citing the sentences that state its facts."""
    builder = _ArticleEvents(article)
    blocked = lx.TESTED_WEAPONS if lx.TEST_TITLE.search(article.title) else frozenset()
    protest_sentences = sum(1 for s in sentences if lx.PROTEST_IN_ARTICLE.search(s.text))
    if lx.PROTEST_TITLE.search(article.title) or protest_sentences >= _PROTEST_ARTICLE:
        blocked = blocked | {"arme à feu"}
    for sentence in sentences:
        facts = _read(sentence, article.published, blocked)
        if facts is not None:
            builder.read(facts)
    return builder.finish()


def merge_events(events: list[AttackEvent]) -> list[AttackEvent]:
    """Events from several articles about one incident (same place, dates within a day, same weapon) become one."""
    merged: list[AttackEvent] = []
    # Events with a place first: one that only names a country then joins an incident only when it is the sole one
    # that fits (`an IED in the centre of Mali` could be any of that day's IEDs in Mali).
    for event in sorted(events, key=lambda e: (e.location is None, e.date or "", e.id)):
        twins = [i for i, m in enumerate(merged) if _same_event(m, event)]
        if twins and (event.location or len(twins) == 1):
            merged[twins[0]] = _combine(merged[twins[0]], event)
        else:
            merged.append(event.model_copy(deep=True))
    return merged


def _event_day(event: AttackEvent) -> dt.date | None:
    if event.date and event.date_precision == "day":
        return dt.date.fromisoformat(event.date)
    if event.date is None:
        published = [s.published for s in event.sources if s.published]
        return min(published) if published else None
    return None


def _same_event(a: AttackEvent, b: AttackEvent) -> bool:
    if a.kind != "incident" or b.kind != "incident":
        return False
    if a.sources and b.sources and {s.article_id for s in a.sources} & {s.article_id for s in b.sources}:
        return False
    if not _same_family(a.weapon, b.weapon) or not (a.weapon or b.weapon or a.sub_event_type == b.sub_event_type):
        return False
    if not _same_place(a, b):
        return False
    if a.date and b.date and a.date_precision == b.date_precision == "month":
        return a.date == b.date
    da, db = _event_day(a), _event_day(b)
    return da is not None and db is not None and abs((da - db).days) <= 1


def _same_place(a: AttackEvent, b: AttackEvent) -> bool:
    if a.location and b.location:
        ka, kb = place_key(a.location), place_key(b.location)
        return ka == kb or ka in kb or kb in ka
    return bool(a.country and a.country == b.country)


def _combine(a: AttackEvent, b: AttackEvent) -> AttackEvent:
    data = a.model_dump()
    other = b.model_dump()
    for name, value in other.items():
        if data.get(name) is None and value is not None:
            data[name] = value
    if (b.date_precision == "day") and a.date_precision != "day":
        data.update(date=b.date, date_precision=b.date_precision, date_text=b.date_text)
    data["killed_reports"] = [c.model_dump() for c in _dedupe(a.killed_reports + b.killed_reports)]
    data["injured_reports"] = [c.model_dump() for c in _dedupe(a.injured_reports + b.injured_reports)]
    data["killed"] = _best(a.killed_reports + b.killed_reports)
    data["injured"] = _best(a.injured_reports + b.injured_reports)
    data["claimed"] = True if True in (a.claimed, b.claimed) else (False if False in (a.claimed, b.claimed) else None)
    evidence = {k: list(v) for k, v in a.evidence.items()}
    for name, keys in b.evidence.items():
        evidence.setdefault(name, []).extend(k for k in keys if k not in evidence[name])
    data["evidence"] = evidence
    data["sources"] = [s.model_dump() for s in a.sources + b.sources]
    data["id"] = min(a.id, b.id)
    return AttackEvent.model_validate(data)
