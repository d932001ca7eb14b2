"""The day the dead were found (`tués par balle et retrouvés dimanche`, `Les corps ont été retrouvés, mardi`,
`retrouvés morts lundi soir`) is a later step, not the day of their killing: the killing stays undated when nothing
else dates it, and keeps the day another sentence gives it."""

from __future__ import annotations

from .helpers import events


def test_the_day_the_dead_were_found_does_not_date_their_killing():
    text = "Trois hommes ont été abattus et retrouvés samedi au bord d'une route à Tulle, selon la gendarmerie."
    (event,) = events(text, title="Corrèze : trois hommes tués par balle")
    assert (event.date, event.location, event.killed) == (None, "Tulle", 3)


def test_found_dead_then_the_day_told_aside():
    text = "Une femme et son fils ont été retrouvés morts samedi matin à Tulle, tués à l'arme blanche."
    (event,) = events(text, title="Corrèze : une femme et son fils tués")
    assert (event.date, event.location) == (None, "Tulle")


def test_bodies_found_with_a_comma_before_the_day():
    text = (
        "Les corps de quatre personnes ont été découverts, samedi, dans une maison de Brive. "
        "Les victimes ont toutes été tuées par arme à feu, précise la gendarmerie."
    )
    (event,) = events(text, title="Corrèze : quatre personnes tuées par balle")
    assert (event.date, event.killed) == (None, 4)


def test_the_night_of_the_killing_still_dates_it():
    text = (
        "Une femme a été retrouvée morte samedi matin à Tulle. "
        "Dans la nuit de vendredi à samedi, deux hommes sont entrés chez elle et l'ont tuée à coups de couteau."
    )
    (event,) = events(text, title="Corrèze : une femme tuée chez elle")
    assert event.date == "2021-04-03"


def test_a_day_before_the_finding_still_dates_the_shooting():
    text = "Un homme a été tué par balle samedi à Tulle, son corps a été retrouvé par des passants."
    (event,) = events(text, title="Corrèze : un homme tué par balle")
    assert (event.date, event.killed) == ("2021-04-03", 1)
