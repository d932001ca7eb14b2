"""Assembling one article's sentences into events: an incident and the sentences that refer back to it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..models import Article, AttackEvent, Casualty, EventSource, Sentence
from . import lexicon as lx
from .accidents import without_accidents
from .animals import without_animals
from .base import _Date, _Facts
from .dates import _read_dates, back_from
from .facts import (
    _is_country_name,
    _is_place,
    _location,
    couple_people,
    is_spot,
    place_rank,
    refines,
    town_beside_spot,
    wounded_parts,
)
from .lexicon import (
    BATTLES,
    COUNTRY_NAMES,
    EXPLOSIONS,
    NUMBER,
    SUICIDE,
    VIOLENCE_CIVILIANS,
    country_of_place,
    fold_name,
    parse_number,
    place_key,
)
from .missing import without_the_missing
from .reading import (
    _INCIDENT_TOLL,
    SIDED_TOLL,
    _clause_blocked,
    _normalise,
    _read,
    charged_act,
    clashes_told,
    forces_side,
    judged_murder,
)
from .victims import shot_named, victim_named


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
    side: bool = False  # named in a side clause of a sentence about something else
    recalled: bool = False  # named only by what it was and when (`l'attentat contre X en 2017`)
    # the attack that sentence's main clause refers back to (`Ce raid survient au lendemain de la mort de X lors d'une
    # opération`): the side clause tells what came before it, another attack
    apart_from: _Draft | None = None
    yearless: bool = False  # named by its day and month only: the year is a guess
    victim: str | None = None  # the name of the one killed, when the attack is named by it (`Olof Palme`)
    by_police: bool = False  # the police or soldiers killed or hurt: no attack by others that they answered
    charged: bool = False  # a killing told through a charge or a confession (`accusé d'avoir tué`)
    # a killing told through the charge or the trial of its author (`accusé d'avoir tué deux personnes par balles`)
    accused: bool = False
    judged: bool = False  # a murder named by the charge, trial or confession of its author (`inculpé du meurtre de`)
    said: bool = False  # a poisoning told only as one side's word so far: no record unless the article states one
    clash: bool = False  # opened by clashes (CLASH): no weapon to tie two tellings of it
    answered: bool = False  # fire named only as what a state's strikes answered: dropped when a sentence tells it
    wave_named: bool = False  # attacks named only by their wave: dropped when another record tells that wave
    means_told: list[str] = field(default_factory=list)  # every assault means its sentences tell, in order
    # the day of a later step of its case its first sentence dates (`condamné en 2015 pour avoir poignardé`): the
    # attack came before it
    step_day: _Date | None = None
    listed: tuple[int, int] | None = None  # one of the attacks a list of targets names: apart from the others

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

    def told_at(self, position: int, *, told: bool) -> None:
        """A killing only recalled by its victim's name in a sentence about something else (`mis en examen pour les
        meurtres de X et Y`), then `told` at `position` (`mis en examen pour le meurtre de la fillette le 30
        novembre`), is placed and dated around that telling, as if named there first."""
        if told and self.recalled and not self.side:
            self.recalled, self.first = False, position


class _ArticleEvents:
    def __init__(self, article: Article, sentences: list[Sentence] | None = None):
        self.article = article
        self.sentences = sentences or []
        title = _read_title(article.title, article.published)
        self.title = title
        self.headline = _headline_reports_attack(title, article.title)
        # a toll may open the title's attack only when the title names an attack, not an explosion (often an accident)
        self.headline_toll = self.headline and _names_attack(title, article.title)
        self.drafts: list[_Draft] = []
        self.incident: _Draft | None = None
        self.aggregate: _Draft | None = None
        self.recalled = -2  # the last sentence that recalled an older attack
        self.pending: _Facts | None = None  # an attack named without its toll, which the next sentence may give
        self.told_before: list[_Facts] = []  # tolls of an attack referred to before any sentence reports it
        self.lead: _Facts | None = None  # the lead's first sentence naming an attack with its weapon and place
        self.previous: _Facts | None = None  # the sentence read last, whose toll an attack told next may take
        self.blocked: frozenset[str] = frozenset()  # the weapons the whole article's tests leave unread (_extract)
        self.dated: dict[int, int] = {}  # by position, the year of the story a sentence narrates (_year_after_month)
        self.undated_assault: _Facts | None = None  # the first assault told with no day of its own (_undated_assault)

    def read(self, facts: _Facts) -> None:
        if self.lead is None and _names_the_attack(facts):
            self.lead = facts
        if self.undated_assault is None and facts.assault_undated and not facts.other:
            self.undated_assault = facts
        previous, self.previous = self.previous, facts
        pointed = self.incident  # the attack told before this sentence, which its main clause may point to
        self._read_main(facts)
        if previous is not None and self.incident is not None and self.incident.first == facts.sentence.position:
            self._toll_told_just_before(self.incident, previous)
        position = facts.sentence.position
        told = self.incident if self.incident is not None and self.incident.first == position else None
        named: list[tuple[_Draft, _Facts]] = []
        for side in facts.sides:
            if told is not None and _tells_how(told, side):
                self._absorb(told, side, trigger=True)
                continue
            # An attack named in a side clause is its own event; the sentences after it go on about the main one.
            draft = self._new("aggregate" if side.campaign else "incident", side)
            draft.side = True
            draft.recalled = side.recalled
            # `Le 15 janvier 2015, une semaine après l'attentat contre X, une cellule avait été démantelée`: a side
            # clause of a sentence about years ago names an attack of that time, not the recent one the article
            # reports (an old attack it reports may be named so again: `les attaques du 22 mars 2016`)
            past = self._told_long_before(facts)
            # the same killer's next killing (`puis le 9 janvier, il a exécuté quatre hommes`): another attack
            draft.apart_from = self.incident if ((side.prior or past) and not facts.trigger) or side.then else None
            draft.yearless = side.yearless
            self._absorb(draft, side, trigger=True)
            if pointed is not None and _points_back_before(facts, side):
                _counted_from(draft, pointed)
            named.append((draft, side))
        self._toll_of_the_side(facts, named)

    def _toll_of_the_side(self, facts: _Facts, named: list[tuple[_Draft, _Facts]]) -> None:
        """`Au moins 6 personnes ont été tuées et 48 blessées après un attentat à Londres`, `... après les attentats du
        11 septembre 2001: les pirates avaient provoqué la mort de quelque 3.000 personnes`: a toll that the main clause
        gives and no record took, in a sentence whose main clause reports no attack, is the toll of the attack its side
        clause names last before the toll (or right after it), when that one has none of its own."""
        if not named or facts.trigger or not (facts.killed or facts.injured) or facts in self.told_before:
            return
        taken = any(facts.key in d.evidence.get("killed", []) + d.evidence.get("injured", []) for d in self.drafts)
        toll = lx.CASUALTY_WORDS.search(facts.text)
        if taken or toll is None:
            return
        at = [facts.text.find(side.text) for _, side in named]
        before = [d for (d, _), start in zip(named, at, strict=True) if 0 <= start < toll.start()]
        # `tuées et 48 blessées après un attentat`: the attack named right after the toll, in its clause (not `ont tué
        # 40 terroristes dans des raids, au lendemain d'un attentat`)
        after = len(named) == 1 and 0 <= at[0] - toll.end() <= _SIDE_AFTER_TOLL
        after = after and not re.search(r"[,;:(]", facts.text[toll.end() : at[0]])
        draft = before[-1] if before else named[0][0] if after else None
        if draft is None or draft.killed or draft.injured or draft.listed:
            return  # `les attentats de X, Y et Z, qui ont fait 17 morts`: the toll of them all, none's own
        for name in ("killed", "injured"):
            reports = getattr(facts, name)
            if reports:
                getattr(draft, name).extend(reports)
                draft.cite(name, facts)

    def others_uncounted(self, sentence: Sentence) -> None:
        """`X a été tué jeudi près de Tessalit`, then `"Plusieurs de ses proches collaborateurs" ont également été
        "neutralisés"`: others killed with the dead just counted, told without a figure, leave the toll unknown (its
        latest figure is no number) unless a later sentence counts the dead again (`_counted_dead`)."""
        incident = self.incident
        if incident is None or not incident.killed or sentence.position - incident.last > 1:
            return
        if lx.OTHERS_KILLED_UNCOUNTED.search(sentence.text):
            incident.values["uncounted"] = sentence.position

    def _read_main(self, facts: _Facts) -> None:
        position = facts.sentence.position
        pending, self.pending = self.pending, None
        if pending is not None and _toll_within_reach(pending, position) and _toll_of(pending, facts):
            # `La répression avait été particulièrement brutale. Au moins trois personnes avaient été tuées.`
            self.incident = self._new("incident", pending)
            self._absorb(self.incident, pending, trigger=True)
            self._absorb(self.incident, facts, trigger=False)
            return
        self.pending = self._pending_after(facts, pending)
        if facts.attacks or facts.campaign:
            self.aggregate = self._new("aggregate", facts)
            self._absorb(self.aggregate, facts, trigger=True)
            if _years_before(facts.date, self.article.published) > 1:
                self.recalled = position  # `En juillet 2005, une série d'attentats avaient fait 56 morts`: old ones
            return
        if facts.trigger:
            shifted = _TIME_SHIFT.match(facts.text) and not lx.ANAPHOR.search(facts.text)
            shifted = shifted or self._new_attack_elsewhere(facts)
            someone_else = self._someone_else_murdered(facts)
            referent = None if facts.other or shifted or someone_else else self._referent(facts, restating=True)
            if referent is not None and referent.said and facts.weapon is lx.POISONING:
                referent = None  # one side's word, then a poisoning stated: merging tells whether it is the same
            facts = _hours_later(facts) if referent is not None else facts
            if referent is None:
                if self._points_back(facts):
                    return
                if self._police_response(facts):
                    return  # `les policiers ont tué les assaillants` right after an attack: part of that attack
                referent = self._new_incident(facts)
                referent.other = referent.other or bool(shifted) or someone_else  # retells none told before it
                self._toll_told_before(referent, facts)
            self._absorb(referent, facts, trigger=referent.first == position)
            return
        if (facts.has_facts or facts.anaphor or facts.pronoun) and not facts.other:
            if self._tells_more(facts):
                return
            if (
                self._headline_first() and (_first_mention(facts) or (self.headline_toll and _first_toll(facts)))
            ) or self._first_with_its_toll(facts):
                # The title reported the attack, so the body opens on `l'attaque`, `l'assaut de la prison`, or on its
                # toll (`Trois élèves ont été tués`).
                self.incident = self._new("incident", facts)
                self._its_own_clause(self.incident, facts)
                self._absorb(self.incident, facts, trigger=True)
            else:
                self._hold_toll(facts)

    def _new_incident(self, facts: _Facts) -> _Draft:
        """A new incident, which the sentences after it go on about; not the attacker's end after a manhunt (`Après 48
        heures de traque, il a été tué par des policiers`), after which they go on about his attack."""
        draft = self._new("incident", facts)
        if self.incident is None or not _after_manhunt(facts):
            self.incident = draft
        return draft

    def _pending_after(self, facts: _Facts, pending: _Facts | None) -> _Facts | None:
        """The attack named without its toll that the next sentences may still complete: this sentence's, else the one
        before it (clashes whose toll a later sentence may give, `_toll_within_reach`) while no other attack is told."""
        position = facts.sentence.position
        recent = self.incident is not None and position - self.incident.last <= _RECENT_SENTENCES
        if not recent and _toll_may_follow(facts) and self._referent(facts, restating=False) is None:
            return facts
        if pending is not None and not (facts.trigger or facts.other or facts.attacks or facts.campaign):
            return pending
        return None

    def _tells_more(self, facts: _Facts) -> bool:
        """A sentence that names no attack of its own and tells more of one recorded: taken into it (True)."""
        referent = self._referent(facts, restating=False) or self._toll_repeated(facts)
        if referent is not None:
            self._absorb(referent, _added_to_the_hurt(referent, facts), trigger=False)
            return True
        completed = self._toll_completed(facts)
        if completed is not None:
            # the count's day, not the attack's (`150 blessés étaient hospitalisés vendredi`)
            self._absorb(completed, dataclasses.replace(facts, date=None, toll_update=True), trigger=False)
            return True
        reported = self._toll_reported(facts)
        if reported is None:
            return False
        # the count's day, not the attack's (`Le dernier bilan ... a précisé la police mardi`)
        self._absorb(reported, dataclasses.replace(facts, date=None, toll_update=True), trigger=False)
        return True

    def _told_long_before(self, facts: _Facts) -> bool:
        """The sentence is dated years before publication, and the incident told so far is not."""
        published, incident = self.article.published, self.incident
        if incident is None or incident.yearless or _years_before(facts.date, published) <= 1:
            return False  # a day told without its year is a guess the sentence may correct
        date = incident.values.get("date")
        return not isinstance(date, _Date) or _years_before(date, published) <= 1

    def _new_attack_elsewhere(self, facts: _Facts) -> bool:
        """`Il a ensuite perpétré une nouvelle attaque dans la ville voisine d'Essen`, after an attack told in another
        place: another attack. In the same place it may be one more blast of one attack (`une nouvelle explosion a eu
        lieu dans un hôtel de la capitale`, during a series of them), as in a place inside it or in the country it was
        placed in."""
        incident = self.incident
        if incident is None or not facts.location or not _NEW_ATTACK.search(facts.text):
            return False
        placed = str(incident.values.get("location") or "")
        if not placed or _is_country_name(placed):
            return False  # a country holds many places, the next blast's town among them
        inside = _one_inside_the_other(placed, _rank(incident.values), facts.location, facts.place_rank)
        return place_key(facts.location) != place_key(placed) and not inside

    def _someone_else_murdered(self, facts: _Facts) -> bool:
        """`... une plaque au nom de l'opposant assassiné à Moscou en 2015`, then `en hommage au journaliste saoudien
        assassiné`: a killing told by a participle alone (no date, no place) retells the incident before it only when
        that incident's sentences name the same kind of victim (`le journaliste X a été assassiné`, then `le
        journaliste assassiné`)."""
        at, incident = facts.weapon_at, self.incident
        if facts.weapon is not lx.KILLED_PARTICIPLE or at is None or facts.date or facts.location or incident is None:
            return False
        noun = lx.VICTIM_NOUN.search(facts.text, at[0], at[1])
        if noun is None:
            return False
        stem = re.escape(noun.group().lower().rstrip("s").removesuffix("e"))
        return not any(re.search(rf"\b{stem}", text, re.IGNORECASE) for text in incident.sentences.values())

    def _hold_toll(self, facts: _Facts) -> None:
        """Keep the toll of an attack a sentence refers to (weapon and place named) before any sentence reports it;
        not from a sentence that names another event (`fait suite à ... après qu'un homme a été blessé`)."""
        tolled = facts.killed or facts.injured
        if facts.anaphor and facts.weapon and facts.location and tolled and not lx.RETALIATION.search(facts.text):
            self.told_before.append(facts)

    def _toll_told_just_before(self, draft: _Draft, toll: _Facts) -> None:
        """`Ils y découvrent les corps de 49 victimes.`, then `53 personnes sont également blessées et l'attentat est
        revendiqué`; `un homme a également été tué et un autre blessé`, then `La victime a été mortellement touchée à
        l'arme blanche ... à Wuppertal`: a toll in the sentence right before the one that opens an attack, which no
        record took and which names no attack, period or past of its own, is that attack's when their places and days
        agree."""
        if draft.kind != "incident" or toll.sentence.position != draft.first - 1 or not (toll.killed or toll.injured):
            return
        named = toll.weapon is not None and toll.weapon.name is not None  # not a bare `a été tué`
        if toll.trigger or toll.sides or named or toll.other or toll.background or toll.attacks or toll.campaign:
            return
        if toll.attack_noun:
            return  # an attack noun beside a toll no record took names something else (`des condamnés à mort`)
        if toll.past or _disease_toll(toll) or lx.NOT_AN_ATTACK.search(toll.text):
            return
        if not (_compatible(draft, toll) or _in_its_country(draft, toll)):
            return
        if any(toll.key in d.evidence.get("killed", []) + d.evidence.get("injured", []) for d in self.drafts):
            return
        for name in ("killed", "injured"):
            reports = getattr(toll, name)
            if reports:
                getattr(draft, name).extend(reports)
                draft.cite(name, toll)

    def _toll_told_before(self, draft: _Draft, facts: _Facts) -> None:
        """`condamné pour son rôle dans l'attentat-suicide à Beyrouth qui a fait 22 morts`, before the article tells
        the suicide bombing in Beirut: that attack's toll, when the weapon, the place and any date agree."""
        for told in self.told_before:
            same_place = facts.location is not None and place_key(told.location or "") == place_key(facts.location)
            same_day = told.date is None or (facts.date is not None and told.date.iso == facts.date.iso)
            weapons = (told.weapon.name if told.weapon else None, facts.weapon.name if facts.weapon else None)
            if same_place and same_day and all(weapons) and _same_family(*weapons):
                for name in ("killed", "injured"):
                    reports = getattr(told, name)
                    if reports:
                        getattr(draft, name).extend(reports)
                        draft.cite(name, told)
        self.told_before = []

    def _police_response(self, facts: _Facts) -> bool:
        """`Les policiers ont tué les assaillants`, right after an attack: its end, part of it (True); not the attacker
        shot days later or after a manhunt (`abattu par la police après deux jours de traque`), a killing of its own."""
        incident = self.incident
        if incident is None or facts.sentence.position - incident.last > 2 or not lx.POLICE_FIRE.search(facts.text):
            return False
        if facts.act and (lx.DAYS_LATER.search(facts.text) or _end_told_apart(incident, facts)):
            return False  # `Le tueur a été abattu deux jours plus tard par la police`
        if incident.by_police and incident.killed and not facts.killed and facts.injured:
            return False  # `X, asphyxié par un policier`, then `Y a été touché de balles tirées par un policier`
        return facts.weapon is not None and incident.values.get("weapon") != facts.weapon.name

    def _points_back(self, facts: _Facts) -> bool:
        """A sentence that reports an attack by a demonstrative (`cet attentat`) and refers to no record: it names again
        the attack just named in passing, or opens the record (`_first_by_pointing`), or is left (True) as too little
        to go on."""
        pointing = lx.DEMONSTRATIVE.search(facts.text)
        if pointing is None or self._headline_first():
            return False
        aside = self._named_aside(facts)
        if aside is not None:
            self._absorb(aside, facts, trigger=False)
            return True
        return not self._first_by_pointing(facts, pointing)

    def _named_aside(self, facts: _Facts) -> _Draft | None:
        """The attack named in passing just before (`... après un attentat terroriste présumé à Londres`) that a
        sentence pointing to an attack (`Ce nouvel attentat à Londres`) names again, when they agree."""
        position = facts.sentence.position
        for draft in reversed(self.drafts):
            if draft.kind != "incident" or not draft.side or draft.other or position - draft.last > _POINTING_REACH:
                continue
            return draft if _compatible(draft, facts) else None
        return None

    def _first_with_its_toll(self, facts: _Facts) -> bool:
        """`L'enquête sur les deux attentats qui ont fait 14 morts jeudi 17 août en Catalogne progresse`: an attack
        named first by a definite noun whose relative clause gives its toll, with its day or place, happened, whatever
        the sentence says of it (an inquiry, a trial); it opens the record when no attack was told before."""
        if any(d.kind == "incident" and not d.side for d in self.drafts) or not facts.anaphor or facts.background:
            return False
        text = facts.text
        if lx.METAPHOR.search(text) or lx.PLUPERFECT.search(text) or lx.HEDGED.search(text):
            return False
        counted = any(c.count for c in facts.killed + facts.injured)
        return _noun_with_its_toll(facts) is not None and counted and bool(facts.date or facts.location)

    def _its_own_clause(self, draft: _Draft, facts: _Facts) -> None:
        """`s'est saisie dimanche de l'enquête sur l'attaque au couteau qui a fait trois morts samedi soir dans un parc
        de Reading, à l'ouest de Londres`: the day and place of the toll clause that names the attack are its own,
        not those of the main clause about the inquiry."""
        found = _noun_with_its_toll(facts)
        if found is None:
            return
        noun, told = found
        end = _CLAUSE_END.search(facts.text, told.end())
        clause = _Facts(sentence=facts.sentence, text=facts.text[noun.start() : end.start() if end else None])
        _read_dates(clause, clause.text, self.article.published)
        draft.put("date", clause.date, facts)
        place, country = _location(clause.text)
        if place:
            draft.put("location", place, facts)
            draft.put("country", country, facts)
            draft.values["place_rank"] = place_rank(clause.text, place)

    def _first_by_pointing(self, facts: _Facts, pointing: re.Match[str]) -> bool:
        """`Sept personnes ont trouvé la mort dans cette double attaque`, `Ce nouvel attentat à Londres s'est produit
        ...`: an article that opens on the mourning or the witnesses may first name its attack by a demonstrative; it
        reports it there when no attack was told before (one named in passing aside) and the sentence gives it its own
        place, day or toll; not when it names what came before it (`Une semaine avant cette attaque, ...`)."""
        if any(d.kind == "incident" and not d.side for d in self.drafts):
            return False
        if _BEFORE_IT.search(facts.text, max(0, pointing.start() - 12), pointing.start()):
            return False
        return bool(facts.location or facts.date or any(c.count for c in facts.killed + facts.injured))

    def _headline_first(self) -> bool:
        return self.headline and not any(d.kind == "incident" for d in self.drafts)

    def _new(self, kind: str, facts: _Facts) -> _Draft:
        draft = _Draft(kind=kind, first=facts.sentence.position, last=facts.sentence.position, other=facts.other,
                       restating=facts.restating, past=facts.past, victim=facts.victim,
                       by_police=_by_police(facts), yearless=facts.yearless,
                       charged=facts.weapon is lx.CHARGED_KILLING, accused=_accused_of_killing(facts),
                       said=facts.poison_said, clash=facts.weapon is lx.CLASH, judged=judged_murder(facts),
                       answered=facts.answered, recalled=facts.recalled, wave_named=facts.wave_named,
                       step_day=facts.step_day, listed=facts.listed)  # fmt: skip
        self.drafts.append(draft)
        return draft

    def _referent(self, facts: _Facts, *, restating: bool) -> _Draft | None:
        """The event a sentence refers back to, if any."""
        incident, aggregate = self.incident, self.aggregate
        if facts.victim and incident is not None and not _names(incident, facts.victim):
            incident = None  # `le meurtre de X` refers to no attack that does not name X
        if facts.plural_anaphor and aggregate and (incident is None or aggregate.last >= incident.last):
            draft = aggregate
        elif incident is not None:
            draft = incident
        else:
            return None
        gap = facts.sentence.position - draft.last
        recalled = _years_before(facts.date, self.article.published) > 1
        if recalled and not _compatible(draft, facts) or recalled and draft.values.get("date") is None:
            self.recalled = facts.sentence.position
            # `En juillet 2005, des attentats avaient fait 56 morts`: an old attack recalled, not this one's facts
            return None
        compatible = _compatible(draft, facts) or _toll_right_after(draft, facts, gap)
        if not compatible or _disease_toll(facts) or _older_toll(draft, facts):
            return None  # `le virus qui a fait plus de 43.000 morts, le bilan le plus lourd`: the disease's toll
        if self.recalled == facts.sentence.position - 1 and lx.PLUPERFECT.search(facts.text):
            return None  # `Un groupe avait revendiqué les attaques` right after: still the old attack
        reach = _pointing_reach(draft, facts)
        if reach is not None:
            return draft if gap <= reach else None
        if facts.background and draft.kind == "incident":
            return None  # `depuis 2015, ... 4.000 morts`: a toll over years, not this attack's
        if restating:
            return draft if gap <= 1 else None
        # A bare figure right after an attack is its toll; after a toll is given, it is more likely another count,
        # unless it gives the kind of toll still missing (`Un autre policier a été blessé` after the dead).
        tolls = facts.killed or facts.injured
        if gap <= 1 and (facts.attack_noun or not tolls or not (draft.killed or draft.injured)):
            return draft
        if gap <= 1 and _completes_toll(draft, facts):
            return draft
        restated = gap <= _RESTATED_TOLL_REACH and _restates_toll(draft, facts)
        others_hurt = gap <= _FIRST_TOLL_REACH and draft is self.incident and _the_others_hurt(draft, facts)
        others_hurt = others_hurt or (gap <= _MORE_HURT_REACH and draft is self.incident and _more_hurt(draft, facts))
        return draft if restated or others_hurt or self._first_toll_of_the_one_attack(draft, facts) else None

    def _toll_repeated(self, facts: _Facts) -> _Draft | None:
        """`... faisant 19 morts`, a retelling of the attack, then `La police confirme 19 morts et environ 50 blessés`:
        a sentence that names no attack, day or period of its own and repeats the dead (more than one: one person is
        too often someone else) of an attack the article reports, some sentences back, gives that attack's toll."""
        if facts.trigger or facts.weapon or facts.date or facts.past or facts.background or facts.attacks:
            return None
        counts = {c.count for c in facts.killed if c.count and c.count > 1}
        position = facts.sentence.position
        for draft in reversed(self.drafts):
            if position - draft.last > _FIRST_TOLL_REACH:
                break
            main_line = draft.kind == "incident" and not (draft.side or draft.other or draft.recalled)
            if main_line and counts & {c.count for c in draft.killed}:
                return draft
        return None

    def _toll_completed(self, facts: _Facts) -> _Draft | None:
        """`Il y aurait une cinquantaine de blessés.`, a sentence about the scene, then `La police évoque 9 morts`; `Les
        protestations ont été réprimées ... il y a eu deux morts`, then `150 personnes blessées pendant les
        manifestations étaient hospitalisées`: the kind of toll still missing (the wounded after only the dead, or
        the reverse), in one of the two sentences after the record told last, is that record's when the sentence names
        no attack, weapon, period or older time of its own (more than one person: one is too often someone else)."""
        if facts.trigger or facts.other or facts.background or facts.attacks or facts.campaign:
            return None
        if facts.weapon is not None and facts.weapon.name is not None:
            return None
        draft = max(self.drafts, key=lambda d: d.last, default=None)
        if draft is None or draft.side or draft.other or draft.recalled or (facts.past and not draft.past):
            return None
        if facts.sentence.position - draft.last > _COMPLETED_TOLL_REACH or not _completes_toll(draft, facts):
            return None
        if max((c.count or 0 for c in facts.killed + facts.injured), default=0) < 2:
            return None
        if lx.NOT_AN_ATTACK.search(facts.text) or _disease_toll(facts) or not _dated_after(facts.date, draft):
            return None
        return None if _not_the_records_toll(facts) else draft

    def _toll_reported(self, facts: _Facts) -> _Draft | None:
        """`Le dernier bilan fait état de 22 morts`, `faisant état d'un bilan de 21 morts`: a toll given as a count (a
        `bilan`) in a sentence that names no attack, weapon, period or past of its own is the toll of the attack the
        article is telling, some sentences back, whatever day the count was given."""
        incident = self.incident
        if incident is None or incident.side or incident.other or incident.recalled:
            return None
        if facts.sentence.position - incident.last > _FIRST_TOLL_REACH or not (facts.killed or facts.injured):
            return None
        named = facts.weapon is not None and facts.weapon.name is not None  # not a bare `ont été tués`
        if facts.trigger or named or facts.past or facts.background or facts.attacks or facts.campaign:
            return None
        if (facts.date is not None and facts.date.precision != "day") or _TOLL_TOTAL.search(facts.text):
            return None  # `De janvier à août, le bilan total s'établissait à 2.322 assassinats`: a period's count
        if not _TOLL_REPORT.search(facts.text) or lx.NOT_AN_ATTACK.search(facts.text) or _disease_toll(facts):
            return None
        return incident

    def _first_toll_of_the_one_attack(self, draft: _Draft, facts: _Facts) -> bool:
        """`Selon le Miami Herald, il y aurait quatre morts et onze blessés`, paragraphs after the one attack the
        article tells, which has no toll yet: its toll, when the sentence names no other event, period or past (one
        person counted alone is too often someone else: the attacker hurt, a victim of another day)."""
        if draft.kind != "incident" or draft.killed or draft.injured or facts.past or facts.background:
            return False
        # one attack, however often retold (`Une fusillade a éclaté dimanche à X` two sentences after the first telling)
        others = any(d.kind == "incident" and d is not draft and not _same_incident(d, draft) for d in self.drafts)
        if others or lx.NOT_AN_ATTACK.search(facts.text):
            return False
        counts = [c.count for c in facts.killed + facts.injured]
        counted = max((n or 0 for n in counts), default=0) > 1  # one is often another
        # `Heureusement, aucun blessé n'est à déplorer`: nobody hurt is nobody else either
        spared = bool(counts) and all(n == 0 for n in counts)
        return (counted or spared) and facts.date is None and facts.sentence.position - draft.last <= _FIRST_TOLL_REACH

    def _absorb(self, draft: _Draft, facts: _Facts, *, trigger: bool) -> None:
        draft.last = max(draft.last, facts.sentence.position)  # still talking about it, even with nothing new
        draft.told_at(facts.sentence.position, told=facts.trigger and not (facts.recalled or facts.other))
        if trigger:
            draft.cite("event", facts)
        if draft.kind == "aggregate" and trigger:
            _absorb_aggregate(draft, facts)
        if facts.trigger or trigger:
            _absorb_weapon(draft, facts)
            draft.accused = draft.accused or _accused_of_killing(facts)  # `inculpé pour avoir abattu`, told before
            draft.said = draft.said and (facts.weapon is not lx.POISONING or facts.poison_said)
        if (draft.kind == "incident" and (trigger or facts.trigger)) or (
            facts.anaphor and facts.date_distance <= 60 and not facts.toll_update
        ):
            if draft.kind == "incident" and _within(facts.date, draft.values.get("date")):
                draft.values.pop("date")  # the day, after the month told first
            draft.put("date", facts.date, facts)
        # a place in a loosely related sentence is another place; `Ces attaques ont débordé au Niger`, told after one
        # attack, is about many: not that one's place
        if trigger or facts.trigger or (facts.anaphor and not (facts.plural_anaphor and draft.kind == "incident")):
            _place(draft, facts)
        if trigger and not _after_manhunt(facts):  # `X, l'auteur de l'attentat contre le marché`: his attack's
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
        if self.lead is not None and not self.drafts:
            # `Il dormait près de la salle de concert de X quand le boum de l'attentat-suicide l'a réveillé`: an article
            # that names its attack in its lead only as something known, and tells no other, is about that attack
            self._absorb(self._new("incident", self.lead), self.lead, trigger=True)
        # `victime d'un empoisonnement le 20 août à Tomsk selon son entourage`, then a laboratory's finding of the
        # poison: one poisoning, dated and placed by the first telling; one side's word alone is no record
        untold = [d for d in self.drafts if not _told_elsewhere(d, self.drafts)]
        drafts = [d for d in _merge_drafts(untold, fold_name(self.article.title)) if not d.said]
        drafts = [d for d in drafts if not (_recount(d, drafts) or _charge_of_one_attack(d, drafts))]
        self._days_after(drafts)
        self._eve(drafts)
        self._time_before(drafts)
        self._title_toll(drafts)
        reported = {int(key.rsplit("#", 1)[1]) for d in self.drafts for key in d.evidence.get("event", [])}
        self._headline_event(drafts, reported)
        drafts += self._undated_assault(drafts, reported)
        self._facts_told(drafts, reported)
        first_told = next((d for d in drafts if d.kind == "incident" and not (d.other or d.side or d.said)), None)
        for draft in drafts:
            self._not_a_person(draft)
            # another attack than the one told around it (or one recalled in passing): not its place; the attacker's
            # end after a manhunt is mostly where his attack was, or the sentence names the place
            recalled = (draft.other and not _killed_after_manhunt(draft)) or draft.recalled
            if draft.kind == "incident" and "event" in draft.evidence and not recalled and not _poisoning(draft):
                self._from_neighbours(draft, reported)
                if draft is first_told and not _informative(draft) and _TITLE_HARM.search(self.article.title):
                    self._from_lead(draft, reported)
                if _informative(draft):  # a place given by the article does not make a record worth listing
                    self._from_article(draft)
                if draft is first_told:
                    self._town_of_the_titled_department(draft)
                self._not_a_person(draft)  # `Tirs de la police sur X : ...`: nor does the title's
            if _informative(draft):
                self._town_pointed_to(draft)
                self._victims_town(draft)
                self._place_of_the_remains(draft, sole=_sole_killing(draft, drafts))
                self._victims_day(draft)
        incidents = [d for d in drafts if d.kind == "incident" and "event" in d.evidence]
        for sentence in self.sentences if incidents else ():  # no record told: no scene to place
            _place_scene(incidents, sentence)
        listed = [d for d in drafts if "event" in d.evidence and _informative(d)]
        if all(_charge_count(d) for d in listed):  # none, or only the count of a conviction
            told = self._title_report()
            told = told if told is not None and _informative(told) else None
            listed = _toll_of_its_conviction(told, listed, self.article.title) if told is not None else listed
        self._body_found(listed, reported)
        self._survivors(listed)
        records = _one_record_each(listed, self.article.published)
        self._parts_of_the_series(records)  # once folded: a part dated before would no longer fold as it did
        return _unique_ids(_counts_in_the_case_country(records, [self._event(d) for d in records]))

    def _parts_of_the_series(self, drafts: list[_Draft]) -> None:
        """`Le procès des attentats de janvier 2015 ...`, then `les auteurs des attaques contre Charlie Hebdo, des
        policiers et le magasin Hyper Cacher`: the attacks a list of targets names (`_targets_listed`), left undated by
        their sentence, take the month of the one series of attacks the article (title or body) names by its month and
        year; none when it names two series so (`les attentats de janvier 2015 et de novembre 2015`)."""
        parts = [d for d in drafts if d.listed is not None and d.values.get("date") is None]
        series = self._series_month() if parts else None
        for draft in parts if series is not None else ():
            draft.values["date"] = series

    def _series_month(self) -> _Date | None:
        """The month and year of the one series of attacks the article names so (`les attentats de janvier 2015`),
        before its publication."""
        published = self.article.published
        found = {
            (m.group("m").lower(), m.group("y")): m
            for text in (self.article.title, *(s.text for s in self.sentences))
            for m in _SERIES_MONTH.finditer(text)
        }
        if len(found) != 1:
            return None
        (month, year), m = next(iter(found.items()))
        iso = f"{year}-{lx.MONTHS[month]:02d}"
        if published is not None and iso > published.isoformat()[:7]:
            return None
        return _Date(iso, "month", m.group("when"), 0)

    def _title_report(self) -> _Draft | None:
        """`Brésil : un preneur d'otages abattu par la police à Rio`, `Irak : un reporter est pris dans une fusillade`,
        `Après l'attentat contre X, ...`: an article whose body yields no event, under a title that reports an attack in
        its own nominal syntax (lexicon TITLE_*), is about that attack (its aftermath, its trial or its memory too). One
        record, citing the lead's sentence that names it again (else the lead's first), placed and tolled by the
        title's clause, dated by that sentence. Never a title the body's checks would leave unread: a question, an
        accident, a disaster or a disease, a hoax, a metaphor, a test, nor a clause that tells a threat, a plan, a
        trial, a denial, a hedge or an attempt; nor where the article calls its crash an accident."""
        title = _normalise(self.article.title)
        clauses = _TITLE_CLAUSES.split(title)
        # each clause on its own: `Marche blanche pour Adrien, tué pour rien ...` opens its report after the comma
        if not self.sentences or not any(shape.search(c) for c in clauses for shape in _TITLE_SHAPES):
            return None  # most titles report nothing so: their checks are not run
        if "?" in title or "voiture-bélier" in self.blocked:
            return None
        if any(p.search(title) for p in _TITLE_NOT_ATTACKS):
            return None
        for clause in clauses:
            if any(p.search(_without_murder_charge(clause)) for p in _TITLE_CLAUSE_NOT_DONE):
                continue
            for shape in _TITLE_SHAPES:
                told = shape.search(clause)
                if told is not None and (_beating_hearsay(title, told) or _murder_in_fiction(title, told)):
                    return None
                if told is not None:
                    return self._title_draft(title, clause.strip(), told, agent=shape is lx.TITLE_AGENT)
        return None

    def _death_in_lead(self) -> bool:
        """Whether the lead that a title's report reads (its first sentences) tells someone's death (`est mort de ses
        blessures`)."""
        return any(lx.DEATH_TOLD.search(s.text) for s in self.sentences if s.position < _TITLE_DATE_REACH)

    def _title_draft(self, title: str, clause: str, told: re.Match[str], *, agent: bool) -> _Draft:
        cue = told.group("cue")
        again = _names_again(cue, told)
        mentions = [(s, m) for s in self.sentences if s.position < _TITLE_DATE_REACH and (m := again.search(s.text))]
        first = next(((s, m) for s, m in mentions if s.position < _TITLE_LEAD), None)
        sentence = first[0] if first else next(s for s in self.sentences)
        facts = _Facts(sentence=sentence, text=_normalise(sentence.text))
        draft = _Draft(kind="incident", first=sentence.position, last=sentence.position)
        draft.cite("event", facts)
        weapon = _title_weapon(clause, cue)
        if weapon is not None:
            draft.sub_event_type, draft.event_type = weapon.sub_event_type, weapon.event_type
            draft.values["weapon"] = weapon.name
        self._title_place(draft, title, clause, told, first)
        _first_dated_mention(draft, mentions, self.article.published)
        killed, hurt = _title_report_toll(told, agent=agent)
        if "couple" in clause:
            killed, hurt = _couple_toll(clause, told, killed, hurt)
        if agent and cue.lower().startswith("poignard") and not self._death_in_lead():
            killed, hurt = None, killed  # `un homme poignarde un agriculteur`, no death told: the stabbed one is hurt
        for name, count in (("killed", killed), ("injured", hurt)):
            if count is not None:
                getattr(draft, name).append(Casualty(count=count))
        if killed is None and hurt is None and self.title is not None:
            # `Fusillade à Munich : au moins 8 morts`: the title's toll of the attack its noun names
            for name in ("killed", "injured"):
                getattr(draft, name).extend(_title_figures(self.title, name, draft))
        return draft

    def _title_place(
        self, draft: _Draft, title: str, clause: str, told: re.Match[str], first: tuple[Sentence, re.Match[str]] | None
    ) -> None:
        """The place of the title's clause, else the one the title sets the article in, else the town of the lead's
        sentence that names the attack again (`A Rio, au Brésil, un homme armé ...`), in the same country."""
        murder = _murder_shape(told)
        if murder:
            clause = _without_murder_victim(clause, told.start("cue"))
        place, country = _location(clause, told.span("cue"))
        if place is None:
            place, country = _article_place(_without_murder_victim(title, 0) if murder else title)
        if first is not None and (place is None or _is_country_name(place)):
            sentence, named = first
            said = _without_murder_victim(sentence.text, named.start()) if murder else sentence.text
            town, its_country = _location(said, named.span())
            if town and place_rank(sentence.text, town) >= 2 and (place is None or its_country in (None, country)):
                place, country = town, its_country or country
                draft.cite("location", _Facts(sentence=sentence, text=sentence.text))
        if place is None or _is_country_name(place):
            led = self._lead_town(_country_from_title(title))
            if led is not None:
                place, country, sentence = led
                draft.cite("location", _Facts(sentence=sentence, text=sentence.text))
        if place is not None:
            draft.values["location"], draft.values["place_rank"] = place, place_rank(clause, place)
            draft.values["country"] = country

    def _town_of_the_titled_department(self, draft: _Draft) -> None:
        """`Yvelines : une femme poignardée à mort`, then `Le drame s'est joué mardi à Marly-le-Roi (Yvelines)` or
        `... en plein centre de La Seyne-sur-Mer, dans le Var`: the article's first attack, which a title opening on a
        French department and telling a harm sets in that department, and which its own sentences place in no town,
        happened in the first town of that department the lead writes with it (`X (Département)`, `X, dans le
        Département`). Not in a sentence of a later step (the inquiry, the court, the hospital), of another event, nor
        one that tells the victim's home."""
        v = draft.values
        location = v.get("location")
        placed = location is not None and not _is_country_name(str(location))
        if (placed and not lx.is_french_subdivision(str(location))) or v.get("country") not in (None, "France"):
            return
        title = self.article.title
        if not (_TITLE_KILLING.search(title) or _TITLE_HARM.search(title)):
            return
        department = _titled_department(title)
        if department is None or (placed and location != department):
            return
        for sentence in self.sentences:
            if sentence.position > _LEAD_REACH:
                return
            if department not in sentence.text:
                continue
            text = _normalise(sentence.text)
            if _LATER_STEP.search(text) or lx.OTHER_EVENT.search(text) or _HOME.search(text):
                continue
            town = _town_written_with(text, department)
            if town is not None:
                v["location"], v["place_rank"], v["country"] = town, 2, "France"
                draft.cite("location", _Facts(sentence=sentence, text=text))
                return

    def _lead_town(self, country: str | None) -> tuple[str, str, Sentence] | None:
        """`Irak : un reporter pris dans une fusillade`, then `... la bataille de Mossoul qui fait rage`: the first
        town the lead names in the country the title is set in (none when the title names no country)."""
        if country is None:
            return None
        for sentence in self.sentences[:_TITLE_LEAD]:
            text = _normalise(sentence.text)
            town, its_country = _location(text)
            if town and its_country == country and place_rank(text, town) >= 2:
                return town, its_country, sentence
        return None

    def _headline_event(self, drafts: list[_Draft], reported: set[int]) -> None:
        """`Avion abattu en Iran : deux missiles auraient touché l'appareil`, then a body that tells the missiles
        without a place, day or toll: the title reports the article's subject, so when no event listed is that
        attack, the body's report of it takes what its neighbouring sentences give (cited), then the title's place,
        day and toll, then the article's place (listed only if they give a when, a where or a toll). Not a title
        about a trial, a threat, a memory or a hoax, nor one the article's tests leave unread (an accident, a test)."""
        title = self.title
        if title is None or not self.headline or not self.sentences:
            return
        if title.other or title.past or title.background or title.recalled or title.attacks or title.campaign:
            return
        if title.series or title.plural_anaphor or lx.BLOCKED.search(title.text) or _MEMORY.search(title.text):
            return
        if any(
            d.kind == "incident"
            and "event" in d.evidence
            and _informative(d)
            and not (d.other or d.recalled)
            and self._recent(d.values.get("date"))
            and _compatible(d, title)
            for d in drafts
        ):
            return  # the body reports it
        read = _read(title.sentence, self.article.published, self.blocked)
        if read is None or read.weapon is None or not read.strong or not self._recent(title.date):
            return
        draft = next(
            (d for d in drafts if d.kind == "incident" and "event" in d.evidence and not _informative(d)
             and not (d.other or d.recalled or d.side or d.said) and _compatible(d, title)),
            None,
        )  # fmt: skip
        if draft is None:
            return  # the title alone is no report: the lead often tells the listed attack in other words
        self._from_neighbours(draft, reported - {draft.first})  # first the body's sentences, which /attacks cites
        v = draft.values
        for name, value in (("date", title.date), ("location", title.location), ("country", title.country)):
            if value is not None and v.get(name) is None:
                v[name] = value
        if title.location and v.get("location") == title.location:
            v["place_rank"] = title.place_rank
        for name in ("killed", "injured"):
            getattr(draft, name).extend(_title_figures(title, name, draft))
        self._from_article(draft)

    def _undated_assault(self, drafts: list[_Draft], reported: set[int]) -> list[_Draft]:
        """`Il a été frappé au visage, le nez ensanglanté`, then `L'incident a eu lieu jeudi vers 18h30, en centre-ville
        de Dijon`: an assault told plainly in the passive but with no day of its own, in an article that tells no other
        attack, is the article's assault when a sentence tells when the facts took place (`_facts_told` then dates and
        places it). None where no such sentence gives a day."""
        assault = self.undated_assault
        if assault is None or any(d.kind == "incident" and "event" in d.evidence for d in drafts):
            return []
        facts = next(self._facts_sentences(reported), None)  # the first such sentence, as `_facts_told` reads it
        if facts is None:
            return []
        _read_dates(facts, facts.text, self.article.published)
        if facts.date is None:
            return []
        draft = self._new("incident", assault)
        self._absorb(draft, assault, trigger=True)
        return [draft]

    def _facts_sentences(self, reported: set[int]) -> Iterator[_Facts]:
        """The sentences, none reporting an attack of its own, that tell when or where the facts took place
        (_FACTS_TOLD), each read from the words that name the facts."""
        for sentence in self.sentences:
            if sentence.position in reported or not lx.has_any(sentence.text, _FACTS_HINTS):
                continue
            text = _normalise(sentence.text)
            said = _FACTS_TOLD.search(text)
            if said is not None:
                yield _Facts(sentence=sentence, text=text, anchor=said.span())

    def _facts_told(self, drafts: list[_Draft], reported: set[int]) -> None:
        """`Le drame s'est produit dimanche après-midi, à Kenosha`, `Les faits se sont déroulés le 17 janvier 2015`: a
        sentence that tells when or where `the facts` took place, in an article that lists one attack, tells that
        attack. Its record cites it and takes its day and place where its own sentences give none (before a
        neighbouring sentence's day, which may be another step's: a protest, a hearing, an arrest). Not when both give
        a day and the two differ: other facts."""
        told = [
            d
            for d in drafts
            if d.kind == "incident" and "event" in d.evidence and not (d.other or d.recalled or d.side or d.said)
        ]
        if len(told) != 1:
            return
        draft = told[0]
        for facts in self._facts_sentences(reported):
            text, said = facts.text, facts.anchor
            _read_dates(facts, text, self.article.published)
            date = draft.values.get("date")
            if isinstance(date, _Date) and facts.date is not None and not _nested(date, facts.date):
                return
            draft.cite("event", facts)
            if date is None and facts.date is not None and facts.date.precision != "range":
                draft.values["date"] = facts.date
                draft.cite("date", facts)
            location = draft.values.get("location")
            if location is None or _is_country_name(str(location)):
                place, country = _location(text, said)
                known = draft.values.get("country")
                if place and place_rank(text, place) >= 2 and (country is None or known in (None, country)):
                    draft.values["location"], draft.values["place_rank"] = place, place_rank(text, place)
                    draft.values["country"] = known or country
                    draft.cite("location", facts)
            else:
                _spot_of_the_facts(draft, facts, said)
            return

    def _body_found(self, listed: list[_Draft], reported: set[int]) -> None:
        """`Kristy Manzanares a été retrouvée sans vie à bord du paquebot`, `ils ont découvert le corps carbonisé de X`:
        in an article whose title reports a killing and that lists one killing of one person, the sentence that tells
        the body found reports that killing (the record cites it; its fields stay the killing's own). Not the
        attacker's body (`le corps du tireur`)."""
        if len(listed) != 1 or listed[0].kind != "incident" or _best(listed[0].killed) != 1:
            return
        if not _TITLE_KILLING.search(self.article.title):
            return  # the article is about another death (`les proches de X crient au crime`), not this killing
        draft = listed[0]
        for sentence in self.sentences:
            if sentence.position in reported or not lx.has_any(sentence.text, _BODY_HINTS):
                continue
            if _BODY_FOUND.search(sentence.text) and not lx.ATTACKERS_COUNTED.search(sentence.text):
                draft.cite("event", _Facts(sentence=sentence, text=_normalise(sentence.text)))
                return

    def _survivors(self, listed: list[_Draft]) -> None:
        """`Un videur a été blessé samedi ... Ses jours ne sont pas en danger`, `Son pronostic vital n'est pas engagé`:
        the victims of the attack told just before will live, and no sentence counts its dead: nobody was killed (the
        gold set reads victims said out of danger as `killed` 0, README frheldout5). Not an attack recalled from
        another time, nor one told more than a few sentences before."""
        told = [d for d in listed if d.kind == "incident" and not (d.other or d.recalled or d.side)]
        for sentence in self.sentences if told else ():
            if not lx.has_any(sentence.text, lx.SURVIVAL_HINTS):
                continue
            text = _normalise(sentence.text)
            if not lx.SURVIVAL.search(text):
                continue
            before = [d for d in listed if d.first <= sentence.position]
            draft = max(before, key=lambda d: d.first, default=None)
            if draft not in told or draft.killed or sentence.position - draft.first > _SURVIVAL_REACH:
                continue
            if not self._dead_told(draft, sentence.position):
                draft.killed.append(Casualty(count=0, sentence_id=sentence.key))
                draft.cite("killed", _Facts(sentence=sentence, text=text))

    def _dead_told(self, draft: _Draft, until: int) -> bool:
        """`Un homme a ouvert le feu ..., faisant plusieurs morts. L'assaillant ... : ses jours ne sont pas en danger`:
        the attack's sentences, from its first telling to the one that says a life is safe, tell dead they do not
        count; the life saved is the attacker's or one victim's, and the attack did kill."""
        told = [s.text for s in self.sentences if draft.first <= s.position <= until]
        return any(_DEAD_TOLD.search(text) for text in (*told, *draft.sentences.values()))

    def _title_toll(self, drafts: list[_Draft]) -> None:
        """`Fusillade à Las Vegas : le bilan passe à au moins 50 morts et 200 blessés`, a body that gives only the dead:
        the title's figures of the one attack the article reports, for the kind of toll its body leaves out (not when
        the article reports several attacks, which the title's toll may join, nor a title that names protests, a war or
        a disaster too)."""
        title = self.title
        if title is None or not self.headline or title.other or title.past or title.background:
            return
        if title.attacks or title.campaign or title.plural_anaphor:
            return
        if lx.NOT_AN_ATTACK.search(title.text) or lx.PROTEST.search(title.text):
            return  # `Lyon : 20 blessés lors de manifestations, une fusillade dans un café`: another toll in the title
        reports = [d for d in drafts if d.kind == "incident" and "event" in d.evidence and not (d.side or d.other)]
        if len(reports) != 1 or reports[0].recalled or not _compatible(reports[0], title):
            return
        for name in ("killed", "injured"):
            getattr(reports[0], name).extend(_title_figures(title, name, reports[0]))

    def _not_a_person(self, draft: _Draft) -> None:
        """`la police de George Floyd`, `Tirs de la police sur Jacob Blake`: a place we do not know that the article
        names as a person (`la mort de X`, `X, 46 ans`, `le Premier ministre X`) is no place."""
        location = draft.values.get("location")
        if not isinstance(location, str) or country_of_place(location) or is_spot(location):
            return
        name = re.escape(location)
        person = re.compile(rf"{_PERSON_BEFORE}\s*{name}\b|\b{name}\s*{_PERSON_AFTER}", re.IGNORECASE)
        text = " ".join([self.article.title, *(s.text for s in self.sentences)])
        if person.search(text):
            draft.values["location"] = None
            draft.evidence.pop("location", None)

    def _days_after(self, drafts: list[_Draft]) -> None:
        """`Le suspect ... a été abattu cinq jours plus tard`: an undated attack told so, right after an attack dated to
        the day, happened that many days after it (not after publication)."""
        dated: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.first):
            if draft.kind != "incident":
                continue
            date = draft.values.get("date")
            # the dated attack's last sentence, a retelling folded into it included
            if date is None and dated is not None and draft.first - max(dated.sentences) <= _DAYS_AFTER_REACH:
                text = _normalise(draft.sentences.get(draft.first, ""))
                after = lx.DAYS_AFTER.search(text)
                days = _days(after) if after else None
                base: _Date = dated.values["date"]  # type: ignore[assignment]  # "date" only ever holds a _Date
                day = dt.date.fromisoformat(base.iso) + dt.timedelta(days=days) if days is not None else None
                published = self.article.published
                if after and day and (published is None or day <= published):
                    draft.values["date"] = _Date(day.isoformat(), "day", after.group(), after.start())
                    draft.evidence.setdefault("date", []).append(f"{self.article.id}#{draft.first}")
            if isinstance(date, _Date) and date.precision == "day":
                dated = draft

    def _time_before(self, drafts: list[_Draft]) -> None:
        """`Un mois plus tôt, ils avaient attaqué un hôtel de Nairobi`, `la fusillade survenue deux ans plus tôt au
        Bataclan`, `Trois jours auparavant`: an undated attack told so, right after a dated one (no undated attack told
        between them), happened that long before it: the day, the month or the year, as the unit says."""
        previous: _Draft | None = None
        for draft in sorted(drafts, key=lambda d: d.first):
            if draft.kind != "incident":
                continue
            base = previous.values.get("date") if previous is not None else None
            near = previous is not None and draft.first - max(previous.sentences) <= _DAYS_AFTER_REACH
            if draft.values.get("date") is None and isinstance(base, _Date) and near:
                back = lx.EARLIER.search(draft.sentences.get(draft.first, ""))
                earlier = back_from(base, back) if back else None
                if back and earlier:
                    draft.values["date"] = _Date(earlier[0], earlier[1], back.group(), back.start())
                    draft.evidence.setdefault("date", []).append(f"{self.article.id}#{draft.first}")
            previous = draft

    def _eve(self, drafts: list[_Draft]) -> None:
        """`L'Espagne s'est réveillée sous le choc ce vendredi matin. La veille, un homme a foncé sur la foule`: an
        undated attack whose sentence opens on `la veille` happened the day before the day that the nearest sentence
        before it giving a date gives (a month or a year says no day)."""
        published = self.article.published
        by_position = {s.position: s for s in self.sentences}
        for draft in drafts:
            eve = _EVE.match(draft.sentences.get(draft.first, ""))
            if eve is None or draft.kind != "incident" or draft.values.get("date") is not None:
                continue
            for position in range(draft.first - 1, draft.first - 1 - _EVE_REACH, -1):
                sentence = by_position.get(position)
                facts = _Facts(sentence=sentence, text=_normalise(sentence.text)) if sentence else None
                if facts is not None:
                    _read_dates(facts, facts.text, published)
                if facts is None or facts.date is None:
                    continue
                if facts.date.precision == "day":
                    day = dt.date.fromisoformat(facts.date.iso) - dt.timedelta(days=1)
                    draft.values["date"] = _Date(day.isoformat(), "day", eve.group(), eve.start())
                    draft.evidence.setdefault("date", []).append(f"{self.article.id}#{draft.first}")
                break

    def _from_neighbours(self, draft: _Draft, reported: set[int]) -> None:
        """The sentence just before or after the first mention gives the place or day it leaves out (`Un homme a été
        arrêté vendredi à Hambourg. Il est suspecté d'être l'auteur d'une attaque au couteau ...`)."""
        v = draft.values
        location = v.get("location")
        vague = location is None or _is_country_name(str(location))
        if not vague and v.get("date") is not None:
            return
        by_position = {s.position: s for s in self.sentences}
        amid_news = False
        for position in (draft.first - 1, draft.first + 1):
            sentence = by_position.get(position)
            if sentence is None or position in reported or lx.OTHER_EVENT.search(sentence.text):
                continue  # a sentence that reports an attack of its own gives its place and day to it
            text = _normalise(sentence.text)
            facts = _Facts(sentence=sentence, text=text)
            if vague:
                place, country = self._neighbour_place(draft, sentence, text)
                if place and self._elsewhen(draft, facts, place):
                    continue
                vague = not _placed_by_neighbour(draft, facts, place, country)
            # what came before is not the next attack's day; the days around a murder known by its trial, or by the
            # charge of its suspect (`La garde à vue de X a été prolongée mercredi. Il est soupçonné d'avoir tué Y`),
            # are the trial's, the custody's, the sentence's, the execution's; those around a death under a police
            # restraint told without its day, the protests' and the reactions' it set off
            # once one neighbour's day is another story's news, the attack is recalled amid it: no neighbour dates it
            dated_apart = draft.judged or draft.charged or draft.apart_from is not None
            if v.get("date") is None and not amid_news and not (dated_apart or _restraint_named(draft)):
                amid_news = self._date_from_neighbour(draft, facts, position)
            if not vague and v.get("date") is not None:
                return

    def _date_from_neighbour(self, draft: _Draft, facts: _Facts, position: int) -> bool:
        """The day a neighbouring sentence gives the undated attack, unless it is the day someone spoke or one after a
        later step of its case. True when that day is the news of another story (`a écrit lundi sur Twitter`): the
        attack is recalled amid other news, whose days (the other neighbour's `fin novembre, quand X a contredit devant
        la juge`) are no more its own."""
        text = facts.text
        _read_dates(facts, text, self.article.published, dated=self.dated.get(position))
        if facts.date is None:
            return False
        if _news_day_of_another_story(facts.date, text) and not _subject_of(draft, position):
            return True
        if _spoken_on(facts.date, text):
            return False  # `Mercredi soir, l'Etat hébreu ... a annoncé`: the day someone spoke, not the attack's
        if _after_its_step(facts.date, draft.step_day):
            return False  # `Il a été interpellé samedi. Il avait été condamné en 2015 pour avoir poignardé X`
        if facts.date.precision in ("day", "month") and not lx.PLUPERFECT.search(text):
            draft.values["date"] = facts.date
            draft.cite("date", facts)
        return False

    def _from_lead(self, draft: _Draft, reported: set[int]) -> None:
        """`Agressée dans le bus, l'infirmière témoigne`, then `Cette infirmière raconte comment elle a été agressée.
        [...] C'est arrivé mardi 11 août. [...] dans ce bus de Neuilly-sur-Marne`: the article's first report of the
        harm its title tells, which its neighbours leave undated and unplaced, takes the first day and the first town
        the lead gives (its first sentences, up to a few after the report), each cited. Not a sentence that reports
        an attack of its own, nor a day or town of a later step (`depuis lundi`, the inquiry, the hospital, the
        court)."""
        v = draft.values
        for sentence in self.sentences:
            if sentence.position > max(_LEAD_REACH, draft.first + _LEAD_AFTER) or v.get("date") and v.get("location"):
                return
            text = _normalise(sentence.text)
            if sentence.position > draft.first and _AFTERWARDS.match(text):
                return  # `Depuis, elle milite. Samedi, elle organisait une marche à Nantes`: the time after the harm
            if sentence.position in reported or lx.OTHER_EVENT.search(text) or _LATER_STEP.search(text):
                continue
            facts = _Facts(sentence=sentence, text=text)
            if v.get("date") is None:
                _read_dates(facts, text, self.article.published)
                date = facts.date
                if date and date.precision == "day" and not _spoken_on(date, text) and not lx.PLUPERFECT.search(text):
                    v["date"] = date
                    draft.cite("date", facts)
            if v.get("location") is None:
                place, country = _location(text)
                told_by = place is not None and country is None and _TOLD_BY.search(text) is not None  # a newspaper
                if place is None or told_by or place_rank(text, place) < 2 or _is_country_name(place):
                    place, country = _town_with_its_department(text), "France"
                if place is not None:
                    v["location"], v["place_rank"], v["country"] = place, 2, country
                    draft.cite("location", facts)

    def _elsewhen(self, draft: _Draft, neighbour: _Facts, place: str) -> bool:
        """The place a neighbouring sentence gives is that of something told at another time (`l'explosion en 1962
        d'une bombe atomique au Nevada` beside an attack of 2005), one the attack's own sentence does not name."""
        first = draft.sentences.get(draft.first, "")
        if re.search(rf"\b{re.escape(place)}\b", first):
            return False  # `Tulsa a été le lieu d'un massacre en 1921`, beside a meeting at Tulsa this month
        return _told_at_another_time(draft.values.get("date"), neighbour, self.article.published)

    def _neighbour_place(self, draft: _Draft, sentence: Sentence, text: str) -> tuple[str | None, str | None]:
        """The place a neighbouring sentence gives the attack, when that sentence is about it: the place of its own
        clause when it names the attack too (`... en hommage à ce Noir asphyxié par un policier à Minneapolis`), of a
        death or of the attack's scene it tells (`retrouvée morte dans le village de X`, `les sirènes ont retenti à
        X`), a place the attack's own sentence names too, or any place of the sentence before when the attack's
        sentence points back to it (`Il`, `un de ses agents`, `la ville`, `cet attentat`). None when it speaks of
        something else (the suspect's home, a university, a rally)."""
        read = _read(sentence, self.article.published)
        weapon = draft.values.get("weapon")
        for told in (read, *read.sides) if read is not None else ():
            named = told.weapon.name if told.weapon else None
            if told.other or not (told.strong or told.anaphor or (named is not None and named == weapon)):
                continue
            if _same_family(named, weapon) and (own := _location(told.text, told.anchor))[0]:
                return own
        death = _DEATH.search(text)
        if death or _SCENE.search(text):
            return _location(text, death.span() if death else (0, 0))
        violence = _VIOLENCE.search(text) if sentence.position == draft.first - 1 else None
        if violence:  # `Des violences ont fait un mort samedi à X. Une femme a été tuée lorsqu'une voiture ...`
            return _location(text, (violence.start(), violence.start() + 1))
        first = _normalise(next((s.text for s in self.sentences if s.position == draft.first), ""))
        if sentence.position == draft.first - 1 and _POINTS_BACK.search(first):
            place, country = self._town_pointed_back(first, sentence, text)
            return place, _pointer_country(first) or country
        place, country = _location(text)
        if place and re.search(rf"\b{re.escape(place)}\b", first):
            return place, country  # `Tulsa a été le lieu d'un massacre`: the attack's sentence names it too
        return None, None

    def _town_pointed_back(self, first: str, before: Sentence, text: str) -> tuple[str | None, str | None]:
        """The place of the sentence `before` that the attack's sentence points back to; a town when it points by a word
        for a town (`Les tensions montent dans le quartier de X, à Tripoli. Des heurts ... dans cette grande ville`:
        Tripoli, not the quarter), when that sentence names one."""
        place, country = _location(text)
        pointer = _TOWN_POINTER.search(first)
        if pointer is None or place is None or lx.is_town(place) or _is_country_name(place):
            return place, country
        town = self._town_before(before.position + 1, 0)
        if town is None or not re.search(rf"\b{re.escape(town)}\b", text):
            return place, country
        its_country = country_of_place(town)
        if country and its_country not in (None, country):
            return place, country
        return town, its_country or country

    def _from_article(self, draft: _Draft) -> None:
        """A recent attack the body leaves unplaced, or placed in a country only, happened where the title sets the
        article (`Fusillade à Orlando : ...`, `Minneapolis face à ...`); an older one only when the title opens on the
        town (`New York : ...`). Only places we know, named spots, or the place of an attack the title names; a
        region the body gives a recent dated attack (`en Floride`) gives way to a town of it the title names (`Carnage à
        Orlando`); so does a French department to a town the title names (`les attentats dans l'Aude`, titled `Attentat
        de Trèbes : ...`)."""
        v = draft.values
        location = v.get("location")
        region = location is not None and lx.is_region(str(location))
        department = location is not None and lx.is_french_subdivision(str(location))
        if location is not None and not _is_country_name(str(location)) and not region and not department:
            return
        title = _normalise(self.article.title)
        first = next((_normalise(s.text) for s in self.sentences if s.position == draft.first), "")
        if not (self._recent(v.get("date")) or _head_town(title) or lx.THE_TOWN.search(first)):
            return
        place, country = _article_place(title)
        dated = v.get("date") is not None and self._recent(v.get("date"))  # an undated one may be another's, recalled
        if region and not (dated and place and refines(str(location), 2, place, place_rank(title, place))):
            return
        if (region or department) and not self._title_weapon_fits(draft):
            return  # `Fusillade à Munich`, and an axe attack in a train in Bavaria four days before: another attack
        if department and (place is None or lx.is_french_subdivision(place)):
            return
        known = v.get("country") or (country_of_place(str(location)) if location else None)
        if place and (country is None or known is None or known == country):
            v["location"], v["place_rank"] = place, place_rank(title, place)
            if country and not v.get("country"):
                v["country"] = country

    def _title_weapon_fits(self, draft: _Draft) -> bool:
        """The title names no weapon, or the one the record names, if any."""
        weapon = self.title.weapon if self.title is not None else None
        return weapon is None or draft.values.get("weapon") in (None, weapon.name)

    def _town_pointed_to(self, draft: _Draft) -> None:
        """`la 5e attaque de la ville`, `un policier de la ville a été blessé`, `le premier attentat dans la capitale`:
        an attack (a recalled one or a count of attacks too) that its sentence places only by a word for a town happened
        in the town the article named last before that word, or, for `la capitale`, in its country's capital."""
        v = draft.values
        location = v.get("location")
        if location is not None and not _is_country_name(str(location)):
            return
        by_position = {s.position: s for s in self.sentences}
        for key in draft.evidence.get("event", []):
            sentence = by_position.get(int(key.rsplit("#", 1)[1]))
            if sentence is None or not lx.has_any(sentence.text, _TOWN_WORD_HINTS):
                continue
            text = _normalise(sentence.text)  # the whole sentence: a side clause's draft keeps its clause only
            for m in _TOWN_WORD.finditer(text):
                if not _ATTACK_NEAR.search(text, max(0, m.start() - _TOWN_WORD_REACH), m.end() + _TOWN_WORD_REACH):
                    continue  # `La ville est le lieu de manifestations depuis la mort de X`: the town of something else
                town = None
                if m.group("capital"):
                    country = _country(v, self.article.title)
                    town = lx.capital_of(str(country)) if country else None
                town = town or self._town_before(sentence.position, m.start())
                if town:
                    v["location"], v["place_rank"] = town, 2
                    if not v.get("country"):
                        v["country"] = country_of_place(town)
                    draft.cite("location", _Facts(sentence=sentence, text=text))
                    return

    def _victims_town(self, draft: _Draft) -> None:
        """`la mort de George Floyd`, unplaced: the town where another sentence tells the same victim died or was
        killed (`l'homicide à Minneapolis de George Floyd`, `George Floyd, décédé le 25 mai à Minneapolis`), read
        from the death's words on (not `ont manifesté à Londres contre la mort de George Floyd`); none when the
        sentences give two towns."""
        v = draft.values
        location = v.get("location")
        name = draft.victim
        if not name or len(name.split()) < 2 or (location is not None and not _is_country_name(str(location))):
            return
        towns: dict[str, tuple[str | None, Sentence]] = {}
        for sentence, text, m, death in self._deaths_told_elsewhere(draft, name):
            told = " " * m.start() + text[m.start() :]
            place, _ = _location(told, death)
            if place and not _is_country_name(place) and lx.is_town(place):
                towns.setdefault(place_key(place), (place, sentence))
        known = v.get("country")
        if len(towns) != 1:
            return
        place, sentence = next(iter(towns.values()))
        if place is None or (known and country_of_place(place) not in (None, known)):
            return
        v["location"], v["place_rank"] = place, 2
        if not known and "country" not in v:
            v["country"] = country_of_place(place)
        draft.cite("location", _Facts(sentence=sentence, text=_normalise(sentence.text)))

    def _place_of_the_remains(self, draft: _Draft, *, sole: bool) -> None:
        """A killing placed in no town: the place where one of its own sentences, or one that names its victim, says
        that victim went missing (`l'assassinat du caporal X, disparu en avril à Chambéry`), else where the body was
        found (`Son corps avait été retrouvé carbonisé fin octobre dans un bois près de Gray`, `retrouvé mort à son
        domicile de X`, `la découverte de son cadavre dans un bois d'X`), as the text gives no other place of the
        killing; the first such place in the article, when it is more precise than a region."""
        v = draft.values
        if draft.kind != "incident" or not draft.killed or not _unplaced(v)[0]:
            return
        names = self._victim_names(draft, sole=sole)
        found: list[tuple[bool, int, str, Sentence]] = []
        for sentence in self.sentences:
            named = [name for name in names if name in sentence.text]
            own = sentence.position in draft.sentences or named
            if not own or not lx.has_any(sentence.text.lower(), _REMAINS_HINTS):
                continue
            text = _normalise(sentence.text)
            for pattern in [*(_went_missing(name) for name in named), _REMAINS_FOUND]:  # where missing, then found
                place = _place_told_after(text, pattern)
                if place is not None and not (lx.is_region(place) or lx.is_french_subdivision(place)):
                    found.append((pattern is _REMAINS_FOUND, sentence.position, place, sentence))
                    break
        if not found:
            return
        _, _, place, sentence = min(found, key=lambda f: f[:2])
        known = v.get("country")
        if known and country_of_place(place) not in (None, known):
            return
        v["location"], v["place_rank"] = place, 2
        v["country"] = known or country_of_place(place)
        draft.cite("location", _Facts(sentence=sentence, text=_normalise(sentence.text)))

    def _victim_names(self, draft: _Draft, *, sole: bool) -> list[str]:
        """The first name and surname of a killing's victim: its own, or, for the article's only killing, the one
        whose death the title names (`Meurtre d'Alexia Daval : ...`)."""
        titled = _TITLE_DEATH.search(self.article.title) if sole else None
        names = [draft.victim, titled.group("name") if titled else None]
        return [name for name in names if name and len(name.split()) > 1]

    def _deaths_told_elsewhere(
        self, draft: _Draft, name: str
    ) -> Iterator[tuple[Sentence, str, re.Match[str], tuple[int, int]]]:
        """Each telling of the victim `name`'s death in the article's sentences that `draft` does not cite (`l'homicide
        à Minneapolis de George Floyd`, `George Floyd, décédé le 25 mai`): the sentence, its normalised text, the match
        (`_victims_death`) and the span of its death words."""
        death = _victims_death(name)
        for sentence in self.sentences:
            if sentence.position in draft.sentences or name not in sentence.text:
                continue
            text = _normalise(sentence.text)
            for m in death.finditer(text):
                yield sentence, text, m, m.span("death") if m.group("death") else m.span("death2")

    def _victims_day(self, draft: _Draft) -> None:
        """`la mort de George Floyd`, undated: the day another sentence gives the same victim's death right beside its
        words (`après la mort de George Floyd le 25 mai`, `la mort le 25 mai de George Floyd`, `George Floyd, décédé le
        25 mai`), read from the death's words to the clause's end (not `la mort de X, un homme noir, il y a une
        semaine`); none when the sentences give two days, nor from a death told at the hospital or after wounds (a day
        later than the harm's)."""
        if draft.values.get("date") is not None or not draft.killed:
            return
        name = draft.victim or _death_named(draft.sentences.get(draft.first, ""))
        if not name or len(name.split()) < 2:
            return
        days: dict[str, tuple[_Date, Sentence]] = {}
        for sentence, text, m, death in self._deaths_told_elsewhere(draft, name):
            if _DIED_LATER.search(text):
                continue
            end = _CLAUSE_END.search(text, m.end())
            told = text[death[0] : end.start() if end else len(text)]
            facts = _Facts(sentence=sentence, text=told)
            _read_dates(facts, told, self.article.published)
            if facts.date is not None and facts.date.precision == "day":
                days.setdefault(facts.date.iso, (facts.date, sentence))
        if len(days) == 1:
            date, sentence = next(iter(days.values()))
            draft.values["date"] = date
            draft.cite("date", _Facts(sentence=sentence, text=_normalise(sentence.text)))

    def _town_before(self, position: int, end: int) -> str | None:
        """The town named last before `end` in the sentence at `position`: in it, in the sentences before, or in the
        title."""
        before = [_normalise(s.text) for s in self.sentences if s.position < position]
        same = next((_normalise(s.text)[:end] for s in self.sentences if s.position == position), "")
        for text in (same, *reversed(before), _normalise(self.article.title)):
            towns = [(m.end(), m.group()) for m in lx.CITY_MENTION.finditer(text)] + [
                (m.end(), m.group("name")) for m in lx.PREP_PLACE.finditer(text) if lx.is_town(m.group("name"))
            ]
            towns = [(at, name) for at, name in towns if not lx.GOVERNMENT_AFTER.match(text, at)]
            if towns:
                return max(towns)[1]
        return None

    def _recent(self, date: object) -> bool:
        """Undated, or dated within a few weeks before publication: the news the article is about, not a memory."""
        published = self.article.published
        if not isinstance(date, _Date) or published is None:
            return True
        try:
            start = dt.date.fromisoformat(date.iso.split("/")[0][:10].ljust(10, "-")[:7] + "-01")
        except ValueError:
            return False
        return (published - start).days <= _RECENT_DAYS

    def _event(self, draft: _Draft) -> AttackEvent:
        article = self.article
        v = draft.values
        date: _Date | None = v.get("date")  # type: ignore[assignment]  # "date" only ever holds a _Date
        if date is not None and date.precision == "range" and lx.WEEK_NAMED.fullmatch(date.text):
            date = _month_of_week(date)
        actor = v.get("actor")
        claimed = v.get("claimed")
        claimed_by = v.get("claimed_by")
        evidence = {k: list(keys) for k, keys in draft.evidence.items()}
        if date is not None and date.named:
            date = None  # `le 11-Septembre`: the day names the attack, its year no telling gave
            evidence.pop("date", None)
        injured = _injured(draft)
        if len(injured) < len(draft.injured):
            kept = [k for k in evidence.pop("injured", []) if any(c.sentence_id == k for c in injured)]
            evidence.update({"injured": kept} if kept else {})
        killed = _counted_dead(draft)
        if not killed:
            evidence.pop("killed", None)
        if claimed is None and actor in COUNTRY_NAMES.values():
            claimed, claimed_by = True, actor
            evidence["claimed"] = list(evidence.get("actor", []))
        if claimed and not actor and claimed_by:
            actor = claimed_by
        _place_by_its_force(draft)
        _place_by_town_adjective(draft)
        _place_by_arrondissement(draft)
        country = _country(v, article.title, draft)
        event_type, sub_event_type = _types(draft)
        weapon = v.get("weapon")
        means = v.get("means")
        if weapon is None and isinstance(means, tuple):
            weapon = means[0]  # `tué par balle`: the means told beside a killing that named no weapon
            evidence.setdefault("weapon", [means[1]])
        ident = hashlib.sha1(f"{article.id}\0{draft.kind}\0{draft.first}".encode()).hexdigest()[:16]
        quote = " ".join(text for _, text in sorted(draft.sentences.items()))
        return AttackEvent(
            id=ident,
            kind=draft.kind,
            date=date.iso if date else None,
            date_precision=date.precision if date else None,
            date_text=date.text if date else None,
            event_type=event_type,
            sub_event_type=sub_event_type,
            weapon=weapon,
            weapons=_weapons(weapon if isinstance(weapon, str) else None, draft.means_told),
            count=v.get("count"),
            attacks=v.get("attacks"),
            location=_no_newspaper(_region_for_a_country(_with_its_town(v), draft, country), draft),
            country=country,
            target=v.get("target"),
            actor=actor,
            suspected_actor=v.get("suspected_actor"),
            killed=_best(killed),
            injured=_best(injured),
            killed_reports=_dedupe(killed),
            injured_reports=_dedupe(injured),
            claimed=claimed,
            claimed_by=claimed_by,
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


def _month_of_week(date: _Date) -> _Date:
    """A week named by its place in time (`la semaine dernière`, `cette semaine`) gives no day: the month that holds
    most of its days (the earlier of two that hold as many)."""
    first, last = (dt.date.fromisoformat(end) for end in date.iso.split("/"))
    months = Counter((first + dt.timedelta(days=n)).isoformat()[:7] for n in range((last - first).days + 1))
    month = max(sorted(months), key=lambda m: months[m])
    return dataclasses.replace(date, iso=month, precision="month")


def _subject_of(draft: _Draft, position: int) -> bool:
    """The sentence at `position` tells who the attack's first sentence, opening on a pronoun, is about (`Un forcené
    est entré samedi dans une banque de Tulle. Il a exécuté deux otages.`): one story."""
    return position < draft.first and lx.PRONOUN_START.search(draft.sentences.get(draft.first, "")) is not None


def _news_day_of_another_story(date: _Date, text: str) -> bool:
    """A day named only by its weekday or as `hier`, `aujourd'hui` (no day of the month) in a neighbouring sentence that
    tells nothing of the attack or of its case (no attack or harm, no police, nothing that points back at what
    happened as `Que s'est-il passé à Nantes mardi soir ?` does) is the day of that sentence's own news: `a écrit lundi
    sur Twitter`, `contraint la NBA à reporter plusieurs autres rencontres mercredi`, `aujourd'hui obsolète`. A day
    written out (`Le 5 septembre 2012, une famille ...`) often opens the story the next sentence tells: it is kept."""
    if date.precision != "day" or any(c.isdigit() for c in date.text):
        return False
    low = text.lower()
    return not (
        lx.GATE_ANY_FOUND.search(low) is not None or lx.has_any(low, lx.GATE_CASUALTY) or lx.has_any(low, _CASE_WORDS)
    )


# What points a sentence back at an attack's case: its authors and their arrest (`Les deux assaillants ont été arrêtés
# samedi`), the police who came, the inquiry, what it left (`des débris de fusées`), `les faits`, `le drame`,
# `l'affaire`, and that something took place (`La collision a eu lieu samedi soir`).
_CASE_WORDS = (
    "assaillant", "agresseur", "tireur", "meurtrier", "suspect", "arrêté", "interpellé", "enquête", "polic", "gendarm",
    "débris", "les faits", "le drame", "ce drame", "l'affaire", "s'est passé", "s'est-il passé", "eu lieu",
    "s'est produit", "se sont produit", "s'est déroulé", "se sont déroulé",
)  # fmt: skip


def _restraint_named(draft: _Draft) -> bool:
    """The attack's first sentence names a death under a police restraint in passing, by a participle with no verb
    of its own (`la mort de X, un Afro-Américain mort asphyxié par un policier`, `référence à X, asphyxié sous le genou
    d'un policier`), not told by a finite verb (`Il est mort asphyxié sous le genou d'un gendarme`)."""
    first = draft.sentences.get(draft.first, "")
    told = _RESTRAINT.search(first)
    return told is not None and not _FINITE_BEFORE.search(first, max(0, told.start() - 30), told.start())


_RESTRAINT = dict(lx.MEANS)["asphyxie"]
_FINITE_BEFORE = re.compile(r"\b(?:a|ont|est|sont|était|étaient|avait|avaient|fut)\s+(?:été\s+)?(?:\w+\s+)?$", re.I)


def _spoken_on(date: _Date, text: str) -> bool:
    """The date opens a sentence whose main clause is someone speaking (`Jeudi, le ministre a dénoncé ...`): the day
    of the words. Not a date inside a clause that tells what happened (`X a été tué lundi, a annoncé la police`)."""
    opens = not text[: date.start].strip(_OPENING)
    return opens and lx.SPOKEN_ON.match(text, date.start + len(date.text)) is not None


# What may stand before a date that opens a sentence: spaces and quotation marks.
_OPENING = " \"«“'"


def _by_police(facts: _Facts) -> bool:
    """The police or soldiers did it: a killing by its agent (`asphyxié par un policier`, `mort lors de son
    interpellation`), or an act told with police fire (`touché de balles tirées par un policier`)."""
    return facts.weapon in _BY_POLICE or (facts.act and lx.POLICE_FIRE.search(facts.text) is not None)


# Acts whose agent is the police or soldiers.
_BY_POLICE = (
    lx.KILLING_BY_AGENT,
    lx.DEATH_IN_ARREST,
    lx.DEATH_BY_POLICE,
    lx.POLICE_FIRE_HURT,
    lx.AGENT_HURT,
    lx.CHARGE_HURT,
)


def _end_told_apart(incident: _Draft, facts: _Facts) -> bool:
    """`L'auteur de l'attaque qui a fait 12 morts à Berlin lundi`, then `X, abattu vendredi à Milan par la police
    italienne`: the police killing told with a day of its own that is not the attack's is the attacker's end days later,
    a killing of its own (not the shots that ended his attack on the spot)."""
    date = incident.values.get("date")
    if facts.date is None or not isinstance(date, _Date):
        return False
    return facts.date.precision == "day" == date.precision and facts.date.iso != date.iso


def _points_back_before(facts: _Facts, side: _Facts) -> bool:
    """`Cette fusillade intervient quatre jours après ...`, `L'attentat s'est déroulé deux mois après celui de X`: the
    main clause, which gives no day, points to an attack told before, ahead of the side clause."""
    anaphor = lx.ANAPHOR.search(facts.text)
    return facts.date is None and anaphor is not None and anaphor.end() <= facts.text.find(side.text)


def _counted_from(draft: _Draft, pointed: _Draft) -> None:
    """`Cette fusillade intervient quatre jours après un attentat à la hache`: an attack a side clause dates by counting
    back from publication, its main clause giving no day, is counted back from the day of the attack the main clause
    points to instead, when that one has a day."""
    date, base = draft.values.get("date"), pointed.values.get("date")
    after = lx.TIME_AFTER.search(date.text) if isinstance(date, _Date) else None
    resolved = back_from(base, after) if after and isinstance(base, _Date) and base.precision == "day" else None
    if isinstance(date, _Date) and resolved:
        draft.values["date"] = _Date(resolved[0], resolved[1], date.text, date.start)


def _town_of_its_country(country: str, place: str) -> bool:
    """`place` is a place we know in `country`, a country's name: the more precise place a later sentence of the same
    attack gives (`La dernière attaque en Tunisie`, then `un policier avait été tué ... à Tunis`)."""
    if not _is_country_name(country) or _is_country_name(place):
        return False
    return country_of_place(place) == country_of_place(country)


def _spot_of_the_facts(draft: _Draft, facts: _Facts, anchor: tuple[int, int]) -> None:
    """`Un homme a tué sa femme à Chambéry`, then `les faits ont eu lieu place des Chasseurs Alpins`, `Les faits se
    sont déroulés dans un immeuble situé avenue de Dunkerque`, `Le drame s'est produit rue Marx-Dormoy, dans le
    XVIIIe arrondissement`: the named street or square in which the sentence that tells where the facts took place
    sets them is the more precise place of the attack placed in a town (written with that town), unless it puts them
    in another town (`place de la Mairie à Limoges`)."""
    v = draft.values
    town = str(v.get("location"))
    if _rank(v) != 2 or lx.is_region(town) or lx.is_french_subdivision(town) or _is_country_name(town):
        return  # a town's street refines a town only
    spot, _ = _location(facts.text, anchor)
    if spot is None or place_rank(facts.text, spot) != 3:
        spot = _street_or_quarter(facts.text, anchor[1])
    if spot is None or _names_another_town([facts.text], town) or place_key(spot).startswith("city:"):
        return
    _spot_in(v, town, spot, 3)
    v["location"], v["place_rank"] = spot, 3
    draft.cite("location", facts)


def _street_or_quarter(text: str, start: int) -> str | None:
    """The first street named without `de` (`rue Marx-Dormoy`) or named district (`quartier de la Cerisaie`, `la cité
    sensible Pablo-Picasso` -> `cité Pablo-Picasso`) from `start` on."""
    street = _STREET.search(text, start)
    if street is not None:
        return street.group()
    quarter = _QUARTER.search(text, start) if "quartier" in text or "cité" in text else None
    return f"{quarter.group('noun')} {quarter.group('name').strip()}" if quarter else None


_STREET = re.compile(rf"\b{lx.STREET}")
# `dans le quartier de la Cerisaie`, `au coeur de la cité sensible Pablo-Picasso`: a named district or housing estate
# (its kind, `sensible`, `populaire`, left out of the name).
_QUARTER = re.compile(
    rf"\b(?P<noun>quartier|cité)\s+(?:(?:sensible|populaire|huppé|résidentiel)\s+)?"
    rf"(?P<name>(?:du|de la|des|de l'|de|d')?\s*{lx.PLACE})"
)


def _placed_by_neighbour(draft: _Draft, facts: _Facts, place: str | None, country: str | None) -> bool:
    """Place the attack at the town a neighbouring sentence gives it (`place`, in `country`), or at the named street
    or square it gives, written with the town the sentence names beside it (`rue Douls, Rodez`); whether it did."""
    v = draft.values
    rank = place_rank(facts.text, place)
    town = town_beside_spot(facts.text, place) if rank == 3 else None
    if not (rank == 2 or town) or country not in (None, v.get("country") or country):
        return False
    v["location"] = place
    if town:
        _spot_in(v, town, str(place), 3)
        v["place_rank"] = 3
    v.setdefault("country", country) if country else None
    draft.cite("location", facts)
    return True


def _spot_in(values: dict, town: str, spot: str, rank: int) -> None:
    """A named spot (of `rank` 3) that refines the town the attack was placed in (`Londres`, then `sur le pont de
    Westminster`) is written with that town (`pont de Westminster, Londres`), as the spot alone names no town."""
    if rank == 3 and not _is_country_name(town) and fold_name(town) not in fold_name(spot):
        values["spot_town"] = town


# `dans le nord du Mali`, `dans l'est du Burkina Faso`, `dans le centre du pays`: a part of a country, the region the
# attack happened in (not `au nord de Tessalit`: a town it is measured from).
_PART_OF_COUNTRY = re.compile(
    rf"\b(?i:dans|sur)\s+(?:le\s+|l')(?P<part>(?:extrême-)?(?:{lx.DIRECTION}))\s+"
    rf"(?P<of>du|de la|de l'|des|d')\s*(?P<country>pays|{lx.PLACE})"
)


def _part_of_country(draft: _Draft, country: object) -> str | None:
    """An event placed in no town or region: the part of its country its sentences set it in (`nord du Mali`), the
    first they name; None when they name none, or one of another country."""
    for _, text in sorted(draft.sentences.items()):
        for m in _PART_OF_COUNTRY.finditer(_normalise(text)):
            named = m.group("country")
            if named != "pays" and (not _is_country_name(named) or country_of_place(named) not in (None, country)):
                continue
            if named == "pays" and country is None:
                continue
            joint = m.group("of") if m.group("of").endswith("'") else m.group("of") + " "
            return f"{m.group('part').lower()} {joint}{named}"
    return None


def _no_newspaper(location: object, draft: _Draft) -> object:
    """`l'attentat contre Charlie Hebdo`, `l'attaque de Charlie Hebdo`: a newspaper the attack struck is its target,
    no place, unless a sentence of the event sets the attack in it or its offices (`la tuerie à Charlie Hebdo`, `dans
    les locaux de Charlie Hebdo`)."""
    if location not in lx.NEWSPAPERS:
        return location
    place = re.compile(rf"\b(?:à|au siège de|(?:dans|devant) les (?:anciens )?locaux de)\s+{re.escape(str(location))}")
    return location if any(place.search(text) for text in draft.sentences.values()) else None


def _region_for_a_country(location: object, draft: _Draft, country: object) -> object:
    """The place to report, or the part of the country the event's sentences name when it has none or only the
    country (`dans le nord du Mali`: a region, more precise than Mali)."""
    if location is not None and not _is_country_name(str(location)):
        return location
    return _part_of_country(draft, country) or location


# `un policier blanc de Minneapolis`, `des policiers de Louisville`, `la police de Kenosha`, `la mairie de Louisville`,
# `la maire d'Atlanta`: a police force, or the town's own authorities, named by their town.
_FORCE_OF_TOWN = re.compile(
    rf"\b(?i:(?:un|une|le|la|les|des|deux|trois|quatre|l')\s+(?:ex-|ancien\s+|ancienne\s+)?"
    rf"(?:policiers?|policières?|agents? de police|police|mairie|maire)(?:\s+(?:blanc|blancs|blanche))?)\s+"
    rf"(?i:de|d'|du)\s*(?P<name>{lx.PLACE})"
)


def _unplaced(values: dict) -> tuple[bool, object]:
    """Whether a record is placed in no town (nowhere, or only in its country), and the country it is placed in."""
    location = values.get("location")
    if location is not None and not _is_country_name(str(location)):
        return False, None
    return True, values.get("country") or (country_of_place(str(location)) if location else None)


def _place_by_its_force(draft: _Draft) -> None:
    """A killing or a wounding by the police placed in no town (or only in its country): placed in the town whose
    police force or authorities its sentences name (`asphyxié par un policier blanc de Minneapolis`, `la mairie de
    Louisville a licencié un policier impliqué dans la mort de X`), as a force's victim is placed in its town."""
    v = draft.values
    unplaced, country = _unplaced(v)
    if not unplaced:
        return
    for _, text in sorted(draft.sentences.items()):
        text = _normalise(text)
        if not (draft.by_police or _POLICE_ACT.search(text)):
            continue
        for m in _FORCE_OF_TOWN.finditer(text):
            town, its_country = m.group("name"), country_of_place(m.group("name"))
            if lx.is_town(town) and (country is None or its_country in (None, country)):
                v["location"], v["country"] = town, country or its_country
                return


def _place_by_town_adjective(draft: _Draft) -> None:
    """An attack placed in no town (or only in its country) whose first sentence names its scene or the police force
    that killed by a town's adjective: that town (`700 blessés dans les transports londoniens`: Londres; `asphyxié par
    la police new-yorkaise`: New York), or the part of it named so (`en région parisienne`, `dans la banlieue
    lyonnaise`); in the country the attack was placed in, if any. Not a person of the town (`un touriste parisien`),
    nor a town a later sentence names for something else (`des milliers de personnes ont manifesté dans les rues
    parisiennes`, `un groupe basé dans la banlieue lyonnaise`)."""
    v = draft.values
    unplaced, country = _unplaced(v)
    text = draft.sentences.get(draft.first)
    if not unplaced or text is None:
        return
    text = _normalise(text)
    scene = lx.TOWN_ADJECTIVE_PLACE.search(text)
    force = None if scene else lx.TOWN_ADJECTIVE_FORCE.search(text)
    if force is not None and not (draft.by_police or _POLICE_ACT.search(text)):
        force = None
    found = scene or force
    town = lx.town_of_adjective(found.group("adj")) if found else None
    if found is None or town is None:
        return
    its_country = country_of_place(town)
    if country is not None and its_country != country:
        return
    adjective, noun = found.group("adj").lower(), scene.group("noun").lower() if scene else ""
    v["location"] = f"{noun} {adjective}" if noun in ("région", "banlieue") else town
    v["place_rank"], v["country"] = 2, country or its_country


def _place_by_arrondissement(draft: _Draft) -> None:
    """An attack placed in a town whose sentences set it in one numbered district of that town (`dans le XVe
    arrondissement de Paris`, `à la sortie d'un restaurant du IIe arrondissement`): that district, written with its
    town (`XVe arrondissement de Paris`). Not when they name two districts, nor one of another town, nor that of an
    office, an official or a home (`a indiqué la maire du 3e arrondissement`, `au commissariat du 13e arrondissement`,
    `originaire du 15e arrondissement`)."""
    v = draft.values
    town = v.get("location")
    if not isinstance(town, str) or _rank(v) != 2 or not lx.is_town(town):
        return
    districts = {
        m.group("nth")
        for text in draft.sentences.values()
        if "arrondissement" in text
        for m in _ARRONDISSEMENT.finditer(text)
        if (m.group("town") is None or place_key(m.group("town")) == place_key(town))
        and not _DISTRICT_OF_OFFICE.search(text, max(0, m.start() - 40), m.start())
    }
    if len(districts) == 1:
        v["location"] = f"{districts.pop()} arrondissement de {town}"


# `la maire du 3e arrondissement`, `au commissariat du 13e`, `qui habite le 18e`, `originaire du 15e`: a district named
# as that of an office, an official or someone's home, not as where the attack happened.
_DISTRICT_OF_OFFICE = re.compile(
    r"\b(?:mairies?|maires?|commissariats?|tribunal|tribunaux|parquet|députée?s?|élue?s?|conseill\w+|originaires?"
    r"|domiciliée?s?|habit(?:e|ent|ait|aient)|vi(?:t|vait|vaient|vent)|résid(?:e|ent|ait|aient|ant))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:du|de l'|le|dans le)\s*$",
    re.I,
)
# `le XVe arrondissement`, `du 11e arrondissement de Paris`, `le 1er arrondissement`: a town's numbered district, and
# the town when the text names it.
_ARRONDISSEMENT = re.compile(
    rf"\b(?P<nth>(?:[IVX]+|\d{{1,2}})(?:e|er|ème))\s+arrondissement\b(?:\s+(?:de|d')\s*(?P<town>{lx.CAP}))?"
)


# `asphyxié par un policier`, `tué par la police`, `un policier impliqué dans la mort de`: an act of the police.
_POLICE_ACT = re.compile(
    r"\bpar\s+(?:un|une|des|la|les|deux|trois|quatre)\s+(?:[\w-]+\s+)?polic|\bpolici\w*\s+impliqués?\s+dans\b", re.I
)


def _place_scene(incidents: list[_Draft], sentence: Sentence) -> None:
    """`à Guizeh, lieu de l'attaque de vendredi`, `la vallée de Galwan, théâtre des violences`: the place a sentence
    names as the scene of an attack is that of the attack told last before it (of the `incidents`, the records of
    attacks told), unless it lies in another country; else a scene set for the attack it goes on to tell."""
    scene = lx.SCENE_OF_ATTACK.search(sentence.text)
    if scene is None:
        _scene_set(incidents, sentence)
        return  # most sentences: no need to gather the records told before
    told = [d for d in incidents if d.first <= sentence.position]
    if not told:
        return
    incident = sorted(told, key=lambda d: d.first)[-1]  # of those told in one sentence, the last read (a side clause)
    _set_scene(incident, scene.group("name"), sentence)


def _scene_set(incidents: list[_Draft], sentence: Sentence) -> None:
    """`Valmont, théâtre en 1984 d'un massacre, quand ...`, `une ville du Jura, Morez, avait été le théâtre de
    violences. Deux hommes avaient été tués ...`, `Vernay est tristement célèbre pour la nuit du 2 mai 1961. Des
    soldats avaient ouvert le feu ...`: a place a sentence names as the scene of violence it goes on to tell is the
    place of the attack first told in that sentence, else in the next, when the text places that attack no more
    precisely than its country, and in the year the sentence names, if any."""
    scene = lx.SCENE_SET.search(sentence.text)
    if scene is None:
        return
    position = sentence.position
    told = [d for d in incidents if d.first in (position, position + 1)]
    if not told:
        return
    incident = min(told, key=lambda d: d.first)
    if not _unplaced(incident.values)[0]:
        return  # the attack's own sentences place it
    date = incident.values.get("date")
    years = _SCENE_YEAR.findall(sentence.text)
    if years and isinstance(date, _Date) and date.iso[:4] not in years:
        return  # `Morez avait été le théâtre de violences en 1990`, then an attack of another year
    _set_scene(incident, scene.group("name") or scene.group("known"), sentence)


_SCENE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _set_scene(incident: _Draft, name: str, sentence: Sentence) -> None:
    """Place the attack at `name`, a place a sentence names as its scene, unless it lies in another country."""
    v = incident.values
    country = v.get("country") or country_of_place(str(v.get("location") or ""))
    its_country = country_of_place(name)
    if not _is_place(name) or _is_country_name(name) or (country and its_country not in (None, country)):
        return
    v["location"], v["place_rank"], v["country"] = name, 2, country or its_country
    incident.evidence["location"] = [sentence.key]


def _with_its_town(values: dict) -> object:
    """The place to report: a spot with the town it refined, when it still is the place."""
    location, town = values.get("location"), values.get("spot_town")
    return f"{location}, {town}" if town and _rank(values) == 3 and location else location


def _place(draft: _Draft, facts: _Facts) -> None:
    v = draft.values
    had = v.get("location")
    for name in ("location", "country", "actor"):
        draft.put(name, getattr(facts, name), facts)
    if had is None and v.get("location") is not None:
        v["place_rank"] = facts.place_rank
        spot = facts.location if facts.place_rank == 3 and v["location"] == facts.location else None
        town = (facts.container or town_beside_spot(facts.text, spot)) if spot else None
        if spot and town:
            _spot_in(v, town, spot, 3)  # `sur l'avenue Las Ramblas, à Barcelone`: written with its town
    elif had is not None and facts.location and refines(str(had), _rank(v), facts.location, facts.place_rank):
        _spot_in(v, str(had), facts.location, facts.place_rank)
        v["location"], v["place_rank"] = facts.location, facts.place_rank  # `... sur la plage du Lido`: more precise
        draft.cite("location", facts)
    elif had is not None and facts.location and _town_of_its_country(str(had), facts.location):
        v["location"], v["place_rank"] = facts.location, facts.place_rank  # `en Tunisie`, then `à Tunis`
        draft.cite("location", facts)
    if facts.container and draft.values.get("location") == facts.container:
        draft.values["location"] = facts.location  # `près de Port Kantaoui, dans la ville de Sousse`: more precise
        draft.cite("location", facts)
    draft.values.setdefault("container", facts.container)


# `Deux mois plus tard, 22 personnes avaient péri lors d'une attaque à X`: a sentence that opens by moving time on
# and names no attack already told (no `l'attaque`, `cet attentat`) tells another one, with its own toll.
_TIME_SHIFT = re.compile(
    r"^\W*(?:[\w-]+ (?:jours|semaines|mois|ans|années) (?:plus tard|plus tôt|auparavant|après|avant)"
    r"|le lendemain|la veille|l'année (?:suivante|précédente)"
    r"|[\w-]+ (?:days|weeks|months|years) (?:later|earlier|before))\b",
    re.IGNORECASE,
)


def _hours_later(facts: _Facts) -> _Facts:
    """`Quelques heures plus tard, au moins 24 personnes sont mortes lors d'une attaque suicide`: a sentence that opens
    by moving time on by hours and points to no attack told tells a happening after the one recorded (another attack,
    or one more blast of a series, which may still be told with it): the sentence without its dead and wounded."""
    if not (facts.killed or facts.injured) or not _HOURS_LATER.match(facts.text) or lx.ANAPHOR.search(facts.text):
        return facts
    return dataclasses.replace(facts, killed=[], injured=[])


_HOURS_LATER = re.compile(
    r"^\W*(?:(?:[\w-]+ ){1,3}heures (?:plus tard|après)|plus tard dans la (?:journée|soirée|nuit)"
    r"|(?:[\w-]+ ){0,3}hours later|later (?:that|in the) (?:day|evening|night))\b",
    re.IGNORECASE,
)


# `Il a ensuite perpétré une nouvelle attaque dans la ville voisine`, `une nouvelle fusillade a éclaté`: after an attack
# already told, a new one is another attack (`cette nouvelle attaque` is the one just told, and opens no other).
_NEW_ATTACK = re.compile(
    rf"\b(?:une\s+nouvelle|un\s+nouvel|a\s+new|a\s+fresh)\s+(?:[\w-]+\s+)?(?:{lx.ATTACK_NOUNS}|agression|fusillade)\b",
    re.IGNORECASE,
)
# A sentence about an attack's scene, though it names no attack (`les secours`, `les sirènes ont retenti`).
_SCENE = re.compile(r"\b(?:secours|secouristes|sirènes|ambulances?|sur les lieux|sirens|paramedics)\b", re.IGNORECASE)
# Violence told as a scene, with its place right after it (`les affrontements à X`, `les émeutes raciales de X`) or
# with a toll (`Des violences ... ont fait un mort samedi à X`): a sentence that tells it right before an attack's
# sentence that gives no place sets the scene the attack was part of (not `la fin des violences policières`, a cause).
_VIOLENCE = re.compile(
    r"\b(?i:violences|affrontements|heurts|échauffourées|émeutes|clashes|riots)\b"
    r"(?:(?:\s+(?!polic)[a-zé]+)?\s+(?:à|au|aux|en|dans|de|d'|in|at)\s*(?:la\s+|le\s+|l')?[A-ZÀ-Þ]"
    r"|(?=[^.;:]{0,80}?\b(?:ont|avaient|have) (?:fait|left)\b))"
)
# `Les faits se sont déroulés ...`, `Le drame s'est produit ...`, `L'agression s'était déroulée le 24 août dernier`: a
# sentence that tells when or where the facts an article reports took place, named by a word that names no armed
# attack (those nouns are read as referring back) or by an assault's own (`l'agression`, `l'incident`).
_FACTS_TOLD = re.compile(
    r"^(?:[^,.;:]{0,60},\s*)?(?:les faits|le drame|la tragédie|la scène|l'agression|l'incident|l'altercation)\s+"
    r"(?:(?:se sont|s'est|s'étaient|s'était)\s+"
    r"(?:produite?s?|déroulée?s?|passée?s?)|(?:a|ont|avai(?:en)?t)\s+eu lieu)\b",
    re.IGNORECASE,
)
_FACTS_HINTS = ("faits", "drame", "tragédie", "scène", "agression", "incident", "altercation")
# A body found: `retrouvée sans vie`, `le corps de X a été découvert`, `découvert le corps carbonisé de X`.
_BODY_FOUND = re.compile(
    r"\b(?:retrouvée?|découverte?)\s+(?:sans vie|morte?)\b"
    r"|\b(?:corps|cadavre)\b[^.;]{0,40}?\b(?:a|avait)\s+été\s+(?:retrouvé|découvert)"
    r"|\b(?:découvert|retrouvé)\s+le\s+(?:corps|cadavre)\b",
    re.IGNORECASE,
)
_BODY_HINTS = ("sans vie", "mort", "corps", "cadavre")
_SURVIVAL_REACH = 4  # the sentences after an attack's first telling that may still say its victims will live
# Dead told without a count (`faisant plusieurs morts`, `des morts et des blessés`, `tué`, `décédé`).
_DEAD_TOLD = re.compile(r"\b(?:morte?s?|tuée?s?|décédée?s?|décès|mortellement|succombée?s?|sans vie)\b", re.IGNORECASE)
# A series of attacks named by its month and year (`les attentats de janvier 2015`, `les attaques jihadistes de
# novembre 2015`).
_SERIES_MONTH = re.compile(
    r"\b(?:attentats|attaques|tueries)(?:\s+(?:sanglante?s|meurtri(?:ers|ères)|jihadistes|djihadistes|terroristes"
    rf"|islamistes))?\s+(?P<when>(?:de|d')\s*(?P<m>{lx.MONTH_ALT})\s+(?P<y>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
# A title that tells harm done to a person (`agressée pour avoir demandé ...`, `une mère et ses filles poignardées`,
# `ils se font tabasser`), and the lead where its first report's day and town are looked for (_from_lead).
_TITLE_HARM = re.compile(
    r"\b(?:(?:agress|frapp|tabass|poignard)(?:ée?s?|e|ent|er)|passée?s? à tabac|rouée?s? de coups)\b"
    r"(?!\s+(?:par\s+(?:la\s+foudre|les?\s+orages?|la\s+tempête|la\s+crise)|de\s+plein\s+fouet))",
    re.IGNORECASE,
)
_LEAD_REACH = 4  # the lead's last sentence
_LEAD_AFTER = 3  # sentences after the first report that may still give its day and town
# A later step of the case, or a place the victim was taken to: not the day or the town of the harm.
_LATER_STEP = re.compile(
    r"\b(?:depuis\s+(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le\s+\d)"
    r"|enquête|procès|cour d'(?:appel|assises)|juge|liberté|jugée?s?|comparu\w*|garde à vue|interpellée?s?"
    r"|déférée?s?|mise?s? en examen"
    r"|plainte|condamnée?s?|publiée?s?|diffusée?s?|hôpital|CHU|tribunal|parquet|commissariat|brigade)\b",
    re.IGNORECASE,
)
# A capitalised name (its article too: `La Tour-du-Pin`) followed by a name in parentheses, the French way of
# writing a commune with its department (`ce bus de Neuilly-sur-Marne (Seine-Saint-Denis)`).
_COMMUNE = r"(?<![\w'-])(?P<name>(?:(?:La|Le|Les|L')\s?)?[A-ZÀ-Þ][\w'-]+(?:[ -](?:[a-zà-ÿ]{2,3}[ -])?[A-ZÀ-Þ][\w'-]+)*)"
_NAME_WITH_PARENS = re.compile(_COMMUNE + r"\s+\((?P<department>[A-ZÀ-Þ][\w' -]{1,30})\)")
# A title that opens on a French department (`Yvelines : une femme poignardée à mort`, `Val-d'Oise: ...`).
_TITLE_DEPARTMENT = re.compile(r"\W*(?P<department>[A-ZÀ-Þ][\w' -]{1,30}?)\s*:")
# A department a title sets its report in (`Quadruple assassinat dans les Pyrénées-Orientales`, `Attaques de l'Aude`).
_IN_DEPARTMENT = re.compile(
    r"\b(?:dans|de|du|des)\s+(?:(?:le|la|les)\s+|l')?(?P<department>[A-ZÀ-Þ][\w'-]+(?:[ -][A-ZÀ-Þ][\w'-]+)?)"
)


def _titled_department(title: str) -> str | None:
    """The one French department a title opens on (`Yvelines : ...`) or sets its report in (`... dans l'Aude`, `Attaques
    de l'Aude : ...`); none when it names two (`dans les Yvelines et dans la Marne`)."""
    head = _TITLE_DEPARTMENT.match(title)
    named = [head.group("department")] if head else []
    named += [m.group("department") for m in _IN_DEPARTMENT.finditer(title)]
    departments = {name for name in named if lx.is_french_subdivision(name)}
    return departments.pop() if len(departments) == 1 else None


def _town_written_with(text: str, department: str) -> str | None:
    """The town `text` writes with the French `department` it lies in: `Marly-le-Roi (Yvelines)`, `La Seyne-sur-Mer,
    dans le Var`, `à Sommières, dans le Gard`."""
    written = [m for m in _towns_with_departments(text) if m.group("department") == department]
    within = re.finditer(rf"{_COMMUNE},\s+(?:dans (?:le|la|les) |dans l'|en ){re.escape(department)}\b", text)
    written += [m for m in within if not lx.is_french_subdivision(m.group("name"))]
    written.sort(key=lambda m: m.start())
    return next((m.group("name") for m in written if not _NEAR_BEFORE.search(text, 0, m.start())), None)


def _towns_with_departments(text: str) -> Iterator[re.Match[str]]:
    """Each town `text` writes with its French department in parentheses (`Neuilly-sur-Marne (Seine-Saint-Denis)`)."""
    for m in _NAME_WITH_PARENS.finditer(text):
        if lx.is_french_subdivision(m.group("department")) and not lx.is_french_subdivision(m.group("name")):
            yield m


# A town named as a landmark near the place (`à une quarantaine de kilomètres de Bordeaux`, `au nord de Lyon`), or as
# a court's, a hospital's or a prison's seat: not the place of the harm.
_NEAR_BEFORE = re.compile(
    r"\b(?:kilomètres?|km|près|proche|proximité|loin|environs|alentours|abords|nord|sud|est|ouest|banlieue"
    r"|périphérie|large|parquet|procureure?|tribunal|hôpital|CHU|prison|maison d'arrêt|commissariat|gendarmerie)"
    r"\b[^,.;:()]{0,12}$",
    re.IGNORECASE,
)


# Where the victim lives or comes from: not where the harm was done.
_HOME = re.compile(r"\b(?:originaires?|habitant|résidant|domiciliée?s?|née?s? à|vi(?:t|vent|vait) à)\b", re.IGNORECASE)


def _town_with_its_department(text: str) -> str | None:
    """`... à l'intérieur de ce bus de Neuilly-sur-Marne (Seine-Saint-Denis)`, `en voiture à La Tour-du-Pin (Isère)`:
    the town a sentence writes with its French department in parentheses, unless it tells the victim's home."""
    if "(" not in text or _HOME.search(text):
        return None
    return next((m.group("name") for m in _towns_with_departments(text)), None)


# A sentence that opens on the time since the harm (`Depuis, elle milite`, `Aujourd'hui, il va mieux`, `Des mois plus
# tard, ...`): what the lead tells from there on happened after it, its days and towns not the harm's.
_AFTERWARDS = re.compile(
    r"\W*(?:depuis\s*(?:,|ce\s+jour|cette\s+(?:agression|attaque|nuit|soirée|date)|lors)|aujourd'hui\b|désormais\b"
    r"|(?:des|quelques|plusieurs|deux|trois)\s+(?:jours|semaines|mois|ans|années)\s+plus\s+tard\b)",
    re.IGNORECASE,
)
# Words that credit a source (`a confié le maire au Dauphiné Libéré`): a name the sentence gives may be a newspaper's.
_TOLD_BY = re.compile(r"\b(?:selon|confiée?|rapporte|raconte|indiquée?|affirmée?|déclarée?|explique)\b", re.IGNORECASE)
# A title that reports a killing (`Fille au pair tuée à Londres`, `un Américain tue sa femme`).
_TITLE_KILLING = re.compile(rf"\b(?:{lx.TITLE_KILLED_WORDS}|tue|tuent|meurtre|assassinat)\b", re.IGNORECASE)
# What a title that sets its victim apart from the killer holds: an active killing of someone (`tue une
# auto-stoppeuse`, `poignarde à mort son voisin`), a passive one whose agent is a person (`tuée par son mari`,
# `abattu par un inconnu`; not `par balle`), a death that only a victim meets (`poignardée à mort`, `égorgé`), or a
# murder named by its victim (`le meurtre de Paul`, `l'assassinat du maire`).
_VICTIM_APART = re.compile(
    r"\b(?:tue|tuent|assassine|assassinent|égorge|égorgent|étrangle|étranglent|poignarde à mort|poignardent à mort)"
    r"\s+(?:une?|sa|son|ses|leur|leurs)\b"
    r"|\b(?:tuée?|abattue?|assassinée?|étranglée?|égorgée?|poignardée?)(?:\s+à\s+mort)?\s+(?:[\w'-]+\s+){0,2}?par\s+"
    r"(?:une?|sa|son|ses|leur|leurs)\s+(?!balles?\b|tirs?\b|coups?\b|armes?\b)"
    r"|\b(?:poignardée?|battue?|frappée?|rouée? de coups)\s+à\s+mort\b|\bégorgée?\b"
    r"|(?<!tentative d')(?<!tentative de )\b(?:meurtre|assassinat)\s+(?:du|de|d')",
    re.IGNORECASE,
)
_APART_HINTS = ("tue", "assassin", "égorg", "étrangl", "poignard", "abattu", "à mort", "meurtre")
# Killers whose one victim a title may be the attacker: the police, gendarmes, soldiers.
_FORCES = re.compile(
    r"\b(?:polici\w*|police|gendarmes?|gendarmerie|CRS|militaires?|soldats?|forces|armée|agents?|RAID|GIGN|BAC)\b",
    re.IGNORECASE,
)
# A death told by itself (`a été retrouvée morte`, `est mort lors d'une opération`).
_DEATH = re.compile(
    r"\b(?:(?:est|sont|a été|ont été) (?:retrouvée?s? )?morte?s?|a succombé|ont succombé|(?:a|ont) perdu la vie"
    r"|(?:est|sont) décédée?s?|(?:was|were) (?:found )?dead|died)\b",
    re.IGNORECASE,
)
# A word for a town, maybe sized (`ville`, `grande ville`, `petite localité`, `même commune`), and the part of a
# country that may follow it without naming the town (`cette grande ville du nord du Liban`, `cette ville du Sud`).
_TOWN_WORDS = ("ville", "localité", "commune", "bourgade")
_TOWN_NOUN = rf"(?:(?i:grande|petite|même) )?(?:{'|'.join(_TOWN_WORDS)})"
_TOWN_PART = rf"\s+(?:du|de l'|de la) ?(?i:{lx.DIRECTION})\b"
# A word for a town pointing back to the one a sentence named before (`la ville`, `cette grande ville`).
_TOWN_POINTER = re.compile(rf"\b(?i:la|cette) {_TOWN_NOUN}\b")
# The attack's sentence points back to the one before: a pronoun subject (`Il`, `Selon la police, il`), a possessive
# (`un de ses agents`), `la ville`, a demonstrative (`cet attentat`, `cette "attaque ..."` opening a quotation).
_POINTS_BACK = re.compile(
    r"^\W*(?:[^,.;:]{0,60},\s*)?(?:il|elle|ils|elles|it|they|he|she)\b"
    r"|^\W*(?:[\w'-]+,?\s+){0,5}?(?:ses|son|sa|leurs?|its|their)\s"
    rf"|\b(?:(?:la|cette) {_TOWN_NOUN}|le village|the city|the town)\b"
    # `Ce père de famille de 29 ans a été touché ...`: the person the sentence before named (not `Ce mardi`, a day)
    rf"|^\W*(?:ce|cet|cette)\s+(?!(?:matin|soir|jour|week-end|mois|{lx.WEEKDAY_ALT})\b)[\w'-]+\s+(?:de\s+)?\w"
    r"|\b(?:cet|cette|ces|this|these) [«\"“]?\s*(?:attentats?|attaques?|assauts?|fusillades?|tueries?|drames?|carnages?"
    r"|attacks?)\b",
    re.IGNORECASE,
)

# `l'attentat (au camion) qui a fait 12 morts`: the relative clause that gives the toll of the attack noun before it
# (lx.TOLL_CLAUSE is the other wording, `lors de laquelle 40 personnes avaient péri`).
_TOLL_RELATIVE = re.compile(
    r"[^,.;:()]{0,40}?,?\s*(?:qui|which|that)\s+(?:a|ont|avait|avaient|has|have|had)\s+(?:fait|coûté|tué|killed|left)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.()]")
# A death told at the hospital or after wounds: a later day than the harm's (`décédé le 2 juin à l'hôpital`).
_DIED_LATER = re.compile(r"\b(?:hôpital|des suites|succomb\w*|blessures?)\b", re.IGNORECASE)


def _noun_with_its_toll(facts: _Facts) -> tuple[re.Match[str], re.Match[str]] | None:
    """The attack noun the sentence is anchored on and the relative clause right after it that gives its toll
    (`l'attentat au camion qui a fait 12 morts`), or None."""
    noun = lx.HEADLINE_NOUN.search(facts.text, *facts.anchor)
    told = _TOLL_RELATIVE.match(facts.text, noun.end()) if noun is not None else None
    return (noun, told) if noun is not None and told is not None else None


# `La veille, un homme a foncé sur la foule`: the day before the one told just before (not `la veille de X`).
_EVE = re.compile(r"^\W*(?:la veille|the day before)\b(?!\s*(?:d[eu']|des|of)\b)", re.IGNORECASE)
# How many sentences back `la veille` looks for the day it is the eve of.
_EVE_REACH = 2

# A sentence that points to an attack (`cette attaque`, `Ils`) reaches this many sentences back.
_POINTING_REACH = 4
# `avant cette attaque`: what the sentence tells came before the attack it points to.
_BEFORE_IT = re.compile(r"\b(?:avant|before)\s+$", re.IGNORECASE)

# An attack told `cinq jours plus tard` is dated from the attack told this many sentences before (or fewer).
_DAYS_AFTER_REACH = 3


def _days(after: re.Match[str]) -> int | None:
    """How many days DAYS_AFTER says."""
    if after.group("same"):
        return 0
    if after.group("next"):
        return 2 if "surlendemain" in after.group("next") else 1
    if after.group("hours"):
        return int(after.group("hours")) // 24  # `après 48h de traque`
    if after.group("hunt"):
        return parse_number(after.group("hunt"))
    n = parse_number(after.group("n"))
    return n * 7 if n and after.group("unit") in ("semaines", "weeks") else n


# A toll told this close after an attack already recorded is more likely that attack's than a new one's.
_RECENT_SENTENCES = 3
# A sentence that repeats the toll of an attack told this many sentences before (or fewer) is about it.
_RESTATED_TOLL_REACH = 4
# The first toll of the one attack an article tells may come this many sentences after it is last told.
_FIRST_TOLL_REACH = 12


def _pointing_reach(draft: _Draft, facts: _Facts) -> int | None:
    """How many sentences back a sentence that points to an attack reaches: `ces roquettes`, `Ils` further than
    `l'attentat`, which may be another one; the latest toll as far as a restated one (None: it points to none)."""
    if facts.anaphor or facts.pronoun:
        return _POINTING_REACH if facts.pronoun or lx.DEMONSTRATIVE.search(facts.text) else 2
    return _RESTATED_TOLL_REACH if _latest_toll(draft, facts) else None


def _latest_toll(draft: _Draft, facts: _Facts) -> bool:
    """`Le dernier bilan officiel fait état de 207 morts`, a few sentences after an attack told with its toll: the
    latest figure of that toll, in a sentence that names no attack, war or disaster of its own."""
    if draft.kind != "incident" or not facts.killed or facts.trigger or facts.weapon or facts.background:
        return False
    return bool(_TOLL_NOUN.match(facts.text)) and not lx.NOT_AN_ATTACK.search(facts.text)


# A sentence that opens on the toll (`Le dernier bilan officiel ...`, `The latest toll ...`).
_TOLL_NOUN = re.compile(
    r"^\W*(?:le|un|the) (?:dernier |nouveau |premier |latest |new )?(?:bilan|(?:death )?toll)\b", re.IGNORECASE
)


# How far (characters) after the toll's first word a side clause may name the attack the toll is of.
_SIDE_AFTER_TOLL = 60
# A toll given as a count, anywhere in the sentence (`Le bilan officiel du drame est de`, `faisant état d'un bilan de`).
_TOLL_REPORT = re.compile(
    r"\b(?:le|un|du|d'un|the|a)\s+(?:(?:dernier|nouveau|premier|précédent|latest|new|first)\s+)?(?:bilan|death toll)\b",
    re.IGNORECASE,
)
_TOLL_TOTAL = re.compile(
    r"\b(?:bilan|toll) (?:total|global|cumulé|overall)\b|\b(?:total|overall) (?:death )?toll\b", re.IGNORECASE
)


def _older_toll(draft: _Draft, facts: _Facts) -> bool:
    """`Dimanche, deux soldats ont été tués`, then `X avait démissionné après l'explosion du 4 août, qui avait fait 190
    morts`: a toll told in the pluperfect, which does not repeat the toll of the attack told before it in the present
    tense, nor completes it (the wounded after the dead), is an older event's."""
    if draft.past or facts.trigger or not facts.past or not (draft.killed or draft.injured):
        return False
    if _completes_toll(draft, facts):
        return False
    counts = {c.count for c in facts.killed + facts.injured if c.count}
    return bool(counts) and not counts & {c.count for c in draft.killed + draft.injured}


def _completes_toll(draft: _Draft, facts: _Facts) -> bool:
    """Only the wounded after only the dead (or the reverse); `No one else was hurt` after the dead gives no other
    figure of the dead. A toll that repeats the one figure given and adds the other kind completes it too (`a fait
    plus de 50 blessés`, then `il y a 13 morts et plus de 50 blessés`)."""
    killed = any(c.count for c in facts.killed)
    injured = any(c.count for c in facts.injured)
    if killed and injured and bool(draft.killed) != bool(draft.injured):
        given, again = (draft.killed, facts.killed) if draft.killed else (draft.injured, facts.injured)
        return bool({c.count for c in given} & {c.count for c in again})
    return bool(
        (facts.injured and not killed and draft.killed and not draft.injured)
        or (facts.killed and not injured and draft.injured and not draft.killed)
    )


_MORE_HURT_REACH = 2
# How many sentences after a record's last the kind of toll it still misses may come (`_toll_completed`).
_COMPLETED_TOLL_REACH = 2


def _not_the_records_toll(facts: _Facts) -> bool:
    """A toll the sentence lays on a noun of its own (`les heurts ont également fait 1.440 blessés`), counts a group
    already told (`Les cinq occupants de la voiture ont été tués`: the attackers), or wounded who died (`17 autres
    blessés qui avaient succombé`): not the kind of toll a record still misses."""
    text = facts.text
    died = bool(facts.injured) and not facts.killed and _DIED.search(text) is not None
    return died or _OWN_TOLL.search(text) is not None or _KNOWN_GROUP.search(text) is not None


_OWN_TOLL = re.compile(
    r"\b(?:les|le|la|l'|ces|cette|ce|des)\s*[\w-]+\s+(?:[\w-]+\s+)?(?:ont|a|avaient|avait|auraient|aurait)\s+"
    r"(?:\w+\s+)?(?:fait|causé|provoqué|coûté)\b",
    re.IGNORECASE,
)
_KNOWN_GROUP = re.compile(rf"\b(?:les|ces|leurs|ses|the|these)\s+(?:{NUMBER})\b", re.IGNORECASE)
_DIED = re.compile(r"\b(?:succomb|décéd|mort|died)", re.IGNORECASE)


def _dated_after(date: _Date | None, draft: _Draft) -> bool:
    """No day told, or one on or after the record's (a later count of its hurt), or the record has none."""
    told = draft.values.get("date")
    return date is None or not isinstance(told, _Date) or date.iso[:10] >= told.iso[:10]


def _hurt_told_before(draft: _Draft, facts: _Facts) -> list[Casualty]:
    return [c for c in draft.injured if c.count and c.sentence_id not in (None, facts.key)]


def _more_hurt(draft: _Draft, facts: _Facts) -> bool:
    """`deux blessés graves`, then `Cinq autres personnes ont été légèrement blessées`: wounded of another grade,
    counted as others than the wounded told just before, in a sentence that names no attack, date or period of its
    own, add to them (`Dix autres ont été blessées` after the dead says nothing of a grade: the wounded, not more); so
    do wounded counted as more than those (`cinquante blessés`, then `72 blessés supplémentaires`)."""
    if draft.kind != "incident" or not facts.injured or not _hurt_told_before(draft, facts):
        return False
    if {c.count for c in facts.killed} - {c.count for c in draft.killed}:
        return False  # `Outre l'homme qui a été tué, ...` names the dead already told, no other
    named = facts.weapon is not None and facts.weapon.name is not None  # not the bare `qui a été tué` of that aside
    if facts.date or facts.past or facts.background or named or facts.trigger:
        return False
    if facts.key in draft.evidence.get("injured", []) or facts.sentence.text in draft.sentences.values():
        return False  # the lead's sentence again in the body: the same wounded, not more
    return _others_hurt_figure(facts.text) is not None


def _others_hurt_figure(text: str) -> int | None:
    """The figure of wounded told as more than those counted before (`72 blessés supplémentaires`), or as others of
    another grade (`cinq autres personnes ont été légèrement blessées`); None when the sentence tells neither."""
    more = lx.MORE_HURT.search(text) if "suppl" in text or "additional" in text else None
    if more is None and lx.GRADED_OTHERS.search(text) is not None:
        more = lx.OTHERS_HURT.search(text)
    return parse_number(_FIGURE.match(more.group()).group()) if more else None  # type: ignore[union-attr]  # both open on a figure


_FIGURE = re.compile(NUMBER, re.IGNORECASE)


def _added_to_the_hurt(draft: _Draft, facts: _Facts) -> _Facts:
    """The sentence's wounded with those told last added, when they are others than those (`_more_hurt`); not a count
    that holds them already (`Outre les trois blessés graves, deux autres ... légèrement blessées`, read as five)."""
    if not _more_hurt(draft, facts):
        return facts
    told, others = _hurt_told_before(draft, facts)[-1].count, _others_hurt_figure(facts.text)
    added = [c.model_copy(update={"count": told + c.count}) if c.count == others else c for c in facts.injured]
    return dataclasses.replace(facts, injured=added)


def _the_others_hurt(draft: _Draft, facts: _Facts) -> bool:
    """`Deux employés ont été tués samedi ...`, paragraphs later `Six autres employés ont été blessés`: the wounded
    counted as others than the dead an attack was told with are its wounded, in a sentence that names no attack, date
    or period of its own."""
    if draft.kind != "incident" or not draft.killed or draft.injured or facts.killed or not facts.injured:
        return False
    if facts.date or facts.past or facts.background or facts.weapon or facts.trigger:
        return False
    return lx.OTHERS_HURT.search(facts.text) is not None and not lx.NOT_AN_ATTACK.search(facts.text)


def _restates_toll(draft: _Draft, facts: _Facts) -> bool:
    """`Outre les 22 personnes tuées, 237 ont été blessées`: the attack's death toll, repeated, names it; so do its
    wounded set aside by `outre` (`Outre les deux blessés graves, cinq autres personnes ...`)."""
    known = {c.count for c in draft.killed if c.count}
    if known and any(c.count in known for c in facts.killed):
        return True
    hurt = {c.count for c in draft.injured if c.count}
    besides = lx.BESIDES.search(facts.text) if hurt and facts.injured else None
    return bool(
        besides and hurt & {parse_number(n.group()) for n in re.finditer(rf"\b(?:{NUMBER})\b", besides.group(), re.I)}
    )


def _article_place(text: str) -> tuple[str | None, str | None]:
    """The town or spot a title is set in: its head (`New York : ...`) when it names a town, else the one place more
    precise than a country its head (`Attaque sur les Champs-Elysées : ...`) or its rest (`Somalie: ... l'attaque d'un
    hôtel de Mogadiscio`) names, if we know it, it is a named spot, or the head names the attack there."""
    head = _HEAD.match(text)
    if head and _is_head_town(head.group(1)):
        return head.group(1).strip(), country_of_place(head.group(1))
    parts = [(head.group(1), True), (text[head.end() :], False)] if head else [(text, False)]
    for part, is_head in parts:
        place, country = _location(part)
        if place is None or place_rank(part, place) < 2:
            continue
        named_attack = is_head and lx.ATTACK_NOUN.search(part) is not None  # `Attaque sur les X :`
        if country_of_place(place) or is_spot(place) or named_attack:
            return place, country
    return None, None


_HEAD = re.compile(r"^\s*([^:]{2,60}?)\s*:")

# A word for a town with the part of the country it lies in and the country (`cette grande ville du nord du Liban`).
_TOWN_IN_COUNTRY = re.compile(
    rf"\b{_TOWN_NOUN}{_TOWN_PART}\s+(?:du|de la|de l'|des|d')\s*(?P<country>[A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+)?)"
)


def _pointer_country(first: str) -> str | None:
    """`cette grande ville du nord du Liban`: the country a word pointing back to a town names, which the text gives
    over the one a gazetteer knows the town's name in (a Tripoli in Libya and one in Lebanon)."""
    m = _TOWN_IN_COUNTRY.search(first)
    return m.group("country") if m and _is_country_name(m.group("country")) else None


# A word for a town that names none (`la ville`, `cette grande ville du Nord`, `cette localité`, `la capitale`; not
# `la ville de X`, `la capitale économique`, `la capitale afghane`, which `facts._location` reads), and the attack or
# the harm it must stand close to.
_TOWN_WORD = re.compile(
    rf"\b(?i:la|cette) {_TOWN_NOUN}\b(?:(?={_TOWN_PART})|(?!\s+(?:[\w-]+\s+)?(?:de|d'|du|des)\b))"
    r"|\b(?i:la) (?P<capital>capitale)\b"
    r"(?!\s+(?:d'|(?:de|du|des|[a-zé]+(?:aine|ienne|ane|ise|aise|oise|ine|ique|ale|elle|ière|ée))\b))"
)
_ATTACK_NEAR = re.compile(
    rf"\b(?:{lx.ATTACK_NOUNS}|assassinat|meurtre|tuée?s?|blessée?s?|abattue?s?|poignardée?s?)\b", re.IGNORECASE
)
_TOWN_WORD_REACH = 40
_TOWN_WORD_HINTS = (*_TOWN_WORDS, "capitale")  # _TOWN_WORD's nouns, looked for before it runs


def _head_town(title: str) -> bool:
    head = _HEAD.match(title)
    return head is not None and _is_head_town(head.group(1))


def _is_head_town(head: str) -> bool:
    """A title's head that names a town (`Marseille : ...`), one of ours, the gazetteer's or a French commune too small
    for it (`Condé-sur-Sarthe : ...`)."""
    return lx.is_town(head) or lx.is_commune(head.strip())


# What names a person right before or after a name (`la mort de X`, `M. X`, `le Premier ministre X`; `X, 46 ans`,
# `X, un Afro-Américain`).
_PERSON_BEFORE = (
    r"(?:\b(?:la mort|le meurtre|l'assassinat|le décès|l'agonie|the death|the killing) d?[e']?|\bM\.|\bMme|\bMr\.?"
    # whose health, kin, lawyer or funeral the text speaks of (`l'état de santé de X`, `la famille de X`)
    r"|\b(?:l'état de santé|la famille|les proches|la mère|le père|la veuve|le frère|la s(?:oe|œ)ur|le fils|la fille"
    r"|l'avocate?|les avocats|l'épouse|les obsèques|les funérailles) d[e']"
    r"|\b(?:ministre|président|présidente|chef|directeur|directrice|porte-parole|journaliste|avocat|avocate|opposant"
    r"|militant|militante|minister|president|spokesman|journalist|lawyer))"
)
_PERSON_AFTER = (
    r"(?:,\s*(?:\d+ ans|aged \d+)|\(\d+ ans\)|,\s*(?:un|une|an?)\s+(?:homme|femme|jeune|adolescente?|Noir|Noire"
    r"|Afro-[Aa]méricaine?|Africain-[Aa]méricaine?|père|mère|étudiante?|man|woman|Black|African[- ]American)\b)"
)
# An attack dated this many days (from the first of its month) before publication is the news an article reports.
_RECENT_DAYS = 62


def _recount(draft: _Draft, drafts: list[_Draft]) -> bool:
    """`Le Royaume-Uni a connu deux attaques qualifiées de terroristes ces derniers mois`, in an article that tells at
    least that many other attacks: a count of attacks the article names one by one, no wave of its own (the gold set
    counts them as events); a count with a toll, or more attacks than the article tells, stays one."""
    if draft.kind != "aggregate" or draft.killed or draft.injured:
        return False
    counted = next((m for text in draft.sentences.values() if (m := _FEW_ATTACKS.search(text))), None)
    if counted is None:
        return False
    told = sum(d.kind == "incident" for d in drafts if d is not draft)
    return told >= (2 if counted.group("n").lower() in ("deux", "2", "two") else 3)


def _charge_of_one_attack(draft: _Draft, drafts: list[_Draft]) -> bool:
    """`reconnu coupable de 51 meurtres` in an article about an attack that killed 51, `inculpé pour trois meurtres` for
    the stabbing it tells with three dead: the count of a conviction or a charge (lx.MURDERS_CONVICTED) is the toll of
    that attack, no aggregate of its own (the gold set's dev8 and dev19); `neuf autres meurtres` stays one."""
    if not _charge_count(draft):
        return False
    toll = draft.killed[0].count
    return any(d.kind == "incident" and any(c.count == toll for c in d.killed) for d in drafts if d is not draft)


def _toll_of_its_conviction(told: _Draft, counts: list[_Draft], title: str) -> list[_Draft]:
    """`Le tueur de Christchurch, ...` over a body whose only record is `condamné pour 51 meurtres`: the killings the
    conviction counts (`_charge_count`) are the toll of the attack the title reports, no aggregate of their own. Not
    when the title reports a harm short of a killing (`un surveillant poignardé par un détenu`, then `Le détenu,
    condamné pour trois meurtres, ...`): the convict's earlier killings."""
    if len(counts) != 1 or told.killed or (_TITLE_HARM.search(title) and not _TITLE_KILLING.search(title)):
        return [told, *counts]
    (count,) = counts
    told.killed.extend(count.killed)
    told.evidence.setdefault("killed", []).extend(count.evidence.get("killed", []))
    told.sentences.update(count.sentences)
    return [told]


def _counts_in_the_case_country(drafts: list[_Draft], events: list[AttackEvent]) -> list[AttackEvent]:
    """`déjà condamné ... pour neuf autres meurtres`, placed in no country by its sentence, in an article whose other
    records all happened in one country: a convict's killings counted by a conviction or a charge are placed in the
    country of the case (the gold set's dev11 rule, as frdev1, frdev8 and frdev9 place them)."""
    counts = [i for i, d in enumerate(drafts) if _counted_by_a_charge(d) and events[i].country is None]
    countries = {e.country for i, e in enumerate(events) if i not in counts}
    if not counts or len(countries) != 1 or None in countries:
        return events
    (country,) = countries
    return [e.model_copy(update={"country": country}) if i in counts else e for i, e in enumerate(events)]


def _conviction(draft: _Draft) -> re.Match[str] | None:
    """The conviction or charge that counts an aggregate's killings (lx.MURDERS_CONVICTED), if one does."""
    if draft.kind != "aggregate":
        return None
    return next((m for text in draft.sentences.values() if (m := lx.MURDERS_CONVICTED.search(text))), None)


def _counted_by_a_charge(draft: _Draft) -> bool:
    """An aggregate whose toll a conviction or a charge counts (lx.MURDERS_CONVICTED)."""
    return _conviction(draft) is not None


def _charge_count(draft: _Draft) -> bool:
    """An aggregate that only counts the killings of a conviction or a charge (lx.MURDERS_CONVICTED), not told as
    others than the ones the article is about (`neuf autres meurtres`, `déjà condamné pour deux meurtres`)."""
    counted = _conviction(draft) if len(draft.killed) == 1 else None
    return counted is not None and not (counted.group("other") or counted.group("already"))


# A small count of attacks: `deux attaques qualifiées de terroristes`, `trois attentats`, `two attacks` (not `la
# deuxième attaque`, which counts the one told).
_FEW_ATTACKS = re.compile(
    r"\b(?P<n>deux|trois|two|three|2|3)\s+(?:[\w-]+\s+)?(?:attaques|attentats|attacks)\b", re.IGNORECASE
)


def _rank(values: dict[str, object]) -> int:
    rank = values.get("place_rank")
    return rank if isinstance(rank, int) else 2


def _sole_killing(draft: _Draft, drafts: list[_Draft]) -> bool:
    """`draft` is the only killing the article records."""
    return all(d is draft or d.kind != "incident" or not d.killed or "event" not in d.evidence for d in drafts)


# A death the title names by its victim's first name and surname (`Meurtre d'Alexia Daval : ...`).
_TITLE_DEATH = re.compile(
    r"\b(?i:meurtre|assassinat|mort|homicide)\s+(?:de|d')\s*(?P<name>[A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+)+)"
)
_REMAINS_HINTS = ("disparu", "retrouv", "découv")


@functools.cache
def _went_missing(name: str) -> re.Pattern[str]:
    """The victim `name` told as gone missing right after the name (`X, 23 ans, disparu en avril à Chambéry`), not
    someone else named before it (`Le randonneur a disparu à Tulle, ... les meurtres de X`)."""
    return re.compile(rf"\b{re.escape(name)}\b[^.;:()]{{0,40}}?\bdisparue?s?\b", re.IGNORECASE)


# Where the victim's remains were found (`son corps a été retrouvé`, `le crâne ... a été découvert`, `retrouvée morte`,
# `la découverte ... d'un corps`), not a search that found nothing (`n'a jamais été retrouvé`).
_REMAINS_FOUND = re.compile(
    r"\b(?:corps|cadavre|dépouille|crâne|ossements|restes)\b(?![^.;:()]{0,80}?\b(?:jamais|pas)\b)[^.;:()]{0,80}?"
    r"\b(?:retrouvée?s?|découverte?s?)\b"
    r"|\bretrouvée?s?\s+(?:morte?s?|sans\s+vie|inanimée?s?)\b"
    r"|\bdécouverte\b(?=[^.;:()]{0,60}\b(?:corps|cadavre|dépouille)\b)",
    re.IGNORECASE,
)
# What starts another clause after the words that place a finding (`, a indiqué`, `, selon`, `et dont`, `quand`).
_FINDING_END = re.compile(
    r",\s*(?:a-t-on|a\s+indiqué|ont\s+indiqué|a\s+annoncé|a\s+précisé)\b|\b(?:selon|d'après)\b"
    r"|\b(?:le|la|du|au)\s+(?:procureur|parquet|préfecture|gendarmerie|commissariat|tribunal)\b"
    r"|\b(?:qui|que|dont|quand|lorsque|avant|mais|puis)\b|\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s",
    re.IGNORECASE,
)


# The suspect's own body found, not the victim's: `un homme soupçonné d'avoir tué sa compagne a été retrouvé mort`,
# `le corps du meurtrier présumé a été découvert`.
_SUSPECT = r"(?:suspect\w*|soupçonné\w*|meurtri(?:er|ère)\w*|tueu(?:r|se)\w*|agresseu\w*|assaillant\w*)"
_SUSPECT_FOUND = re.compile(
    rf"\b{_SUSPECT}(?:(?!\bvictimes?\b|\bcorps\b)[^.;:()])*?\bretrouvée?s?\s+(?:morte?s?|sans\s+vie|inanimée?s?)\b"
    rf"|\b(?:corps|cadavre|dépouille)\s+(?:du|de\s+la|de\s+l')\s*{_SUSPECT}",
    re.IGNORECASE,
)


def _suspect_found(text: str, finding: re.Match[str]) -> bool:
    """The remains `finding` finds are the suspect's (`_SUSPECT_FOUND` ends inside or at the end of the finding)."""
    if not any(stem in text for stem in ("uspect", "oupçonn", "eurtri", "tueu", "agresseu", "assaillant")):
        return False
    told = _SUSPECT_FOUND.search(text, 0, finding.end())
    return told is not None and told.end() > finding.start()


def _place_told_after(text: str, pattern: re.Pattern[str]) -> str | None:
    """The place told right after the words `pattern` finds, in their own clause (`disparu en avril à Chambéry (Savoie)
    et dont des ossements ...`: Chambéry), no country."""
    for m in pattern.finditer(text):
        if _suspect_found(text, m):
            continue
        end = _FINDING_END.search(text, m.end())
        told = " " * m.start() + text[m.start() : end.start() if end else len(text)]
        place, _ = _location(told, m.span())
        if place and not _is_country_name(place):
            return place
    return None


@functools.cache
def _victims_death(name: str) -> re.Pattern[str]:
    """A death told with the victim's name: the death's noun before it (`la mort à X de N`, `l'homicide de N`) or a
    participle after it (`N, un Afro-Américain décédé le 25 mai à X`)."""
    n = re.escape(name)
    return re.compile(
        rf"(?P<death>\b(?:la mort|le meurtre|l'assassinat|le décès|l'homicide))\b[^,.;:]{{0,40}}?\b(?:de|d')\s*{n}\b"
        rf"|\b{n}\b[^.;:]{{0,60}}?\b(?P<death2>(?:tuée?|morte?|décédée?|asphyxiée?|abattue?|assassinée?)\b)",
        re.IGNORECASE,
    )


# A death named by its victim's first name and surname (`la mort de George Floyd, un quadragénaire noir asphyxié`).
_DEATH_NAMED = re.compile(
    r"\b(?i:la mort|le meurtre|l'assassinat|le décès|l'homicide)\s+(?:de|d')\s*([A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+)+)"
)


_DEATH_HINTS = ("mort", "meurtre", "assassinat", "décès", "homicide")


def _death_named(text: str) -> str | None:
    """The name of the one whose death a sentence names (`après la mort de George Floyd`): `George Floyd`."""
    if not lx.has_any(text.lower(), _DEATH_HINTS):
        return None
    m = _DEATH_NAMED.search(text)
    return m.group(1) if m else None


def _one_inside_the_other(a: str, a_rank: int, b: str, b_rank: int) -> bool:
    return refines(a, a_rank, b, b_rank) or refines(b, b_rank, a, a_rank)


def _in_its_country(draft: _Draft, facts: _Facts) -> bool:
    """`Dans l'ouest de l'Allemagne, un homme a été tué`, about an attack placed at a German town: a sentence placed
    only in the country of the record's place, on no other day."""
    country = COUNTRY_NAMES.get(fold_name(str(facts.location or "")).strip())
    placed = draft.values.get("country") or country_of_place(str(draft.values.get("location") or ""))
    date: _Date | None = draft.values.get("date")  # type: ignore[assignment]  # "date" only ever holds a _Date
    same_day = facts.date is None or date is None or facts.date.iso == date.iso or _within(facts.date, date)
    return country is not None and country == placed and same_day


def _disease_toll(facts: _Facts) -> bool:
    """A toll told beside a disease, and no attack word of its own (`le virus qui a fait plus de 43.000 morts`): the
    disease's, not an attack's."""
    tolled = bool(facts.killed or facts.injured) and facts.weapon is None and not facts.trigger
    return tolled and _DISEASE.search(facts.text) is not None


_DISEASE = re.compile(r"\b(?:coronavirus|covid\w*|virus|épidémie|pandémie|maladie|grippe|disease|pandemic)\b", re.I)


def _toll_may_follow(facts: _Facts) -> bool:
    """`La répression avait été particulièrement brutale`: one attack or one repression named by a bare noun, or clashes
    or fighting (`clashes_told`), told as having happened but without its toll."""
    if facts.trigger or facts.other or facts.background or facts.attacks or facts.campaign or not facts.strong:
        return False
    if facts.weapon in (lx.CLASH, lx.FIGHTING):
        return clashes_told(facts)
    at, text = facts.weapon_at, facts.text
    if at is None or not (facts.bare or facts.weapon is lx.REPRESSION) or text[at[1] - 1 : at[1]] == "s":
        return False
    if not (_NOUN_SUBJECT.search(text, 0, at[0]) and _VERB_AFTER.match(text, at[1])):
        return False  # `le suspect de l'assaut`, `ceux qui ont ordonné la répression`: named, not told
    return not (_clause_blocked(text, at[0]) or lx.HEDGED.search(text) or lx.NOT_AN_ATTACK.search(text))


# The attack noun opens its clause as its subject (`La répression avait été ...`, `Cette attaque a été ...`).
_NOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*)[«\"“]?\s*(?:la|le|l'|une?|cette|cet|ce|the|an?|this)\s*(?:[\w-]+\s+)?$", re.IGNORECASE
)
_VERB_AFTER = re.compile(
    r"(?:\s+[^\s,.;:]+){0,6}?\s+(?:a|ont|avait|avaient|est|sont|était|étaient|s'est|s'était|had|has|was|were)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:été|been|[\w-]+(?:é|ée|és|ées|ed))\b",  # told in the past, not `est une attaque contre`
    re.IGNORECASE,
)


def _toll_within_reach(named: _Facts, position: int) -> bool:
    """The sentence right after an attack named without its toll; for the forces' clashes with protesters or their tear
    gas on a crowd (`Les policiers ont fait usage de gaz lacrymogène ...`, two sentences on the crowd, then `Les
    services hospitaliers ont fait état de 18 blessés`), one of the few after, the article still on them (not a brawl's
    or a riot's: their toll is laid on no armed side)."""
    sided = named.weapon is lx.CLASH and forces_side(named.text)
    return position - named.sentence.position <= (_CLASH_TOLL_REACH if sided else 1)


# How many sentences after the forces' clashes told without their toll may give it.
_CLASH_TOLL_REACH = 4


def _largest_count(facts: _Facts, counts: list[int]) -> int:
    """The sentence's largest figure; a wounded count told in two parts (`63 personnes ... transportées dans des
    hôpitaux, et 175 autres soignées sur place`) weighs as its larger part: one day's count by where the hurt were
    cared for, not a war's or a movement's toll."""
    parts = wounded_parts(facts.text)
    return max((max(parts) if parts and n == sum(parts) else n for n in counts), default=0)


def _toll_of(named: _Facts, facts: _Facts) -> bool:
    """The next sentence gives people killed or wounded and names no other attack: the toll of the one named."""
    counts = [c.count for c in facts.killed + facts.injured if c.count]
    counted = bool(counts) and not lx.NOT_AN_ATTACK.search(facts.text)
    most = SIDED_TOLL if named.weapon is lx.CLASH and forces_side(named.text) else _INCIDENT_TOLL
    if named.weapon in (lx.CLASH, lx.FIGHTING) and (_largest_count(facts, counts) > most or facts.past):
        return False  # a toll this high is a war's or a movement's (the forces' on protesters may be higher, as when
        # the sentence tells both); one in the pluperfect an older clash's
    own_weapon = facts.weapon is not None and not facts.act
    return counted and not (facts.trigger or facts.other or facts.background or facts.attacks or own_weapon)


# A title that tells no attack, whatever its clauses say: an accident, a disaster, a disease, a war (NOT_AN_ATTACK), a
# hoax, a metaphor, a test, a suspicion.
_TITLE_NOT_ATTACKS = (lx.NOT_AN_ATTACK, lx.HOAX_TITLE, lx.METAPHOR, lx.TEST_TITLE, lx.TITLE_SUSPICION)
# A title clause that tells no attack done: a threat, a plan, a trial (BLOCKED), a denial, a hedge, a period's count,
# an attempt.
_TITLE_CLAUSE_NOT_DONE = (lx.BLOCKED, lx.NEGATED_VERB, lx.HEDGED, lx.BACKGROUND, lx.TITLE_NOT_DONE)
# The shapes of a title's own report, in the order they are tried on each of its clauses.
_TITLE_SHAPES = (
    lx.TITLE_VICTIM,
    lx.TITLE_AGENT,
    lx.TITLE_FILMED_BLOWS,
    lx.TITLE_ATTACK_NOUN,
    lx.TITLE_NAMED_ATTACK,
    lx.TITLE_KILLER,
    lx.TITLE_MURDER,
    lx.TITLE_CHARGED_MURDER,
)
# A title's clauses: its head (`Brésil :`), and the parts its commas and dashes set apart.
_TITLE_CLAUSES = re.compile(r"[:;,]|\s[-–]\s")
# The lead, where an article names again what its title reports (the heading among them).
_TITLE_LEAD = 3
# How much of a title's cue a sentence that names the attack again holds: the word without its endings, cut short
# (`attentats`: `attenta`; `tuée`: `tué`; `abattue`: `abattu`), or `coups` for `roué de coups`.
_TITLE_CUE_ENDS = re.compile(r"(?:e?s)$", re.IGNORECASE)
_TITLE_CUE_LENGTH = 7
# The noun a title's report opens on after its determiner (`un preneur d'otages abattu`: `preneur`; `Etudiant italien
# tué`: `etudiant`, in `la mort d'un étudiant`): a longer word than its function words.
_TITLE_HEAD_NOUN = re.compile(
    r"(?<![\w'’])(?!(?:deux|trois|quatre|cinq|douze|quinze|seize|vingt|trente|quarante|cinquante|soixante)\b)"
    r"[^\W\d_]{5,}"
)
# Sentences that far into the body may give the date of the attack a title reports.
_TITLE_DATE_REACH = 6


def _beating_hearsay(title: str, told: re.Match[str]) -> bool:
    """A title that tells a beating by its participle (`tabassé`, `agressé`) as someone's word or within a count
    (`une étudiante affirme avoir été agressée`, `..., selon un syndicat`, `Médecins agressés, le rapport de l'ordre`):
    no one assault the article reports in its own voice."""
    return lx.TITLE_BEATEN.match(told.group("cue")) is not None and lx.TITLE_HEARSAY.search(title) is not None


def _murder_in_fiction(title: str, told: re.Match[str]) -> bool:
    """A title that names a murder by its noun about a work of fiction (`Meurtre au Vatican : le film qui cartonne`,
    `Meurtre à Étretat, le téléfilm de France 3`): no killing that happened."""
    return _murder_shape(told) and lx.FICTION.search(title) is not None


def _murder_shape(told: re.Match[str]) -> bool:
    """The title's report names its killing by a murder noun (`Meurtre de X`, `mis en examen pour le meurtre de X`)."""
    return told.re.pattern in (lx.TITLE_MURDER.pattern, lx.TITLE_CHARGED_MURDER.pattern)


def _without_murder_charge(clause: str) -> str:
    """`un quadragénaire mis en examen pour le meurtre de sa concubine`: the charge that names a killing by its murder
    noun (lexicon TITLE_CHARGED_MURDER) blanked, same length, as what the clause reports, not a trial that leaves its
    attack untold; the clause as it is otherwise."""
    charged = lx.TITLE_CHARGED_MURDER.search(clause)
    if charged is None:
        return clause
    at, end = charged.span("charge")
    return clause[:at] + " " * (end - at) + clause[end:]


def _without_murder_victim(text: str, start: int) -> str:
    """`Meurtre de Florence : ...`, `le suspect du meurtre de Victoria, 17 ans`: the victim that the murder noun (or
    `la mort de`) from `start` names is no place (`Florence`, `Victoria` are first names as often as towns); blanked,
    same length, so the place after it is still read (`Meurtre d'Angélique à Wambrechies`)."""
    victim = _MURDER_VICTIM.search(text, start)
    if victim is None:
        return text
    at, end = victim.span("victim")
    return text[:at] + " " * (end - at) + text[end:]


# The victim of a murder noun or a death: `de` or `d'` and a capitalised name (`meurtre de Florence`, `Meurtre
# d'Angélique`, `la mort de la petite Lola`).
_MURDER_VICTIM = re.compile(
    rf"(?i:{lx.MURDER_NOUNS}|mort|décès)\s+(?P<victim>(?:de\s+|d')"
    r"(?:(?i:la|le)\s+(?i:petite?|jeune)\s+)?[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*){0,2})"
)


def _first_dated_mention(
    draft: _Draft, mentions: list[tuple[Sentence, re.Match[str]]], published: dt.date | None
) -> None:
    """The date of the body's first dated mention of the attack a title reports: the date told with it (`la mort d'un
    étudiant en janvier 2016`), not the day of the words before it (`a regretté jeudi`), nor one in the pluperfect (an
    older event's)."""
    for sentence, named in mentions:
        text = sentence.text[named.start() :]
        if _KILLING_NAMED_RX.match(text):
            # `la mort de X, ses meurtriers présumés ont reconnu ce vendredi`: the death's day is in its own clause
            text = re.split(r"[,;:]", text, maxsplit=1)[0]
        if _SUSPECT_OF.search(sentence.text, max(0, named.start() - _SUSPECT_OF_REACH), named.start()):
            # `Le suspect du meurtre de X a été mis en examen lundi`: the verb after the noun is the suspect's, its
            # day the charge's (`Le suspect du meurtre de X, tuée samedi, a été écroué`: the killing's day before it)
            text = _SUSPECT_VERB.split(text, maxsplit=1)[0]
        told = _Facts(sentence=sentence, text=_normalise(text))
        if lx.PLUPERFECT.search(told.text):
            continue
        _read_dates(told, told.text, published)
        if told.date is not None:
            draft.put("date", told.date, told)
            return


# The suspect or the accused whose noun the murder's names (`Le suspect du meurtre de X`, `le meurtrier présumé du
# double meurtre`), and the verb of the sentence that then tells what befell him.
_SUSPECT_OF = re.compile(
    r"\b(?:suspect|auteur\s+présumé|meurtrier\s+présumé|tueur\s+présumé|accusé|mis\s+en\s+cause)\s+"
    rf"(?:du|de\s+l'|de\s+la|d'une?)\s*(?:(?:{'|'.join(lx.MURDER_TIMES)})\s+)?$",
    re.IGNORECASE,
)
_SUSPECT_OF_REACH = 40
_SUSPECT_VERB = re.compile(r"\s(?:a|ont|avait|avaient|est|sont|sera|seront|doit|devait)\s", re.IGNORECASE)


def _names_again(cue: str, told: re.Match[str]) -> re.Pattern[str]:
    """What a sentence that names again the attack a title reports holds: its cue's stem or the noun of its victim or
    attacker, at the start of a word, accents or not."""
    words = cue.split()
    stem = "coups" if "coups" in words else _TITLE_CUE_ENDS.sub("", fold_name(words[0]))[:_TITLE_CUE_LENGTH]
    stems = [stem]
    # the noun the report opens on, before its cue; none before a charge (`mis en examen pour le meurtre`: the
    # sentences that name the charge again tell its day, not the killing's)
    opens = told.start("charge") if told.groupdict().get("charge") else told.start("cue")
    head = _TITLE_HEAD_NOUN.search(told.group(), 0, opens - told.start())
    if head is not None:
        stems.append(_TITLE_CUE_ENDS.sub("", fold_name(head.group())))
    if _TITLE_KILLED.match(cue):
        stems += _KILLING_NAMED  # `Jeune fille tuée à X`, then `après la mort de X, ses meurtriers présumés ...`
    elif _MURDER_CUE.match(cue):
        stems += _MURDER_NAMED  # `Meurtre d'Angélique`, then `Le décès d'Angélique, 13 ans, ...`
    if _TITLE_KILLER.match(cue):
        stems += _ATTACK_NAMED  # `le tueur de la boîte de nuit`, then `juste avant le début de l'attaque`
    return re.compile("|".join(rf"\b{_ACCENTS.sub(_any_accent, re.escape(s))}" for s in stems), re.IGNORECASE)


# How the body names again the killing its title reports by a participle: the victim's death or murder.
_KILLING_NAMED = ["la mort d", "le deces d", "meurtr", "assassinat", "homicide"]
_KILLING_NAMED_RX = re.compile(r"la mort d|le décès d|meurtr|assassinat|homicide", re.IGNORECASE)
# How the body names again the killing its title names by a murder noun: the noun or the victim's death, not its
# presumed killer (`le meurtrier présumé d'Angélique`: the suspect's sentence).
_MURDER_NAMED = ["la mort d", "le deces d", "meurtre", "assassinat", "homicide"]
# How the body names again the attack of the killer its title names: the attack's own noun.
_TITLE_KILLER = re.compile(r"^(?:tueur|tireur)$", re.IGNORECASE)
_ATTACK_NAMED = ["attaque", "attentat", "tuerie", "fusillade", "carnage", "massacre"]


# A letter a title may write without its accent (`Etudiant`) that the body writes with it (`étudiant`).
_ACCENTS = re.compile(r"[aeiouc]")
_ACCENTED = {"a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç"}


def _any_accent(m: re.Match[str]) -> str:
    return f"[{_ACCENTED[m.group()]}]"


# The participles that kill (the others wound or tell no toll: `poignardé`, `roué de coups`).
_TITLE_KILLED = re.compile(rf"^(?:{lx.TITLE_KILLED_WORDS})$", re.IGNORECASE)
# The murder nouns of a title (lexicon.TITLE_MURDER), and how many a multiplier before one counts killed.
_MURDER_CUE = re.compile(rf"^(?:{lx.MURDER_NOUNS})$", re.IGNORECASE)
_TITLE_SHOT = re.compile(r"^(?:abattu|fusill|tireur)", re.IGNORECASE)


def _title_weapon(clause: str, cue: str) -> lx.Weapon | None:
    """The weapon a title's clause names (`fusillade`, `poignardé`, `attaque au couteau`), `abattu` read as a gun."""
    for weapon, pattern in lx.WEAPON_RES:
        if weapon.name and pattern.search(clause):
            return weapon
    if _TITLE_SHOT.match(cue):
        return next(weapon for weapon, _ in lx.WEAPON_RES if weapon.name == "arme à feu")
    return None


def _title_report_toll(told: re.Match[str], *, agent: bool) -> tuple[int | None, int | None]:
    """(killed, injured) a title's report counts: `un preneur d'otages abattu` one killed, `deux policiers blessés par
    balles` two hurt, `un sniper tue un jihadiste` one killed, `Double meurtre dans le Loiret` two killed; none for an
    attack told by its noun or a participle that tells no toll (`poignardé`, `roué de coups`)."""
    groups = told.groupdict()
    if "times" in groups:  # `Meurtre d'Angélique`: one killed; `Double meurtre dans le Loiret`: two
        return lx.MURDER_TIMES.get((groups["times"] or "").lower(), 1), None
    if "n" not in groups:
        return None, None
    cue, said = told.group("cue").lower(), groups["n"]
    if agent:
        return (parse_number(said) if said else 1), None
    count = parse_number(said) if said else (None if cue.endswith("s") else 1)
    if groups.get("hurt"):
        return None, count
    return (count, None) if _TITLE_KILLED.match(cue) else (None, None)


def _couple_toll(
    clause: str, told: re.Match[str], killed: int | None, hurt: int | None
) -> tuple[int | None, int | None]:
    """`un couple de policiers assassiné`, `un couple et ses trois enfants tués par balle`: a title's victims that open
    with a couple just before the killing word are counted as people (two, five), not by the title's first figure."""
    near = clause[max(0, told.start("cue") - _COUPLE_REACH) : told.start("cue")]
    people = couple_people(near)
    if people is None:
        return killed, hurt
    return (people if killed else None), (people if hurt else None)


_COUPLE_REACH = 60


def _read_title(title: str, published: dt.date | None) -> _Facts | None:
    return _read(Sentence(article_id="title", position=-1, start=0, end=len(title), text=title), published)


def _headline_reports_attack(facts: _Facts | None, title: str) -> bool:
    """`Somalie: au moins 5 morts dans l'attaque d'un hôtel`: a title that reports an attack with its victims."""
    if facts is None or facts.weapon is None or not facts.strong:
        return False
    return facts.trigger or lx.has_any(title.lower(), lx.GATE_CASUALTY) or _strikes_of_a_state(title)


def _strikes_of_a_state(title: str) -> bool:
    """`Frappes israéliennes sur Gaza, ...`, `Nouveaux raids aériens turcs contre le PKK`: a title that names strikes
    by the state that made them and what they struck reports them, as a title's nominal syntax reports news."""
    m = _STATE_STRIKES.search(title)
    return m is not None and lx.DEMONYMS.get(fold_name(m.group("state"))) is not None


# Strikes, the state that made them (its demonym), what they struck: the nominal title of a strike.
_STATE_STRIKES = re.compile(
    r"(?:^|:\s*)(?:nouvelles\s+|nouveaux\s+)?(?:frappes|raids|bombardements)\s+(?:aériens\s+|aériennes\s+)?"
    r"(?P<state>[\w-]+)\s+(?:sur|contre|en|au|aux|dans)\b",
    re.IGNORECASE,
)


def _names_the_attack(facts: _Facts) -> bool:
    """`... quand le boum de l'attentat-suicide l'a réveillé`, `... depuis la fusillade de samedi à X`: a lead sentence
    that names one attack by a definite attack noun and its weapon (a bomb, a gun, a knife, a car: not a state's
    strikes), with its place or day, as something known."""
    weapon = facts.weapon
    if facts.sentence.position > _LEAD_SENTENCES or weapon is None or weapon.name in lx.STATE_WEAPONS:
        return False
    if not facts.strong or not (facts.location or (facts.date and facts.date.precision == "day")):
        return False
    if weapon.name is None and not _ATTENTAT.match(facts.text, facts.anchor[0]):
        return False  # `l'attaque frontale du Vatican`, `l'explosion au port`: a noun that may tell no attack at all
    if facts.other or facts.past or facts.recalled or facts.campaign or facts.attacks or facts.series:
        return False
    text, (start, end) = facts.text, facts.anchor
    # the attack noun is the weapon's (`l'attentat-suicide`) or just before it (`l'attentat à la bombe`)
    if not facts.anaphor or not lx.HEADLINE_NOUN.search(text, max(0, start - _NOUN_BEFORE), end):
        return False
    # nothing else tells it happened, so the whole sentence, not only its clause, must not fear, plan or try it
    if facts.background or lx.BLOCKED.search(text) or _FEARED.search(text) or lx.NOT_AN_ATTACK.search(text):
        return False
    return not (lx.METAPHOR.search(text) or lx.PLUPERFECT.search(text) or lx.HEDGED.search(text))


# The attack noun that names nothing else than an attack (not `attaque`, said of words, nor `explosion`, of accidents).
_ATTENTAT = re.compile(r"attentats?\b", re.IGNORECASE)
# A title that recalls its attack (`Dix ans après, ...`, `le souvenir de ...`): not the news of it.
_MEMORY = re.compile(r"\b(?:ans après|years after|retour sur|souvenir|se souvient|remember\w*)\b", re.IGNORECASE)

# The lead: the first sentences (the heading among them), where an article names what it is about.
_LEAD_SENTENCES = 2
_NOUN_BEFORE = 16  # `attentat à la `, `attaque au `
_FEARED = re.compile(r"\b(?:crai\w+|redout\w+|peur|fear\w*|ne soi(?:t|ent))\b", re.IGNORECASE)


def _first_mention(facts: _Facts) -> bool:
    """A definite attack noun that may open the body's report of the title's attack."""
    return (
        facts.anaphor
        and bool(lx.HEADLINE_NOUN.search(facts.text, *facts.anchor))
        and not facts.background
        and not _clause_blocked(facts.text, facts.anchor[0])
        and not lx.METAPHOR.search(facts.text)
        and not lx.PLUPERFECT.search(facts.text)
    )


def _names_attack(facts: _Facts | None, title: str) -> bool:
    """`Fusillade dans un lycée`, `Un policier poignardé`: a title that names an attack, not only an explosion."""
    named = facts.weapon.name if facts and facts.weapon else None
    return bool(lx.HEADLINE_NOUN.search(title)) or named not in (None, "explosion")


def _first_toll(facts: _Facts) -> bool:
    """People killed or wounded, told plainly: the toll of the attack the title reported, the body telling no other."""
    counted = any(c.count for c in facts.killed + facts.injured)
    return (
        counted
        and not facts.background
        and not facts.other
        and not _clause_blocked(facts.text, 0)
        and not lx.METAPHOR.search(facts.text)
        and not lx.PLUPERFECT.search(facts.text)
    )


def _absorb_aggregate(draft: _Draft, facts: _Facts) -> None:
    """How many attacks an aggregate counts, how many with which weapon, and since when."""
    draft.put("attacks", facts.attacks, facts)
    if facts.campaign and facts.weapon and facts.weapon.name:
        draft.put("weapon", facts.weapon.name, facts)
    if facts.agg_part:
        draft.put("count", facts.agg_part[0], facts)
        draft.put("weapon", facts.agg_part[1], facts)
    if facts.since:
        draft.put("date", facts.since, facts)


def _absorb_weapon(draft: _Draft, facts: _Facts) -> None:
    """The weapon (and its count) of a sentence that reports the attack; the first one sets the event's type."""
    if facts.weapon and facts.weapon.name and draft.kind == "incident":
        if draft.values.get("weapon") is None:
            draft.sub_event_type, draft.event_type = facts.weapon.sub_event_type, facts.weapon.event_type
        draft.put("weapon", facts.weapon.name, facts)
        if draft.values.get("weapon") == facts.weapon.name:
            draft.put("count", facts.count, facts)
        _absorb_means(draft, facts)
    elif facts.weapon and draft.event_type is None:
        draft.sub_event_type, draft.event_type = facts.weapon.sub_event_type, facts.weapon.event_type
    draft.suicide = draft.suicide or facts.suicide
    if facts.means and draft.kind == "incident" and _means_adds(draft.values.get("means"), facts.means):
        draft.values["means"] = (facts.means, facts.key)  # the weapon when no sentence names one


def _weapons(weapon: str | None, told: Iterable[str | None]) -> list[str]:
    """Every means of an attack made with several (the weapon first, then the assault means told, each once), or none
    when it tells one only; shared by one article's tellings and by reports merged across articles."""
    if weapon is None or weapon not in lx.ASSAULT_MEANS:
        return []
    means = list(dict.fromkeys([weapon, *(name for name in told if name in lx.ASSAULT_MEANS)]))
    return means if len(means) > 1 else []


def _absorb_means(draft: _Draft, facts: _Facts) -> None:
    """The assault means a sentence of the attack tells (`a foncé sur la foule avant de poignarder des passants`), each
    once: none from a sentence that tells the police's fire (`abattu par balles par la police`: not the attacker's)."""
    if lx.POLICE_FIRE.search(facts.text):
        return
    own = facts.weapon.name if facts.weapon else None
    for name, pattern in lx.ASSAULT_MEANS_RES:
        if name in draft.means_told or (found := pattern.search(facts.text)) is None:
            continue
        before = facts.text[max(0, found.start() - 12) : found.start()]
        if name == own or not (lx.MEANS_AS_ATTACK.search(found.group()) or lx.MEANS_AS_ATTACK.search(before)):
            draft.means_told.append(name)


def _means_adds(told: object, means: str) -> bool:
    """Whether a means told of the attack replaces the one kept: none kept yet, or a death in custody that a later
    telling says how it was caused (`mort lors de son interpellation`, then `mort asphyxié`)."""
    return told is None or (isinstance(told, tuple) and told[0] == lx.CUSTODY_MEANS and means != lx.CUSTODY_MEANS)


def _poisoning(draft: _Draft) -> bool:
    """A poisoning is placed and dated by its own words only (where and when the victim was poisoned), not by the
    hospital, the capitals or the meetings the sentences around it tell of."""
    return draft.values.get("weapon") == lx.POISONING.name


def _same_poisoning(a: _Draft, b: _Draft) -> bool:
    """`il a été conclu à un empoisonnement au Novitchok`, then `il avait bel et bien été victime d'un empoisonnement`:
    one article's poisonings of as many people, neither dated nor placed apart, are one (poisonings are rare)."""
    if not (_poisoning(a) and _poisoning(b)) or a.kind != "incident" or b.kind != "incident" or b.recalled:
        return False
    if _best(a.injured) != _best(b.injured) or _best(a.killed) != _best(b.killed):
        return False  # `l'ex-espion et sa fille` beside the opposant: another poisoning
    if _dated_apart(a, b) or _named_apart(a.sentences.values(), b.sentences.values()):
        return False
    dates = [d for d in (a.values.get("date"), b.values.get("date")) if isinstance(d, _Date)]
    if len(dates) == 1 and dates[0].precision == "year":
        return False  # `cette même substance, utilisée contre X en 2018`: one recalled by its year, not the news
    return not (a.values.get("location") and b.values.get("location") and not _same_area(a, b))


# A person named by a first name and a surname (`Sergueï Skripal`), the surname kept.
_SURNAMED = re.compile(r"\b(?-i:[A-ZÀ-Þ][\w'-]+)\s+(?P<surname>(?-i:[A-ZÀ-Þ][\w'-]+))")


def _named_apart(told: Iterable[str], other: Iterable[str]) -> bool:
    """Two tellings that each name people by first name and surname, neither naming any the other names (`Alexeï
    Navalny`, then `Sergueï Skripal`): of different people."""
    told_text, other_text = " ".join(told), " ".join(other)
    named = {m.group("surname") for m in _SURNAMED.finditer(told_text)}
    named_other = {m.group("surname") for m in _SURNAMED.finditer(other_text)}
    if not named or not named_other:
        return False
    return not any(name in other_text for name in named) and not any(name in told_text for name in named_other)


def _told_elsewhere(draft: _Draft, drafts: list[_Draft]) -> bool:
    """Fire named only as what a state's strikes answered (`en représailles à des tirs de roquettes`), when another
    sentence reports fire of its kind (`Vendredi soir deux roquettes ont été tirées`): that one tells it, with its own
    day and place, and the answer's clause adds nothing. So with a wave named only in passing (`après la vague
    d'attentats`) when the article tells a wave elsewhere (`la vague d'attentats en France a fait 256 morts`)."""
    if draft.wave_named:
        return _wave_told_elsewhere(draft, drafts)
    if not draft.answered:
        return False
    return any(
        d is not draft and d.kind == "incident" and not d.answered and d.values.get("weapon") in _PROJECTILES
        for d in drafts
    )  # fmt: skip


def _wave_told_elsewhere(draft: _Draft, drafts: list[_Draft]) -> bool:
    """Another record of the article tells a wave of its country (or of none): one told with more than its name, or
    one named so earlier."""
    country = draft.values.get("country")
    return any(
        d.kind == "aggregate" and (not d.wave_named or d.first < draft.first)
        and (country is None or d.values.get("country") in (None, country))
        for d in drafts
        if d is not draft
    )  # fmt: skip


# Projectiles fired at a place (not the strikes that answer them): `roquettes`, `obus`, `tirs de mortier`, `missiles`.
_PROJECTILES = frozenset({"roquette", "obus", "mortier", "missile"})


def _informative(draft: _Draft) -> bool:
    """A record needs a when, a where or a toll: a weapon alone (`il a été poignardé`) tells the reader nothing."""
    v = draft.values
    return draft.kind == "aggregate" or any(
        (v.get("date"), v.get("location"), draft.killed, draft.injured, v.get("claimed") is not None)
    )


def _tells_how(told: _Draft, side: _Facts) -> bool:
    """`13 personnes ont été tuées jeudi, après qu'une camionnette a foncé dans la foule`: the `après que` clause of
    a sentence whose main clause records an attack by its toll alone, with no weapon and no other day, tells how that
    attack was made, not another one (`après qu'un homme avait ouvert le feu`, in the pluperfect: an earlier one)."""
    date: _Date | None = told.values.get("date")  # type: ignore[assignment]  # "date" only ever holds a _Date
    other_day = side.date is not None and date is not None and side.date.iso != date.iso
    earlier = side.past and not told.past
    how = told.values.get("weapon") is None and not other_day and not earlier
    return how and _AFTER_THAT.match(side.sentence.text) is not None


# A side clause's text starts after its `après`: `qu'une camionnette a foncé` is a happening told by its verb.
_AFTER_THAT = re.compile(r"\s*qu(?:'|’|e\b)", re.IGNORECASE)


def _types(draft: _Draft) -> tuple[str, str | None]:
    if draft.kind == "aggregate":
        return EXPLOSIONS, None
    if draft.suicide:
        return EXPLOSIONS, SUICIDE
    if draft.event_type and draft.event_type != VIOLENCE_CIVILIANS:
        return draft.event_type, draft.sub_event_type
    target = fold_name(str(draft.values.get("target") or ""))
    if re.search(
        r"soldat|militaire|armee|poste|camp|caserne|base|patrouille|convoi|polic|gendarm|troop|soldier|army|checkpoint",
        target,
    ):
        return BATTLES, "Armed clash"
    return VIOLENCE_CIVILIANS, "Attack"


def _injured(draft: _Draft) -> list[Casualty]:
    """The wounded, less one person stabbed or hit by bullets and not said hurt in an attack that killed: too often
    the one killed, told again (`Un policier a été poignardé`, then `il est mort`; `il avait pris deux balles`). A
    `killed` 0 (`Son pronostic vital n'est pas engagé`) is no one killed: the one stabbed stays the one hurt."""
    if not any(c.count for c in draft.killed):
        return draft.injured
    hurt = [c for c in draft.injured if not (c.count == 1 and _struck_only(draft.sentences.get(_position(c))))]
    hurt = [c for c in hurt if not (c.count == 1 and (_then_died(draft, c) or _dead_one_hurt(draft, c)))]
    return _less_those_who_died(draft, hurt)


def _then_died(draft: _Draft, hurt: Casualty) -> bool:
    """`une femme de 80 ans blessée par une grenade lacrymogène`, then `Elle est décédée le lendemain`: the one hurt,
    whose death the next sentence tells by a pronoun, is the one killed, no longer wounded; not where the sentence of
    the wound kills too (`a tué trois salariés et blessé un autre`, then `Il est mort`: the pronoun may be the killer).
    """
    at = _position(hurt)
    if _THE_ONE_DIED.search(draft.sentences.get(at + 1) or "") is None:
        return False
    killed_at = {_position(c) for c in draft.killed}
    return at + 1 in killed_at and at not in killed_at


def _dead_one_hurt(draft: _Draft, hurt: Casualty) -> bool:
    """`X est mort après avoir été touché par balle`, then `Selon les premières explications, il a été blessé lors
    d'un contrôle`: the one wounded, told by a pronoun right after the sentence where the attack's one dead died, is
    that one, told again; not where the sentence of the wound kills too (`Il avait été blessé par la frappe qui avait
    tué son frère`: another one died), nor a pronoun after a killer's deed (`X a tué sa femme. Il a été blessé par les
    policiers`)."""
    at = _position(hurt)
    text = draft.sentences.get(at) or ""
    if ("bless" not in text and "touch" not in text) or any(c.count != 1 for c in draft.killed):
        return False  # the cheap tests before the patterns
    if _THE_DEAD_HURT.search(text) is None or _KILLING_TOO.search(text) is not None:
        return False
    died = draft.sentences.get(at - 1) or ""
    return any(_position(c) == at - 1 for c in draft.killed) and _DIED_HERE.search(died) is not None


# `il a été blessé`, `Selon X, il a été blessé`, `Il avait aussi été blessé par balles`: the subject a pronoun for the
# one told before, after at most one opening phrase.
_THE_DEAD_HURT = re.compile(
    r"^\W*(?:[^,.;:]{1,60},\s*)?(?:il|elle)\s+(?:a|avait|aurait|est|était)\s+(?:\w+\s+)?(?:été\s+)?(?:\w+\s+)?"
    r"(?:grièvement\s+|gravement\s+)?(?:blessée?|touchée?)\b",
    re.IGNORECASE,
)
_KILLING_TOO = re.compile(r"\b(?:tuée?s?|abattue?s?|morte?s?|décédée?s?|assassinée?s?|succombé)\b", re.IGNORECASE)
# The subject of the sentence died (`X est mort après ...`, `le gendarme a succombé`), not killed someone.
_DIED_HERE = re.compile(
    r"\b(?:est|était|a été|avait été) (?:\w+ )?(?:morte?|décédée?|tuée?|abattue?)\b|\bsuccombé\b", re.IGNORECASE
)


# The one told before died (`Elle est décédée le lendemain`, `Il a succombé à ses blessures`).
_THE_ONE_DIED = re.compile(
    r"^\W*(?:il|elle|he|she) (?:est|a|was|has|had) (?:\w+ )?(?:décédée?|morte?|succombé|died)\b", re.IGNORECASE
)


def _counted_dead(draft: _Draft) -> list[Casualty]:
    """The dead counted; none when others killed with them were told, uncounted, after the last count of them
    (`_ArticleEvents.others_uncounted`)."""
    told = draft.values.get("uncounted")
    if isinstance(told, int) and all(_position(c) <= told for c in draft.killed):
        return []
    return _less_the_killer(draft)


def _less_the_killer(draft: _Draft) -> list[Casualty]:
    """`Deux personnes ont été retrouvées mortes`, then `l'homme aurait tué sa compagne avant de se suicider`: the
    figures that count the killer who then killed himself (one more than the victims his killing's sentence counts)
    give way to his victims' (the shooter who kills himself stays out of the toll)."""
    victims = [c.count for c in draft.killed if _then_himself(draft.sentences.get(_position(c)) or "")]
    if not victims:
        return draft.killed
    return [c for c in draft.killed if c.count != min(victims) + 1]


def _then_himself(text: str) -> bool:
    """`a tué sa compagne avant de se suicider`: a killing, then the killer's own death; not one that names a second,
    counted group of victims (`a tué sa femme et ses deux enfants avant de se suicider`), whose figure is read as
    that group's alone."""
    if not any(word in text for word in _HIMSELF_WORDS):
        return False
    himself = _THEN_HIMSELF.search(text)
    return himself is not None and _OTHER_VICTIMS.search(text, 0, himself.start()) is None


# `et ses deux enfants`, `et leurs trois filles`: a second group of victims, counted, after the first (`son épouse et
# son fils` is read as two).
_OTHER_VICTIMS = re.compile(rf"\bet\s+(?:ses|leurs)\s+(?:{lx.SMALL_COUNT})\s", re.I)
_HIMSELF_WORDS = ("suicid", "la mort", "contre lui", "contre elle", "ses jours")
# `a tué sa femme avant de se suicider`, `... avant de retourner l'arme contre lui`, `puis s'est donné la mort`: a
# killer's own death right after his killing.
_THEN_HIMSELF = re.compile(
    r"\b(?:avant de|puis|et)\s+(?:se\s+suicider|se\s+donner\s+la\s+mort"
    r"|retourner\s+(?:l'|son\s+)arme\s+contre\s+(?:lui|elle)|mettre\s+fin\s+à\s+ses\s+jours|s'est\s+(?:suicidée?|donnée?\s+la\s+mort)|se\s+suicide)\b",
    re.IGNORECASE,
)


def _less_those_who_died(draft: _Draft, hurt: list[Casualty]) -> list[Casualty]:
    """`... a fait 5 blessés. L'un d'eux est décédé trois mois plus tard`: the dead told only as some of the wounded
    counted before are no longer wounded (the latest figure: one dead, four wounded)."""
    positions = {_position(c) for c in draft.killed}
    died = [_ONE_OF_THEM_DIED.search(draft.sentences.get(p) or "") for p in positions]
    counted = " ".join(draft.sentences.get(_position(c)) or "" for c in hurt)
    # `L'un des policiers`: of those the wounded were counted among (not `L'un des assaillants est mort`)
    if not hurt or not all(m and (m.group("who") or m.group("who2") or "") in counted for m in died):
        return hurt
    dead = _best(draft.killed) or 0
    if any(_position(c) >= min(positions) for c in hurt) or any(c.count <= dead for c in hurt):
        return hurt
    return [c.model_copy(update={"count": c.count - dead}) for c in hurt]


# One of the wounded counted before died (`L'un d'eux est décédé`, `L'un des policiers a succombé à ses blessures`).
_ONE_OF_THEM_DIED = re.compile(
    r"^\W*(?:l['’]une?|one) (?:d['’](?:eux|elles|entre eux)|des (?P<who>\w+)|of them|of the (?P<who2>\w+))"
    r" (?:est|a|was|has|had)"
    r" (?:\w+ )?(?:décédée?|morte?|succombé|died)\b",
    re.IGNORECASE,
)


def _position(report: Casualty) -> int:
    return int((report.sentence_id or "#-1").rsplit("#", 1)[1])


def _struck_only(text: str | None) -> bool:
    return bool(text and _STRUCK.search(text) and not _HURT.search(text))


_STRUCK = re.compile(r"poignardée?s?\b|\bstabbed\b|\bballes?\b", re.IGNORECASE)
_HURT = re.compile(r"\bblessée?s?\b|\bblessures?\b|\bwounded\b|\binjur(?:ed|ies|y)\b|\bhurt\b", re.IGNORECASE)


def _best(reports: list[Casualty]) -> int | None:
    return max((r.count for r in reports), default=None)


def _killed_apart(a: _Draft, b: _Draft) -> bool:
    """Both count their dead, and not the same number: what tells two attacks apart when nothing else does."""
    ka, kb = _best(a.killed), _best(b.killed)
    return bool(ka and kb and ka != kb)


def _dedupe(reports: list[Casualty]) -> list[Casualty]:
    seen: set[tuple[int, str | None]] = set()
    out = []
    for r in reports:
        key = (r.count, fold_name(r.according_to) if r.according_to else None)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _country(values: dict[str, object], title: str, draft: _Draft | None = None) -> object:
    """The record's country: its own, the country it is placed in when that is all its place (`au Mali`), the
    title's, or the article's."""
    named = COUNTRY_NAMES.get(fold_name(str(values.get("location") or "")).strip())
    return values.get("country") or named or _country_from_title(title) or _article_country(draft)


def _article_country(draft: _Draft | None) -> str | None:
    """The country of the article's case (`ArticleCountries.case_country`): where an attack that its sentences place
    in no country happened (`la mort de George Floyd`, `tué par un policier` in an article that names only the United
    States; `le policier tué sur les Champs-Elysées` in one that names only France). Not France for an attack whose
    sentences name French people by their nationality (`deux touristes français ont été tués`, `les deux Français`):
    the French press names its nationals so when they are struck abroad."""
    article = lx.ARTICLE.get()
    country = article.case_country() if article else None
    if country == "France" and draft is not None and any(_FRENCH_NATIONALS.search(t) for t in draft.sentences.values()):
        return None
    return country


# French people named by their nationality as the victims: `deux touristes français ont été tués`, `un Français
# blessé`; not the nation (`une préoccupation majeure des Français`), things (`8 raffineries françaises`), nor an
# attacker (`Karim Cheurfi, un Français de 39 ans, avait tué`).
_FRENCH_NATIONALS = re.compile(
    r"\bfrançais(?:es?)?,?\s+(?:(?:ont|a|avaient|avait)\s+été\s+|sont\s+|est\s+)?(?:\w+ment\s+)?"
    r"(?:tuée?s?|blessée?s?|morte?s?|assassinée?s?|abattue?s?|enlevée?s?|égorgée?s?)\b",
    re.IGNORECASE,
)


def _country_from_title(title: str) -> str | None:
    """`Mali : ...`, `Gard : ...`, or the one country a title names: where an event with no known place of its own
    happened."""
    head = re.match(r"^\s*([^:]{2,40}?)\s*:", title)
    country = lx.french_subdivision_country(head.group(1)) if head else None
    if country:
        return country
    named = lx.countries_named(title)
    return named.pop() if len(named) == 1 else None


def _same_family(a: str | None, b: object) -> bool:
    if not a or not b or a == b:
        return True
    families = [{"roquette", "missile", "obus", "mortier", "artillerie", "bombardement"},
                {"drone", "frappe aérienne", "bombardement", "missile"},
                {"kamikaze", "bombe", "engin explosif", "voiture piégée", "explosion"}]  # fmt: skip
    return any(a in f and b in f for f in families)


def _weapons_alike(a: _Draft, b: _Draft) -> bool:
    """Two drafts' weapons the same, of one family, or either unsaid."""
    return _same_family(a.values.get("weapon"), b.values.get("weapon"))  # type: ignore[arg-type]  # a name or None


def _toll_right_after(draft: _Draft, facts: _Facts, gap: int) -> bool:
    """`La camionnette a percuté plusieurs personnes mardi à New York`, then `Huit personnes ont été tuées ... sur une
    piste cyclable de Manhattan`: a toll in the sentence right after an attack with none yet, that reports no attack
    of its own (no trigger, day, past or other attack) and places it in no other country, is that attack's toll,
    though its place is one we cannot put inside the attack's."""
    if gap > 1 or draft.kind != "incident" or draft.killed or draft.injured or not (facts.killed or facts.injured):
        return False
    if facts.trigger or facts.date or facts.past or facts.background or facts.other or facts.attacks:
        return False
    if facts.weapon and not _same_family(facts.weapon.name, draft.values.get("weapon")):
        return False
    theirs = facts.country or (country_of_place(facts.location) if facts.location else None)
    location = draft.values.get("location")
    ours = draft.values.get("country") or (country_of_place(str(location)) if location else None)
    return not (theirs and ours and theirs != ours)


def _title_figures(title: _Facts, name: str, draft: _Draft) -> list[Casualty]:
    """The title's figures of `killed` or `injured` that the record of its attack takes where its body gives none: one
    person in a title is too often the attacker (`explosion à la gare, un homme abattu`), unless the title sets the one
    killed apart from the killer and the record counts no wounded (who may be that one: `poignardée samedi`)."""
    figures: list[Casualty] = getattr(title, name)
    if not figures or getattr(draft, name):
        return []
    least = 1 if name == "killed" and not draft.injured and _victim_apart(title.text) else 2
    return [c.model_copy(update={"sentence_id": None}) for c in figures if c.count >= least]


def _victim_apart(title: str) -> bool:
    """`une octogénaire poignardée à mort par sa petite-fille`, `un jeune homme tue une auto-stoppeuse`: a title whose
    one killed is the victim, not the attacker, as it names the killer apart (the subject of an active killing, the
    agent of a passive one), tells a death no attacker meets (`poignardé à mort`) or names a murder by its victim
    (`pour le meurtre de Paul, tué dans la file d'un café`). Not where the police or soldiers may be the killers (`un
    homme armé abattu par la police`: the one killed is the attacker)."""
    if not lx.has_any(title.lower(), _APART_HINTS) or _FORCES.search(title):
        return False
    return _VICTIM_APART.search(title) is not None


def _compatible(draft: _Draft, facts: _Facts) -> bool:
    v = draft.values
    if facts.weapon and not _same_family(facts.weapon.name, v.get("weapon")):
        return False
    date: _Date | None = v.get("date")  # type: ignore[assignment]  # "date" only ever holds a _Date
    if facts.date and date and facts.date.iso != date.iso and not facts.toll_update and not _within(facts.date, date):
        return False  # `tué début janvier dans une frappe`, then `tué le 3 janvier`: the day inside the month
    location = v.get("location")
    # `La dernière attaque en Tunisie remontait au 6 mars`, then `Un policier avait été tué ... à Tunis`: a town of that
    # country, told without a day of its own (one with its own day is another strike in it)
    undated_town = facts.location and location and facts.date is None
    country = COUNTRY_NAMES.get(fold_name(str(location)).strip()) if undated_town else None
    if country is not None and country in (facts.country, country_of_place(str(facts.location))):
        return True
    rank = _rank(v)
    if facts.location and rank == 3 and facts.place_rank < 3 and v.get("spot_town"):
        location, rank = v["spot_town"], 2  # `sur l'avenue Las Ramblas, à Barcelone`, then `à Cambrils`: another town
    if facts.location and location and place_key(facts.location) != place_key(str(location)):
        return _one_inside_the_other(str(location), rank, facts.location, facts.place_rank) and not (
            facts.place_rank == 3 and _names_another_town([facts.text], str(location))
        )
    return True


def _years_before(date: _Date | None, published: dt.date | None) -> int:
    """How many years before publication a date written with its year lies (0 when unknown or not written)."""
    if date is None or published is None or not re.search(r"\b\d{4}\b", date.text):
        return 0
    return max(0, published.year - int(date.iso[:4]))


def _merge_drafts(drafts: list[_Draft], title: str) -> list[_Draft]:
    """One article restating an incident later (same day, same place and weapon) keeps one record (`title`: the
    article's, folded); two records that name different ones killed stay two."""
    kept: list[_Draft] = []
    for draft in drafts:
        others = [
            k
            for k in kept
            if k is not draft.apart_from
            and not _victims_apart(k, draft)
            and not _one_more(k, draft)
            and not _more_dead_than_hurt(k, draft)
            and not (draft.listed is not None and k.listed == draft.listed)  # two targets of one list
        ]
        twin = next(
            (
                k
                for k in others
                if _same_incident(k, draft)
                or _same_victim(k, draft)
                or _same_attack(k, draft)
                or _toll_told(k, draft)
                or _charged_too(k, draft)
                or _same_poisoning(k, draft)
                or _same_clash(k, draft)
            ),
            None,
        )
        retold = (
            twin is None
            and (twin := next((k for k in others if _restates(k, draft) or _goes_back_over(k, draft)), None))
            is not None
        )
        if twin is None and (twin := next((k for k in others if _goes_on(k, draft) or _spot_in_it(k, draft)), None)):
            retold = True
        if twin is None and (twin := next((k for k in others if _named_again(k, draft)), None)) is not None:
            retold = True
        dated_later = twin is None and (twin := next((k for k in others if _dates_it(k, draft)), None)) is not None
        if twin is None and len(retold_in := [k for k in others if _recalled_retold(k, draft)]) == 1:
            twin = retold_in[0]
        if twin is None and len(named := [k for k in others if _named_then_told(k, draft, title)]) == 1:
            twin = named[0]
        if twin is None and len(victims := [k for k in others if _victim_then_told(k, draft)]) == 1:
            twin = victims[0]
        if twin is None:
            # a recollection kept apart from one recalled before it by its toll: another attack of the chronology,
            # whose neighbours tell the others, not its day or place
            draft.other = draft.other or any(_recalled_apart(k, draft) for k in others)
            kept.append(draft)
            continue
        if (
            dated_later
            and (twin.killed or twin.injured)
            and not (draft.killed and _best(draft.killed) == _best(twin.killed))
        ):
            draft.values.pop("date", None)  # `51 blessés étaient toujours hospitalisés dimanche`: the toll's day
            draft.evidence.pop("date", None)
        _fold(twin, draft, retold=retold or dated_later)
    return kept


def _fold(twin: _Draft, draft: _Draft, *, retold: bool) -> None:
    """The record kept takes what the other telling adds: its fields, a more precise day or place, its tolls."""
    twin.told_at(draft.first, told=not (draft.recalled or draft.side or draft.other))
    placed_by_it = retold and _goes_on_telling(twin, draft)
    for name, value in draft.values.items():
        if not (retold and name in ("location", "country") and not draft.restating and not placed_by_it):
            twin.values.setdefault(name, value)
    means = draft.values.get("means")
    if isinstance(means, tuple) and _means_adds(twin.values.get("means"), means[0]):
        twin.values["means"] = means
    twin.means_told.extend(name for name in draft.means_told if name not in twin.means_told)
    if twin.yearless and not draft.yearless and draft.values.get("date") is not None:
        twin.values["date"], twin.yearless = draft.values["date"], False  # the year the other wording gives
    elif _within(draft.values.get("date"), twin.values.get("date")):
        twin.values["date"] = draft.values["date"]  # `l'an dernier`, then `le 10 août 2019`: the day
    if twin.values.get("location") and draft.values.get("location") and _placed_near(twin, draft):
        twin.values["location"] = draft.values["location"]  # `près d'Oslo`, then `à Baerum`: the place itself
    elif twin.values.get("location") and _in_country(str(twin.values["location"]), draft):
        twin.values["location"] = draft.values["location"]  # `Canneto` rather than `Italie`
    elif draft.values.get("container") and draft.values.get("container") == twin.values.get("location"):
        twin.values["location"] = draft.values["location"]  # the more precise place the other wording gives
    elif (
        twin.values.get("location")
        and draft.values.get("location")
        and refines(
            str(twin.values["location"]), _rank(twin.values), str(draft.values["location"]), _rank(draft.values)
        )
    ):
        _spot_in(twin.values, str(twin.values["location"]), str(draft.values["location"]), _rank(draft.values))
        twin.values["location"], twin.values["place_rank"] = draft.values["location"], _rank(draft.values)
    elif _placed_within(twin, draft):
        twin.values["location"], twin.values["place_rank"] = draft.values["location"], _rank(draft.values)
    for name, keys in draft.evidence.items():
        twin.evidence.setdefault(name, []).extend(k for k in keys if k not in twin.evidence[name])
    twin.killed += draft.killed
    twin.injured += draft.injured
    twin.sentences.update(draft.sentences)
    twin.last = max(twin.last, draft.last)  # the telling goes on from its last sentence (`Il a ensuite ...`)
    twin.said = twin.said and draft.said


def _placed_within(twin: _Draft, draft: _Draft) -> bool:
    """`twin` is placed in a country (`Mali`, then `Talhandak`, a place we do not know in no other country) or in a
    region we know (`en Corse`, then `à Bastia`), and `draft` in a place that may lie in it: the place itself."""
    if _region_of(twin, draft):
        return True
    place = draft.values.get("location")
    return (
        _is_country_name(str(twin.values.get("location") or ""))
        and bool(place)
        and not _is_country_name(str(place))
        and draft.values.get("country") in (None, twin.values.get("country"))
        and country_of_place(str(place)) in (None, twin.values.get("country"))
    )


def _unique_ids(events: list[AttackEvent]) -> list[AttackEvent]:
    """Each event its own id: attacks named in one sentence (`après l'attentat de Nice et ceux de Paris`) open their
    records on the same sentence, which the id hashes; the second and later take their rank in too (the first keeps
    its id, so ids already cited stay valid)."""
    seen: dict[str, int] = {}
    for event in events:
        rank = seen.get(event.id, 0)
        seen[event.id] = rank + 1
        if rank:
            event.id = hashlib.sha1(f"{event.id}\0{rank}".encode()).hexdigest()[:16]
    return events


def _one_record_each(drafts: list[_Draft], published: dt.date | None) -> list[_Draft]:
    """The records an article lists, once each: a record whose every field another record of the article holds too
    or leaves open (no other day, place, weapon nor toll), and that shares a place, a day, a toll of several, or its
    weapon and toll, with that one only, is that attack told again (`un commissariat de Minneapolis ..., aux mains de
    laquelle est mort un Noir`, after `George Floyd, mort lundi à Minneapolis`). The thinner record folds into the
    fuller one, whatever the wording that made each: a rule over the records, not over sentences."""
    kept = list(drafts)
    for draft in sorted(drafts, key=_fields):
        fuller = [
            k for k in kept if k is not draft and _fields(k) >= _fields(draft) and _told_again(draft, k, published)
        ]
        if len(fuller) > 1:
            fuller = [k for k in fuller if _of_its_time(draft, k, published)]
        if not fuller:
            fuller = _sole_fit(draft, kept, published)
        if not fuller:
            fuller = _venue_told(draft, kept)
        if len(fuller) == 1:
            _fold(fuller[0], draft, retold=False)
            kept.remove(draft)
    return kept


def _sole_fit(thin: _Draft, kept: list[_Draft], published: dt.date | None) -> list[_Draft]:
    """`l'homme abattu cette semaine` (the week, nothing else) beside `des soldats ont abattu un homme` (undated),
    `la fusillade de Floride` beside `la tuerie dans un lycée de Tampa la semaine passée`: a record that names no
    town (nowhere, only a country, or a region we know), no toll and no victim, that nothing tells apart from one
    other record of the article only (no other day, town, kind of weapon, country nor toll), and that is of the same
    days (an undated record is of the article's), is that attack told again, though no place, day nor toll ties
    them. Not strikes and shelling, which come many to an article. The record it folds into, when it is one."""
    if not _placed_vaguely(thin) or thin.killed or thin.injured or thin.victim or _victim_named(thin):
        return []
    fits = [k for k in kept if k is not thin and _nothing_apart(thin, k) and _same_days(thin, k, published)]
    if len(fits) != 1 or _fields(fits[0]) < _fields(thin):
        return []
    return fits if not {thin.values.get("weapon"), fits[0].values.get("weapon")} & lx.STATE_WEAPONS else []


# An attack named by its venue: an attack noun, then a few words (`la prise d'otages du magasin`), then the venue.
_VENUE_NAMED = re.compile(
    rf"\b(?:{lx.ATTACK_NOUNS}|prises?\s+d'otages|assassinats?|meurtres?)\s+(?:[\w'-]+\s+){{0,4}}?(?:[\w'-]*')?$",
    re.IGNORECASE,
)


def _venue_told(thin: _Draft, kept: list[_Draft]) -> list[_Draft]:
    """`le procès des attaques contre Charlie Hebdo et l'Hyper Cacher`, then `il exécutait quatre hommes lors de la
    prise d'otages du magasin Hyper Cacher`: a record that names nothing but a venue (no town we know, no toll, no
    weapon, no day of its own: a month or a year at most) is the attack of the one other record, of a day or a toll
    inside that time, that names that venue as an attack's scene in a sentence of its own telling that gives its day
    or toll (one the thin record does not cite, and that names no other place of that record's). Not two parts of a
    wave told one by one (`au Stade de France, peu avant l'attaque du Bataclan`): each sentence that names its own
    scene."""
    place, date = thin.values.get("location"), thin.values.get("date")
    if thin.kind != "incident" or not place or thin.killed or thin.injured or thin.values.get("weapon"):
        return []
    if (isinstance(date, _Date) and date.precision == "day") or not _a_venue(str(place)):
        return []
    fits = [k for k in kept if k is not thin and not _dated_apart(thin, k) and _names_venue(k, thin, str(place))]
    return fits if len(fits) == 1 else []


def _a_venue(place: str) -> bool:
    """A place that is no town, region nor country we know (`Bataclan`, `Hyper Cacher`)."""
    return not place_key(place).startswith(("city:", "country:")) and not lx.is_region(place)


def _names_venue(full: _Draft, thin: _Draft, venue: str) -> bool:
    """`full`, an attack of a day or a toll that nothing tells apart from `thin`, names `venue` as an attack's scene
    in a sentence that gives its day or toll, that `thin` does not cite, and that names no other place of `full`'s."""
    if full.kind != "incident" or full.other or _countries_apart(thin, full):
        return False
    if thin.apart_from is full or full.apart_from is thin:
        return False
    told = {int(key.rsplit("#", 1)[1]) for name in ("date", "killed", "injured") for key in full.evidence.get(name, [])}
    own = str(_listed_place(full) or "")
    texts = [
        text
        for position, text in full.sentences.items()
        if position in told and position not in thin.sentences and not (own and own != venue and own in text)
    ]
    name = re.compile(re.escape(venue))
    return any(_VENUE_NAMED.search(t, max(0, m.start() - 60), m.start()) for t in texts for m in name.finditer(t))


# How many days before its article an attack named by that day alone is still of the article's days.
_ITS_DAYS = 7


def _same_days(thin: _Draft, full: _Draft, published: dt.date | None) -> bool:
    """Two records of one time, an undated one being of its article's days: both undated, `full` dated within
    `thin`'s time (`en 2012`, then `le 18 juillet 2012`; not two attacks of one year), `full` dated in the article's
    year, or `thin` dated by a time that holds the article's day or lies a week before it at most (`cette semaine`)."""
    own, date = thin.values.get("date"), full.values.get("date")
    if isinstance(own, _Date) and isinstance(date, _Date):
        return _within(date, own)
    if own is None and date is None:
        return True
    if not isinstance(own, _Date):
        return _of_its_time(thin, full, published)
    if published is None:
        return False
    first, _, last = own.iso.partition("/")
    day = published.isoformat()
    if first <= day[: len(first)] and day[: len(last or first)] <= (last or first):
        return True
    return own.precision == "day" and 0 <= (published - dt.date.fromisoformat(own.iso)).days <= _ITS_DAYS


def _places_apart(thin: _Draft, full: _Draft) -> bool:
    """Two places apart (`_placed_apart`), a newspaper the attack struck being its target, no place (`l'attentat de
    Charlie Hebdo`, beside `le 7 janvier 2015 ... à Paris`); but not beside another place that the same sentence names
    as another attack's (`les attentats de Charlie Hebdo et de Montrouge`)."""
    if not _placed_apart(thin, full):
        return False
    return thin.first == full.first or bool(_listed_place(thin) and _listed_place(full))


def _listed_place(draft: _Draft) -> object:
    """The place the record will list: not a newspaper the attack struck, its target, unless a sentence of the record
    sets the attack in it (`_no_newspaper`)."""
    return _no_newspaper(draft.values.get("location"), draft)


def _placed_vaguely(draft: _Draft) -> bool:
    """The record names no town: no place, a country or a region we know (`Floride`)."""
    place = draft.values.get("location")
    return not place or _is_country_name(str(place)) or lx.is_region(str(place))


def _fields(draft: _Draft) -> int:
    """How many of the fields /attacks lists the record gives."""
    v = draft.values
    given = (v.get("date"), v.get("location"), v.get("weapon"), draft.killed, draft.injured, v.get("claimed"))
    return sum(1 for value in given if value not in (None, []))


def _told_again(thin: _Draft, full: _Draft, published: dt.date | None) -> bool:
    """`thin` gives no day, place nor weapon that `full` does not give or leave open, no toll that `full` does not give,
    and ties to it by a place, a day or a toll."""
    if not _nothing_apart(thin, full):
        return False
    killed, hurt = (_best(thin.killed), _best(full.killed)), (_best(thin.injured), _best(full.injured))
    lt, lf = _listed_place(thin), _listed_place(full)
    dt_, df = thin.values.get("date"), full.values.get("date")
    placed = bool(lt and lf) and not _is_country_name(str(lt)) and not _is_country_name(str(lf))
    day = isinstance(dt_, _Date) and isinstance(df, _Date) and dt_.precision == "day" and dt_.iso == df.iso
    toll = any(x == y and (x or 0) > 1 for x, y in (killed, hurt))
    # one person stabbed, shot or choked, told once with its day and once with its town: the weapon (or the means,
    # `cet homme asphyxié par un policier`) and the toll together
    weapon = _arms(thin)
    armed = weapon is not None and weapon not in lx.STATE_WEAPONS and weapon == _arms(full)
    one = armed and any(x is not None and x == y for x, y in (killed, hurt))
    # ... and not someone shot years before the article's days, whom the same words would fit (`abattu par un soldat`)
    one = one and (dt_ is not None or df is None or _of_its_time(thin, full, published))
    return placed or day or toll or one


def _nothing_apart(thin: _Draft, full: _Draft) -> bool:
    """`thin` gives no day, place nor weapon that `full` does not give or leave open (a region we know that holds
    `full`'s town is left open: `Floride`, then `Tampa`; and a town is inside the region `full` gives: `à Bastia`, then
    `en Corse`), and no toll that `full` does not give; neither names another victim."""
    if thin.kind != "incident" or full.kind != "incident" or thin.other or full.other:
        return False
    if thin.apart_from is full or full.apart_from is thin or _poisoning(thin) or _poisoning(full):
        return False
    if not _weapons_alike(thin, full) or _dated_apart(thin, full) or _countries_apart(thin, full):
        return False
    if _places_apart(thin, full) and not (_region_of(thin, full) or _region_of(full, thin)):
        return False
    killed, hurt = (_best(thin.killed), _best(full.killed)), (_best(thin.injured), _best(full.injured))
    if any(pair[0] is not None and pair[0] != pair[1] for pair in (killed, hurt)):
        return False  # a toll the fuller record does not give: `deux morts` beside `un blessé` in one town, two attacks
    return not (_names_another(thin, full) or _names_another(full, thin) or _victims_apart(thin, full))


def _region_of(thin: _Draft, full: _Draft) -> bool:
    """`thin` is placed in a region we know (`la fusillade de Floride`), `full` in a place that may lie in it, and
    `thin` names no weapon of its own (not `une attaque à la hache en Floride` beside a shooting in a town of it)."""
    region, place = thin.values.get("location"), full.values.get("location")
    if thin.values.get("weapon") not in (None, full.values.get("weapon")):
        return False
    return bool(region and place) and lx.is_region(str(region)) and refines(str(region), 2, str(place), 2)


def _arms(draft: _Draft) -> object:
    """The weapon the record names, or the means it tells when it names none (`asphyxie`)."""
    means = draft.values.get("means")
    return draft.values.get("weapon") or (means[0] if isinstance(means, tuple) else None)


def _of_its_time(thin: _Draft, full: _Draft, published: dt.date | None) -> bool:
    """Of several records `thin` could retell, the one of its year: an undated telling is of the article's days."""
    date, own = full.values.get("date"), thin.values.get("date")
    if not isinstance(date, _Date):
        return False
    if isinstance(own, _Date):
        return date.iso.startswith(own.iso[:4])
    return published is not None and date.iso.startswith(str(published.year))


def _toll_told(a: _Draft, b: _Draft) -> bool:
    """`Quatre personnes ont été blessées` under a title that reports the attack, then `A Bottrop, ... un individu a
    blessé quatre personnes en fonçant sur un groupe`: a record opened on a toll alone (no weapon, day nor place) and a
    later attack with that toll, not marked as another, tell one attack. Not one person killed or hurt: too often
    someone else (`Hamza Ben Laden` killed, then his father in a raid of 2011)."""
    if a.kind != "incident" or b.kind != "incident" or a.other or b.other or a.side or b.side:
        return False
    if any(a.values.get(name) is not None for name in ("weapon", "date", "location")):
        return False
    killed, injured = (_best(a.killed), _best(b.killed)), (_best(a.injured), _best(b.injured))
    same = [pair[0] == pair[1] for pair in (killed, injured) if pair[0] or pair[1]]
    return bool(same) and all(same) and max(n or 0 for pair in (killed, injured) for n in pair) > 1


def _told_at_another_time(date: object, facts: _Facts, published: dt.date | None) -> bool:
    """`Le spectaculaire attentat qui a tué X en 2005 ...` beside `l'explosion en 1962 d'une bombe atomique au
    Nevada`: a neighbouring sentence dated more than a year apart from the attack (neither date inside the other) tells
    something else, whose place is not the attack's. Not a month apart: the attack's day may be a later step's (the
    protest's `lundi`, beside `cet homme étouffé fin mars à Tulle`)."""
    if not isinstance(date, _Date):
        return False
    _read_dates(facts, facts.text, published)
    told = facts.date
    if told is None or _nested(date, told):
        return False
    return abs((_first_day(date) - _first_day(told)).days) > _ANOTHER_TIME_DAYS


_ANOTHER_TIME_DAYS = 366


def _first_day(date: _Date) -> dt.date:
    """The first day a date covers (`2005`: 1 January 2005; `2019-01/2019-04`: 1 January 2019)."""
    year, month, day = (date.iso.split("/")[0].split("-") + ["01", "01"])[:3]
    return dt.date(int(year), int(month), int(day))


def _after_its_step(date: _Date, step: _Date | None) -> bool:
    """`date` falls after the later step of the case (a conviction, a charge, a hearing) the attack's own sentence
    dates (`condamné en 2015 pour avoir poignardé un collègue`, beside `Le mari a été interpellé samedi`): no day of
    that attack, which came before its step."""
    if step is None or "/" in step.iso or "/" in date.iso:
        return False
    return date.iso[: len(step.iso)] > step.iso


def _nested(a: _Date, b: _Date) -> bool:
    """The same date, one inside the other (`1982` and `1982-08-09`), or a night and the evening it began."""
    return a.iso.startswith(b.iso) or b.iso.startswith(a.iso) or _night_after(a, b) or _night_after(b, a)


# `dans la nuit du jeudi 1er au vendredi 2 avril`, `la nuit de samedi à dimanche`, `la nuit du mercredi 1er et du
# jeudi 2 mai`: a night over two days, dated by the second.
_NIGHT = re.compile(r"\bnuit\s+(?:du|de)\b[^.;,]{0,40}?\s(?:au|à|et du)\s", re.IGNORECASE)


def _night_after(night: _Date, day: _Date) -> bool:
    """`night` is a night dated by its morning, and `day` the day it began (`jeudi soir`, then `dans la nuit de jeudi
    à vendredi`): the same hours told twice."""
    if night.precision != "day" or day.precision != "day" or "nuit" not in night.text.lower():
        return False
    if _NIGHT.search(night.text) is None:
        return False
    return dt.date.fromisoformat(night.iso) - dt.date.fromisoformat(day.iso) == dt.timedelta(days=1)


def _dated_apart(a: _Draft, b: _Draft) -> bool:
    """Both dated, and neither date inside the other: two days apart. A day that names an attack without its year
    (`les attentats du 13 novembre`, its year a guess) is not told apart from a year (`les attentats de Paris en
    2015`)."""
    da, db = a.values.get("date"), b.values.get("date")
    if not isinstance(da, _Date) or not isinstance(db, _Date):
        return False
    return not (_nested(da, db) or _year_unknown(da, db) or _year_unknown(db, da))


def _year_unknown(day: _Date, year: _Date) -> bool:
    """`day` names an attack by a day without its year, `year` is a year alone."""
    return day.named and day.precision == "day" and year.precision == "year"


def _countries_apart(a: _Draft, b: _Draft) -> bool:
    """Both given a country, and not the same one."""
    ca, cb = a.values.get("country"), b.values.get("country")
    return bool(ca and cb and ca != cb)


def _within(inner: object, outer: object) -> bool:
    """`inner` is a more precise date inside `outer` (a day in a month or a year)."""
    if not isinstance(inner, _Date) or not isinstance(outer, _Date):
        return False
    return len(inner.iso) > len(outer.iso) and "/" not in outer.iso and inner.iso.startswith(outer.iso)


def _recalled_retold(a: _Draft, b: _Draft) -> bool:
    """`l'attentat de la rue des Rosiers qui avait fait six morts à Paris en 1982` and `le 9 août 1982, un commando
    avait lancé une grenade ... à Paris`: an attack named by what it was and its year or month, and one the article
    dates within it, with nothing that tells them apart (two places, two kinds of weapon, two victims, two tolls);
    so are `qui avait assassiné 51 fidèles en 2019` and `depuis les attaques du 15 mars 2019`, named aside by its day
    after the killing told with its year. The caller wants one such pair only."""
    if not (a.recalled or b.recalled or b.side) or a.kind != "incident" or b.kind != "incident" or a.other or b.other:
        return False
    da, db = a.values.get("date"), b.values.get("date")
    if not (isinstance(da, _Date) and isinstance(db, _Date)) or not _nested(da, db):
        return False
    if not _weapons_alike(a, b):
        return False
    if _countries_apart(a, b) or not _placed_alike(a, b):
        return False
    if _names_another(a, b) or _names_another(b, a):
        return False
    return not _killed_apart(a, b)


def _named_then_told(a: _Draft, b: _Draft, title: str) -> bool:
    """`l'attentat de Cambrils` named in passing (no day, no toll) in an article whose title names that place, then
    `Vers minuit, une Audi avait foncé sur la promenade ... Bilan: une femme tuée`: the attack the article tells with
    no place of its own is the one its title and the mention name, unless it names its own victim or another country.
    The caller wants one such mention only."""
    if a.kind != "incident" or b.kind != "incident" or a.other or b.other or b.side or not a.side:
        return False
    if a.values.get("date") is not None or a.killed or a.injured or a.victim or b.victim:
        return False
    place = a.values.get("location")
    if not place or _is_country_name(str(place)) or b.values.get("location") is not None:
        return False
    if not _weapons_alike(a, b):
        return False
    return not _countries_apart(a, b) and _victim_named(b) is None and bool(_starts(title, str(place)))


def _victim_then_told(a: _Draft, b: _Draft) -> bool:
    """`la mort de George Floyd, un Afro-Américain décédé après avoir été asphyxié par un policier à Minneapolis` (two
    clauses of one sentence), `l'assassinat de Rafic Hariri.` then `Le 14 février 2005, un attentat ... avait ciblé le
    convoi de l'ex Premier ministre, le tuant ainsi que 21 autres personnes` (the next sentence going back over it): a
    killing named by its victim and one that names no one, told in the same sentence or right after it in the
    pluperfect, nothing apart (weapon, day, place, country), are one killing; its dead count the victim. The caller
    wants one such pair only."""
    if a.kind != "incident" or b.kind != "incident" or a.other or b.other or b.apart_from is a:
        return False
    named, unnamed = (a, b) if a.victim else (b, a)
    if not named.victim or unnamed.victim or _victim_named(unnamed) is not None:
        return False
    if not (a.first == b.first or (named is a and b.past and b.first - max(a.sentences) == 1)):
        return False
    if not _weapons_alike(a, b):
        return False
    if _dated_apart(a, b):
        return False
    return not _countries_apart(a, b) and not _placed_apart(a, b)


def _charged_too(a: _Draft, b: _Draft) -> bool:
    """`L'historien qui avait tué sa compagne`, then `accusé d'avoir tué sa jeune compagne`: a killing told through a
    charge or a confession, or a murder named by its trial (`condamné ... pour le meurtre de X`, then `reconnu
    coupable du meurtre de X`), is the article's killing that nothing tells apart (place, day, toll, weapon)."""
    told_by_a_trial = a.charged or b.charged or a.judged or b.judged
    if a.kind != "incident" or b.kind != "incident" or not told_by_a_trial or a.other or b.other:
        return False
    if _dated_apart(a, b):
        return False
    wa, wb = a.values.get("weapon"), b.values.get("weapon")
    return not (_placed_apart(a, b) or _killed_apart(a, b) or (wa and wb and wa != wb))


def _placed_apart(a: _Draft, b: _Draft) -> bool:
    """Both placed, and neither place in the other's area or country: two places apart."""
    la, lb = a.values.get("location"), b.values.get("location")
    return bool(la and lb) and not (_same_area(a, b) or _in_country(str(la), b) or _in_country(str(lb), a))


def _placed_alike(a: _Draft, b: _Draft) -> bool:
    """No two places apart: one unplaced, one inside the other, or the sentence of the one recalled or named in
    passing names the other's town (`la rue des Rosiers ... à Paris`, `les attentats du 13 novembre 2015 à Paris et
    dans la ville de Saint-Denis`)."""
    la, lb = a.values.get("location"), b.values.get("location")
    if not _placed_apart(a, b):
        return True
    return any(
        (draft.recalled or draft.side)
        and any(_starts(text, str(town)) and not _near(text, str(town)) for text in _place_sentences(draft))
        for draft, town in ((a, lb), (b, la))
    )


def _goes_on_telling(told: _Draft, then: _Draft) -> bool:
    """`Le Sri Lanka a été frappé dimanche par une série d'attentats ...`, then, a sentence on, `De puissantes
    explosions se sont produites ... de la capitale Colombo`: a retelling (same kind of weapon, undated) that comes
    right after an unplaced attack, in its country, places it."""
    place, weapon = then.values.get("location"), then.values.get("weapon")
    if told.values.get("location") is not None or place is None or _is_country_name(str(place)) or weapon is None:
        return False  # a country (`au Guatemala`) is another attack's, and so is a place told with no weapon
    if then.side or told.side or not _same_family(str(weapon), told.values.get("weapon")):
        return False
    country = told.values.get("country")
    return then.first - told.last <= 2 and (country is None or country == then.values.get("country"))


_BLASTS = frozenset({"kamikaze", "bombe", "engin explosif", "voiture piégée", "explosion"})


def _restates(a: _Draft, b: _Draft) -> bool:
    """An undated record of the same kind of attack, not marked as another one, retells the other (same article): the
    later one (`L'attaque a fait ...`), or the first when it only set the scene (`L'attaque a été perpétrée à X.`)."""
    if a.kind != "incident" or b.kind != "incident" or b.other or (b.past != a.past and not _named_by_place(a, b)):
        return False
    if (a.victim and not _names(b, a.victim)) or (b.victim and not _names(a, b.victim)):
        return False  # `le meurtre de X` retells no attack that does not name X
    if _recalled_apart(a, b) or _names_another(a, b):
        # `... avait fait 29 morts`, then `... s'était soldée par la mort de 28 personnes`: two attacks recalled;
        # `Après la mort d'Eric Garner à New York en 2014`: not the killing of Rayshard Brooks told before
        return False
    if _countries_apart(a, b):
        return False  # `X, tué à Minneapolis par un policier`, then `la répression qui a fait 550 morts en Irak`
    if b.values.get("date") is not None and not (
        a.values.get("date") is None and a.restating and not (b.recalled and not b.yearless)
    ):
        return False  # an attack named by what it was and its year (`une attaque suicide en 2015`) is its own
    if a.side and not b.restating and b.values.get("location") and not (a.values.get("location") and _same_area(a, b)):
        return False  # named in passing first, then an attack told with a place of its own: another attack
    if b.side and a.values.get("location") and b.values.get("location") and not _same_area(a, b):
        return False  # `... après l'attentat de Manchester`, named in passing after an attack told elsewhere: another
    if a.by_police and b.by_police and bool(a.killed) != bool(b.killed):
        return False  # `X, asphyxié par un policier`, then `Y touché de balles tirées par un policier`: two people
    if a.by_police != b.by_police and _killed_apart(a, b) and _victim_named(b):
        return False  # `un jeune a tiré sur trois manifestants, faisant deux morts`, then `Paul X, asphyxié`
    wa, wb = a.values.get("weapon"), b.values.get("weapon")
    if wa and wb and wa != wb and not {wa, wb} <= _BLASTS:  # a drone and a missile in one article are two strikes
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    if b.restating or not (la and lb):
        return True
    # `Ces attentats sont intervenus ... après l'arrestation de X sur l'île de Mindanao`: a place that only a later
    # sentence gave the retelling is no second place. `L'attaque meurtrière ... au Niger`, then the attack told in a
    # town of Niger: a first record that only refers to the attack, placed by its country, is set in that town.
    return _same_area(a, b) or (a.restating and _in_country(str(la), b)) or not _told_place(b)


def _recalled_apart(a: _Draft, b: _Draft) -> bool:
    """`Le 11 décembre, un attentat suicide avait fait 29 morts`, then `En mai, le groupe avait revendiqué une attaque
    contre un bus qui s'était soldée par la mort de 28 personnes`: two attacks recalled in the pluperfect, the later
    pointing back to none (`l'attentat`), each with its toll stated plainly, the later's none of the first's (and more
    than one, as one person killed is often one of the first's dead): a chronology of attacks, not one told twice, as
    the toll of an attack recalled is not revised. Not tolls that a source gives (`selon Amnesty`): estimates of one."""
    if not (a.past and b.past) or b.restating:
        return False
    apart = False
    for told, then in ((a.killed, b.killed), (a.injured, b.injured)):
        counts = {c.count for c in told if c.count is not None}
        later = {c.count for c in then if c.count is not None}
        if not (counts and later):
            continue
        if counts & later or any(c.according_to for c in told + then):
            return False
        apart = apart or max(later) > 1
    return apart


def _named_by_place(a: _Draft, b: _Draft) -> bool:
    """`avait ouvert le feu dans la base de Pensacola`, then `La fusillade de Pensacola présente ...`: an attack named
    in passing by its place, undated, has no tense of its own: it is the one told in that place."""
    placed = a.values.get("location") and b.values.get("location")
    return b.side and b.values.get("date") is None and bool(placed) and _same_area(a, b)


def _named_again(a: _Draft, b: _Draft) -> bool:
    """`Abdelmalek Droukdal a été tué par les forces françaises dans le nord du Mali`, then `Ce chef historique du
    jihad ... a été tué jeudi à Talhandak`: a killing told right after another, of one person each, whose sentence
    opens on a demonstrative (`ce chef`, `cet homme`) is the one just told, placed and dated more precisely."""
    if a.kind != "incident" or b.kind != "incident" or a.other or b.other or b.side or b.first - a.last > 1:
        return False
    text = b.sentences.get(b.first, "")
    if not _DEMONSTRATIVE_FIRST.match(text) or lx.RESTATING.search(text):
        return False
    if _best(a.killed) != 1 or (_best(b.killed) or 1) != 1:
        return False
    if not _weapons_alike(a, b):
        return False
    da, db = a.values.get("date"), b.values.get("date")
    if isinstance(da, _Date) and isinstance(db, _Date) and da.iso != db.iso:
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    if not _placed_apart(a, b):
        return True
    # `dans le nord du Mali`, then `à Talhandak`, a place we do not know: nothing puts it in another country
    return _is_country_name(str(la)) and not (b.values.get("country") or country_of_place(str(lb)))


# A sentence opening on a demonstrative noun phrase (`Ce chef historique du jihad, ...`): someone just named.
_DEMONSTRATIVE_FIRST = re.compile(r"^\W*(?:ce|cet|cette)\s+[\w'-]+", re.IGNORECASE)


def _goes_back_over(a: _Draft, b: _Draft) -> bool:
    """`Un adolescent a été poignardé à mort dimanche à Hambourg`, then `la police recherchait un homme qui avait
    poignardé à mort un adolescent à Hambourg`: a later sentence in the pluperfect going back over the attack told
    before, undated, in the same town and with the same weapon, is that attack. An older attack recalled is dated,
    marked as another (`déjà`, `un autre`), placed elsewhere (a spot of the town too: `London Bridge` after `Londres`)
    or told with another toll; strikes and shelling come many to a place."""
    if a.kind != "incident" or b.kind != "incident" or a.other or b.other or a.side or b.side or a.past or not b.past:
        return False
    weapons = {a.values.get("weapon"), b.values.get("weapon")} - {None}
    if b.values.get("date") is not None or weapons & lx.STATE_WEAPONS or len(weapons) > 1:
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    if not la or _is_country_name(str(la)):
        return False
    if lb is None:
        # `L'agresseur, qui avait poignardé ses victimes au hasard, a été maîtrisé`: unplaced, but told of by the
        # attacker of the attack just told, named with a definite article
        if not _THE_ATTACKER.search(b.sentences.get(b.first, "")):
            return False
    elif fold_name(str(la)) != fold_name(str(lb)):
        return False
    shot = shot_named(a.sentences.get(a.first, ""))
    if shot is not None and not any(shot in fold_name(text) for text in b.sentences.values()):
        return False  # `X, blessé de sept balles le 23 août`, then `un jeune avait tiré sur trois manifestants`
    return not _killed_apart(a, b)


# The attacker of an attack already told, named with a definite article (`l'agresseur`, `le suspect`, `l'homme qui`).
_THE_ATTACKER = re.compile(
    r"\b(?:l'(?:agresseur|assaillant|attaquant|auteur|homme qui|individu)|le (?:suspect|tireur|terroriste|kamikaze"
    r"|forcené|meurtrier)|les (?:agresseurs|assaillants|attaquants|auteurs|suspects|tireurs|terroristes)"
    r"|the (?:attacker|assailant|gunman|suspect|shooter))\b",
    re.IGNORECASE,
)


# The attackers of the sentence before, going on (`Ils se sont ensuite rendus à Borough Market où ils ont poignardé`,
# `Khalid Masood était ensuite descendu`).
_GOES_ON = re.compile(
    r"^\W*(?:ils|elles|il|elle|les (?:assaillants|terroristes|tireurs|agresseurs)|l'(?:assaillant|agresseur)"
    r"|le (?:tireur|terroriste)|(?-i:[A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+){1,2}))"
    r"\b[^.;]{0,40}?\b(?:ensuite|puis|alors)\b",
    re.IGNORECASE,
)


def _goes_on(a: _Draft, b: _Draft) -> bool:
    """`Les assaillants ... ont fauché les passants sur le London Bridge.` then `Ils se sont ensuite rendus à Borough
    Market où ils ont poignardé ...`: the next sentence, undated, whose attackers are the ones just told, going on
    with another weapon, is the same attack."""
    if a.kind != "incident" or b.kind != "incident" or b.other or a.side or b.side:
        return False
    if b.values.get("date") is not None or b.first - a.last > 1:
        return False
    return bool(_GOES_ON.match(b.sentences.get(b.first, "")))


def _spot_in_it(a: _Draft, b: _Draft) -> bool:
    """`Une fusillade a éclaté vendredi à Munich`, then, the next sentence, `Un premier tireur a ouvert le feu ... dans
    le district de Moosach`: an undated telling with the same kind of weapon, placed where we know of no town or
    country, right after an attack dated and placed in a town, tells where in that town it began."""
    if a.kind != "incident" or b.kind != "incident" or b.other or a.side or b.side or b.first - a.last > 1:
        return False
    town, spot, day = a.values.get("location"), b.values.get("location"), a.values.get("date")
    if b.values.get("date") is not None or not isinstance(day, _Date) or day.precision != "day" or a.past != b.past:
        return False
    if not town or not spot or _is_country_name(str(town)) or country_of_place(str(town)) is None:
        return False
    if country_of_place(str(spot)) or _names_another_town(b.sentences.values(), str(town)):
        return False  # `contre le musée du Louvre à Sofia`: a spot in another town
    weapon = b.values.get("weapon")
    return weapon is not None and _same_family(str(weapon), a.values.get("weapon"))


def _dates_it(a: _Draft, b: _Draft) -> bool:
    """`Un berger a été tué dans un raid de l'aviation turque` (no day), then `Un berger a été tué jeudi, ... à Bradost
    ... d'Erbil`: an undated attack, then one told with a day, nothing that tells them apart (same kind of weapon or
    none, no two places apart) and one thing that ties them: the same death toll (more than one dead, or both
    placed), the wounded after only the dead (`parmi les 126 blessés lors du double attentat`), or the second
    retelling the first. A series told with their own tolls stays apart."""
    if a.kind != "incident" or b.kind != "incident" or a.values.get("date") is not None:
        return False
    if b.values.get("date") is None or a.victim or b.victim:
        return False
    if b.other and not (b.side and _only_its_place(a, b)):
        return False  # another attack than the one its sentence tells; one named in passing (`ceux du 22 mars à
        # Bruxelles`) may still date an attack named before by its town alone (`les attaques de Paris et Bruxelles`)
    if None not in (va := _victim_named(a), vb := _victim_named(b)) and va != vb:
        return False  # `la mort de George Floyd`, then `Aaron Danielson ... a été tué par balle samedi`: two killings
    if not _weapons_alike(a, b):
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    if _placed_apart(a, b):
        return False
    ka, kb = _best(a.killed), _best(b.killed)
    if ka and kb:  # one dead is too common a toll to tie two unplaced killings (`Hamza` and `Oussama Ben Laden`)
        return ka == kb and (ka > 1 or bool(la and lb))
    completes = bool(a.killed and not a.injured and b.injured and not b.killed)  # not the dead after the wounded:
    # `... voiture piégée ... 28 blessés`, then `En février 2019 une attaque ... a fait au moins 20 morts` is another
    # `Les attentats de Paris`, then `les attaques du 13 novembre qui ont fait 130 morts à Paris`: the first gives
    # nothing but the place the second gives too.
    return completes or _only_its_place(a, b) or (b.restating and not (kb and ka is None and a.injured))


def _only_its_place(a: _Draft, b: _Draft) -> bool:
    """`a` tells nothing but the town `b` names too (no toll)."""
    la, lb = a.values.get("location"), b.values.get("location")
    return not (a.killed or a.injured) and bool(la and lb) and place_key(str(la)) == place_key(str(lb))


def _same_area(a: _Draft, b: _Draft) -> bool:
    """Same place, one name inside the other, or one place said to lie in the other (`Port Kantaoui, ... de Sousse`)."""
    la, lb = str(a.values.get("location")), str(b.values.get("location"))
    ka, kb = place_key(la), place_key(lb)
    if ka == kb or ka in kb or kb in ka or lb in _towns_around(a) or la in _towns_around(b):
        return True
    if any(k.startswith("city:") and re.search(rf"\b{re.escape(k[5:])}\b", o) for k, o in ((ka, kb), (kb, ka))):
        return True  # `aéroport de Bruxelles-Zaventem` lies in `Bruxelles`, a town its key names
    if any(_lies_near(x, y) or _in_its_town(x, y) for x, y in ((a, b), (b, a))):
        return True
    return _one_inside_the_other(la, _rank(a.values), lb, _rank(b.values)) and not (
        _in_another_town(a, lb) or _in_another_town(b, la)
    )


def _towns_around(draft: _Draft) -> tuple[object, object]:
    """The wider place a draft's place was said to lie in, and the town its spot refined (`Barcelone`, then `à Las
    Ramblas, une avenue`)."""
    return draft.values.get("container"), draft.values.get("spot_town")


def _in_its_town(a: _Draft, b: _Draft) -> bool:
    """`... poignardées à Forbury Gardens, dans le centre de cette ville`, `un musée de cette petite ville de
    Lombardie`: `b`'s place, no town nor country we know, told by a sentence that points back to a town (`cette ville`,
    `ce village`) right after `a` is told, and that names no other town, lies in `a`'s town."""
    la, lb = a.values.get("location"), b.values.get("location")
    if not (la and lb) or not 0 <= b.first - max(a.sentences) <= _THIS_TOWN_REACH or _is_country_name(str(la)):
        return False
    if place_key(str(lb)).startswith(("city:", "country:")):
        return False
    texts = [b.sentences.get(int(key.rsplit("#", 1)[1]), "") for key in b.evidence.get("location", [])]
    return any(_THIS_TOWN.search(text) for text in texts) and not _names_another_town(texts, str(la))


# A town pointed back to (`cette ville`, `cette petite ville de Lombardie`, `ce village`): the one just told.
_THIS_TOWN = re.compile(
    r"\b(?:cette|this)\s+(?:\w+\s+)?(?:ville|localité|commune|bourgade|cité|town|city)\b|\bce\s+(?:\w+\s+)?village\b",
    re.IGNORECASE,
)
# How many sentences after an attack's last one a sentence may point back to its town.
_THIS_TOWN_REACH = 2


def _in_another_town(draft: _Draft, town: str) -> bool:
    return _rank(draft.values) == 3 and _names_another_town(draft.sentences.values(), town)


def _names_another_town(texts: Iterable[str], town: str) -> bool:
    """`un attentat contre le musée du Bardo à Tunis` is no spot of Sousse: the spot's sentence puts it in another
    town."""
    key = place_key(town)
    return any(
        lx.is_town(m.group("name")) and place_key(m.group("name")) != key
        for text in texts
        for m in lx.PREP_PLACE.finditer(text)
    )


def _lies_near(a: _Draft, b: _Draft) -> bool:
    """`b`'s place, one we do not know as a town, may be `a`'s: `a` is placed near it (`une mosquée près d'Oslo`,
    then `au centre islamique de Baerum`), or `b`'s sentence names `a`'s town before it (`le centre commercial
    Olympia de Munich, ... dans le quartier de Moosach`, then `la tuerie de Munich`)."""
    la, lb = str(a.values.get("location")), str(b.values.get("location"))
    if _placed_near(a, b):
        return True
    if place_key(lb).startswith("city:") or not place_key(la).startswith("city:"):
        return False
    return any(_names_town(text, la, before=lb) for text in _place_sentences(b))


def _placed_near(a: _Draft, b: _Draft) -> bool:
    """`a` is placed near a town (`une mosquée près d'Oslo`), `b` in a place we do not know, told by its own sentence
    (`au centre islamique Al-Noor à Baerum`): `b`'s place may be the one near it."""
    la, lb = str(a.values.get("location")), str(b.values.get("location"))
    if not place_key(la).startswith("city:") or place_key(lb).startswith(("city:", "country:")) or not _told_place(b):
        return False
    return any(_near(text, la) for text in _place_sentences(a))


def _place_sentences(draft: _Draft) -> list[str]:
    """The sentences that gave the draft its place."""
    positions = {int(key.rsplit("#", 1)[1]) for key in draft.evidence.get("location", [])}
    return [fold_name(text) for position, text in draft.sentences.items() if position in positions]


def _near(text: str, place: str) -> bool:
    """The (folded) sentence names the place only as a landmark to measure from: `près d'Oslo`, `à 60 km de Niamey`."""
    starts = _starts(text, place)
    return bool(starts) and all(lx.LANDMARK.search(text, max(0, start - 40), start) for start in starts)


def _names_town(text: str, town: str, before: str) -> bool:
    """The (folded) sentence names the town before the place `before`, and not as a landmark (`à 120 km au nord de
    Barcelone`)."""
    places = _starts(text, before)
    return bool(places) and any(
        start < places[0] and not lx.LANDMARK.search(text, max(0, start - 40), start) for start in _starts(text, town)
    )


def _starts(text: str, place: str) -> list[int]:
    key = fold_name(place).strip()
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)] if len(key) >= 3 else []


def _told_place(draft: _Draft) -> bool:
    """The draft's place comes from a sentence that tells the attack, not only from one that refers back to it."""
    told = set(draft.evidence.get("event", []))
    return any(key in told for key in draft.evidence.get("location", []))


def _same_victim(a: _Draft, b: _Draft) -> bool:
    """`l'assassinat d'Olof Palme` and `Olof Palme a été abattu le 28 février 1986`, `Breonna Taylor, tuée par la
    police` and `les policiers qui ont tué Breonna Taylor`: one killing, told twice."""
    if a.kind != "incident" or b.kind != "incident":
        return False
    if not _weapons_alike(a, b):
        return False
    if _killed_after_manhunt(a) or _killed_after_manhunt(b):
        return False  # `X, qui a tué cinq personnes`, then `X a été abattu après 48h de traque`: the killer, killed
    if any(named.victim and _names(other, named.victim) for named, other in ((a, b), (b, a))):
        return True
    victim = _victim_named(a)
    if victim is not None and victim == _victim_named(b):
        return True
    # `un policier a tiré sur un Afro-Américain, X`, then `X, blessé de sept balles le 23 août`: one person shot
    shot = shot_named(a.sentences.get(a.first, ""))
    return shot is not None and shot == shot_named(b.sentences.get(b.first, ""))


def _after_manhunt(facts: _Facts) -> bool:
    """`Après 48 heures de traque, il a été tué par des policiers`: the attacker's end, a killing of its own."""
    return facts.other and facts.act and lx.MANHUNT.search(facts.text) is not None


def _killed_after_manhunt(draft: _Draft) -> bool:
    """A killing told apart as the end of a manhunt (`abattu par la police après deux jours de traque`): its attacker's,
    whose name the attack's sentences hold as the killer's."""
    return draft.other and lx.MANHUNT.search(draft.sentences.get(draft.first, "")) is not None


def _victims_apart(a: _Draft, b: _Draft) -> bool:
    """`le meurtre de George Floyd, le meurtre de Breonna Taylor`: each record names its one killed, and not the same
    person (neither the same name nor the same surname): two killings, whatever else ties them (one sentence, one
    country, one weapon)."""
    if not (a.victim and b.victim):
        return False  # a victim read from the sentence alone may be the killer (`à X, l'agent qui a tué Y`)
    va, vb = fold_name(a.victim), fold_name(b.victim)
    if va == vb:
        return False
    return va.split()[-1] != vb.split()[-1]  # `Floyd` and `George Floyd`: one person


def _accused_of_killing(facts: _Facts) -> bool:
    """The sentence tells a killing through the charge or the trial of its author (`accusé d'avoir tué deux personnes
    par balles`): read only where it counts its dead."""
    return bool(facts.killed) and charged_act(facts)


def _more_dead_than_hurt(a: _Draft, b: _Draft) -> bool:
    """`un Afro-Américain a été grièvement blessé par des tirs de la police à X`, then `un jeune homme est accusé
    d'avoir tué deux personnes par balles dans les émeutes qui ont suivi`: a killing told through the charge of its
    author, whose dead outnumber the ones the other record hurt, that record killing none, is another attack, whatever
    ties them (a town, a weapon). Not a charge that kills no more than were hurt (the one hurt may have died of it)."""
    for accused, other in ((a, b), (b, a)):
        if accused.accused and not other.accused and not other.killed:
            dead, hurt = _best(accused.killed), _best(other.injured)
            if dead and hurt and dead > hurt:
                return True
    return False


def _one_more(a: _Draft, b: _Draft) -> bool:
    """`b`, told after `a`, is one more attack of a series, which its opening sentence marks as another: a new blast or
    the next place struck (`une nouvelle explosion a eu lieu dans un hôtel de la capitale, faisant deux morts`, `avant
    que le tireur ne gagne un deuxième établissement`) with a death toll of its own, not `a`'s; or one more killed
    (`il les a pris en embuscade et a tué un second agent`). Two attacks, whatever else ties them (a day, a town, a
    charge against one man)."""
    opening = b.sentences.get(b.first, "")
    if lx.ONE_MORE_KILLED.search(opening):
        return True
    return _killed_apart(a, b) and lx.ONE_MORE_STRUCK.search(opening) is not None


def _names_another(a: _Draft, b: _Draft) -> bool:
    """`b` names the one killed, and `a` names someone else as killed, never `b`'s."""
    victim = _victim_named(b)
    if victim is None or any(victim in fold_name(text) for text in a.sentences.values()):
        return False
    return any(victim_named(text) for text in a.sentences.values())


def _victim_named(draft: _Draft) -> str | None:
    """Who the sentence that first tells the attack names as killed (folded: `breonna taylor`)."""
    return victim_named(draft.sentences.get(draft.first, ""))


def _names(draft: _Draft, victim: str) -> bool:
    """The draft's sentences name the victim: the full name, or the surname alone (`Khashoggi, un journaliste`), not
    the surname after another first name (`Rodney King` is not `Martin Luther King`)."""
    *first, surname = victim.split()
    for text in draft.sentences.values():
        for m in re.finditer(rf"(?:([A-ZÀ-Þ][\w'-]+)\s+)?\b{re.escape(surname)}\b", text):
            if m.group(1) is None or not first or m.group(1) == first[-1]:
                return True
    return False


def _same_attack(a: _Draft, b: _Draft) -> bool:
    """`une femme armée d'un couteau ... en Italie` and `a poignardé samedi 1er septembre à Canneto`: the same weapon,
    nothing that tells them apart (dates one inside the other, places one inside the other), and one thing at least
    that ties them: a date one inside the other, or a place and the country it lies in. Not for strikes and shelling,
    which come many to an article."""
    if a.kind != "incident" or b.kind != "incident" or a.other or b.other or a.past != b.past:
        return False
    weapons = {a.values.get("weapon"), b.values.get("weapon")} - {None}
    if len(weapons) != 1 or weapons & lx.STATE_WEAPONS:
        return False  # strikes and shells come many to an article: each told with its own place and day
    dated = isinstance(a.values.get("date"), _Date) and isinstance(b.values.get("date"), _Date)
    if _dated_apart(a, b):
        return False
    la, lb = a.values.get("location"), b.values.get("location")
    if _placed_apart(a, b):
        return False
    if a.values.get("weapon") != b.values.get("weapon"):
        # `l'attentat de la rue des Rosiers` in 1982, then `le 9 août 1982, un commando avait lancé une grenade ... à
        # Paris`: one weapon left unsaid, so both the day and the place must tie them, and no two death tolls differ
        return dated and bool(la and lb) and not _killed_apart(a, b)
    return dated or bool(la and lb)


# How many sentences apart two tellings of one clash may open (the lead, then the body).
_CLASH_RETOLD = 4


def _same_clash(a: _Draft, b: _Draft) -> bool:
    """`Une dizaine de manifestants ont été blessés dans des heurts avec la police` (the lead, undated), then the same
    clashes dated and placed: clashes have no weapon to tie their two tellings, so one undated, neither placed nor
    told in the past apart from the other and told a few sentences apart, is the same."""
    if not (a.clash and b.clash) or a.kind != "incident" or b.kind != "incident" or a.past != b.past:
        return False
    if abs(b.first - a.first) > _CLASH_RETOLD:
        return False
    undated = not isinstance(a.values.get("date"), _Date) or not isinstance(b.values.get("date"), _Date)
    return undated and not _placed_apart(a, b) and not _killed_apart(a, b)


def _in_country(country: str, draft: _Draft) -> bool:
    """`country` is a country's name and the draft's place lies in it."""
    name = COUNTRY_NAMES.get(fold_name(country).strip())
    place = str(draft.values.get("location") or "")
    return name is not None and name in (draft.values.get("country"), country_of_place(place))


def _same_incident(a: _Draft, b: _Draft) -> bool:
    if a.kind != "incident" or b.kind != "incident":
        return False
    da, db = a.values.get("date"), b.values.get("date")
    if not isinstance(da, _Date) or not isinstance(db, _Date) or da.precision != "day" or db.precision != "day":
        return False
    if da.iso != db.iso and not ((a.yearless or b.yearless) and da.iso[5:] == db.iso[5:]):
        return False  # `les attaques du 11 septembre` is the `11 septembre 2001` the article names too
    if not _weapons_alike(a, b):
        return False
    return not (a.values.get("location") and b.values.get("location") and not _same_area(a, b))


# An article that speaks of protests or riots this often is about them: its shootings are protest policing.
_PROTEST_ARTICLE = 3


def _explosions_explained(article: Article, sentences: list[Sentence]) -> bool:
    """An article that speaks of an attack (`attentat`, `terroriste`, a claim) and of no accident (gas, a port, a
    factory) near its explosions: its explosions are attacks even where their own sentence does not say so."""
    texts = [article.title, *(s.text for s in sentences)]
    blasts = [t for t in texts if "xplos" in t or "éflagr" in t]
    if not blasts:
        return True  # nothing to explain
    accident = lx.WEAPON_BLOCK["explosion"]
    if accident.search(article.title) or any(accident.search(t) for t in blasts):
        return False
    return any(_tells_of_terror(t) for t in texts)


def _tells_of_terror(text: str) -> bool:
    """The text speaks of an attack (`attentat`, `terroriste`, a claim), not only to rule one out (`Si le lien avec une
    activité terroriste a été écarté`)."""
    return lx.TERROR_IN_ARTICLE.search(text) is not None and lx.TERROR_RULED_OUT.search(text) is None


def _crash_called_accident(article: Article, sentences: list[Sentence], may_say: bool) -> bool:
    """`un véhicule a foncé dans la foule`, then `l'accident a eu lieu au croisement ...`, `le conducteur aurait perdu
    le contrôle`: a car into a crowd that the article calls an accident, and nothing in it an attack (`attentat`,
    `volontaire`, `la cinquième attaque`), is a road accident. `may_say`: the whole article's test (_may_say)."""
    texts = [article.title, *(s.text for s in sentences)]
    if not may_say or not any(lx.CRASH_ACCIDENT.search(t) for t in texts):
        return False
    return not any(_tells_of_terror(t) or lx.DELIBERATE.search(t) for t in texts)


def _protest_sentences(sentences: list[Sentence], may_say: bool) -> int:
    """How many sentences speak of protests; none where the whole article's test (_may_say) says none can."""
    if not may_say:
        return 0
    return sum(1 for s in sentences if lx.PROTEST_IN_ARTICLE.search(s.text))


def _may_say(article: Article, sentences: list[Sentence]) -> tuple[bool, bool]:
    """Whether the article may speak of protests, and of an accident: the whole article (its title and sentences
    joined) is tested first, as most speak of neither; both tests in turn, so that its fold (gates.py) is made once."""
    whole = "\n".join([article.title, *(s.text for s in sentences)])
    return lx.PROTEST_IN_ARTICLE.may_match(whole), lx.CRASH_ACCIDENT.may_match(whole)


def extract_events(article: Article, sentences: list[Sentence]) -> list[AttackEvent]:
    """The attack events one article reports, each citing the sentences that state its facts."""
    named = lx.ARTICLE.set(lx.ArticleCountries(f"{article.title}\n{article.text}", french=article.lang == "fr"))
    try:
        return _extract(article, sentences)
    finally:
        lx.ARTICLE.reset(named)


def _extract(article: Article, sentences: list[Sentence]) -> list[AttackEvent]:
    builder = _ArticleEvents(article, sentences)
    protests_said, accident_said = _may_say(article, sentences)
    blocked = lx.TESTED_WEAPONS if lx.TEST_TITLE.search(article.title) else frozenset()
    if lx.PROTEST_TITLE.search(article.title) or _protest_sentences(sentences, protests_said) >= _PROTEST_ARTICLE:
        blocked = blocked | {"arme à feu"}
    if lx.NOT_AN_ATTACK.search(article.title):
        blocked = blocked | {lx.PASSIVE_BLOCKED}
    if not _explosions_explained(article, sentences):
        blocked = blocked | {lx.EXPLOSIONS_UNEXPLAINED}
    crash_accident = _crash_called_accident(article, sentences, accident_said)
    if crash_accident:
        blocked = blocked | {"voiture-bélier"}
        builder.headline = builder.headline_toll = False  # the crash the title tells is that accident
    builder.blocked = blocked
    year: tuple[int, int] | None = None  # the last year written about violence or as a heading, and where
    before: int | None = None  # the last year written in the sentence before, whatever it was about
    any_year = False  # whether any sentence so far has written a year
    dated_before: int | None = None  # the last year the sentence before wrote after a month (`le 7 janvier 2015`)
    for sentence in sentences:
        written = [y for y in _years_written(sentence.text) if article.published is None or y <= article.published.year]
        own_dated = _year_after_month(sentence.text, written)
        dated = own_dated or dated_before
        if dated is not None:
            builder.dated[sentence.position] = dated
        recent = year is not None and sentence.position - year[1] <= _YEAR_REACH
        own = written[-1] if written else None  # `L'année 2018 avait été marquée par la fusillade ... en octobre`
        that_year = before if lx.THAT_YEAR.search(sentence.text) else None  # `En 1992, ... Cette année-là, il prit`
        last_year = own or that_year or (year[0] if year and recent else None)
        facts = _read(sentence, article.published, blocked, last_year, not any_year and not written, dated)
        before = own
        dated_before = own_dated
        any_year = any_year or bool(written)
        if facts is not None and facts.killer_pronoun and not _killer_told(sentences, sentence.position):
            facts.trigger = False  # `Le cyclone a frappé samedi. Il a tué 30 personnes.`
        if facts is not None:
            builder.read(facts)
        builder.others_uncounted(sentence)
        if own is not None and (facts is not None or _YEAR_FIRST.match(sentence.text)):
            year = (own, sentence.position)
        elif year is not None and recent and facts is not None and facts.past:
            year = (year[0], sentence.position)  # the recollection goes on in the pluperfect: still that year
    events = without_animals(article, sentences, builder.finish())
    events = without_accidents(article, sentences, events, crash_accident=crash_accident)
    events = without_the_missing(article, sentences, events)
    if events and lx.HOAX_TITLE.search(article.title):
        return [e for e in events if _long_before(e, article.published)]  # the hoax's own attack never happened
    return events


# How many days before its article an attack must lie to be another than the one a hoax told (`le 2 mai` recalled).
_HOAX_DAYS = 7


def _long_before(event: AttackEvent, published: dt.date | None) -> bool:
    """The event is dated well before the article (an attack recalled), not undated nor on the article's days."""
    if event.date is None or published is None:
        return False
    start = event.date.partition("/")[0]
    year, month, day = (int(part) for part in (start.split("-") + ["12", "28"])[:3])
    return (published - dt.date(year, month, day)).days > _HOAX_DAYS


def _killer_told(sentences: list[Sentence], position: int) -> bool:
    """The sentence before `Il avait tué ...` tells of someone, not of a disaster, an accident or a war."""
    before = [s for s in sentences if s.position == position - 1]
    return bool(before) and not lx.NOT_AN_ATTACK.search(before[0].text)


def _years_written(text: str) -> list[int]:
    """The years a sentence writes as when things happened (`En 2017`, `L'année 2015`, `le 7 décembre 1941`), not a
    figure, a span (`2017-2018`) nor the start of one (`depuis 2002`)."""
    return [
        int(m.group()) for m in _YEAR.finditer(text) if _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]


def _year_after_month(text: str, written: list[int]) -> int | None:
    """The last of the years `written` that a sentence writes after a month (`le 7 janvier 2015`, `en janvier 2015`):
    the year of the story it narrates, which its days without a year, and those of the next sentence, take."""
    if not written:
        return None
    found = [
        int(m.group()) for m in _YEAR.finditer(text) if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    return next((y for y in reversed(found) if y in written), None)


_MONTH_BEFORE = re.compile(rf"\b(?:{lx.MONTH_ALT})\s+$", re.IGNORECASE)
# The look behind after the century (`(?<![\d.,'-]..)`, the character before it): a pattern that opens on a look
# behind is tried at every position of every sentence, one that opens on `1` or `2` only there.
_YEAR = re.compile(r"(?:19|20)(?<![\d.,'-]..)\d\d(?![\d-]|[.,]\d)")
_YEAR_BEFORE = re.compile(rf"\b(?:en|in|l'année|année|the year|{lx.MONTH_ALT})\s+$", re.IGNORECASE)
# A sentence that opens on its year (`L'année 2015 a été meurtrière.`, `En 2017, ...`): a chronology's heading.
_YEAR_FIRST = re.compile(r"\W*(?:en|in|l'année|année|the year)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# How many sentences on (of any kind, or in the pluperfect) a year written still dates a day told in the pluperfect
# without one.
_YEAR_REACH = 4
