"""The first report of the harm a title tells (`Agressé dans le tram, un étudiant raconte`), left undated and
unplaced by its neighbouring sentences, takes the first day and the first town the article's lead gives."""

from __future__ import annotations

from tests.index.events.helpers import events as _events

_TITLE = "Agressé dans le tram pour une cigarette, un étudiant raconte"


def test_the_lead_dates_and_places_the_harm_the_title_tells():
    text = (
        "Le quotidien régional a recueilli le récit de Paul. "
        "Cet étudiant de 22 ans explique comment il a été violemment agressé par trois inconnus. "
        "Il avait simplement refusé de leur donner une cigarette. "
        "Tout a commencé samedi soir, en sortant d'un concert. "
        "Il rentrait chez lui à Grenoble."
    )
    (event,) = _events(text, title=_TITLE)
    assert (event.date, event.location) == ("2021-04-03", "Grenoble")


def test_a_later_step_gives_the_harm_no_day():
    text = (
        "Le quotidien régional a recueilli le récit de Paul. "
        "Cet étudiant de 22 ans explique comment il a été violemment agressé par trois inconnus. "
        "Il avait simplement refusé de leur donner une cigarette. "
        "Il a déposé plainte samedi au commissariat de Grenoble."
    )
    assert _events(text, title=_TITLE) == []


def test_a_title_that_tells_no_harm_lends_no_anchor():
    text = (
        "Le quotidien régional a recueilli le récit de Paul. "
        "Cet étudiant de 22 ans explique comment il a été violemment agressé par trois inconnus. "
        "Il avait simplement refusé de leur donner une cigarette. "
        "Tout a commencé samedi soir, en sortant d'un concert. "
        "Il rentrait chez lui à Grenoble."
    )
    assert _events(text, title="Un étudiant raconte sa soirée") == []


def test_a_title_that_names_the_attacker_lends_no_anchor():
    text = (
        "Au tribunal de Grenoble, samedi, le juge a refusé de remettre en liberté l'agresseur de Paul. "
        "La décision a été communiquée à la presse par les avocats. "
        "Ce jour-là, cet étudiant de 22 ans avait été violemment agressé par trois inconnus."
    )
    assert _events(text, title="L'agresseur de Paul reste en prison") == []


def test_the_lead_places_the_harm_in_a_town_written_with_its_department():
    text = (
        "Le quotidien régional a recueilli le récit de Paul. "
        "Cet étudiant de 22 ans explique comment il a été violemment agressé par trois inconnus. "
        "Il avait simplement refusé de leur donner une cigarette. "
        "Il était monté dans un tram de Pont-de-Claix-les-Ponts (Isère) pour rentrer chez lui."
    )
    (event,) = _events(text, title=_TITLE)
    assert (event.date, event.location) == (None, "Pont-de-Claix-les-Ponts")


def test_the_victims_home_town_does_not_place_the_harm():
    text = (
        "Le quotidien régional a recueilli le récit de Paul. "
        "Cet étudiant de 22 ans explique comment il a été violemment agressé par trois inconnus. "
        "Il avait simplement refusé de leur donner une cigarette. "
        "Originaire de Pont-de-Claix-les-Ponts (Isère), il rentrait chez lui."
    )
    assert _events(text, title=_TITLE) == []


def test_what_the_lead_tells_after_the_time_since_the_harm_gives_it_no_anchor():
    text = (
        "Le quotidien régional a recueilli le récit de Paul. "
        "Cet étudiant de 22 ans explique comment il a été violemment agressé par trois inconnus. "
        "Depuis, il milite contre le harcèlement de rue. "
        "Samedi, il organisait un rassemblement à Grenoble."
    )
    assert _events(text, title=_TITLE) == []
