"""A sentence that tells when or where `the facts` took place (`Le drame s'est produit samedi à Tulle`) tells the one
attack its article lists: the record cites it and takes its day and place where its own sentences give none."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_the_facts_sentence_far_from_the_report_dates_places_and_is_cited():
    text = (
        "Le drame s'est produit samedi après-midi, à Tulle. Le maire s'est exprimé lundi. La victime a déposé plainte. "
        '"Un père de famille a reçu plusieurs balles dans le dos", a déclaré le maire.'
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.injured) == ("2021-04-03", "Tulle", 1)
    assert event.evidence["event"] == ["t#3", "t#0"]


def test_the_facts_sentence_next_to_the_report_is_cited_too():
    text = (
        "Une vidéo montre un agent tirer sur un homme. Deux autres policiers pointent leur arme vers lui. Une enquête "
        'a été ouverte. "Ce soir, un père de famille a reçu plusieurs balles dans le dos en plein jour à Tulle", a '
        "déclaré le maire. Le drame s'est produit samedi après-midi, à Tulle."
    )
    (event,) = _events(text)
    assert event.evidence["event"] == ["t#3", "t#4"]


def test_the_facts_day_wins_over_a_neighbouring_sentence_day():
    text = (
        "La victime, une jeune femme aujourd'hui âgée de 23 ans, a déclaré être déçue. Dans une lettre lue au "
        "tribunal, elle avait décrit comment l'attaque l'avait blessée. Elle y raconte sa nuit à l'hôpital. Les "
        "faits se sont déroulés le 17 janvier 2015."
    )
    (event,) = _events(text)
    assert event.date == "2015-01-17"
    assert event.evidence["event"] == ["t#1", "t#3"]


def test_facts_of_another_day_or_beside_two_attacks_are_not_cited():
    (event,) = _events("Un homme a été poignardé samedi à Tulle. Les faits se sont déroulés le 17 janvier 2015.")
    assert (event.date, event.evidence["event"]) == ("2021-04-03", ["t#0"])
    two = _events(
        "Un homme a été poignardé samedi à Tulle. Un autre a été abattu vendredi à Brive. Les faits se sont déroulés "
        "vers midi."
    )
    assert [e.evidence["event"] for e in two] == [["t#0"], ["t#1"]]


def test_the_street_where_the_facts_took_place_refines_the_town():
    (event,) = _events(
        "Un homme a été poignardé samedi soir à Tulle par un voisin. Selon la radio locale, les faits ont eu lieu "
        "rue des Tanneurs, devant un immeuble."
    )
    assert event.location == "rue des Tanneurs, Tulle"
    assert event.evidence["location"][-1] == "t#1"


def test_a_street_in_another_town_leaves_the_town():
    (event,) = _events(
        "Un homme a été poignardé samedi soir à Tulle par un voisin. Les faits se sont déroulés dans un immeuble "
        "situé place de la Mairie à Limoges."
    )
    assert event.location == "Tulle"


def test_a_street_named_without_de_refines_the_town():
    (event,) = _events(
        "Un homme a été blessé par balle dimanche à Lyon. Les faits se sont déroulés vers midi sur le quai Morand, "
        "peu après un contrôle routier."
    )
    assert event.location == "quai Morand, Lyon"


def test_the_named_district_where_the_facts_took_place_refines_the_town():
    (event,) = _events(
        "Un homme a été tué par balle mardi soir à Bobigny. Le drame a eu lieu dans un immeuble du quartier des "
        "Tilleuls, selon une source proche de l'enquête."
    )
    assert event.location == "quartier des Tilleuls, Bobigny"
