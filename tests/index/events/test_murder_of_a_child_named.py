"""A murder recalled by its child victim's first name (`le meurtre de la petite X`), or charged beside other crimes
(`pour l'enlèvement et le meurtre de X`): a killing that happened, dated only by the words told with it."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def _told(text: str) -> list[tuple]:
    return [(event.date, event.location, event.killed) for event in _events(text)]


def test_the_murder_of_a_child_named_by_the_first_name_is_a_killing():
    assert _told("Les gendarmes rouvrent le dossier du meurtre de la petite Lucie.") == [(None, None, 1)]
    assert _told("Un nouveau témoin s'est présenté dans l'affaire du meurtre du petit Louis.") == [(None, None, 1)]
    # an inquiry into it still tells it happened
    text = "Paul Roux a été écroué dans le cadre de l'enquête sur l'enlèvement et le meurtre de la petite Lucie."
    assert _told(text) == [(None, None, 1)]
    # an attempt kills no one; a child not named, or an adult by the first name alone, stays a reminder
    assert _events("La police enquête sur la tentative de meurtre de la petite Lucie.") == []
    assert _events("Les gendarmes rouvrent le dossier du meurtre de la petite fille.") == []
    assert _events("Les gendarmes rouvrent le dossier du meurtre de Lucie.") == []


def test_a_murder_charged_beside_other_crimes_is_a_killing():
    assert _told("Paul Roux est poursuivi pour l'enlèvement et le meurtre de Lucie.") == [(None, None, 1)]
    text = "Paul Roux a été condamné pour le viol, la séquestration et le meurtre d'une étudiante."
    assert _told(text) == [(None, None, 1)]
    assert _events("Paul Roux est poursuivi pour l'enlèvement de Lucie.") == []


def test_a_recalled_murder_takes_no_day_of_the_news_around_it():
    # the custody's day, told after the verb or before the murder noun
    text = "Le suspect dans le meurtre de la petite Lucie a été placé en garde à vue vendredi 2 avril à Tulle."
    assert [event.date for event in _events(text)] == [None]
    text = "Le 2 avril, Paul Roux a été écroué dans l'enquête sur le meurtre de la petite Lucie."
    assert [event.date for event in _events(text)] == [None]
    # the charge's day, told after its verb
    text = "Mis en examen pour le meurtre de Lucie depuis le 3 mars, Paul Roux a été entendu le 30 mars à Tulle."
    assert [event.date for event in _events(text)] == [None]
    # its own, told with its year, as the latest such, or after the verb that it happened
    text = "Paul Roux, poursuivi pour l'enlèvement et le meurtre de Lucie, 9 ans, le 27 août 2017 en Isère, est libre."
    assert _told(text) == [("2017-08-27", "Isère", 1)]
    text = "Paul Roux, qui a avoué le meurtre de la petite Lucie en août dernier, a parlé à la presse."
    assert [event.date for event in _events(text)] == ["2020-08"]
    text = "Le meurtre de la petite Lucie a été commis le 3 mars à Tulle."
    assert _told(text) == [("2021-03-03", "Tulle", 1)]
