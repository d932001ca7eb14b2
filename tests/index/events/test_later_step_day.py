"""A day written right after a later step of the case (a confession, a charge, a hearing) is that step's day, not the
attack's: the attack keeps its own day, or stays undated; an arrest still dates an attack the text dates by nothing
else."""

from __future__ import annotations

from .helpers import events


def test_a_confession_day_is_not_a_second_bombing():
    text = (
        "Une bombe a explosé vendredi 2 avril devant la mairie de Tulle, blessant six personnes. "
        "Le suspect a reconnu dimanche 4 avril avoir fabriqué la bombe, qui a blessé six personnes."
    )
    (event,) = events(text, title="Tulle : le suspect avoue")
    assert (event.date, event.location, event.injured) == ("2021-04-02", "Tulle", 6)


def test_the_day_of_a_charge_does_not_date_the_killing():
    text = "Un homme a été mis en examen et écroué samedi à Brive, soupçonné d'avoir tué par balle son voisin."
    (event,) = events(text, title="Brive : un homme écroué")
    assert (event.date, event.location) == (None, "Brive")


def test_the_day_of_a_hearing_does_not_date_the_attack():
    text = (
        "Le suspect de l'attaque au couteau de Tulle, qui a fait deux morts, doit comparaître lundi pour la première "
        "fois."
    )
    (event,) = events(text, title="Tulle : le procès s'ouvre")
    assert (event.date, event.location, event.killed) == (None, "Tulle", 2)


def test_an_arrest_still_dates_an_attack_dated_by_nothing_else():
    text = "Un homme a été interpellé samedi à Brive, soupçonné d'avoir tué par balle son voisin."
    (event,) = events(text, title="Brive : un homme interpellé")
    assert (event.date, event.location) == ("2021-04-03", "Brive")


def test_an_attack_its_conviction_dates_takes_no_later_day_from_the_sentence_before():
    text = (
        "Le mari a été interpellé samedi à Tulle. "
        "Il avait déjà été condamné en 2015 pour avoir poignardé un collègue à Brive."
    )
    assert [(e.date, e.location) for e in events(text)] == [(None, "Brive")]


def test_the_day_a_commission_hears_a_witness_does_not_date_the_attack():
    text = (
        "Le préfet de Tulle était auditionné, mercredi 31 mars, par la commission d'enquête de l'Assemblée nationale "
        "sur les dysfonctionnements ayant conduit à l'attaque meurtrière à la préfecture."
    )
    assert [(e.date, e.location) for e in events(text)] == [(None, "Tulle")]


def test_the_day_a_court_hears_a_witness_does_not_date_the_attack():
    text = (
        "Entendue par la cour d'assises vendredi 2 avril, une caissière a raconté comment un homme armé avait tué "
        "trois clients du supermarché de Tulle."
    )
    assert [(e.date, e.location, e.killed) for e in events(text)] == [(None, "Tulle", 3)]


def test_the_day_the_wounded_left_hospital_does_not_date_the_shooting():
    text = (
        "Un policier avait été blessé par balle à Tulle par un forcené. "
        "Il est sorti de l'hôpital de Brive (Corrèze) vendredi 2 avril, où il était soigné depuis un mois."
    )
    assert [(e.date, e.location, e.injured) for e in events(text)] == [(None, "Tulle", 1)]


def test_the_day_the_court_goes_back_over_the_attack_does_not_date_it():
    text = (
        "Après la tuerie du journal Le Glaive et l'assassinat de Brive, la cour d'assises spéciale de Paris replonge "
        "à partir de lundi 5 avril dans l'horreur de la prise d'otages de la supérette de Tulle le 9 janvier 2015, au "
        "cours de laquelle quatre hommes ont été tués."
    )
    assert [e.date for e in events(text)] == ["2015-01-09"]


def test_the_day_shots_were_heard_by_neighbours_is_the_attacks():
    heard = (
        "Un homme a été tué par balle à Tulle. "
        "Les tirs, entendus par plusieurs voisins samedi 3 avril vers 22 heures, ont semé la panique."
    )
    assert [(e.date, e.location, e.killed) for e in events(heard)] == [("2021-04-03", "Tulle", 1)]
    before = (
        "Des détonations ont été entendues par les riverains samedi 3 avril dans la nuit. "
        "Un homme a été abattu à Tulle."
    )
    assert [(e.date, e.location) for e in events(before)] == [("2021-04-03", "Tulle")]
