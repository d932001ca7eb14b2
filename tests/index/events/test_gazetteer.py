"""Places beyond the curated lists: every country, and the towns of the gazetteer, read in the article's country."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from index.events import gazetteer as gz
from index.events import lexicon as lx
from tests.index.events.helpers import events as _events


def test_a_town_we_do_not_list_has_its_country():
    (event,) = _events("Une bombe a explosé lundi dans un bus à Plovdiv, tuant cinq touristes.")
    assert (event.location, event.country) == ("Plovdiv", "Bulgarie")


def test_a_country_we_do_not_list_is_a_country_not_a_town():
    (event,) = _events("Des hommes armés ont attaqué lundi un poste de police au Sénégal, tuant trois gendarmes.")
    assert event.country == "Sénégal"
    assert lx.place_key("Sénégal") == "country:senegal"


def test_a_town_several_countries_have_is_the_one_in_the_articles_country():
    texan = "Un lycéen a ouvert le feu lundi à Santa Fe, au Texas, tuant dix personnes."
    argentine = "Un homme a ouvert le feu lundi à Santa Fe, dans le nord de l'Argentine, tuant dix personnes."
    assert _events(texan)[0].country == "Etats-Unis"
    assert _events(argentine)[0].country == "Argentine"


def test_a_town_of_no_country_the_article_names_gets_no_country():
    text = "Un homme a été poignardé lundi dans le quartier de Westminster à Londres, au Royaume-Uni."
    assert lx.country_of_place("Westminster") == "Etats-Unis"  # the gazetteer's only Westminster, outside an article
    (event,) = _events(text)
    assert event.country == "Royaume-Uni"


def test_the_press_spelling_of_a_town_is_the_same_place():
    assert lx.place_key("Bourgas") == lx.place_key("Burgas")
    assert lx.country_of_place("Bourgas") == "Bulgarie"


def test_a_common_word_that_names_a_town_somewhere_is_no_town():
    assert lx.country_of_place("Police") is None  # a Polish town, and a French word
    assert lx.country_of_place("Mission") is None


def test_a_region_is_not_the_country_its_name_begins_with():
    assert lx.countries_named("Une journaliste tuée par balle en Irlande du Nord") == {"Royaume-Uni"}


def test_an_unplaced_attack_takes_the_gazetteer_town_heading_the_title():
    text = "Le 3 mars 2009, une fusillade avait fait trois morts dans un lycée de la ville."
    (event,) = _events(text, title="Kenosha : la ville pleure encore ses morts")
    assert (event.location, event.country) == ("Kenosha", "Etats-Unis")


def test_a_large_town_named_like_a_common_word_is_still_a_town():
    (event,) = _events("Un homme armé a ouvert le feu lundi dans une mosquée de Québec, tuant six fidèles.")
    assert (event.location, event.country) == ("Québec", "Canada")


def test_a_french_city_a_word_list_counts_as_a_word_is_still_a_town():
    for city in ("Metz", "Rouen", "Caen", "Orléans", "Nancy", "Tours"):
        (event,) = _events(f"Un homme a été poignardé samedi soir à {city}, devant un bar, selon la police.")
        assert (event.location, event.country) == (city, "France")


def test_a_common_word_after_a_place_preposition_is_no_place():
    (event,) = _events(
        "Un homme armé a ouvert le feu lundi dans une discothèque, tuant trois personnes, "
        "selon des vidéos sur Internet."
    )
    assert event.location is None


def test_a_spot_another_town_holds_is_not_in_the_town_of_an_earlier_attack():
    text = (
        "En 2016, une attaque au couteau avait tué deux passants à Plovdiv. "
        "Une attaque au couteau contre le musée du Louvre à Sofia avait fait douze morts."
    )
    assert {(e.location, e.killed) for e in _events(text)} == {("Plovdiv", 2), ("musée du Louvre, Sofia", 12)}


def test_a_town_named_after_a_settlement_noun_and_its_adjective_is_the_place():
    (port,) = _events("Un kamikaze s'est fait exploser lundi dans la ville portuaire de Turku, tuant deux passants.")
    assert (port.location, port.country) == ("Turku", "Finlande")
    (malian,) = _events("Le chef jihadiste a été tué lundi au nord-ouest de la ville malienne de Tessalit.")
    assert malian.location == "Tessalit"


def test_the_town_a_place_is_measured_from_is_not_the_place():
    (event,) = _events("Le chef jihadiste a été tué lundi à Talhandak, au nord-ouest de la ville malienne de Tessalit.")
    assert event.location == "Talhandak"


def test_a_town_opening_the_sentence_after_an_unaccented_a_is_the_place():
    (event,) = _events("A Vierzon, un homme armé a ouvert le feu lundi dans un bar, tuant deux clients.")
    assert (event.location, event.country) == ("Vierzon", "France")


def test_georgia_in_an_american_story_is_the_us_state():
    (town,) = _events("Un homme armé a tué lundi trois personnes à Macon, en Géorgie, selon la police américaine.")
    assert (town.location, town.country) == ("Macon", "Etats-Unis")
    (state,) = _events("Un policier blanc a abattu lundi un automobiliste dans l'Etat de Géorgie.")
    assert (state.location, state.country) == ("Géorgie", "Etats-Unis")


def test_georgia_with_its_own_places_is_the_country():
    (event,) = _events("Une bombe a tué lundi trois soldats américains en Géorgie, non loin de Tbilissi.")
    assert event.country == "Géorgie"


def _fold_name_by_decomposing(text: str) -> str:
    return gz._COMBINING.sub("", unicodedata.normalize("NFKD", text.lower())).replace("’", "'")


def test_a_name_is_folded_as_by_decomposing_it():
    names = ["Kaboul", "Khan Younès", "Côte d’Ivoire", "N'Djamena", "ŒUVRE", "Straße", "\u212aabul", "İstanbul", "ﬁ"]
    names.append("")
    for name in names:
        assert gz.fold_name(name) == _fold_name_by_decomposing(name), name
    assert gz.fold_name("\u212aABUL") == "kabul"  # the Kelvin sign lowers to an ASCII letter


def test_a_close_spelling_is_one_of_ratio_or_more():
    pairs = [("Bourgas", "Burgas"), ("Usa", "Ufa"), ("Gaz", "Gaza"), ("Khan Younes", "Khan Yunis"), ("Aden", "Aden")]
    pairs += [("Mossoul", "Mosul"), ("Moskva", "Moscow"), ("Kiev", "Kyiv"), ("Alep", "Aleppo"), ("Abcd", "Adcb")]
    for alternate, name in pairs:
        a, b = gz.fold_name(alternate), gz.fold_name(name)
        ratio = SequenceMatcher(None, a, b).ratio() if a != b else 0.0
        shortest, longest = sorted((len(alternate), len(name)))
        plausible = alternate[:1] == name[:1] and 2 * shortest >= gz._SPELLING_RATIO * (shortest + longest)
        assert gz._close_spelling(alternate, name) == (plausible and ratio >= gz._SPELLING_RATIO), (alternate, name)


def test_a_towns_short_saint_and_its_hyphens_or_dots_are_one_spelling():
    assert [t.country for t in gz.towns("St-Louis")][:2] == ["US", "SN"]
    assert gz.towns("St. Louis") == gz.towns("Saint-Louis") == gz.towns("Saint Louis")
    assert [t.name for t in gz.towns("St-Pétersbourg")] == ["Saint Petersburg"]
    assert gz.towns("Aix en Provence") == gz.towns("Aix-en-Provence")


def test_a_french_town_named_like_a_larger_foreign_one_is_the_french_one():
    (stabbing,) = _events("Un homme de 40 ans est mort poignardé lundi soir à Brest, devant un bar du centre.")
    assert (stabbing.location, stabbing.country) == ("Brest", "France")
    text = (
        "Un chauffeur de bus a été roué de coups lundi à Bayonne par deux touristes américains. "
        "Le maire d'Anglet (Pyrénées-Atlantiques) a dénoncé l'agression."
    )
    (assault,) = _events(text)
    assert (assault.location, assault.country) == ("Bayonne", "France")


def test_a_town_named_like_a_french_one_is_foreign_where_the_article_says_so():
    (shooting,) = _events("Un manifestant a été blessé par balle lundi à Brest, au Bélarus.")
    assert shooting.country == "Bélarus"
    text = (
        "Un manifestant a été blessé par balle lundi à Brest, lors d'une marche contre le président bélarusse. "
        "Le Bélarus est secoué par des manifestations depuis l'élection, que la France ne reconnaît pas."
    )
    assert _events(text)[0].country == "Bélarus"
    (stabbing,) = _events("Un homme a été poignardé lundi à Valence, en Espagne, par un inconnu.")
    assert stabbing.country == "Espagne"


def test_an_english_article_has_no_home_in_france():
    text = "A man was shot dead on Monday night outside a bar in Bayonne, police said."
    (shooting,) = _events(text, title="Dispatch", lang="en")
    assert shooting.country == "Etats-Unis"


def test_a_capital_named_like_a_french_town_stays_the_capital():
    assert [town.country for town in gz.towns("Vienne")] == ["AT"]
