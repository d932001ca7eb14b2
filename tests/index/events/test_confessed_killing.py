"""A killing told through its author's confession (`a reconnu avoir tué la fillette`, `a fini par avouer avoir tué
"involontairement" la petite X`, `a confirmé avoir étranglé la retraitée`): the killing happened, one killed, even
when the victim is named by a definite noun or the confessor is a dog handler (`le maître-chien`)."""

from __future__ import annotations

from tests.index.events.helpers import events


def test_a_confessed_killing_of_a_victim_named_by_a_definite_noun_is_listed_with_one_killed():
    (event,) = events("Devant les juges, le suspect a reconnu avoir tué la fillette.", title="Affaire Léna : aveux")
    assert event.killed == 1
    (strangled,) = events("Le gendre a confirmé avoir étranglé la retraitée au terme d'une dispute.")
    assert strangled.killed == 1


def test_a_confession_with_a_quoted_adverb_and_a_dog_handler_is_listed_with_its_month():
    (event,) = events(
        'Le maître-chien a fini par avouer avoir tué "involontairement" la petite Léna en mars à Tulle.',
        title="Affaire Léna : le suspect passe aux aveux",
    )
    assert (event.date, event.location, event.killed) == ("2021-03", "Tulle", 1)


def test_a_confession_of_killing_no_person_is_no_attack():
    """`a confirmé avoir tué le projet de loi`, `a fini par avouer avoir tué la louve`: no person killed."""
    assert events("Le ministre a confirmé avoir tué le projet de loi mardi à Tulle.") == []
    assert events("Le chasseur a fini par avouer avoir tué la louve samedi à Tulle.") == []


def test_a_confession_whose_victim_comes_before_it_is_listed():
    """`X, que son mari a reconnu avoir tuée`: the participle agrees with the victim told before, a person."""
    (event,) = events(
        "La soeur de Julie Durand, que son mari a reconnu avoir tuée il y a trois mois à Gray, a parlé mercredi.",
        title="Affaire Durand : la famille témoigne",
    )
    assert event.date_text == "il y a trois mois"
    assert events("Le ministre a reconnu avoir tué le projet de loi mardi à Tulle.") == []
