"""Attacks a careful reader finds without a weapon word, told headline-first, with tolls in other phrasings."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_killing_verbs_report_an_attack_without_a_weapon_word():
    (shot,) = _events("Un pêcheur a été abattu samedi par des soldats près de Tulle.")
    assert _row(shot) == ("2021-04-03", "Tulle", "arme à feu", 1, None)
    (murdered,) = _events("Un maire et son adjoint ont été assassinés dimanche à Brive.")
    assert (murdered.date, murdered.location, murdered.weapon) == ("2021-04-04", "Brive", None)
    (fired,) = _events("Un homme a tiré lundi sur un café de Tulle. Aucun blessé n'est à déplorer.")
    assert (fired.weapon, fired.location, fired.injured) == ("arme à feu", "Tulle", 0)


def test_an_assault_on_a_guarded_place_is_an_attack():
    (event,) = _events("Des insurgés ont attaqué jeudi un poste de police près de Tulle, tuant trois agents.")
    assert _row(event) == ("2021-04-01", "Tulle", None, 3, None)


def test_a_bare_attack_noun_needs_a_toll_or_a_verb_close_to_it():
    (event,) = _events("Une attaque a frappé lundi un café-restaurant de Tulle, faisant au moins 18 morts.")
    assert _row(event) == ("2021-04-05", "Tulle", None, 18, None)
    (vague,) = _events("Une attaque a fait plusieurs morts lundi à Tulle.")
    assert vague.killed is None  # `plusieurs` is no figure
    assert _events("Le candidat a lancé une attaque contre son rival lundi à Tulle.") == []


def test_what_is_not_a_person_shot_down_is_no_attack():
    assert _events("L'avion de tourisme a été abattu lundi au-dessus de Tulle.") == []
    assert _events("Un ours a été abattu dimanche près de Tulle.") == []


def test_vehicle_rammings():
    (van,) = _events("Une voiture a foncé sur un fourgon de gendarmerie lundi à Tulle, blessant deux gendarmes.")
    assert _row(van) == ("2021-04-05", "Tulle", "voiture-bélier", None, 2)
    (crowd,) = _events("Une camionnette a fauché des passants samedi à Brive, faisant 13 morts et 100 blessés.")
    assert _row(crowd) == ("2021-04-03", "Brive", "voiture-bélier", 13, 100)


def test_a_ramming_with_a_day_or_an_aside_before_whom_it_hit():
    (dated,) = _events("Un camion a foncé samedi soir sur un groupe de cyclistes près de Tulle.")
    assert (dated.date, dated.location, dated.weapon) == ("2021-04-03", "Tulle", "voiture-bélier")
    (aside,) = _events(
        "Une passante a été tuée lorsqu'une voiture a foncé, délibérément selon la police, dans la foule à Brive."
    )
    assert (aside.location, aside.weapon, aside.killed) == ("Brive", "voiture-bélier", 1)
    (manner,) = _events("Un véhicule a foncé à toute vitesse dans une foule de fidèles dimanche à Tulle.")
    assert (manner.date, manner.location, manner.weapon) == ("2021-04-04", "Tulle", "voiture-bélier")
    # A driver who sped somewhere else, with no one hit: no ramming.
    assert _events("Le chauffeur a foncé samedi soir vers la frontière, puis s'est rendu sur la place de Tulle.") == []
    assert _events("Le cycliste a foncé, seul en tête, sur la ligne d'arrivée à Brive dimanche.") == []


def test_headline_first_the_body_opens_on_a_definite_noun():
    text = "L'assaut a été lancé dimanche contre la prison de Tulle. Au moins cinq gardiens ont été tués."
    (event,) = _events(text, title="France : au moins cinq morts dans l'attaque d'une prison")
    assert (event.date, event.location, event.killed) == ("2021-04-04", "Tulle", 5)
    # Without a title that reports an attack, the same definite noun refers to nothing we know.
    assert _events("L'assaut final a été lancé dimanche. Les négociations ont repris.", title="Élections") == []


def test_a_headline_about_an_accident_opens_no_event():
    text = "La déflagration a eu lieu samedi à Tulle. Au moins 38 personnes ont été blessées samedi dans l'usine."
    assert _events(text, title="Une déflagration dans une usine fait 38 blessés") == []


def test_place_and_day_from_the_neighbouring_sentence():
    text = (
        "Un homme de 26 ans a été arrêté vendredi 2 avril à Tulle. "
        "Il est suspecté d'être l'auteur d'une attaque au couteau, qui a fait un mort et six blessés."
    )
    (event,) = _events(text)
    assert _row(event) == ("2021-04-02", "Tulle", "arme blanche", 1, 6)


def test_a_country_named_as_the_place_gives_way_to_the_town():
    (event,) = _events(
        "Huit personnes ont été tuées dimanche par des hommes armés dans la zone de Kouré, dans le sud du Niger."
    )
    assert (event.location, event.country, event.killed) == ("Kouré", "Niger", 8)


def test_the_scene_set_first_and_the_dated_report_are_one_event():
    text = (
        "L'attaque a été perpétrée dans la région de Tulle. Huit personnes ont été tuées dimanche par des hommes armés."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2021-04-04", "Tulle", 8)


def test_tolls_with_an_aside_or_the_victim_and_others():
    (aside,) = _events(
        "Six personnes, vraisemblablement de la même famille, ont été tuées samedi par des hommes armés à Tulle."
    )
    assert aside.killed == 6
    (others,) = _events(
        "Un kamikaze a visé lundi le convoi du gouverneur à Kaboul, le tuant ainsi que 21 autres personnes."
    )
    assert others.killed == 22


def test_several_attacks_summed_up_by_month_are_not_one():
    assert _events("La zone fut l'une des cibles des attaques qui avaient frappé la région en août 2020.") == []


def test_killings_by_police_are_attacks_unless_the_attacker_is_stopped():
    (shot,) = _events("Un homme a été abattu mardi par la police à Tulle lors de son arrestation.")
    assert _row(shot) == ("2021-03-30", "Tulle", "arme à feu", 1, None)
    (fired,) = _events("La police a tiré sur quelqu'un samedi à Tulle.")
    assert (fired.date, fired.location, fired.weapon) == ("2021-04-03", "Tulle", "arme à feu")
    assert _events("L'assaillant a été abattu par la police lundi à Tulle.") == []
    # `jours` is not `ours`: a man shot days later is no animal
    (later,) = _events("Un homme recherché a été abattu cinq jours plus tard par la police à Tulle.")
    assert later.killed == 1


def test_an_attack_told_before_its_attacker_is_stopped_is_reported():
    # the attack and its toll first, the attacker shot or arrested after it: the sentence reports the attack
    (killed,) = _events("Un homme a tué trois passants samedi à Tulle avant d'être abattu par des policiers.")
    assert _row(killed) == ("2021-04-03", "Tulle", None, 3, None)
    (fired,) = _events(
        "Un soldat a ouvert le feu samedi dans une caserne de Tulle, faisant deux morts et cinq blessés, avant d'être "
        "interpellé par la police."
    )
    assert _row(fired) == ("2021-04-03", "caserne de Tulle", "arme à feu", 2, 5)
    (english,) = _events("A gunman killed two people on Saturday in Leeds before being shot dead by police.")
    assert (english.date, english.location, english.killed) == ("2021-04-03", "Leeds", 2)
    # a threat or a hostage-taking ended by the police, or only the attacker's end: no attack
    assert _events("Un sympathisant jihadiste menaçait d'attaquer samedi une école de Tulle avant d'être arrêté.") == []
    assert (
        _events("Un homme armé d'un couteau a menacé des passants samedi à Tulle avant d'être abattu par la police.")
        == []
    )
    assert (
        _events("Un homme armé a retenu des passagers d'un bus samedi à Tulle avant d'être abattu par la police.") == []
    )


def test_an_attack_compared_with_another_takes_neither_its_toll_nor_its_year():
    # `présente un point commun avec`: what follows is about the attack compared with, not this one
    tulle, paris = _events(
        "Un militaire a ouvert le feu samedi dans une caserne de Tulle, faisant trois morts. La fusillade de Tulle a "
        "des points communs avec les attentats de 2015, qui avaient fait 130 morts."
    )
    assert _row(tulle) == ("2021-04-03", "caserne de Tulle", "arme à feu", 3, None)
    assert (paris.date, paris.location, paris.killed) == ("2015", None, 130)
    # the attack told in the pluperfect, then named by its place in a comparison: one record, its own day and toll
    tulle, paris = _events(
        "Un militaire avait ouvert le feu le 6 mars dans une caserne de Tulle, faisant trois morts et huit blessés "
        "avant d'être abattu par la police. La fusillade de Tulle présente un autre point commun avec les attentats "
        "de 2015: les assaillants qui avaient provoqué la mort de 130 personnes étaient des Belges."
    )
    assert _row(tulle) == ("2021-03-06", "caserne de Tulle", "arme à feu", 3, 8)
    assert (paris.date, paris.location, paris.killed) == ("2015", None, None)
    # an attack named by another place is another attack
    tulle, brive = _events(
        "Un militaire avait ouvert le feu le 6 mars dans une caserne de Tulle, faisant trois morts. La fusillade de "
        "Brive reste pourtant dans toutes les mémoires."
    )
    assert (tulle.location, brive.location) == ("caserne de Tulle", "Brive")


def test_a_death_told_with_its_agent_is_a_killing():
    (choked,) = _events(
        "Des émeutes ont suivi la mort de Paul Durand, un jeune homme asphyxié par un policier lundi à Tulle."
    )
    assert (choked.date, choked.location, choked.killed) == ("2021-04-05", "Tulle", 1)
    (knee,) = _events("Le jeune homme est mort samedi à Tulle après qu'un policier a pressé son genou sur son cou.")
    assert (knee.date, knee.killed) == ("2021-04-03", 1)
    (english,) = _events("A man was killed by police officers on Sunday in Tulle.")
    assert (english.date, english.location, english.killed) == ("2021-04-04", "Tulle", 1)
    (shot,) = _events(
        "En 2015, Tulle avait connu des émeutes après la mort de Jean Dupont, un jeune homme abattu lors de son "
        "arrestation."
    )
    assert (shot.date, shot.weapon, shot.killed) == ("2015", "arme à feu", 1)
    assert _events("Paul Durand est mort lundi à Tulle.") == []  # a bare death is no killing


def test_the_police_ending_an_attack_is_part_of_it():
    text = (
        "Une voiture a foncé sur la promenade lundi à Tulle. "
        "Une fusillade a alors éclaté, durant laquelle les policiers ont tué les cinq occupants du véhicule. "
        "Une femme a été tuée lors de l'attaque."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.weapon, event.killed) == ("2021-04-05", "Tulle", "voiture-bélier", 1)


def test_an_attack_named_in_a_side_clause_is_an_event_of_its_own():
    events = _events(
        "La police a bouclé le centre de Brive lundi, quelques heures après un attentat qui a fait 13 morts à Tulle."
    )
    assert [(e.location, e.killed) for e in events] == [("Tulle", 13)]
    (drone,) = _events(
        "Les tensions ont grimpé en janvier 2020 après l'assassinat du général Paul Durand, tué à Bagdad par un "
        "drone américain."
    )
    assert (drone.date, drone.location, drone.weapon, drone.killed) == ("2020-01", "Bagdad", "drone", 1)
    assert _events("Après l'attaque, la police a bouclé le quartier.") == []


def test_passe_simple_narration():
    (event,) = _events(
        "Le 9 août 1945, l'explosion de la bombe détruisit la ville de Tulle et provoqua la mort de 7.000 personnes."
    )
    assert (event.date, event.location, event.killed) == ("1945-08-09", "Tulle", 7000)


def test_a_comparison_lends_neither_its_day_nor_its_tense():
    text = (
        "Six civils ont été blessés vendredi quand une voiture a foncé sur la foule dans une station balnéaire de "
        "Corrèze. "
        "La voiture a fauché des piétons sur la promenade à Tulle, comme la camionnette qui jeudi avait foncé sur la "
        "foule à Brive."
    )
    (event,) = _events(text)
    assert (event.date, event.injured) == ("2021-04-02", 6)


def test_an_attack_named_by_its_date_happened():
    (named,) = _events(
        "Le président a participé lundi à la commémoration des attentats du 11 septembre 2001 à New York."
    )
    assert (named.date, named.location) == ("2001-09-11", "New York")
    (tolled,) = _events("Les attentats du 13 novembre 2015 ont fait 130 morts à Paris.")
    assert (tolled.date, tolled.location, tolled.killed) == ("2015-11-13", "Paris", 130)
    (english,) = _events("He spoke on the anniversary of the attacks of September 11, 2001.")
    assert english.date == "2001-09-11"


def test_a_deadly_attack_named_in_passing():
    events = _events("Le défilé intervient six semaines après un attentat meurtrier à Tulle le 31 octobre dernier.")
    assert [(e.date, e.location) for e in events] == [("2020-10-31", "Tulle")]


def test_killed_in_an_operation():
    (raid,) = _events(
        "Les Etats-Unis ont eu un rôle dans l'opération au cours de laquelle Paul Durand a été tué au Mali."
    )
    assert (raid.location, raid.killed) == ("Mali", 1)
    (rescue,) = _events("Deux commandos ont été tués dans une opération de sauvetage menée au Mali en mai dernier.")
    assert (rescue.location, rescue.killed, rescue.date) == ("Mali", 2, "2020-05")


def test_more_ways_to_tell_an_attack():
    (fire,) = _events(
        "Lundi, au moins quatre personnes ont été tuées dans des échanges de coups de feu dans la prison de Tulle."
    )
    assert (fire.weapon, fire.killed, fire.date) == ("arme à feu", 4, "2021-04-05")
    (van,) = _events(
        "Le 17 août 2017, un homme au volant d'une camionnette s'était lancé sur la foule à Tulle et avait causé la "
        "mort de 14 personnes."
    )
    assert (van.weapon, van.killed, van.date) == ("voiture-bélier", 14, "2017-08-17")
    (missiles,) = _events("Tous les missiles tirés par la France samedi sur la Syrie ont atteint leur cible.")
    assert (missiles.weapon, missiles.date) == ("missile", "2021-04-03")


def test_an_act_naming_its_victim_counts_in_an_article_about_protests():
    text = (
        "Des milliers de manifestants ont défilé vendredi à Tulle. "
        "Les manifestants ont affronté la police. "
        "En 2015, la ville avait connu des manifestations après la mort de Jean Dupont, un jeune homme abattu lors "
        "de son arrestation. "
        "Les manifestations doivent reprendre samedi."
    )
    (event,) = _events(text)
    assert (event.date, event.killed) == ("2015", 1)


def test_reported_speech_is_not_an_older_attack():
    text = (
        "Un pêcheur a été abattu mardi par des soldats près de Tulle. "
        "La police a confirmé son identité. Le maire a parlé. Les pêcheurs ont manifesté. "
        "L'armée a reconnu que dix coups de feu avaient été tirés en direction du pêcheur."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2021-03-30", "Tulle", 1)


def test_people_killed_by_police_over_the_years_are_no_one_event():
    # one aggregate, no incident (the gold set's dev16)
    many = _events(
        "Des pancartes racontent l'histoire de Paul Durand et de nombreux autres hommes, tués par la police."
    )
    assert [(e.kind, e.killed) for e in many] == [("aggregate", None)]
    (two,) = _events("Deux hommes ont été tués par la police samedi à Tulle.")
    assert (two.date, two.killed) == ("2021-04-03", 2)


def test_explosions_are_attacks_only_where_the_text_says_so():
    (churches,) = _events("Trois églises ont été la cible d'explosions dimanche à Tulle, faisant au moins 158 morts.")
    assert (churches.weapon, churches.killed, churches.date) == ("explosion", 158, "2021-04-04")
    assert _events("Une explosion dans une usine chimique a fait trois morts lundi à Tulle.") == []
    assert _events("Une explosion de gaz a fait deux morts dimanche dans un immeuble de Tulle.") == []


def test_an_explosion_whose_article_names_terrorism_only_to_rule_it_out_is_no_attack():
    told = (
        "Samedi soir, une violente explosion dans un immeuble a coûté la vie à trois personnes à Tulle. "
        "La déflagration a provoqué l'effondrement d'un bâtiment. "
    )
    title = "Une explosion fait trois morts"
    for ruled_out in (
        "Si le lien avec une activité terroriste a été écarté, la police cherche encore l'origine du sinistre.",
        "La police ne pense pas qu'il s'agisse d'un acte terroriste.",
        "Les enquêteurs ont exclu la piste terroriste.",
    ):
        assert _events(told + ruled_out, title=title) == []
    # terrorism named otherwise still tells of an attack
    for named in ("La police privilégie la piste terroriste.", "L'attentat n'a pas été revendiqué."):
        (blast,) = _events(told + named, title=title)
        assert (blast.location, blast.killed) == ("Tulle", 3)


def test_knife_assaults_and_vehicles_into_people():
    (knife,) = _events(
        "Des agressions au couteau ont fait un mort et deux blessés dans la nuit de samedi à dimanche à Tulle."
    )
    assert (knife.weapon, knife.killed, knife.injured) == ("arme blanche", 1, 2)
    (van,) = _events("Une camionnette a percuté plusieurs personnes mardi à Tulle, faisant huit morts.")
    assert (van.weapon, van.killed, van.date) == ("voiture-bélier", 8, "2021-03-30")


def test_reports_in_the_present_infinitive_or_participle():
    (bombs,) = _events("Des avions bombardent la ville de Tulle, selon des sources locales.")
    assert (bombs.weapon, bombs.location) == ("frappe aérienne", "Tulle")  # shelling by aircraft
    (police,) = _events("La police a affirmé mardi avoir abattu un homme près de Tulle.")
    assert (police.weapon, police.location, police.date) == ("arme à feu", "Tulle", None)  # mardi: when it was said
    (done,) = _events("L'auteur présumé de l'attentat perpétré lundi dernier sur un marché de Tulle a été arrêté.")
    assert (done.date, done.location) == ("2021-03-29", "Tulle")


def test_a_killing_spree_is_read():
    text = "C'est l'auteur présumé de la tuerie dans une mosquée de Tulle dimanche soir."
    (event,) = _events(text, title="Attentat meurtrier à Tulle : ce que l'on sait du suspect")
    assert (event.date, event.location) == ("2021-04-04", "Tulle")


def test_a_date_as_written_wins_over_a_weekday_that_disagrees():
    # 23 March 2021 is a Tuesday: `mercredi 23 mars` stays in 2021 rather than going back to 2016
    (event,) = _events("L'attentat perpétré mercredi 23 mars près du pont de Tulle a fait trois morts.")
    assert event.date == "2021-03-23"


def test_who_gives_a_toll_is_no_aside():
    (event,) = _events(
        "Un individu a ouvert le feu vendredi dans l'aéroport de Tulle, faisant cinq morts, a annoncé le shérif."
    )
    assert (event.weapon, event.killed, event.date) == ("arme à feu", 5, "2021-04-02")


def test_a_killing_in_the_passive_needs_its_day_and_no_disaster():
    (event,) = _events("Le chef jihadiste a été tué jeudi au nord-ouest de la ville de Tulle, a appris l'AFP.")
    assert (event.date, event.location, event.killed) == ("2021-04-01", "Tulle", 1)
    assert _events("Trois personnes ont été tuées dans un accident de la route lundi à Tulle.") == []
    assert _events("Un homme a été tué samedi par la chute d'un arbre à Tulle.") == []
    assert _events("En 2018, plus de 400 personnes avaient été tuées à Tulle.") == []  # no day: a tally, a disaster?
    assert _events("Le chef du groupe, plusieurs fois annoncé mort par les forces russes, est réapparu.") == []


def test_killed_by_an_army():
    (event,) = _events("Le chef d'AQMI a été tué par les forces françaises dans le nord du Mali.")
    assert (event.location, event.killed) == ("nord du Mali", 1)


def test_the_attacker_named_by_his_role():
    (knife,) = _events("L'assaillant armé d'un couteau qui a tué un passant samedi à Tulle est un jeune homme.")
    assert (knife.weapon, knife.killed, knife.date, knife.location) == ("arme blanche", 1, "2021-04-03", "Tulle")
    (toll,) = _events("L'assaillant, qui a fait un mort samedi à Tulle, est né en 1997.")
    assert (toll.killed, toll.date) == (1, "2021-04-03")
    assert _events("Un manifeste, attribué au tireur, a été publié lundi à Tulle.") == []


def test_the_attackers_dead_are_not_the_toll():
    (event,) = _events(
        "Trois gardiens ont été tués lundi dans l'attaque de la prison de Tulle. Dix assaillants ont également été "
        "tués."
    )
    assert (event.killed, event.location) == (3, "Tulle")


def test_an_explosion_in_an_article_about_an_attack():
    text = (
        "A Tulle, une explosion a eu lieu lundi soir à la fin d'un concert, faisant 19 morts. La police parle d'un "
        "incident terroriste."
    )
    (event,) = _events(text)
    assert (event.weapon, event.killed, event.date) == ("explosion", 19, "2021-04-05")
    accident = (
        "Une explosion a eu lundi soir dans un entrepôt du port de Tulle, faisant 19 morts. La piste d'un attentat "
        "est écartée."
    )
    assert _events(accident) == []


def test_mortally_wounded_is_killed():
    (event,) = _events("Un homme a été mortellement blessé samedi soir par balle à Tulle.")
    assert (event.killed, event.date) == (1, "2021-04-03")


def test_a_side_clause_keeps_its_relative_clause():
    (event,) = _events(
        "Après l'attentat de Tulle ce mercredi après-midi, qui a fait quatre morts, le profil de l'auteur se dessine."
    )
    assert (event.location, event.killed) == ("Tulle", 4)


def test_an_attack_named_by_the_city_it_struck():
    (manchester,) = _events(
        "Un an après l'attentat de Manchester, la ville se souvient. Le maire a rappelé l'attentat de Manchester."
    )
    assert (manchester.location, manchester.country) == ("Manchester", "Royaume-Uni")
    (english,) = _events("He recalled the Manchester bombing.")
    assert (english.location, english.weapon) == ("Manchester", "bombe")
    assert _events("Il a évoqué l'attaque de Mossoul et l'attentat de Merah.") == []  # an offensive, a man


def test_tolls_counted_as_a_number_of_victims_and_sums_over_attacks():
    text = (
        "Une bombe a explosé lundi à Tulle, tuant cinq personnes. Une ONG a chiffré le nombre de blessés à au moins 28."
    )
    (event,) = _events(text)
    assert (event.killed, event.injured) == (5, 28)
    text = (
        "Quatorze policiers ont été tués dans deux attaques lundi. "
        "Des talibans ont attaqué un poste de police à Tulle, tuant sept agents."
    )
    (first,) = _events(text)
    assert first.killed == 7  # the fourteen are two attacks' dead


def test_a_named_assassination_and_strikes_said_by_whose_army():
    (killing,) = _events("Les tensions ont grimpé depuis l'assassinat du général Paul Durand.")
    assert killing.killed == 1
    assert _events("Il a dénoncé une tentative d'assassinat de son rival.") == []
    (strikes,) = _events("Le ministre a salué les frappes occidentales menées en Syrie.")
    assert (strikes.weapon, strikes.country) == ("frappe aérienne", "Syrie")
    assert _events("De nouvelles recherches vont être menées à l'ouest du Mali par un bateau bardé de drones.") == []


def test_a_killing_told_actively_needs_someone_who_kills():
    (shooting,) = _events("Un homme a tué sept personnes dans deux cafés de Tulle samedi, puis s'est suicidé.")
    assert (shooting.date, shooting.location, shooting.killed) == ("2021-04-03", "Tulle", 7)
    (army,) = _events("L'armée a tué cinq rebelles qui posaient une mine près de Brive, mardi.")
    assert (army.killed, army.location) == (5, "Brive")
    assert _events("Le virus a tué douze personnes dans la région de Tulle samedi.") == []
    # a year's tally: one aggregate over the year (the gold set's tolls over a period), no incident
    assert [e.kind for e in _events("La police a tué 950 personnes en 2020, selon une ONG.")] == ["aggregate"]


def test_a_killing_told_by_a_participle_with_its_day():
    (officer,) = _events("Le gendarme abattu à Tulle le 2 avril a été décoré à titre posthume.")
    assert (officer.date, officer.location) == ("2021-04-02", "Tulle")
    (remembered,) = _events(
        "Une cérémonie d'hommage aux pompiers et aux policiers tués le 1er avril à Brive a eu lieu."
    )
    assert (remembered.date, remembered.location) == ("2021-04-01", "Brive")
    assert _events("Des manifestants ont abattu lundi une statue du fondateur de Tulle.") == []
    assert _events("Les soldats tués le 2 avril dans les combats près de Tulle ont été inhumés.") == []


def test_a_shooting_that_names_its_victim_counts_in_an_article_about_protests():
    text = (
        "Des manifestants ont défilé à Tulle. Les manifestations ont continué dimanche. "
        "Paul Durand, 39 ans, a été tué par balle samedi à Tulle. La police a dispersé les manifestants."
    )
    (shot,) = _events(text, title="Les manifestations continuent à Tulle")
    assert (shot.date, shot.location, shot.killed) == ("2021-04-03", "Tulle", 1)


def test_attacks_named_by_their_date_or_their_target():
    (easter,) = _events("Le pays reste marqué par les attentats de Pâques 2019, qui ont fait 250 morts.")
    assert (easter.date, easter.killed) == ("2019", 250)
    (january,) = _events("Il avait été arrêté après les attentats de janvier 2015.")
    assert january.date == "2015-01"
    (synagogue,) = _events("Depuis l'attentat contre la synagogue de Pittsburgh, la communauté vit dans la peur.")
    assert synagogue.location == "Pittsburgh"
    assert _events("Il a dénoncé l'attaque contre la mosquée, un symbole.") == []  # which one is not said


def test_a_day_named_without_its_year_is_the_dated_attack_told_elsewhere():
    text = (
        "Il a rejoint le groupe avant les attaques du 11 septembre. "
        "Il était le fils du fondateur du réseau à l'origine des attentats du 11 septembre 2001."
    )
    (event,) = _events(text)
    assert event.date == "2001-09-11"


def test_a_strike_campaign_over_a_period_is_one_aggregate():
    (campaign,) = _events("L'aviation bombarde presque toutes les nuits depuis le 6 mars la ville de Tulle.")
    assert (campaign.kind, campaign.weapon, campaign.date) == ("aggregate", "frappe aérienne", "2021-03-06/2021-04-05")
    assert _events("La pandémie frappe durement le pays depuis mars.") == []


def test_rammings_told_with_the_vehicle_or_into_people():
    (van,) = _events("Un homme a foncé avec sa voiture sur un fourgon de police lundi à Tulle.")
    assert (van.weapon, van.date, van.location) == ("voiture-bélier", "2021-04-05", "Tulle")
    (students,) = _events("Le conducteur a foncé sur des étudiants vendredi à Brive, blessant trois personnes.")
    assert (students.weapon, students.injured) == ("voiture-bélier", 3)


def test_strikes_told_by_their_verb_with_aircraft_or_an_army_as_subject():
    (air,) = _events("L'aviation a frappé dans la nuit de dimanche des positions rebelles près de Tulle.")
    assert (air.weapon, air.location) == ("frappe aérienne", "Tulle")
    (army,) = _events("L'armée a pilonné mardi des positions rebelles près de Brive.")
    assert army.location == "Brive"
    assert _events("La crise a frappé durement les entreprises de Tulle lundi.") == []


def test_a_murder_named_with_its_victim_is_one_killing_however_often_named():
    text = (
        "Le ministre a été interrogé sur le meurtre du journaliste Paul Durand à Tulle. "
        "Les élus ont demandé une enquête indépendante. "
        "Il a promis que l'enquête sur le meurtre de Paul Durand aboutirait."
    )
    (murder,) = _events(text)
    assert (murder.location, murder.killed) == ("Tulle", 1)
    assert _events("Le meurtre de son voisin reste inexpliqué.") == []  # no one named, nothing else told


def test_a_killing_recalled_years_after_takes_no_date_of_the_sentence():
    text = (
        "Trente ans après l'assassinat du maire Paul Durand, la justice doit annoncer mercredi sa décision. "
        "Paul Durand a été abattu à Tulle le 28 février 1991."
    )
    (killing,) = _events(text)
    assert (killing.date, killing.location) == ("1991-02-28", "Tulle")


def test_attacks_named_by_a_place_with_their_toll_or_by_their_year():
    (named,) = _events("Il est le responsable des attentats de Corrèze ayant fait 14 morts et 130 blessés.")
    assert (named.location, named.killed, named.injured) == ("Corrèze", 14, 130)
    (year,) = _events("Le groupe a financé les attentats parisiens de 2015, selon les enquêteurs.")
    assert year.date == "2015"


def test_the_last_attack_before_dates_back_and_is_another_one():
    text = (
        "Deux roquettes ont été tirées vendredi depuis Tulle vers Brive, sans faire de blessés. "
        "Le dernier tir de roquette depuis Tulle remonte à début mars."
    )
    first, last = sorted(_events(text), key=lambda e: e.date or "")
    assert (first.date, last.date) == ("2021-03", "2021-04-02")


def test_attacks_named_after_a_contracted_article_or_as_a_massacre_of_a_place():
    (paris,) = _events("Les victimes des attentats de Paris ont été reçues à l'Elysée.")
    assert (paris.location, paris.country) == ("Paris", "France")
    (massacre,) = _events("Le pays commémore le massacre de Srebrenica, le pire en Europe depuis 1945.")
    assert massacre.location == "Srebrenica"
    (shooting,) = _events("Il a survécu à la tuerie homophobe d'Orlando.")
    assert shooting.location == "Orlando"
    assert _events("La tuerie de Noël a choqué le pays.") == []  # a day, no place


def test_a_toll_told_with_the_weapon_as_its_agent():
    (strike,) = _events(
        "Des civils ont été tués par les tirs d'un hélicoptère de combat près de Tulle en juillet 2007."
    )
    assert (strike.weapon, strike.date, strike.location) == ("frappe aérienne", "2007-07", "Tulle")


def test_a_surname_after_another_first_name_is_another_victim():
    text = (
        "En 1968, après l'assassinat du pasteur Martin Luther King à Memphis le 4 avril, la violence éclate. "
        "En 1992, des policiers qui avaient battu à mort Rodney King à Los Angeles le 3 mars 1991 sont acquittés."
    )
    assert {e.location for e in _events(text)} == {"Memphis", "Los Angeles"}


def test_a_murder_named_by_its_victim_does_not_retell_an_undated_attack():
    text = (
        "Un homme a tué neuf personnes dans deux bars de Tulle, puis s'est suicidé. "
        "Le meurtre de Paul Durand, un élu local, avait déjà choqué la région."
    )
    assert len(_events(text)) == 2


def test_an_attack_named_by_its_hyphenated_day():
    (named,) = _events("Depuis le 13-Novembre, la sécurité des salles de concert a été renforcée.")
    assert named.date is None  # the year is not written: the name says which attack, not when (test_day_names)
    assert _events("Le défilé du 14-Juillet a été annulé.") == []  # a national day


def test_a_killing_days_later_and_a_raid_dated_by_its_year_are_events_of_their_own():
    text = (
        "Paul Durand a été tué par balle samedi à Tulle. "
        "Le suspect a été abattu cinq jours plus tard par la police qui était à sa recherche à Brive."
    )
    assert len(_events(text)) == 2
    text = (
        "Le chef du groupe a été tué dans une opération au cours de laquelle ses gardes ont fui. "
        "Des archives ont été saisies lors du raid de 2011 au cours duquel son père a été tué à Tulle."
    )
    assert sorted(e.date or "" for e in _events(text)) == ["", "2011"]


def test_shots_told_without_a_gun_word():
    (back,) = _events("Ce soir-là, le gardien a reçu cinq balles dans le dos devant la gare de Tulle.")
    assert (back.weapon, back.location) == ("arme à feu", "Tulle")
    (emptied,) = _events("L'homme revient et vide alors son chargeur en direction du guichet du restaurant jeudi.")
    assert (emptied.weapon, emptied.date) == ("arme à feu", "2021-04-01")
    assert _events("Il a reçu une balle perdue lors d'un match de football à Tulle.") == []


def test_a_repression_told_with_its_toll():
    (crackdown,) = _events("La répression des manifestations a fait au moins 300 morts en 2019, selon une ONG.")
    assert (crackdown.killed, crackdown.date) == (300, "2019")
    assert _events("La répression de l'opposition se poursuit à Tulle, a dénoncé l'ONU.") == []
    assert _events("Le conflit, déclenché en 2011 par la répression de manifestations, a fait 380.000 morts.") == []


def test_a_death_told_with_the_police_that_caused_it():
    (floyd,) = _events("La mort de Paul Durand puis la colère contre les brutalités policières ont changé la donne.")
    assert floyd.killed == 1
    assert _events("La mort de Paul Durand, des suites d'un cancer, a attristé la ville de Tulle.") == []
    assert _events("Les émeutiers ont provoqué la mort de l'Etat de droit, selon 2.000 policiers de Tulle.") == []


def test_a_killing_recalled_with_its_day_in_the_pluperfect():
    (recalled,) = _events("L'infirmière avait été tuée à Tulle le 13 mars par des policiers.")
    assert (recalled.location, recalled.killed) == ("Tulle", 1)


def test_each_city_in_a_list_of_attacks_named_by_place():
    listed = _events(
        "Il est impliqué dans les attentats de Paris (130 morts) et de Bruxelles (32 morts), selon le journal."
    )
    assert {e.location for e in listed} == {"Paris", "Bruxelles"}
    assert len(_events("Après l'attentat de Manchester, Londres a renforcé sa sécurité.")) == 1


# Fifth round (issue 10): general patterns behind the held-out gap.


def test_since_in_a_comparison_or_a_state_is_no_period_of_attacks():
    (deadliest,) = _events("La ville de Tulle a été frappée par un attentat, le plus meurtrier depuis douze ans.")
    assert deadliest.location == "Tulle"
    (occupied,) = _events("Un soldat a été tué samedi à Tulle, dans ce territoire occupé depuis 1967.")
    assert (occupied.date, occupied.killed) == ("2021-04-03", 1)
    (english,) = _events("A soldier was killed in Tulle on Monday, the deadliest attack since 2005.")
    assert (english.date, english.location) == ("2021-04-05", "Tulle")
    assert _events("Depuis janvier, des attaques ont visé plusieurs villages de la région de Tulle.") == []


def test_a_war_named_in_another_clause_leaves_a_counted_killing_an_incident():
    (soldiers,) = _events("Rappel du conflit, deux soldats ont été tués mardi près de Tulle, selon l'armée.")
    assert (soldiers.date, soldiers.location, soldiers.killed) == ("2021-03-30", "Tulle", 2)
    (english,) = _events("A reminder of the war, two soldiers were killed on Tuesday near Tulle.")
    assert (english.date, english.killed) == ("2021-03-30", 2)
    war = (
        "L'accord doit finir une guerre de vingt ans, surtout à Tulle où des milliers de gens ont été tués, "
        "signé lundi."
    )
    assert _events(war) == []


def test_a_repression_is_an_attack_only_with_its_victims():
    assert _events("Sa réélection en août a déclenché des manifestations et une répression brutale à Tulle.") == []
    assert _events("La répression s'est abattue sur l'opposition de Tulle en mars.") == []


def test_opening_fire_is_told_by_its_verb():
    (mosque,) = _events(
        "Un homme avait ouvert le feu le 10 août 2019 dans une mosquée de Tulle, sans faire de blessés."
    )
    assert (mosque.date, mosque.location, mosque.weapon, mosque.injured) == ("2019-08-10", "Tulle", "arme à feu", 0)
    (english,) = _events("A man opened fire on Monday at a mosque in Tulle.")
    assert (english.date, english.location) == ("2021-04-05", "Tulle")


def test_last_year_dates_an_attack():
    (french,) = _events(
        "L'extrémiste qui avait ouvert le feu l'an dernier dans une mosquée près de Tulle est en prison."
    )
    assert french.date == "2020"
    (english,) = _events("Last year a gunman opened fire at a mosque in Tulle.")
    assert english.date == "2020"


def test_an_attack_told_with_a_few_words_before_its_verb():
    (axe,) = _events("Quatre jours plus tôt, un attentat à la hache mené dans un train à Tulle avait choqué le pays.")
    assert axe.location == "Tulle"
    (english,) = _events("The knife attack by a teenager carried out on Monday in Tulle shocked the country.")
    assert english.date == "2021-04-05"


def test_an_accusation_of_killing_reports_no_killing():
    assert _events("Il a accusé sans preuve un ancien élu d'avoir assassiné une assistante à Tulle en 2011.") == []
    assert _events("He accused a former official of having murdered an assistant in Tulle on Monday.") == []


def test_a_knife_participle_with_its_day_or_place_reports_the_killing():
    (beheaded,) = _events(
        "Comme les assassins de deux touristes décapitées en décembre 2018 à Tulle, ils étaient jeunes."
    )
    assert (beheaded.date, beheaded.location, beheaded.weapon) == ("2018-12", "Tulle", "arme blanche")
    (english,) = _events(
        "Like the killers of two tourists stabbed to death in Tulle in December 2018, they were young."
    )
    assert (english.date, english.location) == ("2018-12", "Tulle")
    assert _events("Une statue de Christophe Colomb a été décapitée dans le parc de Tulle mardi.") == []


def test_a_ramming_told_with_the_vehicle_between_verb_and_crowd():
    (rammed,) = _events(
        "Un conducteur a foncé à bord d'un véhicule dans la foule lundi à Tulle, blessant 30 personnes."
    )
    assert (rammed.weapon, rammed.date, rammed.location, rammed.injured) == (
        "voiture-bélier",
        "2021-04-05",
        "Tulle",
        30,
    )


def test_one_of_several_attacks_recalled_in_a_relative_clause():
    events = _events(
        "Un gendarme a été tué lundi à Tulle, dans la ville où avait eu lieu une des attaques jihadistes meurtrières"
        " ayant secoué le pays en 2015."
    )
    assert sorted(e.date for e in events) == ["2015", "2021-04-05"]
    english = _events(
        "A policeman was killed on Monday in Tulle, which had been the scene of one of the deadly attacks of 2015."
    )
    assert sorted(e.date for e in english) == ["2015", "2021-04-05"]


def test_a_repression_told_then_its_toll_in_the_next_sentence():
    (crackdown,) = _events(
        "La répression avait été particulièrement brutale à Tulle après l'élection. Au moins trois personnes avaient"
        " été tuées et des dizaines blessées."
    )
    assert (crackdown.location, crackdown.killed) == ("Tulle", 3)
    (english,) = _events("The crackdown had been especially brutal in Tulle. At least three people had been killed.")
    assert (english.location, english.killed) == ("Tulle", 3)
    said = (
        "Une attaque contre les journalistes est une attaque contre la liberté à Tulle. Six employés ont été blessés."
    )
    assert _events(said) == []


def test_one_knife_attack_told_in_a_country_then_in_a_town_is_one_event():
    (attack,) = _events(
        "Armée d'un couteau, une femme a poignardé des visiteurs d'un musée en France. Une aide-soignante a poignardé"
        " plusieurs personnes samedi à Tulle, en France, selon la police."
    )
    assert (attack.date, attack.location) == ("2021-04-03", "Tulle")


def test_a_series_of_attacks_on_one_day_is_one_event():
    (series,) = _events("Tulle a été frappé dimanche par une série d'attentats contre des hôtels, faisant 200 morts.")
    assert (series.date, series.killed) == ("2021-04-04", 200)
    (english,) = _events("Tulle was hit on Sunday by a series of bombings against hotels, killing 200 people.")
    assert english.date == "2021-04-04"
    # over months, a series is a wave: one aggregate dated by its period (the gold set's `une série d'attentats ...
    # depuis 2005`), not one day's attack
    (wave,) = _events("Depuis janvier, une série d'attentats a fait 200 morts dans la région de Tulle.")
    assert (wave.kind, wave.date) == ("aggregate", "2021-01/2021-04")


def test_a_death_in_an_operation_and_one_victim_in_a_year():
    events = _events("Ce raid survient après la mort d'un chef jihadiste lors d'une opération près de Tulle.")
    assert [e.location for e in events] == ["Tulle"]
    (agent,) = _events("En 2017, un de ses agents avait tué une femme, Julie Durand, qui avait appelé la police.")
    assert (agent.date, agent.killed) == ("2017", 1)
    # many killed in a year: one aggregate over the year (the gold set's tolls over a period), no incident
    assert [e.kind for e in _events("En 2019, la police a tué 1.098 personnes, selon une ONG.")] == ["aggregate"]


def test_a_toll_in_a_relative_clause_binds_to_the_attack_noun_however_long_its_phrase():
    prepared = "Le suspect est soupçonné d'avoir préparé l'attaque en 2016 du casino Le Lido à Tulle"
    (event,) = _events(f"{prepared}, au cours de laquelle 23 joueurs ont trouvé la mort.")
    assert (event.date, event.location, event.killed) == ("2016", "Tulle", 23)
    assert _events(f"{prepared}, d'après l'acte d'accusation.") == []


def test_a_soldier_who_turned_his_weapon_on_others_is_a_shooting():
    text = "Un soldat avait retourné son arme contre des collègues en 2012 près de Tulle, tuant cinq d'entre eux."
    (event,) = _events(text)
    assert (event.date, event.weapon, event.killed) == ("2012", "arme à feu", 5)


def test_one_who_turned_his_weapon_on_himself_made_no_attack():
    told = "a retourné son arme contre {} mardi à Tulle, a indiqué la préfecture, qui fait état d'un mort."
    for who, whom in (("Un gendarme", "lui"), ("Un gendarme", "lui-même"), ("Une gardienne", "elle")):
        assert _events(f"{who} {told.format(whom)}") == []
    (event,) = _events(f"Un gendarme {told.format('ses collègues')}")
    assert (event.location, event.weapon, event.killed) == ("Tulle", "arme à feu", 1)


def test_a_killing_closing_an_apposition_on_its_victim():
    text = "Le film revient sur les meurtriers de Jeanne Morel, institutrice du village, tuée le 3 mai 2009 à Tulle."
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2009-05-03", "Tulle", 1)
    # a murder needs no day: its year is enough (a death in a war would need one)
    (murdered,) = _events("Le sénateur, réélu en mars 1971, et assassiné en 1974, a donné son nom à une place.")
    assert murdered.date == "1974"
    assert _events("Le sénateur, réélu en mars 1971, et mort en 1974, a donné son nom à une place.") == []


def test_shots_told_by_the_bullets_that_hit_the_victim():
    (event,) = _events("Un homme a été touché de plusieurs balles dans le dos dimanche à Tulle par un policier.")
    assert (event.date, event.location, event.weapon) == ("2021-04-04", "Tulle", "arme à feu")


def test_a_vehicle_that_hit_pedestrians_is_a_ramming():
    (event,) = _events("Samedi à Tulle, une camionnette a percuté des piétons devant le musée, faisant trois blessés.")
    assert (event.date, event.location, event.weapon, event.injured) == ("2021-04-03", "Tulle", "voiture-bélier", 3)
    assert _events("Samedi à Tulle, une camionnette a percuté un arbre devant le musée.") == []


def test_a_vehicle_used_to_hit_passers_by_told_by_the_infinitive_is_a_ramming():
    (event,) = _events(
        "Cette camionnette a été utilisée par deux hommes pour percuter des passants à Tulle, faisant un mort et six "
        "blessés dans la nuit de samedi à dimanche."
    )
    assert _row(event) == ("2021-04-04", "Tulle", "voiture-bélier", 1, 6)
    # a vehicle, a boat or a government overturned, not people: no ramming
    assert _events("Le cyclone pourrait renverser les véhicules samedi à Tulle.") == []
    assert _events("Le bateau est venu les percuter samedi à Tulle.") == []
    assert _events("L'opposition veut renverser le gouvernement samedi à Tulle.") == []


def test_aircraft_that_attacked_a_target_are_the_attackers_not_the_victims():
    (event,) = _events("En mars, des hélicoptères ont attaqué un camp de rebelles près de Tulle.")
    assert (event.date, event.location) == ("2021-03", "Tulle")
    assert _events("En mars, un hélicoptère a été abattu près de Tulle.") == []


def test_attacks_named_only_as_a_vague_deadly_plural_are_one_aggregate():
    (event,) = _events("Le chef rebelle était impliqué dans plusieurs attaques meurtrières contre la police de Tulle.")
    assert event.kind == "aggregate"
    assert _events("Des décennies de guerre et des attentats sanglants n'ont pas changé Tulle.") == []
    assert [e.kind for e in _events("Il a organisé des attentats sanglants qui ont frappé Paris en 2015.")] != [
        "aggregate"
    ]
    assert _events("Le chef rebelle préparait des attaques meurtrières contre la police de Tulle.") == []


def test_a_killing_retold_in_the_narrative_present_or_the_passe_simple():
    (bataclan,) = _events("Le 13 novembre 2015, des commandos jihadistes attaquent une salle et tuent 130 personnes.")
    assert (bataclan.date, bataclan.killed) == ("2015-11-13", 130)
    (shot,) = _events("Le 2 juin 2019, un élu est tué d'une balle dans la tête à Cassel.")
    assert (shot.date, shot.location, shot.killed) == ("2019-06-02", "Cassel", 1)
    (mayor,) = _events("Le 3 mars 1990, un commando tua le maire de Tulle.")
    assert (mayor.date, mayor.killed) == ("1990-03-03", 1)
    (fire,) = _events("Le 9 août 1982, un commando lance une grenade dans un café de Tulle puis ouvre le feu sur eux.")
    assert (fire.date, fire.location) == ("1982-08-09", "Tulle")
    (bomber,) = _events("Un kamikaze se fait exploser lundi dans une mosquée de Kaboul, faisant 12 morts.")
    assert (bomber.weapon, bomber.killed) == ("kamikaze", 12)


def test_the_present_tells_habits_wishes_and_moods_too():
    assert _events("La police américaine tue les Afro-Américains, a dénoncé le chanteur.") == []
    assert _events("Des agents auraient payé des combattants pour qu'ils tuent des soldats le 3 mars.") == []
    assert _events("De fortes pluies se sont abattues dimanche sur Tulle.") == []
    assert _events("Le maire est très abattu depuis dimanche.") == []
    assert _events("Une femme s'est tuée dimanche en tombant d'un balcon à Tulle.") == []


def test_more_verbs_of_violent_acts():
    (cut,) = _events("Une femme a été égorgée lundi à Tulle.")
    assert (cut.weapon, cut.killed) == ("arme blanche", 1)
    (village,) = _events("Trente villageois ont été massacrés samedi près de Tulle.")
    assert (village.date, village.killed) == ("2021-04-03", 30)
    (prison,) = _events("Des hommes armés ont pris d'assaut une prison lundi près de Tulle.")
    assert (prison.date, prison.location) == ("2021-04-05", "Tulle")
    (police,) = _events("Un inconnu a abattu deux policiers lundi à Tulle.")
    assert (police.weapon, police.killed) == ("arme à feu", 2)
    (bomb,) = _events("Un attentat a coûté la vie à douze personnes lundi à Kaboul.")
    assert (bomb.location, bomb.killed) == ("Kaboul", 12)


def test_a_blade_named_after_its_preposition_is_a_knife_attack():
    (wounded,) = _events("Trois personnes ont été blessées au couteau lundi à Tulle.")
    assert (wounded.weapon, wounded.injured) == ("arme blanche", 3)
    (armed,) = _events("Un homme armé d'un couteau a blessé deux passants lundi à Tulle.")
    assert (armed.weapon, armed.injured) == ("arme blanche", 2)


def test_a_ramming_told_with_the_vehicle_after_the_verb():
    (crowd,) = _events("Un homme a lancé sa voiture contre la foule lundi à Tulle, tuant deux personnes.")
    assert _row(crowd) == ("2021-04-05", "Tulle", "voiture-bélier", 2, None)
    (soldiers,) = _events("Un homme a percuté volontairement un groupe de militaires lundi à Tulle, blessant six.")
    assert _row(soldiers) == ("2021-04-05", "Tulle", "voiture-bélier", None, 6)


def test_a_strike_named_by_its_bare_noun_with_its_toll_or_verb():
    (strike,) = _events("Une frappe a tué cinq combattants lundi près de Tulle.")
    assert (strike.date, strike.location, strike.killed) == ("2021-04-05", "Tulle", 5)
    (drone,) = _events("Une frappe de drone a tué un chef jihadiste lundi près de Tulle.")
    assert (drone.weapon, drone.killed) == ("drone", 1)
    assert _events("Le séisme frappe le Japon lundi, faisant deux morts.") == []  # the verb, not the noun
    assert _events("La France conserve sa force de frappe nucléaire.") == []
    assert _events("Des frappes pourraient être menées dans les prochains jours.") == []


def test_an_air_strike_retold_in_the_narrative_present():
    text = "Le 6 août 1945, l'aviation américaine largue une bombe atomique sur Hiroshima, faisant 140.000 morts."
    (bomb,) = _events(text)  # no `bombe` (an atomic bomb is mostly a programme or a threat): the act tells it
    assert _row(bomb) == ("1945-08-06", "Hiroshima", "frappe aérienne", 140000, None)


def test_an_assault_told_by_its_verb_with_the_weapon_named():
    (police,) = _events("Un homme a agressé deux policiers au couteau lundi à Tulle.")
    assert (police.date, police.location, police.weapon) == ("2021-04-05", "Tulle", "arme blanche")
    (passers,) = _events("Un homme s'en est pris à des passants avec un couteau lundi à Tulle, blessant trois.")
    assert (passers.weapon, passers.injured) == ("arme blanche", 3)
    assert _events("Le candidat s'en est pris à son rival lundi lors du débat.") == []
    (town,) = _events("L'armée a pilonné lundi la ville de Tulle, tuant dix civils.")
    assert (town.location, town.killed) == ("Tulle", 10)
    assert _events("L'opposition a pilonné le projet de loi lundi.") == []


def test_a_death_in_an_arrest_is_a_police_killing():
    (arrest,) = _events("Un homme noir est mort lors d'une interpellation musclée samedi à Tulle.")
    assert (arrest.date, arrest.location, arrest.killed) == ("2021-04-03", "Tulle", 1)
    (after,) = _events("Paul Durand, 46 ans, est décédé lundi soir à Tulle juste après avoir été arrêté par la police.")
    assert (after.date, after.location, after.killed) == ("2021-04-05", "Tulle", 1)
    (named,) = _events(
        "Les affrontements ont gagné Brive après la mort d'un homme noir, Paul Durand, lors de son interpellation."
    )
    assert named.killed == 1
    (stopped,) = _events("En 2016, Tulle avait pleuré Paul Durand, abattu lors d'un banal contrôle de police.")
    assert (stopped.date, stopped.killed) == ("2016", 1)
    (clash,) = _events("Un jeune de 18 ans a été tué à Tulle lors de heurts avec les forces de l'ordre.")
    assert (clash.date, clash.location, clash.killed) == (None, "Tulle", 1)  # undated, as a police killing is
    # the tribute's town is not where he died
    (tribute,) = _events(
        "Des milliers d'habitants de Brive ont rendu hommage lundi à Paul Durand, mort lors de son interpellation "
        "le 25 mars à Tulle."
    )
    assert (tribute.date, tribute.location) == ("2021-03-25", "Tulle")
    # people killed by the police over years, and a bare death, are no one killing
    assert _events("Des jeunes tués lors d'affrontements avec la police sont honorés chaque année à Tulle.") == []
    assert _events("Paul Durand est mort lundi à Tulle après avoir été opéré.") == []


def test_a_death_in_an_arrest_told_aside_takes_no_date_of_the_main_clause():
    (event,) = _events(
        "Des manifestants ont incendié jeudi soir un commissariat de Tulle, aux mains de laquelle est mort un homme "
        "lors d'une interpellation."
    )
    assert (event.date, event.killed) == (None, 1)


def test_clashes_with_their_own_date_and_toll_are_an_attack():
    (dead,) = _events(
        "Des affrontements à Tulle ont opposé des manifestants aux forces de l'ordre, faisant un mort fin mars."
    )
    assert (dead.date, dead.location, dead.weapon, dead.killed) == ("2021-03", "Tulle", None, 1)
    (hurt,) = _events("Une dizaine de personnes ont été blessées lors d'affrontements avec des policiers samedi.")
    assert (hurt.date, hurt.injured) == ("2021-04-03", 10)
    # no toll, no date, a war's toll, riots whose dead are laid on nobody: no incident
    assert _events("De violents affrontements ont opposé samedi des manifestants à la police à Tulle.") == []
    assert _events("Des affrontements à Tulle ont fait deux morts, selon la police.") == []
    assert _events("Les affrontements entre l'armée et les rebelles ont fait 300 morts en mars.") == []
    assert _events("Deux jours d'émeutes ont fait 13 morts lundi, alors que les affrontements reprenaient.") == []


def test_headline_first_the_body_opens_on_the_toll():
    (event,) = _events(
        "Le drame s'est produit lundi vers 18 heures. Trois élèves ont été tués dans un lycée de Tulle.",
        title="Fusillade dans un lycée : trois morts",
    )
    assert (event.date, event.killed) == ("2021-04-05", 3)
    # A title that names only an explosion (often an accident) opens nothing on a toll alone.
    text = "Au moins 73 personnes ont été tuées et 3.700 blessées, selon un bilan provisoire."
    assert _events(text, title="Explosions à Beyrouth : au moins 73 morts") == []


def test_a_shot_that_names_whom_it_hit_counts_in_an_article_about_protests():
    title = "Nouvelles manifestations contre la police à Tulle"
    (hurt,) = _events("Un policier a été grièvement blessé par balle samedi à Tulle, en marge du cortège.", title)
    assert _row(hurt) == ("2021-04-03", "Tulle", "arme à feu", None, 1)
    # shots with nobody hit, and thousands hurt over two years of protests, are no incident
    assert _events("Des coups de feu ont été tirés samedi lors de la manifestation à Tulle.", title) == []
    assert _events("Plus de 8.000 manifestants ont été blessés par balle en deux ans de marches à Tulle.", title) == []


def test_an_attack_told_with_a_toll_without_a_figure():
    (bombing,) = _events("Un attentat a fait plusieurs morts samedi à Tulle, selon la préfecture.")
    assert (bombing.date, bombing.location, bombing.killed, bombing.injured) == ("2021-04-03", "Tulle", None, None)
    (wounded,) = _events("Une fusillade a fait des dizaines de blessés dimanche sur le marché de Brive.")
    assert (wounded.date, wounded.location, wounded.killed, wounded.injured) == ("2021-04-04", "Brive", None, None)
    # an accident, an attack only threatened, or attacks over years with a vague toll are no incident
    assert _events("Un accident de car a fait plusieurs morts samedi près de Tulle.") == []
    assert _events("Il avait menacé de commettre un attentat qui ferait de nombreuses victimes à Tulle.") == []
    assert _events("Les attentats ont fait de nombreuses victimes en France depuis 2015.") == []


def test_a_killer_named_before_and_told_as_a_pronoun():
    text = "Le suspect, Karim B., a été arrêté lundi à Lyon. Il avait tué quatre gendarmes à Tulle en 2019."
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2019", "Tulle", 4)
    # a disaster before the pronoun, a pronoun never introduced, the pronoun as the one killed: no attack
    assert _events("Le cyclone a frappé la côte samedi. Il a tué trente personnes.") == []
    assert _events("Il a tué trente personnes samedi à Tulle.") == []
    assert _events("Le tireur a été arrêté lundi. Il a été tué deux jours plus tard à Tulle.") == []


def test_an_attack_named_after_depuis_with_its_toll_happened():
    (event,) = _events("Le quartier vit sous tension depuis l'attentat qui a fait onze morts le 2 mars à Tulle.")
    assert (event.date, event.location, event.killed) == ("2021-03-02", "Tulle", 11)
    # a toll counted since the attack is no toll of it
    assert _events("Depuis le début de l'année, les violences ont fait quarante morts près de Tulle.") == []


def test_a_thing_struck_down_is_no_killing_however_long_its_description():
    assert (
        _events(
            "Une statue équestre représentant le général confédéré Robert Lee a été abattue mercredi par un groupe "
            "d'habitants en colère."
        )
        == []
    )
    assert _events("Plusieurs dizaines de militants ont abattu samedi le monument équestre du général.") == []


def test_a_person_shot_dead_beside_a_statue_is_still_a_killing():
    (event,) = _events("Un homme a été abattu samedi par des inconnus au pied de la statue équestre de Tulle.")
    assert event.killed == 1


def test_a_car_into_a_crowd_that_the_article_calls_an_accident_is_no_attack():
    title = "Une voiture fonce dans la foule à Tulle, six blessés"
    assert (
        _events(
            "Une voiture a foncé dans la foule samedi à Tulle. Six personnes ont été blessées. Selon la police, "
            "l'accident est dû à un malaise du conducteur, qui a perdu le contrôle de son véhicule.",
            title=title,
        )
        == []
    )
    (rammed,) = _events(
        "Une voiture a foncé dans la foule samedi à Tulle, faisant six blessés. Le procureur a ouvert une enquête "
        "pour tentative de meurtre: le geste était volontaire et non un accident.",
        title=title,
    )
    assert (rammed.weapon, rammed.injured) == ("voiture-bélier", 6)


def test_a_ramming_told_by_its_gerund():
    # `fonçant` and `lançant` hold no `fonc` nor `lanc`: the weapon's cheap gate must let them through
    (gerund,) = _events(
        "Un homme a blessé trois personnes samedi à Tulle en fonçant avec sa camionnette sur un groupe de passants."
    )
    assert _row(gerund) == ("2021-04-03", "Tulle", "voiture-bélier", None, 3)
    (thrown,) = _events("Samedi à Brive, un homme a tué deux piétons en lançant sa voiture sur des passants.")
    assert (thrown.weapon, thrown.killed) == ("voiture-bélier", 2)
    # A driver who hit a tree or a skier on a slope: no ramming.
    assert _events("Samedi à Brive, un conducteur ivre a blessé deux piétons en fonçant dans un arbre.") == []
    assert _events("Un skieur s'est blessé samedi à Tulle en fonçant sur la piste.") == []


def test_a_new_attack_in_another_town_is_another_event():
    text = (
        "Un homme a poignardé deux passants samedi à Tulle. Il a ensuite perpétré une nouvelle attaque dans la ville "
        "voisine de Brive, sans faire de blessés."
    )
    first, then = _events(text)
    assert (first.date, first.location, first.weapon) == ("2021-04-03", "Tulle", "arme blanche")
    assert (then.location, then.injured) == ("Brive", 0)
    # In the same place, one more volley of the same attack: one event.
    same = (
        "Des hommes armés ont tué cinq personnes samedi dans un hôtel de Tulle. Une nouvelle fusillade a éclaté "
        "dans le même hôtel de Tulle, faisant deux morts."
    )
    (one,) = _events(same)
    assert (one.location, one.killed) == ("Tulle", 5)


def test_a_body_opened_on_the_toll_and_the_attack_told_later_with_it_are_one_event():
    text = (
        "Quatre personnes ont été blessées et le conducteur a été arrêté. Les enquêteurs parlent d'un acte délibéré. A "
        "Tulle, samedi soir, un individu a blessé quatre personnes en fonçant avec sa voiture sur un groupe de piétons."
    )
    (event,) = _events(text, title="France : une attaque à la voiture-bélier fait quatre blessés")
    assert _row(event) == ("2021-04-03", "Tulle", "voiture-bélier", None, 4)
    # One soldier killed, then one killed years before: too often someone else, two events.
    text = (
        "Un soldat a été tué. L'armée n'a pas donné de détails. En 2015, une embuscade avait tué un soldat près de Gao."
    )
    today, before = _events(text, title="Mali : un soldat tué dans une attaque")
    assert (today.killed, before.date, before.location) == (1, "2015", "Gao")


def test_an_attack_first_named_by_a_demonstrative_with_its_own_toll_or_place():
    # the lead tells the mourning, the attack comes in later by `cette attaque`, `ce nouvel attentat`
    text = (
        "La ville observe une minute de silence en hommage aux victimes. Les deux assaillants ont été arrêtés samedi. "
        "Quatre personnes ont perdu la vie dans cette double attaque, dont un enfant."
    )
    assert [(event.date, event.killed) for event in _events(text)] == [("2021-04-03", 4)]
    text = "Les témoins racontent leur peur. Ce nouvel attentat à Tulle s'est produit peu avant minuit."
    assert [event.location for event in _events(text)] == ["Tulle"]
    # what came before the attack pointed to, and a demonstrative with nothing of its own: no record
    text = "Les témoins racontent. Une semaine avant cette attaque meurtrière, le camion a été vu à Brive."
    assert _events(text) == []
    assert _events("Les témoins racontent leur peur. Cette attaque a choqué le pays.") == []


def test_an_attack_named_in_passing_after_one_told_elsewhere_is_another():
    text = (
        "Les témoins racontent leur peur. Ce nouvel attentat à Tulle s'est produit peu avant minuit. Les habitants "
        "sont sous le choc, deux semaines après l'attentat de Nice qui avait fait 86 morts."
    )
    assert sorted((event.location, event.killed) for event in _events(text)) == [("Nice", 86), ("Tulle", None)]


def test_a_demonstrative_names_again_the_attack_just_named_in_passing():
    text = (
        "La police a bouclé le quartier après un attentat dans le centre de Lyon. Trois personnes ont été tuées dans "
        "cet attentat, près d'un bar où des supporters s'étaient rassemblés."
    )
    assert [(event.location, event.killed) for event in _events(text)] == [("Lyon", 3)]


def test_an_explosion_in_the_underground_is_an_attack_even_where_the_article_says_no_more():
    (event,) = _events(
        "Au moins dix personnes ont été tuées lundi dans une explosion survenue dans une rame du métro de Lyon.",
        title="En direct : explosion dans le métro de Lyon",
    )
    assert _row(event) == ("2021-04-05", "Lyon", "explosion", 10, None)
    # Gas, or a works site on a metro line: no attack.
    title = "Explosion dans le métro de Lyon"
    assert _events("Une explosion de gaz a blessé deux personnes lundi dans une station de métro de Lyon.", title) == []
    assert (
        _events("Une explosion a blessé deux ouvriers lundi sur le chantier d'une ligne de métro à Lyon.", title) == []
    )


def test_an_attack_first_named_by_a_definite_noun_with_its_toll_clause():
    # an inquiry, a trial: whatever the sentence says of it, `qui a fait N morts` with its day tells it happened
    text = (
        "La police a ouvert dimanche une enquête sur l'attaque au couteau qui a fait trois morts samedi soir à "
        "Tulle. Le suspect a été interpellé."
    )
    assert [(event.date, event.location, event.killed) for event in _events(text)] == [("2021-04-03", "Tulle", 3)]
    # a toll that might have been, a metaphor: no record
    text = "La police a ouvert une enquête sur l'attaque qui aurait pu faire des dizaines de morts samedi à Tulle."
    assert _events(text) == []
    assert _events("Le ministre dénonce les attaques verbales qui ont fait trois victimes samedi à Tulle.") == []


def test_an_attack_named_aside_in_a_sentence_about_years_ago_is_not_the_recent_one():
    title = "France : un homme se fait exploser sur un terrain de foot"
    text = (
        "Une explosion a eu lieu samedi sur un terrain de football de Tulle. L'explosion a eu lieu sur le terrain du "
        "club. Le 15 janvier 2015, une semaine après l'attentat contre Charlie Hebdo, une cellule jihadiste avait été "
        "démantelée à Tulle."
    )
    today, aside = _events(text, title=title)
    assert (today.date, today.weapon) == ("2021-04-03", "explosion")
    assert (aside.date, aside.location) == ("2015-01-08", None)  # the paper it struck is its target, no place
    # An old attack the article reports, named again by its day in a sentence of that year: still one event.
    text = (
        "Trois kamikazes s'étaient fait exploser à l'aéroport de Tulle le 22 mars 2016, faisant 32 morts. Le suspect a "
        "été inculpé dans l'enquête sur les attaques du 22 mars 2016 à Tulle, a annoncé le parquet."
    )
    (event,) = _events(text, title="Attentats de 2016 à Tulle : un suspect inculpé")
    assert (event.date, event.killed) == ("2016-03-22", 32)


def test_shots_or_a_blast_that_rang_out_report_an_attack_and_take_the_toll_told_after():
    (shots,) = _events(
        "Des centaines de fidèles sortaient de la messe samedi soir à Tulle quand des coups de feu ont éclaté. "
        "La foule s'est dispersée dans les rues voisines. Au moins quatre personnes ont été tuées."
    )
    assert _row(shots) == ("2021-04-03", "Tulle", "arme à feu", 4, None)
    (rang,) = _events("Des coups de feu ont retenti dimanche devant la mairie de Brive, blessant un passant.")
    assert _row(rang) == ("2021-04-04", "Brive", "arme à feu", None, 1)
    (blast,) = _events(
        "Une forte explosion a retenti lundi matin dans le centre de Tulle, faisant deux morts. "
        "Les enquêteurs privilégient la piste d'un attentat."
    )
    assert (blast.date, blast.location, blast.killed) == ("2021-04-05", "Tulle", 2)
    (english,) = _events("Gunfire erupted on Saturday night outside a bar in Leeds, killing two people.")
    assert (english.date, english.location, english.killed) == ("2021-04-03", "Leeds", 2)


def test_shots_heard_or_a_row_that_broke_out_are_no_attack():
    assert _events("Un voisin dit avoir entendu des coups de feu au loin, sans savoir d'où ils venaient.") == []
    assert _events("Des explosions de joie ont retenti samedi soir dans les rues de Tulle après la victoire.") == []
    assert _events("Des applaudissements ont retenti samedi soir dans la salle des fêtes de Tulle.") == []


def test_a_shooting_retold_keeps_the_toll_given_paragraphs_later_and_its_town():
    (retold,) = _events(
        "La police de Tulle a annoncé qu'une fusillade avait eu lieu dans une galerie marchande ce samedi 3 avril. "
        "Des victimes seraient à déplorer. "
        "Une fusillade a éclaté ce samedi 3 avril à Tulle, pendant un concert. "
        "Le maire a appelé les habitants à rester chez eux. "
        "Selon la préfecture, il y aurait trois morts et sept blessés."
    )
    assert _row(retold) == ("2021-04-03", "Tulle", "arme à feu", 3, 7)
    (district,) = _events(
        "Une fusillade a éclaté samedi 3 avril dans une galerie marchande de Tulle. "
        "Un premier tireur a ouvert le feu aux abords d'un café, dans le quartier de Souilhac."
    )
    assert (district.date, district.location) == ("2021-04-03", "Tulle")


def test_an_attack_the_lead_names_as_known_is_the_one_the_article_is_about():
    (known,) = _events(
        "Karim vit dans les rues de Tulle depuis deux ans. Il dormait près de la gare de Tulle quand le fracas de "
        "l'attentat à la bombe l'a réveillé. Il a porté secours aux enfants toute la nuit.",
        title="Un sans-abri salué en héros",
    )
    assert (known.location, known.weapon) == ("Tulle", "bombe")


def test_an_attentat_the_lead_names_as_known_with_its_place_and_day_needs_no_weapon():
    (known,) = _events(
        "Paul a filmé la seule vidéo de l'attentat de la gare de Tulle de ce samedi 3 avril. "
        "Il rentrait du travail, raconte-t-il.",
        title="Un témoin raconte",
    )
    assert (known.date, known.location, known.weapon) == ("2021-04-03", "Tulle", None)
    # an attack of words, an explosion (often an accident): no weapon, no attack told
    words = "Paul a suivi l'attaque frontale de la mairie de Tulle de ce samedi 3 avril. Il rentrait du travail."
    assert _events(words, title="Un témoin raconte") == []
    blast = "Paul a filmé l'explosion meurtrière de la gare de Tulle de ce samedi 3 avril. Il rentrait du travail."
    assert _events(blast, title="Un témoin raconte") == []


def test_a_lead_that_names_a_tag_or_a_feared_attack_or_names_it_late_records_nothing():
    tag = "Karim peint à Tulle. Son dernier tag, tracé à la bombe sur le mur de la gare de Tulle, a été effacé samedi."
    assert _events(tag, title="Un artiste de rue à l'honneur") == []
    feared = "Karim vit à Tulle. Il craint que l'attentat à la bombe annoncé sur les réseaux à Tulle ne soit commis."
    assert _events(feared, title="Un habitant inquiet") == []
    late = (
        "Karim vit à Tulle. Il a trouvé un emploi samedi. Il raconte sa vie. Il dormait près de la gare de Tulle "
        "quand le fracas de l'attentat à la bombe l'a réveillé."
    )
    assert _events(late, title="Un sans-abri salué en héros") == []


def test_an_attack_told_by_whom_it_struck_happened():
    (target,) = _events("La mairie de Tulle a été la cible d'un attentat samedi soir.")
    assert (target.date, target.location) == ("2021-04-03", "Tulle")
    (victim,) = _events("Un élu a été victime d'un attentat dimanche matin à Brive.")
    assert (victim.date, victim.location) == ("2021-04-04", "Brive")
    (racist,) = _events("Ce samedi, dans un bus de Tulle, un homme a fait l'objet d'une attaque raciste.")
    assert (racist.date, racist.location) == ("2021-04-03", "Tulle")


def test_an_attack_of_words_many_attacks_or_one_denied_struck_nobody():
    assert _events("Le maire de Tulle a fait l'objet d'une attaque en règle de l'opposition lundi.") == []
    assert _events("Le site de la mairie de Tulle a fait l'objet d'une attaque informatique samedi.") == []
    assert _events("Le maire de Tulle a déjà été la cible d'attentats par le passé.") == []
    assert _events("La mairie de Tulle n'a pas été la cible d'un attentat samedi soir, selon la police.") == []


def test_a_title_that_reports_the_attack_places_the_bodys_report_of_it_that_gives_no_place_day_or_toll():
    body = (
        "La vidéo montre l'appareil en feu. "
        "Selon les enquêteurs, deux missiles ont frappé l'avion, qui s'est écrasé peu après son décollage."
    )
    (event,) = _events(body, title="Avion de ligne abattu au Yémen : deux missiles auraient touché l'appareil")
    assert (event.location, event.country, event.weapon) == ("Yémen", "Yémen", "missile")
    assert event.evidence["event"] == ["t#1"]  # the body's sentence, not the title
    # a title about a trial, a threat, a memory or a crash asked about does not make the body's words a record
    for title in (
        "Yémen : le procès des rebelles qui ont abattu un avion de ligne s'ouvre",
        "Yémen : les rebelles menacent d'abattre un avion de ligne avec des missiles",
        "Dix ans après, le souvenir de l'avion de ligne abattu au Yémen",
        "Yémen : un avion de ligne s'écrase, deux missiles en cause ?",
    ):
        assert _events(body, title=title) == []


def test_a_report_the_title_completes_cites_the_body_sentence_that_places_it_before_the_title():
    body = (
        "Un camion a renversé des passants en plein centre de Lyon, tuant plusieurs personnes, a indiqué la police. "
        'Suivez la situation en direct : "Il y a des morts, et beaucoup de blessés", a indiqué une porte-parole, '
        'qui recherche "ceux qui sont derrière cet attentat".'
    )
    (event,) = _events(body, title="EN DIRECT - Attentat au camion à Lyon, plusieurs morts")
    assert event.location == "Lyon"
    assert event.evidence["location"] == ["t#0"]  # /attacks shows the sentence that places it, not a bare name


def test_a_bomb_that_has_just_exploded_in_a_narrative_present_is_an_attack():
    text = (
        "Ce soir du 3 avril, la fête foraine de Tulle bat son plein. Une bombe cachée dans une poubelle vient "
        "d'exploser près des manèges. Douze personnes sont tuées, plus de cent blessées."
    )
    (event,) = _events(text)
    assert (event.weapon, event.killed, event.injured) == ("bombe", 12, 100)
    # a boiler that has just exploded is an accident
    assert _events("La chaudière vient d'exploser dans un immeuble de Tulle, faisant deux morts.") == []


def test_vehicles_hit_on_purpose_are_a_ramming_by_chance_a_crash():
    text = "Samedi, un automobiliste a percuté volontairement plusieurs véhicules à Tulle, blessant six personnes."
    (event,) = _events(text)
    assert _row(event) == ("2021-04-03", "Tulle", "voiture-bélier", None, 6)
    text = "Un camion a percuté plusieurs véhicules samedi sur l'autoroute près de Tulle, blessant six personnes."
    assert _events(text) == []


def test_an_attack_told_in_the_subjunctive_after_apres_que_happened():
    text = "Lundi, juste après qu'une salve de missiles se soit abattue sur le nord de Tulle, un homme s'enfuit."
    (event,) = _events(text)
    assert (event.location, event.weapon) == ("Tulle", "missile")
    (bomb,) = _events("Juste après qu'une bombe ait explosé lundi dans le marché de Tulle, la foule s'est dispersée.")
    assert (bomb.date, bomb.location, bomb.weapon) == ("2021-04-05", "Tulle", "bombe")
    # feared or denied, it stays none
    assert _events("Les habitants craignent qu'une bombe ait explosé lundi dans le marché de Tulle.") == []


def test_a_blast_told_by_what_it_caused_in_an_article_that_calls_it_an_attack_happened():
    text = (
        "L'explosion d'un gazoduc a entraîné dans la nuit de dimanche à lundi une coupure de courant à Tulle, les "
        "autorités qualifiant l'incident d'acte terroriste."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.weapon) == ("2021-04-05", "Tulle", "explosion")
    # a factory's blast is an accident; a blast in an article that names no attack stays none
    text = "L'explosion d'une usine a entraîné dimanche une coupure de courant à Tulle, dans un acte terroriste."
    assert _events(text) == []
    assert _events("L'explosion d'un gazoduc a entraîné dimanche une coupure de courant à Tulle.") == []


def test_a_bombing_told_by_the_gerund_of_a_reply_with_its_toll_happened():
    (reply,) = _events("Le 12 mars, l'armée avait répliqué en bombardant des camps à la frontière, faisant 14 morts.")
    assert (reply.date, reply.weapon, reply.killed) == ("2021-03-12", "bombardement", 14)
    (undated,) = _events("Le gouvernement a riposté en bombardant des dépôts rebelles, faisant neuf morts.")
    assert (undated.weapon, undated.killed) == ("bombardement", 9)
    # threatened, or told without a strike that happened (a habit, no toll): none
    assert _events("L'armée menace de riposter en bombardant les positions rebelles.") == []


def test_the_explosion_of_a_device_opening_its_clause_with_its_day_or_town_happened():
    (car,) = _events("En février, l'explosion d'une voiture piégée à Tulle avait choqué la région.")
    assert (car.date, car.location, car.weapon) == ("2021-02", "Tulle", "voiture piégée")
    (bomb,) = _events("L'explosion d'une bombe artisanale dimanche devant la mairie de Brive a surpris les habitants.")
    assert (bomb.date, bomb.weapon) == ("2021-04-04", "engin explosif")
    # feared, hedged or undated and unplaced: none
    assert _events("Les autorités craignent l'explosion d'une bombe à Tulle.") == []
    assert _events("L'explosion d'une bombe n'est pas exclue, selon la police.") == []
