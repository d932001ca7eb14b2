"""Fighting, clashes and military operations told as having happened (issue 10, combat round)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_fighting_dated_to_the_day_with_a_small_toll_is_one_incident():
    (told,) = _events("De violents combats ont opposé mardi l'armée à des rebelles près de Tulle, faisant onze morts.")
    assert _row(told) == ("2021-03-30", "Tulle", None, 11, None)
    (killed,) = _events("Huit combattants, dont cinq soldats, ont été tués dimanche dans des combats près de Brive.")
    assert _row(killed) == ("2021-04-04", "Brive", None, 8, None)
    # the judged set's rule (dev4, dev6): fighting with its own day and toll is an incident, not a war as a whole
    (battle,) = _events("Des soldats ont tué trois rebelles lors des combats de samedi près de Tulle.")
    assert _row(battle) == ("2021-04-03", "Tulle", None, 3, None)
    (camps,) = _events("Samedi, au moins six personnes sont mortes dans les deux camps près de Tulle.")
    assert _row(camps) == ("2021-04-03", "Tulle", None, 6, None)


def test_fighting_over_a_period_or_in_a_war_told_as_a_whole_is_no_incident():
    assert _events("Des centaines de personnes ont été tuées dans les combats depuis avril 2019.") == []
    assert _events("En mars, les combats ont fait quarante morts dans la région de Tulle.") == []  # not one day
    assert _events("Les combats ont fait onze morts samedi, au quatrième mois de la guerre.") == []
    assert _events("Des combats ont fait plusieurs centaines de morts samedi près de Tulle.") == []  # no figure
    assert _events("Les combats de boxe ont fait deux blessés samedi à Tulle.") == []


def test_a_killing_told_beside_clashes_in_another_clause_stays_that_killing():
    text = (
        "A Tulle, des affrontements ont eu lieu samedi alors que des habitants demandaient justice pour Marie Dubois, "
        "une infirmière tuée par la police en mars."
    )
    (killing,) = _events(text)
    assert (killing.date, killing.killed) == ("2021-03", 1)


def test_shots_told_as_the_subject_of_their_toll():
    (shots,) = _events("Des tirs ont fait un mort et deux blessés dimanche soir à Tulle.")
    assert _row(shots) == ("2021-04-04", "Tulle", "arme à feu", 1, 2)
    (exchange,) = _events("Un échange de tirs a fait trois blessés mardi près de Brive.")
    assert _row(exchange) == ("2021-03-30", "Brive", "arme à feu", None, 3)
    assert _events("Des tirs au but ont départagé les deux équipes samedi à Tulle.") == []
    (rockets,) = _events("Des tirs de roquettes ont fait deux morts samedi près de Tulle.")
    assert rockets.weapon == "roquette"  # the weapon named, not shots


def test_strikes_an_army_carries_out_or_answers_with_are_attacks():
    (carried,) = _events("L'aviation a mené trois frappes samedi au sud de Tulle.")
    assert (carried.date, carried.weapon) == ("2021-04-03", "frappe aérienne")  # the air force's: air strikes
    (army,) = _events("L'armée a mené trois frappes samedi près de Tulle.")
    assert army.weapon is None
    (reply,) = _events("Après un tir de roquette, l'armée a répliqué par des frappes sur la bande de Gaza.")
    assert reply.location == "Gaza"
    assert _events("Le joueur a mené trois frappes cadrées samedi à Tulle.") == []
    assert _events("Le candidat a riposté samedi par des attaques contre son rival à Tulle.") == []


def test_historical_air_raids_told_in_the_narrative_present():
    (harbour,) = _events("Le 7 décembre 1941, l'aviation japonaise détruit une partie de la flotte à Pearl Harbor.")
    assert (harbour.date, harbour.location, harbour.weapon) == ("1941-12-07", "Pearl Harbor", "frappe aérienne")
    (atomic,) = _events("Le 9 août 1945, une bombe atomique explose au-dessus de Nagasaki, faisant 74.000 morts.")
    assert (atomic.date, atomic.location, atomic.weapon, atomic.killed) == (
        "1945-08-09",
        "Nagasaki",
        "frappe aérienne",
        74000,
    )
    assert _events("La bombe atomique reste une arme de dissuasion, selon le ministre.") == []


def test_clashes_told_then_their_toll_in_the_next_sentence():
    text = (
        "Le rassemblement s'est accompagné samedi d'escarmouches entre manifestants et forces de l'ordre à Tulle. "
        "Quarante-huit personnes ont été blessées, selon la Croix-Rouge."
    )
    (told,) = _events(text)
    assert _row(told) == ("2021-04-03", "Tulle", None, None, 48)
    assert _events("Des heurts ont éclaté samedi à Tulle. Plus de 200 personnes ont été blessées.") == []  # a movement
    assert _events("Des heurts ont éclaté samedi à Tulle. Trois cents personnes ont été arrêtées.") == []
    none_hurt = (
        "Des heurts ont éclaté samedi à Tulle. Il n'a pas été fait état de blessés lors des affrontements. "
        "La dernière confrontation remonte à juin, quand trois rebelles avaient été tués."
    )
    assert _events(none_hurt) == []


def test_people_hurt_at_a_protest_dated_to_the_day_are_its_skirmishes():
    # the protest told as the setting of the toll, its day and city given (the judged set's rule, dev10)
    (police,) = _events("Vingt-deux policiers ont été blessés lors des manifestations dimanche à Tulle.")
    assert _row(police) == ("2021-04-04", "Tulle", None, None, 22)
    (march,) = _events("Trois manifestants ont été blessés samedi à Brive au cours d'une marche contre la réforme.")
    assert _row(march) == ("2021-04-03", "Brive", None, None, 3)
    (english,) = _events("Six officers were injured during the protests in Tulle on Saturday.")
    assert (english.location, english.injured) == ("Tulle", 6)
    # a disease or a cause the protest stood for, in another clause, is not the toll's
    (covid,) = _events(
        "Douze policiers ont été blessés lors des manifestations samedi à Tulle, dont celle qui réclamait la fin des "
        "mesures pour combattre le Covid-19, a annoncé la police."
    )
    assert covid.injured == 12
    # the weapon named between keeps the weapon
    (shot,) = _events("Samedi à Tulle, un homme a été blessé par balle en marge de la manifestation.")
    assert shot.weapon == "arme à feu"
    # arrests, a movement's toll over months, or no date: no incident
    assert _events("Trois manifestants ont été interpellés samedi lors d'une marche à Tulle.") == []
    assert _events("Plus de 300 personnes ont été blessées lors des manifestations depuis juin à Tulle.") == []
    assert _events("Des centaines de personnes ont été blessées lors des manifestations de samedi à Tulle.") == []
    assert _events("Deux policiers avaient été blessés lors de manifestations à Tulle.") == []


def test_strikes_a_state_carried_out_over_a_period_are_one_aggregate():
    (raids,) = _events("Israël a mené depuis 2015 plusieurs raids en Syrie, selon l'armée.")
    assert (raids.kind, raids.date, raids.country) == ("aggregate", "2015/2021", "Syrie")
    (strikes,) = _events("Depuis le début en 2014 du conflit, la coalition a mené des centaines de frappes en Irak.")
    assert (strikes.kind, strikes.date, strikes.country) == ("aggregate", "2014/2021", "Irak")
    assert _events("Le parti a mené depuis 2015 plusieurs campagnes en Syrie.") == []


def test_a_weapons_toll_over_a_stated_period_is_one_aggregate():
    text = "Depuis le début de l'année, ce sont 40 soldats qui ont été tués par des engins explosifs près de Tulle."
    (mines,) = _events(text)
    # the gold set dates `depuis le début de l'année` as the range from January to publication
    assert (mines.kind, mines.date, mines.weapon) == ("aggregate", "2021-01/2021-04", "engin explosif")
    assert mines.killed == 40
    assert _events("Depuis le début de la guerre, les bombardements ont fait des milliers de morts.") == []
    assert _events("Depuis le début de l'année, il y a eu plus de 5.800 morts par armes à feu dans le pays.") == []


def test_police_hurt_counted_and_dated_with_no_weapon_named_are_skirmishes():
    (bottles,) = _events("A Tulle, au moins 18 policiers ont été blessés mercredi soir par des jets de bouteilles.")
    assert _row(bottles) == ("2021-03-31", "Tulle", None, None, 18)
    (english,) = _events("In Tulle, seven police officers were injured on Saturday night.")
    assert english.injured == 7
    # a disease's toll told after them, by `le bilan`, is not theirs
    text = (
        "A Tulle, douze policiers ont été blessés samedi soir lors d'une fête sauvage. "
        "Les attaques contre la police sont inacceptables, a dit le ministre. "
        "Il faut éviter la propagation du virus qui a fait plus de 40.000 morts, le bilan le plus lourd d'Europe."
    )
    (party,) = _events(text)
    assert (party.killed, party.injured) == (None, 12)
    # a weapon named keeps it; no day, riots, a count over days: no skirmish
    (shot,) = _events("Quatre policiers ont été blessés par balles samedi à Tulle.")
    assert shot.weapon == "arme à feu"
    assert _events("Six policiers ont été légèrement blessés.") == []
    assert _events("Cinq policiers ont été blessés samedi lors des émeutes à Tulle.") == []
    assert _events("Au total, 196 policiers ont été blessés depuis jeudi à Tulle.") == []


def test_a_few_hurt_without_a_figure_in_dated_clashes_are_one_incident():
    (few,) = _events(
        "Plusieurs policiers ont été légèrement blessés à Tulle lors de heurts avec des manifestants vendredi soir."
    )
    assert (few.date, few.location, few.injured) == ("2021-04-02", "Tulle", None)
    (march,) = _events("Quelques manifestants ont été blessés lors de la marche de samedi à Brive.")
    assert (march.date, march.location) == ("2021-04-03", "Brive")
    # undated, arrested, hurt in riots, or fighting (which wants a figure): nothing
    assert _events("Plusieurs policiers ont été blessés lors de heurts à Tulle.") == []
    assert _events("Plusieurs manifestants ont été arrêtés lors de heurts samedi à Tulle.") == []
    assert _events("Plusieurs policiers ont été blessés samedi lors des émeutes à Tulle.") == []
    assert _events("Plusieurs soldats ont été tués dimanche dans des combats près de Tulle.") == []


def test_clashes_between_protesters_and_the_forces_with_a_toll_count_undated_and_up_to_a_larger_toll():
    # both sides named, protesters and the police or the army: the forces' violence (the gold set's dev24, dev29)
    (evening,) = _events(
        "Dans la soirée, des heurts violents ont éclaté entre les manifestants et les forces de l'ordre à Tulle, "
        "faisant 22 blessés, a indiqué la Croix-Rouge."
    )
    assert _row(evening) == (None, "Tulle", None, None, 22)
    (army,) = _events(
        "A Tulle, les affrontements entre les manifestants et l'armée ont fait plus de 120 blessés, selon les secours."
    )
    assert (army.location, army.injured) == ("Tulle", 120)
    # no forces named as a side, a war's sides, nobody hurt, riots: nothing undated
    assert _events("Dans la soirée, des heurts ont éclaté à Tulle, faisant 22 blessés.") == []
    assert _events("Les affrontements entre l'armée et les rebelles ont fait 120 morts près de Tulle.") == []
    assert _events("Des heurts entre manifestants et policiers ont éclaté à Tulle, sans faire de blessés.") == []
    assert _events("Des heurts avec la police lors des émeutes ont fait 22 blessés à Tulle.") == []


def test_clashes_told_undated_in_the_lead_then_dated_are_one_incident():
    text = (
        "Une dizaine de manifestants ont été blessés dans des heurts avec la police à Tulle. "
        "Le cortège a rassemblé des milliers de personnes. "
        "Une dizaine de personnes ont été blessées lors d'affrontements entre policiers et jeunes samedi. "
        "Selon la police, 12 policiers et 7 manifestants ont été blessés."
    )
    (one,) = _events(text)
    assert (one.date, one.location) == ("2021-04-03", "Tulle")


def test_one_deadly_clash_between_armies_is_an_attack():
    (border,) = _events("Vingt soldats ont péri jeudi dans une confrontation avec l'armée voisine près de Tulle.")
    assert _row(border) == ("2021-04-01", "Tulle", None, 20, None)
    (deadly,) = _events("Un accrochage meurtrier entre les troupes des deux pays a eu lieu samedi près de Brive.")
    assert (deadly.date, deadly.location, deadly.weapon) == ("2021-04-03", "Brive", None)
    (first,) = _events(
        "Le premier affrontement militaire meurtrier en 45 ans a fait onze morts mardi à la frontière, près de Tulle."
    )
    assert _row(first) == ("2021-03-30", "Tulle", None, 11, None)
    # a car's `accrochage`, a political `confrontation`, clashes between protesters: not an army's clash
    assert _events("Un accrochage entre deux camions a fait trois morts samedi près de Tulle.") == []
    assert _events("La confrontation entre le président et les syndicats a duré tout l'hiver à Tulle.") == []
    assert _events("Un choc meurtrier entre un bus et un camion a fait dix morts samedi près de Brive.") == []


def test_an_armies_clash_told_with_its_toll_of_soldiers_is_an_attack():
    (one,) = _events("L'accrochage a coûté la vie à douze soldats samedi près de Brive.")
    assert _row(one) == ("2021-04-03", "Brive", None, 12, None)
    # a car's `accrochage` told with its toll: no soldiers, no attack
    assert _events("L'accrochage a coûté la vie à deux passagers samedi près de Brive.") == []


def test_an_armies_clash_named_by_the_armies_after_its_noun_is_one_clash():
    # `un accrochage entre leurs armées`: the match ends on the armies' plural, the clash is still one
    (vague,) = _events(
        "Les deux pays ont appelé mardi au calme après un accrochage entre leurs armées qui a fait plusieurs dizaines "
        "de morts près de Brive."
    )
    assert (vague.location, vague.weapon, vague.killed) == ("Brive", None, None)
    (troops,) = _events("Un affrontement entre les troupes des deux pays a fait onze morts samedi près de Tulle.")
    assert _row(troops) == ("2021-04-03", "Tulle", None, 11, None)
    # several clashes, or clashes between protesters and the police with nobody hurt: not one army clash
    assert _events("Deux accrochages entre leurs armées ont eu lieu en mai près de Brive.") == []
    assert _events("Des affrontements entre les manifestants et la police ont eu lieu samedi à Tulle.") == []


def test_soldiers_clashes_told_with_their_cost_or_a_deadly_clash_between_two_states_are_an_attack():
    (cost,) = _events(
        "Des affrontements entre soldats des deux pays, à coups de bâtons et de pierres, sans arme à feu, avaient "
        "fait douze morts parmi les soldats."
    )
    assert (cost.kind, cost.killed) == ("incident", 12)
    (hand,) = _events("Le col a été le théâtre d'un affrontement au corps-à-corps de soldats qui a fait neuf morts.")
    assert (hand.kind, hand.killed) == ("incident", 9)
    (states,) = _events("La vallée a été le théâtre mi-mars d'une sanglante confrontation entre le Pakistan et l'Inde.")
    assert (states.kind, states.date) == ("incident", "2021-03")
    # a clash of words between two states, or clashes between soldiers that cost nothing told: no attack
    assert _events("Une confrontation diplomatique entre la France et la Turquie a éclaté à l'ONU.") == []
    assert _events("Des affrontements entre soldats et villageois ont eu lieu mardi près de Tulle.") == []


def test_a_reply_told_in_the_imperfect_or_the_narrative_present_with_the_fire_it_used_happened():
    for text in (
        "Quelques jours plus tard, l'Iran ripostait par des tirs de missiles sur des bases américaines en Irak.",
        "L'Iran riposte quelques jours plus tard par des tirs de missiles sur des bases américaines en Irak.",
    ):
        (event,) = _events(text)
        assert (event.location, event.weapon) == ("Irak", "missile"), text
    # words in reply, or a reply to come
    assert _events("L'Iran ripostait par des menaces contre les bases américaines.") == []
    assert _events("L'Iran pourrait riposter par des tirs de missiles sur des bases américaines.") == []


def test_one_death_tied_to_the_assault_raid_or_attack_that_caused_it_is_a_toll_of_one():
    (assault,) = _events(
        "Le commando visait aussi une gare, selon Ahmed Benali, mort dans l'assaut de son repaire à Tulle ?"
    )
    assert (assault.location, assault.killed) == ("Tulle", 1)
    (bombing,) = _events("Il avait appris en juillet 2014 la mort de son frère dans un attentat-suicide en Syrie.")
    assert (bombing.date, bombing.killed) == ("2014-07", 1)
    (ambush,) = _events("Le ministère a annoncé la mort d'un de ses soldats dans une embuscade près de Tulle.")
    assert (ambush.location, ambush.killed) == ("Tulle", 1)
    # a death in an accident, or many deaths in fighting told as a whole: no attack's toll of one
    assert _events("Ahmed Benali, mort dans un accident de voiture à Tulle, était le chef de la cellule.") == []
    assert _events("La mort de nombreux civils dans les combats a été dénoncée par l'ONU.") == []


def test_the_fire_a_states_strikes_answer_is_an_attack_placed_in_that_state():
    strike, fire = _events(
        "Des avions turcs ont bombardé samedi des positions rebelles près de Brive, peu après des tirs de roquettes "
        "depuis la zone."
    )
    assert (strike.weapon, strike.date) == ("frappe aérienne", "2021-04-03")  # shelling by aircraft
    assert (fire.weapon, fire.location, fire.country) == ("roquette", "Turquie", "Turquie")
    _, shells = _events(
        "L'armée russe a mené dimanche des frappes aériennes en représailles à des tirs d'obus contre une de ses bases."
    )
    assert (shells.weapon, shells.country) == ("obus", "Russie")


def test_the_fire_a_strike_answers_told_in_its_own_sentence_or_only_feared_is_no_second_event():
    told = _events(
        "Des avions turcs ont bombardé samedi des positions près de Brive après des tirs de roquettes. Vendredi soir, "
        "deux roquettes ont été tirées sur Tulle, sans faire de blessés."
    )
    assert [(e.weapon, e.location) for e in told] == [("frappe aérienne", "Brive"), ("roquette", "Tulle")]
    assert _events("L'armée turque menace de frapper en représailles à des tirs de roquettes.") == []
    (strike,) = _events("Des avions turcs ont bombardé samedi des positions près de Brive après des menaces de tirs.")
    assert strike.weapon == "frappe aérienne"


def test_a_title_naming_a_states_strikes_and_their_target_reports_them():
    body = (
        "Des roquettes ont été tirées mardi soir vers le pays depuis la zone, selon l'armée. "
        "Des avions ont visé des postes rebelles dans une série de frappes, a indiqué l'armée."
    )
    # a town of a country the article does not name (a town of France would be one: France goes unnamed)
    told = _events(body, title="Frappes turques sur Manbij, nouveaux tirs de roquettes")
    assert [(e.weapon, e.location) for e in told] == [("roquette", None), ("frappe aérienne", "Manbij")]
    # no state named: the strikes stay a body's report with nothing to place them
    assert [e.weapon for e in _events(body, title="Dépêche : nouveaux tirs de roquettes")] == ["roquette"]


def test_fire_aimed_at_the_sea_or_as_a_warning_is_no_attack():
    assert _events("Le groupe a lancé mardi une vingtaine de roquettes vers la mer en guise d'avertissement.") == []
    assert _events("L'armée a effectué mardi des tirs d'avertissement au mortier près de la frontière.") == []
    (aimed,) = _events("Le groupe armé a lancé mardi une vingtaine de roquettes vers la ville de Tulle.")
    assert (aimed.weapon, aimed.location) == ("roquette", "Tulle")


def test_a_person_an_armys_operation_was_aimed_at_was_attacked():
    (aimed,) = _events("Le chef rebelle a été la cible d'une opération commando de l'armée française près de Tulle.")
    assert (aimed.kind, aimed.location, aimed.weapon) == ("incident", "Tulle", None)
    # an operation launched (an offensive told as a whole), feared, or denied: no attack on a person
    assert _events("L'armée a lancé une opération militaire près de Tulle.") == []
    assert _events("Le chef rebelle pourrait être la cible d'une opération militaire près de Tulle.") == []
    assert _events("Le chef rebelle n'a pas été la cible d'une opération militaire près de Tulle.") == []


def test_a_volley_of_projectiles_with_its_day_or_suffered_was_fired():
    (day,) = _events("L'armée a fait état d'un \"barrage\" de 13 roquettes mercredi matin près de Tulle.")
    assert (day.date, day.weapon) == ("2021-03-31", "roquette")
    (under,) = _events("La ville de Tulle s'est réveillée sous une pluie d'obus.")
    assert under.weapon == "obus"
    # a volley threatened or feared: none fired
    assert _events("Le groupe menace d'un barrage de roquettes mercredi près de Tulle.") == []
    assert _events("Une salve de roquettes pourrait être tirée mercredi vers Tulle.") == []


def test_the_forces_tear_gas_or_batons_on_a_crowd_with_its_toll_is_an_incident():
    # the forces' means on a crowd, as clashes with protesters: the toll in the same sentence or a few sentences after
    (gas,) = _events(
        "Samedi à Tulle, la police a tiré des gaz lacrymogènes pour disperser des manifestants, selon la préfecture, "
        "qui fait état de douze blessés."
    )
    assert _row(gas) == ("2021-04-03", "Tulle", None, None, 12)
    text = (
        "Dimanche soir, les policiers ont fait usage de leurs matraques contre des manifestants à Tulle. "
        "La foule s'est repliée vers la gare. "
        "Les commerçants ont baissé leurs rideaux. "
        "L'hôpital a fait état de quinze blessés."
    )
    (batons,) = _events(text)
    assert _row(batons) == ("2021-04-04", "Tulle", None, None, 15)
    rubber = (
        "Un témoin a fait état samedi à Tulle de l'utilisation de balles en caoutchouc par les forces de l'ordre. "
        "Une passante a été blessée au bras."
    )
    (told,) = _events(rubber)
    assert (told.location, told.injured) == ("Tulle", 1)
    # a toll clashes with the forces may reach (up to 200) in a later sentence
    (many,) = _events(
        "Samedi à Tulle, des heurts ont éclaté entre les manifestants et les forces de l'ordre. La foule a reflué. "
        "Au total, 120 personnes ont été blessées, selon la Croix-Rouge."
    )
    assert many.injured == 120


def test_a_crowd_dispersed_with_tear_gas_nobody_hurt_is_no_incident():
    assert _events("Samedi à Tulle, la police a tiré des gaz lacrymogènes pour disperser des manifestants.") == []
    assert (
        _events("La police a menacé samedi de faire usage de gaz lacrymogènes contre les manifestants à Tulle.") == []
    )
    # a toll too far after, or another's (a disease), is not theirs
    far = (
        "Samedi à Tulle, la police a fait usage de gaz lacrymogènes contre des manifestants. La foule a reflué. "
        "Les bus ont cessé de circuler. Les écoles restent fermées. La mairie a fermé ses portes. "
        "Douze personnes ont été blessées."
    )
    assert _events(far) == []
    assert (
        _events(
            "Samedi à Tulle, la police a fait usage de gaz lacrymogènes contre des manifestants. "
            "Le coronavirus a fait douze morts dans la région."
        )
        == []
    )
    # without the forces' side (a brawl, a riot), clashes keep their toll to the next sentence, and an incident's size
    brawl = "Des bagarres ont éclaté samedi à Tulle. Ces affrontements ont eu lieu au marché. La foule a reflué. "
    assert _events(brawl + "Un blessé est à déplorer.") == []
    assert _events("Des heurts ont éclaté samedi à Tulle. Au total, 120 personnes ont été blessées.") == []
