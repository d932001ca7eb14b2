"""What the readers share: the record of what one sentence says, its date, and small text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Casualty, Sentence
from . import lexicon as lx
from .lexicon import Weapon

_I = re.IGNORECASE


@dataclass(frozen=True)
class _Date:
    iso: str
    precision: str
    text: str
    start: int
    # a day that only names the attack (`le 11-Septembre`): its year is a guess that joins the telling giving it;
    # the record lists no date unless that telling replaced it (assembly._event)
    named: bool = False


@dataclass
class _Facts:
    sentence: Sentence
    text: str
    weapon: Weapon | None = None
    weapon_at: tuple[int, int] | None = None
    strong: bool = False  # reports an attack by itself
    trigger: bool = False  # reports an attack that happened
    suicide: bool = False
    act: bool = False  # the attack is named by a verb that reports it (`a été abattu`), no weapon or noun
    means: str | None = None  # how a killing that names no weapon was done (`tué par balle`): the event's weapon
    fight: bool = False  # a killing told in fighting (`tués samedi dans des combats`): a clash at most
    war_aside: bool = False  # a killing told beside a war named in another clause: one incident only with its toll
    deed_after_end: bool = False  # `abattu par la police après avoir tué trois passants`: the killing told after
    one_of: bool = False  # `une des attaques`: one attack of several, told with a plural noun
    series: bool = False  # `une série d'attentats`: several told as one (one event when dated to the day)
    bare: bool = False  # named only by a bare noun (`une attaque`): a toll or a verb must come close to it
    anaphor: bool = False
    attack_noun: bool = False
    plural_anaphor: bool = False
    pronoun: bool = False
    killer_pronoun: bool = False  # the killer only a pronoun (`Il avait tué trois policiers`): said the sentence before
    # the sentence around a side clause lays a death on the police (`les violences policières ... après la mort de X`)
    police_told: bool = False
    # an assault told plainly in the passive with no day of its own (`Il a été frappé au visage`): the article's
    # assault when a sentence tells when the facts took place (assembly._undated_assault)
    assault_undated: bool = False
    poison_said: bool = False  # a poisoning told only as one side's word (`selon son entourage`): assembly.py keeps it
    # only beside one the article states
    background: bool = False
    other: bool = False  # marked as another attack than the one being reported (`un deuxième attentat`)
    restating: bool = False  # opens on a definite attack noun or a pronoun: likely the attack already reported
    past: bool = False  # told in the pluperfect (outside side clauses): an older attack recalled
    toll_update: bool = False  # `le bilan a été porté à ...`: its date is the update's, not the attack's
    attacks: int | None = None  # aggregate
    day_untaken: bool = False  # a day is written but not taken (`avait été tuée le 13 mars`: which year is unknown)
    victim: str | None = None  # the name of the one killed, when named (`l'assassinat d'Olof Palme`): `Palme`
    yearless: bool = False  # named by a day and month with no year (`les attentats du 11 septembre`)
    campaign: bool = False  # strikes told as repeated over a period, uncounted: an aggregate too
    # attacks named only as a plural: a vague one tied to who made them (undated), or one told with its toll over a
    # year or a span of months (dated by it): an aggregate
    plural_told: bool = False
    agg_part: tuple[int, str] | None = None
    anchor: tuple[int, int] = (0, 0)  # where the attack is mentioned: the date nearest to it is its date
    date: _Date | None = None
    date_distance: int = 0
    # the day of a later step of the case the sentence tells (`a été inculpé mercredi`): not the attack's, but the day
    # to count back from (`..., cinq jours après avoir abattu un jeune homme`)
    step_day: _Date | None = None
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
    container: str | None = None  # the wider place the sentence puts `location` in
    place_rank: int = -1  # how precise `location` is (facts.place_rank)
    country: str | None = None
    recalled: bool = False  # named by what it was and when (`l'attentat contre X en 2017`), nothing more
    answered: bool = False  # fire named only as what a state's strikes answered (`en représailles à des tirs de X`)
    wave_named: bool = False  # attacks named only by their wave, in passing (`après la vague d'attentats`)
    national: bool = False  # a country's count of a kind of killing (`81 féminicides depuis janvier`): no town
    prior: bool = False  # a side clause's attack, told as what came before the one its main clause refers back to
    then: bool = False  # a side clause's attack its main clause's killer made next (`puis le 9 janvier, il a exécuté`)
    # where the sentence starts telling its attack: `le suspect de l'attentat de X a été abattu à Y` places at Y
    told_from: int = 0
    # one of the attacks a list of targets names (`les attaques contre X, des policiers et Y`): its sentence and the
    # list's start, the same for each of the list's attacks, which are apart from each other
    listed: tuple[int, int] | None = None
    sides: list[_Facts] = field(default_factory=list)  # attacks named in a side clause (`après l'attentat qui a ...`)

    @property
    def key(self) -> str:
        return self.sentence.key

    @property
    def has_facts(self) -> bool:
        return bool(self.killed or self.injured or self.claimed is not None or self.suspected_actor)


# Devices one counts (`deux roquettes`); a count of strikes or shooters says little.
_COUNTABLE = frozenset(
    {"roquette", "obus", "mortier", "missile", "bombe", "grenade", "engin explosif", "voiture piégée", "kamikaze"}
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _negated(text: str, at: int) -> bool:
    return bool(lx.NEGATED_VERB.search(text[max(0, at - 14) : at + 6]))
