"""An attacker shot by the police after a manhunt of a day or more (`après deux jours de traque`, `Après 48 heures de
cavale`) is a police shooting of its own, dated by the span from his attack; shot at the end of his attack (`après
deux heures de traque`, `avant d'être abattu`), he is part of it."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_the_attacker_shot_after_a_manhunt_of_days_is_a_shooting_of_its_own():
    attack = "Un homme a tué trois passants le 29 mars à Tulle. "
    shot = _events(attack + "Il a été abattu par la police à Brive après deux jours de traque.")
    assert [_row(e) for e in shot] == [
        ("2021-03-29", "Tulle", None, 3, None),
        ("2021-03-31", "Brive", "arme à feu", 1, None),
    ]
    (_, hours) = _events(attack + "Après 48 heures de cavale, il a été tué par des policiers près de Brive.")
    assert (hours.date, hours.location, hours.killed) == ("2021-03-31", "Brive", 1)


def test_the_attackers_name_in_his_attack_does_not_make_his_own_killing_that_attack():
    text = (
        "Les juges cherchent ce que savaient les proches de Karim Dufour, qui a tué cinq personnes aux abords du "
        "marché de Tulle le 11 mars 2021. "
        "Ses proches affirment qu'ils ignoraient tout. "
        "Karim Dufour avait été abattu par la police à Tulle après 48h de traque."
    )
    assert [(e.date, e.killed) for e in _events(text)] == [("2021-03-11", 5), ("2021-03-13", 1)]


def test_the_attacker_stopped_within_hours_stays_part_of_his_attack():
    (attack,) = _events(
        "Un homme a tué trois passants le 29 mars à Tulle. Il a été abattu par la police après deux heures de traque."
    )
    assert (attack.date, attack.killed) == ("2021-03-29", 3)


def test_what_follows_the_attackers_end_after_a_manhunt_is_of_his_attack():
    attack, shot = _events(
        "Un homme a tué trois passants mardi soir à Tulle. Après 48 heures de traque, il a été tué par des policiers "
        "jeudi soir. L'attaque de Tulle a également fait onze blessés."
    )
    assert (attack.date, attack.killed, attack.injured) == ("2021-03-30", 3, 11)
    # no place of its own: the attack's town, where the manhunt was
    assert (shot.date, shot.location, shot.killed, shot.injured) == ("2021-04-01", "Tulle", 1, None)


def test_the_attackers_end_after_a_manhunt_takes_no_target_of_his_attack():
    (_, shot) = _events(
        "Un homme a tué trois passants mardi soir à Tulle. Après 48 heures de traque, Karim Dufour, l'auteur de "
        "l'attaque de mardi contre le marché de Noël à Tulle, a été abattu par la police jeudi soir."
    )
    assert (shot.date, shot.killed, shot.target) == ("2021-04-01", 1, None)
