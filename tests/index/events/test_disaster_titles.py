"""Deaths under a title that tells a building's collapse or bathers caught by the sea are a disaster's, not an
attack's (the gold set counts no accident nor disaster); a bather stabbed or shot is still an attack."""

from __future__ import annotations

from .helpers import events


def test_deaths_in_a_building_collapse_are_no_attack():
    text = (
        "Trois passants sont morts jeudi en fin de soirée dans une commune du nord de l'Espagne, "
        "dans l'effondrement d'une partie d'un immeuble ancien, ont rapporté les médias espagnols. "
        "La façade s'est écroulée sur le trottoir où ils attendaient un bus."
    )
    assert events(text, title="Espagne : trois passants tués dans l'effondrement d'une façade") == []


def test_a_bather_dead_when_the_sea_rose_is_no_attack():
    text = (
        "Une femme de 64 ans est décédée et six personnes ont été hospitalisées samedi après-midi à Mimizan, a "
        "indiqué la préfecture. Les secours sont intervenus avec un hélicoptère après que la houle a grossi."
    )
    assert events(text, title="Landes : la houle surprend des baigneurs, une femme de 64 ans tuée") == []


def test_a_bather_stabbed_on_a_beach_is_still_an_attack():
    text = "Un baigneur de 30 ans a été poignardé dimanche après-midi sur la plage de Menton par un inconnu."
    found = events(text, title="Menton : un baigneur poignardé sur la plage")
    assert [(e.weapon, e.location) for e in found] == [("arme blanche", "Menton")]
