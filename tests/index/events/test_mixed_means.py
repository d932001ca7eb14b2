"""An attack made with several means (a van driven into people, then knives; a grenade, then shots) keeps each one
its sentences tell in `weapons`, the first in `weapon`; the judged set types it `armed assault`, and /attacks shows
every means."""

from __future__ import annotations

from bench.attacks_score import event_type
from bot.i18n import EN, FR
from bot.text import event_what
from index.events.filters import select
from tests.index.events.helpers import events as _events


def test_a_ramming_then_a_stabbing_keeps_both_means_the_vehicle_first():
    text = (
        "Samedi soir à Lyon, un homme a foncé avec sa camionnette sur la foule d'un marché, puis a poignardé "
        "plusieurs passants avant d'être arrêté. Deux personnes ont été tuées et neuf blessées."
    )
    (event,) = _events(text)
    assert (event.weapon, event.weapons, event.location) == (
        "voiture-bélier",
        ["voiture-bélier", "arme blanche"],
        "Lyon",
    )
    assert event_type(event) == "armed assault"


def test_means_told_in_two_sentences_of_one_attack_are_both_kept():
    text = (
        "Des assaillants ont lancé une grenade samedi dans un restaurant de Nantes, faisant trois blessés. "
        "Ils ont ensuite ouvert le feu sur les clients."
    )
    (event,) = _events(text)
    assert (event.weapon, event.weapons) == ("grenade", ["grenade", "arme à feu"])
    assert event_type(event) == "armed assault"


def test_one_means_leaves_the_list_empty_and_the_type_its_own():
    (event,) = _events("Un homme a poignardé trois passants samedi à Marseille.")
    assert (event.weapon, event.weapons, event_type(event)) == ("arme blanche", [], "stabbing")


def test_another_attack_named_by_its_means_in_the_same_sentence_adds_none():
    text = (
        "Quelques jours après une attaque à la hache dans un train, un jeune homme a ouvert le feu samedi soir "
        "dans un restaurant de Munich, tuant neuf personnes."
    )
    (event,) = _events(text)
    assert (event.weapon, event.weapons) == ("arme à feu", [])


def test_the_police_shooting_the_attacker_is_not_a_means_of_the_attack():
    text = "Un homme a poignardé deux passants samedi à Lille. L'assaillant a été abattu par balles par la police."
    (event,) = _events(text)
    assert (event.weapon, event.weapons) == ("arme blanche", [])


def test_attacks_lists_every_means_in_both_languages():
    text = "Samedi à Lyon, un homme a foncé avec sa voiture sur la foule, puis a poignardé des passants."
    (event,) = _events(text)
    assert event_what(event, EN) == "vehicle ramming + knife"
    assert event_what(event, FR) == "voiture-bélier + arme blanche"


def test_a_weapon_filter_finds_an_assault_by_any_of_its_means():
    text = "Samedi à Lyon, un homme a foncé avec sa voiture sur la foule, puis a poignardé des passants."
    (event,) = _events(text)
    assert [e.id for e in select([event], weapon="arme blanche")] == [event.id]
    assert [e.id for e in select([event], weapon="voiture-bélier")] == [event.id]
    assert select([event], weapon="roquette") == []
