"""One person hurt by the means the forces use on a crowd, named as the means of the wound (`éborgné par un tir de
LBD`, `a eu la main arrachée par une grenade de désencerclement`): the police force that hurt someone, an event; not
a wound nobody reports (`aucune plainte pour une personne blessée par`), someone's word, nor the many of a habit."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_one_person_hurt_by_a_grenade_or_a_rubber_bullet_of_the_forces_is_listed():
    (hand,) = _events("Samedi à Tulle, un manifestant a eu une main arrachée par une grenade de désencerclement.")
    assert (hand.date, hand.location, hand.injured, hand.weapon) == ("2021-04-03", "Tulle", 1, None)
    (eye,) = _events("Samedi à Brive, une lycéenne a été éborgnée par un tir de LBD.")
    assert (eye.date, eye.location, eye.injured, eye.weapon) == ("2021-04-03", "Brive", 1, "balle en caoutchouc")


def test_the_one_hurt_whose_death_the_next_sentence_tells_is_killed_not_wounded():
    (event,) = _events(
        "Une femme de 80 ans a été blessée par une grenade lacrymogène à Tulle le 1er mars. Elle est décédée le "
        "lendemain à l'hôpital."
    )
    assert (event.date, event.location, event.killed, event.injured) == ("2021-03-01", "Tulle", 1, None)


def test_a_wound_nobody_reports_someones_word_or_a_habit_is_no_event():
    assert _events("Aucune plainte pour une personne blessée par un tir de LBD n'a été déposée à Tulle.") == []
    assert _events("Une vidéo montre à Tulle un jeune homme présenté comme blessé par un tir de LBD.") == []
    assert _events("Son avocat assure que son client a été blessé par un tir de LBD samedi à Tulle.") == []
    assert _events("Des manifestants ont été blessés par des grenades de désencerclement samedi à Tulle.") == []
