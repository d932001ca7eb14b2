"""A death told by its medical cause, an asphyxia, during an arrest (`mort des suites d'une asphyxie "avec fracture du
larynx" lors de son interpellation`, `a été victime d'une asphyxie lors de son arrestation`) is a death the police
caused: a killing; the day the autopsy's findings were made public is not its day."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_an_asphyxia_during_an_arrest_is_a_killing():
    text = (
        'Un chauffeur, mort en 2019 à Lille des suites d\'une asphyxie "avec lésion du cou" lors de son interpellation.'
    )
    assert [(e.date, e.location, e.killed) for e in _events(text)] == [("2019", "Lille", 1)]
    text = (
        "Selon les premiers résultats de l'expertise communiqués vendredi, le jeune homme a été victime d'une "
        "asphyxie lors de son arrestation."
    )
    assert [(e.date, e.killed) for e in _events(text)] == [(None, 1)]


def test_an_asphyxia_with_no_arrest_is_no_killing():
    text = "Un ouvrier est mort des suites d'une asphyxie lors d'un incendie dans son atelier à Lille."
    assert all(e.killed is None for e in _events(text))
