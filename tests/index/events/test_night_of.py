"""A killing dated by a night (`dans la nuit de jeudi à vendredi`) and told again by the evening it began (`jeudi
soir`) is one killing: the night holds both days. Two attacks of that night and the evening before (another weapon,
another night) stay two."""

from __future__ import annotations

import pytest

from tests.index.events.helpers import events, row


@pytest.mark.parametrize("night", ["du jeudi 1er au vendredi 2 avril", "du jeudi 1er et du vendredi 2 avril"])
def test_a_night_and_the_evening_it_began_are_one_killing(night):
    (event,) = events(
        f"Dans la nuit {night}, un adolescent de 16 ans a été tué par balle à Tulle. "
        "Le maire a réagi. Jeudi soir, vers 23h, un jeune de 16 ans a été tué par balle devant son immeuble à Tulle."
    )
    assert row(event) == ("2021-04-02", "Tulle", "arme à feu", 1, None)


def test_an_evening_then_the_night_it_began_are_one_killing():
    (event,) = events(
        "Jeudi soir, un homme a été poignardé à mort dans une rue de Tulle. Le maire a réagi. "
        "Dans la nuit de jeudi à vendredi, un homme a été tué à l'arme blanche à Tulle, selon le parquet."
    )
    assert (event.location, event.killed) == ("Tulle", 1)


def test_another_attack_of_the_night_stays_another_attack():
    evening, night = events(
        "Un adolescent a été tué par balle jeudi soir à Tulle. Le maire a réagi. "
        "Dans la nuit de jeudi à vendredi, un homme a été poignardé à Tulle."
    )
    assert (evening.date, evening.killed, night.date, night.injured) == ("2021-04-01", 1, "2021-04-02", 1)
    # a night two days after the evening told is another night
    two = events(
        "Mercredi soir, un adolescent de 16 ans a été tué par balle à Tulle. Le maire a réagi. "
        "Dans la nuit de jeudi à vendredi, un jeune de 16 ans a été tué par balle à Tulle."
    )
    assert len(two) == 2
