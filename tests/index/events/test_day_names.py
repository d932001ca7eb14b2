"""An attack the press names by its hyphenated day (`le 11-Septembre`, `les attentats du 13-Novembre`): the name says
which attack, not when it was, unless a year is written with it."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_an_attack_named_by_its_hyphenated_day_alone_is_listed_undated():
    # the article (5 April 2021) names attacks of years before: no 11 September 2020 nor 13 November 2020
    (named,) = _events("Vingt ans après le 11-Septembre, les Américains restent marqués par le choc.")
    assert (named.date, named.date_text) == (None, None)
    (named,) = _events("Le cerveau des attentats du 13-Novembre a longtemps échappé aux enquêteurs belges.")
    assert named.date is None
    (named,) = _events("Nous avons connu bien des crises: le 11-Septembre, la grande récession, puis la pandémie.")
    assert named.date is None


def test_the_year_written_with_the_day_or_in_another_telling_dates_it():
    (named,) = _events("Il a témoigné sur les attentats du 13-Novembre 2015 devant les juges de la cour.")
    assert named.date == "2015-11-13"
    text = (
        "Le président a rendu hommage aux victimes des attentats du 11 septembre 2001 à New York. "
        "Après le 11-Septembre, le pays s'était uni, a-t-il rappelé."
    )
    assert [e.date for e in _events(text)] == ["2001-09-11"]


def test_a_movement_so_called_by_a_day_is_no_attack():
    assert _events("Le gouvernement n'a pas invité le mouvement dit du 5-Juin aux discussions de samedi.") == []


def test_a_victim_s_birth_year_is_not_the_attack_s_date():
    (event,) = _events("Un jeune homme né en 2004 a été roué de coups samedi à Tulle par deux hommes.")
    assert event.date == "2021-04-03"
    (event,) = _events("La victime, née en 2001, a été tuée par balle sur l'autoroute à Tulle.")
    assert event.date is None
