"""Merging one attack's reports across articles: made-up records, one rule (or one guard) per test."""

from __future__ import annotations

import datetime as dt
import itertools

from index.events import merge_events
from index.events.victims import victim_named
from index.models import AttackEvent, Casualty, EventSource

_ids = itertools.count()


def report(
    quote: str,
    *,
    published: str,
    date: str | None = None,
    location: str | None = None,
    country: str | None = None,
    weapon: str | None = None,
    killed: int | None = None,
    injured: int | None = None,
) -> AttackEvent:
    """One article's record of an attack, as extraction makes it (each report from its own article)."""
    n = next(_ids)
    return AttackEvent(
        id=f"{n:016x}",
        date=date,
        date_precision="day" if date and len(date) == 10 else ("month" if date else None),
        sub_event_type="Attack",
        weapon=weapon,
        location=location,
        country=country,
        killed=killed,
        injured=injured,
        killed_reports=[Casualty(count=killed)] if killed is not None else [],
        injured_reports=[Casualty(count=injured)] if injured is not None else [],
        sources=[EventSource(article_id=f"a{n}", title="t", published=dt.date.fromisoformat(published), quote=quote)],
    )


def test_one_person_killed_is_one_event_whatever_place_and_day_each_report_gives():
    killing = "Jean Dupond, un chauffeur de 40 ans, a été abattu par un policier le 4 mai à Lyon."
    events = [
        report(killing, published="2023-05-05", date="2023-05-04", location="Lyon", country="France", killed=1),
        report(killing, published="2023-05-06", date="2023-05-04", location="Lyon", country="France", killed=1),
        # a rally elsewhere, dated by its own day: the record took the rally's place and day
        report(
            "Des milliers de manifestants ont dénoncé samedi à Marseille la mort de Jean Dupond.",
            published="2023-05-14",
            date="2023-05-13",
            location="Marseille",
            country="France",
            killed=1,
        ),
    ]
    (merged,) = merge_events(events)
    assert (merged.location, merged.date) == ("Lyon", "2023-05-04")  # what most reports give
    assert len(merged.sources) == 3


def test_two_people_killed_in_one_town_stay_two_events():
    events = [
        report(
            "La mort de Jean Dupond, tué par balle lundi à Lyon.",
            published="2023-05-09",
            date="2023-05-08",
            location="Lyon",
            killed=1,
        ),
        report(
            "La mort de Paul Martin, tué par balle lundi à Lyon.",
            published="2023-05-09",
            date="2023-05-08",
            location="Lyon",
            killed=1,
        ),
    ]
    assert len(merge_events(events)) == 2


def test_the_victim_is_the_first_one_named_killed_and_only_when_named_first():
    assert victim_named("Le meurtre du joggeur noir Ahmaud Arbery, le genou") == "ahmaud arbery"
    assert victim_named("l'assassinat du Premier ministre Olof Palme Dirigeant charismatique") == "olof palme"
    assert victim_named("L'Algérien Abdelmalek Droukdal, chef d'Aqmi, a été tué jeudi.") == "abdelmalek droukdal"
    assert victim_named("Joe Biden, qui a dénoncé la mort de George Floyd, a parlé.") == "george floyd"
    # an unnamed man shot first: the named death is the background, not this record's victim
    assert victim_named("Un homme noir a été abattu, ravivant la colère après la mort de George Floyd.") is None
    assert victim_named("La statue de Winston Churchill, située près du parlement, a été taguée.") is None


def test_a_district_and_its_town_are_one_place_when_a_report_names_both():
    events = [
        report(
            "Une fusillade a fait 8 morts vendredi dans le centre commercial de Moosach, à Munich.",
            published="2016-07-22",
            date="2016-07-22",
            location="Moosach",
            country="Allemagne",
            weapon="arme à feu",
            killed=8,
        ),
        report(
            "Un tireur a tué 9 personnes vendredi à Munich.",
            published="2016-07-23",
            date="2016-07-22",
            location="Munich",
            country="Allemagne",
            weapon="arme à feu",
            killed=9,
        ),
    ]
    assert len(merge_events(events)) == 1


def test_a_town_named_as_a_landmark_is_not_the_same_place():
    events = [
        report(
            "Une voiture a foncé jeudi sur la promenade de Cambrils, à 120 km au sud de Barcelone, faisant 7 blessés.",
            published="2017-08-18",
            date="2017-08-17",
            location="Cambrils",
            country="Espagne",
            weapon="voiture-bélier",
            injured=7,
        ),
        report(
            "Une camionnette a foncé jeudi dans la foule à Barcelone, faisant 13 morts et 100 blessés.",
            published="2017-08-18",
            date="2017-08-17",
            location="Barcelone",
            country="Espagne",
            weapon="voiture-bélier",
            killed=13,
            injured=100,
        ),
    ]
    assert len(merge_events(events)) == 2


def test_dates_a_few_days_apart_are_one_attack_when_place_and_toll_agree():
    def kabul(quote: str, day: str, killed: int) -> AttackEvent:
        return report(quote, published=day, date=day, location="Kaboul", country="Afghanistan", weapon="kamikaze",
                      killed=killed)  # fmt: skip

    first = kabul("Un kamikaze a tué 12 personnes mardi à Kaboul.", "2022-03-01", 12)
    # a later report dated by its own day (`jeudi`) with the same toll
    same = kabul("L'attentat de Kaboul a fait 12 morts, a-t-on appris jeudi.", "2022-03-03", 12)
    other = kabul("Un kamikaze a tué 4 personnes jeudi à Kaboul.", "2022-03-03", 4)
    assert len(merge_events([first, same])) == 1
    assert len(merge_events([first, other])) == 2


def test_strikes_on_one_place_days_apart_stay_apart_even_with_one_toll():
    events = [
        report(
            f"Une frappe aérienne a tué deux personnes {day} à Gaza.",
            published=date,
            date=date,
            location="Gaza",
            country="Territoires palestiniens",
            weapon="frappe aérienne",
            killed=2,
        )  # fmt: skip
        for day, date in (("mardi", "2020-08-18"), ("jeudi", "2020-08-20"))
    ]
    assert len(merge_events(events)) == 2


def test_an_undated_report_joins_the_attack_of_the_days_before_it_with_the_same_toll():
    dated = report("Un attentat a tué 5 personnes samedi à Mogadiscio.", published="2020-08-16", date="2020-08-15",
                   location="Mogadiscio", country="Somalie", weapon="voiture piégée", killed=5)  # fmt: skip
    later = report("L'attentat de Mogadiscio a fait 5 morts.", published="2020-08-18", location="Mogadiscio",
                   country="Somalie", weapon="voiture piégée", killed=5)  # fmt: skip
    assert len(merge_events([dated, later])) == 1


def test_a_figure_one_report_alone_gives_is_outvoted_when_most_agree():
    quote = "La mort de Jean Dupond, abattu par un policier."
    events = [
        report(quote, published=f"2023-05-0{d}", date="2023-05-04", location="Lyon", killed=1) for d in (5, 6, 7)
    ] + [report(quote, published="2023-05-08", date="2023-05-04", location="Lyon", killed=550)]
    (merged,) = merge_events(events)
    assert merged.killed == 1
    assert sorted(c.count for c in merged.killed_reports) == [1, 550]  # every figure is still shown


def test_a_month_and_a_day_in_it_are_one_attack_when_the_toll_agrees():
    month = report("Fin novembre, un jihadiste a tué deux personnes en plein coeur de Londres.", published="2020-06-21",
                   date="2019-11", location="Londres", country="Royaume-Uni", killed=2)  # fmt: skip
    day = report("Un homme armé d'un couteau a fait deux morts vendredi 29 novembre à Londres.", published="2019-11-30",
                 date="2019-11-29", location="Londres", country="Royaume-Uni", killed=2)  # fmt: skip
    other = report("Un homme a tué cinq personnes le 3 novembre à Londres.", published="2019-11-04",
                   date="2019-11-03", location="Londres", country="Royaume-Uni", killed=5)  # fmt: skip
    assert len(merge_events([month, day])) == 1
    assert len(merge_events([month, other])) == 2


def test_a_report_placed_nowhere_joins_the_attack_its_title_places():
    placed = report("La tuerie dans une mosquée de la ville de Québec dimanche 29 janvier au soir.",
                    published="2017-01-31", date="2017-01-29", location="Québec", weapon="arme à feu")  # fmt: skip
    unplaced = report("La fusillade a fait, selon le dernier bilan, six morts et huit blessés.", published="2017-01-30",
                      weapon="arme à feu", killed=6, injured=8)  # fmt: skip
    titled = unplaced.model_copy(
        update={"sources": [unplaced.sources[0].model_copy(update={"title": "La mosquée de Québec visée"})]}
    )
    assert len(merge_events([placed, unplaced])) == 2  # nothing places it
    (merged,) = merge_events([placed, titled])
    assert (merged.location, merged.killed) == ("Québec", 6)


def test_a_vehicle_and_knives_on_one_day_in_one_town_are_one_assault_unless_the_tolls_differ():
    def london(quote: str, weapon: str, killed: int, injured: int, day: str = "2017-06-03") -> AttackEvent:
        return report(quote, published="2017-06-04", date=day, location="Londres", country="Royaume-Uni",
                      weapon=weapon, killed=killed, injured=injured)  # fmt: skip

    van = london("Une camionnette a foncé samedi sur la foule à Londres, faisant 7 morts et 48 blessés.",
                 "voiture-bélier", 7, 48)  # fmt: skip
    knives = london("Les assaillants ont poignardé samedi des passants à Londres : 8 morts et 48 blessés.",
                    "arme blanche", 8, 48)  # fmt: skip
    other = london("Un homme a poignardé samedi deux passants à Londres.", "arme blanche", 0, 2)
    later = london("Un homme a poignardé lundi des passants à Londres : 8 morts.", "arme blanche", 8, 48,
                   day="2017-06-05")  # fmt: skip
    (assault,) = merge_events([van, knives])
    assert (assault.weapon, assault.weapons) == ("voiture-bélier", ["voiture-bélier", "arme blanche"])
    assert len(merge_events([van, other])) == 2
    assert len(merge_events([van, later])) == 2


def test_the_one_killed_is_the_name_nearest_the_verb_and_may_follow_it():
    assert victim_named("Selon le commissaire, Mark Hamilton, Lyra McKee a été tuée par un homme.") == "lyra mckee"
    assert victim_named("Ils dénoncent les policiers qui ont tué Breonna Taylor chez elle.") == "breonna taylor"
    assert victim_named("Le policier qui a abattu un homme, selon Joe Biden, a été suspendu.") is None


def test_a_report_with_no_place_nor_day_of_its_own_needs_a_toll_or_a_weapon_of_the_others_to_join_it():
    placed = report("Un homme a foncé avec sa voiture sur des motards mercredi à Brême, blessant six personnes.",
                    published="2023-05-04", date="2023-05-03", location="Brême", country="Allemagne",
                    injured=6)  # fmt: skip
    # only the country and the day of publication tie it: an older attack recalled the day before
    recalled = report("La plupart des onze athlètes tués pendant cet attentat étaient morts sur la base.",
                      published="2023-05-02", country="Allemagne", killed=11)  # fmt: skip
    assert len(merge_events([placed, recalled])) == 2
    # the same toll, or a weapon named in both, ties it
    tolled = report("Six personnes ont été blessées, selon la police.", published="2023-05-04", country="Allemagne",
                    injured=6)  # fmt: skip
    assert len(merge_events([placed, tolled])) == 1
    armed = placed.model_copy(update={"weapon": "voiture-bélier"})
    rammed = report("La voiture a foncé sur le cortège, selon la police.", published="2023-05-04",
                    country="Allemagne", weapon="voiture-bélier")  # fmt: skip
    assert len(merge_events([armed, rammed])) == 1
