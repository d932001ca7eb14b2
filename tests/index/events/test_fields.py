"""The fields of an attack read right: the most precise place the text gives, tolls in their many phrasings."""

from __future__ import annotations

import pytest

from index.events import lexicon as lx
from tests.index.events.helpers import events as _events

# --- places -------------------------------------------------------------------------------------------------------


def test_a_named_spot_in_a_town_is_the_place():
    (event,) = _events("Un attentat à la bombe a tué lundi six passants sur la promenade des Anglais de Tulle.")
    assert event.location == "promenade des Anglais de Tulle"
    (street,) = _events("Un homme armé a ouvert le feu lundi sur la place du Marché à Brive, blessant trois personnes.")
    assert street.location == "place du Marché"


def test_the_town_a_bar_or_a_cinema_is_named_after_is_the_place_not_the_town_it_lies_near():
    text = "Un homme a tué neuf personnes mercredi dans deux bars de Hanau, près de Francfort."
    assert _events(text)[0].location == "Hanau"
    text = "Un homme a ouvert le feu mardi dans un cinéma de Sotteville, près de Rouen, tuant deux spectateurs."
    assert _events(text)[0].location == "Sotteville"
    # a bank named after its country is no place: the town the sentence gives
    text = "Un homme a été tué mercredi par balle devant la Banque de France à Lyon."
    assert (_events(text)[0].location, _events(text)[0].country) == ("Lyon", "France")


def test_the_capital_named_by_its_countrys_adjective_is_the_place():
    (event,) = _events("Un kamikaze s'est fait exploser mardi dans le métro de la capitale belge, tuant cinq passants.")
    assert (event.location, event.country, event.killed) == ("Bruxelles", "Belgique", 5)
    (english,) = _events("A car bomb killed seven people on Sunday in the Afghan capital, police said.")
    assert (english.location, english.country) == ("Kaboul", "Afghanistan")
    # bare, the capital of the one country the sentence names
    (bare,) = _events("Une bombe a tué quatre passants jeudi en Somalie, dans un marché animé de la capitale.")
    assert (bare.location, bare.country) == ("Mogadiscio", "Somalie")
    # a landmark is not the place, nor is another town called a capital
    (near,) = _events("Une bombe a tué trois soldats lundi à 40 km au nord de la capitale irakienne.")
    assert near.location is None
    (other,) = _events("Un homme a abattu deux passants samedi dans la capitale économique du Nigeria.")
    assert other.location is None


def test_the_violence_told_with_its_place_right_before_places_the_attack_that_was_part_of_it():
    text = (
        "Des heurts entre supporters rivaux ont fait deux morts dimanche soir à Marseille, selon la préfecture. "
        "Un jeune homme a été tué lorsqu'un automobiliste a foncé délibérément sur un groupe de supporters."
    )
    (event,) = _events(text, title="Football : une soirée de violences")
    assert (event.location, event.country) == ("Marseille", "France")
    text = (
        "Le président a évoqué les émeutes de Dijon en juin 2020. "
        "Un homme avait été blessé par balle par des membres d'une bande rivale."
    )
    (recalled,) = _events(text, title="Sécurité : le président en visite")
    assert recalled.location == "Dijon"
    # a protest against police violence is no scene of the death it denounces
    text = (
        "Des milliers de personnes ont manifesté samedi à Lyon contre les violences policières. "
        "Un jeune homme noir avait été tué par balle par un policier lors d'un contrôle routier."
    )
    (death,) = _events(text, title="Manifestations : une journée de mobilisation")
    assert death.location is None


def test_the_town_of_the_spot_named_before_a_landmark_is_the_place():
    (event,) = _events("Un homme a poignardé deux passants mardi dans un jardin de Wuppertal, à l'est de Düsseldorf.")
    assert (event.location, event.country) == ("Wuppertal", "Allemagne")
    # a town named after the landmark is no spot's: the landmark is the place
    (far,) = _events("Une bombe a tué deux soldats lundi à 10 km au nord de Gao, à une heure de route de Bamako.")
    assert far.location == "Gao"


def test_a_death_told_before_the_clause_saying_how_gives_its_place():
    text = (
        "Le procès s'ouvre ce lundi. Il rappelle la mort d'un jeune ouvrier, décédé en 2017 à Lille après avoir été "
        "battu à mort par des policiers."
    )
    (event,) = _events(text, title="Paris : un procès attendu")
    assert (event.date, event.location, event.killed) == ("2017", "Lille", 1)
    (shot,) = _events("Il rappelle le souvenir d'un ouvrier mort en 2017 à Lille après avoir été abattu par un vigile.")
    assert shot.location == "Lille"


def test_a_visits_or_a_complaints_place_is_not_the_attacks():
    text = (
        "Un policier a été tué par balle lundi dans le nord du Kenya, a annoncé la police. "
        "L'attaque s'est produite à la veille de la visite du président à Nairobi."
    )
    (event,) = _events(text)
    assert (event.location, event.country) == ("nord du Kenya", "Kenya")  # the region, not the visit's town
    text = "Deux humanitaires ont été abattus dimanche dans le nord du Tchad, dont l'ONG va porter plainte à Stockholm."
    (event,) = _events(text)
    assert (event.location, event.country, event.killed) == ("nord du Tchad", "Tchad", 2)


def test_a_capital_named_as_the_agent_of_an_act_is_its_government_no_place():
    text = 'Des bombardements ont tué dix civils samedi, visant une milice kurde qualifiée de "terroriste" par Ankara.'
    (event,) = _events(text)
    assert (event.killed, event.location) == (10, None)
    text = "Des hommes armés ont tué dimanche huit humanitaires, une attaque dénoncée par Niamey et Paris."
    (event,) = _events(text)
    assert (event.killed, event.location) == (8, None)


def test_a_complaints_place_in_the_title_is_not_the_attacks():
    text = "Des hommes armés ont tué dimanche huit humanitaires lors d'une excursion."
    (event,) = _events(text, title="Attaque meurtrière : plainte imminente à Paris")
    assert (event.killed, event.location) == (8, None)


def test_the_place_a_where_clause_telling_the_attack_refers_to():
    text = "Des impacts de balles restent visibles sur la maison de Mexico où un journaliste a été assassiné."
    (event,) = _events(text)
    assert (event.location, event.country) == ("Mexico", "Mexique")
    text = "Le fugitif aurait transité par la Suisse avant de fuir vers l'Italie, où il a été abattu mardi."
    (event,) = _events(text, title="Attentat de Berlin : la fuite du suspect")
    assert (event.location, event.country) == ("Italie", "Italie")  # not the title's Berlin


def test_a_protests_place_is_not_the_place_of_the_death_it_denounces():
    text = (
        "Des milliers de personnes se sont rassemblées dimanche devant l'ambassade des Etats-Unis à Rome, dénonçant "
        "la mort de John Doe et les violences policières."
    )
    (event,) = _events(text)
    assert (event.killed, event.location, event.country) == (1, None, None)  # not Rome: the text says not where


def test_a_person_the_article_names_is_no_place():
    text = (
        "Jacob Lebrun, un Afro-Américain de 29 ans, a été tué dimanche par un policier lors d'une interpellation. "
        "Sa famille appelle au calme."
    )
    (event,) = _events(text, title="Tirs de la police sur Jacob Lebrun : la famille appelle au calme")
    assert (event.killed, event.location) == (1, None)


def test_a_person_whose_health_or_kin_the_article_speaks_of_is_no_place():
    text = (
        "Le meurtre du joggeur noir Paul Martin et les sept balles tirées à bout portant sur Jacob Lebrun l'ont remis "
        "sur le devant de la scène. Lors d'une conférence de presse sur l'état de santé de Jacob Lebrun, M. Dupont a "
        "parlé."
    )
    (event,) = _events(text)
    assert (event.killed, event.location) == (1, None)


def test_a_newspaper_is_no_place():
    text = (
        "Dans un entretien accordé au Guardian, vendredi 3 août, la mère du chef jihadiste témoigne pour la première "
        "fois dans le Guardian. Dix-sept ans après les attentats du 11-Septembre, elle évoque son fils."
    )
    (event,) = _events(text)
    assert event.location is None


def test_an_unplaced_killing_takes_the_town_another_sentence_gives_its_victims_death():
    told = "L'ambassadeur s'est dit troublé par le meurtre brutal de John Doe et ses conséquences. "
    (event,) = _events(told + "Des manifestations ont eu lieu dans tout le pays après la mort de John Doe à Tulsa.")
    assert (event.killed, event.location, event.country) == (1, "Tulsa", "Etats-Unis")
    (event,) = _events(
        told + "John Doe, un Afro-Américain décédé le 25 mai à Tulsa aux mains de la police, est un symbole."
    )
    assert event.location == "Tulsa"
    # a protest's town is not the death's
    (event,) = _events(told + "Des milliers de personnes ont manifesté à Londres contre la mort de John Doe.")
    assert event.location is None


def test_a_spot_named_after_a_town_is_the_town():
    (event,) = _events("Un attentat à la bombe a tué lundi cinq personnes près de la place de Kaboul.")
    assert (event.location, event.country) == ("Kaboul", "Afghanistan")


def test_a_later_sentence_about_the_attack_gives_the_spot():
    text = (
        "Des jihadistes ont lancé lundi une attaque contre un hôtel de Mogadiscio, tuant au moins six personnes. "
        "L'attaque a débuté par l'explosion d'une voiture piégée près de l'hôtel Sahafi sur la plage du Lido."
    )
    (event,) = _events(text)
    # with the town it refines, which the spot's name does not give
    assert (event.location, event.country, event.killed) == ("plage du Lido, Mogadiscio", "Somalie", 6)


def test_a_name_that_an_apposition_sets_off_as_a_street_is_a_spot_of_the_town_the_sentence_names():
    # `à Las Flores, une avenue ...`: the street, though its name holds no street noun, with its town
    text = (
        "Deux personnes ont été tuées samedi à Lyon, après qu'une voiture a foncé dans la foule à Las Flores, une "
        "avenue très fréquentée, dans le centre de la ville."
    )
    (event,) = _events(text)
    assert (event.location, event.country, event.killed) == ("Las Flores, Lyon", "France", 2)
    text = (
        "Une voiture a foncé samedi dans la foule à Las Flores, une avenue très fréquentée de Lyon, faisant deux morts."
    )
    (event,) = _events(text)
    assert (event.location, event.country) == ("Las Flores, Lyon", "France")
    # a town set off by a spot noun's apposition stays the town (`une place financière`)
    (event,) = _events("Le drame a eu lieu samedi à Lyon, une place financière, où un homme a tué deux personnes.")
    assert event.location == "Lyon"


def test_a_place_named_as_the_scene_of_the_attack_told_is_its_place():
    # `X, lieu de l'attaque`, `X, théâtre des violences`: a later sentence says where the attack told happened
    text = "Un attentat a fait trois morts lundi près de Lyon. Les secours sont à Villeurbanne, lieu de l'attaque."
    (event,) = _events(text)
    assert (event.location, event.country, event.killed) == ("Villeurbanne", "France", 3)
    text = (
        "Des affrontements entre soldats ont fait vingt morts lundi dans l'Himalaya. Des renforts ont été dépêchés "
        "près de la vallée de Karsa, théâtre des violences."
    )
    assert [e.location for e in _events(text)] == ["Karsa"]
    # the scene of an attack named by its year is that attack's, not the one told before
    text = "Un attentat a fait trois morts lundi à Lyon. Le ministre ira à Bruxelles, théâtre de l'attentat de 2016."
    assert sorted((e.date, e.location) for e in _events(text)) == [("2016", "Bruxelles"), ("2021-04-05", "Lyon")]
    # a place of another country than the attack's is not its scene; nor one named as the scene of some attack
    text = (
        "Un attentat a fait trois morts lundi à Lyon. Le suspect a grandi à Bruxelles, théâtre d'un attentat en 2016."
    )
    assert [e.location for e in _events(text) if e.killed] == ["Lyon"]


def test_a_place_named_as_the_scene_of_violence_the_text_goes_on_to_tell_is_its_place():
    # `X avait été le théâtre de violences`, `X, théâtre en 1984 d'un massacre`, `X est tristement célèbre pour`: the
    # place of the attack told in that sentence or the next, which gives none of its own
    text = (
        "En mars 2012, une bourgade du Jura, Morez, avait été le théâtre de violences lors d'une fête. Deux hommes "
        "avaient été tués par balles par un forcené."
    )
    assert [(e.location, e.killed) for e in _events(text)] == [("Morez", 2)]
    text = (
        "Le cortège est parti de l'université de Valmont, théâtre en 1984 d'un massacre, quand une vingtaine de "
        "grévistes avaient été tués par la police."
    )
    assert [(e.date, e.location, e.killed) for e in _events(text)] == [("1984", "Valmont", 20)]
    text = (
        "Au bord du lac, Vernay - que ses habitants appellent la cité rouge - est tristement célèbre pour la nuit du "
        "2 mai 1961. Des soldats avaient ouvert le feu sur un cortège d'ouvriers, faisant 9 morts."
    )
    assert [(e.location, e.killed) for e in _events(text)] == [("Vernay", 9)]
    # not an attack its own sentence places, one of another year, nor the scene of a feast
    text = "Morez avait été le théâtre de violences en 1990. Deux hommes avaient été tués en 2012 à Lyon."
    assert [e.location for e in _events(text)] == ["Lyon"]
    text = (
        "Morez avait été le théâtre de violences en 1990. En 2012, deux hommes avaient été tués par balles par un "
        "forcené."
    )
    assert [e.location for e in _events(text)] == [None]
    text = (
        "Morez avait été le théâtre d'une grande fête en 2012. Deux hommes avaient été tués par balles par un forcené."
    )
    assert [e.location for e in _events(text)] == [None]
    text = "Morez avait été le théâtre de violences en 1871. En 2012, deux hommes avaient été tués par balles."
    assert [e.location for e in _events(text)] == [None]  # a year of the nineteenth century is a year too


def test_a_neighbouring_sentence_about_another_time_does_not_place_the_attack():
    # `l'explosion en 1962 d'une bombe atomique à X` beside an attack of 2004: another event's place, not the attack's
    text = (
        "L'attentat qui a tué le juge Paul Roux en 2004, mené avec une camionnette piégée, avait laissé un cratère de "
        "dix mètres. En 1962, l'explosion d'une bombe atomique à Reggane avait creusé un cratère de cent mètres."
    )
    assert [(e.date, e.location, e.killed) for e in _events(text)] == [("2004", None, 1)]
    text = (
        "Deux soldats ont été tués dimanche par des terroristes dans le nord du pays. Le ministre a démissionné après "
        "l'explosion en août 2019 d'un entrepôt à Beyrouth."
    )
    assert [(e.location, e.killed) for e in _events(text)] == [(None, 2)]
    # a neighbour of the same days still places it; one of another time, when the attack's own sentence names it too
    text = "Un homme a été abattu dimanche par la police. Il est mort à Lyon dimanche soir."
    assert [e.location for e in _events(text)] == ["Lyon"]
    text = (
        "Tulsa a été le lieu d'un massacre en 1921 quand une foule avait tué des centaines de personnes. Le meeting "
        "aura lieu à Tulsa le 19 juin."
    )
    assert [(e.date, e.location) for e in _events(text)] == [("1921", "Tulsa")]


def test_a_scene_or_a_police_force_named_by_a_towns_adjective_places_the_attack_in_that_town():
    # `dans les transports londoniens`, `par la police new-yorkaise`, `en région parisienne`
    text = "En juillet 2005, une série d'attentats suicide avaient fait 56 morts dans les transports londoniens."
    assert [(e.location, e.country, e.killed) for e in _events(text)] == [("Londres", "Royaume-Uni", 56)]
    text = "La mort de Paul Roux, asphyxié par la police new-yorkaise en 2014, avait choqué le pays."
    assert [(e.location, e.country) for e in _events(text)] == [("New York", "Etats-Unis")]
    text = "Un jeune homme a été tué par balles en juillet 2016 en région parisienne."
    assert [(e.location, e.country) for e in _events(text)] == [("région parisienne", "France")]
    # not a person of the town, a force that did not kill, a town the attack's own sentence names, another country
    assert [e.location for e in _events("Un touriste parisien a été tué par balles en 2014.")] == [None]
    text = "La police new-yorkaise a arrêté mardi un suspect de l'attentat qui a fait trois morts."
    assert [e.location for e in _events(text)] == [None]
    assert [e.location for e in _events("Une bombe a explosé en 2014 dans le métro parisien à Lyon.")] == ["Lyon"]
    text = "Une bombe a tué trois personnes en 2014 dans les rues marseillaises en Belgique."
    assert [e.country for e in _events(text) if e.location != "Marseille"] == ["Belgique"]


def test_a_towns_adjective_in_a_later_sentence_about_something_else_places_nothing():
    # the town of a protest, of the group that claimed: not the scene of the attack the first sentence told
    text = (
        "Marc Lenoir, un jeune homme noir, est mort asphyxié par un policier en mars. Samedi, des milliers de "
        "personnes ont manifesté dans les rues parisiennes pour dénoncer la mort de Marc Lenoir, "
        "asphyxié par un policier."
    )
    assert [(e.location, e.killed) for e in _events(text)] == [(None, 1)]
    text = (
        "Deux gendarmes ont été tués par balles en 2018. "
        "L'attaque avait été revendiquée par un groupe basé dans la banlieue lyonnaise."
    )
    assert [(e.location, e.killed) for e in _events(text)] == [(None, 2)]
    assert lx.town_of_adjective("Lyonnaises") == "Lyon"
    assert all(lx.TOWN_ADJECTIVE_FORCE.search(f"par la police {adj}") for adj in lx.TOWN_ADJECTIVES)


def test_a_spot_in_another_town_is_another_place():
    text = (
        "Un attentat à la voiture piégée a tué lundi huit personnes à Kaboul. "
        "Un autre attentat à la voiture piégée a frappé mardi la place de Kandahar, tuant deux policiers."
    )
    events = _events(text)
    assert {e.location for e in events} == {"Kaboul", "Kandahar"}


def test_a_town_named_after_the_region_around_it():
    text = (
        "Une bombe a explosé lundi dans un marché d'une station balnéaire de Bretagne, tuant deux passants. "
        "La bombe avait été cachée sous un étal du marché de Carnac."
    )
    (event,) = _events(text)
    assert event.location == "Carnac"


def test_a_town_named_in_the_region_does_not_replace_a_named_town():
    text = (
        "Une bombe a explosé lundi dans un marché de Quimper, en Bretagne, tuant deux passants. "
        "La bombe avait été cachée sous un étal du marché de Carnac."
    )
    events = _events(text)
    assert events[0].location == "Quimper"


def test_a_region_named_with_du_or_an_adjective_is_the_place():
    (event,) = _events("Des affrontements ont fait vingt morts lundi dans la province du Nangarhar.")
    assert (event.location, event.killed) == ("Nangarhar", 20)
    text = "La région montagneuse du Cachemire a été le théâtre lundi d'affrontements qui ont fait vingt morts."
    assert _events(text)[0].location == "Cachemire"
    (event,) = _events("Une bombe a tué lundi trois passants dans le quartier chrétien d'Achrafieh.")
    assert event.location == "Achrafieh"
    # a town left unnamed in a region is no region's name
    text = "Un policier a tué un jeune Noir de 18 ans samedi dans cette petite ville du Missouri."
    assert _events(text)[0].location in (None, "Missouri")


def test_a_town_of_the_country_a_later_sentence_of_the_attack_names_is_the_place():
    text = (
        "La dernière attaque visant des forces de l'ordre en Tunisie remontait au 6 mars. Un policier avait été tué et "
        "cinq autres blessés dans un double attentat suicide contre des policiers à Tunis."
    )
    (event,) = _events(text)
    assert (event.location, event.country, event.killed, event.injured) == ("Tunis", "Tunisie", 1, 5)


def test_a_town_named_in_a_region_we_know_is_the_place():
    text = (
        "Un homme a ouvert le feu samedi dans un centre commercial du Texas, tuant trois personnes. "
        "Selon la police, les coups de feu ont été tirés dans la ville de Midland, tuant trois personnes."
    )
    (event,) = _events(text)
    assert (event.location, event.country, event.killed) == ("Midland", "Etats-Unis", 3)
    (later,) = _events("Un tireur a tué samedi quatre personnes en Floride. La fusillade a fait quatre morts à Tampa.")
    assert later.location == "Tampa"
    # the town the title sets the article in, when the body names only its region
    body = "Des rescapés racontent la fusillade qui a fait dix morts dans un night-club en Floride samedi soir."
    (titled,) = _events(body, title="Carnage à Tampa : des rescapés racontent")
    assert titled.location == "Tampa"
    # an undated attack recalled in the region is not the title's
    text = "Un tireur a tué huit personnes vendredi à Tampa. Cela intervient après une attaque à la hache en Floride."
    assert [e.location for e in _events(text, title="Fusillade à Tampa : huit morts")] == ["Tampa", "Floride"]
    # a town of another country is no town of the region
    (other,) = _events(body, title="Carnage à Toronto : des rescapés racontent")
    assert other.location == "Floride"


# --- tolls --------------------------------------------------------------------------------------------------------


def test_a_day_between_the_verb_and_its_figure():
    (event,) = _events("Un attentat à la voiture piégée a tué lundi cinq personnes à Kaboul.")
    assert event.killed == 5
    (wounded,) = _events(
        "Un kamikaze s'est fait exploser à Kaboul, tuant dimanche soir trois policiers et blessant samedi"
    )
    assert wounded.killed == 3


def test_the_others_killed_are_added_to_the_first_figure():
    text = (
        "Des insurgés ont attaqué lundi un poste de police près de Tulle. "
        "Ils y ont mis le feu, tuant cinq policiers, et ont abattu les deux autres."
    )
    (event,) = _events(text)
    assert event.killed == 7


def test_the_attacking_groups_own_dead_are_not_the_toll():
    text = (
        "Des talibans ont attaqué lundi un poste de police près de Farah, tuant sept policiers. "
        "Huit talibans sont aussi morts durant cet assaut."
    )
    (event,) = _events(text)
    assert event.killed == 7
    (strike,) = _events("Une frappe aérienne a visé lundi un camp près de Farah: douze talibans ont été tués.")
    assert strike.killed == 12  # the ones struck, not attackers


def test_an_unplaced_attack_happened_where_the_title_sets_the_article():
    (event,) = _events("Un homme armé a ouvert le feu lundi dans une discothèque, tuant trois personnes.",
                       title="Fusillade à Orlando : la piste islamiste")  # fmt: skip
    assert (event.location, event.country) == ("Orlando", "Etats-Unis")
    (placed,) = _events("Un homme armé a ouvert le feu lundi à Tampa, tuant trois personnes.",
                        title="Fusillade à Orlando : la piste islamiste")  # fmt: skip
    assert placed.location == "Tampa"  # a place of its own wins


def test_an_older_attack_takes_the_titles_town_only_from_its_head():
    text = "Le 3 mars 2009, une fusillade avait fait trois morts dans une discothèque."
    (recalled,) = _events(text, title="La ville d'Orlando pleure encore ses morts")
    assert recalled.location is None  # a memory, not the news the title sets
    (headed,) = _events(text, title="Orlando : la ville pleure encore ses morts")
    assert headed.location == "Orlando"


def test_an_attack_placed_by_a_word_for_a_town_happened_in_the_town_named_last():
    text = (
        "Un policier a été blessé par balle dimanche soir à Marseille. "
        "Un autre agent de la ville avait été poignardé le 3 mars 2020 lors d'une patrouille."
    )
    assert [(e.date, e.location) for e in _events(text)] == [("2021-04-04", "Marseille"), ("2020-03-03", "Marseille")]
    text = "Des centaines de personnes ont défilé samedi à Lyon. C'est la quatrième fusillade de la ville depuis mars."
    (count,) = _events(text, title="Drame à Lyon")
    assert (count.kind, count.location) == ("aggregate", "Lyon")
    text = "Le maire de Bogota a parlé. La ville vit sa pire crise depuis l'assassinat en 1948 d'un dirigeant."
    (recalled,) = _events(text)
    assert (recalled.date, recalled.location) == ("1948", "Bogota")


def test_the_capital_that_places_an_attack_is_its_countrys():
    text = (
        "Un kamikaze s'est fait exploser lundi près d'un commissariat, blessant deux agents. "
        "Il s'agit du second attentat dans la capitale depuis celui du 12 mai 2019, qui avait fait trois blessés."
    )
    earlier = [e for e in _events(text, title="Tunisie : la sécurité renforcée") if e.date == "2019-05-12"]
    assert [(e.location, e.country) for e in earlier] == [("Tunis", "Tunisie")]


def test_a_word_for_a_town_far_from_the_attack_is_the_town_of_something_else():
    text = (
        "Le conseil municipal de Nantes s'est réuni lundi. "
        "La ville accueillera en mai une exposition consacrée à l'assassinat en 1948 d'un dirigeant colombien."
    )
    (recalled,) = _events(text)
    assert (recalled.date, recalled.location) == ("1948", None)  # the exhibition is in Nantes, not the killing


def test_a_facility_named_by_its_country_stands_in_the_town_named_after_it():
    text = "Un kamikaze s'est fait exploser lundi devant l'ambassade de France à Kaboul en tuant trois passants."
    (event,) = _events(text)
    assert (event.location, event.country) == ("ambassade de France à Kaboul", "Afghanistan")
    text = "Des hommes armés ont attaqué lundi l'ambassade d'Italie, à l'heure où elle ouvrait, tuant un garde."
    (event,) = _events(text)
    assert event.location == "ambassade d'Italie"  # no town named after it: the facility alone


def test_a_town_named_in_the_attacks_clause_wins_over_a_settlement_named_farther_away():
    text = (
        "Dans la ville portuaire de Brest, cent jours après la mort de John Doe, un homme tué par balle par un "
        "policier à Rennes, les manifestants défilent encore."
    )
    (event,) = _events(text)
    assert (event.location, event.country) == ("Rennes", "France")  # Brest is where they march
    (event,) = _events("Un soldat a été tué lundi dans le village de Kadji, près de Tillabéri.")
    assert event.location == "Kadji"  # the settlement is the nearer: the most precise place
    text = "La ville de Gravelines, à proximité de Dunkerque, a été frappée jeudi par une fusillade: deux morts."
    (event,) = _events(text)
    assert event.location == "Gravelines"  # Dunkerque, nearer, is only what the town is near


def test_a_title_place_in_another_country_is_not_taken():
    (event,) = _events("Un kamikaze s'est fait exploser lundi au Pakistan, tuant cinq policiers.",
                       title="Kaboul : la police en alerte")  # fmt: skip
    assert (event.location, event.country) == ("Pakistan", "Pakistan")


def test_the_attackers_own_death_is_not_the_toll():
    text = (
        "Un homme a attaqué lundi des passants au couteau dans une rue de Tulle, blessant trois personnes. "
        "L'assaillant, déjà condamné pour terrorisme, a été tué par la police."
    )
    (event,) = _events(text)
    assert (event.killed, event.injured) == (None, 3)


def test_an_aside_between_dashes_is_not_counted():
    text = "Six Français et deux Nigériens - leur chauffeur et un guide - ont été tués lundi dans une attaque à Kouré."
    (event,) = _events(text)
    assert event.killed == 8


def test_the_victim_killed_before_the_attacker_went_on():
    text = (
        "Un attentat a frappé lundi la promenade de Tulle. "
        "Les assaillants ont fauché des passants, avant de les attaquer au couteau et de poignarder à mort une femme."
    )
    (event,) = _events(text)
    assert event.killed == 1
    threat = "Un attentat a frappé lundi la promenade de Tulle. Les assaillants ont menacé de tuer un otage."
    (threatened,) = _events(threat)
    assert threatened.killed is None


def test_nobody_hurt_with_an_adverb_inside():
    (event,) = _events("Deux roquettes ont été tirées lundi sur la base de Tulle, sans toutefois faire de blessés.")
    assert event.injured == 0


def test_the_wounded_told_after_the_dead_belong_to_the_attack():
    text = (
        "Des talibans ont attaqué lundi un poste de police près de Farah, tuant sept policiers. "
        "Un autre policier a été blessé, selon le gouverneur."
    )
    (event,) = _events(text)
    assert (event.killed, event.injured) == (7, 1)


def test_a_sentence_repeating_the_death_toll_gives_the_wounded():
    text = (
        "Un kamikaze a fait exploser sa bombe le 22 mai 2017 à Manchester. "
        "Vingt-deux personnes avaient été tuées. "
        "Le procès s'est tenu à Londres. "
        "Le juge a prononcé la peine. "
        "Outre les 22 personnes tuées, 237 ont été blessées, selon le procureur."
    )
    (event,) = _events(text)
    assert (event.killed, event.injured) == (22, 237)


def test_a_country_gives_way_to_its_town_named_in_the_sentence():
    text = "Un policier a été tué lundi soir au Mali alors que des milliers de personnes défilaient à Bamako."
    (event,) = _events(text)
    assert (event.location, event.country) == ("Bamako", "Mali")


def test_the_country_adjective_before_a_settlement_names_its_country():
    text = "Des obus ont touché dans la nuit le village libanais de Kfar Chouba, tuant deux bergers."
    (event,) = _events(text)
    assert (event.location, event.country, event.killed) == ("Kfar Chouba", "Liban", 2)
    text = "En 2010, l'armée nord-coréenne avait bombardé l'île sud-coréenne de Baengnyeong, faisant quatre morts."
    (island,) = _events(text)
    assert (island.location, island.country) == ("Baengnyeong", "Corée du Sud")  # not the attacker's country
    # the adjective is the settlement's only: a town of the text's own country keeps it
    text = "Trois soldats maliens ont été tués lundi dans une attaque contre leur camp de Ménaka."
    (own,) = _events(text)
    assert own.country == "Mali"
    # a kind of town, not a country: nothing said of the country
    (port,) = _events("Une bombe a tué trois dockers lundi dans la ville portuaire de Kfar Chouba.")
    assert (port.location, port.country) == ("Kfar Chouba", None)


def test_the_part_of_a_country_in_brackets_after_a_town_names_its_country():
    text = "Un homme armé a tué samedi trois clients dans un bar de Cambridge (Massachusetts, nord-est des États-Unis)."
    (event,) = _events(text)
    assert (event.location, event.country) == ("Cambridge", "Etats-Unis")  # not the English town
    text = "Une roquette a tué deux bergers lundi à Kfar Chouba (sud du Liban)."
    assert _events(text)[0].country == "Liban"
    # a distance from a town in brackets says nothing of the country: the town's own
    text = "Une voiture piégée a tué deux soldats lundi à Syrte (450 km à l'est de Tripoli)."
    assert _events(text)[0].country == "Libye"


def test_who_gives_the_toll_is_no_earlier_event_hiding_the_place_after_it():
    text = (
        "Un homme armé a tué vendredi trois personnes, d'après un premier bilan, dans un supermarché de Strasbourg, "
        "avant de s'enfuir."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == ("Strasbourg", 3)
    # an attack told after another one: the clause of the first keeps its place out
    text = "Après l'attentat de Nice, un homme a poignardé vendredi un passant dans une rue de Grenoble."
    stabbing = next(e for e in _events(text) if e.weapon == "arme blanche")
    assert stabbing.location == "Grenoble"  # the town of the street it names, not the other attack's


def test_a_capital_named_for_its_government_is_no_place():
    (event,) = _events("En novembre 2010, l'armée de Pyongyang avait bombardé une île du Sud, faisant quatre morts.")
    assert event.location is None
    text = "Séoul demande une enquête. Un pêcheur a été abattu mardi par des soldats nord-coréens en mer."
    (shot,) = _events(text)
    assert shot.location is None


def test_the_town_an_older_attack_is_told_in_is_the_titles():
    text = "En 2015, la ville avait connu des émeutes après la mort de Jamal Kane, un jeune homme abattu par la police."
    (event,) = _events(text, title="Minneapolis face à ses blessures cachées")
    assert (event.date, event.location) == ("2015", "Minneapolis")
    (elsewhere,) = _events(text.replace("la ville", "le pays"), title="Minneapolis face à ses blessures cachées")
    assert elsewhere.location is None  # an older attack, and nothing says it was in the title's town


def test_the_town_whose_police_speaks_places_an_attack_told_in_a_country():
    text = "Six personnes ont été tuées vendredi dans une fusillade dans le sud du pays, a annoncé la police de Aalen."
    (event,) = _events(text)
    assert event.location == "Aalen"


def test_a_place_near_a_named_landmark():
    (event,) = _events("Une touriste a été abattue lundi par un soldat près du Mont Kumgang.")
    assert event.location == "Mont Kumgang"


def test_a_capital_called_on_is_no_place():
    text = (
        "Des raids aériens ont tué lundi cinq civils. "
        "Le gouvernement régional a condamné la mort de civils, appelant Ankara à respecter sa souveraineté."
    )
    (event,) = _events(text)
    assert event.location is None


def test_a_named_venue_is_the_place():
    (event,) = _events("Des hommes armés ont attaqué lundi la salle de concerts du Bataclan, tuant 90 personnes.")
    assert event.location == "salle de concerts du Bataclan"


def test_the_titles_place_after_a_country_head():
    text = "Trois assaillants ont fait exploser lundi une voiture piégée, tuant onze personnes."
    (event,) = _events(text, title="Somalie: onze morts dans l'attaque d'un hôtel de Mogadiscio par les shebab")
    assert (event.location, event.country) == ("Mogadiscio", "Somalie")


def test_an_unnamed_venue_in_a_region_is_no_spot():
    (event,) = _events("Une femme armée d'un couteau a blessé lundi trois visiteurs d'un musée de Lombardie.")
    assert event.location != "musée de Lombardie"


# --- places: news media -------------------------------------------------------------------------------------------


def test_a_news_channel_is_no_place():
    text = (
        "Un homme armé a ouvert le feu lundi sur des passants, tuant deux personnes. "
        "Un témoin a raconté la scène à BFMTV."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == (None, 2)
    (english,) = _events("Two people were killed on Monday when a gunman opened fire, a witness told Fox News Radio.")
    assert english.location is None
    # a town next to the channel is still the place
    (town,) = _events("Un homme armé a tué lundi deux passants à Tulle, a rapporté BFMTV.")
    assert town.location == "Tulle"


# --- dates --------------------------------------------------------------------------------------------------------


def test_an_attack_told_days_after_the_one_before_takes_its_day():
    text = (
        "Un militant a été tué par balle le 29 mars à Tulle. "
        "Il venait de quitter un défilé. "
        "Un homme suspecté de ce meurtre a été abattu cinq jours plus tard par la police qui le recherchait."
    )
    first, later = _events(text)
    assert (first.date, later.date, later.date_text) == ("2021-03-29", "2021-04-03", "cinq jours plus tard")
    lendemain = "Un militant a été tué par balle le 29 mars à Tulle. Le lendemain, un policier a été abattu à Brive."
    assert [e.date for e in _events(lendemain)] == ["2021-03-29", "2021-03-30"]


def test_days_after_need_a_dated_attack_just_before_and_a_day_not_after_publication():
    vague = (
        "Un militant a été tué par balle le 29 mars à Tulle. "
        "Un homme a été abattu quelques jours plus tard par la police à Brive."
    )
    assert [e.date for e in _events(vague)] == ["2021-03-29", None]  # `quelques jours`: no day
    future = (
        "Un militant a été tué par balle le 2 avril à Tulle. "
        "Un homme a été abattu dix jours plus tard par la police à Brive."
    )
    assert [e.date for e in _events(future)] == ["2021-04-02", None]  # after publication: not a day it can be


def test_an_attack_told_some_time_before_the_dated_one_told_just_before_takes_that_date():
    text = (
        "En février 2019, une attaque avait fait 20 morts à Tulle. Un mois plus tôt, ils avaient attaqué un hôtel de "
        "Brive, tuant 21 personnes."
    )
    assert [e.date for e in _events(text)] == ["2019-02", "2019-01"]
    text = "Une bombe a tué trois personnes le 9 mars à Tulle. Trois jours auparavant, un tireur avait tué deux gardes."
    assert [e.date for e in _events(text)] == ["2021-03-09", "2021-03-06"]
    text = (
        "Une bombe a tué trois personnes le 9 mars à Tulle. Deux ans plus tôt, un tireur avait tué deux gardes à Brive."
    )
    assert [e.date for e in _events(text)] == ["2021-03-09", "2019"]
    # an undated attack told between them: the span is from it, whose date is unknown
    text = (
        "Une bombe a tué trois personnes le 9 mars à Tulle. Un tireur avait tué deux gardes à Brive. Deux ans plus "
        "tôt, un kamikaze avait tué six soldats à Ussel."
    )
    assert [e.date for e in _events(text)] == ["2021-03-09", None, None]


def test_an_attack_told_on_the_eve_of_the_day_told_before_takes_the_day_before():
    text = (
        "La ville de Tulle s'est réveillée sous le choc ce vendredi matin. La veille, peu après 17h, un homme a foncé "
        "sur la foule au volant d'une camionnette sur l'avenue principale."
    )
    (event,) = _events(text)
    assert (event.date, event.date_text) == ("2021-04-01", "La veille")
    after = "Un adolescent a été tué mercredi par un tir à Tulle. La veille, un gendarme a été tué par balle à Brive."
    assert [e.date for e in _events(after)] == ["2021-03-31", "2021-03-30"]
    # a month before says no day; `la veille de X` is the eve of something else
    month = "En mars, la ville a changé de maire. La veille, un gendarme a été tué par balle à Brive."
    assert [e.date for e in _events(month)] == [None]
    other = "La veille de la visite, un gendarme a été tué par balle à Brive."
    assert [e.date for e in _events(other)] == [None]


def test_a_night_is_dated_by_its_morning():
    (event,) = _events("Une roquette a tué deux civils dans la nuit de samedi à dimanche à Tulle.")
    assert (event.date, event.date_text) == ("2021-04-04", "dans la nuit de samedi à dimanche")
    (evening,) = _events("Une roquette a tué deux civils samedi soir à Tulle.")
    assert evening.date == "2021-04-03"
    (english,) = _events("A rocket killed two civilians in Tulle on Saturday night.")
    assert english.date == "2021-04-03"  # no morning named: the day named


def test_a_night_written_with_its_morning_s_date_is_dated_by_that_morning():
    (dated,) = _events("Un homme a tué vingt personnes dans un bar de Tulle dans la nuit de samedi à dimanche 4 avril.")
    assert (dated.date, dated.date_text) == ("2021-04-04", "dans la nuit de samedi à dimanche 4 avril")
    (du,) = _events("Un homme a ouvert le feu dans la nuit du dimanche au lundi 5 avril à Tulle, tuant deux personnes.")
    assert du.date == "2021-04-05"
    (both,) = _events("Une bombe a tué trois soldats à Tulle dans la nuit du samedi 3 au dimanche 4 avril.")
    assert both.date == "2021-04-04"
    (plain,) = _events("Une roquette a tué deux civils dans la nuit du samedi au dimanche à Tulle.")
    assert plain.date == "2021-04-04"


# --- places and tolls: the attack's own clause and sentence --------------------------------------------------------


def test_a_neighbouring_sentence_that_names_the_attack_gives_the_place_of_its_own_clause():
    text = (
        "Des centaines de manifestants se sont réunis lundi pour dénoncer les violences policières ayant entraîné "
        "la mort de Karim Benali. "
        "De Rennes à Dijon, en passant par Tours, des cortèges ont rendu hommage à cet homme étouffé par un "
        "gendarme fin mars à Tulle."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == ("Tulle", 1)


def test_a_neighbouring_sentence_about_something_else_gives_no_place():
    text = (
        "Journaliste au quotidien de Tulle, Marc Lenoir écrivait sur la vie locale. "
        "En mai 2011, il avait été blessé au bras par l'éclat d'une grenade qui avait explosé devant son bureau."
    )
    (event,) = _events(text)
    assert event.location is None
    home = (
        "Le chef de la milice a été tué en 2019 par une frappe de drone. "
        "Avant son arrestation, son frère habitait à Tulle où il tenait une boulangerie."
    )
    (strike,) = _events(home)
    assert strike.location is None


def test_the_sentence_before_places_an_attack_whose_subject_points_back_to_it():
    text = (
        "La police de Tulle a souvent été mise en cause pour ses interventions. "
        "En 2016, un de ses agents avait tué un automobiliste qui refusait d'obtempérer."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == ("Tulle", 1)


def test_the_scene_told_in_the_next_sentence_places_the_attack():
    text = (
        "Samedi soir, trois roquettes ont été lancées depuis la frontière sans faire de blessés. "
        "Les sirènes d'alerte ont été entendues jusqu'à Ussel, un village voisin."
    )
    (event,) = _events(text)
    assert (event.location, event.injured) == ("Ussel", 0)


def test_victims_of_two_kinds_are_added_up():
    (event,) = _events(
        "Des hommes armés ont attaqué mardi un marché de Tulle, tuant sept commerçants et deux gendarmes."
    )
    assert event.killed == 9
    (wounded,) = _events(
        "Un tireur a ouvert le feu mardi à Tulle, tuant trois clients et quatre blessés selon les secours."
    )
    assert wounded.killed == 3


def test_a_sentence_that_moves_time_on_tells_another_attack_with_its_own_toll():
    text = (
        "En juin 2016, un chauffeur avait foncé dans la foule avec son camion sur le pont des Arts, "
        "faisant huit morts. "
        "Trois mois plus tard, 14 personnes avaient péri lors d'une attaque contre un stade à Limoges."
    )
    events = sorted(_events(text), key=lambda e: e.killed or 0)
    assert [(e.location, e.killed) for e in events] == [("pont des Arts", 8), ("Limoges", 14)]


def test_a_relative_clause_after_a_side_attack_gives_that_attack_its_toll():
    text = (
        "La mairie avait renforcé la surveillance des lieux de culte en 2016, après la tuerie de Tulle, en Corrèze, "
        "où un homme armé avait tué six paroissiens dans une chapelle."
    )
    (event,) = _events(text)
    assert (event.location, event.killed, event.weapon) == ("Tulle", 6, "arme à feu")


def test_the_latest_toll_a_few_sentences_on_is_the_attacks():
    text = (
        "Deux voitures piégées ont explosé mardi près du marché couvert de Vesoul, faisant au moins 40 morts. "
        "Le souffle a brisé les vitrines de toute la rue commerçante. "
        "Le quartier était bondé en cette veille de fête. "
        "Les marchands avaient installé leurs étals dès l'aube. "
        "Le nouveau bilan communiqué par la préfecture fait état de 58 morts. "
        "Plus de 120 personnes ont été blessées."
    )
    (event,) = _events(text)
    assert (event.killed, event.injured) == (58, 120)
    war = text.replace("Le nouveau bilan communiqué par la préfecture", "Le nouveau bilan de la guerre civile")
    assert [e.killed for e in _events(war)] == [40]


def test_the_attackers_listed_beside_the_victims_are_left_out_of_the_toll():
    (event,) = _events(
        "Au moins 17 personnes, dont des enfants, ainsi que 4 assaillants ont péri jeudi dans une attaque armée "
        "contre une école de Tulle."
    )
    assert event.killed == 17


def test_an_attack_named_in_passing_takes_the_toll_and_day_its_relative_clause_gives():
    (event,) = _events(
        "Au tribunal, les avocats des parties civiles ont évoqué la fusillade de Limoges "
        "qui a fait 12 morts le 8 octobre."
    )
    assert (event.location, event.killed, event.date) == ("Limoges", 12, "2020-10-08")


def test_one_victim_named_with_its_participle_is_one_killed():
    (one,) = _events(
        "Xavier Martin, le policier abattu sur la place du Marché le 2 avril, a été décoré à titre posthume."
    )
    assert one.killed == 1
    (many,) = _events("Un hommage a été rendu aux policiers tués le 2 avril à Tulle.")
    assert many.killed is None


def test_the_attack_told_right_after_an_unplaced_one_places_it():
    text = (
        "La France a été frappée dimanche par une série d'attentats contre des hôtels et des églises, faisant plus "
        "de 200 morts. Voici ce que l'on sait. "
        "De puissantes explosions se sont produites en début de matinée dans trois hôtels du front de mer de Marseille."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == ("Marseille", 200)


def test_the_town_of_a_named_synagogue_shop_or_school_is_the_place():
    (shop,) = _events("L'attaque contre la synagogue de Saint-Junien, le 3 mars, a fait cinq morts.")
    assert (shop.location, shop.killed) == ("Saint-Junien", 5)
    (school,) = _events("Un tireur a tiré mardi dans un lycée de Bellac, tuant trois élèves.")
    assert school.location == "Bellac"


# --- one attack, one record ---------------------------------------------------------------------------------------


def test_the_attackers_going_on_with_another_weapon_are_the_same_attack():
    text = (
        "Un attentat a frappé le centre de Tulle samedi vers 22h00. "
        "Les assaillants, à bord d'une camionnette, ont fauché les passants qui traversaient le pont Neuf. "
        "Ils se sont ensuite rendus au marché couvert où ils ont poignardé au hasard des clients. "
        "Selon un dernier bilan, six personnes ont été tuées dans l'attentat."
    )
    (event,) = _events(text)
    assert (event.date, event.weapon) == ("2021-04-03", "voiture-bélier")


def test_an_attack_told_later_elsewhere_with_another_weapon_stays_apart():
    text = (
        "Un attentat a frappé le centre de Tulle samedi vers 22h00. "
        "Les assaillants, à bord d'une camionnette, ont fauché les passants qui traversaient le pont Neuf. "
        "Le maire a décrété un deuil. La préfecture a ouvert une cellule. "
        "Le lendemain, des hommes ont poignardé des clients au marché couvert de Brive."
    )
    assert len(_events(text)) == 2


def test_an_undated_killing_retold_with_its_day_and_town_is_one_attack():
    text = (
        "Un berger a été tué dans une frappe aérienne de l'armée dans le nord de la Syrie, a indiqué lundi un "
        "responsable local. La Syrie a dénoncé l'opération. "
        '"Un berger a été tué jeudi", a affirmé le maire d\'Alep.'
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.weapon, event.killed) == ("2021-04-01", "Alep", "frappe aérienne", 1)


def test_killings_with_their_own_tolls_or_no_place_stay_apart():
    unplaced = (
        "Un berger a été tué dans une frappe aérienne, a indiqué lundi un responsable local. "
        "Le ministre a dénoncé l'opération. Un soldat a été tué jeudi par un tireur."
    )
    assert len(_events(unplaced)) == 2  # one dead each is no tie
    tolls = (
        "Un berger a été tué dans une frappe aérienne dans le nord de la Syrie. Le ministre a dénoncé l'opération. "
        "Jeudi, une frappe aérienne a tué trois civils à Alep."
    )
    assert [e.killed for e in _events(tolls)] == [1, 3]


def test_an_older_attack_with_its_dead_is_not_the_toll_of_a_wounding_one():
    text = (
        "Une voiture piégée a explosé devant l'hôtel, a indiqué lundi la police de Mogadiscio. "
        "Vingt-huit personnes ont été blessées. "
        "En février 2019, une attaque a fait au moins 20 morts à Mogadiscio."
    )
    assert sorted(e.killed or 0 for e in _events(text)) == [0, 20]


def test_a_spot_named_with_its_town_and_the_town_are_one_attack_of_that_day():
    spot = (
        "Trois kamikazes s'étaient fait exploser à l'aéroport de Lyon-Saint-Exupéry, le 22 mars 2016, "
        "faisant 32 morts. "
    )
    (event,) = _events(spot + "Un complice a été inculpé dans l'enquête sur les attaques du 22 mars 2016 à Lyon.")
    assert (event.location, event.killed) == ("aéroport de Lyon-Saint-Exupéry", 32)
    other = _events(spot + "Un complice a été inculpé dans l'enquête sur les attaques du 22 mars 2016 à Marseille.")
    assert len(other) == 2


def test_the_bomber_dead_in_the_blast_is_the_same_attack_told_in_the_pluperfect():
    text = (
        "Le 18 juillet 2012, cinq touristes avaient été tués à la gare de Tulle par l'explosion d'une bombe placée "
        "dans un bus. Le chauffeur avait également perdu la vie. Trente-huit personnes avaient été blessées. "
        "Le poseur de bombe présumé, un homme de 23 ans, était mort dans l'explosion."
    )
    (event,) = _events(text)
    assert (event.date, event.weapon) == ("2012-07-18", "bombe")


# --- dates --------------------------------------------------------------------------------------------------------


def test_an_attack_told_hours_after_an_attack_dated_to_the_day_happened_that_day():
    first = "Un kamikaze s'est fait exploser mardi à Kaboul, tuant dix personnes. "
    for then in ("Quelques heures plus tard", "Trois heures plus tard", "Le même jour"):
        events = _events(first + then + ", une bombe a tué six policiers à Kandahar, selon les autorités.")
        assert sorted((e.location, e.date) for e in events) == [("Kaboul", "2021-03-30"), ("Kandahar", "2021-03-30")]
    # `quelques jours plus tard` says no day
    events = _events(first + "Quelques jours plus tard, une bombe a tué six policiers à Kandahar, selon les autorités.")
    assert sorted((e.location, e.date) for e in events) == [("Kaboul", "2021-03-30"), ("Kandahar", None)]
    # the attack retold before the next one is told: hours after it still
    events = _events(
        first + "Le président a dénoncé un acte lâche. Les écoles resteront fermées. Le gouverneur s'est rendu sur "
        "place. Dix personnes sont mortes dans l'attentat de Kaboul, selon la police. Quelques heures plus tard, une "
        "bombe a tué six policiers à Kandahar."
    )
    assert sorted((e.location, e.date) for e in events) == [("Kaboul", "2021-03-30"), ("Kandahar", "2021-03-30")]


def test_an_attack_named_days_before_the_day_a_sentence_gives_happened_that_many_days_before():
    # `au lendemain de X`, `cinq jours après avoir abattu`, `deux jours après X`: the sentence's day less those days
    (event,) = _events("Le président s'est rendu mardi à Kandahar, au lendemain de l'attentat qui a tué six policiers.")
    assert (event.date, event.killed) == ("2021-03-29", 6)
    (event,) = _events("Un ex-policier a été inculpé mercredi, cinq jours après avoir abattu un jeune homme à Leeds.")
    assert (event.date, event.location) == ("2021-03-26", "Leeds")
    text = "L'attaque de mardi survient deux jours après l'explosion d'une bombe à Kandahar, qui a blessé 4 civils."
    assert ("2021-03-28", 4) in [(e.date, e.injured) for e in _events(text)]
    # months after it: no day
    (event,) = _events("Le président est allé mardi à Kandahar, trois mois après l'attentat qui a tué six policiers.")
    assert (event.date, event.killed) == (None, 6)


def test_the_toll_told_before_how_the_victims_were_struck_is_the_attacks():
    text = "Trois passants sont morts et quatre autres blessés après avoir été poignardés samedi soir à Gand."
    (event,) = _events(text)
    assert (event.location, event.weapon, event.killed, event.injured) == ("Gand", "arme blanche", 3, 4)
    text = "Un adolescent est décédé après avoir été frappé à coups de couteau dimanche devant son lycée à Grenoble."
    (one,) = _events(text)
    assert (one.date, one.location, one.killed) == ("2021-04-04", "Grenoble", 1)
    # a suspect hurt before his arrest, a country struck before a decision: no attack told
    assert _events("Le suspect a été interpellé après avoir été grièvement blessé samedi à Gand.") == []
    text = "La Belgique a rejoint la coalition en 2015, après avoir été frappée par plusieurs attentats."
    assert all(e.killed is None for e in _events(text))


def test_a_plural_pointing_back_after_one_attack_does_not_place_it():
    text = (
        "Trois soldats ont été tués samedi par une mine dans le nord du pays. "
        "Ces attaques se sont étendues depuis 2019 au Burkina Faso voisin."
    )
    (event,) = _events(text, title="Mali : trois soldats tués")
    assert (event.location, event.country, event.killed) == ("nord du pays", "Mali", 3)
    # the attack pointed back to in the singular is placed by it
    text = "Trois soldats ont été tués samedi par une mine. Cette attaque s'est produite près de Ménaka."
    (one,) = _events(text, title="Mali : trois soldats tués")
    assert (one.location, one.killed) == ("Ménaka", 3)


def test_a_town_named_as_the_complement_of_the_place_noun_is_the_place():
    """`dans le tramway de Grenoble`, `un foyer pour sans-abri de Leipzig`, `dans le port de Sfax`: the town after the
    noun the attack is placed in, when no place word names a place."""
    (tram,) = _events("Une bombe artisanale a explosé mardi dans le tramway de Grenoble, faisant trois blessés.")
    assert (tram.location, tram.country) == ("Grenoble", "France")
    (shelter,) = _events("Un homme armé a tué quatre personnes lundi dans un foyer pour sans-abri de Leipzig.")
    assert (shelter.location, shelter.country) == ("Leipzig", "Allemagne")
    (port,) = _events("Un soldat a été tué dimanche par des tirs dans le port de Sfax.")
    assert (port.location, port.country) == ("Sfax", "Tunisie")


def test_a_person_or_a_government_after_de_is_no_place():
    text = "Un policier a tué par balle samedi un adolescent lors de l'arrestation du fils de Nelson Mandela."
    (event,) = _events(text)
    assert event.location is None
    (shot,) = _events("Un homme a été abattu samedi par un policier, a annoncé le ministère de Kiev.")
    assert shot.location is None


def test_a_town_then_the_region_it_lies_in_told_in_apposition_is_the_place():
    """`à Ngozi, une commune de la province de Kirundo`, `à Baqouba, une ville de la province de Diyala`: the town, not
    the region its apposition puts it in."""
    (commune,) = _events("Un kamikaze a tué six soldats lundi à Ngozi, une commune de la province de Kirundo.")
    assert (commune.location, commune.country) == ("Ngozi", "Burundi")
    (town,) = _events("Une bombe a tué trois civils mardi à Baqouba, une ville de la province de Diyala.")
    assert town.location == "Baqouba"
    # a town named after the region, by a governor or as spared, is not where the attack struck
    text = "Une bombe a tué trois civils mardi dans la province de Diyala, a indiqué le gouverneur de Baqouba, M. Ali."
    assert _events(text)[0].location == "Diyala"
    text = "Une roquette a tué deux enfants samedi dans la province de Diyala, la ville de Baqouba étant épargnée."
    assert _events(text)[0].location == "Diyala"


def test_a_village_we_do_not_know_is_in_the_country_of_the_province_named_beside_it():
    # the province is named far from the killing, after a long quote: its country still places the village, so the
    # two reports of the one killing are one record
    text = (
        "Un berger a été tué dans un raid de l'aviation turque, la première victime civile de l'offensive lancée par "
        "la Turquie contre des rebelles kurdes dans le nord de l'Irak, a indiqué vendredi un responsable local. "
        '"Un berger a été tué jeudi, il est la première victime civile" de l\'offensive aérienne et terrestre turque, '
        "a affirmé à la presse Ahmed Karim, responsable à Kalakan, une communauté de villages de la province de "
        "Mossoul, aux confins de la Syrie, de la Turquie et de l'Irak."
    )
    (event,) = _events(text, title="Irak: un civil tué dans un raid aérien turc")
    assert (event.location, event.country, event.killed) == ("Kalakan", "Irak", 1)


def test_a_name_a_settlement_noun_calls_a_place_is_one_though_a_common_word():
    (shot,) = _events("Un homme a été tué par balle dimanche dans le quartier de Chelsea.")
    assert shot.location == "Chelsea"
    (stabbed,) = _events("Deux policiers ont été blessés au couteau lundi dans la commune de Mission.")
    assert stabbed.location == "Mission"
    (posted,) = _events("Un homme a été tué par balle dimanche à Tulle, selon une vidéo diffusée sur Internet.")
    assert posted.location == "Tulle"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Deux personnes ont été tuées par balle samedi à Mar del Plata.", "Mar del Plata", "Argentine"),
        ("Un homme a blessé trois passants au couteau lundi à Figueira da Foz.", "Figueira da Foz", "Portugal"),
        ("Un homme armé a tué quatre personnes lundi dans la commune de Neustadt am Rübenberge.",
         "Neustadt am Rübenberge", "Allemagne"),
    ],
)  # fmt: skip
def test_a_place_named_with_the_particles_of_its_language_is_read_whole(text, place, country):
    (event,) = _events(text)
    assert (event.location, event.country) == (place, country)


def test_a_town_named_by_its_short_saint_is_the_one_in_the_articles_country():
    (shot,) = _events(
        "A St-Louis, dans le Missouri, quatre policiers ont été blessés par balles lundi, a annoncé la police.",
        title="Etats-Unis : quatre policiers blessés",
    )
    assert (shot.location, shot.country) == ("St-Louis", "Etats-Unis")
    (stabbed,) = _events("Quatre policiers ont été blessés au couteau lundi à St-Pétersbourg.")
    assert (stabbed.location, stabbed.country) == ("St-Pétersbourg", "Russie")


def test_a_town_named_only_as_the_authority_giving_the_news_gives_way_to_the_attacks_town():
    told = (
        "Quatre personnes ont été tuées par balle samedi dans l'ouest de l'Allemagne, a annoncé la police de Münster."
    )
    (shot,) = _events(told + " La fusillade a eu lieu dans un café de la commune d'Ibbenbüren.")
    assert (shot.location, shot.country) == ("Ibbenbüren", "Allemagne")
    (alone,) = _events(told)
    assert alone.location == "Münster"  # the only town the text gives
    (recalled,) = _events(
        "La police de Tulle fait face à des critiques. En 2017, un de ses agents avait tué une femme qui avait appelé "
        "les secours."
    )
    assert recalled.location == "Tulle"


def test_a_meetings_place_is_not_the_attacks():
    (offensive,) = _events(
        "Les rebelles ont intensifié leurs offensives contre l'armée depuis la signature, fin février à Tulle, d'un "
        "accord avec le gouvernement, tuant 20 soldats."
    )
    assert offensive.location is None
    (shot,) = _events("Deux soldats ont été tués lundi à Lyon, en marge d'un sommet à Tulle.")
    assert (shot.location, shot.country) == ("Lyon", "France")
    (struck,) = _events("Deux soldats ont été tués lundi lors d'une réunion à Tulle.")
    assert struck.location == "Tulle"  # the meeting the attack struck


# --- a month alone in the pluperfect ------------------------------------------------------------------------------


def test_a_month_alone_opening_a_pluperfect_attack_is_the_latest_such_month_before_publication():
    (knife,) = _events("Fin octobre, une attaque au couteau avait fait trois morts dans une gare de Tulle.")
    assert (knife.date, knife.location, knife.killed) == ("2020-10", "Tulle", 3)
    (raid,) = _events("En février, des insurgés avaient tué une dizaine de soldats dans une caserne de Brive.")
    assert raid.date == "2021-02"


def test_a_month_alone_in_the_pluperfect_of_an_attack_told_already_is_not_its_date():
    text = (
        "Un soldat a ouvert le feu samedi dans une caserne de Tulle, tuant deux personnes. "
        "Début mars, la fusillade avait été revendiquée par un groupe jihadiste."
    )
    (shooting,) = _events(text)
    assert (shooting.date, shooting.killed, shooting.claimed) == ("2021-04-03", 2, True)


def test_the_day_a_suspect_is_brought_before_a_judge_is_not_the_attack_s():
    (shot,) = _events("Le tireur, qui avait blessé deux policiers, a été arrêté et sera présenté jeudi à un juge.")
    assert (shot.date, shot.injured) == (None, 2)
    text = (
        "Fin octobre, un homme avait ouvert le feu sur des gendarmes. "
        "Arrêté, il a été présenté jeudi au parquet pour tentative de meurtre."
    )
    (fire,) = _events(text)
    assert fire.date == "2020-10"


def test_an_unknown_place_the_text_locates_from_a_landmark_is_the_place():
    text = (
        "Deux touristes ont été tués samedi par des hommes armés alors qu'ils visitaient la cascade de Bantiri, "
        "à 45 km au nord-est de la capitale Ouagadougou."
    )
    (event,) = _events(text)
    assert (event.location, event.country) == ("Bantiri", "Burkina Faso")
    text = "Trois gardes ont été abattus lundi dans le parc de Manovo, dans le nord-est de la Centrafrique."
    (event,) = _events(text)
    assert (event.location, event.country) == ("Manovo", "Centrafrique")
    # no measure after the name: nothing says it is a place
    (event,) = _events("Trois gardes ont été abattus lundi devant la maison de Manovo.")
    assert event.location is None


def test_the_victim_named_after_the_place_with_de_is_not_part_of_the_place():
    text = (
        "Depuis la mort le 12 mars à Nantes de Karim Benali, un jeune homme asphyxié par un gendarme, la colère monte."
    )
    (event,) = _events(text)
    assert (event.location, event.country) == ("Nantes", "France")
    # a town whose own name runs on with `de` stays whole
    (whole,) = _events("Un policier a été abattu lundi à Rio de Janeiro lors d'une fusillade.")
    assert whole.location == "Rio de Janeiro"


def test_a_town_a_region_borders_is_a_landmark_not_the_place():
    text = "Cinq policiers ont été tués mardi lors d'une attaque dans la province de Tarnak, voisine de Kandahar."
    (event,) = _events(text)
    assert event.location == "Tarnak"
    text = "Trois soldats ont été tués samedi dans une embuscade dans la région de Mopti, limitrophe du Burkina Faso."
    (event,) = _events(text)
    assert (event.location, event.country) == ("Mopti", "Mali")


# --- dates --------------------------------------------------------------------------------------------------------


def test_a_time_counted_back_from_publication_dates_the_attack():
    # published Monday 5 April 2021
    (weeks,) = _events("Un policier a abattu un passant à Brive il y a deux semaines, a rappelé le maire.")
    assert weeks.date == "2021-03-22"
    (months,) = _events("Un commerçant a été tué par balle à Brive il y a trois mois.")
    assert months.date == "2021-01"
    (last,) = _events("Une bombe a tué quatre soldats à Tulle le mois dernier.")
    assert last.date == "2021-03"


def test_a_week_named_by_its_place_in_time_dates_the_attack_to_its_month():
    # published Monday 5 April 2021: last week is 29 March to 4 April, four of its days in April
    (event,) = _events("Un kamikaze a tué six policiers à Tulle la semaine dernière.")
    assert event.date == "2021-04"


def test_a_part_of_a_country_is_the_place_of_an_attack_no_town_places():
    (event,) = _events("Un soldat a été tué lundi par une mine dans le nord du Mali.")
    assert (event.location, event.country) == ("nord du Mali", "Mali")
    # a town wins over the region around it
    (event,) = _events("Un soldat a été tué lundi par une mine à Gao, dans le nord du Mali.")
    assert event.location == "Gao"


def test_a_town_where_people_protest_a_police_death_is_not_where_the_death_happened():
    text = (
        "La vitrine d'une banque a été brisée à Lyon en marge de manifestations contre les inégalités déclenchées par "
        "la mort de l'ouvrier Paul Durand, étouffé par un gendarme."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == (None, 1)
    text = "Des vitres ont été brisées à Lyon lors d'émeutes suscitées par la mort de Anne Morel, tuée par un policier."
    assert [(event.location, event.killed) for event in _events(text)] == [(None, 1)]
    # the town the death is placed in after it is its place
    text = (
        "Des manifestations contre le racisme déclenchées par la mort de l'ouvrier Paul Durand, étouffé par un "
        "gendarme à Nantes, ont gagné Lyon."
    )
    assert [event.location for event in _events(text)] == ["Nantes"]
