"""An attack the article names by its venue (`les attaques contre le journal et l'Hyper Cacher`) and tells again with
its day and toll (`lors de la prise d'otages du magasin Hyper Cacher`) is one event. Attacks told apart stay apart:
parts of a wave each told at its own scene, killings of two people named each."""

from __future__ import annotations

from tests.index.events.helpers import events, row

_TRIAL = "Le procès des attaques contre Charlie Hebdo et l'Hyper Cacher s'ouvre mercredi à Paris. "


def test_a_venue_named_then_told_with_its_day_and_toll_is_one_attack():
    told = events(
        _TRIAL + "Le 9 janvier 2015, un homme armé avait tué trois clients lors de la prise d'otages du magasin Hyper "
        "Cacher. Il avait été abattu par la police dans la soirée."
    )
    # the attack named beside it (`Charlie Hebdo`), then the venue's, placed there with its day, weapon and toll
    assert [row(e) for e in told] == [(None,) * 5, ("2015-01-09", "Hyper Cacher", "arme à feu", 3, None)]


def test_a_venue_named_with_its_month_then_told_with_its_day_is_one_attack():
    told = events(
        "Le procès des attaques de janvier 2015 contre Charlie Hebdo et l'Hyper Cacher s'ouvre mercredi à Paris. "
        "Le 9 janvier 2015, un homme armé avait tué trois clients lors de la prise d'otages du magasin Hyper Cacher. "
        "Il avait été abattu par la police dans la soirée."
    )
    assert [row(e) for e in told] == [
        ("2015-01", None, None, None, None),
        ("2015-01-09", "Hyper Cacher", "arme à feu", 3, None),
    ]


def test_a_venue_named_beside_another_attack_stays_apart():
    # the sentence that names the venue tells another scene of the same night: two parts of one wave
    told = events(
        "Le 13 novembre 2015, un kamikaze s'est fait exploser au Stade Nord, tuant un passant, peu avant l'attaque du "
        "Bataclan. Des rescapés de l'attaque du Bataclan témoignent."
    )
    assert [e.location for e in told] == ["Stade Nord", "Bataclan"]


def test_a_venue_named_by_two_attacks_stays_apart_from_both():
    # two records name the venue as an attack's scene: no telling says which one it is
    told = events(
        _TRIAL + "Le 8 janvier 2015, un homme armé avait tué une policière à Montrouge, la veille de l'attaque de "
        "l'Hyper Cacher. Le 9 janvier, il avait tué quatre clients lors de la prise d'otages du magasin Hyper Cacher."
    )
    assert "Hyper Cacher" in [e.location for e in told]


def test_two_killings_of_people_named_each_stay_two():
    told = events(
        "Paul Durand a été poignardé à mort à Tulle. Un mois plus tôt, Jean Martin avait été poignardé à mort dans "
        "la même ville."
    )
    assert [row(e)[1:] for e in told] == [("Tulle", "arme blanche", 1, None)] * 2
