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
