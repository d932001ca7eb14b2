"""The date an attack noun's own clause tells (`survenue le 3 mars`, `qui a tué dimanche`) is the attack's, over a
nearer date of the sentence's main clause (the claim, the hunt, the inquiry)."""

from __future__ import annotations

from tests.index.events.helpers import events


def test_the_day_after_survenue_dates_the_attack_not_the_claim() -> None:
    found = events(
        "Un groupe jihadiste a revendiqué, samedi soir, une attaque au couteau meurtrière survenue le 14 mars dernier "
        "à Lyon dans le centre de la France."
    )
    assert [e.date for e in found] == ["2021-03-14"]


def test_the_day_after_qui_a_tue_dates_the_attack_not_the_hunt() -> None:
    found = events(
        "Les gendarmes recherchaient lundi les auteurs de la fusillade, condamnée par le préfet, qui a tué samedi "
        "deux hommes devant un bar de Grenoble."
    )
    assert [e.date for e in found] == ["2021-04-03"]


def test_a_day_nearer_than_any_clause_of_the_attack_still_dates_it() -> None:
    found = events("Un homme a tué samedi deux passants à Grenoble, a annoncé lundi le parquet.")
    assert [e.date for e in found] == ["2021-04-03"]


def test_a_clause_of_another_noun_after_the_attack_s_own_verb_does_not_date_it() -> None:
    """`une attaque a visé le commissariat du policier qui a tué samedi`: the clause is the policeman's."""
    found = events(
        "Lundi soir, une attaque a visé à Grenoble le commissariat du brigadier qui a tué samedi un adolescent lors "
        "d'un contrôle. Deux agents ont été blessés."
    )
    assert [e.date for e in found] == ["2021-04-05"]


def test_what_the_attack_made_others_do_does_not_date_it() -> None:
    """`qui a fait réagir dimanche`, `qui a fait l'objet d'une plainte dimanche`: not the attack's day."""
    found = events(
        "L'attaque au couteau de vendredi à Grenoble, qui a fait réagir dimanche toute la classe politique, a fait "
        "deux blessés."
    )
    assert [e.date for e in found] == ["2021-04-02"]
    found = events(
        "L'attaque au couteau de vendredi à Grenoble, qui a fait l'objet d'une plainte dimanche, a fait deux blessés."
    )
    assert [e.date for e in found] == ["2021-04-02"]
