"""Attacks a careful reader finds without a weapon word, told headline-first, with tolls in other phrasings."""

from __future__ import annotations

import datetime as dt

from index.events import extract_events
from index.ingest import segment
from index.models import Article, AttackEvent

PUBLISHED = dt.date(2021, 4, 5)  # a Monday


def _events(text: str, title: str = "Dépêche") -> list[AttackEvent]:
    article = Article(id="t", title=title, text=text, published=PUBLISHED, lang="fr")
    return extract_events(article, segment(article))


def _row(event: AttackEvent) -> tuple:
    return event.date, event.location, event.weapon, event.killed, event.injured


def test_killing_verbs_report_an_attack_without_a_weapon_word():
    (shot,) = _events("Un pêcheur a été abattu samedi par des soldats près de Tulle.")
    assert _row(shot) == ("2021-04-03", "Tulle", "arme à feu", 1, None)
    (murdered,) = _events("Un maire et son adjoint ont été assassinés dimanche à Brive.")
    assert (murdered.date, murdered.location, murdered.weapon) == ("2021-04-04", "Brive", None)
    (fired,) = _events("Un homme a tiré lundi sur un café de Tulle. Aucun blessé n'est à déplorer.")
    assert (fired.weapon, fired.location, fired.injured) == ("arme à feu", "Tulle", 0)


def test_an_assault_on_a_guarded_place_is_an_attack():
    (event,) = _events("Des insurgés ont attaqué jeudi un poste de police près de Tulle, tuant trois agents.")
    assert _row(event) == ("2021-04-01", "Tulle", None, 3, None)


def test_a_bare_attack_noun_needs_a_toll_or_a_verb_close_to_it():
    (event,) = _events("Une attaque a frappé lundi un café-restaurant de Tulle, faisant au moins 18 morts.")
    assert _row(event) == ("2021-04-05", "Tulle", None, 18, None)
    (vague,) = _events("Une attaque a fait plusieurs morts lundi à Tulle.")
    assert vague.killed is None  # `plusieurs` is no figure
    assert _events("Le candidat a lancé une attaque contre son rival lundi à Tulle.") == []


def test_what_is_not_a_person_shot_down_is_no_attack():
    assert _events("L'avion de tourisme a été abattu lundi au-dessus de Tulle.") == []
    assert _events("Un ours a été abattu dimanche près de Tulle.") == []


def test_vehicle_rammings():
    (van,) = _events("Une voiture a foncé sur un fourgon de gendarmerie lundi à Tulle, blessant deux gendarmes.")
    assert _row(van) == ("2021-04-05", "Tulle", "voiture-bélier", None, 2)
    (crowd,) = _events("Une camionnette a fauché des passants samedi à Brive, faisant 13 morts et 100 blessés.")
    assert _row(crowd) == ("2021-04-03", "Brive", "voiture-bélier", 13, 100)


def test_headline_first_the_body_opens_on_a_definite_noun():
    text = "L'assaut a été lancé dimanche contre la prison de Tulle. Au moins cinq gardiens ont été tués."
    (event,) = _events(text, title="France : au moins cinq morts dans l'attaque d'une prison")
    assert (event.date, event.location, event.killed) == ("2021-04-04", "Tulle", 5)
    # Without a title that reports an attack, the same definite noun refers to nothing we know.
    assert _events("L'assaut final a été lancé dimanche. Les négociations ont repris.", title="Élections") == []


def test_a_headline_about_an_accident_opens_no_event():
    text = "La déflagration a eu lieu samedi à Tulle. Au moins 38 personnes ont été blessées samedi dans l'usine."
    assert _events(text, title="Une déflagration dans une usine fait 38 blessés") == []


def test_place_and_day_from_the_neighbouring_sentence():
    text = (
        "Un homme de 26 ans a été arrêté vendredi 2 avril à Tulle. "
        "Il est suspecté d'être l'auteur d'une attaque au couteau, qui a fait un mort et six blessés."
    )
    (event,) = _events(text)
    assert _row(event) == ("2021-04-02", "Tulle", "arme blanche", 1, 6)


def test_a_country_named_as_the_place_gives_way_to_the_town():
    (event,) = _events(
        "Huit personnes ont été tuées dimanche par des hommes armés dans la zone de Kouré, dans le sud du Niger."
    )
    assert (event.location, event.country, event.killed) == ("Kouré", "Niger", 8)


def test_the_scene_set_first_and_the_dated_report_are_one_event():
    text = (
        "L'attaque a été perpétrée dans la région de Tulle. Huit personnes ont été tuées dimanche par des hommes armés."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2021-04-04", "Tulle", 8)


def test_tolls_with_an_aside_or_the_victim_and_others():
    (aside,) = _events(
        "Six personnes, vraisemblablement de la même famille, ont été tuées samedi par des hommes armés à Tulle."
    )
    assert aside.killed == 6
    (others,) = _events(
        "Un kamikaze a visé lundi le convoi du gouverneur à Kaboul, le tuant ainsi que 21 autres personnes."
    )
    assert others.killed == 22


def test_several_attacks_summed_up_by_month_are_not_one():
    assert _events("La zone fut l'une des cibles des attaques qui avaient frappé la région en août 2020.") == []
