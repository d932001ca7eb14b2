"""An attack that its sentences place in no country happened in the country of the article's case: the one country
the article names (by its name, a demonym or one of our towns), twice at least and not mostly as a first name; an
article that names two countries, or its one country once in passing, places nothing. A French article's home country
needs one mention (its name, or a department set as a place: `dans le Finistère`, `en Savoie`)."""

from __future__ import annotations

import pytest

from tests.index.events.helpers import events as _events


def test_an_unplaced_killing_is_in_the_one_country_the_article_names():
    text = (
        "Des milliers de personnes ont défilé samedi dans les rues de Chicago. "
        "Le cortège a rendu hommage à Marcus Lee, un homme de 38 ans tué par un policier lors d'un contrôle routier. "
        "Les manifestations se multiplient aux Etats-Unis."
    )
    (event,) = _events(text, title="Manifestation contre les violences policières")
    assert (event.location, event.country) == (None, "Etats-Unis")


def test_a_named_spot_with_no_country_is_in_the_one_country_the_article_names():
    text = (
        "Les parlementaires français ont voté jeudi une nouvelle loi de sécurité. "
        "Elle rend hommage à un gendarme tué en 2016 sur la place du Capitole. La France lui doit beaucoup."
    )
    (event,) = _events(text, title="Vote d'une loi")
    assert event.country == "France"


def test_an_article_that_names_two_countries_places_nothing():
    text = (
        "Le ministre canadien s'est rendu mardi au Mexique, puis au Canada. "
        "Il a évoqué la mort d'un manifestant tué par un policier lors d'un contrôle routier."
    )
    (event,) = _events(text, title="Visite officielle")
    assert event.country is None


def test_a_country_named_once_in_passing_or_as_a_first_name_places_nothing():
    text = (
        "Le ministre japonais assistait jeudi à la cérémonie. "
        "Elle rend hommage à un gendarme tué en 2016 sur la place du Capitole."
    )
    assert _events(text, title="Cérémonie")[0].country is None
    text = (
        "Maurice Durand a été condamné jeudi pour le meurtre de sa compagne, tuée en 2016. "
        "Maurice Durand a fait appel, selon son avocat. Le neveu de Maurice, lui, a été relaxé."
    )
    assert _events(text, title="Procès d'un meurtre")[0].country is None


def test_an_afro_american_named_in_an_article_about_another_country_places_nothing():
    text = (
        "Des milliers de Canadiens ont manifesté samedi contre le racisme au Canada. "
        "Le mouvement est né de la mort de l'Afro-Américain Marcus Lee, tué par un policier lors d'un contrôle routier."
    )
    (event,) = _events(text, title="Manifestation contre le racisme")
    assert event.country is None


def test_an_article_that_names_no_country_but_sets_its_towns_in_french_departments_is_about_france():
    text = (
        "Le suspect a été entendu lundi au tribunal de Valmont (Savoie). "
        "Il est mis en examen pour le meurtre d'un jeune caporal. Sa famille habite Brécy (Isère)."
    )
    (event,) = _events(text, title="L'enquête avance")
    assert event.country == "France"


def test_french_victims_named_by_their_nationality_are_not_placed_in_france():
    text = (
        "Deux touristes français ont été tués samedi par des hommes armés. Les deux Français voyageaient dans le "
        "désert. La France a condamné l'attaque."
    )
    (event,) = _events(text, title="Deux touristes tués dans le désert")
    assert (event.country, event.killed) == (None, 2)


@pytest.mark.parametrize(
    "text",
    [
        # France named once
        "Le procès s'est ouvert lundi devant la cour d'assises. Il rend hommage à un gendarme tué en 2016 sur la "
        "place du Capitole. Des villes de France lui ont dédié une rue.",
        # one department set as a place
        "Une femme de 45 ans a été tuée de plusieurs coups de couteau lundi soir. Son mari a été placé en garde à "
        "vue. Son avocat, installé dans le Finistère, a demandé une contre-expertise.",
        # a department whose name is a common word, after `en`
        "Le suspect est mis en examen pour le meurtre d'un jeune caporal. Les gendarmes mènent l'enquête en Savoie, "
        "où le jeune homme avait disparu.",
        # France named only by its media
        "Le suspect a été mis en examen pour le meurtre d'une jeune femme, tuée en 2017. Son avocat l'a annoncé "
        "jeudi sur France Bleu, puis sur France Inter.",
    ],
)
def test_a_french_article_that_names_france_once_is_about_france(text: str):
    (event,) = _events(text, title="L'enquête avance")
    assert event.country == "France"


def test_the_channel_after_en_is_no_department():
    text = (
        "Un pêcheur a été tué par balle lundi lors d'une querelle à bord de son bateau. "
        "Le chalutier naviguait en Manche depuis trois jours."
    )
    (event,) = _events(text, title="Drame en mer")
    assert event.country is None
