"""In an article whose title reports a killing and that lists one killing of one person, the sentence that tells the
body found (`X a été retrouvée sans vie`, `Son corps avait été retrouvé calciné`) reports that killing: its record cites
it."""

from __future__ import annotations

from tests.index.events.helpers import events as _events

BODY = (
    "Un homme a été arrêté mercredi. Il est accusé d'avoir tué sa femme lors d'une croisière. Les enquêteurs sont sur "
    "place. {found}"
)


def test_the_body_found_is_cited_by_the_one_killing_the_title_reports():
    text = BODY.format(found="Marie Dupont, 39 ans, a été retrouvée sans vie à bord du paquebot.")
    (event,) = _events(text, title="Tulle : un homme tue sa femme pendant une croisière")
    assert event.evidence["event"] == ["t#1", "t#3"]
    # the arrest's Wednesday is not the killing's day (dev39's cruise killing is undated in the gold set)
    assert (event.date, event.location, event.killed) == (None, "Tulle", 1)


def test_the_body_found_is_cited_by_the_killing_only_the_title_reports():
    text = (
        "Ses meurtriers présumés ont reconnu vendredi avoir tenté de la faire disparaître. De premiers aveux, "
        "synonymes de soulagement pour la famille de la jeune Française. Le couple nie toute implication. Son corps "
        "avait été retrouvé calciné dans leur jardin."
    )
    (event,) = _events(text, title="Jeune fille au pair tuée à Londres : premiers aveux des meurtriers")
    assert "t#3" in event.evidence["event"]


def test_no_body_cited_under_a_title_about_another_death_nor_the_attacker_s_body():
    text = BODY.format(found="Marie Dupont, 39 ans, a été retrouvée sans vie à bord du paquebot.")
    (event,) = _events(text, title="Tulle : les proches de Marie Dupont réclament justice")
    assert event.evidence["event"] == ["t#1"]
    text = BODY.format(found="Le corps du tireur a été retrouvé sans vie dans sa cabine.")
    (event,) = _events(text, title="Tulle : un homme tue sa femme pendant une croisière")
    assert event.evidence["event"] == ["t#1"]
