"""One person killed, counted with the age that follows the noun (`un homme de 25 ans tué`): one killed, as without the
age; the wounded told so are left as they were (too often the dead told again)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _toll(text: str) -> tuple[int | None, int | None]:
    (event,) = _events(text)
    return event.killed, event.injured


def test_one_killed_told_with_the_age():
    assert _toll("Un livreur de 25 ans tué par balle samedi à Tulle.") == (1, None)
    assert _toll(
        "Les secours ont découvert samedi à Tulle un jeune homme de 18 ans mortellement touché par balle."
    ) == (1, None)
    assert _toll("Une passante âgée de 40 ans a été poignardée à mort samedi à Tulle.") == (1, None)


def test_the_age_is_no_figure():
    assert _toll("Deux livreurs de 25 ans tués par balle samedi à Tulle.") == (2, None)
