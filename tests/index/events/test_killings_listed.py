"""Killings named by a plural murder noun that lists its victims (`mis en examen pour les meurtres de X et du caporal
Y`, `a avoué les homicides de X et Y`): one killing each victim, unless a place or a year right after the list joins
them into one; not many killings named by a count (`les meurtres de trois femmes`) nor attempts."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _victims(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return sorted(((e.date, e.location, e.killed) for e in _events(text)), key=str)


def test_each_victim_a_charge_names_is_one_killing():
    assert _victims("Le forain a été mis en examen pour les meurtres de la petite Julie et du gardien Paul Roux.") == [
        (None, None, 1),
        (None, None, 1),
    ]
    assert len(_events("L'ancien gendarme, qui a avoué les homicides de Lina Morel et Hugo Baret, reste muet.")) == 2
    three = _events("Les meurtres de Lina Morel, Hugo Baret et Léa Vidal n'ont jamais été élucidés, dit la juge.")
    assert [e.killed for e in three] == [1, 1, 1]


def test_victims_listed_with_one_place_and_year_are_one_killing():
    (event,) = _events("Le procès pour les meurtres de Lina Morel et Hugo Baret à Tulle en 1987 s'ouvre lundi.")
    assert (event.date, event.location, event.killed) == ("1987", "Tulle", 2)


def test_two_years_after_the_list_date_each_victim_in_turn_and_a_place_before_it_is_not_theirs():
    told = "Une audition a porté sur les meurtres de Lina Morel et Léa Vidal, tuées en 1991 et 1994 à Brive."
    assert _victims(told) == [("1991", "Brive", 1), ("1994", "Brive", 1)]
    # the town where someone else vanished, named before the list, is not where they were killed
    assert _victims(
        "Le randonneur a disparu à Tulle, dans le secteur où le suspect est impliqué dans les meurtres de Lina Morel "
        "et du caporal Hugo Baret."
    ) == [(None, None, 1), (None, None, 1)]


def test_killings_counted_attempted_or_the_subject_after_the_list_are_not_victims():
    assert _events("Le tueur a déjà été condamné pour les meurtres de trois femmes.") == []
    assert _events("Il est jugé pour les tentatives de meurtres de Lina Morel et Hugo Baret.") == []
    # the subject after the list's comma is no third victim
    assert len(_events("Outre les meurtres de Lina Morel et de Hugo Baret, Paul Roux est poursuivi pour vol.")) == 2
    # first names only remind of victims named before: no killings of their own
    assert _events("Il a enfin été reconnu coupable des meurtres de Lina et Hugo, et condamné à perpétuité.") == []


def test_a_listed_victims_killing_told_later_is_placed_around_that_telling():
    julie, roux = _events(
        "Le forain, mis en examen pour les meurtres de la petite Julie et du gardien Paul Roux, reste muet. Il "
        "fréquentait les sites de rencontre. Cet homme de 40 ans est soupçonné d'avoir enlevé la fillette au cours "
        "d'un mariage, à Tulle. Il a été mis en examen pour le meurtre de la fillette le 30 novembre."
    )
    assert (julie.location, julie.killed) == ("Tulle", 1)
    assert (roux.location, roux.killed) == (None, 1)


def test_a_charge_named_with_the_death_it_is_about_tells_that_killing():
    (event,) = _events("Il est aussi mis en examen pour assassinat dans la mort du gardien Paul Roux.")
    assert (event.date, event.killed) == (None, 1)
