"""`quatre jours après un attentat`, `au lendemain de l'attaque`: an attack a side clause names after such words is
dated that long before the day of the main clause, or of publication (helpers.PUBLISHED, Monday 2021-04-05)."""

from __future__ import annotations

from tests.index.events.helpers import events


def _dates(text: str, title: str = "Dépêche") -> dict[str | None, str | None]:
    return {e.location: e.date for e in events(text, title)}


def test_days_after_an_attack_count_back_from_publication() -> None:
    text = (
        "La police patrouille dans les gares de Tours, quatre jours après un attentat à la hache dans un train à Blois."
    )
    assert _dates(text)["Blois"] == "2021-04-01"


def test_a_week_after_a_killing_counts_back_seven_days() -> None:
    text = (
        "Une semaine après l'homicide de Marc Lenoir, un livreur asphyxié par un gendarme à Dijon, des milliers de "
        "personnes ont défilé."
    )
    assert _dates(text)["Dijon"] == "2021-03-29"


def test_the_day_after_counts_back_from_the_main_clause_day() -> None:
    text = (
        "Samedi, au lendemain de l'attaque au couteau qui a fait deux morts dans une rue de Lille, le ministre s'est "
        "rendu sur place."
    )
    assert _dates(text)["Lille"] == "2021-04-02"


def test_months_to_the_day_give_the_day() -> None:
    text = (
        "Lundi, deux mois jour pour jour après l'attaque au couteau qui a fait un mort à Lorient, la ville a rendu "
        "hommage."
    )
    assert _dates(text)["Lorient"] == "2021-02-05"


def test_months_to_the_day_after_one_named_by_a_pronoun_count_from_the_attack_pointed_to() -> None:
    text = (
        "Un kamikaze s'est fait exploser samedi soir dans une salle de concert de Leeds, tuant 12 personnes. "
        "L'attentat a eu lieu deux mois jour pour jour après celui de Cardiff qui avait fait 3 morts."
    )
    assert _dates(text) == {"Leeds": "2021-04-03", "Cardiff": "2021-02-03"}


def test_no_count_back_from_an_approximate_span_the_pluperfect_or_an_announcement() -> None:
    approximate = (
        "Plus de trente ans après l'assassinat du maire de Vannes, Luc Guérin, la justice rouvre l'enquête sur ce "
        "crime."
    )
    assert "1991" not in _dates(approximate).values()
    pluperfect = "Le suspect avait été arrêté deux jours après l'attaque au couteau qui a fait deux morts à Lille."
    assert _dates(pluperfect)["Lille"] is None
    announced = (
        "Ce raid survient au lendemain de l'annonce par Bamako de la mort d'un chef jihadiste lors d'une opération "
        "près de Gao."
    )
    assert "2021-04-04" not in _dates(announced).values()


def test_an_attack_counted_back_from_the_one_the_sentence_points_to() -> None:
    """The shooting was on Friday (04-02), so the axe attack four days before it on 03-29, not four days before
    publication; its region stays its place beside the title's town, which names another weapon."""
    text = (
        "Un homme a ouvert le feu vendredi dans un centre commercial de Munich, tuant huit personnes. "
        "La police n'a pas encore identifié le tireur. "
        "Cette fusillade survient dans un pays inquiet, 4 jours après un attentat à la hache commis dans un train en "
        "Bavière."
    )
    found = _dates(text, "Fusillade à Munich : huit morts")
    assert found == {"Munich": "2021-04-02", "Bavière": "2021-03-29"}
