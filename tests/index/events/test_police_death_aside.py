"""A death by the police named in a side clause (`après la mort de X`): the sentence around it lays it on the police
(`les violences policières`, `, par la police de Y le 12 juin`), though the clause cut from it does not say so."""

from __future__ import annotations

from .helpers import events, row


def test_a_death_named_aside_in_a_sentence_about_police_violence_is_a_police_killing():
    text = (
        "Les marches contre les violences policières, lancées après la mort de Paul Martin le 2 mars, ont rassemblé "
        "des milliers de personnes."
    )
    assert [row(e) for e in events(text)] == [("2021-03-02", None, None, 1, None)]


def test_the_police_named_after_the_victim_holds_the_killing_s_day_and_town():
    text = "Les défilés ont repris après la mort d'un autre lycéen, Paul Martin, par la police de Tulle le 2 mars."
    assert [row(e) for e in events(text)] == [("2021-03-02", "Tulle", None, 1, None)]


def test_two_deaths_by_the_police_of_two_named_victims_stay_two():
    text = (
        "La mort de Jean Roux, asphyxié par un policier fin février à Brive, a choqué le pays. "
        "Les défilés ont repris après la mort d'un autre lycéen, Paul Martin, par la police de Tulle le 2 mars."
    )
    assert [(e.location, e.killed) for e in events(text)] == [("Brive", 1), ("Tulle", 1)]


def test_a_death_beside_the_police_merely_named_is_no_killing():
    assert events("Après la mort de Paul Martin, un hommage lui a été rendu par la police.") == []
    assert events("Les policiers ont dispersé la foule réunie après la mort de Paul Martin.") == []


def test_a_month_told_with_the_death_dates_it_and_one_in_brackets_does_not():
    told = (
        "Un mouvement contre les violences policières a démarré après la mort de l'Afro-américain Paul Martin sous "
        "le genou d'un policier à Tulle fin février."
    )
    assert [(e.date, e.location) for e in events(told)] == [("2021-02", "Tulle")]
    bracketed = (
        "Le débat sur les violences policières a repris après la mort de l'Afro-américain Paul Martin en France "
        "(février 2021)."
    )
    assert [e.date for e in events(bracketed)] == [None]
