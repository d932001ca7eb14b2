"""A named attack dated by an apposition set after its name (`l'assassinat du maire X, tué à Lens le 3 mai 2018`,
`le meurtre de X par deux hommes, le 9 octobre 2017`, `les attentats de Lyon en 2016`), whatever the sentence says it
was named for (a trial, a claim, a ceremony): the date is the attack's."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_full_date_after_a_participle_of_the_killing_dates_the_named_killing():
    text = (
        "Le parquet a requis un procès pour trois suspects dans l'enquête sur l'assassinat du gendarme Paul Martin, "
        "tué à Lens devant la mairie le 3 mai 2018."
    )
    (event,) = _events(text)
    assert event.date == "2018-05-03"


def test_a_full_date_after_the_author_of_the_named_killing_dates_it():
    text = (
        "L'évêque a demandé lundi à se constituer partie civile après le meurtre du pasteur Jean Roux par deux "
        "hommes armés, le 9 octobre 2017 à Arras."
    )
    (event,) = _events(text)
    assert event.date == "2017-10-09"


def test_a_year_right_after_a_named_attack_dates_it():
    (event,) = _events("Ils avaient déjà été condamnés pour une fraude similaire après les attentats de Lyon en 2016.")
    assert (event.date, event.location) == ("2016", "Lyon")


def test_a_named_day_without_its_year_joins_the_telling_that_gives_the_year():
    text = (
        "Ils avaient déjà été condamnés pour une fraude similaire après les attentats de Lyon en 2016. "
        "En décembre, ils ont fait appel de leur peine pour s'être dits victimes des attentats du 12 novembre à Lyon."
    )
    assert [e.date for e in _events(text)] == ["2016"]
