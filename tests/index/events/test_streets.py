"""French reports set an attack in a street named without `de` (`rue Marx-Dormoy`, `avenue Georges V`) or named for
a town (`rue de Strasbourg`, `boulevard de Sébastopol`): that street is the most precise place the text gives, where
before the attack was placed in the town or its district, or in the town the street is named for."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_street_named_without_de_in_the_attacks_sentence_is_its_place():
    (event,) = _events(
        "Vendredi, un homme armé d'un couteau a blessé deux passants près d'une école, rue Jean-Baptiste Pigalle, "
        "dans le IXe arrondissement de Paris."
    )
    assert (event.location, event.country, event.injured) == ("rue Jean-Baptiste Pigalle, Paris", "France", 2)


def test_a_street_named_for_a_town_is_no_town():
    (event,) = _events("Un adolescent a été tué par balle samedi soir devant le 12 de la rue de Strasbourg, à Bondy.")
    assert (event.location, event.country) == ("rue de Strasbourg, Bondy", "France")


def test_the_streets_of_a_town_and_a_district_are_no_street():
    (event,) = _events("Un homme a été poignardé samedi en pleine rue de Marseille.")
    assert event.location == "Marseille"
    (event,) = _events("Un jeune a été tué par balle samedi lors d'une bagarre dans les rue du XIXe arrondissement.")
    assert event.location != "rue du XIXe"
    (event,) = _events("Arrivés sur place Samedi, les policiers ont trouvé un homme tué par balle à Tulle.")
    assert event.location == "Tulle"


def test_a_neighbours_street_is_written_with_the_town_it_names():
    (event,) = _events(
        "Le directeur de la police municipale est mort mardi après avoir été poignardé. Ce cadre de la mairie de "
        "la ville de Tulle a été agressé vers midi rue Baluze, dans le centre-ville."
    )
    assert (event.location, event.killed) == ("rue Baluze, Tulle", 1)


def test_a_street_is_written_with_the_town_of_its_clause_and_no_other_name():
    (event,) = _events("Un homme a été poignardé samedi soir sur le cours Julien, à Marseille, par un inconnu.")
    assert event.location == "cours Julien, Marseille"
    text = "Il se rendra sur le boulevard Voltaire où un policier avait été tué peu après l'attaque de Charlie Hebdo."
    assert _events(text)[0].location == "boulevard Voltaire"  # a newspaper is no town


def test_an_attack_in_another_town_after_a_street_of_a_town_is_another_attack():
    events = _events(
        "Jeudi, une camionnette a foncé sur la foule sur la très touristique avenue Las Palmas, à Madrid, faisant 12 "
        "morts. Quelques heures plus tard, une attaque similaire a eu lieu à Tolède, à 70 km au sud de Madrid, "
        "faisant un mort et six blessés."
    )
    assert [(e.location, e.killed, e.injured) for e in events] == [
        ("avenue Las Palmas, Madrid", 12, None),
        ("Tolède", 1, 6),
    ]


def test_took_place_and_a_ministry_are_no_street():
    """English `took place Sunday` is no square named Sunday; `la place Beauvau` that announces is the ministry."""
    told = _events("The knife attack took place Sunday in Nice, killing two people, police said.", lang="en")
    assert [e.location for e in told] == ["Nice"]
    told = _events("Un policier a été blessé mardi à Tulle lors d'une attaque au couteau, a annoncé la place Beauvau.")
    assert [e.location for e in told] == ["Tulle"]
