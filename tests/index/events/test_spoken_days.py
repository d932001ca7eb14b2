"""The day someone spoke or announced something, in a sentence next to an attack's report, is not the attack's
day (`Mercredi soir, le gouvernement a annoncé ...`, `assure jeudi à l'AFP un commerçant`)."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_neighbour_opening_on_the_day_someone_spoke_does_not_date_the_attack():
    text = (
        "Mercredi soir, le gouvernement a aussi annoncé la fermeture du point de passage. Des avions de combat ont "
        "frappé des cibles du Hamas dans la bande de Gaza."
    )
    (event,) = _events(text)
    assert (event.date, event.location) == (None, "Gaza")


def test_the_day_of_words_in_the_present_or_written_does_not_date_the_attack():
    for said in ("assure jeudi à l'AFP un commerçant", "a accusé jeudi un élu", "s'est dit jeudi choqué"):
        text = f'A Tulle, un commerçant a été tué par des policiers. "Rien ne change", {said}.'
        (event,) = _events(text)
        assert (event.date, event.location) == (None, "Tulle"), said
    text = (
        "Le ministre a évoqué mercredi la fermeture des abords du Parlement. Un homme avait foncé sur des passants "
        "avec son véhicule avant de poignarder un policier devant le Parlement de Londres."
    )
    (event,) = _events(text)
    assert (event.date, event.location) == (None, "Londres")


def test_a_day_told_with_the_attack_then_who_said_it_still_dates_it():
    text = (
        '"Une femme a été tuée lundi matin dans le village", a annoncé le maire. Cette religieuse a été '
        "retrouvée assassinée dans un village de Tulle."
    )
    (event,) = _events(text)
    assert event.date == "2021-04-05"


def test_the_day_of_a_protest_or_a_funeral_over_a_death_does_not_date_the_death():
    text = (
        "Des milliers de lycéens ont rejoint samedi les manifestants qui dénoncent le racisme, dans la vague de "
        "colère déclenchée en France par la mort d'un jeune homme asphyxié par un gendarme à Tulle."
    )
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == (None, "Tulle", 1)
    # the day told with the death itself still dates it
    (dated,) = _events("Samedi, la mort d'un jeune homme tué par un gendarme à Tulle a choqué le pays.")
    assert dated.date == "2021-04-03"


def test_the_day_of_a_reaction_to_a_death_named_by_its_noun_does_not_date_the_death():
    # the death's noun is the attack's word itself: the day before it is still the reaction's or the protest's
    for told in (
        "La chanteuse est sortie jeudi de son silence pour s'exprimer sur la mort de Paul Durand et les violences "
        "policières à Tulle.",
        "Des centaines de lycéens ont défilé samedi à Tulle pour dénoncer les brutalités policières ayant conduit à "
        "la mort de Paul Durand.",
        "Des milliers de personnes se sont réunies mardi soir - pendant les obsèques du jeune homme asphyxié par un "
        "gendarme - devant la mairie de Tulle.",
    ):
        _assert_one_death_undated_at_tulle(told)
    # the death's own day, told elsewhere, dates it
    (event,) = _events(
        "Des centaines de lycéens ont défilé samedi à Tulle pour dénoncer la mort de Paul Durand. Le jeune homme "
        "avait été tué par un gendarme le 12 mars à Tulle."
    )
    assert (event.date, event.location) == ("2021-03-12", "Tulle")
    # the day of the attack that caused the death still dates it
    (dated,) = _events("Un kamikaze s'est fait exploser samedi à Tulle, provoquant la mort de trois soldats.")
    assert (dated.date, dated.killed) == ("2021-04-03", 3)


def test_a_weekday_that_is_part_of_a_name_does_not_date_the_attack():
    text = (
        'La ville est tristement célèbre pour le "Bloody Sunday" du 30 janvier 1972, lorsque des soldats ont tué '
        "13 manifestants à Tulle."
    )
    (event,) = _events(text)
    assert (event.date, event.killed) == ("1972-01-30", 13)
    (black,) = _events("Un homme a tué deux clients d'un magasin lors du Black Friday à Tulle.")
    assert black.date is None
    (english,) = _events("An attacker killed two people on Sunday in Leeds.")
    assert english.date == "2021-04-04"


def test_the_day_of_a_confession_before_the_court_is_not_the_attacks():
    text = (
        "Un agent de sécurité a reconnu dimanche 4 avril devant la justice française avoir dépouillé des victimes de "
        "l'attentat de Tulle, alors qu'il prétendait les aider. Des images l'ont montré parmi les victimes de "
        "l'attentat-suicide qui a tué 22 personnes le 3 février."
    )
    (event,) = _events(text, title="Un vigile de l'attentat de Tulle reconnaît avoir volé des victimes")
    assert (event.date, event.location, event.killed) == ("2021-02-03", "Tulle", 22)
    # the attack named before the court: its day
    (event,) = _events("L'attaque au couteau du 3 mars devant le tribunal de Tulle a fait deux blessés.")
    assert event.date == "2021-03-03"


def test_a_neighbours_day_does_not_date_a_death_under_a_police_restraint_named_in_passing():
    for text in (
        "Vendredi, des milliers de personnes ont manifesté à Tulle contre le racisme. Le mouvement est né de la mort "
        "de Paul Durand, un jeune homme asphyxié sous le genou d'un gendarme à Tulle.",
        "Les images de la statue étaient visibles samedi matin sur les réseaux sociaux. Elle avait été dégradée lors "
        "de manifestations déclenchées par la mort de Paul Durand, asphyxié par un gendarme à Tulle.",
    ):
        _assert_one_death_undated_at_tulle(text)
    # told by its own verb, the death takes the day of the arrest told beside it
    (event,) = _events(
        "Un homme a été interpellé vendredi soir à Tulle. Il est mort asphyxié sous le genou d'un gendarme."
    )
    assert event.date == "2021-04-02"


def _assert_one_death_undated_at_tulle(text: str) -> None:
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == (None, "Tulle", 1), text
