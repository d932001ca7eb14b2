"""The people a toll counts when a news report names them as a group or with their ages, and a killer's own death
kept out of his victims' toll. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.index.events.helpers import events


def _toll(text: str, title: str = "Dépêche") -> tuple[int | None, int | None]:
    found = events(text, title=title)
    assert len(found) == 1, found
    return found[0].killed, found[0].injured


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Samedi, un couple de retraités a été tué par balle dans sa maison de Vesoul.", (2, None)),
        ("Samedi à Vesoul, un couple et ses deux fils ont été abattus par arme à feu.", (4, None)),
        ("Samedi à Vesoul, un couple et sa fille ont été tués par balle.", (3, None)),
        ("Samedi, un couple a été blessé par balle devant un bar de Vesoul.", (None, 2)),
    ],
)  # fmt: skip
def test_a_couple_is_two_people(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("title", "toll"),
    [
        ("Haute-Saône : un couple et ses quatre enfants tués par balle", (6, None)),
        ("Haute-Saône : un couple de gendarmes assassiné", (2, None)),
    ],
)
def test_a_title_that_names_a_couple_counts_two(title, toll):
    assert _toll("Les faits se sont produits samedi à Vesoul.", title=title) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Samedi à Vesoul, deux lycéens de 14 et 17 ans ont été blessés à coups de couteau.", (None, 2)),
        ("Samedi à Vesoul, deux frères âgés de 19 et 23 ans ont été tués par balle.", (2, None)),
        ("Samedi à Vesoul, trois passants âgés de 30, 41 et 56 ans ont été poignardés.", (None, 3)),
    ],
)  # fmt: skip
def test_the_ages_of_the_victims_are_no_victims(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize(
    "text",
    [
        "Samedi à Vesoul, un père de famille a abattu son épouse et son fils avant de retourner l'arme contre lui. "
        "Trois personnes ont été tuées par balle dans la maison, selon le parquet.",
        "Vesoul : trois morts par balle dans une maison. Samedi, un père de famille a abattu son épouse et son fils "
        "avant de se suicider.",
    ],
)
def test_a_killer_who_then_kills_himself_is_not_in_the_toll(text):
    assert _toll(text) == (2, None)


def test_the_wounded_before_the_attacker_was_shot_are_not_killed():
    text = "Samedi à Vesoul, l'assaillant au couteau a fait un mort et deux blessées avant d'être abattu."
    assert _toll(text) == (1, 2)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Samedi, deux gardiens de la maison d'arrêt de Vesoul (Haute-Saône) ont été poignardés par un détenu.",
         (None, 2)),
        ("Samedi, trois clients d'un bar de Saint-Dié (Vosges) ont été blessés par balle.", (None, 3)),
    ],
)  # fmt: skip
def test_the_department_of_a_town_named_in_the_subject_is_no_end_of_it(text, toll):
    assert _toll(text) == toll


def test_a_killer_s_counted_second_group_of_victims_keeps_the_toll_of_all_his_victims():
    text = (
        "Samedi à Vesoul, trois personnes ont été tuées par balle dans une maison. Le père de famille a abattu sa "
        "femme et ses deux enfants avant de se suicider."
    )
    assert _toll(text) == (3, None)
