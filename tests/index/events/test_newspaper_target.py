"""An attack named by the newspaper it struck (`l'attentat contre Charlie Hebdo`) keeps no place: the paper is its
target; a sentence that sets the attack in the paper or its offices (`la tuerie à Charlie Hebdo`) places it there."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_an_attack_named_by_the_newspaper_it_struck_has_no_place():
    (event,) = _events("Le caricaturiste, grièvement blessé dans l'attaque contre Charlie Hebdo, a témoigné mercredi.")
    assert event.location is None
    (event,) = _events("Le dessinateur, rescapé de l'attentat de Charlie Hebdo, a porté plainte.")
    assert event.location is None


def test_an_attack_set_in_the_newspaper_is_placed_there():
    text = "Les rescapés de la tuerie à Charlie Hebdo en janvier 2015 ont témoigné mardi devant la cour."
    (event,) = _events(text, title="Procès des attentats")
    assert event.location == "Charlie Hebdo"


def test_an_attack_named_by_the_newspaper_is_the_one_told_in_a_town_that_day():
    # the paper is no place apart from the town: one attack, told by its target then by its town
    text = (
        "Les victimes de l'attentat de Charlie Hebdo du 7 janvier 2015 ont été honorées mercredi. Le 7 janvier 2015, "
        "deux frères avaient tué douze personnes dans l'attaque du journal à Paris."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2015-01-07", "Paris", 12)


def test_a_venue_named_again_is_the_attack_told_there_beside_the_newspaper_named_before():
    # `Après la tuerie de Charlie Hebdo`: the paper is another attack's target, no place of the one told in the shop
    text = (
        "Le procès s'ouvre lundi. L'attaque jihadiste contre l'Hyper Cacher a provoqué un traumatisme, rappelle un "
        "responsable. Après la tuerie de Charlie Hebdo, la cour replonge dans la prise d'otages de l'Hyper Cacher le 9 "
        "janvier 2015, au cours de laquelle quatre hommes ont été tués."
    )
    (event,) = _events(text)
    assert (event.weapon, event.killed) == ("arme à feu", 4)


def test_the_newspaper_and_a_town_named_as_two_attacks_in_one_sentence_stay_two():
    text = "Mercredi 8 juillet, la cour a repris les audiences sur les attentats de Charlie Hebdo et de Montrouge."
    assert len(_events(text)) == 2
