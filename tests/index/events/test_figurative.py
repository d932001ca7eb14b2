"""Attack words that report no attack: an idiom of betrayal, a hoax the title calls one, an army's offensive on a town
told without a strike or a toll. Each beside the real attack in the same words, which stays."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_stabbed_in_the_back_quoted_or_felt_is_a_betrayal():
    assert _events('L\'ex-médiateur dit avoir été "poignardé dans le dos" mercredi par la plupart des élus.') == []
    assert _events('Le ministre accuse ses alliés de l\'avoir "poignardé dans le dos" lors du vote de mardi.') == []
    assert _events("Le maire s'est dit « poignardé dans le dos » par son adjoint lundi à Tulle.") == []
    assert _events("Les éleveurs se sentent poignardés par le gouvernement depuis le vote de samedi à Tulle.") == []
    assert _events('The minister said he had been "stabbed in the back" by his party on Monday in Leeds.', "News") == []
    # the same words told of a knife: a stabbing
    (knife,) = _events("Un homme a été poignardé dans le dos lundi à Tulle par un inconnu.")
    assert _row(knife) == ("2021-04-05", "Tulle", "arme blanche", None, 1)
    (leeds,) = _events("A man was stabbed in the back on Monday in Leeds.", "News")
    assert (leeds.date, leeds.location, leeds.weapon) == ("2021-04-05", "Leeds", "arme blanche")


def test_an_attack_the_title_calls_a_hoax_did_not_happen():
    told = '"Urgent : le président blessé au bras par des coups de feu", lisait-on samedi sur le compte de la chaîne.'
    assert _events(told, "Le président blessé par balles ? La fausse alerte d'une télévision") == []
    assert (
        _events(
            "Un message annonçait samedi que le maire avait été tué par balles à Tulle.",
            "Le maire de Tulle tué ? Une infox partagée des milliers de fois",
        )
        == []
    )
    assert (
        _events(
            "Une fusillade a été signalée dimanche soir à l'aéroport de Tulle, qui a été évacué.",
            "Tulle : fausse alerte à la fusillade à l'aéroport",
        )
        == []
    )
    # an earlier attack the hoax article recalls happened; the same report under a plain title, or a question alone
    (recalled,) = _events(
        told + " En mars 2019, un adjoint avait été tué par balles à Tulle.",
        "Le président blessé ? Une infox sur les réseaux sociaux",
    )
    assert _row(recalled) == ("2019-03", "Tulle", "arme à feu", 1, None)
    (real,) = _events("Le maire a été tué par balles samedi à Tulle.", "Le maire de Tulle tué par balles")
    assert _row(real) == ("2021-04-03", "Tulle", "arme à feu", 1, None)
    (asked,) = _events("Le maire a été tué par balles samedi à Tulle.", "Qui a tué le maire de Tulle ?")
    assert _row(asked) == ("2021-04-03", "Tulle", "arme à feu", 1, None)


def test_an_armys_offensive_on_a_town_without_a_toll_is_a_war_told_as_a_whole():
    assert (
        _events(
            "Les pourparlers ont échoué après l'attaque surprise lancée le 4 avril 2019 par le maréchal X contre Tulle."
        )
        == []
    )
    assert _events("Les discussions ont cessé après l'attaque menée en mai par l'armée contre la capitale.") == []
    # with a toll, or by a group against a place it struck: an attack
    (tolled,) = _events("L'attaque lancée samedi par l'armée contre Tulle a fait six morts parmi les civils.")
    assert (tolled.date, tolled.killed) == ("2021-04-03", 6)
    (hotel,) = _events("L'attaque lancée samedi par les jihadistes contre un hôtel de Tulle a fait six morts.")
    assert _row(hotel) == ("2021-04-03", "Tulle", None, 6, None)


def test_a_killing_in_words_a_fiction_or_a_question_reports_no_attack():
    assert _events("Le candidat a été assassiné politiquement samedi à Tulle par ses propres amis.") == []
    assert _events("Dans la série, un commando tue trente personnes lors d'une attaque contre un hôtel de Tulle.") == []
    assert (
        _events("Dans son roman, un terroriste fait exploser une bombe dans le métro de Tulle, tuant vingt personnes.")
        == []
    )
    assert _events("Un attentat a-t-il été commis samedi à Tulle ? La police dément.") == []
    # the same words told of an attack: a political killing, a film about a real attack, the answer given
    (political,) = _events("Le candidat a été assassiné samedi à Tulle, un assassinat politique selon ses proches.")
    assert (political.date, political.location, political.killed) == ("2021-04-03", "Tulle", 1)
    (film,) = _events("Le film raconte l'attentat qui a fait 86 morts à Tulle le 14 juillet 2016.")
    assert (film.location, film.killed) == ("Tulle", 86)
    (told,) = _events("Un attentat a été commis samedi à Tulle, faisant deux morts.")
    assert (told.date, told.location, told.killed) == ("2021-04-03", "Tulle", 2)
