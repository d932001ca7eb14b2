"""A missing person whose body was never found, whose killing a suspect is only charged with or accused of, and whom
no confession names dead, is no killing the article says happened (the gold set's disappearances); a confession, or
a killing told in the article's own voice, still lists it."""

from __future__ import annotations

from .helpers import events

_MISSING = (
    "Le juge a ordonné jeudi le renvoi devant la cour d'assises de Lorient d'un homme de 41 ans soupçonné de "
    "l'assassinat de Clémence Variot. "
    "L'infirmière a été vue pour la dernière fois le 3 mars 2019 près du port et son corps n'a jamais été retrouvé. "
    "Selon les enquêteurs, le suspect était jaloux depuis la disparition de Clémence, qui venait de le quitter."
)


def test_a_missing_person_whose_killing_is_only_suspected_is_no_attack():
    assert events(_MISSING, title="Affaire Clémence Variot : le suspect renvoyé aux assises") == []


def test_a_missing_person_whose_killer_confessed_is_listed():
    text = _MISSING + " Le suspect a avoué le meurtre lors de sa dernière audition."
    assert [e.killed for e in events(text, title="Affaire Clémence Variot : le suspect renvoyé aux assises")] == [1]


def test_a_killing_told_in_the_article_voice_is_listed_though_the_remains_were_never_found():
    text = (
        "Le journaliste Paul Hentic a été tué le 2 octobre 2018 dans l'ambassade de Riga par un commando. "
        "La disparition de Paul Hentic avait d'abord été niée par les autorités. Son corps n'a jamais été retrouvé."
    )
    assert [e.killed for e in events(text, title="Meurtre de Paul Hentic : cinq condamnations")] == [1]


def test_a_killing_a_court_ruled_is_listed_though_the_body_was_never_found():
    text = (
        "La cour d'assises a jugé jeudi que Paul Roux avait tué sa femme Lina Roux, disparue en mars 2019. "
        "Son corps n'a jamais été retrouvé."
    )
    (event,) = events(text, title="Meurtre de Lina Roux : le mari condamné à Tulle")
    assert event.killed == 1
