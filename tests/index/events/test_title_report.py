"""The attack a title reports in its own nominal syntax, for an article whose body yields no event of its own."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_someone_killed_told_by_a_participle_in_the_title():
    text = (
        "L'homme retenait trois clients dans une agence bancaire depuis le matin. Le braqueur avait garé sa voiture "
        "devant l'agence. Les clients sont sortis indemnes."
    )
    (event,) = _events(text, title="Corrèze : un braqueur abattu par les gendarmes à Tulle")
    assert (event.location, event.weapon, event.killed) == ("Tulle", "arme à feu", 1)
    assert event.evidence["event"] == ["t#1"]  # the lead's sentence that names the robber again


def test_the_lead_that_names_the_victim_again_dates_and_places_it():
    text = (
        "Le ministre a regretté jeudi le peu de résultats de l'enquête sur la mort d'un étudiant en janvier 2016 à "
        "Brive. La famille demande que les auteurs soient jugés."
    )
    (event,) = _events(text, title="Etudiant tué en France : le ministre regrette les lenteurs de l'enquête")
    assert (event.date, event.location, event.killed) == ("2016-01", "Brive", 1)


def test_an_attacker_told_by_his_verb_in_the_present():
    text = "Le tir a été effectué à plus de deux kilomètres. Le tireur appartient aux forces spéciales."
    (event,) = _events(text, title="Corrèze : un tireur tue un forcené retranché dans une ferme de Tulle")
    assert (event.location, event.killed) == ("Tulle", 1)


def test_an_attack_told_by_an_indefinite_noun():
    text = "Le journaliste tournait un reportage sur le marché. Il est rentré chez lui sans une égratignure."
    (event,) = _events(text, title="Tulle : un reporter pris dans une fusillade")
    assert (event.location, event.weapon) == ("Tulle", "arme à feu")


def test_a_body_that_reports_the_attack_keeps_its_own_record():
    (event,) = _events("Un gendarme a été abattu samedi à Tulle.", title="Un gendarme abattu à Tulle")
    assert (event.date, event.location) == ("2021-04-03", "Tulle")


def test_titles_the_body_would_not_read_as_an_attack_give_none():
    text = "Les faits se sont produits en fin de matinée. Le maire s'est rendu sur place."
    for title in (
        "Tulle : un piéton tué dans un accident de la route",  # an accident
        "Une soigneuse tuée par un tigre au zoo de Tulle",  # an animal
        "Tulle : un virus tue deux patients de l'hôpital",  # a disease
        "Un projet d'attentat déjoué à Tulle",  # a foiled plot
        "Tulle : une tentative d'attentat contre la mairie",  # an attempt
        "Tulle : le maire menacé d'être abattu",  # a threat
        "Le maire de Tulle abattu ? La fausse alerte d'un site",  # a question, a hoax
        "Tulle : le candidat assassiné politiquement par son parti",  # a metaphor
        "Tulle : le meurtrier d'une joggeuse tuée en 2019 condamné",  # a trial's clause
        "Tulle : une chaudière explose et tue une locataire",  # no attacker before the verb
        "Un homme roué de coups pour une cigarette",  # no when, where or toll
    ):
        assert _events(text, title=title) == [], title


def test_a_killing_the_title_reports_is_named_again_by_the_victims_death_or_murder():
    text = (
        "Près de cinq mois après la mort de Julie Martin, ses meurtriers présumés ont reconnu ce vendredi devant la "
        "justice avoir tenté de la faire disparaître. De premiers aveux, un soulagement pour la famille de la jeune "
        "étudiante."
    )
    (event,) = _events(text, title="Jeune étudiante tuée à Tulle : premiers aveux des meurtriers présumés")
    assert (event.date, event.location, event.killed) == (None, "Tulle", 1)
    assert event.evidence["event"] == ["t#0"]  # the death named again, not the sentence that repeats `jeune`


def test_a_title_set_in_a_country_is_placed_by_the_first_town_of_its_lead_in_that_country():
    text = (
        "Le journaliste couvre la bataille de Mossoul qui fait rage depuis lundi. Son reportage a été interrompu par "
        "des salves de tirs."
    )
    (event,) = _events(text, title="Irak : un reporter est pris dans une fusillade")
    assert (event.location, event.country, event.weapon) == ("Mossoul", "Irak", "arme à feu")
    # a town of another country is no place of the title's attack; a title set in no country takes none
    text = text.replace("Mossoul", "Lyon")
    assert _events(text, title="Irak : un reporter est pris dans une fusillade") == []
    assert _events(text.replace("Lyon", "Mossoul"), title="Un reporter est pris dans une fusillade") == []


def test_a_title_that_names_the_killer_of_a_place_or_a_venue_reports_his_attack():
    text = (
        "Paul Roux, qui vient d'être condamné pour le carnage des mosquées de Tulle, était un solitaire. Il n'a rien "
        "dit pendant quatre jours d'audience."
    )
    (event,) = _events(text, title="Le tueur de Tulle, un solitaire conquis par l'extrémisme")
    assert (event.location, event.evidence["event"]) == ("Tulle", ["t#0"])
    text = "Une étudiante filmait la fête. Elle a posté la vidéo juste avant le début de l'attaque."
    (venue,) = _events(text, title="Tulle : premières images du tireur de la boîte de nuit")
    assert (venue.location, venue.weapon, venue.evidence["event"]) == ("Tulle", "arme à feu", ["t#1"])
    # the killer of a person, or a serial killer, names no attack on a place
    assert _events(text, title="Tulle : premières images du tueur de la joggeuse") == []
    assert _events(text, title="Tulle : le tueur en série avoue") == []


def test_a_title_s_stabbing_verb_counts_the_stabbed_as_hurt_unless_the_lead_tells_a_death():
    body = "Un homme a porté un coup de couteau à un agriculteur dimanche soir à Tulle. Il a été interpellé."
    (event,) = _events(body, title="Corrèze : un homme poignarde un agriculteur")
    assert (event.killed, event.injured) == (None, 1)
    died = body + " L'agriculteur est mort de ses blessures lundi."
    (event,) = _events(died, title="Corrèze : un homme poignarde un agriculteur")
    assert (event.killed, event.injured) == (1, None)


def test_a_title_that_names_a_murder_by_its_victim_reports_the_killing_of_its_case():
    text = (
        "Le suspect du meurtre de Léonie, à Tulle en Corrèze, a été présenté lundi soir à un juge. Son avocat a "
        "demandé une expertise psychiatrique."
    )
    (event,) = _events(text, title="Meurtre de Léonie : le suspect présenté à un juge")
    assert (event.date, event.location, event.killed) == (None, "Tulle", 1)  # the charge's day is not the killing's
    assert event.evidence["event"] == ["t#0"]
    # a multiplier counts the dead; the place may follow the noun
    text = "Les enquêteurs ont entendu un voisin mardi. Le parquet n'a rien dit de plus."
    (event,) = _events(text, title="Double meurtre à Tulle : l'enquête rebondit")
    assert (event.location, event.killed) == ("Tulle", 2)


def test_a_murder_noun_that_is_no_title_s_own_report_gives_none():
    text = "Les enquêteurs ont entendu un voisin mardi à Tulle. Le parquet n'a rien dit de plus."
    for title in (
        "Tulle : une tentative de meurtre sur un commerçant",  # an attempt
        "Meurtre de Léonie à Tulle : le suspect a-t-il menti ?",  # a question
        "Féminicides : une marche organisée à Tulle",  # a plural, a topic
        "Tulle : deux hommes écroués pour le meurtre de leur compagne",  # a charge inside the clause
        "Meurtre de deux policiers à Tulle : le suspect arrêté",  # several victims, uncounted
    ):
        assert _events(text, title=title) == [], title


def test_the_victim_a_title_s_murder_noun_names_is_no_place_and_a_film_is_no_murder():
    # `Florence`, `Victoria`: first names as often as towns, the victim of the noun, in the title or the lead
    text = "Le suspect a été présenté lundi à un juge. Son avocat a demandé une expertise psychiatrique."
    (event,) = _events(text, title="Meurtre de Florence : le suspect présenté à un juge")
    assert (event.location, event.country, event.killed) == (None, None, 1)
    text = "Le suspect du meurtre de Victoria a été présenté lundi à un juge. Son avocat n'a rien dit."
    (event,) = _events(text, title="Meurtre de Victoria : le suspect présenté à un juge")
    assert (event.location, event.country, event.killed) == (None, None, 1)
    # a place after the victim is still read
    (event,) = _events(text, title="Meurtre de Victoria à Tulle : le suspect présenté à un juge")
    assert event.location == "Tulle"
    text = "Le film sort mercredi en salles. Il raconte le meurtre d'un cardinal."
    assert _events(text, title="Meurtre au Vatican : le film qui cartonne") == []


def test_the_day_of_the_suspect_of_a_title_s_murder_is_not_the_killing_s():
    text = "Le suspect du double meurtre a été écroué lundi. Son avocat n'a rien dit."
    (event,) = _events(text, title="Double meurtre à Tulle : le suspect écroué")
    assert (event.date, event.location, event.killed) == (None, "Tulle", 2)
    # the killing's own day, told before the suspect's verb, is still read
    text = "Le suspect du meurtre de Léonie, tuée samedi, a été mis en examen lundi. Son avocat n'a rien dit."
    (event,) = _events(text, title="Meurtre de Léonie à Tulle : le suspect mis en examen")
    assert (event.date, event.location, event.killed) == ("2021-04-03", "Tulle", 1)


def test_a_title_that_names_a_murder_through_its_author_s_charge_reports_the_killing():
    text = "L'homme a été placé en détention provisoire samedi. Son avocat n'a rien dit."
    for title in (
        "Tulle : un quadragénaire mis en examen pour le meurtre aggravé de sa compagne",
        "Tulle : la mère mise en examen pour meurtre",
        'Tulle : un ancien militaire renvoyé aux assises pour le "meurtre" du caporal Martin',
        "Tulle : 20 ans de prison pour le meurtre de Karim",
    ):
        (event,) = _events(text, title=title)
        # the charge's day is not the killing's
        assert (event.date, event.location, event.killed) == (None, "Tulle", 1), title


def test_a_charged_murder_that_is_no_one_killing_done_gives_none():
    text = "L'homme a été placé en détention provisoire samedi à Tulle. Son avocat n'a rien dit."
    for title in (
        'Disparition d\'une fillette : un Allemand suspecté de "meurtre"',  # a suspicion
        'Soupçons d\'euthanasie : une infirmière de Tulle mise en examen pour "meurtre"',  # a matter still suspected
        "Tulle : un homme mis en examen pour le meurtre de ses parents",  # several victims, uncounted
        "Tulle : deux hommes placés en détention pour le meurtre de leur compagne",  # a plural charge
        "Tulle : un homme mis en examen pour tentative de meurtre",  # an attempt
    ):
        assert _events(text, title=title) == [], title


def test_a_title_s_report_may_open_its_clause_after_a_comma():
    text = "Des centaines de personnes ont défilé samedi. Sa famille réclame justice."
    (event,) = _events(text, title="Marche blanche pour Adrien, tué pour rien devant un bar de Tulle")
    assert (event.location, event.killed) == ("Tulle", 1)
    # a disaster's dead stay none, whatever clause tells them
    assert _events(text, title="Tulle : six promeneurs, dont deux enfants, tués dans une tornade") == []


def test_an_attack_the_title_tells_only_as_planned_is_none():
    text = (
        "Trois jeunes hommes ont été arrêtés lundi à Tulle par la DGSI. Ils sont soupçonnés d'avoir voulu rejoindre "
        "la Syrie. Aucune arme n'a été retrouvée."
    )
    assert _events(text, title="Corrèze : trois hommes soupçonnés de préparer un attentat interpellés à Tulle") == []
    assert _events(text, title="Trois hommes interpellés pour avoir projeté de commettre un attentat à Tulle") == []


def test_an_attack_the_title_names_as_done_beside_a_plan_stays_listed():
    text = "L'homme est mort sur le coup. L'enquête a été confiée à la police judiciaire."
    (event,) = _events(text, title="Attentat de Tulle : l'assaillant avait projeté de commettre un attentat ailleurs")
    assert event.location == "Tulle"
