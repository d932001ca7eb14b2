"""A town the attack's sentence names only by a sized word for a town, maybe with the part of the country it lies in
(`cette grande ville du nord du Liban`, `cette petite ville`): the town the article named before it."""

from __future__ import annotations

from tests.index.events.helpers import events


def test_a_sized_town_word_with_its_part_of_the_country_takes_the_town_named_before() -> None:
    text = (
        "Les tensions montent depuis des semaines à Tripoli. Des heurts entre habitants et soldats ont fait neuf "
        "blessés samedi dans cette grande ville du nord du Liban."
    )
    (event,) = events(text)
    # the country the text gives, not the one whose Tripoli a gazetteer knows first (Libya)
    assert (event.location, event.country, event.injured) == ("Tripoli", "Liban", 9)


def test_a_second_attack_in_the_big_town_of_the_first() -> None:
    text = (
        "Un homme a été tué par balles samedi à Tripoli. Des heurts ont fait neuf blessés dimanche dans cette "
        "grande ville du nord du pays."
    )
    shot, clashes = events(text)
    assert (shot.location, clashes.location, clashes.injured) == ("Tripoli", "Tripoli", 9)


def test_a_small_town_word_takes_the_town_named_before() -> None:
    text = "Le maire de Tulle a présenté son budget. Samedi, un homme a été poignardé dans cette petite ville."
    (event,) = events(text)
    assert event.location == "Tulle"


def test_a_town_word_with_the_town_s_name_is_no_anaphor() -> None:
    text = "Le maire de Tulle a présenté son budget. Samedi, un homme a été poignardé dans la petite ville de Brive."
    (event,) = events(text)
    assert event.location == "Brive"


def test_a_town_word_takes_the_town_not_the_quarter_named_before() -> None:
    text = (
        "Les tensions montent depuis des semaines dans le quartier de Bab el-Tebbaneh, à Tripoli. Des heurts ont fait "
        "neuf blessés samedi dans cette grande ville du nord du Liban."
    )
    (event,) = events(text)
    assert event.location == "Tripoli"
