"""Killings counted by a conviction or a charge (`condamné à perpétuité pour huit meurtres commis entre 1987 et 2001`,
`reconnu coupable de cinq meurtres`): they happened, one aggregate with the count as its toll; not when the count is
the toll of the attack the article tells, nor attempts or manslaughters."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_murders_counted_by_a_conviction_are_one_aggregate_dated_by_their_span():
    (event,) = _events("Le routier a été condamné à perpétuité pour six meurtres commis entre 1991 et 2004.")
    assert (event.kind, event.date, event.killed) == ("aggregate", "1991/2004", 6)
    (other,) = _events("L'ancien soldat, déjà condamné à la réclusion pour sept autres meurtres, a fait appel.")
    assert (other.kind, other.killed) == ("aggregate", 7)


def test_murders_counted_by_a_verdict_or_a_charge_are_one_aggregate():
    (guilty,) = _events("Le rôdeur avait été reconnu coupable de quatre meurtres précédés de vols.")
    assert (guilty.kind, guilty.killed) == ("aggregate", 4)
    (charged,) = _events("Le chef de bande est inculpé pour 17 meurtres, deux enlèvements et trois tentatives.")
    assert (charged.kind, charged.killed) == ("aggregate", 17)


def test_the_count_of_the_attack_the_article_tells_is_no_aggregate_of_its_own():
    (event,) = _events(
        "Un homme a abattu 12 personnes dans un marché de Tulle le 3 mars. Le tireur a été reconnu coupable de 12 "
        "meurtres et de 20 tentatives de meurtre."
    )
    assert (event.kind, event.location, event.killed) == ("incident", "Tulle", 12)


def test_attempts_and_manslaughters_counted_by_a_charge_are_no_killings():
    assert _events("Le chauffard a été mis en examen pour deux homicides involontaires.") == []
    assert _events("Le suspect est inculpé pour trois tentatives de meurtre.") == []
    assert _events("Le rôdeur n'a jamais été condamné pour deux meurtres.") == []


def test_the_count_of_the_conviction_is_the_toll_of_the_attack_the_title_reports():
    (event,) = _events(
        "Le tireur, qui vient d'écoper de la perpétuité pour la tuerie du marché de Tulle, vivait seul. Cet homme, "
        "condamné pour 12 meurtres et 20 tentatives de meurtre, n'était pas fiché.",
        title="La tuerie du marché de Tulle : portrait d'un solitaire",
    )
    assert (event.kind, event.location, event.killed) == ("incident", "Tulle", 12)


def test_murders_a_convict_had_already_been_sentenced_for_stay_apart_from_the_attack_told():
    events = _events(
        "Un homme a abattu deux passants dans un marché de Tulle le 3 mars. Le tireur avait déjà été condamné pour "
        "deux meurtres."
    )
    assert sorted((e.kind, e.killed) for e in events) == [("aggregate", 2), ("incident", 2)]


def test_killings_counted_by_a_conviction_are_placed_in_the_country_of_the_case():
    events = _events(
        "Un homme a abattu deux passants dans un marché de Tulle le 3 mars. Le tireur avait déjà été condamné pour "
        "trois meurtres."
    )
    assert sorted((e.kind, e.killed, e.country) for e in events) == [
        ("aggregate", 3, "France"),
        ("incident", 2, "France"),
    ]


def test_murders_counted_in_a_story_a_charge_only_possible_or_a_case_dropped_are_none():
    assert _events("Le roman raconte la vie d'un fermier condamné à mort pour trois meurtres en 1930.") == []
    assert _events("Le film suit un avocat qui défend un jeune homme jugé pour quatre meurtres.") == []
    assert _events("Le garde-malade pourrait être poursuivi pour six meurtres, selon son avocat.") == []
    assert _events("Mis en examen pour quatre meurtres, le médecin a bénéficié d'un non-lieu.") == []
    assert _events("Jugé pour deux meurtres, le rôdeur a été acquitté par la cour d'assises.") == []


def test_a_convicts_counted_murders_are_not_the_toll_of_the_wounding_the_title_reports():
    events = _events(
        "Le détenu, condamné pour trois meurtres, purgeait une peine de perpétuité. Le surveillant a été hospitalisé.",
        title="Prison de Tulle : un surveillant poignardé par un détenu",
    )
    assert all(e.killed != 3 for e in events if e.kind == "incident")
