"""Accidents are no attack: a hunter hit by another's bullet during a drive, a walker taken for game, a reckless
driver's victim, a worker killed on a building site. A killing the article calls deliberate stays an attack."""

from __future__ import annotations

from .helpers import events


def test_a_hunter_shot_during_a_drive_is_no_attack():
    text = (
        "Un homme de 58 ans est mort samedi à Saint-Affrique, touché par la balle d'un autre chasseur. "
        "Le drame s'est produit en fin de matinée lors d'une battue aux chevreuils."
    )
    assert events(text, title="Aveyron : un chasseur tué lors d'une battue") == []


def test_a_walker_taken_for_game_is_no_attack_whatever_the_title():
    text = (
        "Un promeneur de 30 ans a été grièvement blessé par balle dimanche à Millau par un tireur qui pensait viser "
        "un sanglier, selon les gendarmes."
    )
    assert events(text, title="Aveyron : un promeneur grièvement blessé") == []


def test_a_hunter_who_kills_on_purpose_is_still_listed():
    text = (
        "Un chasseur a tué son voisin de deux coups de fusil samedi à Rodez après une dispute. "
        "Il a été mis en examen pour meurtre."
    )
    assert [(e.location, e.killed) for e in events(text, title="Aveyron : un chasseur tue son voisin")] == [
        ("Rodez", 1)
    ]


def test_a_reckless_driver_s_victim_is_no_attack():
    text = (
        "Une fillette de 8 ans a été tuée samedi soir à Niort, percutée par une voiture qui roulait à vive allure. "
        "Le conducteur, un homme de 24 ans, a été mis en examen pour homicide involontaire."
    )
    assert events(text, title="Niort : une fillette tuée par un chauffard") == []


def test_a_worker_killed_on_a_building_site_is_no_attack():
    text = "Un ouvrier de 36 ans a été décapité mardi à Tours lors de la chute du chargement d'une grue."
    assert events(text, title="Tours : un ouvrier meurt dans un accident de chantier") == []


def test_a_killing_the_article_calls_deliberate_stays_listed_under_an_accident_title():
    text = (
        "Un homme de 30 ans a été tué de plusieurs coups de couteau dimanche à Brest. "
        "Le parquet a ouvert une enquête pour meurtre."
    )
    assert [(e.location, e.killed) for e in events(text, title="Brest : ce n'était pas un accident")] == [("Brest", 1)]


def test_a_drunk_driver_s_victims_are_no_attack():
    text = "Deux adolescents ont été tués samedi soir à Figeac, percutés par une camionnette sur le bord de la route."
    assert events(text, title="Lot : deux adolescents tués par un conducteur ivre") == []


def test_a_hunter_a_neighbour_shot_is_listed():
    text = "Un chasseur de 61 ans a été tué par balle dimanche à Millau par son voisin, après une dispute."
    assert [(e.location, e.killed) for e in events(text, title="Aveyron : un chasseur tué par son voisin")] == [
        ("Millau", 1)
    ]


def test_an_accident_ruled_out_in_the_title_keeps_the_killing():
    text = "Une femme a été tuée par balle dimanche à Niort. Les enquêteurs ont écarté la piste d'un tir accidentel."
    title = "Niort : une femme tuée par balle, la piste de l'accident écartée"
    assert [(e.location, e.killed) for e in events(text, title=title)] == [("Niort", 1)]


def test_a_stabbing_under_an_accident_title_is_listed():
    text = "Un motard a été poignardé à mort dimanche à Niort par un automobiliste après un accrochage."
    title = "Niort : un accident de la circulation tourne au drame"
    assert [(e.location, e.killed) for e in events(text, title=title)] == [("Niort", 1)]


def test_an_accident_denied_in_the_title_keeps_the_killing():
    text = "Un homme a été tué par balle dimanche à Niort, a indiqué la police."
    assert [e.location for e in events(text, title="Niort : il ne s'agit pas d'un accident")] == ["Niort"]


def test_a_drunk_driver_who_shoots_is_listed():
    text = "Un homme a blessé deux passants par balle dimanche à Niort depuis sa voiture."
    title = "Niort : un automobiliste ivre tire sur des passants"
    assert [(e.location, e.injured) for e in events(text, title=title)] == [("Niort", 2)]


def test_a_hunter_shot_dead_in_a_street_is_listed():
    text = (
        "Un homme de 52 ans, chasseur à ses heures, a été abattu de trois balles jeudi soir dans une rue de Marseille."
    )
    assert [(e.location, e.killed) for e in events(text, title="Marseille : un chasseur abattu en pleine rue")] == [
        ("Marseille", 1)
    ]


def test_a_hunter_killed_in_a_title_is_no_attack_when_the_article_tells_a_hunt():
    text = "Un homme de 45 ans a été tué par balle dimanche près de Mende au cours d'une partie de chasse."
    assert events(text, title="Lozère : un chasseur tué par balle") == []


def test_soldiers_whose_deaths_the_next_sentence_lays_on_a_collision_are_no_attack():
    text = (
        "Un hommage national aux sept soldats tués en Afghanistan sera rendu mardi à Lyon. "
        "Les soldats sont morts dans la collision de deux avions lors d'une mission contre des insurgés. "
        "Le régiment avait déjà perdu un homme dans un attentat à Kaboul en 2012."
    )
    found = events(text, title="Armée : un hommage aux soldats")
    assert [e.killed for e in found if e.killed] == []
    assert [e.location for e in found] == ["Kaboul"]  # the attack the article recalls stays listed


def test_a_pilot_killed_when_his_plane_crashed_in_training_is_no_attack():
    text = (
        "Le pilote d'un chasseur Rafale qui s'est écrasé jeudi près de Brest lors d'un vol d'entraînement est décédé, "
        "a annoncé l'armée."
    )
    assert events(text, title="Un avion de chasse s'écrase en Bretagne, le pilote tué") == []


def test_workers_killed_when_a_building_collapsed_are_no_attack():
    text = "Trois ouvriers sont morts lundi à Toulon dans l'effondrement d'une partie d'un immeuble."
    assert events(text, title="Toulon : trois ouvriers tués") == []


def test_an_accidental_collision_during_an_operation_against_jihadists_is_no_attack():
    text = (
        "Dix soldats ont été tués dans le nord du Niger, a annoncé la présidence. Un hélicoptère de combat a percuté "
        "un hélicoptère de transport près d'Agadez. La collision accidentelle a eu lieu samedi soir lors d'une "
        "opération contre des djihadistes."
    )
    assert events(text, title="Niger : dix soldats tués") == []


def test_a_killing_followed_by_another_death_in_an_accident_stays_listed():
    text = "Un homme a été tué samedi à Nîmes. Le même jour deux passants sont morts dans un accident de la route."
    assert [(e.location, e.killed) for e in events(text)] == [("Nîmes", 1)]


def test_a_killer_who_then_kills_himself_leaves_his_victim_listed():
    text = (
        "Une infirmière de 41 ans a été tuée par son ancien compagnon mardi à Quimper, qui s'est tué dans la foulée. "
        "Un homme a étranglé sa voisine jeudi à Vannes, puis s'est tué."
    )
    assert [(e.location, e.killed) for e in events(text)] == [("Quimper", 1), ("Vannes", 1)]


def test_a_car_driven_into_people_that_then_crashed_is_still_listed():
    text = (
        "Un chauffeur a foncé sur des passants mercredi à Angers, faisant trois morts, et son camion s'est écrasé "
        "contre une façade."
    )
    assert [(e.location, e.killed) for e in events(text)] == [("Angers", 3)]


def test_a_driver_who_lost_control_leaves_no_attack_under_a_title_that_does_not_say_accident():
    text = (
        "Un piéton a été tué et deux autres blessés, samedi 3 avril à Vierzon, fauchés par un jeune conducteur ayant "
        "perdu le contrôle de son véhicule. Il roulait à vive allure, selon la police."
    )
    assert events(text, title="Vierzon : un jeune conducteur fauche trois piétons, un mort") == []


def test_deaths_told_apart_from_a_road_accident_named_in_the_lead_are_no_attack():
    text = (
        "Trois personnes sont mortes dimanche soir après un accident de la route entre une voiture et un camion près "
        "de Tulle. Le conducteur de la voiture a perdu le contrôle dans un virage et a percuté le camion. "
        "Le passager de la voiture, un homme de 70 ans, a été tué sur le coup. "
        "Les deux autres victimes sont décédées à l'hôpital."
    )
    assert events(text, title="Corrèze : une voiture percute un camion, trois morts") == []


def test_a_killing_the_killer_calls_an_accident_stays_listed():
    text = (
        "Un homme a été interpellé samedi à Tulle. Il a reconnu avoir tué sa compagne, mais a dit que c'était un "
        "accident. Elle a été tuée dans leur appartement."
    )
    assert [e.killed for e in events(text, title="Tulle : une femme tuée, son compagnon en garde à vue")] == [1]


def test_a_stabbing_beside_a_road_accident_stays_listed():
    text = (
        "Un automobiliste a été poignardé samedi à Tulle après une dispute avec un autre conducteur. "
        "Un peu plus tôt, un accident de la route avait bloqué la circulation."
    )
    assert [e.weapon for e in events(text, title="Tulle : un automobiliste poignardé")] == ["arme blanche"]
