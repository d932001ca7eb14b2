"""One more attack of a series, told apart from the first by what marks it as another (`une nouvelle explosion`, `un
deuxième établissement`, `un second agent`) and its own toll or victim: its own event, not folded into the first."""

from __future__ import annotations

import pytest

from tests.index.events.helpers import events as _events

_APART = {
    # a new blast with its own toll, in a series told first with the whole toll
    "new blast": (
        "Des attentats à la bombe ont frappé samedi trois églises de Tulle, faisant au moins 40 morts. Les secours "
        "sont arrivés. Samedi matin, une nouvelle explosion a eu lieu dans un hôtel de la ville, faisant deux morts.",
        [2, 40],
    ),
    # the next place the gunman went on to, with its own dead
    "second place": (
        "Les fusillades de Tulle ont fait sept morts samedi soir. Le maire a exprimé sa tristesse. Les habitants sont "
        "sous le choc. Samedi soir, un café a été visé par des tirs dans le centre de Tulle, avant que le tireur ne "
        "gagne un deuxième établissement. Il a tiré sur les clients du deuxième bar, tuant quatre personnes.",
        [4, 7],
    ),
    # one more killed by the man charged with the first killing, days later
    "second victim": (
        "Mardi, un militaire a été inculpé du meurtre d'un policier tué le 29 mai à Tulle. Huit jours plus tard, son "
        "van a été retrouvé près de Brive. Lorsque les gendarmes se sont approchés, il les a pris en embuscade et a "
        "tué un second agent.",
        [1, 1],
    ),
}


@pytest.mark.parametrize("name", sorted(_APART))
def test_one_more_attack_of_a_series_is_another_event(name: str) -> None:
    text, killed = _APART[name]
    assert sorted(event.killed or 0 for event in _events(text)) == killed


def test_one_attack_told_again_stays_one() -> None:
    # the same blast told twice; a new volley in the same hotel; a second policeman hurt by the attack that killed one
    texts = (
        "Un attentat à la bombe a tué trois personnes samedi dans un hôtel de Tulle. L'attentat a fait trois morts, "
        "selon la police.",
        "Des hommes armés ont tué cinq personnes samedi dans un hôtel de Tulle. Les secours sont arrivés. Une nouvelle "
        "fusillade a éclaté dans le même hôtel de Tulle, faisant deux morts.",
        "Un policier a été tué samedi à Tulle par un homme armé d'un couteau. Un second agent a été blessé.",
    )
    assert [len(_events(text)) for text in texts] == [1, 1, 1]
