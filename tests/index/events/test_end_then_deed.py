"""An attacker's end told first (`a été abattu par la police`), then the killing he did after `après avoir`: the
sentence tells that killing, with its own toll; his death is part of it, neither an event nor in its toll."""

from __future__ import annotations

from tests.index.events.helpers import events, row


def test_the_attacker_shot_dead_after_killing_tells_the_killing():
    found = events("Le tireur a été abattu mardi par la police à Lyon après avoir tué trois passants.")
    assert [row(e) for e in found] == [("2021-03-30", "Lyon", None, 3, None)]


def test_a_man_shot_dead_after_killing_is_not_the_toll():
    found = events("Un homme a été abattu samedi à Tulle par des gendarmes après avoir tué deux personnes.")
    assert [(e.killed, e.injured) for e in found] == [(2, None)]


def test_the_killed_and_the_hurt_of_the_deed_are_its_toll():
    found = events("Dimanche à Brive, il est abattu par la police après avoir tué un homme et blessé quatre personnes.")
    assert [(e.date, e.killed, e.injured) for e in found] == [("2021-04-04", 1, 4)]


def test_the_end_of_the_author_of_a_named_attack():
    found = events(
        "L'auteur de l'attaque du marché de Tulle a été abattu le 2 mars par les forces de l'ordre après avoir tué "
        "six personnes."
    )
    assert [(e.date, e.killed) for e in found] == [("2021-03-02", 6)]


def test_the_town_of_the_attack_its_author_is_named_by_places_the_killing():
    found = events(
        "L'auteur de l'attaque du marché de Tulle a été abattu le 2 mars par les forces de l'ordre après avoir tué "
        "six personnes."
    )
    assert [(e.location, e.killed) for e in found] == [("Tulle", 6)]


def test_a_town_told_after_the_end_places_the_killing():
    found = events("Le suspect de l'attentat de Brive a été abattu mardi à Tulle après avoir tué deux passants.")
    assert ("Tulle", 2) in [(e.location, e.killed) for e in found]


def test_an_attack_told_before_an_aside_about_another_attacker_keeps_its_own_act():
    # the stabbing is what the sentence reports; the aside about the man avenged names no attack of this sentence
    found = events(
        "Mardi à Tulle, un détenu a poignardé deux surveillants pour venger Paul Durand, abattu par la police après "
        "avoir tué cinq personnes."
    )
    assert all(e.killed != 5 for e in found)
    assert [e.location for e in found] == ["Tulle"]
