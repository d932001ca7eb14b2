"""An attack that a title opening on a French department reports (`Loiret : un homme tué par balle`), placed in no
town by its own sentences, happened in the town of that department the lead writes with it (`Le drame s'est joué
samedi à Briare (Loiret)`, `en plein centre de Gien, dans le Loiret`): the pool's France articles write their town so
(dev half: Marly-le-Roi, La Seyne-sur-Mer, Bourbourg; frdev9: Maisse)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_the_town_written_with_the_titled_department():
    text = (
        "Le drame s'est joué samedi soir à Briare (Loiret). Un homme de 41 ans a succombé à une blessure par balle "
        "peu après l'arrivée des pompiers."
    )
    (event,) = _events(text, title="Loiret : un homme tué par balle devant un bar, un suspect recherché")
    assert (event.location, event.killed) == ("Briare", 1)


def test_the_town_set_in_the_titled_department():
    text = (
        "Les coups de feu ont retenti en plein centre de Gien, dans le Loiret. Un homme de 30 ans a été abattu "
        "de plusieurs balles dans la nuit de vendredi à samedi."
    )
    (event,) = _events(text, title="Loiret : un homme abattu en pleine nuit")
    assert (event.location, event.killed) == ("Gien", 1)


def test_nor_a_landmark_town_nor_the_court_s_nor_another_department_s():
    text = (
        "Un homme de 41 ans a succombé à une blessure par balle samedi soir. Le bar se trouve dans un village à une "
        "vingtaine de kilomètres de Montargis (Loiret)."
    )
    (event,) = _events(text, title="Loiret : un homme tué par balle devant un bar")
    assert event.location is None
    text = (
        "Un homme de 41 ans a succombé à une blessure par balle samedi soir. Un suspect a été placé en garde à vue, "
        "a indiqué le procureur de Montargis (Loiret)."
    )
    (event,) = _events(text, title="Loiret : un homme tué par balle devant un bar")
    assert event.location is None
    text = "Le drame s'est joué samedi soir à Cosne (Nièvre). Un homme de 41 ans a succombé à une blessure par balle."
    (event,) = _events(text, title="Loiret : un homme tué par balle devant un bar")
    assert event.location != "Cosne"


def test_the_town_of_the_department_a_title_sets_its_report_in():
    text = (
        "Deux jours après l'attaque qui a eu lieu dans une boulangerie de Briare, dans le Loiret, les hommages à la "
        "mémoire du capitaine Durand qui s'est interposé se multiplient. Des sources judiciaires indiquent ce lundi "
        "soir que le policier a succombé à des coups de couteau reçus au thorax. Il avait aussi été blessé par balles, "
        "mais ces blessures n'étaient pas mortelles."
    )
    events = _events(text, title="Attaque du Loiret : le capitaine Durand serait mort poignardé")
    assert events and all(e.location == "Briare" for e in events)


def test_nor_when_the_title_names_two_departments():
    text = (
        "Deux hommes ont été placés en détention. Le drame s'est joué samedi soir à Briare (Loiret). Une femme de 41 "
        "ans a succombé à une blessure par balle."
    )
    events = _events(text, title="Féminicides : deux hommes écroués dans le Loiret et dans la Nièvre")
    assert all(e.location != "Briare" for e in events if e.killed)
