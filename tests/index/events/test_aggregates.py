"""Waves of attacks over a period as one aggregate, attacks recalled in a list as events of their own, and a day
told in the pluperfect without its year dated by the last year written."""

from __future__ import annotations

from index.models import AttackEvent
from tests.index.events.helpers import events as _events


def _row(event: AttackEvent) -> tuple:
    return event.kind, event.date, event.location, event.killed, event.injured


def test_a_wave_of_attacks_over_a_year_is_one_aggregate_with_its_total_toll():
    (wave,) = _events(
        "La Belgique a été frappée en 2019 par une vague d'attentats, dont trois revendiqués par un groupe "
        "jihadiste, qui ont fait au total 14 morts et 80 blessés."
    )
    assert _row(wave) == ("aggregate", "2019", None, 14, 80)


def test_attacks_counted_over_years_or_back_from_publication_are_aggregates():
    (counted,) = _events("Le suspect est aussi impliqué dans deux autres attentats contre des élus en 2016 et 2017.")
    assert (counted.kind, counted.date) == ("aggregate", "2016/2017")
    (year,) = _events("En un an, la région a été le théâtre de plusieurs attaques au couteau.")
    assert (year.kind, year.date, year.weapon) == ("aggregate", "2020-04/2021-04", "arme blanche")


def test_attacks_counted_over_a_period_the_text_does_not_measure_are_an_undated_aggregate():
    (months,) = _events("La Suède a connu plusieurs attentats ces derniers mois, selon le ministre.")
    assert (months.kind, months.date) == ("aggregate", None)
    (lately,) = _events("Plusieurs attentats islamistes ont été récemment commis par des hommes seuls.")
    assert lately.kind == "aggregate"
    (before,) = _events("Le journaliste a déjà été victime de plusieurs attaques au couteau.")
    assert (before.kind, before.weapon) == ("aggregate", "arme blanche")
    # foiled, feared, or words thrown at someone: no attack happened
    assert _events("La police a déjoué plusieurs attentats ces derniers mois.") == []
    assert _events("Les autorités craignent de nouveaux attentats ces prochains mois.") == []
    assert _events("Le ministre a multiplié les attaques contre la presse ces derniers mois.") == []


def test_a_wave_told_in_a_side_clause_is_an_aggregate_and_its_members_places_are_theirs():
    (wave,) = _events("Le pays a renforcé sa sécurité après plusieurs attentats ces derniers mois.")
    assert (wave.kind, wave.date) == ("aggregate", None)
    # the month and the town of one of them, named after `en particulier`, are that one's, not the wave's
    text = (
        "Le ministre a durci la loi après plusieurs attentats ces derniers mois, en particulier contre une mosquée "
        "de Tulle en octobre 2020."
    )
    waves = [e for e in _events(text) if e.kind == "aggregate"]
    assert [(e.date, e.location) for e in waves] == [(None, None)]
    assert _events("Le pays a renforcé sa sécurité après plusieurs menaces d'attentats ces derniers mois.") == []


def test_attacks_told_as_repeated_are_an_undated_aggregate_when_they_are_armed():
    (target,) = _events("La province a plusieurs fois été la cible d'attentats de grande envergure.")
    assert (target.kind, target.date) == ("aggregate", None)
    (resumed,) = _events("Les insurgés ont depuis repris leurs attaques contre les forces gouvernementales.")
    assert resumed.kind == "aggregate"
    (more,) = _events("L'armée a multiplié les frappes nocturnes contre la bande de Gaza.")
    assert more.kind == "aggregate"
    # words, not weapons: attacks on a rival, on the press, `au vitriol`
    assert _events("Le candidat a multiplié les attaques contre son rival.") == []
    assert _events("Le ministre multiplie les attaques contre la presse.") == []
    assert _events("Pyongyang a multiplié les attaques au vitriol contre les dirigeants de Séoul.") == []


def test_attacks_a_group_keeps_making_told_in_the_present_are_its_practice():
    assert (
        _events(
            "Pour asseoir leur emprise sur la région de Tulle, les groupes jihadistes rançonnent les villages tout en "
            "multipliant les enlèvements et les assassinats ciblés."
        )
        == []
    )
    assert _events("Les groupes jihadistes multiplient les attaques et les assassinats dans la région de Tulle.") == []
    # in the past with its year, or over a period told: a wave that happened
    (past,) = _events("Les jihadistes ont multiplié les attaques et les assassinats dans la région de Tulle en 2019.")
    assert (past.kind, past.date, past.location) == ("aggregate", "2019", "Tulle")
    (months,) = _events("Les jihadistes multiplient les attaques ces derniers mois dans la région de Tulle.")
    assert (months.kind, months.location) == ("aggregate", "Tulle")


def test_a_few_attacks_counted_then_told_one_by_one_are_no_wave_of_their_own():
    told = (
        "Trois personnes ont été tuées samedi lors d'une attaque au couteau dans un parc de Tulle. Le pays a subi deux "
        "attentats qualifiés de terroristes ces derniers mois. Fin novembre, un jihadiste a tué deux personnes à "
        "Brive. Le 2 février, trois passants ont été blessés au couteau à Ussel."
    )
    events = _events(told, "Trois morts dans une attaque au couteau à Tulle")
    assert sorted(e.kind for e in events) == ["incident", "incident", "incident"]
    # the count alone, with a toll of its own, or of more attacks than the article tells: a wave
    (alone,) = _events("Le pays a subi deux attentats qualifiés de terroristes ces derniers mois.")
    assert alone.kind == "aggregate"
    one = "Trois personnes ont été tuées samedi lors d'une attaque au couteau dans un parc de Tulle. "
    counted = _events(one + "Le pays a subi trois attentats qualifiés de terroristes ces derniers mois.")
    assert sorted(e.kind for e in counted) == ["aggregate", "incident"]


def test_a_year_before_attacks_counts_them_only_as_the_start_of_a_period():
    (since,) = _events(
        "Le centre du pays est en proie depuis 2015 aux attaques jihadistes qui ont fait des centaines de morts."
    )
    assert (since.kind, since.date) == ("aggregate", "2015/2021")
    # `de 2011 aux attentats de 2015`: from one year's events to another's, the attacks of 2015 are no wave
    text = (
        "Les hôtels ont souffert d'une série de crises, de la chute du régime en 2011 aux attentats jihadistes de 2015."
    )
    assert [e.kind for e in _events(text)] == ["incident"]


def test_a_series_on_one_day_or_in_one_month_or_a_plan_is_no_wave():
    (day,) = _events("La ville a été frappée dimanche par une série d'attentats qui ont fait 20 morts.")
    assert _row(day) == ("incident", "2021-04-04", None, 20, None)
    assert all(e.kind == "incident" for e in _events("En mai 2015, une série d'attentats avaient fait 9 morts à Lyon."))
    assert _events("Le pays pourrait connaître plusieurs attentats en 2022, selon les services.") == []


def test_a_few_attacks_counted_on_one_day_are_one_incident_and_counted_over_a_period_an_aggregate():
    (day,) = _events("Deux attaques ont tué 12 personnes samedi à Kandahar, selon la police.")
    assert _row(day) == ("incident", "2021-04-03", "Kandahar", 12, None)
    (digits,) = _events("Samedi, 3 attentats ont fait 40 blessés à Bagdad.")
    assert _row(digits) == ("incident", "2021-04-03", "Bagdad", None, 40)
    (year,) = _events("Trois attentats ont fait 9 morts en 2019 à Kandahar.")
    assert (year.kind, year.date) == ("aggregate", "2019")
    assert all(e.kind == "aggregate" for e in _events("Dix attentats ont fait 70 morts samedi dans le pays."))


def test_attacks_recalled_in_a_list_are_events_dated_by_the_year_written_before():
    events = _events(
        "La Belgique a été frappée en 2019 par une vague d'attentats. "
        "L'attaque de Liège avait été suivie par celles de Namur le 4 mai (six morts) et de Charleroi le 9 juin "
        "(12 blessés), toutes revendiquées par l'EI."
    )
    listed = {e.location: (e.date, e.killed, e.injured, e.claimed_by) for e in events if e.kind == "incident"}
    assert listed == {"Namur": ("2019-05-04", 6, None, "EI"), "Charleroi": ("2019-06-09", None, 12, "EI")}


def test_a_listed_place_without_day_or_toll_is_no_event():
    assert _events("Ces attaques rappellent celles de Namur et de Charleroi, selon le ministre.") == []


def test_a_day_in_the_pluperfect_takes_the_last_year_written_or_with_none_written_the_latest():
    (dated,) = _events(
        "En 2018, le pays avait connu un été sanglant. Le 3 juillet, un kamikaze s'était fait exploser à Mons, "
        "faisant huit morts."
    )
    assert (dated.date, dated.location, dated.killed) == ("2018-07-03", "Mons", 8)
    (latest,) = _events(
        "En 2018, le pays avait connu un été sanglant. Le 3 juillet dernier, un kamikaze s'était fait exploser à "
        "Mons, faisant huit morts."
    )
    assert latest.date == "2020-07-03"  # the latest 3 July before publication, not 2018's
    (month,) = _events(
        "En 2016, la ville avait élu son maire. En juin dernier, un kamikaze s'était fait exploser à Mons, faisant "
        "huit morts."
    )
    assert month.date == "2020-06"
    # no year written before it: the latest 3 July before publication (a guess another wording may correct)
    (latest,) = _events("Le 3 juillet, un kamikaze s'était fait exploser à Mons, faisant huit morts.")
    assert latest.date == "2020-07-03"
    (corrected,) = _events(
        "Le 3 juillet, un kamikaze s'était fait exploser à Mons, faisant huit morts. L'attentat de Mons du 3 juillet "
        "2016 avait été revendiqué par l'EI."
    )
    assert corrected.date == "2016-07-03"
    # a year written, but too long before: which July is unknown
    (unknown,) = _events(
        "En 2016, Tulle avait élu son maire. Il a lancé des travaux. Les écoles ont rouvert. Le marché a déménagé. "
        "La gare a fermé. Le 3 juillet, un kamikaze s'était fait exploser à Mons, faisant huit morts."
    )
    assert unknown.date is None


def test_attacks_named_only_as_a_vague_plural_tied_to_who_made_them_are_one_undated_aggregate():
    # who made them, right after the noun (forces, a group, `commis par`, `attribuées à`)
    (forces,) = _events("La milice a été durement affaiblie par des attaques des forces gouvernementales.")
    assert (forces.kind, forces.date, forces.killed) == ("aggregate", None, None)
    (group,) = _events("L'armée a lancé une vaste offensive dans le nord, en riposte à des attaques d'un groupe armé.")
    assert group.kind == "aggregate"
    (done,) = _events("La Jordanie a renforcé ses frontières après avoir subi plusieurs attentats commis par l'EI.")
    assert (done.kind, done.date) == ("aggregate", None)
    (ascribed,) = _events("L'été a été marqué par des frappes contre des dépôts attribuées à l'aviation israélienne.")
    assert ascribed.kind == "aggregate"
    # or a past verb that tells they were done: claimed, ordered from afar, suffered
    (claimed,) = _events("Les rebelles ont revendiqué ces derniers temps des attaques où des civils sont morts.")
    assert (claimed.kind, claimed.killed) == ("aggregate", None)
    (remote,) = _events("Le jihadiste est soupçonné d'avoir téléguidé des attaques en Belgique depuis la Syrie.")
    assert remote.kind == "aggregate"
    # killings of a kind of people, counted by a vague quantifier
    (kind,) = _events("Cette haine s'est traduite par d'innombrables meurtres de militants écologistes au Brésil.")
    assert (kind.kind, kind.killed) == ("aggregate", None)
    # a year told in another clause is not theirs
    text = "En 2018, le ministre s'était demandé si le pays, qui a subi des bombardements massifs, devait réarmer."
    (past,) = _events(text)
    assert (past.kind, past.date) == ("aggregate", None)


def test_a_vague_plural_that_is_a_practice_a_threat_words_or_attacks_named_elsewhere_is_no_aggregate():
    # a practice or a suffering told in the present
    assert _events("Les insurgés commettent des attentats contre les forces de sécurité.") == []
    assert _events("Ces villages subissent des attaques des groupes armés.") == []
    # attacks to come, planned or feared
    assert _events("Le groupe prépare de nouvelles attaques contre les forces de l'ordre.") == []
    assert _events("Il est soupçonné d'avoir planifié des attentats commis par une cellule de l'EI.") == []
    # kept away
    assert _events("La capitale a été épargnée par des attaques des groupes armés.") == []
    # words
    assert _events("Le président a été affaibli par des attaques de ses opposants contre son bilan.") == []
    # `des` that is `de les`: the attacks named already, by a date or in the text before
    assert _events("Les victimes des attentats sont originaires de douze pays.") == []
    assert _events("Les deux attaques ont été revendiquées par un groupe jihadiste.") == []
    # people counted as killed in them: an attack of its own, not a vague plural
    text = "Le conseil a été convoqué après la mort de 12 soldats dans des frappes aériennes attribuées au régime."
    assert [e.kind for e in _events(text)] != ["aggregate"]


def test_an_attack_told_as_the_latest_of_many_gives_the_earlier_ones_as_one_undated_aggregate():
    (earlier,) = _events("Il s'agit d'une énième fusillade dans une école du pays.")
    assert (earlier.kind, earlier.date, earlier.weapon) == ("aggregate", None, "arme à feu")
    text = "Cette attaque, dernière d'une longue liste visant des journalistes, a indigné la profession."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    text = "Sa mort est la dernière d'une longue série de décès de jeunes hommes tués par des gendarmes."
    assert [(e.kind, e.killed) for e in _events(text) if e.kind == "aggregate"] == [("aggregate", None)]
    # the latest of many acts, protests or presumed attacks: no attack that surely happened
    assert _events("Cette loi est la dernière d'une longue liste d'actes qui sapent les libertés.") == []
    assert _events("Ce rassemblement est le dernier d'une série de manifestations contre le régime.") == []
    assert _events("Cet incident est le dernier d'une série d'attaques présumées contre des gazoducs.") == []


def test_deaths_of_many_laid_on_an_armed_actor_are_one_aggregate_dated_by_a_year_in_their_clause():
    text = "Depuis 2012, le pays fait face à une guérilla jihadiste, responsable de la mort de dizaines de gendarmes."
    (group,) = _events(text)  # the period the sentence opens on is theirs
    assert (group.kind, group.date, group.killed) == ("aggregate", "2012/2021", None)
    text = "En 2011, le régime est tombé, puis une mouvance jihadiste, responsable de la mort de civils, a grandi."
    (undated,) = _events(text)  # the year of another clause is not theirs
    assert (undated.kind, undated.date) == ("aggregate", None)
    text = "Le rapport juge l'armée responsable de la mort ou de la mutilation de 150 enfants au Soudan en 2019."
    (army,) = _events(text)
    assert (army.kind, army.date, army.killed) == ("aggregate", "2019", None)
    # one death, no one who kills, a denial, a question or a court's finding
    assert _events("Le policier est responsable de la mort d'un adolescent, selon sa famille.") == []
    assert _events("La grippe est responsable de la mort de milliers de personnes chaque hiver.") == []
    assert _events("Le régime n'est pas responsable de la mort de ces civils, selon le ministre.") == []
    assert _events("Quel groupe est responsable de la mort des otages ?") == []
    assert _events("L'Etat a été reconnu civilement responsable de la mort de 300 réfugiés.") == []


def test_attacks_told_as_recurring_by_their_predicate_are_one_aggregate():
    # the predicate after the noun tells the repetition: multiplied, more and more frequent, common
    (more,) = _events("Ces derniers mois, les frappes de drones attribuées à la Turquie se sont multipliées en Irak.")
    assert (more.kind, more.date, more.location, more.weapon) == ("aggregate", None, "Irak", "drone")
    (frequent,) = _events("Le Niger fait face depuis trois ans à des attaques jihadistes de plus en plus meurtrières.")
    assert (frequent.kind, frequent.date) == ("aggregate", "2018-04/2021-04")
    (common,) = _events("Les policiers sont nerveux car les attaques sont assez courantes envers les soldats ici.")
    assert common.kind == "aggregate"
    (often,) = _events("C'est le genre de fusillades qui se produisent très souvent dans le pays, selon le shérif.")
    assert (often.kind, often.weapon) == ("aggregate", "arme à feu")
    # a target struck again and again, even inside a war: the side's strikes, not the war told as a whole
    (target,) = _events(
        "Le groupe combat dans la guerre au Yémen, où il est régulièrement la cible de frappes saoudiennes."
    )
    assert target.kind == "aggregate"
    # fears, forecasts, words, cyber-attacks and sharks: no attack told as recurring
    assert _events("Le gouvernement craint que les attaques se multiplient dans le nord.") == []
    assert _events("Les frappes aériennes vont se multiplier dans les prochains jours, selon l'armée.") == []
    assert _events("Les attaques contre le gouvernement se sont multipliées ces derniers mois.") == []
    assert _events("Les attaques informatiques se multiplient contre les hôpitaux.") == []
    assert _events("Les attaques de requins sont de plus en plus fréquentes en Australie.") == []
    assert _events("Les prix ont augmenté depuis les attaques.") == []


def test_a_group_that_committed_several_attacks_and_critics_poisoned_over_years_are_aggregates():
    (group,) = _events("Le suspect est proche du FLNC, un groupe qui a commis plusieurs attentats en Corse.")
    assert (group.kind, group.date) == ("aggregate", None)
    (poisoned,) = _events(
        "Plusieurs détracteurs du régime ont été empoisonnés ces dernières années, à Minsk ou ailleurs."
    )
    assert (poisoned.kind, poisoned.date, poisoned.weapon) == ("aggregate", None, "poison")
    text = "De nombreux journalistes critiques ont été victimes ces dernières années de tentatives d'empoisonnement."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    # a plan, words, poisonings denounced or told as hearsay, or by food: none
    assert _events("Le groupe prévoit de commettre plusieurs attentats.") == []
    assert _events("Le ministre a mené plusieurs attaques contre la presse.") == []
    assert _events("Plusieurs opposants ont dénoncé des empoisonnements ces dernières années.") == []
    assert _events("Plusieurs opposants auraient été empoisonnés, selon leurs proches.") == []
    assert _events("Plusieurs enfants ont été empoisonnés par des champignons ces dernières années.") == []


def test_a_target_an_armed_group_struck_again_and_again_is_one_aggregate():
    text = "Le marché se trouve à Kidal, une ville déjà plusieurs fois prise pour cible par les jihadistes."
    (passive,) = _events(text)
    assert (passive.kind, passive.date, passive.killed) == ("aggregate", None, None)
    text = "Le camp abrite des déplacés, à plusieurs reprises ciblés par la branche locale de l'Etat islamique."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    text = "Les shebab, liés à Al-Qaïda, ont à plusieurs reprises pris pour cible les hôtels de la capitale."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    # struck again by words, by weather, or once: none
    assert _events("La chaîne, souvent prise pour cible par le président pour sa couverture, a répondu.") == []
    assert _events("La région est souvent frappée par les inondations.") == []
    assert _events("La statue a déjà été prise pour cible dans le passé.") == []
    assert _events("Des entreprises de tous secteurs sont régulièrement ciblées par des pirates.") == []


def test_a_sides_offensives_or_raids_stepped_up_are_one_aggregate():
    text = "Les rebelles et leurs alliés ont multiplié les offensives contre les postes de l'armée, selon l'armée."
    (offensives,) = _events(text)
    assert (offensives.kind, offensives.date) == ("aggregate", None)
    text = "Les jihadistes ont intensifié leurs violences contre les soldats depuis le départ des Casques bleus."
    (violence,) = _events(text)
    assert violence.kind == "aggregate"
    # the first weapon word a means, the raids the later noun told as stepped up
    text = "Grâce aux drones turcs, les forces loyalistes ont intensifié les raids contre les rebelles."
    (raids,) = _events(text)
    assert (raids.kind, raids.weapon) == ("aggregate", "drone")
    # diplomatic offensives, words, one offensive: none
    assert _events("Pékin a multiplié les offensives diplomatiques en Afrique, selon ses militaires.") == []
    assert _events("Le président a multiplié les offensives contre la presse.") == []
    assert _events("L'armée a lancé une offensive dans le nord.") == []
    assert _events("Grâce aux drones, le ministre a multiplié les attaques contre l'opposition.") == []


def test_forces_that_step_up_offensives_or_lead_attacks_over_a_period_are_one_aggregate():
    # forces named as such arm the offensives (not only armed groups)
    (army,) = _events("L'armée et ses alliés ont multiplié les offensives dans le nord, tuant des dizaines d'hommes.")
    assert army.kind == "aggregate"
    text = "Depuis deux mois, les forces gouvernementales mènent des attaques terrestres dans ce secteur."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    # words over a period, or attacks led with no period: none
    assert _events("L'opposition mène des attaques contre le gouvernement depuis des mois.") == []
    assert _events("Les forces mènent des attaques dans le nord.") == []


def test_attacks_counted_since_a_month_alone_are_an_aggregate_dated_from_that_month():
    # `depuis mars`: the latest March before publication (2021-04-05) opens the period
    (rockets,) = _events("Depuis mars, 25 attaques à la roquette ont visé l'ambassade et ses gardes.")
    assert (rockets.kind, rockets.date) == ("aggregate", "2021-03/2021-04")
    (months,) = _events("Depuis novembre, 14 attentats ont frappé les marchés de la capitale.")
    assert (months.kind, months.date) == ("aggregate", "2020-11/2021-04")
    # a month opening a confinement or a mandate dates no attack; one attack told after it keeps its own day
    (bomb,) = _events("Le pays est confiné depuis mars. Une bombe a tué trois personnes lundi à Tulle.")
    assert (bomb.kind, bomb.date, bomb.killed) == ("incident", "2021-04-05", 3)
    assert _events("Depuis mars, le ministre multiplie les réunions sur la sécurité des marchés.") == []


def test_an_ordinal_of_a_series_over_a_period_is_one_aggregate_dated_by_it():
    # the ordinal with its noun, or with the noun left to the sentence, counted over a measured period
    (shootings,) = _events("C'est la 31e fusillade mortelle depuis le début de l'année dans l'Etat de Tulle.")
    assert (shootings.kind, shootings.date) == ("aggregate", "2021-01/2021-04")
    (days,) = _events("C'est la quatrième en 60 jours que la ville est frappée par le terrorisme.")
    assert (days.kind, days.date) == ("aggregate", "2021-02/2021-04")
    (weeks,) = _events("Il s'agit du cinquième cas de fusillade impliquant un agent depuis trois semaines.")
    assert (weeks.kind, weeks.date) == ("aggregate", "2021-03/2021-04")
    # the attack named before a noun-less ordinal keeps its place: the series is placed by its own words
    (series,) = [e for e in _events("La tuerie de Tulle est la 120e depuis janvier.") if e.kind == "aggregate"]
    assert (series.date, series.location) == ("2021-01/2021-04", None)
    # an ordinal of no violence, the first of a series, or a second shooting of the day: no series over a period
    assert _events("C'est la troisième depuis 2015 que le club remporte le titre national.") == []
    assert _events("C'est la première fusillade depuis janvier dans le quartier, selon la police.") == []
    assert _events("C'est la deuxième fusillade de la journée à Tulle.") == []
    # an anniversary's ordinal dates the attack it names: no series
    (named,) = _events("Le sommet s'ouvre au lendemain du 19e anniversaire des attentats du 11 septembre 2001.")
    assert (named.kind, named.date) == ("incident", "2001-09-11")
    (year,) = _events("C'est le 12e cas de fusillade impliquant un policier depuis le début de cette année.")
    assert (year.kind, year.date) == ("aggregate", "2021-01/2021-04")


def test_offensives_stepped_up_with_no_target_nor_toll_are_offensives_told_as_a_whole():
    # `dans le nord` says where, not whom they strike nor what they cost: no event (the gold set's offensive rule)
    assert _events("L'armée et ses alliés ont multiplié les offensives dans le nord, selon le ministre.") == []
    assert _events("Les rebelles ont intensifié leurs offensives dans cette immense région semi-désertique.") == []
    # whom they strike, or their toll, makes them attacks
    text = "Les rebelles ont intensifié leurs offensives contre les forces gouvernementales dans cette région."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    text = "L'armée a multiplié les offensives dans la région, revendiquant la neutralisation de dizaines d'hommes."
    assert [e.kind for e in _events(text)] == ["aggregate"]


def test_attacks_a_group_is_held_responsible_for_or_claimed_in_the_past_are_one_aggregate():
    for text in (
        "La mort du chef du groupe jihadiste responsable de multiples attentats sanglants a été annoncée.",
        "L'organisation responsable d'exactions et d'attentats meurtriers en Europe a perdu son chef.",
        "Le groupe avait revendiqué par le passé plusieurs attaques contre des casernes.",
    ):
        (event,) = _events(text)
        assert event.kind == "aggregate", text
    # anyone said to be responsible for attacks, or the ones told (`des attentats`), are no such aggregate
    assert _events("Certains des détenus sont responsables d'attaques, selon la police.") == []
    assert _events("Le groupe responsable des attentats a été démantelé.") == []


def test_fire_in_the_plural_over_the_year_a_month_or_recent_days_is_one_aggregate():
    # the article's year (published 2021), a month with the volleys counted, recent days with no length (undated)
    (year,) = _events("Des obus ont été tirés au cours de l'année depuis la frontière pour faire pression sur Kaboul.")
    assert (year.kind, year.date, year.weapon) == ("aggregate", "2021", "obus")
    (month,) = _events("La milice a mené en février plusieurs tirs de roquettes vers les localités voisines.")
    assert (month.kind, month.date, month.weapon) == ("aggregate", "2021-02", "roquette")
    (days,) = _events("Aux incendies se sont ajoutés ces derniers jours des tirs de roquettes.")
    assert (days.kind, days.date, days.weapon) == ("aggregate", None, "roquette")


def test_fire_feared_denied_or_one_volley_in_a_month_is_no_aggregate_of_fire():
    assert _events("Des roquettes pourraient être tirées au cours de l'année, selon l'armée.") == []
    assert _events("Aucune roquette n'a été tirée cette année vers le pays.") == []
    (one,) = _events("Une roquette a été tirée en février vers le nord du pays.")
    assert one.kind == "incident"


def test_massacres_or_killings_counted_since_a_date_are_one_aggregate():
    (massacres,) = _events("Selon un observatoire, 42 massacres ont été commis depuis le début de l'année.")
    assert (massacres.kind, massacres.date, massacres.attacks) == ("aggregate", "2021-01/2021-04", 42)
    (killings,) = _events("La région a connu trois tueries depuis janvier.")
    assert (killings.kind, killings.attacks) == ("aggregate", 3)
    # the worst since a year: no count of massacres
    assert _events("Ce massacre est le pire depuis 1995, selon l'ONU.") == []


def test_a_crowd_put_down_by_force_with_its_dead_told_is_one_aggregate():
    (put_down,) = _events(
        "Les rassemblements de l'opposition ont été violemment réprimés par la police, faisant quatre morts et des "
        "dizaines de blessés."
    )
    assert (put_down.kind, put_down.killed) == ("aggregate", 4)
    (crushed,) = _events("Les premières nuits de manifestations avaient été matées par l'armée, faisant cinq morts.")
    assert (crushed.kind, crushed.killed) == ("aggregate", 5)
    # put down with no one killed or hurt told, or a rumour put down by law: no event
    assert _events("Les manifestations de l'opposition avaient été sévèrement réprimées par la police.") == []
    assert _events("La diffusion de fausses nouvelles est réprimée par la loi, qui prévoit trois morts civiles.") == []


def test_people_counted_as_killed_over_a_stated_period_are_one_aggregate_dated_by_it():
    (year,) = _events("Selon l'association, 312 journalistes ont été tués au Mexique en 2019, contre 280 en 2018.")
    assert (year.kind, year.date, year.country, year.killed) == ("aggregate", "2019", "Mexique", 312)
    (span,) = _events("Au moins 41 syndicalistes ont été tués entre 2016 et 2019 dans la région de Tulle.")
    assert (span.kind, span.date, span.killed) == ("aggregate", "2016/2019", 41)
    # a month (one attack, maybe), a war's or the roads' dead: not a toll of attacks over a period
    assert _events("Plus de 900 civils ont été tués en 2019 dans la guerre au Yémen.") == []
    assert _events("Plus de 3.000 personnes ont été tuées sur les routes en 2019.") == []


def test_an_armed_actor_counted_as_killing_people_over_a_period_is_one_aggregate():
    (year,) = _events("Selon le rapport, l'armée a tué 214 civils en 2019 dans la province de Tulle.")
    assert (year.kind, year.date, year.killed) == ("aggregate", "2019", 214)
    # a pronoun may stand for a flood or an epidemic: no killer named
    assert _events("Selon les autorités, elles ont tué 172 personnes en 2019.") == []


def test_victims_counted_before_a_murder_participle_over_a_period_are_one_aggregate():
    (since,) = _events("Au moins 30 syndicalistes ont été assassinés depuis janvier dans la région de Tulle.")
    assert (since.kind, since.date, since.killed) == ("aggregate", "2021-01/2021-04", 30)
    # fighters among the dead: a conflict's toll, no event
    assert _events("Au moins 90 rebelles et 30 civils ont été tués depuis janvier dans la région de Tulle.") == []


def test_plural_attacks_told_with_their_toll_in_one_month_are_one_attack_in_a_year_an_aggregate():
    told = {
        # one month: a coordinated attack, one incident with its toll
        "En mars 2012, une série d'attentats avaient fait 41 morts et 300 blessés dans le métro de Lyon.": (
            "incident", "2012-03", "Lyon", 41, 300,
        ),
        "Le vote a suivi des attentats qui avaient fait 12 morts à Tulle en mai 2018.": (
            "incident", "2018-05", "Tulle", 12, None,
        ),
        # a year or a span of months: an aggregate dated by it
        "Le vote a suivi des attentats islamistes qui avaient fait 212 morts pendant Noël en 2018.": (
            "aggregate", "2018", None, 212, None,
        ),
        "Entre octobre 2018 et février 2019, 90 gendarmes ont été tués dans une série d'attaques.": (
            "aggregate", "2018-10/2019-02", None, 90, None,
        ),
    }  # fmt: skip
    for text, row in told.items():
        assert [_row(event) for event in _events(text)] == [row]
    # many counted, hedged, a war's: none
    for text in (
        "Douze attentats ont fait 70 morts en mai 2018 dans le pays.",
        "Des attentats auraient fait 30 morts en mai 2018.",
        "La guerre et des attentats ont fait 30 morts en 2018.",
        # feared, or a toll in the conditional
        "Les experts redoutent des attentats qui feraient 30 morts en mai 2018.",
        "Selon les experts, des attentats feraient 30 morts en mai 2018.",
    ):
        assert _events(text) == []


def test_a_pluperfect_claim_right_after_old_attacks_told_with_their_toll_is_not_the_attack_reported():
    text = (
        "Un attentat a fait 22 morts lundi à Tulle. L'attentat a eu lieu deux mois après celui de Brive qui avait "
        "fait 5 morts. En 2009, des attentats avaient fait 56 morts dans le métro de Lyon. Un groupe avait revendiqué "
        "les attaques."
    )
    assert [event.claimed_by for event in _events(text)] == [None, None, None]


def test_a_wave_of_attacks_named_in_passing_is_one_undated_aggregate():
    (after,) = _events("La loi a été durcie après la vague d'attentats sur le sol français.")
    assert (after.kind, after.date, after.killed) == ("aggregate", None, None)
    (began,) = [e for e in _events("Ces tueries avaient marqué le début d'une longue série d'attentats en Europe.")]
    assert (began.kind, began.date) == ("aggregate", None)
    # a wave feared, foretold or foiled is none; a series with its own toll may be one coordinated attack
    assert _events("Le ministre redoute une vague d'attentats cet hiver.") == []
    assert _events("La police a déjoué une vague d'attentats.") == []
    assert [e.kind for e in _events("Une série d'attentats a frappé la ville, faisant 40 morts.")] != ["aggregate"]
    # the wave that the article tells elsewhere with its period and toll is that one record, not a second
    text = (
        "La loi a été durcie après la vague d'attentats sur le sol français. "
        "Depuis 2015, la vague d'attentats en France a fait 250 morts."
    )
    assert [(e.kind, e.killed) for e in _events(text)] == [("aggregate", 250)]


def test_femicides_counted_since_a_date_are_one_aggregate_of_the_country():
    (since,) = _events("Selon un collectif, 63 féminicides ont été recensés depuis janvier en France.")
    assert (since.kind, since.date, since.location, since.killed) == ("aggregate", "2021-01/2021-04", None, 63)
    # the count's latest, told by its ordinal, with the town of a group that keeps it: no town of the count's
    text = "Les militantes lyonnaises rappellent qu'il s'agit du 30e féminicide présumé depuis le début de l'année."
    (ordinal,) = _events(text)
    assert (ordinal.kind, ordinal.date, ordinal.location) == ("aggregate", "2021-01/2021-04", None)
    assert _events("Le gouvernement veut lutter contre les féminicides.") == []


def test_a_count_of_foiled_attacks_is_no_aggregate():
    for text in (
        "C'est le cinquième attentat déjoué par la police depuis le début de l'année en France.",
        'Le ministre a rappelé que "18 attentats" avaient été déjoués depuis deux ans.',
        "La France a échappé à 9 attentats, déjoués, depuis le début de l'année 2020.",
        "Les services de renseignement ont déjoué 12 attentats depuis janvier 2016.",
    ):
        assert _events(text) == [], text


def test_a_count_of_attacks_carried_out_beside_foiled_ones_stays_an_aggregate():
    text = "C'est la cinquième attaque au couteau depuis janvier en France, où deux autres ont été déjouées."
    assert [(e.kind, e.date) for e in _events(text)] == [("aggregate", "2021-01/2021-04")]
