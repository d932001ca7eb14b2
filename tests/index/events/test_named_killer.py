"""A killing retold in a simple tense (present, imperfect, passé simple) whose subject is its killer's full name (`Le
lendemain, X tuait une policière municipale à Y`, `X assassine la policière Z à Y`): an attack that happened, with its
place and its victims; not a figure of speech (`tue le match`), nor a story (`dans le film`)."""

from __future__ import annotations

from tests.index.events.helpers import events


def _rows(text: str) -> list[tuple]:
    return [(event.location, event.killed) for event in events(text)]


def test_a_killer_named_in_full_kills_in_the_present():
    text = "Dans le même temps, Paul Martin assassine la gardienne Julie Leroy à Tulle avant de prendre la fuite."
    assert _rows(text) == [("Tulle", 1)]


def test_a_killer_named_in_full_kills_in_the_imperfect_an_aside_between():
    text = "Le lendemain, Paul Martin, un détenu libéré un mois plus tôt, tuait une infirmière à Brive."
    assert _rows(text) == [("Brive", 1)]
    assert _rows("Quelques heures plus tard, Paul Martin abattait trois passants à Brive.") == [("Brive", 3)]


def test_a_victim_named_in_full_is_one_killed():
    text = "Il est 9 heures quand Paul Martin tue Jacques Durand, le gérant, d'une balle dans la tête à Tulle."
    assert [event.killed for event in events(text)] == [1]


def test_no_person_killed_or_a_story_is_no_attack():
    assert events("Kylian Mbappé tue le match à Lyon dès la deuxième minute.") == []
    assert events("Paul Martin abat ses cartes à Tulle avant le scrutin.") == []
    assert events("Dans le film, John Wick tue quatre hommes à Tulle.") == []
    assert events("Le maire le dit : Paul Martin ne tue pas sa femme à Tulle.") == []


def test_a_rival_beaten_in_sport_or_politics_is_no_killing():
    """A victim named by nothing but his full name, a keeper or a side's men: the sentence must tell a killing's means
    or crime (`d'une balle`, `la prise d'otages`), else it is a rival beaten."""
    assert events("Dimanche à Tulle, Paul Martin exécute Jacques Durand en trois sets et remporte le tournoi.") == []
    assert events("Mardi soir à Tulle, le Stade Corrézien abat Union Briviste grâce à un doublé.") == []
    assert events("Lundi à Tulle, Paul Martin assassine Jacques Durand dans une tribune au vitriol.") == []
    assert events("Samedi à Tulle, Paul Martin exécute le gardien adverse à la 70e minute.") == []
    assert events("Samedi à Tulle, Paul Martin abat les hommes de Jacques Durand en seconde période.") == []
    assert _rows("Samedi, Paul Martin exécute Jacques Durand d'une balle dans la nuque à Tulle.") == [("Tulle", 1)]


def test_a_killing_to_come_is_no_attack():
    """The future is a threat or a forecast (`Si la justice ne fait rien, X tuera sa femme`), no killing told."""
    assert events("Si la justice ne fait rien, Paul Martin tuera sa femme, a prévenu mardi à Tulle son avocate.") == []
    assert events("Mardi à Tulle, la voyante l'a assuré : Paul Martin assassinera le policier municipal.") == []
