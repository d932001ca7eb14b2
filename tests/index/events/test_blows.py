"""Assaults by blows with no weapon named: a person struck, assaulted or the victim of an `agression`, on a told day."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_a_person_struck_on_a_told_day_is_an_assault():
    (mayor,) = _events("Le maire de Brive a été frappé samedi soir par un voisin qui lui reprochait le bruit.")
    assert _row(mayor) == ("2021-04-03", "Brive", None, None, None)
    (insulted,) = _events("Une serveuse a été insultée et frappée, dimanche à Tulle, par deux clients ivres.")
    assert _row(insulted) == ("2021-04-04", "Tulle", None, None, None)
    # the day opening the sentence dates the blow told after a long subject
    (couple,) = _events(
        "Lundi 15 mars, un couple d'hommes qui sortait d'un bar du centre a été frappé par un "
        "chauffeur de taxi à Tulle."
    )
    assert _row(couple) == ("2021-03-15", "Tulle", None, None, None)


def test_struck_by_a_storm_a_fine_or_lightning_is_no_assault():
    assert _events("La région a été frappée mardi par de violents orages, à Tulle.") == []
    assert _events("Plusieurs footballeurs ont été frappés par la foudre mardi 30 mars à Tulle.") == []
    assert _events("Le 3 mars, la société a été frappée d'une lourde amende à Tulle.") == []


def test_the_participle_with_its_day_and_the_present_tell_an_assault():
    (reporter,) = _events("Le photographe agressé samedi à Tulle a porté plainte.")
    assert _row(reporter) == ("2021-04-03", "Tulle", None, None, None)
    (children,) = _events(
        "Mercredi dernier, vers 17 heures, ce sont deux collégiens qui sont agressés près du stade de Tulle."
    )
    assert _row(children) == ("2021-03-31", "Tulle", None, None, None)
    # days of several assaults, or the victim's own word, tell no one assault
    assert _events("Des passants agressés samedi et dimanche ont raconté avoir perdu leurs papiers à Tulle.") == []
    assert _events("Une étudiante dit avoir été violemment agressée vendredi à Tulle par trois hommes.") == []


def test_an_agression_told_as_having_happened_on_a_day():
    (homophobic,) = _events("Une agression homophobe a eu lieu dans le centre de Tulle, samedi 20 mars.")
    assert _row(homophobic) == ("2021-03-20", "Tulle", None, None, None)
    (mayor,) = _events("Le maire de Brive, qui a été victime d'une agression jeudi dernier, réclame des moyens.")
    assert _row(mayor) == ("2021-04-01", "Brive", None, None, None)
    # undated, the noun names no assault that the text reports
    assert _events("Une agression homophobe a eu lieu dans le centre de Tulle.") == []


def test_a_title_that_tells_a_beating_by_its_participle_is_the_article_s_assault():
    text = "Deux clients ont été sérieusement blessés samedi en tentant de défendre une serveuse face à deux hommes."
    (beaten,) = _events(text, title="Tulle : deux clients tabassés pour avoir défendu une serveuse")
    assert _row(beaten) == ("2021-04-03", "Tulle", None, None, None)
    (mayor,) = _events("Les deux agresseurs ont été interpellés.", title="Un maire agressé à Brive par un voisin")
    assert (mayor.location, mayor.weapon) == ("Brive", None)
    # the victim's own word, a source's, or a report that counts assaults: no one assault told
    assert _events(text, title="Tulle : une serveuse affirme avoir été agressée par deux clients") == []
    assert _events(text, title="Tulle : deux serveuses agressées par des clients, selon un syndicat") == []
    assert _events(text, title="Serveuses agressées, le rapport accablant de la profession") == []


def test_a_place_or_a_trade_hit_hard_or_struck_by_a_storm_far_from_its_verb_is_no_assault():
    assert _events("Le village a été durement frappé samedi lors des inondations à Tulle.") == []
    assert _events("Le village a été frappé lundi en fin de journée par la tempête, à Tulle.") == []
    (driver,) = _events("Un chauffeur de bus a été violemment frappé samedi soir par deux passagers à Tulle.")
    assert _row(driver) == ("2021-04-03", "Tulle", None, None, None)


def test_a_beating_told_actively_with_a_person_struck_is_an_assault():
    (partner,) = _events("Samedi 3 avril, dans un bar de Tulle, un client ivre a roué de coups sa voisine de table.")
    assert _row(partner) == ("2021-04-03", "Tulle", None, None, None)
    (keeper,) = _events(
        "Jeudi 1er avril à Tulle, trois jeunes ont attendu le gardien du stade et l'ont violemment frappé avant de "
        "s'enfuir."
    )
    assert _row(keeper) == ("2021-04-01", "Tulle", None, None, None)
    (rescuers,) = _events("Dimanche 4 avril à Tulle, un homme ivre a agressé les pompiers venus lui porter secours.")
    assert _row(rescuers) == ("2021-04-04", "Tulle", None, None, None)


def test_a_disaster_an_insult_or_a_charge_by_no_one_named_is_no_beating():
    assert _events("Dimanche 4 avril, la tempête a durement frappé les habitants de Tulle.") == []
    assert _events("Dimanche 4 avril à Tulle, des militants ont agressé verbalement les employés du magasin.") == []
    assert _events("Dimanche 4 avril à Tulle, on a agressé son personnel, a écrit le ministre.") == []
    # someone's word, or a habit: no one beating the text states
    assert _events("Dimanche 4 avril à Tulle, elle affirme qu'il a frappé sa voisine.") == []
    assert _events("A Tulle, le 4 avril, on a appris qu'il a régulièrement frappé sa femme.") == []


def test_blows_named_by_their_noun_dealt_or_received_are_an_assault():
    (punched,) = _events(
        "Samedi 3 avril à Tulle, un individu a jeté une retraitée au sol et lui a asséné un coup de poing pour lui "
        "voler son sac."
    )
    assert _row(punched) == ("2021-04-03", "Tulle", None, None, None)
    (kicked,) = _events("Jeudi 1er avril à Tulle, le jeune homme reçoit des coups de pied et des coups de poing.")
    assert _row(kicked) == ("2021-04-01", "Tulle", None, None, None)
    (faces,) = _events("Dans la nuit de samedi à dimanche, à Tulle, le couple a reçu des coups au visage.")
    assert _row(faces) == ("2021-04-04", "Tulle", None, None, None)


def test_a_blow_as_a_figure_of_speech_or_a_word_is_no_assault():
    assert _events("Samedi 3 avril à Tulle, la défaite a asséné un coup dur au gouvernement.") == []
    assert _events("Samedi 3 avril à Tulle, elle a asséné ses vérités au maire.") == []
    assert _events("Samedi 3 avril à Tulle, la police a mené une opération coup de poing contre les trafiquants.") == []


def test_an_illness_or_a_death_that_strikes_someone_is_no_beating():
    assert _events("En mars 2020 à Tulle, le cancer du pancréas a frappé son mari.") == []
    assert _events("Dimanche 4 avril à Tulle, la mort l'a subitement frappée à 52 ans.") == []
    assert _events("En mars 2020 à Tulle, l'épidémie a principalement frappé les personnes âgées.") == []
    (brother,) = _events("Dimanche 4 avril à Tulle, après le décès de sa mère, il a violemment frappé son frère.")
    assert _row(brother) == ("2021-04-04", "Tulle", None, None, None)


def test_blows_by_their_noun_told_as_someone_s_word_or_on_a_table_are_no_assault():
    assert _events("Samedi 3 avril à Tulle, elle affirme qu'il lui a asséné un coup de poing au visage.") == []
    assert _events("Le client dit qu'il a reçu des coups de pied de la part des vigiles samedi 3 avril à Tulle.") == []
    assert _events("Samedi 3 avril à Tulle, le maire a asséné un coup de poing sur la table du conseil.") == []
    (driver,) = _events("Samedi 3 avril à Tulle, un passager a asséné un coup de poing à un chauffeur de bus.")
    assert _row(driver) == ("2021-04-03", "Tulle", None, None, None)


def test_a_kick_from_a_horse_is_no_assault():
    assert _events("Samedi 3 avril à Tulle, une cavalière a reçu un coup de pied de son cheval au manège.") == []
    (kicked,) = _events("Samedi 3 avril à Tulle, une cavalière a reçu des coups de pied de deux passants.")
    assert _row(kicked) == ("2021-04-03", "Tulle", None, None, None)


def test_blows_joined_to_a_first_act_on_the_same_person_are_an_assault():
    (mayor,) = _events("Le maire de Tulle avait été pris à partie et frappé par un groupe de jeunes, lundi 29 mars.")
    assert _row(mayor) == ("2021-03-29", "Tulle", None, None, None)
    (driver,) = _events("Le chauffeur a été pris à partie puis violemment frappé samedi par trois passagers à Tulle.")
    assert _row(driver) == ("2021-04-03", "Tulle", None, None, None)
    (girl,) = _events("Sa famille l'a tondue et violemment frappée jeudi à Tulle.")
    assert _row(girl) == ("2021-04-01", "Tulle", None, None, None)
    # taken to task alone, or a place a storm hit hard, is no beating
    assert _events("Lundi 29 mars, le maire de Tulle a été pris à partie par un groupe de jeunes.") == []
    assert _events("Le village a été pris à partie et durement frappé samedi par la tempête à Tulle.") == []


def test_an_assault_takes_the_day_and_place_of_the_sentence_that_tells_when_it_took_place():
    # `L'agression s'était déroulée ...`, `L'incident a eu lieu ...`: the assault's own noun sets its scene
    (neighbour,) = _events(
        "Un homme a été passé à tabac par deux voisins. L'agression s'était déroulée le 24 mars dernier à Tulle."
    )
    assert _row(neighbour) == ("2021-03-24", "Tulle", None, None, None)
    # told with no day of its own, the blow is the article's assault once a sentence tells when the facts took place
    (driver,) = _events("Il a été frappé au visage par deux passagers. L'incident a eu lieu jeudi vers 18h30 à Tulle.")
    assert _row(driver) == ("2021-04-01", "Tulle", None, None, None)
    # hedged, or with no sentence that gives its day: none
    assert _events("Il aurait été frappé au visage par deux passagers. L'incident a eu lieu jeudi à Tulle.") == []
    assert _events("Il a été frappé au visage par deux passagers. La scène s'est déroulée dans un bus.") == []


def test_blows_dealt_to_a_pronoun_by_attackers_counted_or_where_they_landed_are_an_assault():
    text = "Deux d'entre eux l'ont frappé tandis qu'un troisième filmait. Les faits se sont déroulés samedi à Tulle."
    (counted,) = _events(text)
    assert _row(counted) == ("2021-04-03", "Tulle", None, None, None)
    (landed,) = _events("Samedi à Tulle, ils l'ont alors frappé à coups de pied avant de prendre la fuite.")
    assert _row(landed) == ("2021-04-03", "Tulle", None, None, None)
    # a misfortune that strikes someone is no blow
    assert _events("Samedi à Tulle, la maladie l'a frappé de plein fouet.") == []
