"""Killings told by their victim or their killer rather than by an attack noun: a death after an arrest, a victim
killed by the police beside what the rest of the sentence tells, a scene retold in the present, a killer's figure."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_death_after_an_arrest_is_dated_and_placed_by_the_arrest():
    (event,) = _events(
        "Cet homme de 41 ans est mort asphyxié par des policiers après son interpellation le 23 mars à Tulle."
    )
    assert _row(event) == ("2021-03-23", "Tulle", "asphyxie", 1, None)  # no weapon: the asphyxia told
    (decede,) = _events("Paul Durand est décédé après son arrestation par des gendarmes le 2 février à Brive.")
    assert (decede.date, decede.location, decede.killed) == ("2021-02-02", "Brive", 1)
    # an arrest with no death told is no event, and another event after `après` keeps its own day
    assert _events("Paul Durand a été libéré le 23 mars à Tulle, trois jours après son arrestation.") == []
    (shot,) = _events("L'évadé a été abattu le 5 mars à Tulle, deux semaines après son arrestation le 20 février.")
    assert (shot.date, shot.location) == ("2021-03-05", "Tulle")


def test_someone_who_fatally_wounded_someone_killed_him():
    (event,) = _events(
        "Le préfet a démissionné samedi après qu'un gendarme a mortellement blessé un automobiliste à Tulle."
    )
    assert (event.location, event.killed) == ("Tulle", 1)
    (stabbed,) = _events("Vendredi à Brive, un inconnu a mortellement poignardé un passant devant la gare.")
    assert (stabbed.date, stabbed.location, stabbed.killed) == ("2021-04-02", "Brive", 1)
    # who was fatally wounded is the victim, not a killer (`il avait été mortellement blessé` tells no one's deed)
    assert _events("Le cycliste a mortellement blessé son rival au classement, ironise le journal.") == []


def test_a_victim_killed_by_the_police_is_one_killing_whatever_period_the_rest_of_the_sentence_tells():
    (event,) = _events(
        "Dans le quartier de Tulle où vivait Julie Martin, tuée par des policiers jamais poursuivis, les habitants "
        "dénoncent depuis des années les abus des forces de l'ordre."
    )
    assert (event.location, event.killed) == ("Tulle", 1)
    # the period in the killing's own clause, or people killed over the years: no one killing (the police's killings
    # told as many are one aggregate, the gold set's dev5, dev16, dev35)
    many = _events("Depuis des années, des dizaines de jeunes ont été tués par des policiers à Tulle.")
    assert [(e.kind, e.killed) for e in many] == [("aggregate", None)]
    assert _events("Julie Martin, comme d'autres tués par des policiers depuis des années à Tulle, a un nom.") == []


def test_a_killing_retold_in_the_present_is_dated_by_the_day_that_opens_the_sentence():
    (event,) = _events(
        "Dans la nuit du 2 juin 2019, Paul Durand, un élu de 65 ans du conseil municipal, fume une cigarette sur la "
        "terrasse de sa maison à Tulle lorsqu'il est tué d'une balle dans la tête tirée à bout portant."
    )
    assert (event.date, event.location, event.killed) == ("2019-06-02", "Tulle", 1)
    (opening,) = _events(
        "Le 3 mai 2018, la journaliste, qui rentrait chez elle à pied après une longue réunion de rédaction, est "
        "assassinée devant sa porte à Brive."
    )
    assert (opening.date, opening.killed) == ("2018-05-03", 1)
    # a day that dates something else than the scene (a report), or a past tense, opens no retold killing
    assert (
        _events(
            "Selon le rapport publié le 3 juin 2019, le maire, qui rentrait chez lui à pied après une longue réunion "
            "au conseil, est assassiné."
        )
        == []
    )
    assert _events("Le 3 juin 2019, le maire, qui rentrait chez lui à pied après une réunion, est très abattu.") == []


def test_a_killer_who_murdered_a_number_of_people_reports_that_killing_with_its_toll():
    (event,) = _events(
        "Le tireur, qui avait assassiné 12 fidèles en 2019 à Tulle, est resté impassible lundi devant la cour."
    )
    assert (event.date, event.location, event.killed) == ("2019", "Tulle", 12)
    (plain,) = _events("Un homme armé a assassiné trois passants le 3 mars à Brive.")
    assert (plain.date, plain.location, plain.killed) == ("2021-03-03", "Brive", 3)
    # charged with it: the killing happened (the gold set's rule); a threat: no killing told
    (charged,) = _events("Il est accusé d'avoir assassiné deux hommes à Tulle.")
    assert (charged.location, charged.killed) == ("Tulle", 2)
    assert _events("Il menace d'assassiner trois élus à Tulle.") == []


def test_a_killing_told_through_its_charge_or_its_confession_happened():
    (shot,) = _events(
        "Il est accusé par le parquet d'avoir répandu sur l'élu \"sa haine\" et de l'avoir abattu chez lui, à Tulle, "
        "d'une balle dans la tête le 1er juin 2019."
    )
    assert (shot.date, shot.location, shot.killed) == ("2019-06-01", "Tulle", 1)
    (confessed,) = _events("Un militant néo-nazi avoue le meurtre d'un élu régional lors de son procès à Tulle")
    assert (confessed.location, confessed.killed) == ("Tulle", 1)
    (admitted,) = _events("Le professeur a reconnu avoir tué et démembré une de ses étudiantes à Brive.")
    assert (admitted.location, admitted.killed) == ("Brive", 1)
    # the trial's day before the charge is not the killing's
    (sentenced,) = _events("Le tueur a été condamné en avril à la prison à vie pour avoir tué sa femme à Tulle.")
    assert (sentenced.date, sentenced.location) == (None, "Tulle")
    # the killing told, then its author convicted of it: one record
    (one,) = _events(
        "Un tireur a tué 51 fidèles le 15 mars 2019 dans deux mosquées de Tulle. Le tueur des mosquées de Tulle a été "
        "condamné jeudi à la prison à perpétuité pour avoir assassiné 51 fidèles en 2019 en France."
    )
    assert (one.date, one.location, one.killed) == ("2019-03-15", "Tulle", 51)


def test_a_claim_an_attempt_a_denial_or_a_history_is_no_charged_killing():
    assert _events("Il a accusé sans preuve un ancien élu d'avoir assassiné une assistante à Tulle en 2011.") == []
    assert _events("Il est accusé d'avoir voulu tuer sa femme à Tulle.") == []
    assert _events("Il est accusé de tentative de meurtre sur un policier à Tulle.") == []
    assert _events("Le roi, accusé par des militants d'avoir tué des millions de Congolais, reste honoré.") == []
    assert _events("Il nie le meurtre de son épouse à Tulle.") == []
    assert _events("Il pourrait avouer le meurtre de son épouse à Tulle.") == []


def test_a_person_shot_by_the_police_after_a_police_killing_is_another_incident():
    events = _events(
        "La marche rappelle Paul Durand, un homme asphyxié par un policier le 25 mai à Brive. "
        "La mobilisation a été relancée dimanche dans la ville de Tulle par l'affaire Marc Petit. "
        "Ce père de famille de 29 ans a été touché de plusieurs balles dans le dos tirées par un policier blanc."
    )
    assert sorted((e.date, e.location, e.killed, e.injured) for e in events) == [
        ("2020-05-25", "Brive", 1, None),
        ("2021-04-04", "Tulle", None, 1),  # the one shot, placed and dated by the sentence before
    ]
    # the one killed told again (`mortellement blessé`) is no second incident
    (retold,) = _events(
        "Paul Durand a été tué par un policier blanc vendredi à Tulle. "
        "Le restaurant près duquel il avait été mortellement blessé par balle par un policier a été incendié samedi."
    )
    assert (retold.location, retold.killed) == ("Tulle", 1)


def test_shots_aimed_at_a_person_or_a_building_report_an_attack():
    (target,) = _events("Un homme a été la cible de tirs d'un policier le 23 mars à Tulle.")
    assert (target.date, target.location, target.weapon) == ("2021-03-23", "Tulle", "arme à feu")
    (building,) = _events("L'ambassade de France à Tulle a été visée par des tirs vendredi.")
    assert (building.date, building.weapon) == ("2021-04-02", "arme à feu")
    (riddled,) = _events("Paul Durand a été criblé de balles le 2 mars devant chez lui à Tulle.")
    assert (riddled.date, riddled.location, riddled.weapon) == ("2021-03-02", "Tulle", "arme à feu")
    # a target of words, a car riddled with bullets: no one shot
    assert _events("Le ministre a été la cible de critiques le 23 mars à Tulle.") == []
    assert _events("Une voiture a été criblée de balles mardi à Tulle.") == []


def test_a_killing_dated_by_its_year_and_the_attacks_named_by_their_day_in_it_are_one_record():
    text = (
        "Le tireur, qui avait assassiné 12 fidèles en 2019 à Tulle, est resté impassible lundi devant la cour. "
        "C'était la première fois qu'il se trouvait face aux familles depuis les attaques du 15 mars {year}."
    )
    (event,) = _events(text.format(year=2019))
    assert (event.date, event.location, event.killed) == ("2019-03-15", "Tulle", 12)
    # attacks of another year are other attacks
    assert sorted(e.date for e in _events(text.format(year=2017))) == ["2017-03-15", "2019"]


def test_a_habit_told_after_one_killing_is_about_what_followed_it():
    (event,) = _events(
        "Filmé par des passants, l'homicide de Paul Durand, asphyxié sous le genou d'un policier le 3 mars à Tulle, a "
        "provoqué des manifestations qui ont parfois dégénéré en émeutes."
    )
    assert (event.date, event.location, event.killed) == ("2021-03-03", "Tulle", 1)
    # a habit told first, or in the killing's own clause, is no one killing
    assert _events("Chaque année, un homme est tué par la police à Tulle, selon une association.") == []
    assert _events("Selon une association, la police tue souvent un homme noir à Tulle.") == []


def test_a_killing_told_with_the_bullet_is_a_shooting():
    (event,) = _events("Le 2 juin 2019, le maire est tué d'une balle dans la tête devant sa maison à Tulle.")
    assert (event.date, event.location, event.weapon, event.killed) == ("2019-06-02", "Tulle", "arme à feu", 1)
    (back,) = _events("Paul Durand est mort de deux balles dans le dos le 12 mars à Brive, selon l'autopsie.")
    assert (back.location, back.weapon, back.killed) == ("Brive", "arme à feu", 1)
    # a ball in sport is no bullet
    assert _events("Le joueur a frappé d'une balle de match le 2 juin à Tulle.") == []


def test_a_death_under_the_bullets_of_the_police_is_a_killing_by_them():
    (event,) = _events(
        "Des associations réclament une enquête sur la mort d'une jeune femme, tombée jeudi sous les balles d'un "
        "policier à Tulle."
    )
    assert (event.date, event.location, event.killed) == ("2021-04-01", "Tulle", 1)
    (died,) = _events("Un jeune homme est mort mardi sous les tirs des soldats à Brive.")
    assert (died.date, died.location, died.killed) == ("2021-03-30", "Brive", 1)
    # a project or a player fallen under blows or fire of words: no one killed
    assert _events("Le projet de loi est tombé mardi sous les coups de la majorité à Tulle.") == []
    assert _events("Le ministre est tombé jeudi sous le feu des critiques des agents à Tulle.") == []


def test_one_person_shot_told_by_a_participle_is_a_killing_even_in_riots():
    (event,) = _events(
        "La police a libéré deux suspects dans l'enquête sur la mort de la journaliste Julie Martin, tuée par balle "
        "lors d'émeutes jeudi soir à Tulle."
    )
    assert (event.date, event.location, event.killed) == ("2021-04-01", "Tulle", 1)
    # shots in riots that name no one hit stay no attack
    assert _events("Des tirs ont été entendus lors d'émeutes jeudi soir à Tulle, où la police a chargé la foule.") == []


def test_people_killed_by_an_armed_group_in_a_month_or_a_year_are_an_attack():
    (event,) = _events("En mars 2018, douze fidèles avaient été tués par des jihadistes dans une mosquée de Tulle.")
    assert (event.date, event.location, event.killed) == ("2018-03", "Tulle", 12)
    # no armed group named, or deaths in a war, stay no attack without their day
    assert _events("En mars 2018, douze fidèles avaient été tués dans une mosquée de Tulle.") == []
    assert _events("En 2018, des centaines de soldats avaient été tués par des rebelles pendant la guerre.") == []


def test_a_murder_named_then_told_by_a_participle_after_the_name_is_dated_by_the_participle():
    # the arrest's day is nearer the noun; the participle set off after the victim's name tells when the killing was
    text = "Deux voisins ont été arrêtés jeudi pour le meurtre de Paul Roux, 25 ans, tué le 23 février à Tulle."
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2021-02-23", "Tulle", 1)
    # an aside with no killing in it gives no day of its own: the murder is not dated by the 23rd
    text = "Deux voisins ont été placés en détention jeudi soir pour le meurtre de Paul Roux, 25 ans, né le 23 février."
    assert all(event.date != "2021-02-23" for event in _events(text))


def test_a_killer_s_second_victim_listed_after_puis_with_its_own_date_is_a_killing_of_its_own():
    text = (
        "Il a rappelé que les commandos avaient, sous son mandat, tué le chef rebelle Paul Roux en mars 2019, puis le "
        "général Ali Marc en janvier 2020."
    )
    first, then = _events(text)
    assert (first.date, first.killed) == ("2019-03", 1)
    assert (then.date, then.killed) == ("2020-01", 1)
    # a quoted nickname before the victim
    (event,) = _events("Il a rappelé que l'armée a tué « le boucher » Paul Roux le 3 mars à Tulle.")
    assert (event.date, event.location, event.killed) == ("2021-03-03", "Tulle", 1)
    # what follows `puis` is no victim when a verb of its own tells it; a virus kills nobody
    assert (
        len(_events("L'armée a tué un chef rebelle en octobre 2019, puis la paix en janvier 2020 a tout changé.")) == 1
    )
    text = "L'armée a tué un chef rebelle en octobre 2019, puis le président a été élu en janvier 2020."
    assert len(_events(text)) == 1
    assert _events("Il a rappelé que le virus avait, selon lui, tué le chef rebelle Paul Roux en mars 2019.") == []


def test_a_killing_retold_in_the_imperfect_or_the_past_historic_dated_to_the_day():
    (event,) = _events("Le 2 mai 1950, deux hommes étaient lynchés à Tulle par une foule en colère.")
    assert (event.date, event.location, event.killed) == ("1950-05-02", "Tulle", 2)
    (event,) = _events("Le 3 mars 1961, le syndicaliste Paul Roux fut assassiné devant sa maison à Brive.")
    assert (event.date, event.location, event.killed) == ("1961-03-03", "Brive", 1)
    # dejected, in a road accident, in a battle: no attack
    assert _events("Le 2 mai 1950, le maire était très abattu.") == []
    assert _events("Le 2 mai 1950, deux hommes étaient tués dans un accident de la route à Tulle.") == []
    assert _events("Il fut tué en 1864 lors de la bataille de Tulle.") == []


def test_a_person_who_kills_a_person_is_a_killing_whoever_the_killer_is():
    # the killer named by what he is (a nationality, a standing, an age), the victim by a tie to him or what she was
    (event,) = _events("Un Américain de 39 ans a tué sa femme mardi à bord d'un navire de croisière à Juneau.")
    assert (event.date, event.location, event.killed) == ("2021-03-30", "Juneau", 1)
    (retired,) = _events("Un retraité a tué sa voisine dimanche à Tulle, a annoncé le parquet.")
    assert (retired.date, retired.location, retired.killed) == ("2021-04-04", "Tulle", 1)
    (pronoun,) = _events("Paul Durand, 45 ans, a été interpellé lundi à Brive. Il a tué sa compagne dimanche à Tulle.")
    assert (pronoun.date, pronoun.location, pronoun.killed) == ("2021-04-04", "Tulle", 1)
    # what is no person kills no one in an attack, and a pronoun with nobody named before it stays unread
    assert _events("Le cancer a tué sa femme dimanche à Tulle.") == []
    assert _events("Il a tué sa compagne dimanche à Tulle.") == []


def test_another_case_of_crime_news_is_another_killing_than_the_one_told_before():
    first, other = _events(
        "Le procès de Paul Durand, accusé d'avoir tué sa compagne, s'est ouvert mardi à Tulle. Un autre dossier "
        "retentissant de violence domestique concerne trois soeurs ayant tué leur père dans son sommeil."
    )
    assert (first.killed, other.killed) == (1, 1)
    assert first.evidence["event"] != other.evidence["event"]


def test_a_murder_named_by_the_charge_the_trial_or_the_confession_of_its_author_happened():
    # held, charged, tried or convicted for it, a few words between: one killing, dated by its own clause only
    (charged,) = _events(
        "Un sergent a été inculpé mardi du meurtre d'un policier à Tulle durant une manifestation le 2 mars."
    )
    assert (charged.date, charged.location, charged.killed) == ("2021-03-02", "Tulle", 1)
    (convicted,) = _events(
        "Un soldat, condamné en 2014 à dix ans de prison pour le meurtre d'une jeune femme à Tulle, a été libéré "
        "dimanche."
    )
    assert (convicted.date, convicted.location, convicted.killed) == (None, "Tulle", 1)
    (held,) = _events("Le suspect a été arrêté mardi pour le meurtre d'un commerçant à Brive.")
    assert (held.date, held.location, held.killed) == (None, "Brive", 1)
    (confessed,) = _events("Paul Durand a avoué lundi le meurtre d'une jeune femme à Tulle.")
    assert (confessed.date, confessed.killed) == (None, 1)
    # the murder told again by the verdict, its victim by name, is the same one (a nationality is no name)
    (again,) = _events(
        "Un Marine, condamné en 2014 à dix ans de réclusion pour le meurtre d'une jeune Philippine, a été expulsé "
        "dimanche. Il avait été reconnu coupable en octobre 2014 du meurtre de Julie Laude, rencontrée dans un bar de "
        "Tulle."
    )
    assert (again.date, again.location, again.killed) == (None, "Tulle", 1)
    # someone accusing another is a claim; an attempt or a call to murder kills no one; a charge without its article
    # names the one charged, not a victim
    assert _events("Le maire a accusé mardi son rival du meurtre d'un commerçant à Tulle.") == []
    assert _events("Paul Durand a été inculpé mardi de tentative de meurtre d'un policier à Tulle.") == []
    assert _events("Des manifestants protestent contre l'arrestation pour meurtre du gouverneur de Tulle.") == []


def test_a_strangling_is_a_killing_and_one_found_dead_in_an_attack_is_its_toll():
    (passive,) = _events("Une femme de 34 ans a été étranglée dimanche à Tulle.")
    assert (passive.date, passive.location, passive.killed) == ("2021-04-04", "Tulle", 1)
    (active,) = _events("Un homme a étranglé sa compagne dimanche à Tulle.")
    assert (active.date, active.location, active.killed) == ("2021-04-04", "Tulle", 1)
    (charged,) = _events("Il est soupçonné d'avoir étranglé sa compagne dimanche à Tulle.")
    assert (charged.date, charged.killed) == ("2021-04-04", 1)
    (found,) = _events("Une femme de 32 ans a été retrouvée morte mardi à Tulle, poignardée à plusieurs reprises.")
    # (undated: Tuesday is the day she was found, not the day she was killed, README dev29)
    assert (found.date, found.location, found.weapon, found.killed) == (None, "Tulle", "arme blanche", 1)
    # an attempt kills no one, and one found dead with no attack told is no event
    assert _events("Il a tenté d'étrangler sa compagne dimanche à Tulle.") == []
    assert _events("Julie Martin a été retrouvée morte dimanche à Tulle.") == []


def test_an_assault_on_a_person_told_in_the_passive_with_its_own_day_or_month_happened():
    (assault,) = _events("Une étudiante a été agressée samedi soir dans un parc de Tulle.")
    assert (assault.date, assault.location, assault.killed, assault.injured) == ("2021-04-03", "Tulle", None, None)
    (rape,) = _events("Une adolescente de 18 ans a été violée fin mars par cinq hommes à Brive.")
    assert (rape.date, rape.location) == ("2021-03", "Brive")
    # undated, hedged, alleged or habitual: a charge's, a complaint's or a habit's name
    assert _events("Une étudiante a été agressée dans un parc de Tulle.") == []
    assert _events("Selon la plaignante, elle aurait été violée samedi à Tulle.") == []
    assert _events("Chaque samedi, des étudiantes ont été agressées dans ce parc de Tulle.") == []


def test_a_homicide_named_with_its_victim_is_a_murder():
    (event,) = _events(
        "Le pays connaît des manifestations après l'homicide le 25 mai de Paul Durand, un homme non armé, par un "
        "policier à Tulle."
    )
    assert (event.date, event.killed) == ("2020-05-25", 1)
    (named,) = _events("Les manifestations ont commencé après l'homicide de Paul Durand, un homme non armé.")
    assert named.killed == 1
    # a rate, a manslaughter's charge: no killing told
    assert _events("Le taux d'homicide de la ville de Tulle a baissé en 2020.") == []
    assert _events("Le policier a été inculpé d'homicide involontaire mardi à Tulle.") == []


def test_a_killing_named_by_its_victim_is_placed_in_the_town_named_right_after_the_victim():
    text = "Les deux services coopèrent mieux depuis le meurtre par deux islamistes du soldat Jean Dupuis, à Tulle."
    assert [(e.location, e.country, e.killed) for e in _events(text)] == [("Tulle", "France", 1)]
    text = (
        "La colère a grandi après l'assassinat en janvier par l'armée du général Paul Martin et de son adjoint à Brive."
    )
    assert [(e.date, e.location, e.killed) for e in _events(text)] == [("2021-01", "Brive", 2)]
    # a country after the victim is no town; a clause after a comma that is not a place stays apart
    assert [e.location for e in _events("Le meurtre de Jean Dupuis en France a choqué le pays.")] == [None]


def test_an_army_unit_that_killed_villagers_is_their_killer():
    told = {
        "Le 10 juin 1944, la division SS Totenkopf a tué 240 villageois à Tulle.": ("1944-06-10", "Tulle", 240),
        "En mars 1943, une brigade de l'armée d'occupation a tué douze paysans à Brive.": ("1943-03", "Brive", 12),
        # a league's division, a ministry's, is no army unit
        "La première division a tué le suspense dès la troisième journée à Tulle.": None,
    }
    for text, want in told.items():
        got = [(e.date, e.location, e.killed) for e in _events(text)]
        assert got == ([want] if want else []), text


def test_a_victim_s_participle_dated_by_any_weekday_tells_the_killing():
    # `tuée dimanche` as `tuée samedi`: every weekday dates the participle after its victim
    for day, iso in (("samedi", "2021-04-03"), ("dimanche", "2021-04-04")):
        text = f"La mère de l'étudiante tuée {day} à Tulle a lancé un appel contre la violence."
        (event,) = _events(text)
        assert (event.date, event.location, event.killed) == (iso, "Tulle", 1), day
