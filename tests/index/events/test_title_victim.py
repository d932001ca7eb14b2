"""The one person a title says was killed, given to the body's record of that attack when the body gives no toll: only
where the title sets the victim apart from the killer, as one person killed in a title is often the attacker."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _toll(text: str, title: str) -> tuple[int | None, int | None]:
    (event,) = _events(text, title=title)
    return event.killed, event.injured


def test_a_victim_killed_by_a_named_agent_is_the_toll():
    text = "Le voisin de la retraitée, âgé de 40 ans, a été interpellé samedi à Tulle après l'agression au couteau."
    assert _toll(text, "Tulle : une retraitée poignardée à mort par son voisin") == (1, None)
    assert _toll(text, "Tulle : une retraitée égorgée dans son jardin") == (1, None)


def test_the_one_killed_by_the_police_may_be_the_attacker():
    text = "Un homme armé d'un couteau a attaqué samedi deux passants à Tulle, a indiqué le parquet."
    assert _toll(text, "Tulle : un homme armé d'un couteau abattu par les gendarmes") == (None, None)
    assert _toll(text, "Tulle : un homme abattu après une attaque au couteau") == (None, None)


def test_a_victim_the_body_counts_wounded_is_not_counted_twice():
    text = "Une retraitée a été poignardée samedi à Tulle, a indiqué le parquet."
    assert _toll(text, "Tulle : une retraitée poignardée à mort par son voisin") == (None, 1)


def test_a_murder_named_by_its_victim_is_one_killed():
    text = "La cour a entendu la famille. Le principal accusé a reconnu être l'auteur du coup de couteau mortel."
    title = "Tulle : 15 ans de prison pour le meurtre de Karim, tué devant une discothèque"
    assert _toll(text, title) == (1, None)
