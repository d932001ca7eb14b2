"""Attacks named by a plural attack noun and the list of what they struck (`les attaques contre le journal X, des
policiers et le magasin Hyper Cacher`, `les attentats de janvier 2015 (X, Montrouge, Hyper Cacher)`): one attack per
listed target, placed at it, none twice, and no share of a toll told for the whole list."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return sorted(((e.date, e.location, e.killed) for e in _events(text)), key=str)


def test_each_target_a_plural_attack_noun_lists_is_one_attack():
    told = (
        "Le procès s'ouvre pour les complices des sanglantes attaques contre le Bataclan, des policiers et Montrouge."
    )
    places = sorted(str(e.location) for e in _events(told))
    assert places == ["Bataclan", "Montrouge"]  # the officers, with no day or place, make no record


def test_a_wave_named_by_its_month_with_its_parts_in_parentheses_is_those_parts():
    told = "Dix hommes sont jugés pour les attentats de mars 2016 (Bataclan, Montrouge, Hyper Cacher) à Paris."
    assert _rows(told) == [
        ("2016-03", "Bataclan", None),
        ("2016-03", "Hyper Cacher", None),
        ("2016-03", "Montrouge", None),
    ]


def test_a_toll_told_after_the_list_is_no_single_targets():
    told = "Ils ont aidé les auteurs des attentats du Bataclan, Montrouge et de l'Hyper Cacher, qui ont fait 20 morts."
    assert all(e.killed is None for e in _events(told) if e.location in ("Montrouge", "Hyper Cacher"))
    assert {"Montrouge", "Hyper Cacher"} <= {e.location for e in _events(told)}


def test_a_list_of_words_that_are_no_targets_or_attacks_feared_names_none():
    assert _events("Il a dénoncé les attaques contre la presse, la justice et les juges.") == []
    assert _events("La police redoute des attentats contre le Bataclan et Montrouge.") == []


def test_one_nights_attacks_on_two_towns_are_not_split_by_the_list():
    told = (
        "Le graffiti peint sur cette porte rend hommage aux 90 personnes tuées le 13 novembre 2015 lors d'un concert "
        "dans ce lieu, au cours d'une série d'attaques jihadistes à Paris et Saint-Denis qui ont fait 130 morts au "
        "total ce soir-là."
    )
    assert [e.location for e in _events(told)] == ["Paris"]
