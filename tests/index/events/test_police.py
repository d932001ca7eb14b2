"""Killings by police or by a state, and poisonings: told without a weapon word, or behind another attack's name."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_death_at_the_hands_of_the_police_told_with_decede():
    (event,) = _events("Un homme est décédé en détention aux mains de la police en 2016 à Tulle.")
    assert _row(event) == ("2016", "Tulle", "force policière", 1, None)  # a death in custody, no means named


def test_the_suspect_of_an_earlier_attack_shot_dead_is_a_killing_of_its_own():
    events = _events(
        "Le suspect numéro un de l'attentat de Liège a été abattu dans la nuit de jeudi à vendredi à Tulle."
    )
    assert sorted(map(_row, events), key=str) == [
        ("2021-04-02", "Tulle", "arme à feu", 1, None),  # the police killing, where and when it happened
        (None, "Liège", None, None, None),  # the attack named, undated
    ]
    (killed,) = [e for e in _events("Le cerveau des attentats de Paris a été tué mercredi lors d'un assaut de la "
                                    "police à Saint-Denis.") if e.killed]  # fmt: skip
    assert (killed.date, killed.location) == ("2021-03-31", "Saint-Denis")
    # what the attacker did, told in a relative clause, is still the attack named
    (event,) = _events(
        "L'auteur de l'attaque à la voiture-bélier lundi à Tulle, qui a ensuite poignardé à mort un policier avant "
        "d'être abattu, se nomme Paul Durand."
    )
    assert event.weapon == "voiture-bélier"


def test_a_poisoning_stated_plainly_is_an_attack_with_its_victims_hurt_not_a_guess():
    (two,) = _events(
        "L'empoisonnement de l'ancien espion Paul Durand et de sa fille Julie, le 4 mars à Tulle, a provoqué une crise."
    )
    assert _row(two) == ("2021-03-04", "Tulle", "poison", None, 2)
    (named,) = _events("L'opposant a été empoisonné au polonium jeudi à Tulle.")
    assert _row(named) == ("2021-04-01", "Tulle", "poison", None, 1)
    # given as a guess or one side's word, or no person poisoned: no attack
    assert _events("Berlin exige des explications sur l'empoisonnement présumé de l'opposant Paul Durand.") == []
    assert _events("Selon ses proches, l'empoisonnement de l'opposant Paul Durand ne fait aucun doute.") == []
    assert _events("L'empoisonnement de la rivière Dordogne par des pesticides inquiète les pêcheurs.") == []
    assert _events("Cette affaire empoisonne les relations entre Paris et Moscou.") == []


def test_a_poisoning_told_with_when_and_where_before_the_poison():
    (dated,) = _events("Le journaliste a été empoisonné le 2 mars à Tulle avec un agent neurotoxique militaire.")
    assert _row(dated) == ("2021-03-02", "Tulle", "poison", None, 1)
    (trip,) = _events("L'opposant a été empoisonné jeudi à Brive lors d'un meeting par du polonium.")
    assert _row(trip) == ("2021-04-01", "Brive", "poison", None, 1)
    (noun,) = _events("Des laboratoires confirment un empoisonnement au Novitchok de l'ancien ministre à Tulle.")
    assert (noun.location, noun.weapon, noun.injured) == ("Tulle", "poison", 1)
    # no poison named, a poison named in another clause, or a guess: no attack
    assert _events("Le journaliste a été empoisonné le 2 mars à Tulle, disent ses proches.") == []
    assert _events("Le lac a été empoisonné par des rejets d'usine; l'agent neurotoxique vient d'ailleurs.") == []
    assert _events("Le journaliste aurait été empoisonné jeudi à Tulle, selon ses proches, avec du polonium.") == []


def test_a_poisoning_one_side_reports_is_told_when_the_poison_is_named_or_confirmed():
    # one side's word, with the poison found or the finding confirmed: the article tells it as having happened
    (berlin,) = _events(
        "Moscou rejette toute implication dans l'empoisonnement du syndicaliste Paul Durand, victime selon Paris "
        "d'une attaque au polonium."
    )
    assert (berlin.weapon, berlin.injured) == ("poison", 1)
    (lab,) = _events("Un laboratoire a conclu mardi à l'empoisonnement de Jean Martin par une substance de type ricin.")
    assert (lab.weapon, lab.injured) == ("poison", 1)
    (title,) = _events("Les Vingt-Sept ont dénoncé l'empoisonnement confirmé de M. Martin, selon Bruxelles.")
    assert (title.weapon, title.injured) == ("poison", 1)
    (victim,) = _events("Le maire, victime d'un empoisonnement au ricin le 2 mars à Tulle, a quitté l'hôpital.")
    assert _row(victim) == ("2021-03-02", "Tulle", "poison", None, 1)
    # one side's word alone, a guess, a meal: no attack; critics poisoned over years: one aggregate (the gold set's
    # rule since heldout4), no incident
    assert _events("Le maire a été victime d'un empoisonnement à Tulle, affirment ses proches.") == []
    assert _events("Le maire, victime présumée d'un empoisonnement au ricin, a quitté l'hôpital.") == []
    text = "De nombreux opposants ont été victimes ces dernières années d'empoisonnement."
    assert [e.kind for e in _events(text)] == ["aggregate"]
    assert _events("Vingt convives ont été victimes d'un empoisonnement alimentaire à Tulle.") == []
    assert _events("Selon ses proches, M. Martin a été victime d'un empoisonnement.") == []


def test_a_poisoning_the_doctors_found_in_its_victim_is_told_as_having_happened():
    # traces of poisoning found in the victim, or a poison of the nerve agents' family: a finding, not one side's word
    (traces,) = _events(
        "A Limoges, les médecins ont diagnostiqué des « traces d'empoisonnement » chez le syndicaliste, contrairement "
        "à leurs confrères de Tulle, accusés par ses proches d'avoir voulu cacher le crime."
    )
    assert (traces.weapon, traces.injured) == ("poison", 1)
    (found,) = _events("Le laboratoire a conclu mardi qu'il présentait bien des traces d'empoisonnement.")
    assert (found.weapon, found.injured) == ("poison", 1)
    (group,) = _events(
        "Les médecins ont annoncé que le maire avait été intoxiqué par « une substance du groupe des inhibiteurs de la "
        "cholinestérase », sans pouvoir préciser laquelle."
    )
    assert (group.weapon, group.injured) == ("poison", 1)
    # no trace found, traces looked for or guessed, traces in a river: no attack
    assert _events("Les médecins n'ont trouvé aucune trace d'empoisonnement chez le syndicaliste.") == []
    assert _events("Les médecins cherchent d'éventuelles traces d'empoisonnement chez le syndicaliste.") == []
    assert _events("Les médecins ont probablement trouvé des traces d'empoisonnement chez le syndicaliste.") == []
    assert _events("Des pêcheurs ont relevé des traces d'empoisonnement dans la Dordogne après des rejets.") == []
    # another person poisoned, told later by one side: not that poisoning's place; the same person named: its place
    told = (
        "Les médecins de Limoges ont trouvé des traces d'empoisonnement chez le syndicaliste Paul Durand. Ses proches "
        "accusent le régime. Les enquêteurs cherchent toujours les coupables. "
    )
    (durand,) = _events(
        told + "En mars 2018, l'ex-agent Jean Martin avait été selon Londres empoisonné à Tulle avec cet agent."
    )
    assert (durand.location, durand.injured) == (None, 1)
    (same,) = _events(told + "Paul Durand avait été selon ses proches empoisonné à Tulle avec cet agent.")
    assert (same.location, same.injured) == ("Tulle", 1)


def test_one_poisoning_told_twice_is_one_record_another_one_beside_it_is_not():
    (one,) = _events(
        "Le syndicaliste a été soigné à Limoges, où il a été conclu à un empoisonnement au polonium. Il se repose. "
        "Trois laboratoires ont établi qu'il avait bel et bien été victime d'un empoisonnement au polonium."
    )
    assert (one.weapon, one.injured) == ("poison", 1)
    two = _events(
        "Le syndicaliste a été soigné à Limoges, où il a été conclu à un empoisonnement au polonium. Il se repose. "
        "Le même poison avait servi à l'empoisonnement de l'espion Jean Martin et de sa fille Julie."
    )
    assert sorted(e.injured or 0 for e in two) == [1, 2]


def test_a_poisoning_told_by_one_side_with_its_day_and_place_dates_the_one_the_article_states():
    said = "Le maire, victime d'un empoisonnement le 2 mars à Tulle selon ses proches, se repose à Limoges."
    (one,) = _events(said + " Un laboratoire a établi qu'il avait bel et bien été empoisonné au polonium.")
    assert _row(one) == ("2021-03-02", "Tulle", "poison", None, 1)
    # one side's word alone, or beside another person's poisoning: no record of it
    assert _events(said) == []
    (other,) = _events(said + " Le même poison avait servi à l'empoisonnement de l'espion Jean Martin et de sa fille.")
    assert (other.date, other.injured) == (None, 2)


def test_since_a_death_told_with_its_cause_names_that_killing():
    (event,) = _events(
        "Depuis la mort en mai de Paul Durand, un homme noir asphyxié sous le genou d'un policier blanc, les "
        "manifestations se multiplient."
    )
    assert (event.date, event.killed) == ("2020-05", 1)
    # a death without its cause stays no event
    assert _events("Depuis la mort de Paul Durand, les manifestations se multiplient à Tulle.") == []


def test_bullets_that_hit_a_person_wound_one_unless_a_death_is_told():
    (hit,) = _events("Paul Durand a été touché de plusieurs balles dans le dos tirées par un policier à Tulle.")
    assert (hit.location, hit.weapon, hit.killed, hit.injured) == ("Tulle", "arme à feu", None, 1)
    (dead,) = _events(
        "Paul Durand a été touché de plusieurs balles tirées par un policier dimanche à Tulle et est mort."
    )
    assert (dead.killed, dead.injured) == (1, None)


def test_prisoners_or_civilians_killed_by_a_state_are_one_aggregate_not_a_courts_executions():
    (prison,) = _events(
        "Il dirigeait la prison de Tulle, où 12.000 personnes ont été torturées avant d'être exécutées entre 1976 et "
        "1980."
    )
    assert (prison.kind, prison.date, prison.location, prison.killed) == ("aggregate", "1976/1980", "Tulle", 12000)
    (civilians,) = _events("La messe honore des civils exécutés par les partisans en 1945 près de Tulle.")
    assert (civilians.kind, civilians.date, civilians.location) == ("aggregate", "1945", "Tulle")
    assert _events("22 personnes ont été exécutées en 2019 aux Etats-Unis, selon un rapport.") == []
    assert _events("Le condamné a été exécuté mercredi au Texas par injection létale.") == []


def test_shots_by_the_police_that_wounded_someone_and_a_death_told_as_an_agony():
    (hit,) = _events("Paul Durand a été grièvement blessé par des tirs de la police à Tulle dimanche.")
    assert _row(hit) == ("2021-04-04", "Tulle", "arme à feu", None, 1)
    (aside,) = _events("La mère de Paul Durand, grièvement blessé par des tirs policiers, a appelé au calme mardi.")
    assert (aside.date, aside.injured) == (None, 1)  # mardi: when the mother spoke
    assert _events("L'auteur, un homme de 27 ans, est blessé par des tirs de la police dans la rue à Tulle.") == []
    (agony,) = _events(
        "La longue agonie filmée de Paul Durand a provoqué une vague de protestation contre les violences policières."
    )
    assert agony.killed == 1


def test_what_people_rose_against_or_a_weapon_was_used_against_before_is_not_the_target():
    (protest,) = _events(
        "Un camion a foncé mardi sur des manifestants qui protestaient contre le gouverneur de la province à Tulle."
    )
    assert (protest.weapon, protest.location, protest.target) == ("voiture-bélier", "Tulle", None)
    (poison,) = _events(
        "L'opposant a été empoisonné jeudi à Brive avec du Novitchok, un poison déjà utilisé contre un ancien espion."
    )
    assert (poison.weapon, poison.target) == ("poison", None)
    # a killing by the police that set off marches against police violence: no clash with the police
    (killing,) = _events(
        "La mort de Paul Durand, un homme noir tué par un policier blanc à Tulle le 2 mars, a déclenché des "
        "manifestations contre les violences policières."
    )
    assert (killing.event_type, killing.target) == ("Violence against civilians", None)
    # what the attack was aimed at is still its target
    (aimed,) = _events(
        "Un kamikaze s'est fait exploser dimanche contre un convoi militaire à Tulle, tuant trois soldats."
    )
    assert aimed.target == "convoi militaire"


def test_a_beating_someone_suffered_is_an_assault_with_no_weapon():
    # the judged set's rule (dev2, dev8): a beating told as one incident someone suffered is an attack
    (bus,) = _events("Deux amies ont été violemment agressées, dans la nuit du 2 au 3 avril, dans un bus à Tulle.")
    assert (bus.date, bus.location, bus.weapon) == ("2021-04-03", "Tulle", None)
    (police,) = _events("Samedi à Brive, un manifestant a été passé à tabac par des policiers.")
    assert _row(police) == ("2021-04-03", "Brive", None, None, None)
    (kicked,) = _events("Un lycéen a été frappé à coups de pied mardi à Tulle par trois hommes.")
    assert (kicked.date, kicked.location) == ("2021-03-30", "Tulle")
    (pronominal,) = _events("Jeudi à Tulle, un militant s'est fait rouer de coups devant chez lui.")
    assert pronominal.location == "Tulle"
    (english,) = _events("A student was badly beaten up in Tulle on Saturday.")
    assert english.location == "Tulle"
    # criticised, beaten at the polls or at sport, a ball struck: no attack
    assert _events("Le projet a été violemment critiqué samedi à Tulle.") == []
    assert _events("Le maire sortant a été battu dimanche à Tulle.") == []
    assert _events("The home side was beaten 3-1 in Tulle on Saturday.") == []
    assert _events("Le ballon a été frappé du pied gauche samedi à Tulle.") == []


def test_one_person_shot_named_in_an_apposition_is_one_hurt_and_one_shooting():
    title = "Manifestations à Tulle"
    # the apposition closes on the participle: one hurt, the visit's town is not the shooting's place
    text = "Le ministre a rencontré à Brive la famille de Paul Roux, un homme de 30 ans grièvement blessé par balles."
    ((_, place, weapon, killed, injured),) = [_row(e) for e in _events(text, title=title)]
    assert (place, weapon, killed, injured) == ("Tulle", "arme à feu", None, 1)
    text = "Le ministre n'a pas évoqué Paul Roux, cet homme de 30 ans grièvement blessé de sept balles le 3 avril."
    ((date, _, weapon, _, injured),) = [_row(e) for e in _events(text, title=title)]
    assert (date, weapon, injured) == ("2021-04-03", "arme à feu", 1)
    # the shot told first, then the one it hit named again with his wounds: one shooting, its day the wounds'
    text = (
        "Les émeutes ont repris mardi à Tulle après qu'un gendarme y a tiré à bout portant sur un jeune homme, Paul"
        " Roux. Des magasins ont brûlé. Le ministre n'a pas évoqué Paul Roux, cet homme de 30 ans grièvement blessé"
        " de sept balles le 3 avril."
    )
    assert [_row(e) for e in _events(text, title=title)] == [("2021-04-03", "Tulle", "arme à feu", None, 1)]
    # many hurt over months, a question: not one person hurt
    assert _events("En deux ans de manifestations, 8.000 personnes ont été blessées par balle.", title=title) == []
    assert _events("Paul Roux blessé par balles ?") == []


def test_a_police_officer_killed_in_an_earlier_attack_is_no_police_fire():
    # `Un policier avait été tué` is the police's loss in another attack, not the police answering the one just told
    text = (
        "Un homme a attaqué au couteau deux passants samedi à Lyon, faisant deux blessés. Un policier avait été tué et "
        "trois autres blessés dans un attentat suicide contre un commissariat de Marseille."
    )
    assert [(e.location, e.weapon, e.killed, e.injured) for e in _events(text)] == [
        ("Lyon", "arme blanche", None, 2),
        ("Marseille", "kamikaze", 1, 3),
    ]
    # the police shooting the attacker right after is still part of the attack
    text = (
        "Un homme a attaqué au couteau deux passants samedi à Lyon, faisant deux blessés. Un policier a ensuite tué "
        "l'assaillant par balle."
    )
    assert [e.location for e in _events(text)] == ["Lyon"]


def test_an_attack_named_in_a_country_told_next_in_one_of_its_towns_without_a_day():
    # the next sentence tells the attack just named (`La dernière attaque ... en France remontait au 6 mars`) in a town
    # of that country, without a day of its own: that attack's toll and weapon
    text = (
        "Un homme a attaqué au couteau deux passants samedi à Lyon, faisant deux blessés. La dernière attaque visant "
        "des policiers en France remontait au 6 mars. Un policier avait été tué et trois autres blessés dans un "
        "attentat suicide contre un commissariat de Marseille."
    )
    assert [(e.date, e.weapon, e.killed, e.injured) for e in _events(text)] == [
        ("2021-04-03", "arme blanche", None, 2),
        ("2021-03-06", "kamikaze", 1, 3),
    ]
    # a strike in a town of that country told with its own day is another strike
    text = (
        "Un berger a été tué dans un raid de l'aviation turque en Irak. La Turquie a lancé dimanche des raids aériens "
        "contre des positions kurdes près d'Erbil. Le berger a été tué jeudi près d'Erbil, selon un responsable local."
    )
    assert [(e.date, e.killed) for e in _events(text)] == [("2021-04-01", 1), ("2021-04-04", None)]


def test_a_named_poison_used_against_someone_named_poisoned_him():
    # `Le Novitchok avait déjà été utilisé contre X`: a poisoning recalled, placed and dated by its own words
    text = (
        "L'opposant reste hospitalisé à Berlin. L'agent innervant Novitchok avait déjà été utilisé contre "
        "l'ancien espion Paul Martin et sa fille Julie en 2018 en Écosse."
    )
    assert [(e.date, e.location, e.weapon, e.injured) for e in _events(text)] == [("2018", "Écosse", "poison", 2)]
    # used against rats, or against no one named, poisons nobody we can report
    assert _events("Le Novitchok a été utilisé contre des rats dans un laboratoire en 2018.") == []
    assert _events("Ce poison aurait pu être utilisé contre des opposants en 2018.") == []


def test_one_person_wounded_by_the_police_told_without_a_weapon_word():
    # the agent alone tells the act: an apposition, the main verb, a soldier, English
    (aside,) = _events("Le maire a reçu la famille de Paul Roux, grièvement blessé samedi par un policier à Tulle.")
    assert _row(aside) == ("2021-04-03", "Tulle", None, None, 1)
    (main,) = _events("Samedi à Tulle, un jeune homme noir a été blessé par des gendarmes, ce qui a ravivé la colère.")
    assert _row(main) == ("2021-04-03", "Tulle", None, None, 1)
    (soldier,) = _events("Un berger a été grièvement blessé jeudi par des soldats près de Tulle.")
    assert (soldier.date, soldier.injured) == ("2021-04-01", 1)
    (english,) = _events("A teenager was badly wounded by an officer in Tulle on Sunday.")
    assert (english.location, english.injured) == ("Tulle", 1)
    # the police hurt, the many hurt (a habit), the attacker stopped, an arrest, an accident, a question: no event
    assert _events("Un policier a été blessé par un manifestant samedi à Tulle.") == []
    assert _events("Des dizaines de manifestants ont été blessés par la police samedi à Tulle.") == []
    assert _events("L'assaillant, blessé par un policier samedi à Tulle, a été hospitalisé.") == []
    assert _events("Paul Roux a été arrêté par la police samedi à Tulle.") == []
    assert _events("Paul Roux a été blessé lors d'un accident samedi à Tulle.") == []
    assert _events("Paul Roux blessé par la police ?") == []
    # the one hurt named again, the police told instead of the bullets: one shooting
    text = (
        "Un policier a tiré à bout portant sur un Afro-Américain, Paul Roux, samedi à Tulle. Le président a ignoré "
        "Paul Roux, un homme noir grièvement blessé par la police."
    )
    assert [_row(e) for e in _events(text)] == [("2021-04-03", "Tulle", "arme à feu", None, 1)]
    # the attacker, hurt as he was stopped, told by a pronoun after the participle: no one else hurt
    text = (
        "Un homme a attaqué au couteau deux passants samedi à Lyon, faisant deux blessés. Blessé par un policier au "
        "ventre, il a été opéré."
    )
    assert [_row(e) for e in _events(text)] == [("2021-04-03", "Lyon", "arme blanche", None, 2)]


def test_the_dead_found_by_the_police_are_not_killed_by_it():
    assert (
        _events("Le réseau aurait transporté les 39 migrants découverts morts le 23 octobre par la police à Tulle.")
        == []
    )
    assert (
        _events("Deux randonneurs ont été retrouvés morts samedi par des gendarmes dans un ravin près de Tulle.") == []
    )
    assert _events("A homeless man was found dead on Saturday by police officers in Leeds.", "News") == []
    # a death the police caused, told with the same words around it
    (hands,) = _events("Un jeune homme est mort samedi aux mains de la police à Tulle.")
    assert _row(hands) == ("2021-04-03", "Tulle", "force policière", 1, None)
    (arrest,) = _events(
        "Un jeune homme, retrouvé par sa famille, est mort samedi après son arrestation par des policiers."
    )
    assert (arrest.date, arrest.killed) == ("2021-04-03", 1)


def test_police_violence_told_as_many_over_time_is_one_undated_aggregate():
    # people killed by the police in the plural with no figure, `bavures` many or going on, violence said to recur,
    # its victims over the years (the gold set's dev5, dev16, dev24, dev28, dev30, dev35, dev36)
    for text in (
        "Le frère réclame une enquête sur les personnes noires tuées par la police à Tulle.",
        "Des banderoles rappellent de nombreux autres habitants, hommes et femmes, tués par la police.",
        "Une bavure comme il en existe tant d'autres dans le pays.",
        "Les jeunes défilent encore, alors que les bavures policières ne cessent de se produire.",
        "Le procès sera celui des méthodes de la police de Tulle, au coeur de nombreuses bavures.",
        "Il est devenu le symbole de violences policières récurrentes contre les minorités.",
        "Elle a cité d'autres victimes noires de brutalités policières ces dernières années.",
    ):
        (many,) = _events(text)
        assert (many.kind, many.date, many.killed) == ("aggregate", None, None), text
    # a protest's cause, an accusation, a rate, a claim, a list of grievances told as habits: nothing
    assert _events("Des milliers de personnes ont défilé samedi en dénonçant les bavures policières.") == []
    assert _events("La coalition est accusée de multiples bavures contre des civils.") == []
    assert _events("Les jeunes Noirs sont trois fois plus susceptibles d'être tués par la police.") == []
    assert _events("La ville verse des indemnisations aux victimes de violences policières.") == []
    assert (
        _events(
            "Nous sommes fatigués des camions qui se renversent sur les routes, des jeunes garçons tués par la police."
        )
        == []
    )


def test_police_shots_at_one_person_are_read_in_an_article_about_police_violence():
    # the title makes it an article about protests (its shots blocked), yet shots the police fired at one person are a
    # police shooting (the gold set's dev15)
    text = (
        "Samedi, un jeune homme a été tué par la police à Tulle. "
        "Durant cette poursuite, des policiers ont ouvert le feu sur le jeune homme, selon la même source."
    )
    (shot,) = _events(text, title="Un jeune homme tué par la police à Tulle")
    assert (shot.date, shot.location, shot.weapon, shot.killed) == ("2021-04-03", "Tulle", "arme à feu", 1)
    # shots at a crowd in such an article stay unread
    crowd = "Samedi à Tulle, des policiers ont tiré sur des manifestants qui lançaient des pierres."
    assert _events(crowd, title="Manifestations contre les violences policières à Tulle") == []


def test_a_death_by_the_police_named_with_its_time_or_its_victim_described_before_the_name():
    # when (and where) between the death and its victim, the victim described before the name
    text = "Le film évoque la mort en 2016 d'un automobiliste noir, Paul Martin, abattu par un policier près de Tulle."
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2016", "Tulle", 1)
    text = "La colère née de la mort d'un homme noir, Paul Martin, après son interpellation par la police de Tulle."
    (event,) = _events(text)
    assert (event.location, event.killed) == ("Tulle", 1)
    # no police said to have caused it: a death, no attack
    assert _events("Le film évoque la mort en 2016 d'un automobiliste noir, Paul Martin, près de Tulle.") == []


def test_a_title_reporting_a_police_killing_does_not_make_the_article_one_about_protests():
    # shots are read in such an article (the gold set counts police shootings: dev, dev3); a title about protests or
    # police violence still leaves them unread
    text = "En 2015, un policier avait tué de plusieurs balles dans le dos un automobiliste noir qui fuyait à Tulle."
    (shot,) = _events(text, title="Un homme tué par la police à Brive")
    assert (shot.date, shot.location, shot.weapon) == ("2015", "Tulle", "arme à feu")
    assert _events(text, title="Manifestations contre les violences policières à Brive") == []


def test_attackers_killed_in_the_forces_own_raids_are_a_killing_not_an_attack_stopped():
    # raids or operations of their own, not the end of an attack (the gold set's dev25)
    (raids,) = _events("Les forces de sécurité ont tué samedi cinq terroristes dans plusieurs raids à Tulle.")
    assert (raids.date, raids.location) == ("2021-04-03", "Tulle")
    # the attacker stopped at the end of his attack stays part of it
    assert _events("Samedi à Tulle, l'assaillant a été abattu par la police.") == []


def test_the_day_of_a_visit_to_come_is_not_the_day_of_the_attack_the_sentence_names():
    # `ira mardi`, `se rendrait mardi`: a day to come (dev36), the police shooting told beside it stays undated
    for text in (
        "Le président ira mardi à Tulle, où un homme a été grièvement blessé par un policier.",
        "Le porte-parole a annoncé que le président se rendrait mardi à Tulle, où un homme a été grièvement blessé par "
        "un policier.",
    ):
        (visit,) = _events(text)
        assert (visit.date, visit.location, visit.injured) == (None, "Tulle", 1), text
    # a day told in the past is the attack's
    (told,) = _events("Mardi à Tulle, un homme a été grièvement blessé par un policier.")
    assert told.date == "2021-03-30"


def test_a_death_told_with_the_arrest_or_the_restraint_of_the_police_is_a_killing():
    text = "Paul Martin est décédé le 25 mai à Tulle alors qu'il était maintenu à terre sous le genou d'un policier."
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2020-05-25", "Tulle", 1)  # the last 25 May before
    (event,) = _events("Un jeune homme est mort en juillet 2016 après son interpellation par des gendarmes.")
    assert (event.date, event.killed) == ("2016-07", 1)
    # undated, mostly the article's own death told again; a death years after the arrest, or after a trial (a death
    # right after an arrest by no one said is one in custody: test_death_after_arrest.py)
    assert _events("Paul Martin est mort plaqué au sol, le cou sous le genou d'un policier blanc.") == []
    assert _events("Il est mort en juillet 2016, deux ans après son arrestation.") == []
    assert _events("Il est mort en prison en 2016, dix ans après son procès.") == []


def test_one_person_hurt_by_police_shots_named_in_an_apposition_beside_a_protest():
    # the apposition's shots name whom they hit: one shooting, even in a sentence that tells protests feared
    text = (
        "Le père de Paul Roux, un homme de 30 ans grièvement blessé par des tirs policiers, a appelé au calme mardi, "
        "la préfecture craignant de nouvelles manifestations à Tulle."
    )
    ((_, _, weapon, killed, injured),) = [_row(e) for e in _events(text, title="Manifestations à Tulle")]
    assert (weapon, killed, injured) == ("arme à feu", None, 1)
    # some of a crowd hurt, told in an apposition on the crowd, stay none
    text = "Des centaines de jeunes, certains blessés par des tirs policiers, ont de nouveau manifesté mardi à Tulle."
    assert _events(text, title="Manifestations à Tulle") == []


def test_one_person_hurt_in_a_shooting_beside_a_protest_is_one_shooting():
    title = "Manifestations à Tulle"
    text = "Selon la police, un homme a été blessé dans une fusillade sur le pont de Tulle en marge du défilé."
    ((_, place, weapon, killed, injured),) = [_row(e) for e in _events(text, title=title)]
    assert (place, weapon, killed, injured) == ("Tulle", "arme à feu", None, 1)
    # many killed over years of protests stay none
    text = "En deux ans de manifestations, 300 personnes ont été tuées lors d'une fusillade."
    assert _events(text, title=title) == []


def test_a_person_doused_with_acid_or_a_caustic_product_is_attacked():
    (event,) = _events("En 2019, il avait été aspergé d'un produit désinfectant dans les yeux à Tulle.")
    assert (event.date, event.location, event.weapon) == ("2019", "Tulle", "produit corrosif")
    (acid,) = _events("Une passante a notamment été aspergée au visage avec de l'acide samedi à Brive.")
    assert (acid.date, acid.location) == ("2021-04-03", "Brive")
    # a crowd sprayed with tear gas, a field with chemicals: no attack
    assert _events("Les manifestants ont été aspergés de gaz lacrymogène samedi à Tulle.") == []
    assert _events("Le champ a été aspergé de produits chimiques en 2019.") == []


def test_a_poison_referred_back_to_or_numbered_poisoned_whom_it_was_used_against():
    # `cet agent`, `ce poison`: the poison named before, used against a person named
    text = "Cet agent avait déjà été utilisé contre l'ancien espion Paul Durand et sa fille en 2018 à Tulle."
    (back,) = _events(text)
    assert (back.date, back.location, back.weapon, back.injured) == ("2018", "Tulle", "poison", 2)
    text = "En mars 2018, l'espion Paul Durand avait été empoisonné à Tulle avec cette substance militaire."
    assert _events(text)[0].weapon == "poison"
    # the poison's isotope number after a hyphen
    (isotope,) = _events("Le transfuge Jean Martin était mort d'un empoisonnement au polonium-210 en 2006 à Brive.")
    assert (isotope.date, isotope.location, isotope.killed) == ("2006", "Brive", 1)
    # an agent used against someone is no poison without a victim poisoned
    assert _events("Cet agent a été utilisé contre le réseau pour l'infiltrer en 2018.") == []


def test_a_killing_by_the_police_placed_in_no_town_takes_the_town_of_the_force_or_its_city_hall():
    # `un policier de Tulle`: the force's town, not the country the sentence's other clause names
    text = "La colère reste vive en France depuis la mort de Paul Durand, un jeune homme asphyxié par un policier blanc de Tulle le 25 mars."  # noqa: E501
    (event,) = _events(text)
    assert (event.date, event.location, event.country, event.killed) == ("2021-03-25", "Tulle", "France", 1)
    # the city hall that sanctions a policeman involved in the death
    text = (
        "La mairie de Tulle a licencié un policier impliqué dans la mort d'une infirmière, Julie Martin, tuée en mars."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2021-03", "Tulle", 1)
    # a force of a town in another country than the one the killing is placed in: not its place
    text = "Des policiers de Brive ont été suspendus après la mort de Marc Petit, tué lors de son interpellation en 2019 aux Etats-Unis."  # noqa: E501
    (event,) = _events(text)
    assert event.location == "Etats-Unis"


def test_how_the_victim_lay_is_not_what_was_attacked():
    # `face contre terre`: the victim's position, not a target (`contre` names one in `une attaque contre la base`)
    text = "Paul Roux est mort menotté, face contre terre, après qu'un policier s'est agenouillé sur son cou."
    (event,) = _events(text)
    assert (event.killed, event.target) == (1, None)


def test_one_person_hurt_by_a_police_charge_or_a_baton_is_an_assault():
    # police force that hurt one person (frdev1): in a charge, with a baton's blow
    (charge,) = _events("Le maire a reçu Jeanne Roux, militante blessée à la tête lors d'une charge de police à Tulle.")
    assert (charge.location, charge.injured) == ("Tulle", 1)
    (own,) = _events("Jeanne Roux avait été grièvement blessée le 2 mars à Brive durant une charge policière.")
    assert _row(own) == ("2021-03-02", "Brive", None, None, 1)
    (main,) = _events("Samedi à Tulle, une manifestante est blessée lors d'une charge des forces de l'ordre.")
    assert _row(main) == ("2021-04-03", "Tulle", None, None, 1)
    # a baton in an arrest is the baton's blow, not a death in custody (`lors d'une interpellation`)
    (baton,) = _events("Le 2 mars, un jeune a été blessé par un coup de matraque lors d'une interpellation à Tulle.")
    assert _row(baton) == ("2021-03-02", "Tulle", None, None, 1)
    # said so, the many, an officer hurt, a guess, a question, a death: no wounding to report
    assert _events("Paul Roux assure avoir été blessé par un coup de matraque samedi à Tulle.") == []
    assert _events("Des manifestants ont été blessés lors d'une charge de police samedi à Tulle.") == []
    assert _events("Un policier a été blessé lors d'une charge des CRS samedi à Tulle.") == []
    assert _events("Paul Roux aurait été blessé par un coup de matraque samedi à Tulle.") == []
    assert _events("Paul Roux blessé lors d'une charge de police ?") == []
    assert _events("Lui aussi blessé lors d'une charge de police, il a témoigné dimanche.") == []
    assert _events("Une femme est morte après avoir été blessée lors d'une charge de police samedi à Tulle.") == []


def test_blows_shown_on_film_on_a_day_are_an_assault_with_no_toll():
    # a man filmed beating a protester (frdev3), on a day the sentence tells: an assault, nobody said hurt
    (filmed,) = _events("Le 2 mars, Paul Roux a été filmé en train de frapper un manifestant lors du cortège à Tulle.")
    assert _row(filmed) == ("2021-03-02", "Tulle", None, None, None)
    (video,) = _events("Une vidéo montrant un policier frapper un jeune homme samedi à Brive a été publiée mardi.")
    assert (video.date, video.location, video.injured) == ("2021-04-03", "Brive", None)
    # asked, or filmed on no day of its own, or only said or suspected: none
    assert _events("Qui est ce policier filmé en train de frapper un manifestant le 2 mars ?") == []
    assert _events("Le policier, filmé en train de frapper un manifestant à Tulle, a été suspendu.") == []
    assert _events("Un policier accusé d'avoir frappé un jeune homme samedi à Tulle a été suspendu.") == []
    assert _events("La publicité met en scène samedi à Tulle un homme frappant une femme.") == []


def test_blows_on_film_at_people_counted_or_at_a_yellow_vest_are_an_assault():
    # `plusieurs personnes`, `un "gilet jaune"`: the people struck on film, counted or named by their vest
    (people,) = _events("Samedi, un commandant a été filmé en train de frapper plusieurs personnes à Tulle.")
    assert _row(people) == ("2021-04-03", "Tulle", None, None, None)
    (vest,) = _events('Le 2 mars, un policier a été filmé en train de frapper un "gilet jaune" à Brive.')
    assert _row(vest) == ("2021-03-02", "Brive", None, None, None)


def test_a_title_that_shows_blows_on_film_is_the_article_s_assault():
    text = "La vidéo du policier, tournée samedi près de la gare, a été vue des milliers de fois. La préfecture dément."
    (filmed,) = _events(text, title='Tulle : un policier filmé en train de frapper un "gilet jaune"')
    assert _row(filmed) == ("2021-04-03", "Tulle", None, None, None)
    # a question, or an animal struck: no assault on a person told
    assert _events(text, title='Brive : un policier filmé en train de frapper un "gilet jaune" ?') == []
    assert _events(text, title="Brive : un policier filmé en train de frapper un chien") == []
