"""Someone shot dead by the police or soldiers, told by the participle and who fired (`X, abattu vendredi à Milan par la
police italienne`): a killing, listed even when the sentence is about something else; dated and placed by its own
words only; the attacker's end days after his attack is a killing of its own, his end on the spot part of the attack."""

from __future__ import annotations

from .helpers import events, row


def test_a_man_shot_by_the_police_recalled_in_an_apposition_is_listed():
    text = "Des centaines de gens ont défilé samedi à Lyon en hommage à Paul Martin, lycéen abattu par un policier."
    # the march's day and town are not the killing's
    assert [row(e) for e in events(text)] == [(None, None, "arme à feu", 1, None)]


def test_the_attacker_shot_days_after_his_attack_elsewhere_is_a_killing_of_its_own():
    text = (
        "L'auteur de l'attaque au couteau qui a fait trois morts le 29 mars à Nantes avait prêté allégeance à l'EI. "
        "La vidéo montre Karim Benali, abattu le 1er avril à Turin par la police italienne, lire un texte."
    )
    assert [row(e) for e in events(text)] == [
        ("2021-03-29", "Nantes", "arme blanche", 3, None),
        ("2021-04-01", "Turin", "arme à feu", 1, None),
    ]


def test_the_attacker_shot_at_the_end_of_his_attack_is_no_more_killed():
    text = "Samedi à Lyon, le suspect, abattu par la police, avait blessé trois passants au couteau."
    assert [row(e) for e in events(text)] == [("2021-04-03", "Lyon", "arme blanche", None, 3)]
    text = "Samedi à Lyon, un homme a tué deux passants au couteau avant d'être abattu par la police."
    assert [row(e) for e in events(text)] == [("2021-04-03", "Lyon", "arme blanche", 2, None)]


def test_no_killing_without_a_person_shot_by_the_forces():
    assert events("Le loup, abattu par des gendarmes mardi, pesait 40 kilos.") == []
    assert events("Le maire, abattu par la défaite de samedi, a démissionné.") == []
    # people killed over the years, not one killing
    assert events("Des milliers de manifestants abattus par l'armée reposent dans ce cimetière.") == []


def test_a_man_shot_by_the_forces_in_a_story_is_no_killing():
    assert events("Le roman suit Paul, un lycéen abattu par des gendarmes dans une cité de Tulle.") == []
    assert events("Le film raconte l'histoire de Paul, abattu par la police à Tulle en 2005.") == []
