"""A killing told through its author's own account in other words than `a reconnu`: a verb of saying (`disant avoir
"tué sa compagne"`, `a déclaré avoir tué la retraitée`), whom or where he told it between the verb and `avoir`
(`avouant en garde à vue avoir`), or the death given (`avoir donné la mort à son bébé`). One person killed; an animal
killed is no attack."""

from __future__ import annotations

from tests.index.events.helpers import events


def test_a_killing_said_to_the_gendarmes_in_quotes_is_listed_with_one_killed():
    (event,) = events('Samedi, un homme s\'est présenté aux gendarmes disant avoir "tué sa compagne".')
    assert event.killed == 1


def test_a_death_given_confessed_in_custody_is_listed_with_its_day_and_town():
    (event,) = events("Elle a avoué en garde à vue avoir donné la mort à son bébé vendredi à Tulle.")
    assert (event.date, event.location, event.killed) == ("2021-04-02", "Tulle", 1)


def test_a_killing_declared_before_the_judges_is_listed():
    (event,) = events("Le gendre a déclaré devant les juges avoir étranglé la retraitée samedi à Tulle.")
    assert (event.location, event.killed) == ("Tulle", 1)


def test_an_animal_said_killed_is_no_attack():
    assert events("Le chasseur a déclaré avoir tué un sanglier samedi à Tulle.") == []
    assert events("Le vétérinaire a affirmé avoir donné la mort à un chien samedi à Tulle.") == []


def test_a_party_or_a_figure_said_killed_is_no_attack():
    assert events("Le candidat a affirmé avoir tué le Parti socialiste en 2017, selon un livre publié jeudi.") == []
    assert events("L'actrice, disant avoir tué le Bouddha en elle, présente son film samedi à Tulle.") == []


def test_a_soldier_named_by_his_rank_said_killed_is_still_listed():
    (event,) = events("L'homme a déclaré aux enquêteurs avoir tué le caporal Martin samedi à Tulle.")
    assert (event.location, event.killed) == ("Tulle", 1)
