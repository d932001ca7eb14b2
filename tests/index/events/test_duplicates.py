"""One attack told twice in one article is one event: a retelling that points back to the attack's town, a killing
named by its victim and told in the same sentence, a toll that counts part of the dead. Two attacks stay two."""

from __future__ import annotations

from tests.index.events.helpers import events as _events


def test_a_place_told_in_the_town_pointed_back_to_is_the_attack_just_told():
    park = _events(
        "Deux personnes ont été tuées samedi soir lors d'une attaque au couteau à Tulle. "
        "L'attaque a fait également quatre blessés. "
        "Les secours sont arrivés après des appels signalant que des passants avaient été poignardés à Vialle Gardens, "
        "dans le centre de cette ville de 15.000 habitants."
    )
    assert [(e.location, e.killed, e.injured) for e in park] == [("Tulle", 2, 4)]
    village = _events(
        "Trois villageois ont été tués lundi par des hommes armés à Tillia. Selon un élu, les assaillants ont ouvert "
        "le feu sur des éleveurs rassemblés à Tinfagat, au centre de ce village proche de la frontière."
    )
    assert [(e.date, e.location, e.killed) for e in village] == [("2021-04-05", "Tillia", 3)]


def test_a_town_of_its_own_after_another_attack_stays_another_attack():
    (first, second) = _events(
        "Deux personnes ont été tuées samedi soir lors d'une attaque au couteau à Tulle. "
        "Un homme a poignardé dimanche deux passants à Lyon, dans le centre de cette ville de 500.000 habitants."
    )
    assert (first.location, second.location) == ("Tulle", "Lyon")
    # the town pointed back to is too far from the attack told: the sentence may be about any other town
    far = _events(
        "Deux personnes ont été tuées samedi soir lors d'une attaque au couteau à Tulle. Le maire a réagi. "
        "Le préfet s'est rendu sur place. Le ministre a annoncé une enquête. "
        "En 2015, un homme avait poignardé des passants à Vialle Gardens, dans le centre de cette ville."
    )
    assert len(far) == 2


_NAMED_THEN_TOLD = (
    "La voiture utilisée par les terroristes pour commettre l'attentat de Tulle avait été contrôlée une semaine plus "
    "tôt à Lyon, rapporte un journal. Vers minuit, une voiture avait foncé sur la terrasse d'un café. "
    "Bilan : un homme tué et cinq blessés."
)


def test_an_attack_named_in_passing_and_in_the_title_then_told_without_a_place_is_one():
    (event,) = _events(_NAMED_THEN_TOLD, title="Attentat de Tulle : la voiture contrôlée une semaine avant")
    assert (event.location, event.weapon, event.killed, event.injured) == ("Tulle", "voiture-bélier", 1, 5)


def test_an_attack_named_in_passing_only_may_be_another_than_the_one_told():
    named, told = _events(_NAMED_THEN_TOLD, title="La voiture contrôlée une semaine avant")
    assert (named.location, named.killed) == ("Tulle", None)
    assert (told.location, told.killed) == (None, 1)
    # the attack told names its own victim: another killing than the one named in passing
    named, told = _events(
        "Dix ans après l'attentat de Tulle, le procès s'ouvre lundi. Le 3 mars 2011, le maire Paul Durand avait été "
        "abattu devant chez lui.",
        title="Attentat de Tulle : le procès s'ouvre",
    )
    assert (named.location, told.killed) == ("Tulle", 1)


def test_a_killing_named_by_its_victim_and_told_beside_or_right_after_it_is_one():
    (beside,) = _events(
        "Le débat agite le pays depuis la mort en mars de Karim Benali, un livreur décédé après avoir été asphyxié "
        "au cours de son interpellation par un policier à Tulle."
    )
    assert (beside.date, beside.location, beside.killed) == ("2021-03", "Tulle", 1)
    (after,) = _events(
        "Des milliers de personnes ont manifesté dimanche pour réclamer justice, seize ans après l'assassinat de Jean "
        "Dupuis. Le 3 mai 2005, un attentat à la camionnette piégée avait visé le convoi de l'ancien ministre, le "
        "tuant ainsi que neuf autres personnes."
    )
    assert (after.date, after.weapon, after.killed) == ("2005-05-03", "voiture piégée", 10)


def test_a_killing_named_by_its_victim_then_another_attack_stays_apart():
    # told in the present perfect: news of its own, not the killing named going on
    named, new = _events(
        "Des milliers de personnes ont manifesté dimanche pour réclamer justice après l'assassinat de Jean Dupuis. "
        "Samedi, une voiture piégée a tué dix personnes à Brive."
    )
    assert (named.killed, new.location, new.killed) == (1, "Brive", 10)
    # another year
    named, other = _events(
        "Des milliers de personnes ont manifesté dimanche pour réclamer justice, seize ans après l'assassinat de Jean "
        "Dupuis en 2005. Le 3 mai 2010, un attentat à la camionnette piégée avait visé un convoi militaire, tuant neuf "
        "soldats."
    )
    assert (named.date, other.date, other.killed) == ("2005", "2010-05-03", 9)


def test_an_attack_named_in_passing_by_its_towns_is_the_one_recalled_in_the_first_of_them():
    (event,) = _events(
        "Nous sommes indignés, condamnent vendredi des rescapés des attentats à Lyon en 2016. Passivité qui permet "
        "l'évasion de terroristes, interpellent les rescapés des attentats du 14 juillet 2016 à Lyon et dans la ville "
        "de Villeurbanne."
    )
    assert (event.date, event.location) == ("2016-07-14", "Lyon")
    # the second names only the other town: two attacks of that year
    first, second = _events(
        "Nous sommes indignés, condamnent vendredi des rescapés des attentats à Lyon en 2016. Passivité qui permet "
        "l'évasion de terroristes, interpellent les rescapés des attentats du 14 juillet 2016 dans la ville de "
        "Villeurbanne."
    )
    assert (first.location, second.location) == ("Lyon", "Villeurbanne")


def test_a_video_headline_glued_to_its_credit_is_no_sentence_of_the_article():
    (event,) = _events(
        "Six personnes ont été tuées vendredi par balles à Tulle, a annoncé la police. Une fusillade fait plusieurs "
        "morts en Allemagnepar euronews (en français)Le tireur a été interpellé, selon la police."
    )
    assert (event.location, event.killed) == ("Tulle", 6)
    # the channel named as a source in a sentence of the article: read as any other
    (told,) = _events("Selon Euronews, une fusillade a fait deux morts samedi à Brive.")
    assert (told.date, told.location, told.killed) == ("2021-04-03", "Brive", 2)


def test_a_record_that_adds_nothing_to_another_of_the_article_is_that_attack_told_again():
    # told once with its day, once with its town: the weapon and the one hurt tie them, nothing tells them apart
    (stabbed,) = _events(
        "Un imam de 58 ans a été poignardé samedi 3 avril par un visiteur qu'il avait reçu chez lui. Ses jours ne sont "
        "pas en danger. Un homme a attaqué au couteau un imam à son domicile de Tulle, petite commune de la province "
        "de Corrèze. Selon la presse locale, l'imam Paul Durand a été légèrement blessé et conduit à l'hôpital.",
        title="Belgique : un imam poignardé à Tulle",
    )
    assert (stabbed.date, stabbed.location, stabbed.weapon, stabbed.injured) == (
        "2021-04-03",
        "Tulle",
        "arme blanche",
        1,
    )
    # the killing the riots follow, first told without its day in the same town with the same toll
    (killing,) = _events(
        "Des manifestants ont incendié jeudi soir la mairie de Tulsa, lors de la troisième nuit d'affrontements "
        "contre la police, aux mains de laquelle est mort un Noir lors d'une interpellation musclée. Des milliers de "
        "personnes ont assisté à l'incendie. Paul Durand, un Afro-Américain de 40 ans, est décédé lundi soir juste "
        "après avoir été arrêté par la police à Tulsa.",
        title="Tulsa: une mairie incendiée après la mort d'un homme noir aux mains de la police",
    )
    assert (killing.date, killing.location, killing.killed) == ("2021-04-05", "Tulsa", 1)


def test_records_that_a_day_a_town_or_a_toll_tell_apart_stay_apart():
    # one town, but a toll of dead beside a toll of wounded: two shootings
    wounded, killed = _events(
        "Paul Durand a été grièvement blessé par balles dimanche à Tulle par un policier. Mardi soir, deux "
        "manifestants ont été tués par balles à Tulle."
    )
    assert (wounded.injured, killed.killed) == (1, 2)
    # the same weapon and toll, but one years before the article's days: someone else
    now, before = _events(
        "Des soldats ont abattu un pêcheur, qui serait un transfuge, après l'avoir interrogé dans l'eau. En 2008, une "
        "touriste avait été abattue par un soldat alors qu'elle se promenait près de Tulle."
    )
    assert (now.date, now.location, before.date, before.location) == (None, None, "2008", "Tulle")
    # two towns
    brive, tulle = _events(
        "Un gardien a été poignardé samedi 3 avril à Brive. Un imam a été poignardé à son domicile de Tulle. Il a été "
        "blessé."
    )
    assert (brive.location, tulle.location) == ("Brive", "Tulle")


def test_attacks_named_in_one_sentence_each_have_their_own_id():
    events = _events(
        "Après la fusillade de Munich, après l'attentat de Nice et ceux de Lyon et Marseille, tout rassemblement "
        "semble à risque."
    )
    assert [e.location for e in events] == ["Munich", "Nice", "Lyon", "Marseille"]
    assert len({e.id for e in events}) == 4
    # the first keeps the id it had: the sentence's
    (alone,) = _events("Après la fusillade de Munich, tout rassemblement semble à risque.")
    assert events[0].id == alone.id


def test_an_attack_placed_in_a_region_beside_one_in_a_town_of_it_is_one():
    (event,) = _events(
        "Face aux rescapés de la fusillade de Floride, le président a promis mercredi des mesures fortes. Il a "
        "rencontré les élèves de Tampa, où un tireur a ouvert le feu dans un lycée la semaine passée."
    )
    assert (event.location, event.weapon) == ("Tampa", "arme à feu")


def test_a_killing_told_by_its_week_alone_beside_the_one_told_is_one():
    (event,) = _events(
        "Des soldats vénézuéliens ont abattu un pêcheur colombien qui s'était approché de la côte, selon l'armée "
        "colombienne. Le gouvernement a protesté. L'homme abattu cette semaine est le premier colombien a être tué "
        "par le Venezuela en dix ans."
    )
    assert (event.date, event.weapon, event.killed) == ("2021-04", "arme à feu", 1)


def test_one_person_choked_told_without_place_nor_day_beside_the_one_told_is_one():
    (event,) = _events(
        "Au lendemain de l'inhumation de cet ouvrier asphyxié par un policier, son frère a témoigné devant les "
        "députés. La mort, le 2 mars à Tulle, de Paul Roux, asphyxié par un policier lors d'une interpellation, a "
        "suscité une vague de colère."
    )
    assert (event.date, event.location, event.killed) == ("2021-03-02", "Tulle", 1)


def test_an_attack_with_no_town_stays_apart_from_one_told_of_other_days():
    # a day months before the article, beside an attack told with no day (of the article's days)
    days, town = _events(
        "Il est inculpé pour les attentats du 13 novembre dernier. Il approuve aussi les attentats de Tulle."
    )
    assert (days.date, days.location, town.date, town.location) == ("2020-11-13", None, None, "Tulle")
    # one person shot told with no place nor day, beside one shot in another year
    now, before = _events(
        "Des soldats ont abattu un pêcheur près de la côte. En 2008, une touriste avait été abattue par un soldat "
        "près de Tulle."
    )
    assert (now.date, before.date) == (None, "2008")


_CHURCH = "Un homme armé a ouvert le feu samedi sur des fidèles devant une église de Tulle, tuant quatre personnes. "


def test_attacks_recalled_one_after_another_each_with_its_own_toll_stay_apart():
    chronology = _CHURCH + (
        "La communauté avait déjà été visée ces derniers mois. "
        "Le 3 janvier 2021, à Brive, un kamikaze s'était fait exploser devant une mosquée et avait fait 12 morts. "
        "Le maire avait dénoncé un acte odieux. "
        "En mars, un groupe jihadiste avait revendiqué une attaque contre un car de pèlerins qui s'était soldée par "
        "la mort de {} personnes."
    )
    assert sorted(e.killed for e in _events(chronology.format(9))) == [4, 9, 12]
    # the later recollection gives the same toll: the attack told again, one record
    assert sorted(e.killed for e in _events(chronology.format(12))) == [4, 12]
    # one killed but seven hurt, beside four killed and twenty hurt: another attack
    assault = _events(
        _CHURCH + "En 2019, des soldats avaient été visés à Brive par une attaque à la voiture piégée, qui avait fait "
        "quatre morts et une vingtaine de blessés. En avril, des jihadistes avaient tenté de prendre le contrôle d'un "
        "camp. Un gendarme avait été tué et sept militaires blessés lors d'un assaut de quatre heures."
    )
    assert sorted((e.killed, e.injured or 0) for e in assault) == [(1, 7), (4, 0), (4, 20)]


def test_an_attacker_going_on_after_a_telling_joined_to_the_toll_told_first_is_that_attack():
    # the toll first, then the attack told with its day and town (one record), then its attacker going on: the
    # sentence right after the record's last telling, not after its first
    (event,) = _events(
        "Quatre personnes ont été tuées dans l'attaque. Le maire a réagi. "
        "Un homme a tué quatre collègues samedi à Tulle, armé d'un couteau. Il a ensuite été tué par balle."
    )
    assert (event.date, event.location, event.weapon, event.killed) == ("2021-04-03", "Tulle", "arme blanche", 4)
