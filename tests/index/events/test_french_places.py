"""French domestic news places its attacks in towns too small for the gazetteer, by their department or region (a
title's `Vaucluse : ...`, a town's `(Val-d'Oise)`, `dans la Haute-Loire`), and seldom names France: those events are
in France."""

from __future__ import annotations

from index.events import lexicon as lx
from tests.index.events.helpers import events as _events


def test_a_department_heading_the_title_places_the_attack_in_france():
    text = "Un homme de 40 ans a été tué par balle lundi soir dans sa voiture à Villes-sur-Auzon."
    (event,) = _events(text, title="Vaucluse : un automobiliste tué par balle")
    assert (event.location, event.country) == ("Villes-sur-Auzon", "France")


def test_a_department_after_a_town_gives_its_country_and_leaves_the_town_the_place():
    (event,) = _events("Un agriculteur a été poignardé dimanche à Saint-Maurice-de-Lignon, dans la Haute-Loire.")
    assert (event.location, event.country) == ("Saint-Maurice-de-Lignon", "France")
    (event,) = _events("Un homme a été tué par balle lundi à Pithiviers-le-Vieil, dans le sud du Loiret.")
    assert (event.location, event.country) == ("Pithiviers-le-Vieil", "France")


def test_a_department_in_brackets_after_a_town_gives_its_country():
    (event,) = _events("Un policier a été blessé par balle lundi à Villiers-Adam (Val d'Oise).")
    assert (event.location, event.country) == ("Villiers-Adam", "France")
    (event,) = _events("Un gardien a été poignardé lundi à Cotignac (Var).")  # a department named like a word
    assert event.country == "France"


def test_a_part_of_a_country_in_brackets_is_no_department():
    (event,) = _events("Une mine a tué deux soldats lundi à Aguelhok (nord).", title="Mali : deux soldats tués")
    assert event.country == "Mali"
    assert lx.country_of_place("Manche") is None  # a word (the Channel) outside a title's head or brackets


def test_a_french_town_is_in_france_when_the_article_names_only_another_country():
    (event,) = _events("Un étudiant marocain a été poignardé lundi à Sartrouville.")
    assert (event.location, event.country) == ("Sartrouville", "France")


def test_the_press_spellings_of_a_department_are_one():
    assert lx.is_french_subdivision("Val-d'Oise") and lx.is_french_subdivision("Val d'oise")
    assert lx.is_french_subdivision("Seine Saint-Denis") and lx.is_french_subdivision("Midi-Pyrénées")
    assert not lx.is_french_subdivision("Paris")  # a town we list, though a department too


def test_a_department_of_another_clause_does_not_place_the_attack():
    text = (
        "Un tireur a abattu un homme dans un café de la banlieue de Bastia samedi soir tandis qu'à l'anse Verte, en "
        "Corse-du-Sud, un autre homme a été blessé par balle."
    )
    assert [event.location for event in _events(text)][0] == "Bastia"


def test_a_department_gives_way_to_the_town_the_title_names():
    text = "Un mois après les attentats dans le Gard, des questions subsistent. Le terroriste a tué deux gendarmes."
    events = _events(text, title="Attentat de Nîmes : l'enquête avance")
    assert [event.location for event in events] == ["Nîmes"]


def test_a_title_heading_a_commune_too_small_for_the_gazetteer_places_the_attack():
    text = "Mardi matin, un détenu a grièvement blessé deux surveillants au couteau."
    (event,) = _events(text, title="Vaux-sur-Loue : deux surveillants blessés")
    assert (event.location, event.country) == ("Vaux-sur-Loue", "France")


def test_a_commune_shaped_name_is_in_france_but_not_a_foreign_town_with_its_river():
    (event,) = _events("En 2010, une policière municipale a été tuée par balle à Bercy-sous-Brèche.")
    assert (event.location, event.country) == ("Bercy-sous-Brèche", "France")
    assert lx.country_of_place("Francfort-sur-le-Main") != "France"
    assert lx.country_of_place("Charles-de-Gaulle") is None


def test_a_commune_shaped_name_in_an_article_set_in_another_country_is_not_in_france():
    text = "Un homme a été poignardé samedi soir à Montreux-sur-Broye, près de Lausanne, en Suisse."
    (event,) = _events(text, title="Un homme poignardé")
    assert (event.location, event.country) == ("Montreux-sur-Broye", "Suisse")
    text = "Un homme a été poignardé samedi soir à Montreux-sur-Broye, dans le canton de Vaud, non loin de Lausanne."
    (event,) = _events(text, title="Suisse : un homme poignardé")
    assert (event.location, event.country) == ("Montreux-sur-Broye", "Suisse")
    # one passing mention of a French-speaking country's town leaves the commune in France
    text = (
        "Deux surveillants ont été blessés au couteau samedi par un détenu à Bercy-sous-Brèche (Marne). Il avait été "
        "arrêté à Bruxelles, puis transféré de Reims (Marne)."
    )
    (event,) = _events(text, title="Un détenu blesse deux surveillants")
    assert (event.location, event.country) == ("Bercy-sous-Brèche", "France")


def test_a_stabbing_in_a_named_school_is_placed_at_the_school():
    (event,) = _events(
        "Un élève de 16 ans a été poignardé mardi au lycée professionnel Jean-Rostand de Roubaix lors d'une dispute."
    )
    assert event.location == "lycée professionnel Jean-Rostand de Roubaix"
    (event,) = _events("Un professeur a été blessé à coups de couteau lundi au collège Val de la Loire, à Tours.")
    assert event.location == "collège Val de la Loire, Tours"  # the school, written with the town the text gives


def test_an_attack_in_a_shop_or_a_hotel_named_by_its_own_name_is_placed_there():
    """A shop, a hotel, a bar or a headquarters named by its own name right after its noun, then by its town (`le
    supermarché Intermarché de Lézignan`, `l'hôtel Ibis Budget de X`), is the most precise place, even told with
    `un`."""
    (event,) = _events("Un employé a été tué par balle vendredi dans un supermarché Intermarché de Lézignan-Corbières.")
    assert event.location == "supermarché Intermarché de Lézignan-Corbières"
    (event,) = _events("Un client a été poignardé samedi soir dans l'hôtel Ibis Budget de Roissy-en-France.")
    assert event.location == "hôtel Ibis Budget de Roissy-en-France"
    (event,) = _events("En 1983, un attentat contre le QG américain Sunrise à Beyrouth avait fait 40 morts.")
    assert event.location == "QG américain Sunrise à Beyrouth"
    # a shop named by its town only, or a hotel named without its town, leaves the town the place
    (event,) = _events("Un tireur a tué 12 personnes dimanche à Springfield depuis sa chambre de l'hôtel Grand Palace.")
    assert event.location == "Springfield"
    (event,) = _events("Un boulanger a été poignardé lundi dans une boulangerie de Carpentras.")
    assert event.location == "Carpentras"


def test_a_shop_named_with_another_town_does_not_refine_the_town_an_attack_was_placed_in():
    """A shop named with its own town (`magasin Intermarché à Lézignan-Corbières`) lies in that town only: it does not
    refine the town the attack's first sentence gave (before: `magasin ... à Lézignan-Corbières, Narbonne`)."""
    (event,) = _events(
        "Le 12 mai 2017, un homme armé avait volé une voiture à Narbonne dont il avait abattu le conducteur par balle. "
        "Il avait ensuite tiré sur des passants devant la gare, avant d'entrer dans un magasin Intermarché à "
        "Lézignan-Corbières où il avait tué une caissière et un client."
    )
    assert event.location == "Narbonne"


def test_a_town_set_with_its_department_in_brackets_places_the_attack_in_its_buildings():
    """A commune too small for the gazetteer, named as the complement of the house or building the attack struck and
    set by its department (`à son domicile de Xville (Yvelines)`), is the attack's town, in France."""
    (event,) = _events("Un retraité a été poignardé samedi à son domicile de Bercy-Bourg (Yvelines).")
    assert (event.location, event.country) == ("Bercy-Bourg", "France")
    (event,) = _events("Un gendarme a été tué par balle lundi dans la gendarmerie de Montchaline (Savoie).")
    assert (event.location, event.country) == ("Montchaline", "France")
    # the department names the commune wherever the article names it again
    text = (
        "Le maire de Montchaline (Savoie) a pris la parole. Un homme a été tué par balle lundi dans une ferme de "
        "Montchaline."
    )
    assert [(e.location, e.country) for e in _events(text)] == [("Montchaline", "France")]


def test_a_sentence_opening_on_an_unaccented_a_and_a_town_with_its_department_places_the_attack():
    (event,) = _events("A Bercy-Bourg (Gard), un garçon de 7 ans a été tué à l'arme blanche dans la nuit de samedi.")
    assert (event.location, event.country) == ("Bercy-Bourg", "France")


def test_a_commune_shaped_name_after_the_house_or_shop_struck_places_the_attack():
    """`à son domicile de X-sur-Y`, `d'un supermarché de X-le-Z`: a name shaped as a French commune's, as the complement
    of the noun the attack struck, is its town, as a town we know is."""
    (event,) = _events("Un commissaire a été tué par balle dimanche à son domicile de Bercy-sur-Oise.")
    assert (event.location, event.country) == ("Bercy-sur-Oise", "France")
    (event,) = _events("Un vigile a été blessé par balle lundi à l'entrée d'un supermarché de Vendin-le-Vieux.")
    assert (event.location, event.country) == ("Vendin-le-Vieux", "France")


def test_a_person_an_appeal_or_a_tribute_is_addressed_to_is_no_place():
    """`un appel à Nordahl Lelandais`, `en hommage à X`: a first name and a surname addressed, not where it happened."""
    (event,) = _events(
        "Les parents de la fillette ont lancé dimanche soir un appel à Paul Martin, qui a avoué le meurtre de Léa.",
        title="Affaire Léa : l'appel des parents",
    )
    assert event.location is None
    (placed,) = _events("Un policier a été poignardé samedi à Saint-Denis, en hommage à Paris, selon le parquet.")
    assert placed.location == "Saint-Denis"


def test_a_surname_that_holds_a_spot_s_noun_is_no_place():
    name = "Pierre Dupont de Montalais"
    text = (
        f"La police a fouillé mardi un monastère du Var. Pour rappel, {name} est soupçonné d'avoir tué son épouse et "
        "ses quatre enfants au printemps 2011 avant d'avoir pris la fuite."
    )
    (event,) = _events(text, title=f"{name} : la police fouille un monastère")
    assert (event.location, event.killed) == (None, 5)
