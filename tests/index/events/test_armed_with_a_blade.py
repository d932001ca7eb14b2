"""A person armed with a blade or an edged tool (`armé d'un hachoir`, `muni d'un couteau`) who hurts or kills: a
stabbing, not a shooting; the same tool told alone (`blessé avec une serpe`) may be a mishap and tells no attack."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_man_bearing_a_blade_who_hurts_people_is_a_stabbing():
    (cleaver,) = _events("Samedi à Tulle, un homme muni d'un couperet a blessé trois clients d'une boucherie.")
    assert _row(cleaver) == ("2021-04-03", "Tulle", "arme blanche", None, 3)
    (knife,) = _events("Un individu muni d'un couteau a blessé dimanche deux passants devant la gare de Brive.")
    assert _row(knife) == ("2021-04-04", "Brive", "arme blanche", None, 2)
    (pistol,) = _events("Un homme muni d'un pistolet a blessé samedi un vigile à Tulle.")
    assert _row(pistol) == ("2021-04-03", "Tulle", "arme à feu", None, 1)


def test_a_man_armed_with_an_edged_tool_is_no_shooting():
    (sickle,) = _events("Samedi à Tulle, un homme armé d'une faucille a blessé deux voisins.")
    assert _row(sickle) == ("2021-04-03", "Tulle", "arme blanche", None, 2)
    (screwdriver,) = _events("Un homme armé d'un tournevis a blessé samedi un contrôleur à Tulle.")
    assert _row(screwdriver) == ("2021-04-03", "Tulle", "arme blanche", None, 1)


def test_a_tool_at_work_or_borne_for_a_task_tells_no_attack():
    assert _events("Samedi à Tulle, un boucher muni d'un hachoir a découpé deux agneaux.") == []
    assert _events("Samedi à Tulle, un jardinier a été blessé avec une serpe en taillant une haie.") == []
    assert _events("Samedi à Tulle, des pompiers munis de haches ont dégagé deux blessés d'une voiture.") == []


def test_a_weapon_drawn_before_the_attack_is_the_attack_s_weapon():
    (drawn,) = _events("Samedi à Tulle, un client a sorti un cutter et s'en est pris au gérant d'un bar.")
    assert _row(drawn) == ("2021-04-03", "Tulle", "arme blanche", None, None)
    (pistol,) = _events("Dimanche à Tulle, un homme a dégainé une arme de poing et a blessé un vigile.")
    assert _row(pistol) == ("2021-04-04", "Tulle", "arme à feu", None, 1)
    (handgun,) = _events("Un passant a été blessé samedi à Tulle par un homme qui avait une arme de poing.")
    assert _row(handgun) == ("2021-04-03", "Tulle", "arme à feu", None, 1)
    # a knife drawn for a task, or a threat with no one hurt, is no attack
    assert _events("Samedi à Tulle, le chef a sorti un couteau pour découper le rôti.") == []
    assert _events("Samedi à Tulle, un homme qui brandissait un couteau a été interpellé dans un bus.") == []
