"""A French article's town of France is a town even where the article names another country and not France: its
district, told in a sentence that names the town before it, is the same attack's spot."""

from __future__ import annotations

from tests.index.events.helpers import events as _events

_TOLD = (
    "Un agent municipal a été blessé par balle samedi soir à Etampes. Alors qu'il patrouillait à Etampes, dans "
    "l'Essonne, l'agent a été touché samedi soir 3 avril à l'épaule par un tir d'arme à feu lors d'une ronde dans le "
    "quartier de Guinette. "
)


def test_a_french_town_stays_a_town_beside_another_country_named():
    # `en Italie`, the only country named: Etampes is still the French town, Guinette a district of it
    (event,) = _events(_TOLD + "L'agent venait de rentrer d'un séjour en Italie.")
    assert (event.date, event.location, event.injured) == ("2021-04-03", "Etampes", 1)


def test_a_french_town_stays_a_town_in_an_article_naming_no_country():
    (event,) = _events(_TOLD + "Le maire a dénoncé l'agression.")
    assert event.location == "Etampes"
