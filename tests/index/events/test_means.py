"""The weapon of a killing that names none by a weapon word: the means told beside it (`tué par balle`, `abattu`,
`asphyxié sous le genou d'un policier`), the gold set's type for it (a shooting; a death by asphyxia, `other`)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_killing_told_with_the_bullet_that_killed_is_a_shooting():
    (event,) = _events("Un adolescent de 17 ans a été tué jeudi par un policier de Chicago, d'une balle dans le dos.")
    assert (event.weapon, event.killed, event.location) == ("arme à feu", 1, "Chicago")
    # `abattu` of a person, in the apposition that tells who the victim was
    text = (
        "Les manifestants dénoncent la mort en 2019 d'un livreur noir, Marcus Lee, abattu par un agent lors d'un "
        "contrôle routier près de Dayton."
    )
    (shot,) = _events(text)
    assert (shot.weapon, shot.date, shot.location) == ("arme à feu", "2019", "Dayton")


def test_a_killing_by_bullets_in_an_article_about_protests_is_still_a_shooting():
    text = (
        "Des milliers de personnes ont manifesté dimanche à Paris contre les violences policières. "
        "Un étudiant a été tué par balle samedi soir à Lille, en marge d'un rassemblement."
    )
    (event,) = _events(text, title="Manifestations contre les violences policières")
    assert (event.weapon, event.date, event.location) == ("arme à feu", "2021-04-03", "Lille")


def test_the_attacker_shot_at_the_end_and_the_next_victim_shot_say_nothing_of_how_the_victims_died():
    (event,) = _events("Un homme a tué deux passants mardi à Lyon avant d'être abattu par la police.")
    assert (event.weapon, event.killed) == (None, 2)
    text = "La mort de Paul Martin, tué par la police en mars, ou de Luc Durand, un garçon abattu en 2014, a choqué."
    assert _events(text)[0].weapon is None  # `abattu` is how Luc Durand died, not Paul Martin


def test_a_death_by_asphyxia_at_the_hands_of_the_police_is_read_as_asphyxia():
    text = (
        "Ils réclament justice depuis la mort de Karim Benali, un livreur asphyxié le 3 mars à Lyon sous le genou d'un "
        "policier."
    )
    (event,) = _events(text)
    assert (event.weapon, event.date, event.location, event.killed) == ("asphyxie", "2021-03-03", "Lyon", 1)
    text = "Un adolescent noir est mort étouffé par des policiers lors de son interpellation le 2 février à Memphis."
    (arrest,) = _events(text)
    assert (arrest.weapon, arrest.date, arrest.location) == ("asphyxie", "2021-02-02", "Memphis")


def test_an_attack_named_aside_with_its_suicide_bomber_is_a_suicide_bombing():
    text = (
        "Il s'agit du premier attentat dans la ville depuis celui commis le 3 mars, sur la place du marché, par un "
        "kamikaze, qui avait fait 12 blessés."
    )
    (event,) = _events(text)
    assert (event.sub_event_type, event.date, event.injured) == ("Suicide bomb", "2021-03-03", 12)
    text = "Il a conduit les trois kamikazes de l'attentat contre la gare de Tulle le 2 mars dernier, selon le juge."
    (named,) = _events(text)
    assert (named.sub_event_type, named.location) == ("Suicide bomb", "Tulle")


def test_shelling_by_aircraft_and_a_strike_by_an_army_whose_strikes_are_air_strikes_are_air_strikes():
    (planes,) = _events("Dimanche, des avions turcs bombardent la ville de Tulle, selon des sources locales.")
    assert (planes.weapon, planes.date, planes.location) == ("frappe aérienne", "2021-04-04", "Tulle")
    (bombed,) = _events("En mars 1944, l'aviation britannique bombarde massivement Brive, faisant 300 morts.")
    assert (bombed.weapon, bombed.killed) == ("frappe aérienne", 300)
    (strike,) = _events("L'armée russe a tué, dans une frappe près de Tulle le 3 mars, un chef rebelle.")
    assert (strike.weapon, strike.date, strike.killed) == ("frappe aérienne", "2021-03-03", 1)
    # an army's shelling is its artillery as often
    (army,) = _events("L'armée a bombardé samedi la ville de Tulle, faisant cinq morts.")
    assert army.weapon == "bombardement"


def test_an_attack_named_by_the_vehicle_it_was_made_with_is_a_ramming():
    text = "Au lendemain de l'attaque au camion dans une rue piétonne de Tulle qui a fait 4 morts, la police a parlé."
    (truck,) = _events(text)
    assert (truck.weapon, truck.location, truck.killed) == ("voiture-bélier", "Tulle", 4)
    (bomb,) = _events("Une attaque au camion piégé a fait 12 morts lundi à Kaboul.")
    assert bomb.weapon == "voiture piégée"


def test_an_attack_noun_takes_the_weapon_of_the_clause_that_tells_how_it_was_made():
    text = "Un attentat a fait neuf morts jeudi à Tulle lorsqu'une camionnette a foncé dans la foule sur la place."
    (van,) = _events(text)
    assert (van.weapon, van.killed, van.date) == ("voiture-bélier", 9, "2021-04-01")
    # the attack noun still dates and places it, far before the weapon
    text = "Un attentat a fait deux morts lundi dans le centre de Tulle, près de la gare, quand une bombe a explosé."
    (bomb,) = _events(text)
    assert (bomb.weapon, bomb.location, bomb.killed) == ("bombe", "Tulle", 2)


def test_a_killing_told_with_the_shot_that_killed_is_a_shooting():
    (shot,) = _events(
        "Un passant a été tué par un tir samedi à Tulle, au moment où des heurts opposaient deux groupes."
    )
    assert (shot.weapon, shot.date, shot.location) == ("arme à feu", "2021-04-03", "Tulle")


def test_a_death_during_an_arrest_that_names_no_means_is_a_death_at_the_hands_of_the_police():
    text = (
        "Des milliers de personnes ont défilé pour Samuel Ortiz, un ouvrier mort le 4 mars lors de son arrestation par "
        "la police de Denver."
    )
    (event,) = _events(text)
    assert (event.weapon, event.date, event.location, event.killed) == ("force policière", "2021-03-04", "Denver", 1)
    text = (
        "La colère gronde depuis la mort de Paul Martin, un lycéen noir décédé aux mains de la police à Detroit le 6 "
        "mars."
    )
    (custody,) = _events(text)
    assert (custody.weapon, custody.location) == ("force policière", "Detroit")


def test_a_death_during_an_arrest_keeps_the_means_told_beside_it_or_after_it():
    text = "Un chauffeur a été abattu par un policier lors de son interpellation le 2 mars à Denver."
    assert _events(text)[0].weapon == "arme à feu"
    text = (
        "La mort de Paul Martin lors de son interpellation à Detroit le 6 mars a choqué le pays. "
        "Le lycéen est mort asphyxié sous le genou d'un agent, selon l'autopsie."
    )
    assert _events(text)[0].weapon == "asphyxie"


def test_a_wanted_man_who_died_while_the_police_took_him_is_no_death_in_custody():
    text = (
        "Suspect du meurtre, Marc Dubois est mort trois jours plus tard lors de son interpellation par des agents "
        "fédéraux près de Tacoma."
    )
    assert [e.weapon for e in _events(text)] in ([], [None])
