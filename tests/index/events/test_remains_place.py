"""A killing the text places in no town is placed where its own sentence, or one naming its victim, says the victim went
missing (`disparu en mars à Annecy`), else where the body was found (`retrouvé mort à son domicile de Thonon`): the gold
set places such killings there when the text gives no other place (frdev10, frdev12)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_killing_is_placed_where_its_victim_went_missing():
    text = (
        "Le suspect a été entendu lundi par les juges. Il est mis en examen pour l'assassinat du randonneur Paul "
        "Martin, disparu en mars 2019 à Annecy (Haute-Savoie)."
    )
    (event,) = _events(text, title="Affaire Martin : le suspect de nouveau entendu")
    assert (event.location, event.killed) == ("Annecy", 1)


def test_a_killing_is_placed_where_the_body_of_its_victim_was_found():
    text = (
        "Sa compagne, qui avait alerté les secours, a été interpellée. Le militaire, adjudant dans une brigade de "
        "montagne, a été retrouvé mort à son domicile de Thonon-les-Bains dimanche après-midi, a-t-on appris lundi."
    )
    (event,) = _events(text, title="Haute-Savoie : un gendarme tué par balle, sa compagne en garde à vue")
    assert (event.location, event.killed) == ("Thonon-les-Bains", 1)


def test_nor_the_prosecutor_s_town_nor_a_region_nor_another_victim_s_place():
    text = "Un homme a avoué avoir tué sa voisine. Le corps a été retrouvé selon le procureur de Grenoble, Jean Dupuis."
    (event,) = _events(text, title="Isère : un homme avoue avoir tué sa voisine")
    assert event.location is None
    text = (
        "Un homme a avoué avoir tué sa femme. Le corps de Marie Durand a été retrouvé fin mai dans un bois en "
        "Haute-Saône."
    )
    (event,) = _events(text, title="Meurtre de Marie Durand : son mari avoue")
    assert event.location is None
    text = (
        "Un homme a avoué avoir tué son voisin en 2015. En 2019, une adolescente avait disparu à Lyon, une affaire "
        "jamais élucidée."
    )
    (event,) = _events(text, title="Un homme avoue avoir tué son voisin")
    assert event.location is None


def test_not_where_the_suspect_was_found_dead():
    text = (
        "Un homme soupçonné d'avoir tué sa compagne a été retrouvé mort lundi dans sa voiture à Voiron. Sa compagne, "
        "âgée de 41 ans, avait été tuée par balles dimanche soir, a indiqué le parquet."
    )
    (event,) = _events(text, title="Isère : une femme tuée par balles, son compagnon retrouvé mort")
    assert (event.location, event.killed) == (None, 1)
