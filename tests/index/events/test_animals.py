"""Animals killed or maimed are no attack (the gold set counts violence against people or places): an article about
animals killed lists none of its killings, and a sentence of animals killed gives no event in any article."""

from __future__ import annotations

from .helpers import events


def test_an_article_about_animals_killed_lists_no_attack():
    text = (
        "Une trentaine de moutons ont été retrouvés égorgés samedi dans une bergerie de Saint-Flour. "
        "Selon l'éleveur, la plus petite des bêtes a été abattue d'un coup de fusil. "
        "Une enquête a été ouverte."
    )
    assert events(text, title="Cantal : trente moutons tués dans une bergerie") == []


def test_a_sentence_of_animals_killed_is_no_attack_beside_a_real_one():
    text = (
        "Un homme de 40 ans a été tué par balle samedi à Orléans. "
        "Le mois dernier, un poney avait été poignardé à mort dans un pré de Vierzon."
    )
    assert [(e.weapon, e.killed) for e in events(text, title="Orléans : un homme tué par balle")] == [("arme à feu", 1)]


def test_a_person_killed_by_the_one_who_killed_animals_is_still_listed():
    text = (
        "Un éleveur a été tué de plusieurs coups de couteau samedi à Aurillac par un voisin qui avait tué ses chiens."
    )
    assert [(e.location, e.killed) for e in events(text, title="Aurillac : un éleveur tué par son voisin")] == [
        ("Aurillac", 1)
    ]


def test_a_farm_animal_killed_is_no_attack():
    text = "Un alpaga a été retrouvé mort jeudi dans un pré de Figeac, une oreille coupée et des blessures à la tête."
    assert events(text, title="Lot : un alpaga tué et mutilé") == []


def test_a_person_killed_with_his_animals_is_listed():
    text = "Un éleveur et ses chèvres ont été tués par balle dimanche à Gap par un voisin armé d'un fusil."
    assert [e.location for e in events(text)] == ["Gap"]


def test_lamas_are_also_tibetan_monks_so_their_killing_is_listed():
    text = "Deux lamas ont été tués par balle jeudi par des soldats dans un monastère près de Lhassa."
    assert [e.killed for e in events(text, title="Tibet : deux lamas tués par des soldats")] == [2]


def test_a_person_of_any_trade_killed_beside_an_animal_killed_is_listed():
    text = "Une pharmacienne a été tuée par balle mardi à Dijon par le maître d'un chien abattu la semaine précédente."
    assert [(e.location, e.killed) for e in events(text, title="Dijon : une pharmacienne tuée par balle")] == [
        ("Dijon", 1)
    ]


def test_a_lamb_slaughtered_at_an_abattoir_is_no_attack():
    text = (
        "Selon une association, un agneau est abattu toutes les dix secondes dans cet abattoir du Tarn, égorgé à vif."
    )
    assert events(text, title="Tarn : un abattoir épinglé par une association") == []


def test_a_bull_shot_after_fleeing_is_no_attack():
    text = "Un taureau échappé d'un élevage a été abattu jeudi 4 juin à Arles à la demande de la préfecture."
    assert events(text, title="Arles : un taureau abattu après sa fuite") == []


def test_a_horse_a_man_killed_is_no_attack_though_the_man_is_named_first():
    text = (
        "Un éleveur a tué la jument de son voisin d'un coup de fusil samedi à Ganges. "
        "Le voisin a porté plainte pour cette attaque."
    )
    assert events(text, title="Gard : un éleveur tue la jument de son voisin") == []


def test_cats_a_convicted_man_killed_are_no_attack():
    text = "Un homme condamné pour avoir tué 21 chats à Lyon a été arrêté samedi."
    assert events(text) == []


def test_a_neighbour_a_man_killed_stays_listed():
    text = "Un éleveur a tué son voisin d'un coup de fusil samedi à Ganges."
    assert [(e.location, e.killed) for e in events(text, title="Gard : un homme tue son voisin")] == [("Ganges", 1)]


def test_a_person_named_or_of_any_trade_killed_by_a_man_who_blamed_him_for_animals_stays_listed():
    text = "Un agriculteur a abattu Pierre Martin samedi à Ganges, qu'il accusait d'avoir tué ses chiens."
    assert [(e.location, e.killed) for e in events(text)] == [("Ganges", 1)]
    text = "Samedi à Tulle, un homme a poignardé Marc, 45 ans, qui avait tué son chat."
    assert [(e.location, e.killed) for e in events(text)] == [("Tulle", 1)]


def test_a_man_who_killed_his_own_old_mare_is_no_attack():
    assert events("Un éleveur a tué sa vieille jument d'un coup de fusil samedi à Ganges.") == []


def test_a_neighbours_cock_shot_is_no_one_killed():
    assert events("Un habitant de Saint-Sever a abattu samedi le coq de son voisin d'un coup de fusil.") == []
    assert events("Le gallinacé de la ferme a été abattu samedi à Tulle par un chasseur.") == []


def test_trees_felled_by_a_man_with_an_axe_are_no_one_killed():
    assert events("Samedi à Tulle, un bûcheron muni d'une hache a abattu trois arbres malades.") == []
    assert events("Un homme armé d'un couteau a abattu deux platanes devant la mairie de Tulle samedi.") == []
    wounded = events("Un homme armé d'une hache a blessé deux passants samedi à Tulle, près des arbres du parc.")
    assert [(e.location, e.injured) for e in wounded] == [("Tulle", 2)]


def test_a_man_killed_by_a_ram_is_no_attack():
    text = (
        "Un bélier a renversé un promeneur de 80 ans puis s'est acharné sur lui, samedi 3 avril près de Pau. "
        "L'homme est mort sur place."
    )
    assert events(text, title="Béarn : un promeneur tué par un bélier") == []


def test_a_count_of_attacks_under_a_title_of_a_shark_attack_is_no_attack():
    text = (
        "Un nageur a été grièvement blessé samedi au large de Perth, a indiqué la police. "
        "En 2020, 22 attaques ont été recensées en Australie, dont deux mortelles."
    )
    assert events(text, title="Australie : un nageur blessé par un requin") == []


def test_a_count_of_wolf_attacks_on_herds_is_no_attack():
    text = "En 2020, 3.000 attaques ont eu lieu contre des troupeaux, selon la préfecture."
    assert events(text, title="Les attaques de loups en hausse dans les Alpes") == []


def test_a_shooting_beside_a_dog_s_bite_stays_listed():
    text = (
        "Un homme a abattu son voisin de deux balles samedi à Pau, après une dispute. "
        "La victime avait été mordue par un chien la semaine précédente."
    )
    assert [(e.location, e.killed) for e in events(text, title="Pau : un homme tue son voisin")] == [("Pau", 1)]


def test_animals_killed_with_the_manner_told_between_are_no_attack():
    title = "Sarthe : un chasseur a tué par balles trois sangliers"
    assert events("Un chasseur a tué par balles trois sangliers dimanche près de Tulle.", title=title) == []
    assert events("L'éleveur a abattu par balles deux vaches malades samedi près de Tulle.") == []
