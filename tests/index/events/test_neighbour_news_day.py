"""A weekday in a sentence beside a recalled attack that tells nothing of it (a tweet, a boycott, a tribute) is the
day of that sentence's own news, not the attack's; a sentence of the case (the police, `les faits`) still dates it."""

from __future__ import annotations

from tests.index.events.helpers import events


def test_a_tweet_beside_the_attack_does_not_date_it() -> None:
    found = events(
        "Le maire a publié mercredi un long message sur les réseaux sociaux pour saluer les commerçants. "
        "Un boulanger avait été tué par balle devant sa boutique de Lens. "
        "Les élus se réuniront en conseil la semaine prochaine."
    )
    assert [(e.date, e.killed) for e in found] == [(None, 1)]


def test_a_boycott_after_the_attack_does_not_date_it() -> None:
    found = events(
        "Le monde du sport a lancé un boycott en réaction au sort de Marc Dupont, jeune homme grièvement blessé par "
        "un policier à Lens. Enclenché par une équipe de handball, qui a contraint la ligue à reporter plusieurs "
        "rencontres mercredi, le mouvement s'est étendu à tout le pays."
    )
    assert [(e.date, e.injured) for e in found] == [(None, 1)]


def test_a_sentence_of_the_case_still_dates_the_attack() -> None:
    found = events("Les faits remontent à mercredi soir. Un boulanger a été tué par balle devant sa boutique de Lens.")
    assert [e.date for e in found] == ["2021-03-31"]
