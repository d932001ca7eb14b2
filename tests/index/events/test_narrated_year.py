"""A day without a year in a story that the sentence itself, or the one before, dates by month and year (`Le 12 mars
2016, ...`) is that year's day when it lies months back, not the latest before publication (helpers.PUBLISHED,
Monday 2021-04-05)."""

from __future__ import annotations

from tests.index.events.helpers import events


def _dates(text: str) -> dict[str | None, str | None]:
    return {e.location: e.date for e in events(text, "Le procès s'ouvre")}


def test_a_day_after_a_story_dated_by_its_year_takes_that_year() -> None:
    text = (
        "Le procès de l'assassin s'ouvre ce lundi devant la cour d'assises. "
        "Le 12 janvier 2016, un homme armé d'un couteau a poignardé un passant à Valence. "
        "Puis, le 14 janvier, il a abattu deux gendarmes à Romans-sur-Isère."
    )
    dates = _dates(text)
    assert dates["Valence"] == "2016-01-12"
    assert dates["Romans-sur-Isère"] == "2016-01-14"


def test_a_day_in_the_same_sentence_as_the_dated_one_takes_its_year() -> None:
    text = "Le 3 janvier 2017, un homme a été arrêté, puis le 5 janvier, un commerçant a été abattu par balle à Vitré."
    assert _dates(text)["Vitré"] == "2017-01-05"


def test_a_recent_day_stays_in_the_article_year() -> None:
    text = (
        "Le 12 janvier 2016, un homme armé d'un couteau a poignardé un passant à Valence. "
        "Le 2 avril, un autre homme a abattu deux gendarmes à Romans-sur-Isère."
    )
    assert _dates(text)["Romans-sur-Isère"] == "2021-04-02"


def test_a_day_with_no_year_anywhere_stays_the_latest_before_publication() -> None:
    text = "Le 14 janvier, un homme a abattu deux gendarmes à Romans-sur-Isère."
    assert _dates(text)["Romans-sur-Isère"] == "2021-01-14"
