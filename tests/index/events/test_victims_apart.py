"""Two killings an article tells one after the other, each sentence naming its own victim by full name (`X, mort en
2016 après son interpellation`, then `la mort, en mai aux Etats-Unis, de Y, tué par un policier`): two records, not
one, even where no date or place of the second sentence keeps them apart. Not a killer named beside the name of the
one he killed (`X, soupçonné d'avoir assassiné Y`): one killing."""

from __future__ import annotations

from index.events.victims import sole_victim_named, victim_named
from tests.index.events.helpers import events as _events


def test_a_second_death_named_by_another_victim_is_a_record_of_its_own():
    found = _events(
        "Paul Roux, un jeune homme de 24 ans, est mort en 2016 peu après son interpellation par les gendarmes dans "
        "la Corrèze. Ses proches manifestent. L'affaire a retrouvé un fort écho après l'indignation suscitée par la "
        "mort, en mai aux Etats-Unis, de Marc Dubois, un homme tué par un policier."
    )
    assert len(found) == 2
    assert sorted(e.date or "" for e in found) == ["", "2016"]
    assert all(e.killed == 1 for e in found)


def test_the_killer_named_beside_his_victim_is_no_victim():
    assert victim_named("Jean Morel, l'agent qui a tué Marc Dubois, a été suspendu.") == "marc dubois"
    assert victim_named("Jean Morel, soupçonné d'avoir assassiné son ex-compagne à Tulle, sera jugé.") is None
    assert victim_named("après la mort, en mai aux Etats-Unis, de Marc Dubois, tué") == "marc dubois"


def test_a_sentence_naming_two_dead_names_no_sole_victim():
    assert sole_victim_named("La mort de Paul Roux rappelle la mort, le 25 mai à Tulle, de Marc Dubois.") is None
    assert sole_victim_named("Depuis la mort de Marc Dubois à Tulle, les manifestations continuent.") == "marc dubois"
