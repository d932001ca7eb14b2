"""Tolls as news reports write them, French and English: figures in digits and words, vague amounts, nobody hurt,
the wounded by grade, and a later sentence that updates the toll. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from index.events import extract_events
from index.ingest import segment
from index.models import Article, AttackEvent

PUBLISHED = dt.date(2021, 4, 7)  # a Wednesday: `lundi` is two days before, `mardi` the day before


def _toll(text: str, lang: str = "fr") -> tuple[int | None, int | None]:
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang=lang)
    events = extract_events(article, segment(article))
    assert events, text
    return events[0].killed, events[0].injured


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un attentat à la bombe a tué une dizaine de personnes lundi à Kaboul.", (10, None)),
        ("Un attentat à la voiture piégée a fait près de 300 morts lundi à Mogadiscio.", (300, None)),
        ("Les attentats à la bombe ont fait 1.200 morts lundi à Mogadiscio.", (1200, None)),
        ("Les attentats à la bombe ont fait 1 200 morts lundi à Mogadiscio.", (1200, None)),
        ("Un homme armé a tué deux policiers et un civil lundi à Marseille.", (3, None)),
        ("Une attaque a frappé un café de Ouagadougou lundi, faisant au moins 18 morts et une trentaine de blessés.",
         (18, 30)),
        ("Un kamikaze s'est fait exploser lundi à Kaboul, le tuant ainsi que 21 autres personnes.", (22, None)),
        ("Six personnes, vraisemblablement de la même famille, ont été tuées lundi dans une frappe aérienne à Idleb.",
         (6, None)),
        ("Des dizaines de personnes ont été tuées lundi dans un attentat à Kaboul.", (None, None)),
        ("Un homme a poignardé à mort deux passants lundi à Lyon.", (2, None)),
        ("Un policier a été tué et deux autres blessés lundi dans une fusillade à Grenoble.", (1, 2)),
    ],
)  # fmt: skip
def test_figures_in_digits_and_words(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Trois personnes ont été légèrement blessées lundi lors d'une attaque au couteau à Lyon.", (None, 3)),
        ("Une bombe a explosé lundi dans un marché de Kaboul, faisant deux blessés graves et cinq blessés légers.",
         (None, 7)),
        ("Une bombe a explosé lundi dans un marché de Kaboul. Deux personnes ont été grièvement blessées et cinq "
         "légèrement.", (None, 7)),
        ("Une bombe a explosé lundi dans un marché de Kaboul, faisant sept blessés dont deux grièvement.", (None, 7)),
        ("Une bombe a explosé lundi dans un marché de Kaboul, blessant sept personnes, dont deux grièvement et cinq "
         "légèrement.", (None, 7)),
    ],
)  # fmt: skip
def test_the_wounded_of_each_grade_are_added_up_not_a_part_of_them(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # `victime` is someone killed, as the gold set reads it: the wounded are not said
        ("Une bombe a explosé lundi devant un commissariat de Bastia. Il n'y a pas eu de victime.", (0, None)),
        ("Un drone a frappé lundi un convoi près de Mossoul. L'attaque n'a pas fait de morts.", (0, None)),
        ("Une roquette s'est abattue lundi sur Sdérot, blessant trois personnes. Il n'y a pas eu de morts.", (0, 3)),
        ("Une grenade a explosé lundi devant une mairie de Bastia. Personne n'a été blessé.", (None, 0)),
        ("L'armée a tué lundi quatre hommes armés près de la frontière à Quneitra. Il n'y a pas eu de victimes côté "
         "israélien.", (4, None)),
    ],
)  # fmt: skip
def test_nobody_killed_or_hurt_is_zero_unless_said_of_one_side(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    "update",
    [
        "Deux blessés ont succombé mardi, portant le bilan à six morts.",
        "Le nombre de morts est passé à six mardi.",
        "Selon un nouveau bilan, six personnes ont péri.",
        "Le bilan s'est alourdi mardi à six morts selon le ministère.",
    ],
)
def test_a_later_sentence_updates_the_toll(update):
    assert _toll(f"Un attentat à la bombe a tué quatre personnes lundi à Kaboul. {update}") == (6, None)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A gunman shot dead three people in a bar in Dallas on Monday.", (3, None)),
        ("A suicide bomber blew himself up in Kabul on Monday, killing himself and 21 other people.", (22, None)),
        ("A police officer was shot dead and two others were wounded in Chicago on Monday.", (1, 2)),
        ("A car bomb exploded in Baghdad on Monday, killing 18 people and injuring 40 others.", (18, 40)),
        ("A bomb exploded outside a police station in Belfast on Monday. There were no casualties.", (0, 0)),
        ("A car bomb killed at least eight people in Baghdad on Monday. The death toll rose to 12 on Tuesday.",
         (12, None)),
        ("A bomb exploded in a market in Kabul on Monday. At least 12 people died.", (12, None)),
        ("A bomb exploded in a market in Kabul on Monday, claiming 12 lives.", (12, None)),
        ("A gunman opened fire in a mosque in Kano on Monday, killing three people. No one else was hurt.", (3, 0)),
        ("A rocket hit a house in Sderot on Monday, lightly wounding two people. There were no fatalities.", (0, 2)),
    ],
)  # fmt: skip
def test_english_tolls(text, toll):
    assert _toll(text, lang="en") == toll


def test_the_attacker_shot_dead_by_the_police_is_not_the_toll():
    text = (
        "Un homme a ouvert le feu lundi lors d'un concert à Las Vegas. La police est intervenue et a abattu le tireur. "
        "Au moins 50 personnes ont été tuées, selon la police."
    )
    assert _toll(text) == (50, None)
    shot = "Un homme armé a ouvert le feu lundi dans un bar de Lyon. La police a abattu le tireur."
    assert _toll(shot) == (None, None)
    assert _toll("Un homme armé a ouvert le feu lundi dans un bar de Lyon avant d'abattre le gérant.") == (1, None)


def test_people_stabbed_are_wounded_unless_stabbed_to_death():
    assert _toll("Deux policiers ont été poignardés jeudi devant un commissariat de Nantes.") == (None, 2)
    assert _toll("Deux policiers ont été poignardés à mort jeudi devant un commissariat de Nantes.") == (2, None)
    text = "Un incident grave dans le centre de Nantes, un policier a été poignardé jeudi devant un commissariat."
    assert _toll(text) == (None, 1)  # the incident is no second victim


def test_one_person_stabbed_is_one_wounded_unless_the_attack_killed():
    assert _toll("Une passante a été poignardée mardi dans une rue de Lille, a annoncé la police.") == (None, 1)
    assert _toll("Au Havre, une famille a été poignardée mardi par un inconnu.") == (None, None)  # several people
    assert _toll("Un gardien a été poignardé mardi à Lille. Il est mort à l'hôpital dans la soirée.") == (1, None)
    text = "Une attaque au couteau a fait un mort mardi à Lille. Un agent de sécurité a également été poignardé."
    assert _toll(text) == (1, None)  # may be the one killed, told again


def test_the_wounded_set_aside_by_outre_are_added_to_the_others():
    text = (
        "Une attaque au couteau a fait trois blessés graves mardi dans une gare de Lille. Outre les trois blessés "
        "graves, quatre autres personnes ont été légèrement touchées, selon les pompiers."
    )
    assert _toll(text) == (None, 7)
    text = (
        "Une attaque au couteau a fait trois blessés graves mardi dans une gare de Lille. Outre les deux blessés de "
        "la veille à Arras, quatre autres personnes ont été légèrement touchées."
    )
    assert _toll(text) == (None, 3)  # other wounded than this attack's: not its toll


def test_the_wounded_told_as_more_are_added_to_those_counted_before():
    text = (
        "Des heurts entre la police et des manifestants ont fait trente blessés mardi à Lyon, selon les pompiers. "
        "La préfecture a fait état de 14 blessés supplémentaires, dont deux policiers."
    )
    assert _toll(text) == (None, 44)
    text = (
        "Une fusillade a fait un mort et trois blessés graves mardi dans un bar de Lille. Outre le client qui a été "
        "tué et les trois blessés graves, deux autres personnes ont été légèrement blessées, selon la police."
    )
    assert _toll(text) == (1, 5)  # the dead named again in the aside are no other victims


@pytest.mark.parametrize(
    "source",
    [
        "Selon les informations d'une chaîne de télévision locale citant deux sources policières",
        "Selon la chaîne locale, qui cite trois témoins de la scène",
    ],
)
def test_the_people_a_source_cites_are_no_victims(source: str):
    text = f"Une fusillade a éclaté lundi dans un lycée de Denver. {source}, quatre élèves ont été tués."
    assert _toll(text) == (4, None)


def test_a_wounded_who_died_is_no_longer_wounded():
    text = (
        "Un homme armé a tué quatre clients lundi dans un centre commercial de Denver. Le dernier bilan fait état de "
        "quatre morts : un homme blessé qui avait été conduit à l'hôpital a succombé à ses blessures."
    )
    assert _toll(text) == (4, None)


def test_an_aircraft_shot_down_is_no_victim():
    text = "Des avions de chasse ont abattu lundi soir un hélicoptère des rebelles au-dessus d'Ankara."
    assert _toll(text) == (None, None)
    assert _toll("Lundi, la défense antiaérienne a abattu le Boeing d'une compagnie ukrainienne près de Téhéran.") == (
        None,
        None,
    )


def test_killed_by_a_weapon_of_execution():
    assert _toll("Deux touristes ont été décapitées lundi près de Marrakech.") == (2, None)
    assert _toll("Un prêtre a été égorgé lundi dans son église de Rouen.") == (1, None)


def test_a_toll_told_before_the_attack_is_reported_is_its_toll():
    text = (
        "Un tribunal a condamné un homme pour son rôle dans l'attentat à la voiture piégée à Beyrouth qui a fait 14 "
        "morts. Le juge a lu le verdict. Le ministre avait été tué en mars 2015, lorsqu'une voiture piégée a explosé "
        "au passage de son convoi à Beyrouth, faisant 80 blessés."
    )
    assert _toll(text) == (14, 80)
    elsewhere = text.replace("à Beyrouth qui", "à Tripoli qui")
    article = Article(id="t", title="Dépêche", text=elsewhere, published=PUBLISHED, lang="fr")
    tolls = {event.location: (event.killed, event.injured) for event in extract_events(article, segment(article))}
    assert tolls == {"Tripoli": (14, None), "Beyrouth": (1, 80)}  # another town's attack, its toll its own


def test_the_toll_given_paragraphs_after_the_one_attack_told():
    text = (
        "La police a annoncé qu'une fusillade avait eu lieu lundi dans un centre commercial de Jacksonville. "
        "Le centre a été évacué. Les clients ont été conduits dans un parking. Des hélicoptères survolaient la zone. "
        "Selon un journal local, il y aurait quatre morts et onze blessés."
    )
    assert _toll(text) == (4, 11)
    one = text.replace("il y aurait quatre morts et onze blessés", "un passant aurait été blessé")
    assert _toll(one) == (None, None)  # one person alone, that far, is too often someone else


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Le pays commémore vendredi les attentats du 11 septembre 2001, qui ont fait près de 3.000 morts.",
         (3000, None)),
        ("Le président s'est recueilli vendredi à New York auprès des proches des près de 3.000 victimes des "
         "attentats du 11 septembre 2001.", (3000, None)),
        ("Vingt-quatre personnes, dont des nouveaux-nés, des mères et des infirmières, sont mortes lundi dans "
         "l'attaque d'une maternité à Kaboul.", (24, None)),
        ("Un Français a été tué lundi dans l'attentat de Londres, ce qui porte à sept le nombre de morts.", (7, None)),
        # the name's year, a closing quote and a dash, or a `où` clause between the name and its toll
        ("Trois suspects ont été arrêtés lundi à Fès. Ils détenaient des produits \"servant aux kamikazes depuis les "
         "attentats de 2003\" -- qui avaient fait 33 morts à Casablanca, selon la police.", (33, None)),
        ("Au Canada, la loi sur les engrais s'est durcie après l'attentat de Nairobi en 1998, où deux tonnes "
         "d'explosifs avaient été utilisées, faisant 213 morts.", (213, None)),
        ("Au Canada, la loi sur les engrais s'est durcie après l'attentat de Nairobi en 1998, où deux tonnes "
         "d'explosifs avaient été utilisées, faisant la une des journaux.", (None, None)),
    ],
)  # fmt: skip
def test_tolls_beside_an_attacks_name_or_an_aside(text, toll):
    assert _toll(text) == toll


def test_death_as_a_noun_is_no_toll():
    text = 'Un homme a ouvert le feu lundi dans un bar de Lyon. Son avocat dénonce une "peine de mort" déguisée.'
    assert _toll(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mars 2004, une bombe a tué 40 villageois sur le marché de Kalema. Cet attentat a marqué un tournant de "
        "la guerre civile qui a ravagé le pays de 1999 à 2008, faisant plus de 60.000 morts.",
        "Un attentat à la bombe a tué 40 personnes le 3 mars 2004 à Kalema. Il reste le plus meurtrier du conflit qui "
        "a ensanglanté la région de 1999 à 2008, faisant 60.000 morts.",
    ],
)
def test_the_toll_of_a_war_told_beside_an_attack_is_not_its_toll(text):
    assert _toll(text) == (40, None)


def test_an_attacks_toll_told_after_a_war_is_named_stays_its_toll():
    assert _toll("Dans ce pays ravagé par la guerre, un attentat a fait 20 morts lundi à Kalema.") == (20, None)


def test_the_wounded_before_an_aside_that_counts_some_of_them_and_who_said_it():
    # `, dont deux grièvement,` is a part of the wounded: the figure before it stands, up to who gave it
    text = "Un homme a poignardé samedi des passants à Leeds. Un passant est mort et six autres ont été blessés, dont "
    for said in (
        "trois grièvement, a annoncé la police.",
        "un enfant, selon la police.",
        "deux femmes, ont dit ses amis.",
    ):
        assert _toll(text + said) == (1, 6)
    # the aside inside the figure's clause, before its participle: still the six
    assert _toll(
        "Un homme a poignardé samedi des passants à Leeds. Bilan: un mort et six personnes, dont un policier, blessées."
    ) == (1, 6)


def test_a_figure_inside_the_subjects_figure_without_commas_is_a_part_of_it():
    # `douze personnes dont neuf touristes ont été tuées`: twelve dead, nine of them tourists
    text = "Une bombe a explosé lundi dans un hôtel de Kalema. Douze personnes dont neuf touristes ont été tuées."
    assert _toll(text) == (12, None)
    text = "Une bombe a explosé lundi à Kalema. Selon la police, 30 personnes dont au moins 4 enfants ont été blessées."
    assert _toll(text) == (None, 30)
    # the figure after `dont` is the dead when nothing follows it but the verb: twelve of the forty passengers
    text = "Une bombe a explosé lundi à Kalema dans un bus transportant 40 passagers dont 12 ont été tués."
    assert _toll(text) == (12, None)


def test_nobody_hurt_told_a_few_sentences_after_the_one_attack_is_its_toll():
    def events(text: str, title: str) -> list[AttackEvent]:
        article = Article(id="t", title=title, text=text, published=PUBLISHED, lang="fr")
        return extract_events(article, segment(article))

    title = "Etats-Unis : il tire sur un restaurant pour une commande oubliée"
    shots = "Furieux, il a vidé son chargeur sur la vitrine du restaurant. Le tireur a pris la fuite en voiture."
    (event,) = events(f"{shots} Heureusement, aucun blessé n'est à déplorer.", title=title)
    assert (event.weapon, event.injured) == ("arme à feu", 0)
    # Nobody hurt in another incident of another year, or one person hurt (too often someone else): no toll of it.
    assert (
        events(f"{shots} L'an dernier, aucun blessé n'avait été signalé lors d'un incident semblable.", title=title)
        == []
    )
    assert events(f"{shots} Un passant a été blessé.", title=title) == []


def _article_toll(text: str, lang: str = "fr") -> list[tuple[int | None, int | None]]:
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang=lang)
    return [(e.killed, e.injured) for e in extract_events(article, segment(article)) if e.kind == "incident"]


# Sentences about anything but the toll, between the attack and its wounded.
_ASIDES = (
    " Le gouvernement a condamné un acte lâche. Les pourparlers de paix devaient reprendre la semaine prochaine."
    " Le porte-parole du ministère a appelé au calme. Les écoles de la ville resteront fermées jusqu'à jeudi."
    " Le maire a décrété un deuil de trois jours."
)


@pytest.mark.parametrize(
    ("text", "lang", "toll"),
    [
        ("Deux gardiens ont été tués lundi par l'explosion d'une bombe devant une prison de Kandahar." + _ASIDES
         + " Quatre autres gardiens de la prison ont été blessés, a-t-il ajouté.", "fr", (2, 4)),
        ("Un chauffeur a été tué lundi dans l'attaque au couteau d'un bus à Lyon." + _ASIDES
         + " Trois autres passagers ont été légèrement blessés.", "fr", (1, 3)),
        ("Two guards were killed on Monday in a bomb blast outside a prison in Kandahar. The government condemned the"
         " attack. Schools will stay closed until Thursday. Five others were wounded, the spokesman said.", "en",
         (2, 5)),
    ],
)  # fmt: skip
def test_the_others_wounded_told_paragraphs_after_the_dead_are_the_attacks_wounded(text, lang, toll):
    assert _article_toll(text, lang)[0] == toll


@pytest.mark.parametrize(
    "later",
    [
        # other wounded of another day, or of another event, or the wounded told with their own dead
        " Quatre autres gardiens avaient été blessés en mars lors d'une mutinerie.",
        " En 2019, quatre autres gardiens ont été blessés dans un attentat à Herat.",
        " Un gardien est mort et quatre autres ont été blessés dans une bousculade à Herat.",
        # wounded not set apart from the dead, this far from the attack: too often someone else
        " Quatre gardiens ont été blessés, a-t-il ajouté.",
    ],
)
def test_other_wounded_of_another_day_or_event_are_not_the_attacks(later):
    text = "Deux gardiens ont été tués lundi par l'explosion d'une bombe devant une prison de Kandahar." + _ASIDES
    assert _article_toll(text + later)[0] == (2, None)


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        ("L'ONU a dénoncé lundi le massacre de douze villageois par des hommes armés dans le nord du Burkina Faso.",
         "fr", 12),
        ("Le groupe avait revendiqué en 2019 l'assassinat par balles de quatre employés d'une ONG dans la province de "
         "Kunar.", "fr", 4),
        ("The UN condemned on Monday the killing of six guards by gunmen in northern Burkina Faso.", "en", 6),
    ],
)  # fmt: skip
def test_the_dead_counted_in_the_noun_of_the_killing_are_its_toll(text, lang, killed):
    assert _article_toll(text, lang)[0] == (killed, None)


def test_the_dead_a_killing_noun_counts_after_before_or_averted_are_not_the_attacks():
    # the dead of another attack, that dates this one: that attack's toll, not this one's
    text = "Un attentat a visé lundi un marché de Kano, deux jours après la mort de 32 personnes à Maiduguri."
    assert _article_toll(text)[0] == (None, None)
    text = "Une bombe a explosé lundi dans un marché de Kano, quelques heures avant la mort de 32 personnes à Jos."
    assert _article_toll(text)[0] == (None, None)
    # deaths that did not happen
    text = (
        "Un homme armé a ouvert le feu lundi dans un marché de Kano, blessant deux personnes, et l'intervention des "
        "policiers a permis d'éviter la mort de 30 personnes."
    )
    assert _article_toll(text)[0] == (None, 2)


def test_the_toll_in_brackets_after_an_attacks_name_is_that_attacks():
    # each attack of a list named with its own toll in brackets, after its town or its year
    text = (
        "Les attentats de mars 2012 à Toulouse (sept morts), ceux du 7 janvier 2015 à Paris (douze morts) et l'attaque "
        "déjouée d'un train ont été préparés selon le parquet par des réseaux proches."
    )
    assert _article_toll(text) == [(7, None), (12, None)]
    text = "Le procès s'est ouvert lundi, cinq ans après l'attentat du 22 mai 2017 à Manchester (22 morts, 80 blessés)."
    assert (22, 80) in _article_toll(text)


def test_a_figure_in_brackets_that_is_no_toll_or_is_not_right_after_the_name_is_not_the_attacks():
    # brackets that count something else, or a toll set apart from the name by other words
    text = "Le procès s'est ouvert lundi, cinq ans après l'attentat du 22 mai 2017 à Manchester (800 pages de dossier)."
    assert _article_toll(text) == [(None, None)]
    text = (
        "Le procès s'est ouvert lundi, cinq ans après l'attentat du 22 mai 2017 à Manchester, dans une ville où la "
        "pandémie a durement frappé (2.000 morts)."
    )
    assert _article_toll(text) == [(None, None)]


_CLINIC = "Trois personnes ont été tuées lundi par des hommes armés dans une clinique de Jalalabad."


@pytest.mark.parametrize(
    ("later", "lang"),
    [
        (" Quelques heures plus tard, au moins 20 personnes sont mortes lors d'une attaque pendant des funérailles dans"
         " l'est du pays.", "fr"),
        (" Plus tard dans la journée, des hommes armés ont tué 20 personnes lors de funérailles dans l'est du pays.",
         "fr"),
        (" A few hours later, gunmen killed 20 people at a funeral in the east of the country.", "en"),
    ],
)  # fmt: skip
def test_the_dead_of_an_attack_told_hours_later_are_not_the_first_attacks(later, lang):
    assert _article_toll(_CLINIC + later, lang)[0] == (3, None)


def test_the_toll_of_the_attack_told_again_hours_later_is_still_its_own():
    # the sentence points back to the attack (`l'attaque`): a later figure of its toll
    later = " Quelques heures plus tard, l'attaque avait fait 20 morts, selon un nouveau bilan."
    assert _article_toll(_CLINIC + later)[0] == (20, None)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the recalled attack's town or day between its name and the relative clause that gives its toll
        ("La fête s'est tenue sans invités, alors que même les attentats contre des noces, comme celui de juin 2016 à "
         "Mossoul, qui avait fait plus de 40 morts, n'avaient pas arrêté les familles.", (40, None)),
        ("Le quartier n'avait plus connu de violence depuis l'attentat du marché de Peshawar le 3 avril 2009 qui avait "
         "fait 27 morts et 60 blessés.", (27, 60)),
        # the victims a recalled attack made are its dead
        ("Le pays n'avait plus été frappé depuis l'attentat de la gare de Minsk le 11 avril 2011 qui avait fait 15 "
         "victimes.", (15, None)),
    ],
)  # fmt: skip
def test_the_toll_of_a_recalled_attack_after_its_town_or_day(text, toll):
    assert toll in _article_toll(text)


def test_the_toll_after_a_recalled_attack_and_another_clause_is_not_its_own():
    # the relative clause tells of something else than the attack, or the victims made were only hurt
    text = (
        "Le quartier n'avait plus connu de violence depuis l'attentat du marché de Peshawar le 3 avril 2009 qui avait "
        "fait fermer 60 boutiques."
    )
    assert _article_toll(text) == [(None, None)]
    text = (
        "Le pays n'avait plus été frappé depuis l'attentat de la gare de Minsk le 11 avril 2011 qui avait fait 15 "
        "victimes blessées."
    )
    assert all(killed is None for killed, _ in _article_toll(text))


@pytest.mark.parametrize(
    "text",
    [
        # an aside between the verb and the one it killed
        "La crise a culminé en mai 2019 lorsque l'aviation a tué, dans une frappe près de Mossoul, le chef militaire "
        "Abou Karim.",
        # an adverb before `été`, the one killed named after the verb
        "En juin 2017 a ainsi été assassiné Juan Morales, défenseur des paysans de la région de Cali.",
        "Le syndicaliste Juan Morales a finalement été abattu en juin 2017 à Cali.",
    ],
)
def test_one_person_killed_told_with_an_aside_or_an_adverb_is_one_dead(text):
    assert _article_toll(text) == [(1, None)]


def test_the_attacker_shot_after_an_aside_or_one_not_killed_is_no_toll():
    # the police's shot that killed the attacker, and a killing denied
    text = "Un homme a ouvert le feu lundi à Cali. La police a abattu, après une heure de traque, le tireur présumé."
    assert all(killed is None for killed, _ in _article_toll(text))
    text = "Le syndicaliste Juan Morales n'a finalement pas été abattu en juin 2017 à Cali, malgré les menaces."
    assert all(killed is None for killed, _ in _article_toll(text))


_MARKET = (
    "Une bombe a explosé lundi soir dans un marché de Kandahar, faisant 12 morts. Le gouverneur a dénoncé un acte "
    "lâche. De son côté, un commerçant évoque dans un message une explosion qui se serait produite près de l'entrée du "
    "marché. Les écoles de la ville resteront fermées jusqu'à jeudi."
)


def test_a_toll_that_repeats_the_dead_after_a_retelling_gives_the_attacks_wounded():
    # the dead repeated, the wounded added, a few sentences after the attack was told again
    assert _article_toll(_MARKET + " Le gouverneur confirme 12 morts et une quarantaine de personnes blessées.") == [
        (12, 40)
    ]


@pytest.mark.parametrize(
    "later",
    [
        " Le gouverneur confirme 3 morts et une quarantaine de personnes blessées.",  # other dead: another count
        " En 2015, un attentat avait fait 12 morts et une quarantaine de blessés dans la ville.",  # an older attack
    ],
)
def test_a_toll_with_other_dead_or_of_an_older_attack_is_not_the_attacks(later):
    assert _article_toll(_MARKET + later)[0] == (12, None)


_CAFE = (
    "Un homme a ouvert le feu lundi soir sur la terrasse d'un café de Lyon, faisant au moins cinq morts, selon la "
    "police. Le tireur a pris la fuite."
)


def _titled_toll(title: str, text: str) -> list[tuple[int | None, int | None]]:
    article = Article(id="t", title=title, text=text, published=PUBLISHED, lang="fr")
    return [(e.killed, e.injured) for e in extract_events(article, segment(article))]


def test_the_titles_wounded_complete_the_one_attack_whose_body_gives_only_its_dead():
    assert _titled_toll("Fusillade à Lyon : le bilan passe à au moins 5 morts et 20 blessés", _CAFE) == [(5, 20)]
    assert _titled_toll("Lyon : une fusillade fait 5 morts et une vingtaine de blessés", _CAFE) == [(5, 20)]


@pytest.mark.parametrize(
    ("title", "text", "tolls"),
    [
        # the title's wounded are the protests'
        ("Lyon : 20 blessés lors de manifestations, une fusillade dans un café", _CAFE, [(5, None)]),
        # the one man the title counts is the attacker the police shot
        ("Attentat à la gare de Lyon, un homme abattu", "Une bombe a explosé lundi soir dans la gare de Lyon, "
         "blessant deux voyageurs. L'auteur présumé a été abattu par la police.", [(None, 2)]),
        # the title's toll joins two attacks the body tells apart
        ("Fusillade et attentat : 7 morts et 20 blessés", _CAFE.replace(" Le tireur a pris la fuite.", "")
         + " Quelques heures plus tard, une bombe a explosé dans un marché de Marseille, faisant deux morts.",
         [(5, None), (2, None)]),
    ],
)  # fmt: skip
def test_a_titles_toll_of_protests_or_of_several_attacks_is_not_one_attacks(title, text, tolls):
    assert _titled_toll(title, text) == tolls


# An attack told with a first toll, then sentences about other things before a later count of its dead is given.
_STADIUM = (
    "Une voiture piégée a explosé lundi soir devant le stade municipal de Kirkouk, faisant 6 morts. Le gouverneur a "
    "dénoncé un acte lâche. Les matchs du week-end ont été reportés."
)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a count given the day after, by a source: the attack's latest toll; the day stays the attack's
        (_STADIUM + " Ce mardi, le bilan officiel fait état de 11 morts et de 40 blessés.", (11, 40)),
        (_STADIUM + " Deux gardiens ont été tués, a ajouté le ministre, faisant état d'un bilan de 11 morts.",
         (11, None)),
        (_STADIUM.replace(", faisant 6 morts", "") + " Ce mardi, le bilan officiel fait état de 11 morts.", (11, None)),
    ],
)  # fmt: skip
def test_a_count_of_the_toll_given_sentences_later_is_the_attacks(text, toll):
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang="fr")
    events = extract_events(article, segment(article))
    assert [(e.killed, e.injured) for e in events] == [toll]
    assert events[0].date == "2021-04-05"


@pytest.mark.parametrize(
    "later",
    [
        " De janvier à mars, le bilan total s'établissait à 420 homicides dans la province.",  # a period's count
        " Le bilan de l'épidémie de coronavirus est de 300 morts dans la province.",  # a disease's
        " Le bilan de la guerre civile est de 300.000 morts.",  # a war's
        " Le bilan des violences dans la province depuis janvier atteint 300 morts.",  # a period's
    ],
)
def test_a_count_of_a_period_a_disease_or_a_war_is_not_the_attacks_toll(later):
    assert _article_toll(_STADIUM + later) == [(6, None)]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # the toll of the main clause, which reports no attack, is that of the attack named right after it
        ("Au moins neuf personnes ont été tuées et 30 blessées après un attentat à la voiture piégée dans le centre de "
         "Mossoul.", [(9, 30)]),
        # ... or of the attack named in a side clause before it
        ("Les relations entre les deux pays s'étaient dégradées après l'attentat de Mombasa en 2002: les assaillants "
         "avaient provoqué la mort de quinze personnes.", [(15, None)]),
    ],
)  # fmt: skip
def test_the_toll_of_a_sentence_that_names_its_attack_in_a_side_clause_is_that_attacks(text, tolls):
    assert _article_toll(text) == tolls


@pytest.mark.parametrize(
    "text",
    [
        # other people, hurt in another clause, some days after the attack the side clause names
        "Trois manifestants ont été blessés lundi par la police lors d'un rassemblement, une semaine après un attentat "
        "contre une mosquée de Kaboul.",
        "Les forces de sécurité ont tué samedi 40 militants dans plusieurs raids, au lendemain d'un attentat contre un "
        "bus de touristes près du Caire.",
    ],
)
def test_a_toll_in_another_clause_than_the_side_attack_is_not_its_toll(text):
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang="fr")
    sides = [e for e in extract_events(article, segment(article)) if e.location in ("Kaboul", "Caire")]
    assert [(e.killed, e.injured) for e in sides] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un kamikaze a visé lundi un poste de police de Kandahar, blessant quatre policiers et deux civils. L'un des "
         "policiers a succombé à ses blessures, a précisé le ministère.", (1, 5)),
        ("Un homme armé d'un couteau a attaqué lundi une synagogue de Strasbourg, faisant 6 blessés. L'un d'eux est "
         "décédé trois semaines plus tard.", (1, 5)),
    ],
)  # fmt: skip
def test_the_wounded_who_died_later_are_counted_dead_not_wounded(text, toll):
    assert _article_toll(text) == [toll]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # an attacker died, not one of the wounded
        ("Un kamikaze a visé lundi un poste de police de Kandahar, blessant quatre policiers. L'un des assaillants est "
         "mort dans l'explosion.", 4),
        # one of the wounded is badly hurt, not dead
        ("Un homme armé d'un couteau a attaqué lundi une synagogue de Strasbourg, faisant un mort et 6 blessés. L'un "
         "d'eux est dans un état grave.", 6),
    ],
)  # fmt: skip
def test_a_death_that_is_not_one_of_the_wounded_leaves_them_counted(text, injured):
    assert [wounded for _, wounded in _article_toll(text)] == [injured]


def test_a_toll_in_the_pluperfect_after_an_attack_told_with_its_own_is_an_older_events():
    text = (
        "Dimanche, un soldat a été tué par des tireurs dans le nord du pays. Le ministre avait démissionné après "
        "l'explosion du port, qui avait fait 150 morts et 3000 blessés."
    )
    assert _article_toll(text) == [(1, None)]


@pytest.mark.parametrize(
    "later",
    [
        " L'attentat avait fait 5 morts et 20 blessés selon la police.",  # its own toll repeated, the wounded added
        " L'attentat avait aussi fait 20 blessés selon la police.",  # its wounded after its dead
    ],
)
def test_a_toll_in_the_pluperfect_that_repeats_or_completes_the_attacks_is_its(later):
    text = "Une bombe a explosé lundi dans un marché de Kaboul, faisant 5 morts." + later
    assert _article_toll(text) == [(5, 20)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("L'assassinat lundi à Bagdad du commandant Karim Haddad et de son garde du corps par un drone américain a "
         "choqué le pays.", (2, None)),
        ("L'assassinat lundi à Bagdad du général Karim Haddad et d'Omar Saleh, chef de sa milice, dans une frappe de "
         "drone a choqué le pays.", (2, None)),
        ("Le commandant Karim Haddad a été tué lundi dans une frappe aérienne à Bagdad, avec son garde du corps.",
         (2, None)),
        ("Cinq ingénieurs ont été tués lundi par des hommes armés à Kaboul avec leur chauffeur et leur interprète.",
         (7, None)),
        ("L'attaque de lundi à Kaboul a coûté la vie à cinq de nos soldats et à trois civils afghans.", (8, None)),
        ("Lundi à Kaboul, cinq ingénieurs, dont deux femmes, et un Afghan, ont été tués par des hommes armés avec leur "
         "chauffeur.", (7, None)),
    ],
)  # fmt: skip
def test_the_people_a_killing_names_beside_its_first_victims_are_counted_too(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Le commandant a été tué lundi dans une frappe aérienne à Bagdad, avec son arme à la main.", (1, None)),
        ("L'assassinat lundi à Bagdad du commandant Karim Haddad et de sa famille a choqué le pays.", (1, None)),
        ("Cinq soldats ont été tués lundi dans une embuscade à Kaboul avec des armes lourdes.", (5, None)),
        ("L'embuscade de lundi à Kaboul a coûté la vie à vingt soldats côté afghan et un nombre inconnu dans les rangs "
         "des assaillants.", (20, None)),
    ],
)  # fmt: skip
def test_what_a_killing_names_beside_its_victims_that_is_no_one_counted_adds_nobody(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("À Lille pour un concert, il a été poignardé à mort mardi par un inconnu, rapporte la presse locale.",
         (1, None)),
        ("Il se souvient de la mort de Sarah Levy, poignardée à mort devant ses enfants mardi à Lille par un inconnu.",
         (1, None)),
        ("Un homme armé d'un couteau a été maîtrisé mardi à Lille. Selon la police, il a poignardé une passante avant "
         "d'être arrêté.", (None, 1)),
    ],
)  # fmt: skip
def test_one_person_stabbed_to_death_is_one_killed_and_one_stabbed_one_wounded(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Une attaque a eu lieu mardi devant la mairie de Lille : un agent a été poignardé et l'assaillant a été "
         "abattu par la police.", (None, 1)),
        ("Une fusillade a éclaté mardi dans un bar de Lille. Deux clients ont été blessés et le tireur a été tué par "
         "la police.", (None, 2)),
    ],
)  # fmt: skip
def test_the_attacker_killed_after_the_victims_is_not_in_the_toll(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Une camionnette a foncé lundi dans la foule sur la promenade de Nice, faisant 14 victimes.", (14, None)),
        ("Une voiture a foncé lundi sur des passants à Nice, faisant une victime et sept blessés.", (1, 7)),
        ("Une fusillade a éclaté lundi dans une boîte de nuit de Nice. Les policiers y découvrent les corps de 49 "
         "victimes.", (49, None)),
    ],
)  # fmt: skip
def test_the_victims_an_attack_made_or_the_bodies_found_are_its_dead(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Une bombe a explosé lundi dans un marché de Nice, faisant plus de 400 victimes, dont 86 morts.", (86, None)),
        ("Une bombe a explosé lundi dans un marché de Nice, faisant 30 victimes, dont 10 blessés graves.",
         (None, 10)),
    ],
)  # fmt: skip
def test_victims_counted_with_their_dead_apart_are_not_all_dead(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un attentat à la bombe a tué vingt soldats lundi à Kaboul. Dix-huit soldats sont actuellement soignés pour "
         "des blessures graves, a annoncé l'armée.", (20, 18)),
        ("Trois assaillants ont attaqué lundi des passants au couteau à Londres. Selon un dernier bilan, sept "
         "personnes ont été tuées, et une cinquantaine d'autres ont été hospitalisées.", (7, 50)),
    ],
)  # fmt: skip
def test_the_wounded_told_by_the_care_they_get_are_counted(text, toll):
    assert _toll(text) == toll


def test_people_cared_for_with_no_wound_said_are_not_the_wounded():
    text = (
        "Une bombe a explosé lundi dans un marché de Kaboul. Cinq personnes ont été hospitalisées après avoir inhalé "
    )
    assert _toll(text + "de la fumée.") == (None, None)


def test_a_toll_told_in_another_country_is_another_events_not_a_retelling():
    text = (
        "Selon elle, les milliers de Canadiens qui manifestent pour dénoncer les violences et obtenir justice pour "
        'Paul Brown, tué à Toronto par un policier qui l\'a plaqué au sol, "ont raison". "Ils ont le droit d\'être en '
        "colère mais les pillages ne règlent rien\", affirme cette Syrienne de 25 ans à l'AFP qui ne peut oublier la "
        "répression qui a fait 300 morts en Syrie ces derniers mois --et autant de familles endeuillées."
    )
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang="fr")
    tolls = sorted((e.location, e.killed) for e in extract_events(article, segment(article)))
    assert tolls == [("Syrie", 300), ("Toronto", 1)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un forcené a ouvert le feu mardi sur des policiers à Nuremberg : l'un des quatre agents blessés est décédé "
         "mercredi à l'hôpital.", (1, 3)),
        ("Une bombe a explosé mardi dans un marché de Kaboul. Deux des sept passants blessés sont morts dans la nuit.",
         (2, 5)),
    ],
)  # fmt: skip
def test_some_of_the_wounded_counted_who_died_are_dead_and_the_others_wounded(text, toll):
    assert _toll(text) == toll


def test_a_toll_right_after_the_attack_placed_where_we_cannot_tell_is_its_toll():
    text = (
        "Une camionnette blanche a percuté plusieurs personnes mardi à New York. Huit personnes ont été tuées et onze "
        "autres blessées par le véhicule qui s'est engagé sur une piste cyclable du sud de Brooklyn."
    )
    assert _toll(text) == (8, 11)
    # the same toll placed in another country is another event's
    assert _toll(text.replace("Brooklyn", "Madrid")) == (None, None)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Le 23 mars 2007, un Antonov appartenant à une compagnie ukrainienne est abattu par une roquette peu après "
         "son décollage de Mogadiscio. Le crash fait onze morts.", (11, None)),
        ("Les enquêteurs ont établi lundi que l'avion a été abattu par un missile tiré depuis Donetsk.", (None, None)),
        ("Le pilote de l'avion a été tué lundi par un missile tiré depuis Donetsk.", (1, None)),
    ],
)  # fmt: skip
def test_an_aircraft_shot_down_is_no_one_killed(text, toll):
    assert _toll(text) == toll


def test_nobody_badly_hurt_says_nothing_of_the_others():
    text = "Un homme a ouvert le feu lundi dans une mosquée de Lyon, sans faire de blessés graves, avant d'être arrêté."
    assert _toll(text) == (None, None)
    assert _toll(text.replace(" graves", "")) == (None, 0)


def test_a_toll_that_repeats_the_one_figure_given_and_adds_the_other_completes_it():
    text = (
        "Un attentat a fait plus de 50 blessés jeudi lorsqu'une camionnette a foncé dans la foule à Nice. \"Nous "
        "pouvons confirmer qu'il y a 13 morts et plus de 50 blessés\", a écrit le préfet sur Twitter."
    )
    assert _toll(text) == (13, 50)


def _tolls(text: str) -> list[tuple[str | None, int | None, int | None]]:
    article = Article(id="t", title="Dépêche", text=text, published=PUBLISHED, lang="fr")
    return [(e.location, e.killed, e.injured) for e in extract_events(article, segment(article))]


def test_a_toll_no_record_took_right_before_the_attack_it_opens_is_its_toll():
    text = (
        "Une attaque au couteau a fait deux morts lundi à Lyon. Plus tard dans la journée, dans l'est de l'Allemagne, "
        "un homme a également été tué et un autre blessé. La victime a été poignardée en pleine rue à Dresde lundi "
        "après-midi."
    )
    assert _tolls(text) == [("Lyon", 2, None), ("Dresde", 1, 1)]
    told = (
        "Les secours entrent dans la salle de concert. Ils y découvrent les corps de 12 victimes. Huit personnes sont "
        "également blessées et l'attentat est revendiqué par l'EI."
    )
    assert _toll(told) == (12, 8)
    # placed in another country, or told in the pluperfect (an older attack's), it is not that attack's toll
    assert _tolls(text.replace("l'Allemagne", "l'Espagne")) == [("Lyon", 2, None), ("Dresde", None, None)]
    assert _toll(told.replace("Ils y découvrent", "Ils y avaient découvert")) == (None, 8)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Lundi, plus de 300 hommes et garçons ont été tués par des miliciens dans un village de Kivu.", (300, None)),
        ("Lundi soir, douze combattants afghans et pakistanais ont été tués dans une frappe aérienne à Idleb.",
         (12, None)),
        ("Lundi, trois soldats et un civil ont été tués dans un attentat à la bombe à Kaboul.", (4, None)),
        # another group, uncounted: the figure is not the toll
        ("Lundi, trois soldats et des civils ont été tués dans un attentat à la bombe à Kaboul.", (None, None)),
        # a verb or a preposition after `et` is no more people: the figure after it stays the toll
        ("La police a confirmé lundi la mort d'un homme dans une fusillade à Manille et indiqué que 18 personnes "
         "avaient été blessées.", (1, 18)),
        ("Pris dans les tirs croisés des deux camps et sous le feu des avions, au moins cinq civils ont été tués "
         "lundi dans un bombardement à Idleb.", (5, None)),
    ],
)  # fmt: skip
def test_a_counted_subject_joined_to_bare_nouns_counts_them_all(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("L'Iran a tiré lundi deux missiles contre une base américaine en Irak, sans faire de victimes.", (0, None)),
        ("Une roquette s'est abattue lundi sur une base de la coalition à Bagdad, mais n'a fait aucune victime.",
         (0, None)),
        ("Une roquette s'est abattue lundi sur une base de la coalition à Bagdad, sans faire ni morts ni blessés.",
         (0, 0)),
        ("Une roquette s'est abattue lundi sur une base de la coalition à Bagdad: aucune victime ni blessé n'est à "
         "déplorer.", (0, 0)),
    ],
)  # fmt: skip
def test_no_victims_is_nobody_killed_and_says_nothing_of_the_wounded(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Des agressions au couteau ont fait un mort et deux blessés graves lundi à Leeds. Quatre autres personnes ont "
         "été légèrement blessées.", (1, 6)),
        ("Un homme est mort lundi après avoir été poignardé à Leeds, tandis qu'un homme et une femme ont "
         "été grièvement blessés. Trois autres "
         "passants, âgés de 18 à 40 ans, ont été moins gravement blessés.", (1, 5)),
        # others than the dead, of no grade: the wounded, not more of them
        ("Une fusillade a fait huit morts et huit blessés lundi dans un lycée de Leeds. Huit autres ont été blessées.",
         (8, 8)),
        ("Un homme a ouvert le feu lundi dans un lycée de Leeds, tuant huit personnes. Huit autres ont été blessées.",
         (8, 8)),
    ],
)  # fmt: skip
def test_others_of_another_grade_add_to_the_wounded_told_before(text, toll):
    assert _toll(text) == toll


def test_victims_hurt_or_taken_first_then_killed_count_as_killed():
    assert _toll("Un homme a été poignardé puis tué lundi à Lyon.") == (1, None)
    assert _toll("Deux journalistes ont été enlevés puis tués lundi dans le nord du Mali.") == (2, None)
    assert _toll("Un journaliste a été torturé et tué lundi à Alep.") == (1, None)
    assert _toll("Trois Français ont été poignardés lundi à Lyon.") == (None, 3)


def test_a_second_victim_named_by_whose_he_was_counts_one_more():
    assert _toll("Lundi, un imam et son assistant ont été assassinés à New York.") == (2, None)
    assert _toll("Un policier et sa compagne ont été tués lundi à Magnanville.") == (2, None)
    assert _toll("Son fils a été tué lundi à Kaboul par un tireur.") == (1, None)


@pytest.mark.parametrize(
    "text",
    [
        "Lundi à Kaboul, son père et son frère ont été tués par des hommes armés.",
        "Le journaliste Paul Roux et sa compagne ont été abattus lundi à leur domicile de Lyon.",
        "Son mari a survécu, tandis que sa soeur et sa fille ont été assassinées lundi à Lyon par un voisin.",
    ],
)
def test_victims_named_by_whose_they_were_or_by_name_count_one_each(text):
    assert _toll(text)[0] == 2


def test_a_pair_killed_is_not_read_from_the_object_of_another_verb():
    assert _toll("Un tireur a blessé lundi à Lyon le père et sa fille.")[0] is None


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Des heurts ont opposé lundi la police à des manifestants à Tunis. Huit blessés ont été conduits vers des "
         "hôpitaux et 25 ont été soignés sur place, selon le Croissant-Rouge.", (None, 33)),
        ("Des heurts ont opposé lundi la police à des manifestants à Tunis. Selon les secouristes, 14 personnes ont "
         "été blessées et emmenées à l'hôpital, et 20 autres soignées sur place.", (None, 34)),
        ("Des heurts ont opposé lundi la police à des manifestants à Tunis, faisant 35 blessés parmi les "
         "manifestants et 12 parmi les forces de l'ordre.", (None, 47)),
    ],
)  # fmt: skip
def test_the_wounded_counted_in_two_parts_are_added_up(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the part is some of the wounded told, not others
        ("Des heurts ont opposé lundi la police à des manifestants à Tunis, faisant 35 blessés, dont 12 parmi les "
         "forces de l'ordre.", (None, 35)),
        # the second figure counts the dead, not more wounded
        ("Des heurts ont opposé lundi la police à des manifestants à Tunis, faisant 35 blessés parmi les "
         "manifestants, trois morts et deux parmi les forces de l'ordre.", (3, 35)),
    ],
)  # fmt: skip
def test_a_part_of_the_wounded_or_of_the_dead_is_not_added(text, toll):
    assert _toll(text) == toll


def test_clashes_wounded_counted_in_two_parts_are_one_days_count_not_a_movements_toll():
    text = (
        "Lundi, des heurts ont opposé à Tunis les forces de sécurité, qui ont tiré des gaz lacrymogènes, à de jeunes "
        "manifestants. Selon le Croissant-Rouge, 90 personnes ont été blessées et transportées dans des hôpitaux, et "
        "150 autres soignées sur place."
    )
    assert _toll(text) == (None, 240)


@pytest.mark.parametrize(
    "text",
    [
        "Le chef d'un groupe armé a été tué jeudi par l'armée près de Gao. Plusieurs de ses lieutenants ont également "
        "été neutralisés, selon le ministère.",
        "Le chef d'un groupe armé a été tué jeudi par l'armée près de Gao, a annoncé la ministre, qui a aussi annoncé "
        "la neutralisation de plusieurs de ses lieutenants.",
        "Un policier a été tué lundi dans une attaque à Kaboul. Plusieurs autres personnes ont également été tuées, "
        "selon la police.",
    ],
)
def test_dead_told_with_others_killed_uncounted_leave_the_toll_unknown(text):
    assert _toll(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # others hurt, not killed
        ("Un policier a été tué lundi dans une attaque à Kaboul. Plusieurs de ses collègues ont également été "
         "blessés.", (1, None)),
        # the dead counted again after the others
        ("Un policier a été tué lundi dans une attaque à Kaboul. Plusieurs autres personnes ont également été tuées. "
         "Selon un dernier bilan, six personnes ont été tuées.", (6, None)),
    ],
)  # fmt: skip
def test_others_hurt_or_counted_later_keep_the_toll(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un camion a foncé lundi dans la foule d'un marché de Lyon. Il y aurait une cinquantaine de blessés. Le "
         "conducteur a pris la fuite à pied. La police évoque neuf morts.", (9, 50)),
        ("Les rassemblements ont été violemment réprimés lundi par la police à Minsk et il y a eu trois morts. "
         "Selon le ministère, 120 personnes blessées pendant les rassemblements étaient hospitalisées mardi.",
         (3, 120)),
    ],
)  # fmt: skip
def test_the_toll_still_missing_told_just_after_completes_it(text, toll):
    assert _toll(text) == toll


def test_the_wounded_still_missing_told_in_the_pluperfect_after_an_old_attack_complete_it():
    text = (
        "Le 3 mars 2011, six soldats avaient été tués par l'explosion d'une bombe au passage de leur convoi près de "
        "Gao. Leur interprète avait aussi perdu la vie. Vingt-deux personnes avaient été blessées."
    )
    assert _toll(text)[1] == 22


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # too far from the attack
        ("Un camion a foncé lundi dans la foule d'un marché de Lyon. Il y aurait une cinquantaine de blessés. Le "
         "conducteur a pris la fuite à pied. Il a été arrêté le soir. Des témoins décrivent la scène. La police "
         "évoque neuf morts.", (None, 50)),
        # one person hurt is too often someone else
        ("Un camion a foncé lundi dans la foule d'un marché de Lyon, faisant neuf morts. Le conducteur a pris la "
         "fuite. Un policier a été blessé.", (9, None)),
    ],
)  # fmt: skip
def test_a_missing_toll_too_far_or_of_one_person_is_not_taken(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a toll laid on a noun of its own
        ("Une roquette a tué lundi deux soldats à Ankara. Le parlement a été évacué. Selon le ministre, les heurts "
         "ont aussi fait au moins 30 blessés.", (2, None)),
        # a group told already: the attackers
        ("Un camion a foncé lundi dans la foule à Nice, faisant huit blessés. Il a fini sa course contre un mur. Les "
         "quatre occupants du camion ont été tués.", (None, 8)),
        # wounded who died
        ("Vingt soldats indiens ont péri lundi dans une confrontation avec l'armée chinoise au Ladakh. Dix soldats "
         "ont été capturés. L'armée a fait état de 17 autres blessés qui ont succombé.", (20, None)),
    ],
)  # fmt: skip
def test_a_toll_of_its_own_a_known_group_or_the_wounded_who_died_complete_no_record(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Selon la police, l'homme qui a foncé lundi sur des cyclistes à Lyon, faisant cinq morts et neuf blessés, "
         "est âgé de 34 ans.", (5, 9)),
        ("Le tireur qui a ouvert le feu lundi dans un café de Lille, tuant trois clients, a été inculpé jeudi.",
         (3, None)),
        ("The man who drove a truck into a crowd in Leeds on Monday, killing four people, was charged on Thursday.",
         (4, None)),
    ],
)  # fmt: skip
def test_a_toll_set_off_by_a_participle_after_the_attackers_clause_is_read(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the dead and the wounded counted together: a figure of neither
        ("L'attaque qui a visé lundi une discothèque de Lille, faisant plus de 80 morts et blessés, a été "
         "revendiquée.", (None, None)),
        ("Une attaque a visé lundi une discothèque de Lille, faisant plus de 80 morts et blessés.", (None, None)),
        # an aside that is no toll still goes
        ("Six passants, tous des habitants du quartier, ont été tués lundi dans une fusillade à Lille.", (6, None)),
    ],
)  # fmt: skip
def test_the_dead_and_wounded_counted_together_and_asides_give_no_toll(text, toll):
    assert _toll(text) == toll


def test_the_day_of_the_month_between_the_verb_and_its_figure_is_no_toll():
    assert _toll("Un homme a tué jeudi matin 1er avril deux passants à Tulle.") == (2, None)
    assert _toll("Le tireur a blessé vendredi soir 2 avril trois passants à Tulle.") == (None, 3)
    assert _toll("Un soldat a été grièvement blessé samedi 3 avril dans l'explosion d'une mine à Brive.") == (None, 1)


@pytest.mark.parametrize(
    "text",
    [
        # `du 11 au 12 octobre, deux hommes`: 11 is a day, not eleven more people killed
        "Dans la nuit du 11 au 12 octobre, deux hommes ont été tués par balle à Lyon.",
        "Dans la nuit du vendredi 11 au samedi 12 octobre, deux jeunes ont perdu la vie, poignardés à Lyon.",
    ],
)
def test_the_first_day_of_a_night_s_span_is_no_toll(text):
    assert _toll(text) == (2, None)


def test_one_who_died_after_being_hit_by_a_bullet_is_killed_not_hurt():
    assert _toll("Un jeune homme est mort mardi après avoir été touché par balle par un policier à Tulle.") == (1, None)
    assert _toll("L'homme est décédé vers 11h30 après avoir été touché par balles, selon les autorités.") == (1, None)
