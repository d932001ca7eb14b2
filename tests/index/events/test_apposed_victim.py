"""A victim named in passing, the killing told in apposition with its day, month or year (`X, jeune homme tué en
2006`): a recalled killing, listed as an event of its own with the day and place the apposition gives."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_victim_killed_in_apposition_is_a_recalled_killing():
    (event,) = _events("Une stèle dédiée à Paul Mercier, jeune facteur tué en 2009, a été souillée à Tulle.")
    assert (event.date, event.killed) == ("2009", 1)
    (placed,) = _events("La mère de Lina, tuée par un voisin le 3 mars 2018 à Brive, témoignera lundi devant la cour.")
    assert _row(placed) == ("2018-03-03", "Brive", None, 1, None)
    (month,) = _events("Une marche a lieu pour Marc Aubert, un cycliste tué par deux chasseurs en février à Tulle.")
    assert (month.date, month.location, month.killed) == ("2021-02", "Tulle", 1)


def test_an_apposition_telling_no_murder_is_no_event():
    assert _events("Une stèle dédiée à Paul Mercier, tué accidentellement en 2009, a été restaurée à Tulle.") == []
    assert _events("Une plaque honore Paul Mercier, soldat tué au combat en 1944, depuis lundi à Tulle.") == []
    assert _events("Le père de Lina, tuée dans la collision de deux voitures en 2018, a parlé lundi à Tulle.") == []
    assert _events("Paul Mercier, l'auteur de l'attaque abattu par la police en 2019, était connu à Tulle.") == []


def test_an_undated_apposition_is_left_to_the_story_that_tells_it():
    assert _events("Une stèle dédiée à Paul Mercier, jeune facteur tué par un voisin, a été souillée à Tulle.") == []


def test_a_victim_of_a_named_attack_is_the_attack_named_once():
    (attack,) = _events("Une stèle honore Paul Mercier, tué lors de l'attentat du 3 mars 2016, depuis lundi à Tulle.")
    assert attack.date == "2016-03-03"


def test_a_figurative_killing_an_animal_or_a_war_death_in_apposition_is_no_event():
    assert _events("Le retour de Paul Mercier, tué politiquement en 2017 par une affaire, surprend à Tulle.") == []
    assert _events("Le public a sifflé Paul Mercier, tué médiatiquement en 2022 après la finale, lundi à Tulle.") == []
    assert _events("Le village se souvient de Rex, berger allemand tué par un chasseur en 2018, à Tulle.") == []
    assert _events("Une plaque honore Paul Mercier, résistant tué par la Gestapo en 1943, depuis lundi à Tulle.") == []
