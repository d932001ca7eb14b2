"""Attacks an article about something else recalls in passing: by a list of places, by a victim killed years ago."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def _places(text: str) -> list[str | None]:
    return [event.location for event in _events(text)]


def test_each_town_of_a_list_of_attacks_is_one_attack():
    text = "Le ministre a évoqué les attentats commis à Madrid, Londres et Bruxelles lors de son discours."
    assert _places(text) == ["Madrid", "Londres", "Bruxelles"]
    text = "Après les attentats de Lyon et de Saint-Étienne-du-Rouvray, le gouvernement a durci la loi."
    assert _places(text) == ["Lyon", "Saint-Étienne-du-Rouvray"]
    # a town after a bare comma only in a list that `et` closes; towns of one day are one coordinated attack
    assert _places("Après l'attentat de Nice, Valls a parlé de guerre.") == ["Nice"]
    text = "Depuis les attentats de Paris et de Saint-Denis du 13 novembre, la police a doublé ses effectifs."
    assert _places(text) == ["Paris"]


def test_one_person_killed_recalled_with_the_year():
    (event,) = _events("Les deux meurtriers de Paul Martin, un journaliste canadien tué en 2009, ont été libérés.")
    assert (event.date, event.killed) == ("2009", 1)
    (event,) = _events("Syrte est la ville natale de l'ancien dictateur, renversé et tué lors d'une rébellion en 2011.")
    assert (event.date, event.killed) == ("2011", 1)
    # the rest of the sentence is about the victim today, not where the killing was
    (event,) = _events("Le ministre a rendu hommage à Samuel Dupont, enseignant assassiné en octobre 2020.")
    assert (event.date, event.location) == ("2020-10", None)
    # many killed in a year are a war's toll; a soldier killed in combat is a war's death
    assert _events("Des milliers de civils tués en 1994 reposent ici.") == []
    assert _events("Son grand-père, tué en 1944 au combat, repose à Verdun.") == []


def test_one_person_killed_recalled_in_an_aside_between_dashes():
    # the wire's dashes, glued to the words or spaced, set the participle off as a comma does
    (event,) = _events(
        "La ville natale du dictateur Paul Roux --renversé et tué en 2011--, Tulle, est une ligne rouge."
    )
    assert (event.date, event.killed) == ("2011", 1)
    (event,) = _events("La ville natale du dictateur Paul Roux – renversé et tué en 2011 –, Tulle, est menacée.")
    assert (event.date, event.killed) == ("2011", 1)
    # re-elected, beaten, dead: nobody killed
    assert _events("Le ministre Paul Roux --réélu en 2011-- est candidat.") == []
    assert _events("Le ministre Paul Roux --battu en 2011 à Tulle-- est candidat.") == []
    assert _events("Le chanteur Paul Roux --mort en 2011 à Tulle-- est honoré.") == []


def test_one_person_killed_recalled_in_an_apposition_with_a_month_alone():
    # the month without a year, after where it happened: the last such month before publication
    text = "Un policier impliqué dans la mort d'une infirmière, Julie Roux, tuée chez elle en mars, est licencié."
    (event,) = _events(text)
    assert (event.date, event.killed) == ("2021-03", 1)
    # at the front, or elected: nobody killed in an attack
    assert _events("Son grand-père, tué au front en mai, repose à Verdun.") == []
    assert _events("Paul Roux, élu à Tulle en mars, a été réélu.") == []


def test_a_victim_named_by_role_feminine_or_complement_then_killed_that_year():
    # the victim told by her trade (feminine too) or by a complement of a few words, then the participle and its year
    (event,) = _events("La place porte le nom de l'opposant au régime Pierre Lenoir assassiné à Tulle en 2011.")
    assert (event.date, event.location, event.killed) == ("2011", "Tulle", 1)
    (event,) = _events("Les tueurs d'Anne Roux, une employée belge de la Croix-Rouge (CICR) tuée en 2004, sont libres.")
    assert (event.date, event.killed) == ("2004", 1)
    (event,) = _events("Le prix porte le nom de la militante abattue en 2009 à Brive par deux inconnus.")
    assert (event.date, event.location, event.killed) == ("2009", "Brive", 1)
    (event,) = _events("Son surnom vient d'un chanteur assassiné en 1996, idole de sa jeunesse.")
    assert (event.date, event.killed) == ("1996", 1)
    # placed by the participle's own clause, not by where the sentence's main clause is
    text = (
        "En 2018, la ville a posé une plaque au nom de la journaliste assassinée à Tulle en 2011, sous les fenêtres "
        "du consulat de Brive."
    )
    (event,) = _events(text)
    assert (event.date, event.location) == ("2011", "Tulle")
    # a death without a killer, a project killed in the egg, a death in battle: no attack
    assert _events("Le prix porte le nom de la militante morte en 2009 à Brive d'une longue maladie.") == []
    assert _events("Le projet de la ministre, tué dans l'oeuf en 2019, revient devant les députés.") == []
    assert _events("Le projet du maire tué dans l'œuf en 2019 revient devant le conseil.") == []
    assert _events("La tombe du chef des rebelles tué au combat en 1998 est fleurie.") == []


def test_one_murdered_told_by_the_participle_alone_is_one_killed_undated():
    # `assassiné` says someone killed the person: one killed, though the sentence gives no date or place
    (event,) = _events("La salle porte le nom d'Anne Roux, une avocate assassinée, et celui de son père.")
    assert (event.date, event.location, event.killed) == (None, None, 1)
    (event,) = _events("Un square a été baptisé en hommage au juge assassiné.")
    assert (event.date, event.killed) == (None, 1)
    (event,) = _events("On a retrouvé les enfants d'Anne Roux, une militante assassinée à qui appartenait ce châle.")
    assert (event.date, event.killed) == (None, 1)
    # uncounted plurals, a death with no killer, a film's plot, a date that is the report's: no killing listed
    assert _events("Un square a été baptisé en hommage aux juges assassinés.") == []
    assert _events("La salle porte le nom d'Anne Roux, une avocate décédée, et celui de son père.") == []
    assert _events("Le film raconte l'histoire d'un juge assassiné.") == []
    text = "Le journal a écrit en avril 2019 que les enfants du journaliste assassiné, y compris Paul, ont des maisons."
    assert _events(text) == []
    # another kind of victim than the killing told just before is another murder; the same kind, the same one
    text = (
        "En 2018, la ville a posé une plaque au nom de l'opposant Paul Roux, assassiné à Tulle en 2015. Des élus ont "
        "aussi demandé une rue en hommage au journaliste belge assassiné."
    )
    first, then = _events(text)
    assert (first.date, first.location, first.killed) == ("2015", "Tulle", 1)
    assert (then.date, then.location, then.killed) == (None, None, 1)
    text = "Le journaliste Paul Roux a été assassiné le 2 mars 2018 à Tulle. Une rue honore le journaliste assassiné."
    assert len(_events(text)) == 1
    # the article's own murder, retold by the participle later, is not listed twice
    text = (
        "Le journaliste Paul Roux a été assassiné le 2 octobre 2018 dans un consulat à Tulle. Ses tueurs ont été "
        "jugés. Une rue porte désormais le nom du journaliste assassiné."
    )
    (event,) = _events(text)
    assert (event.date, event.location) == ("2018-10-02", "Tulle")


def test_the_death_of_a_named_leader_in_an_operation_is_one_killed():
    (event,) = _events("Il a salué la mort du chef rebelle Jean Dupont lors d'une opération de l'armée près de Tulle.")
    assert (event.location, event.killed) == ("Tulle", 1)
    # its day and an apposition or two between the death and the operation
    text = "Il a salué la mort samedi d'un responsable local de l'EI, Paul Roux, lors d'une opération près de Tulle."
    (event,) = _events(text)
    assert (event.date, event.location, event.killed) == ("2021-04-03", "Tulle", 1)
    text = (
        "La mort mercredi du chef rebelle, le Tchadien Ali Roux, dans le nord du Niger, au cours d'une opération "
        "française, est un succès."
    )
    (event,) = _events(text)
    assert (event.date, event.country, event.killed) == ("2021-03-31", "Niger", 1)
    # told in a side clause, the name set off by commas before the operation
    text = (
        "Des hommes armés ont attaqué lundi la prison de Tulle, tuant douze détenus. L'attaque est intervenue après "
        "l'annonce de la mort samedi d'un chef jihadiste, Ali Roux, lors d'une opération de l'armée près de Brive."
    )
    raid, killing = _events(text)
    assert (killing.date, killing.location, killing.killed) == ("2021-04-03", "Brive", 1)
    text = (
        "Il a parlé après l'annonce de la mort d'un ancien maire, Paul Roux, lors d'une opération chirurgicale à Brive."
    )
    assert _events(text) == []
    # an aside with a verb of its own is no apposition; a surgeon's operation kills nobody
    assert _events("La mort de Paul Roux, survenue en 2010, a été évoquée dans une opération de communication.") == []
    assert _events("Le club a annoncé la mort de Jean Dupont lors d'une opération chirurgicale à Tulle lundi.") == []
    assert _events("Le club a annoncé la mort de son président lors d'une opération du cœur à Tulle le 3 mars.") == []


def test_what_came_before_the_attack_referred_to_is_another_attack():
    text = (
        "Des hommes armés ont attaqué lundi la prison de Tulle, tuant douze détenus. Les assaillants ont été arrêtés. "
        "Le ministre a dénoncé un acte lâche. Les familles des victimes se sont rassemblées devant la prison. "
        "Ce raid survient au lendemain de la mort d'un chef jihadiste lors d'une opération de l'armée près de Tulle."
    )
    raid, killing = _events(text)
    assert (raid.date, raid.killed) == ("2021-04-05", 12)
    assert (killing.date, killing.location) == ("2021-04-04", "Tulle")  # not the raid's day: the day before it
    assert killing.killed == 1  # `la mort d'un chef`: one person


def test_an_attack_named_by_what_it_was_and_when_happened():
    (event,) = _events("La mesure avait été prise après l'attentat à la voiture piégée près du consulat en mai 2017.")
    assert (event.date, event.weapon) == ("2017-05", "voiture piégée")
    (event,) = _events("Le suspect aurait participé à l'attentat contre un bus de pèlerins en 2018.")
    assert event.date == "2018"
    (event,) = _events("Le procès s'ouvre après l'attaque au couteau contre des passants à Tulle en 2016.")
    assert (event.date, event.location, event.weapon) == ("2016", "Tulle", "arme blanche")
    # planned, foiled, to come, or an `attaque` that is no armed one: nothing happened
    assert _events("Les services ont déjoué un projet d'attentat contre une église en 2017.") == []
    assert _events("La police craint un attentat en 2022 pendant les jeux.") == []
    assert _events("Le président a dénoncé l'attaque de l'opposition contre son gouvernement en 2019.") == []
    # recalled by its year, then told with its day: one attack
    text = (
        "Le suspect de l'attentat contre une synagogue de Tulle en 1982 a été arrêté mercredi. Le 9 août 1982, un "
        "commando avait lancé une grenade contre la synagogue de Tulle, blessant 22 personnes."
    )
    (event,) = _events(text)
    assert (event.date, event.weapon, event.injured) == ("1982-08-09", "grenade", 22)


def test_that_year_opening_a_sentence_is_the_year_the_sentence_before_wrote():
    text = (
        "En 1992, le fondateur du groupe avait reconnu avoir menti sur ses exploits. "
        "Cette année-là, il prit cinq balles dans le dos devant son domicile."
    )
    (event,) = _events(text)
    assert (event.date, event.weapon) == ("1992", "arme à feu")


def test_an_attack_named_by_what_it_was_and_its_full_day_happened():
    (event,) = _events("Après une attaque suicide le 12 mars 2016, le gouvernement a fermé les frontières.")
    assert (event.date, event.weapon) == ("2016-03-12", "kamikaze")
    text = "Il a été condamné pour un attentat contre un bus de pèlerins revendiqué par le Hamas le 3 juin 2014."
    (event,) = _events(text)
    assert (event.date, event.claimed) == ("2014-06-03", True)
    (event,) = _events("The law was passed after a shooting at a high school on March 3, 2018.")
    assert event.date == "2018-03-03"
    # foiled, to come, or an `attaque` that is no armed one: nothing happened
    assert _events("Les services ont déjoué un attentat contre une église le 24 novembre 2015.") == []
    assert _events("Le ministre a dénoncé l'attaque de l'opposition contre la réforme le 4 mai 2019.") == []
    assert _events("Le parquet craint un attentat le 14 juillet 2030 pendant le défilé.") == []


def test_an_attack_named_with_its_year_is_not_the_undated_attack_the_article_opens_on():
    text = (
        "Les attaques ont visé une caserne et un poste de police dans la capitale. "
        "Deux kamikazes ont fait exploser leur ceinture jeudi devant la caserne, tuant un soldat. "
        "Après un attentat suicide revendiqué par un groupe jihadiste le 24 novembre 2015, l'état d'urgence a été "
        "décrété dans le pays."
    )
    dates = sorted(str(event.date) for event in _events(text))
    assert dates == ["2015-11-24", "2021-04-01"]


def test_a_toll_told_where_the_attack_struck_is_that_attack_s():
    text = (
        "Le parquet s'est saisi compte tenu de ce qui s'est passé la veille à Tulle, où un attentat a fait quatre "
        "morts, dont trois fauchés par une camionnette."
    )
    (event,) = _events(text)
    assert (event.location, event.killed) == ("Tulle", 4)
    # a place where another thing happened, told aside: its toll is none of the attack's
    text = "La ville de Tulle, où un gendarme a été tué en 2019, a été le théâtre d'un attentat samedi."
    assert [event.killed for event in _events(text)] == [None]


def test_a_pronoun_that_stands_for_an_attack_noun_names_another_attack():
    text = "Un attentat a tué deux passants samedi à Tulle, un mois après celui de Lyon, qui avait fait trois morts."
    assert [(event.location, event.killed) for event in _events(text)] == [("Tulle", 2), ("Lyon", 3)]
    text = "Les élus ont rappelé d'autres attentats, comme ceux de Madrid, en mars 2004, lors du débat au Sénat."
    assert [(event.location, event.date) for event in _events(text)] == [("Madrid", "2004-03")]
    text = "Les attentats sanglants contre des écoles, comme celui d'avril 2018 à Kaboul, ont changé la ville."
    assert [(event.location, event.date) for event in _events(text)] == [("Kaboul", "2018-04")]
    text = "Depuis la fusillade de Tulle et celles de Lyon et Bordeaux, les policiers patrouillent armés."
    assert _places(text) == ["Tulle", "Lyon", "Bordeaux"]


def test_a_pronoun_that_stands_for_another_noun_names_no_attack():
    # the noun nearest the pronoun, or the one of its gender, is what it stands for
    assert _events("Malgré la hausse des fusillades depuis mai, les chiffres sont comparables à ceux de 2010.") == []
    assert _events("Les victimes de l'attentat réclament les mêmes droits que celles de Lyon.") == []
    assert _events("Le ministre juge l'hypothèse d'une attaque plus probable que celle d'une panne à Lyon.") == []


def test_an_attack_named_by_its_day_without_a_year_happened_when_the_words_say_it_was_done():
    text = "C'est le premier attentat dans la ville depuis celui perpétré le 12 février, sur la place du marché."
    assert [event.date for event in _events(text)] == ["2021-02-12"]
    text = "Les blessés de l'attentat contre la mairie le 3 mars dernier ont été reçus par le ministre."
    assert [event.date for event in _events(text)] == ["2021-03-03"]
    # planned or foiled: a day without its year may be one to come
    assert _events("Le groupe prépare une attaque contre une caserne le 30 avril.") == []
    assert _events("La police a déjoué un attentat prévu le 14 juillet.") == []


def test_since_one_attack_told_with_its_toll_is_no_period_counted():
    text = (
        "La police est en alerte, surtout depuis un attentat au camion revendiqué par le groupe Etat islamique (EI) "
        "qui avait fait 12 morts en décembre 2016 à Lyon."
    )
    assert [(event.date, event.location, event.killed) for event in _events(text)] == [("2016-12", "Lyon", 12)]
    # attacks counted since a day: a period's tally, no one attack
    assert _events("Depuis le mois de janvier, des attentats ont fait 12 morts dans la région de Lyon.") == []


def test_since_one_series_of_attacks_told_with_its_toll_is_dated_by_its_day():
    text = (
        "Le père du serveur est sans nouvelles de lui depuis les attaques de Tulle qui ont fait cinq morts et "
        "vingt blessés, samedi 3 avril."
    )
    assert [(event.date, event.location, event.killed) for event in _events(text)] == [("2021-04-03", "Tulle", 5)]


def test_an_attack_named_by_how_many_years_ago_it_happened():
    # the helpers' articles are published in 2021
    (event,) = _events("Le suspect voulait faire un lien avec le massacre commis il y a cinq ans en Norvège.")
    assert (event.date, event.date_precision, event.country) == ("2016", "year", "Norvège")
    (event,) = _events("Le maire a rappelé l'attentat contre la mosquée il y a trois ans.")
    assert (event.date, event.date_precision) == ("2018", "year")
    # foiled, or an `attaque` that is no armed one: nothing happened, however long ago
    assert _events("Le projet d'attentat déjoué il y a deux ans visait une église.") == []
    assert _events("Le maire a rappelé l'attaque du président contre la presse il y a trois ans.") == []


def _recalled(text: str) -> list[tuple[str | None, str | None]]:
    return [(event.date, event.location) for event in _events(text)]


def test_an_attack_named_by_the_town_a_verb_says_it_struck():
    # `qui a frappé`, `qui ont ensanglanté`, `survenue ... à`: the town struck, and its date right after it
    text = "Le juge a entendu un proche des auteurs des attentats qui ont ensanglanté Lyon le 4 mai 2016."
    assert _recalled(text) == [("2016-05-04", "Lyon")]
    text = "Les dessinateurs ont réagi comme lors des attaques qui avaient meurtri Toulouse en 2012."
    assert _recalled(text) == [("2012", "Toulouse")]
    # each town with its month in parentheses, or after `en`, is one attack
    text = "Il est un des organisateurs des attentats sanglants qui ont frappé Lyon (mai 2016) et à Tulle (juin 2017)."
    assert _recalled(text) == [("2016-05", "Lyon"), ("2017-06", "Tulle")]
    text = "La poudre est celle des attentats commis à Lyon le 4 mai 2016 et à Tulle en juin 2017, selon la police."
    assert _recalled(text) == [("2016-05-04", "Lyon"), ("2017-06", "Tulle")]
    # a few words of time between the participle and the place, a place the lexicon does not list before its town
    text = "Les vidéos rappellent celles de la fusillade survenue trois ans plus tôt au Métropole, à Marseille."
    assert _recalled(text) == [(None, "Marseille")]


def test_a_verb_of_striking_names_no_one_attack_in_a_country_or_outside_an_attack():
    # a country or a region (with its article) struck: a wave, not one attack
    assert _events("Les attentats qui ont frappé la France ont changé la vie politique du pays.") == []
    assert _events("Il a parlé des attaques qui ont frappé la Catalogne pendant des années.") == []
    # no attack noun, or a foiled attack
    assert _events("La crise qui a frappé Athènes a duré dix ans.") == []
    assert _events("Le projet d'attentat qui avait visé Lyon a été déjoué par la police.") == []


def test_an_attaque_told_as_armed_by_its_qualifier_and_named_by_its_town():
    text = "Le ministre a reçu les familles des victimes de l'attaque chimique présumée de Douma, en Syrie."
    assert _recalled(text) == [(None, "Douma")]
    text = "Il a rappelé l'attaque terroriste de Tulle, qui avait choqué le pays, lors de sa visite."
    assert _recalled(text) == [(None, "Tulle")]


def test_an_attaque_of_a_group_or_without_a_qualifier_or_to_come_is_no_attack_named():
    assert _events("Les attaques jihadistes de Boko Haram ont repris dans la région.") == []
    assert _events("L'attaque de Mossoul par l'armée irakienne a commencé lundi.") == []
    assert _events("Il disait préparer une attaque terroriste à Lyon, selon son frère.") == []


def test_an_attack_named_by_its_hyphenated_day_and_its_year():
    # the day hyphenated, the month lowercase or capitalised, and the year: that day of that year
    text = "Le président avait lancé la balle d'un match à New York peu après les attentats du 11-septembre 2001."
    assert [event.date for event in _events(text)] == ["2001-09-11"]
    text = "Il est considéré comme l'un des organisateurs des attentats du 13-Novembre 2015 à Lyon et à Tulle."
    assert [(event.date, event.location) for event in _events(text)] == [("2015-11-13", "Lyon")]
    # a hyphenated day that names a movement or a birthday is no attack
    assert _events("Le Mouvement du 5-juin a de nouveau manifesté dans la capitale.") == []
    assert _events("L'ancien ministre, né le 11-septembre 1950, a quitté la vie politique.") == []


def test_an_assassination_named_by_the_town_where_it_was_done_killed_one():
    # the victim told between the noun and the town in a few words, or by a possessive
    text = "Il a mené une marche dénonçant l'assassinat d'un jeune militant par des policiers à Lyon."
    assert [(e.location, e.killed) for e in _events(text)] == [("Lyon", 1)]
    text = "Plus de trente ans après son assassinat à Tulle, l'enquête a été rouverte par le parquet."
    assert [(e.location, e.killed) for e in _events(text)] == [("Tulle", 1)]
    text = "Après l'assassinat du maire Jean Dupont à Lyon le 3 mars 2009, la ville a changé."
    assert [(e.date, e.location, e.killed) for e in _events(text)] == [("2009-03-03", "Lyon", 1)]


def test_an_assassination_attempted_plotted_or_told_in_a_film_is_no_killing_named_by_its_town():
    assert _events("La tentative d'assassinat du ministre à Lyon a échoué de peu.") == []
    assert _events("Le projet d'assassinat du maire à Lyon a été déjoué par la police.") == []
    assert _events("Le film raconte l'assassinat d'un juge à Palerme par la mafia.") == []
    # a verb between the victim and the town: the town is the victim's, not the assassination's
    assert _events("Il a évoqué l'assassinat de son frère qui habitait à Lyon, sans autre détail.") == []


def test_an_attack_named_with_its_when_set_off_by_commas_a_quote_or_parentheses():
    # the day or the year as an apposition between the noun and the rest of its phrase
    text = "Il était proche du maire Jean Dupont dont l'assassinat, le 6 avril 1994, allait déclencher des émeutes."
    assert [event.date for event in _events(text)] == ["1994-04-06"]
    text = "L'attentat de la place du marché, le 13 mai 1981, contre le ministre a montré que nul n'est à l'abri."
    assert [event.date for event in _events(text)] == ["1981-05-13"]
    # an `attaque` told as armed by what it struck, after its when
    text = "La crise serait pire que l'attaque surprise de l'ennemi, en 1941, contre la base militaire de Lyon."
    assert [event.date for event in _events(text)] == ["1941"]
    # after a closing quote; inside parentheses
    text = "C'était plus fort que l'explosion lors de l'assassinat de Paul Martin\" en 2005, a dit une habitante."
    assert [event.date for event in _events(text)] == ["2005"]
    text = '"Il oublie qu\'après les attentats (du 13 novembre 2015 à Lyon), tout a changé", a dit le maire.'
    assert [event.date for event in _events(text)] == ["2015-11-13"]


def test_an_apposed_when_names_no_attack_that_was_verbal_or_a_when_that_closes_no_apposition():
    assert _events("Il a rappelé l'attaque, le 3 mars 2018, du président contre la presse.") == []
    # the comma after the when is what sets it off: `, en 2018 et 2019 le ministre...` is the sentence's own time
    assert _events("Il a critiqué l'attaque du président, en 2018 le ministre avait déjà démissionné.") == []


def test_a_pronoun_with_a_verb_of_striking_names_each_town_listed_with_ou():
    # a singular phrase between the noun and a plural pronoun is not what the pronoun stands for
    text = "La ville a été épargnée par des attaques du groupe armé, du type de celles qui ont frappé Lyon ou Tulle."
    assert _places(text) == ["Lyon", "Tulle"]
    # a phrase of the pronoun's number between: the pronoun may stand for it
    assert _events("Les attaques ont baissé, mais les plaintes, comme celles qui ont frappé Lyon, augmentent.") == []


def test_an_attack_named_by_its_when_with_an_adjective_before_its_noun():
    text = "La ville est épargnée depuis le terrible attentat de la gare de Lyon le 11 mars 2004, selon la police."
    assert [event.date for event in _events(text)] == ["2004-03-11"]
    text = "Il avait perdu son frère dans la sanglante attaque contre une caserne en 2013."
    assert [event.date for event in _events(text)] == ["2013"]
    # an adjective does not make a verbal `attaque` armed
    assert _events("Il a dénoncé la terrible attaque du président contre la presse en 2018.") == []


def test_a_town_listed_after_a_qualified_attaque_is_the_attack_a_pronoun_dates_later():
    text = (
        "Un jihadiste est soupçonné d'avoir coordonné les attaques terroristes de Lyon et Tulle. "
        "Il est membre du groupe qui avait revendiqué les attentats du 13 novembre dernier à Lyon et ceux du 22 mars "
        "à Tulle."
    )
    events = sorted((str(event.date), event.location, event.evidence["event"]) for event in _events(text))
    # Tulle, listed after the first town, is named in both sentences: one attack, cited by both
    assert events == [("2020-11-13", "Lyon", ["t#0", "t#1"]), ("2021-03-22", "Tulle", ["t#0", "t#1"])]


def test_an_attack_noun_phrase_set_in_a_town_is_one_attack():
    # the noun, what it was or struck, and the town that singles it out, wherever the phrase sets the town
    text = "Les statues sont tombées après une fusillade dans une église noire de Charleston, en Caroline du Sud."
    assert [(e.location, e.weapon) for e in _events(text)] == [("Charleston", "arme à feu")]
    text = "Le débat a repris après la tuerie commise par un extrémiste dans deux mosquées de Christchurch."
    assert _places(text) == ["Christchurch"]
    text = "Ce drame intervient quelques semaines après un attentat-suicide à Kaboul."
    assert [(e.location, e.weapon) for e in _events(text)] == [("Kaboul", "kamikaze")]
    text = "Les insurgés avaient mené une attaque au camion piégé contre un bâtiment de l'armée à Gardez."
    assert _places(text) == ["Gardez"]


def test_an_attack_noun_phrase_planned_feared_rumoured_or_told_is_none():
    # a plan, an attempt to organise, hearsay, a critique, a story: the town names no attack that happened
    assert _events("Le groupe est soupçonné d'avoir projeté des actions violentes, notamment un attentat à Nice.") == []
    assert _events("Le président a dénoncé une tentative évidente d'organiser un massacre au centre de Minsk.") == []
    assert _events("Les informations sur une fusillade à Los Angeles se sont révélées être de simples bruits.") == []
    assert _events("Le ministre a dénoncé une attaque contre la presse à Paris.") == []
    assert _events("Le roman raconte une fusillade dans un lycée de Denver.") == []


def test_shots_fired_at_people_told_with_how_they_were_fired():
    # how the shot was fired between `tiré` and `sur`, the people counted after it; at a protest too, when the shot
    # names one person it was aimed at or the dead it made
    title = "Nouvelle nuit de manifestations à Tulle"
    text = "Les émeutes ont repris à Tulle après qu'un gendarme y a tiré à bout portant sur un jeune homme, Paul Roux."
    ((_, place, weapon, killed, _),) = [_row(e) for e in _events(text, title=title)]
    assert (place, weapon, killed) == ("Tulle", "arme à feu", None)
    text = (
        "La colère a culminé quand un homme de 40 ans a tiré au fusil de chasse, dans la confusion, sur quatre"
        " manifestants à Tulle, faisant un mort."
    )
    ((_, place, weapon, killed, _),) = [_row(e) for e in _events(text, title=title)]
    assert (place, weapon, killed) == ("Tulle", "arme à feu", 1)
    text = "Un retraité a tiré pendant dix minutes samedi soir sur les spectateurs d'un concert à Tulle."
    ((date, place, weapon, _, _),) = [_row(e) for e in _events(text)]
    assert (date, place, weapon) == ("2021-04-03", "Tulle", "arme à feu")
    # conclusions and criticism drawn `sur` something, shots at a crowd of protesters without a victim
    assert _events("Le ministre a tiré à boulets rouges sur le gouvernement de Tulle.") == []
    assert _events("Le maire a tiré une leçon amère sur la sécurité à Tulle.") == []
    assert _events("Des gendarmes ont tiré mardi sur les manifestants à Tulle.", title=title) == []


def test_a_death_by_the_police_recalled_after_a_shooting_with_another_toll_is_another_attack():
    text = (
        "La colère a culminé quand un homme de 40 ans a tiré sur un passant à Tulle, faisant deux morts. Des milliers"
        " de personnes ont défilé à Paris. Leur slogan rappelait Paul Roux, asphyxié sous le genou d'un gendarme."
    )
    assert sorted(e.killed or 0 for e in _events(text)) == [1, 2]
    # the same toll told again by a sentence about the police's fire: still the one shooting
    text = "Un policier a tiré sur un homme à Tulle samedi. Il a été tué par balle par un agent, selon la police."
    assert [e.killed for e in _events(text)] == [1]


def test_a_killing_named_by_its_victim_is_one_killed():
    # `le meurtre de`, `l'assassinat du`, `l'homicide ... de` and a first name and a surname: one person killed
    (event,) = _events("Le pays reste à vif depuis le meurtre de Paul Martin, a déclaré le maire.")
    assert (event.killed, event.location) == (1, None)
    (event,) = _events("Le royaume est critiqué depuis l'assassinat en octobre 2018 du journaliste Marc Durand.")
    assert (event.date, event.killed) == ("2018-10", 1)
    text = "Les manifestants dénoncent le meurtre par des policiers dans le Kentucky de Jeanne Petit."
    assert [(e.location, e.killed) for e in _events(text)] == [("Kentucky", 1)]


def test_a_killing_named_by_its_victim_attempted_called_for_or_dated_by_another_verb():
    # an attempt, a plan: no killing; a trial's day, one to come, is not the killing's
    assert _events("Il a été inculpé pour tentative d'assassinat de Paul Dupont à Lyon.") == []
    assert _events("La police a déjoué un projet d'assassinat du ministre Jean Moreau.") == []
    (event,) = _events("Le procès des policiers impliqués dans le meurtre de Paul Martin s'ouvrira le 8 mars prochain.")
    assert event.date is None
    (event,) = _events("Le procès de l'attentat de Nice s'ouvre lundi.")
    assert (event.date, event.location) == (None, "Nice")


def test_a_death_named_by_the_one_killed_and_told_as_a_killing():
    # `la mort de X` with the police's hands right after the name, or the participle of a killing in his apposition
    text = "Des milliers de gens ont défilé après la mort de Paul Martin, un homme de 46 ans, aux mains de la police."
    assert [e.killed for e in _events(text)] == [1]
    text = "Depuis la mort de Paul Martin sous le genou d'un policier fin mai, la police est visée par des critiques."
    assert [e.killed for e in _events(text)] == [1]
    text = "La loi fait écho à l'émotion née de la mort de Paul Martin lors de son interpellation par la police."
    assert [e.killed for e in _events(text)] == [1]


def test_a_death_named_by_the_one_who_died_of_an_illness_or_an_accident_is_none():
    assert _events("La ville est en deuil après la mort de Jean Dupont, ancien maire, des suites d'un cancer.") == []
    assert _events("Le pays pleure la mort de Jean Dupont, tué dans un accident de la route.") == []


def test_a_person_beheaded_told_by_the_noun_is_one_killed_with_a_knife():
    text = "Le ministre avait dénoncé la décapitation par les jihadistes de l'EI du journaliste Paul Roux."
    ((_, _, weapon, killed, _),) = [_row(e) for e in _events(text)]
    assert (weapon, killed) == ("arme blanche", 1)
    ((date, place, _, killed, _),) = [_row(e) for e in _events("La décapitation d'un professeur en mars à Tulle.")]
    assert (date, place, killed) == ("2021-03", "Tulle", 1)
    # an organisation's leaders, a statue, a beheading denied or only threatened
    assert _events("C'est la plus importante opération de décapitation jamais menée contre le groupe à Tulle.") == []
    assert _events("La décapitation de la statue de Colomb à Tulle a choqué.") == []
    assert _events("Des témoins font état d'une décapitation à Tulle. Ce n'est pas le cas.") == []
    assert _events("Les jihadistes menacent la décapitation du journaliste à Tulle.") == []


def test_an_attack_named_by_its_time_is_armed_by_what_armed_men_strike():
    # a peacekeeping mission, forces, a hospital, a ship: an `attaque` against them is armed
    text = "Des roquettes ont servi lors d'une attaque en mars 2019 contre la mission de l'ONU dans le pays."
    assert [e.date for e in _events(text)] == ["2019-03"]
    text = "Le port reste fermé depuis l'attaque en juin 2019 contre des pétroliers dans les eaux du Golfe."
    assert [e.date for e in _events(text)] == ["2019-06"]
    # words thrown at a mission or a press: no attack
    assert _events("Le ministre a lancé une attaque en mars 2019 contre la mission du journal.") == []
    assert _events("Le président a repris en 2019 ses attaques contre la presse.") == []


def test_someone_killed_in_a_strike_told_by_a_participle():
    # the one killed named first, the strike after `dans`, `lors d'`: the strike happened
    text = (
        "Le procès porte sur l'informateur du colonel Karim Haddad, tué début mars dans une frappe de drone à Mossoul."
    )
    ((date, place, weapon, *_),) = [_row(e) for e in _events(text)]
    assert (date, place, weapon) == ("2021-03", "Mossoul", "drone")
    text = "Elle a fini à Raqqa, où son mari sera tué dans une frappe aérienne."
    assert _places(text) == ["Raqqa"]
    # the month first, then the day and the spot: one strike, dated to the day
    text = (
        "Le procès porte sur l'informateur du colonel Karim Haddad, tué début mars dans une frappe de drone à Mossoul. "
        "Haddad a été tué le 3 mars dans une frappe de drone près de l'aéroport de Mossoul."
    )
    ((date, _, weapon, killed, _),) = [_row(e) for e in _events(text)]
    assert (date, weapon, killed) == ("2021-03-03", "drone", 1)
    # an explosion may be an accident; a strike feared or escaped killed nobody
    assert _events("Un ouvrier, tué samedi dans une explosion à Lyon, sera inhumé mardi.") == []
    assert _events("Il craint d'être tué dans une frappe de drone.") == []
    assert _events("Le colonel, qui n'a pas été tué dans une frappe aérienne, est réapparu.") == []


def test_attacks_of_one_day_in_one_place_told_with_their_toll():
    # a plural told with one day, one place and a toll is that day's attack, not attacks in general
    text = "Dans la nuit du samedi 3 avril, des attaques coordonnées de gangs ont fait six morts à San Pedro Sula."
    assert [_row(e) for e in _events(text)] == [("2021-04-03", "San Pedro Sula", None, 6, None)]
    # without a day, or without a place, a plural with a toll is still attacks in general
    assert _events("Des attaques de gangs ont fait six morts à San Pedro Sula depuis le début de l'année.") == []
    assert _events("Les attaques de gangs ont fait des centaines de morts.") == []


def test_someone_already_the_victim_of_physical_attacks_is_one_aggregate():
    # attacks on a named person told as a vague plural in the past: one aggregate, undated, not placed at the power
    # he opposes (`opposant au Kremlin`)
    text = "Principal opposant au Kremlin, l'avocat Paul Martin a déjà été victime d'attaques physiques par le passé."
    assert [(e.kind, e.date, e.location) for e in _events(text)] == [("aggregate", None, None)]
    (event,) = _events("Cet avocat de 44 ans a déjà souffert d'attaques physiques dans le passé.")
    assert event.kind == "aggregate"
    # a practice told in the present, words, or attacks not said to be physical: no event
    assert _events("Les journalistes sont victimes d'attaques physiques.") == []
    assert _events("Le ministre a été victime d'attaques personnelles sur les réseaux sociaux.") == []
    assert _events("Il a déjà été victime d'attaques dans la presse.") == []


def _dated(text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((event.date, event.location) for event in _events(text)), key=str)


def test_attacks_joined_each_with_its_own_date_are_one_attack_each():
    # `puis`, `et`, `ou`: each phrase closed by its own day, month or year is another attack
    text = (
        "En 2016, 40 personnes avaient été tuées dans des attentats contre une gare de Lyon le 3 mai "
        "puis contre un marché près de Lille le 9 août."
    )
    assert ("2016-08-09", "Lille") in _dated(text)
    text = (
        "Le chef de l'Etat a rendu hommage aux victimes d'autres attentats, comme ceux de Strasbourg, en mai 2018, "
        "ou de Nantes, en juin 2019."
    )
    assert _dated(text) == [("2018-05", "Strasbourg"), ("2019-06", "Nantes")]
    # a sentence that reports none of its own: the first one named too
    text = "Il s'est recueilli devant les victimes des attentats de Toulouse en 2012 et de Nice en juillet 2016."
    assert _dated(text) == [("2012", "Toulouse"), ("2016-07", "Nice")]


def test_attacks_named_after_a_count_are_one_attack_each_besides_the_count():
    text = (
        "La France a durci sa loi après plusieurs attentats ces derniers mois, en particulier contre une école à "
        "Marseille en octobre 2020 et contre un bar près de Lyon en février."
    )
    found = [(e.kind, e.date, e.location) for e in _events(text)]
    assert ("incident", "2020-10", "Marseille") in found
    assert ("incident", "2021-02", "Lyon") in found
    assert any(kind == "aggregate" for kind, _, _ in found)


def test_phrases_joined_on_one_day_or_undated_are_not_attacks_of_their_own():
    # one day: one series, as the sentence reads it
    text = "Le 13 mai, des hommes armés ont attaqué une gare de Lyon le 13 mai et un marché de Lille le 13 mai."
    assert len(_events(text)) <= 1
    # no attack word: a visit and a meeting are no attacks
    text = "Le ministre s'est rendu à Brest en mai 2018 puis à Nantes en juin 2019 pour inaugurer des écoles."
    assert _events(text) == []
    # dates joined after an attack noun, but of a trial and of its verdict
    text = "Le procès de l'attentat s'est ouvert à Paris en mai 2018 et le verdict rendu à Paris en juin 2019."
    assert all(date != "2019-06" for date, _ in _dated(text))


def test_two_killings_named_by_their_victims_in_one_sentence_are_two():
    text = (
        "Nous assistons à la fin d'années d'injustice, avec le meurtre de Jean Dupont, le meurtre par des policiers "
        "dans le Vermont de Marie Durand, et bien d'autres."
    )
    assert [event.killed for event in _events(text)] == [1, 1]
    # one victim named twice (the full name, then the surname): one killing
    text = "Le meurtre du journaliste Jean Dupont a choqué le pays. Le meurtre de Dupont a été commis le 3 mars à Lyon."
    assert len(_events(text)) == 1


def test_phrases_joined_with_their_own_dates_are_attacks_only_after_an_attack_noun():
    # `de la Crimée en 2014` names an annexation, not an attack: the list is not a list of attacks
    text = (
        "Ce retour s'est fait au mépris du droit, avec l'annexion de la Crimée en 2014, "
        "ou au prix de bombardements meurtriers en Syrie en 2015."
    )
    assert all(date != "2014" for date, _ in _dated(text))
    # the same list after the attacks' noun is two attacks
    text = "Il a rendu hommage aux victimes des attentats de Strasbourg, en mai 2018, ou de Nantes, en juin 2019."
    assert _dated(text) == [("2018-05", "Strasbourg"), ("2019-06", "Nantes")]


def test_one_person_killed_years_before_is_read_in_an_article_whose_title_tells_of_a_war():
    # the title's war or disaster makes its own dead no killings; a killing recalled from an earlier year is one
    title = "Libye : la guerre menace la ville"
    (event,) = _events("La ville natale du dictateur Paul Roux --renversé et tué en 2011--, Tulle, est menacée.", title)
    assert (event.date, event.killed) == ("2011", 1)
    (event,) = _events("Le président élu en 1960, et assassiné en 1963, est né à Tulle.", title)
    assert (event.date, event.killed) == ("1963", 1)
    # the many killed in an earlier year are the war's toll; one killed this year, of its time
    assert _events("Des milliers de civils ont été tués en 2011.", title) == []
    assert _events("Un combattant, tué en janvier 2021, a été enterré à Tulle.", title) == []


def test_an_attempt_on_a_life_told_with_its_year_is_an_attack_its_victim_survived():
    (event,) = _events("Cet homme, cible d'une tentative d'assassinat en 1991, a pris la tête du mouvement.")
    assert (event.date, event.killed) == ("1991", None)
    (event,) = _events("Il a survécu à une tentative d'assassinat en 2011 à Tulle.")
    assert (event.date, event.location) == ("2011", "Tulle")
    # the weapon named with the attempt; the rest of the sentence, its places included, is about something else
    text = "Paul Roux, aussi accusé d'une tentative de meurtre à l'arme blanche en 2016 d'un réfugié, a menacé Tulle."
    (event,) = _events(text)
    assert (event.date, event.location, event.weapon) == ("2016", None, "arme blanche")
    # undated, the name of a charge or an inquiry; one foiled is no attack
    assert _events("Une enquête pour tentative d'assassinat a été ouverte.") == []
    assert _events("Il a été condamné pour tentative de meurtre en 2019.") == []
    assert _events("L'armée a déjoué une tentative d'attentat en 2019.") == []


def test_an_attack_set_right_in_a_listed_town_is_an_armed_one_unless_aimed_at_someone():
    (event,) = _events("Le maire de Londres expliquait, après une attaque à New York, que la ville était sûre.")
    assert event.location == "New York"
    assert _events("Le candidat a lancé une attaque à Paris contre son rival.") == []


def test_an_attack_named_by_its_town_with_a_month_alone_is_dated_the_latest_such_month():
    (named,) = _events("Le gouvernement a durci la loi après l'attentat de Manchester en mai.")
    assert (named.date, named.location) == ("2020-05", "Manchester")
    (inside,) = _events("La ville reste mobilisée depuis l'attentat de décembre à Berlin.")
    assert (inside.date, inside.location) == ("2020-12", "Berlin")
    (toll,) = _events("L'attentat de Manchester, fin mai, avait fait 22 morts.")
    assert (toll.date, toll.killed) == ("2020-05", 22)


def test_attacks_named_by_the_towns_a_participle_says_they_struck():
    text = "La ville se souvient des attentats ayant ensanglanté Lyon et Marseille."
    assert [(e.location, e.date) for e in _events(text)] == [("Lyon", None), ("Marseille", None)]


def test_a_person_choked_to_death_by_an_agent_told_actively_is_one_killed():
    # the agent's verb of choking, its victim a person by name or by what he was, the day and town as an aside
    (event,) = _events("Depuis qu'un policier a asphyxié Paul Roux, un ouvrier, le 3 mars à Tulle, la ville manifeste.")
    assert (event.date, event.location, event.killed, event.weapon) == ("2021-03-03", "Tulle", 1, "asphyxie")
    (event,) = _events("Un gendarme a étouffé, le 3 mars à Tulle, un jeune homme interpellé pour un vol.")
    assert (event.date, event.location, event.killed) == ("2021-03-03", "Tulle", 1)
    # a killer's victim by full name is one killed
    (event,) = _events("Un policier a tué Paul Roux le 3 mars à Tulle.")
    assert event.killed == 1
    # a protest or an economy stifled names no one
    assert _events("La police a étouffé la contestation le 3 mars à Tulle.") == []
    assert _events("Le régime a asphyxié l'économie du pays en 2019.") == []


def _countries(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.location, e.country) for e in _events(text)]


def test_plural_attacks_set_in_listed_countries_are_one_aggregate_per_country():
    text = "L'imam avait salué sur son blog les derniers attentats au Maroc, en Tunisie et en Algérie."
    assert _countries(text) == []  # `les`: attacks named already
    text = "L'imam avait salué sur son blog de récents attentats au Maroc, en Tunisie et en Algérie."
    assert _countries(text) == [
        ("aggregate", None, "Maroc"),
        ("aggregate", None, "Tunisie"),
        ("aggregate", None, "Algérie"),
    ]
    text = "Le groupe a fait de la moto piégée la marque de ses attentats en Somalie ou au Kenya."
    assert _countries(text) == [("aggregate", None, "Somalie"), ("aggregate", None, "Kenya")]
    # a pronoun told as done stands for the attack noun before it, even after a risk
    text = "Le préfet juge élevé le risque d'attaques semblables à celles perpétrées en Espagne et au Portugal."
    assert _countries(text) == [("aggregate", None, "Espagne"), ("aggregate", None, "Portugal")]


def test_plural_attacks_in_listed_countries_planned_or_to_come_or_in_one_country_are_no_aggregate_per_country():
    assert _countries("Le réseau projetait des attentats au Maroc et en Tunisie.") == []
    assert _countries("Le réseau voulait commettre des attentats au Maroc et en Tunisie.") == []
    assert _countries("La police redoute de nouveaux attentats au Maroc et en Tunisie.") == []
    assert _countries("Les voyageurs craignent les attaques informatiques au Maroc et en Tunisie.") == []
    # none, counted as a statistic, plotted in the present
    assert _countries("Il n'y a pas eu d'attentats au Maroc et en Tunisie depuis un an.") == []
    assert _countries("Sans attentats au Maroc et en Tunisie, le tourisme remonte.") == []
    assert _countries("Le nombre d'attentats au Maroc et en Tunisie a baissé en 2019.") == []
    assert _countries("Le réseau prépare des attentats au Maroc et en Tunisie.") == []
    # a comma alone lists nothing: `et` or `ou` must close the list
    assert len(_countries("Il a salué de récents attentats au Maroc, la crise en Tunisie l'inquiète.")) <= 1
