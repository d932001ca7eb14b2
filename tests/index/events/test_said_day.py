"""The day something was said or revealed (`a rappelé samedi soir que`, `ont affirmé mardi`, `qui révèle
l'information ce samedi 3 avril`) is not the day of the attack the sentence speaks of."""

from __future__ import annotations

from .helpers import events


def test_the_day_a_prosecutor_recalled_something_does_not_date_the_murder():
    text = (
        'Après de nouvelles révélations dans la presse, le procureur a rappelé samedi soir que "derrière cette '
        "histoire se joue le destin d'un homme\". Depuis les aveux de son mari, le meurtre de Léa Martin est revenu au "
        "centre de l'actualité. Léa Martin avait été retrouvée morte fin octobre, battue, en Corrèze."
    )
    (event,) = events(text, title='Meurtre de Léa Martin : le procureur de Tulle fustige la "surenchère médiatique"')
    assert (event.date, event.killed) == (None, 1)


def test_the_day_a_radio_revealed_the_flight_is_not_a_second_killing():
    text = (
        "Selon la radio, qui révèle l'information ce samedi 3 avril, le suspect a fui vers Brive, où il a été abattu. "
        "Le suspect a été tué dans la nuit de jeudi à vendredi lors d'un contrôle de police à Brive."
    )
    (event,) = events(text, title="Attentat de Tulle : le suspect a fui par Brive")
    assert (event.date, event.location, event.killed) == ("2021-04-02", "Brive", 1)
