"""One attack told twice in one article is one record, with what each telling gives; two attacks stay two."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_an_attack_near_a_town_retold_in_a_place_we_do_not_know_is_one_attack_there():
    (event,) = _events(
        "Le parquet a requis vingt ans de prison contre l'homme qui avait ouvert le feu l'an dernier dans une mosquée "
        "près d'Oslo. Le procès s'achève mercredi. Armé d'un fusil, il avait ouvert le feu le 10 août 2020 au centre "
        "islamique Al-Noor à Baerum, sans faire de blessés graves."
    )
    assert (event.date, event.location) == ("2020-08-10", "Baerum")


def test_soldiers_killed_near_a_town_then_in_the_region_where_the_mine_was_are_one_attack():
    (event,) = _events(
        "Deux soldats français ont été tués mercredi près de Gao, au Mali. Les deux soldats sont morts lorsque leur "
        "blindé a heurté un engin explosif improvisé dans la région d'Indelimane."
    )
    assert (event.killed, event.weapon, event.date) == (2, "engin explosif", "2021-03-31")


def test_a_town_named_as_a_landmark_in_another_attacks_sentence_does_not_join_them():
    events = _events(
        "Un kamikaze s'est fait exploser lundi près de Kaboul, tuant trois soldats. Le ministre a dénoncé l'attaque. "
        "Une bombe a explosé dans un marché de Jalalabad, à 150 km à l'est de Kaboul, tuant deux civils."
    )
    assert sorted(e.killed or 0 for e in events) == [2, 3]


def test_an_attack_named_by_its_town_then_told_in_a_quarter_of_that_town_is_one_attack():
    (event,) = _events(
        "Une fusillade a fait huit morts vendredi dans le centre commercial Olympia de Munich, dans le quartier de "
        "Moosach. La police a bouclé le secteur. Un corps a été retrouvé près des victimes de la tuerie de Munich."
    )
    assert (event.killed, event.date) == (8, "2021-04-02")


def test_a_place_that_only_a_later_sentence_gives_does_not_part_a_retelling():
    (event,) = _events(
        "Au moins quatorze personnes ont péri lundi dans un double attentat à Jolo, dans le sud des Philippines. "
        "Les secours sont arrivés vite. L'armée a bouclé le quartier. Le maire a appelé au calme. "
        "Les écoles resteront fermées. "
        "Un soldat était sur le point de contrôler une femme quand elle s'est fait exploser, a-t-il précisé. "
        "Le groupe est spécialisé dans les enlèvements. "
        "Ces attentats sont intervenus quelques semaines après l'arrestation d'un des dirigeants de cette "
        "organisation, Abou Karim, sur l'île de Mindanao."
    )
    assert (event.location, event.killed, event.weapon) == ("Jolo", 14, "kamikaze")


def test_an_attack_named_only_by_its_town_joins_the_one_of_that_town_told_with_its_day():
    (event,) = _events(
        "Les attentats de Paris auraient-ils pu être évités ? Selon la chaîne, les attaques du 13 novembre 2015 ont "
        "fait 130 morts à Paris."
    )
    assert (event.date, event.location, event.killed) == ("2015-11-13", "Paris", 130)


def test_the_attackers_death_added_to_a_revised_toll_is_no_other_attack():
    (event,) = _events(
        "Mercredi après-midi, une voiture a fauché la foule des passants sur le pont de Westminster à Londres. "
        "Le ministre a dénoncé une attaque lâche. La Première ministre a présidé une réunion de crise. "
        "Les députés ont été confinés. Les écoles ont fermé. "
        "Mise à jour : la police revoit le bilan de l'attaque à la baisse avec trois morts, auxquelles s'ajoute celle "
        "de l'assaillant."
    )
    assert (event.weapon, event.killed) == ("voiture-bélier", 3)


def test_a_killing_named_by_its_victim_twice_is_one_killing():
    (event,) = _events(
        "Les proches de Breonna Taylor, jeune femme noire tuée par la police à Louisville, ont manifesté vendredi. "
        "Le maire a appelé au calme. Les écoles ont fermé. Les commerces ont baissé le rideau. "
        "Les manifestants dénoncent l'absence de poursuites contre les policiers qui ont tué Breonna Taylor chez elle "
        "le 13 mars."
    )
    assert (event.location, event.killed) == ("Louisville", 1)


def test_two_victims_named_apart_stay_two_killings():
    events = _events(
        "Les proches de Breonna Taylor, jeune femme noire tuée par la police à Louisville, ont manifesté vendredi. "
        "Le maire a appelé au calme. Les écoles ont fermé. Les commerces ont baissé le rideau. "
        "Ils dénoncent aussi les policiers qui ont tué George Floyd le 25 mai."
    )
    assert len(events) == 2


def test_the_attacker_named_going_on_with_a_knife_is_the_same_attack():
    (event,) = _events(
        "Le 22 mars, un homme avait foncé avec une voiture-bélier sur les passants du pont de Westminster, faisant "
        "cinq morts. Khalid Masood était ensuite descendu et avait poignardé à mort un policier avant d'être abattu."
    )
    assert (event.weapon, event.killed) == ("voiture-bélier", 5)


def test_an_attack_dated_by_its_year_then_by_its_day_in_its_town_is_one_attack():
    (event,) = _events(
        "La justice a autorisé l'extradition d'un suspect de l'attentat de la rue des Rosiers, qui avait fait six "
        "morts en 1982. L'enquête a duré quarante ans. Les familles attendent un procès. "
        "Le 9 août 1982, un commando avait lancé une grenade dans un restaurant du quartier juif de Paris."
    )
    assert (event.date, event.killed) == ("1982-08-09", 6)


def test_restaurants_bombarded_with_bookings_is_no_attack():
    assert not _events(
        "Les rues restaient calmes vendredi. Tous les restaurants de la ville ont été bombardés de demandes de "
        "réservations, a raconté une propriétaire."
    )


def test_an_undated_killing_and_a_dated_one_in_one_town_naming_two_victims_stay_two():
    events = _events(
        "A Portland, cent jours après la mort de George Floyd, étouffé sous le genou d'un policier, des manifestants "
        "défilent encore. Le maire a appelé au calme. Les commerces ont fermé. Les écoles aussi. Le trafic est coupé. "
        "Aaron Danielson, un militant de 39 ans, a été tué par balle samedi à Portland."
    )
    assert len(events) == 2


def test_a_toll_told_with_the_ramming_that_caused_it_in_an_apres_que_clause_is_one_attack():
    (event,) = _events(
        "Au moins 14 personnes ont été tuées et 40 autres blessées, ce jeudi, après qu'un camion blanc a foncé dans la "
        "foule sur la Canebière, une avenue très fréquentée, dans le centre-ville de Marseille. La police parle d'une "
        "attaque terroriste.",
        title="Attaque à Marseille : les réactions se multiplient",
    )
    assert (event.killed, event.injured, event.weapon, event.date) == (14, 40, "voiture-bélier", "2021-04-01")


def test_a_toll_and_an_earlier_shooting_told_in_the_pluperfect_after_it_stay_two():
    events = _events(
        "Deux gendarmes ont été tués lundi à Grenoble, après qu'un homme avait ouvert le feu le 12 mars sur une "
        "patrouille à Lyon."
    )
    assert sorted(str(e.location) for e in events) == ["Grenoble", "Lyon"]


def test_a_later_sentence_in_the_pluperfect_going_back_over_the_attack_in_its_town_is_that_attack():
    (event,) = _events(
        "Un groupe jihadiste a revendiqué lundi une attaque au couteau commise à Lyon. Les enquêteurs sont prudents. "
        "La police avait lancé un appel à témoins pour retrouver l'homme qui avait poignardé à mort un étudiant de "
        "vingt ans dans une rue de Lyon."
    )
    assert (event.killed, event.location, event.date) == (1, "Lyon", "2021-04-05")


def test_an_older_attack_in_the_same_town_recalled_in_the_pluperfect_stays_another_attack():
    events = _events(
        "Un homme a blessé trois passants au couteau dimanche à Lyon. Les secours sont intervenus. "
        "En novembre 2019, un autre assaillant avait poignardé à mort deux personnes à Lyon."
    )
    assert sorted(e.killed or 0 for e in events) == [0, 2]


def test_a_spot_of_the_town_in_a_pluperfect_sentence_is_another_place_and_another_attack():
    events = _events(
        "Trois personnes ont été blessées au couteau dimanche à Londres. La police a bouclé le quartier. "
        "Fin novembre, une attaque au couteau avait fait deux morts à London Bridge, avant que l'assaillant ne soit "
        "abattu par la police."
    )
    assert sorted(e.killed or 0 for e in events) == [0, 2]


def test_the_attack_referred_to_by_its_country_then_told_in_a_town_of_it_is_one_attack():
    (event,) = _events(
        "L'attaque meurtrière contre des touristes au Mali semble avoir été préméditée, a-t-on appris jeudi de source "
        "judiciaire. Les enquêteurs ont entendu plusieurs témoins. Quatre touristes ont été tués samedi par des hommes "
        "armés près de la ville de Gao, au Mali."
    )
    assert (event.killed, event.date, event.country) == (4, "2021-04-03", "Mali")


def test_a_day_someone_learnt_of_the_attack_is_not_its_day():
    (event,) = _events(
        "Une attaque au couteau a fait deux blessés dans une gare de Tulle, a-t-on appris vendredi de source policière."
    )
    assert event.date is None


def test_a_killing_told_again_of_someone_named_by_a_demonstrative_is_the_one_just_told():
    (event,) = _events(
        "Le chef d'un groupe jihadiste, l'Algérien Karim Benali, a été tué par les forces françaises dans le nord du "
        "Niger, a annoncé vendredi la ministre. Ce chef historique du jihad sahélien a été tué jeudi à Tinkar, "
        "a appris l'AFP."
    )
    assert (event.killed, event.date, event.location) == (1, "2021-04-01", "Tinkar")


def test_a_killing_on_another_day_stays_another_even_after_a_demonstrative():
    events = _events(
        "Le journaliste Paul Martin a été abattu lundi à Tulle. Ce militant écologiste a été tué mardi à Brive, à cent "
        "kilomètres de là."
    )
    assert sorted(e.location or "" for e in events) == ["Brive", "Tulle"]


def test_an_attack_retold_under_a_source_that_had_given_the_news_earlier_is_one_attack():
    # `avaient précisé plus tôt des sources`: the pluperfect says who told it first, not that it is an older attack
    opening = (
        "Des jihadistes ont lancé samedi une attaque contre un hôtel de Baidoa, tuant sept civils. Les forces de "
        "sécurité ont mis trois heures à reprendre le contrôle de l'établissement. Le gouverneur est arrivé dans la "
        "soirée. Les écoles resteront fermées lundi. "
    )
    (event,) = _events(
        opening + "Quatre autres assaillants ont été tués, l'un lors de l'explosion de la voiture piégée et les autres "
        "dans un échange de tirs avec les soldats, avaient précisé plus tôt des sources sécuritaires."
    )
    assert (event.date, event.location, event.killed, event.weapon) == ("2021-04-03", "Baidoa", 7, "voiture piégée")
    # an older attack told in the pluperfect stays an attack of its own
    events = _events(
        opening + "Quatre autres assaillants avaient été tués en 2019 lors de l'explosion d'une voiture piégée devant "
        "le même hôtel, a rappelé une source sécuritaire."
    )
    assert sorted(e.date or "" for e in events) == ["2019", "2021-04-03"]


def test_the_attacker_of_the_attack_just_told_going_back_over_it_in_the_pluperfect_is_that_attack():
    # `L'agresseur, qui avait poignardé ses victimes`: unplaced and undated, but told of by the attack's attacker
    told = (
        "Un homme a poignardé samedi quatre passants à Leeds, tuant une femme. Le maire a dénoncé un acte odieux. "
        "Les commerces du quartier sont restés fermés dimanche. "
    )
    for then in (
        "L'agresseur, qui avait poignardé ses victimes au hasard, a été maîtrisé par des passants.",
        "Le suspect, qui avait blessé quatre personnes au couteau, a été placé en garde à vue.",
        "Selon la police, l'assaillant avait frappé ses victimes à l'arme blanche avant de prendre la fuite.",
    ):
        (event,) = _events(told + then)
        assert (event.date, event.location, event.killed) == ("2021-04-03", "Leeds", 1)
    # an older stabbing told with no attacker named stays apart
    events = _events(told + "En 2019, un homme avait poignardé deux passants dans un parc de la ville.")
    assert sorted(e.date or "" for e in events) == ["2019", "2021-04-03"]


def test_a_retelling_dated_by_what_came_after_it_is_the_same_attack():
    # the day and place after `à la veille de`, `quelques heures avant` are another event's, not a second attack's
    for then in (
        "L'attaque s'est produite à la veille de la visite du ministre, avant l'investiture jeudi du gouvernement.",
        "L'attaque est survenue quelques heures avant l'ouverture jeudi du sommet à Brive.",
        "L'attentat a été commis trois jours avant l'élection présidentielle de dimanche.",
    ):
        (one,) = _events("Un policier a été tué mardi à Tulle. " + then, "Un policier tué à Tulle")
        assert (one.date, one.location, one.killed) == ("2021-03-30", "Tulle", 1)
    # an attack named after the words of time is one of its own
    events = _events(
        "Un policier a été tué mardi à Tulle. L'attaque est survenue deux jours après l'attentat de Brive, qui avait "
        "fait trois morts dimanche.",
        "Un policier tué à Tulle",
    )
    assert sorted((e.location, e.killed) for e in events) == [("Brive", 3), ("Tulle", 1)]


def test_a_demonstrative_whose_noun_opens_a_quotation_points_back_to_the_attack_told():
    # `cette "attaque meurtrière ..."` names the attack the lead reports, as `cette attaque meurtrière` does
    (one,) = _events(
        "Les forces armées traquaient lundi les auteurs de l'attaque qui a tué dimanche huit personnes dont six "
        "humanitaires. Le ministre a reçu les familles des victimes lundi à Paris. Dimanche soir, le président avait "
        'dénoncé cette "attaque meurtrière qui a lâchement frappé un groupe de travailleurs humanitaires". L\'attaque '
        "a eu lieu vers 11H30 à 6 km à l'est de Kouré, selon une source locale.",
        "Attaque au Niger: l'armée traque les assaillants",
    )
    assert (one.date, one.location, one.killed) == ("2021-04-04", "Kouré", 8)
