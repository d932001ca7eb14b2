"""Attack-event extraction: the seed, hand-written articles (French and English), and the rules one by one."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from index.events import extract_events, merge_events
from index.events.lexicon import parse_number, parse_ordinal
from index.ingest import load_article_file, segment
from index.models import Article, AttackEvent, Sentence

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "data" / "2021-04-05-roquettes-base-balad.md"
EVENTS = ROOT / "tests" / "fixtures" / "events"
FIXTURES = sorted(EVENTS.glob("*.md"))


def _load(path: Path) -> tuple[Article, list[Sentence]]:
    article = load_article_file(path, path.parent, 1_000_000)[0]
    return article, segment(article)


def _extract(path: Path) -> tuple[list[AttackEvent], dict[str, Sentence]]:
    article, sentences = _load(path)
    return extract_events(article, sentences), {s.key: s for s in sentences}


def _one(text: str, published: dt.date = dt.date(2021, 4, 5), lang: str = "fr") -> list[AttackEvent]:
    article = Article(id="t", title="Dépêche", text=text, published=published, lang=lang)
    return extract_events(article, segment(article))


def _cited(event: AttackEvent, field: str, sentences: dict[str, Sentence]) -> str:
    keys = event.evidence.get(field, [])
    assert keys, f"no evidence for {field}"
    return " ".join(sentences[k].text for k in keys)


# ---------------------------------------------------------------------------------------------------------------
# The seed
# ---------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[list[AttackEvent], dict[str, Sentence]]:
    return _extract(SEED)


def test_seed_has_three_incidents_and_one_aggregate(seed):
    events, _ = seed
    assert sorted((e.kind, e.date) for e in events) == [
        ("aggregate", "2021-01/2021-04"),
        ("incident", "2020-01"),
        ("incident", "2021-02"),
        ("incident", "2021-04-04"),
    ]


def _by_date(events: list[AttackEvent], date: str) -> AttackEvent:
    return next(e for e in events if e.date == date)


def test_seed_rockets_on_the_base(seed):
    events, sentences = seed
    rockets = _by_date(events, "2021-04-04")
    assert (rockets.date_precision, rockets.date_text) == ("day", "hier")
    assert rockets.sub_event_type == "Shelling/artillery/missile attack"
    assert (rockets.weapon, rockets.count) == ("roquette", 2)
    assert rockets.location == "base aérienne de Balad, au nord de Baghdad"
    assert rockets.country == "Irak"
    assert rockets.target == "soldats américains"
    assert (rockets.killed, rockets.injured, rockets.claimed) == (0, 0, False)
    assert rockets.suspected_actor == "groupes armés irakiens pro-Iran"
    assert "Deux roquettes se sont abattues hier" in _cited(rockets, "event", sentences)
    assert "ni victimes ni dégâts" in _cited(rockets, "killed", sentences)
    assert "Ils n'ont pas été revendiqués" in _cited(rockets, "claimed", sentences)


def test_seed_aggregate_since_january(seed):
    events, sentences = seed
    aggregate = next(e for e in events if e.kind == "aggregate")
    assert aggregate.date_precision == "range"
    assert aggregate.date_text == "depuis que Joe Biden est arrivé à la Maison Blanche en janvier"
    assert (aggregate.attacks, aggregate.count, aggregate.weapon) == (14, 6, "roquette")
    assert (aggregate.killed, aggregate.injured) == (3, 1)
    assert aggregate.target.startswith("troupes américaines")
    assert "quatorzième attaque" in _cited(aggregate, "attacks", sentences)
    assert "deux Américains ont été tués" in _cited(aggregate, "killed", sentences)
    assert "a été blessé lors de ces tirs" in _cited(aggregate, "injured", sentences)


def test_seed_air_raid_keeps_both_tolls(seed):
    events, sentences = seed
    raid = _by_date(events, "2021-02")
    assert (raid.date_precision, raid.date_text) == ("month", "Fin février")
    assert raid.sub_event_type == "Air/drone strike"
    assert (raid.location, raid.country, raid.actor, raid.claimed) == ("Syrie", "Syrie", "Etats-Unis", True)
    assert [(c.count, c.according_to) for c in raid.killed_reports] == [(22, "OSDH"), (1, "Pentagone")]
    assert raid.killed == 22  # the highest figure; all of them are in killed_reports
    assert "Fin février, les Etats-Unis ont ainsi mené un raid" in _cited(raid, "event", sentences)
    assert "22 miliciens irakiens avaient péri" in _cited(raid, "killed", sentences)


def test_seed_drone_strike_in_baghdad(seed):
    events, sentences = seed
    drone = _by_date(events, "2020-01")
    assert (drone.date_precision, drone.date_text) == ("month", "En janvier 2020")
    assert (drone.weapon, drone.sub_event_type) == ("drone", "Air/drone strike")
    assert (drone.location, drone.country, drone.actor, drone.claimed) == ("Baghdad", "Irak", "Etats-Unis", True)
    assert drone.killed == 1  # one person named as killed
    assert "un drone américain avait tué" in _cited(drone, "event", sentences)


def test_seed_reports_nothing_else(seed):
    events, sentences = seed
    cited = {k for e in events for keys in e.evidence.values() for k in keys}
    texts = " ".join(sentences[k].text for k in cited)
    assert "La résistance mènent actuellement des attaques" not in texts  # a threat in a quote
    assert not any(e.claimed for e in events if e.kind == "aggregate")  # `parfois revendiqués`: habitual


# ---------------------------------------------------------------------------------------------------------------
# Hand-written articles with their expected events
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_article(path: Path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["events"]
    events, sentences = _extract(path)
    assert len(events) == len(expected), [e.model_dump(exclude={"sources"}) for e in events]
    for event, want in zip(
        sorted(events, key=lambda e: e.date or ""), sorted(expected, key=lambda e: e["date"] or ""), strict=True
    ):
        for name, value in want.items():
            if name != "evidence":
                assert getattr(event, name) == value, name
        for name, fragment in want.get("evidence", {}).items():
            assert fragment in _cited(event, name, sentences), name


def test_every_cited_sentence_exists_and_ids_are_stable():
    for path in [*FIXTURES, SEED]:
        article, sentences = _load(path)
        keys = {s.key for s in sentences}
        first = extract_events(article, sentences)
        again = extract_events(article, sentences)
        assert [e.id for e in first] == [e.id for e in again]
        assert len({e.id for e in first}) == len(first)
        for event in first:
            assert event.sources[0].article_id == article.id
            assert all(k in keys for ks in event.evidence.values() for k in ks)


def test_merge_joins_one_incident_reported_twice():
    events = [e for path in FIXTURES for e in _extract(path)[0]]
    merged = merge_events(events)
    assert len(merged) == len(events) - 1
    kabul = next(e for e in merged if len(e.sources) == 2)
    assert {s.article_id for s in kabul.sources} == {"kabul-bombing-afp", "kabul-bombing-wire"}
    assert sorted(c.count for c in kabul.killed_reports) == [14, 15]
    assert (kabul.killed, kabul.injured, kabul.date) == (15, 32, "2022-08-20")


def test_merge_keeps_apart_other_days_and_weapons():
    base = _one("Un attentat-suicide a fait 10 morts samedi à Kaboul.", dt.date(2022, 8, 21))[0]
    later = _one("Un attentat-suicide a fait 3 morts mardi à Kaboul.", dt.date(2022, 8, 24))[0]
    rockets = _one("Deux roquettes se sont abattues samedi sur Kaboul, faisant un mort.", dt.date(2022, 8, 21))[0]
    rockets = rockets.model_copy(update={"sources": [rockets.sources[0].model_copy(update={"article_id": "u"})]})
    assert len(merge_events([base, later, rockets])) == 3


def test_merge_leaves_an_event_with_only_a_country_apart_when_two_incidents_fit():
    def report(article_id: str, text: str) -> AttackEvent:
        (event,) = _one(text, dt.date(2022, 2, 15))
        return event.model_copy(update={"sources": [event.sources[0].model_copy(update={"article_id": article_id})]})

    gao = report("a", "Un engin explosif a tué trois soldats lundi près de Gao, au Mali.")
    mopti = report("c", "Un engin explosif a tué cinq soldats lundi près de Mopti, au Mali.")
    # `dans le centre du pays`, the country known from the title: no place of its own
    centre = report("b", "Cinq soldats ont été tués lundi par un engin explosif au Mali.").model_copy(
        update={"location": None}
    )
    merged = merge_events([gao, centre, mopti])
    assert sorted(len(e.sources) for e in merged) == [1, 1, 1]
    assert len(merge_events([gao, centre])) == 1  # the only incident that fits: the same one


# ---------------------------------------------------------------------------------------------------------------
# Rules one by one
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "published", "date", "precision"),
    [
        ("hier", dt.date(2021, 4, 5), "2021-04-04", "day"),
        ("lundi soir", dt.date(2021, 4, 8), "2021-04-05", "day"),
        ("mercredi", dt.date(2021, 4, 9), "2021-04-07", "day"),
        ("fin février", dt.date(2021, 4, 5), "2021-02", "month"),
        ("en novembre", dt.date(2021, 4, 5), "2020-11", "month"),
        ("en janvier 2020", dt.date(2021, 4, 5), "2020-01", "month"),
        ("le 3 mars", dt.date(2021, 4, 5), "2021-03-03", "day"),
        ("le 11 mars 2004", dt.date(2021, 4, 5), "2004-03-11", "day"),
        ("la semaine dernière", dt.date(2021, 4, 7), "2021-04", "month"),  # the month of most of its days
        ("en 2019", dt.date(2021, 4, 5), "2019", "year"),
    ],
)
def test_dates_resolve_against_publication(phrase, published, date, precision):
    (event,) = _one(f"Deux roquettes se sont abattues {phrase} sur la ville de Kirkouk, faisant un mort.", published)
    assert (event.date, event.date_precision) == (date, precision)
    assert event.date_text.lower().endswith(phrase.split()[-1].lower())


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Two rockets hit a military base near Baghdad late on Monday, killing one soldier.", "2021-04-05"),
        ("A roadside bomb killed two soldiers in Kandahar last week.", "2021-04"),
        ("A car bomb killed three people in Mogadishu on March 3, officials said.", "2021-03-03"),
    ],
)
def test_english_dates(sentence, date):
    (event,) = _one(sentence, dt.date(2021, 4, 7), lang="en")
    assert event.date == date


@pytest.mark.parametrize(
    ("text", "value"),
    [("deux", 2), ("dix", 10), ("neuf", 9), ("22", 22), ("2.500", 2500), ("2,500", 2500), ("vingt-deux", 22),
     ("quatre-vingt-dix", 90), ("twenty-one", 21), ("une dizaine de", 10)],
)  # fmt: skip
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "value"), [("quatorzième", 14), ("fourteenth", 14), ("14e", 14), ("deuxième", 2)])
def test_ordinals(text, value):
    assert parse_ordinal(text) == value


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # `victime` is someone killed, as the gold set reads it: the wounded are not said
        ("Deux obus sont tombés hier sur Alep sans faire de victime.", 0, None),
        ("Deux obus sont tombés hier sur Alep. Les tirs n'ont fait ni victimes ni dégâts.", 0, 0),
        ("Une roquette s'est abattue hier sur Erbil, faisant neuf morts et dix blessés.", 9, 10),
        ("Un kamikaze s'est fait exploser hier à Kaboul, tuant 22 personnes.", 22, None),
        ("Sept militaires, un policier et six civils ont été tués hier dans un double attentat à Jolo.", 14, None),
        ("A mortar shell hit a market in Mosul on Monday. No one was hurt.", 0, 0),
        (
            "Three rockets struck near Erbil airport late on Monday; there were no immediate reports of casualties.",
            0,
            0,
        ),
    ],
)
def test_tolls_and_negations(text, killed, injured):
    (event,) = _one(text, lang="en" if text.startswith(("A ", "Three")) else "fr")
    assert (event.killed, event.injured) == (killed, injured)


def test_restrictive_negation_is_a_figure():
    (event,) = _one(
        "Une frappe aérienne a visé hier un convoi près d'Idleb. Le Pentagone a assuré que la frappe n'avait fait "
        "qu'un mort."
    )
    assert [(c.count, c.according_to) for c in event.killed_reports] == [(1, "Pentagone")]


@pytest.mark.parametrize(
    ("text", "claimed", "by"),
    [
        ("Une voiture piégée a explosé hier à Bagdad, tuant cinq personnes. L'attaque n'a pas été revendiquée.",
         False, None),
        ("Une voiture piégée a explosé hier à Bagdad, tuant cinq personnes. L'attentat a été revendiqué par l'Etat "
         "islamique.", True, "Etat islamique"),
        ("A suicide bomber killed five people in Kabul on Monday. No group has claimed responsibility.", False, None),
    ],
)  # fmt: skip
def test_claims(text, claimed, by):
    (event,) = _one(text)
    assert (event.claimed, event.claimed_by) == (claimed, by)


@pytest.mark.parametrize(
    "text",
    [
        "Le président a menacé de frapper l'Iran si des soldats américains étaient tués.",
        "Une cyberattaque a paralysé le réseau informatique de la mairie lundi.",
        "La Corée du Nord a procédé mercredi à un essai de missile balistique en mer du Japon.",
        "Le procès des auteurs de l'attentat s'est ouvert lundi à Paris.",
        "La police a tiré des grenades lacrymogènes sur les manifestants samedi à Paris.",
        "The senator said the country would respond to any attack on its forces.",
        "Militants have carried out dozens of attacks in the region since 2015.",
    ],
)
def test_not_attacks(text):
    assert _one(text) == []


def test_follow_up_sentences_join_the_incident_they_refer_to():
    events = _one(
        "Trois obus de mortier se sont abattus lundi sur le village de Kadji. Ils ont tué deux enfants. "
        "Le gouvernement a annoncé un plan de relance de l'économie. Aucun groupe n'a revendiqué les tirs. "
        "La ministre a rappelé que 40 personnes avaient été tuées sur les routes du pays en janvier."
    )
    (event,) = events
    assert (event.killed, event.count, event.location) == (2, 3, "Kadji")
    assert event.claimed is False  # `les tirs` refers back across the unrelated sentence
    assert [c.count for c in event.killed_reports] == [2]  # a bare figure two sentences on is about something else


def test_extraction_is_fast():
    article, sentences = _load(SEED)
    extract_events(article, sentences)
    # A guard against a runaway rule (catastrophic backtracking), not a benchmark (bench/attacks_score.py times it):
    # CPU time, so a busy neighbour on a shared machine does not fail it.
    start = time.process_time()
    for _ in range(20):
        extract_events(article, sentences)
    assert (time.process_time() - start) / 20 < 0.05  # a dense 3,700-character article: a few ms in practice


# ---------------------------------------------------------------------------------------------------------------
# Precision rules found by reading samples of the real corpus (invented sentences, one rule each)
# ---------------------------------------------------------------------------------------------------------------


def test_date_of_a_finding_is_not_the_attack_date():
    (event,) = _one(
        "Les experts établissent en mai 2019 que le car a été détruit par une bombe à Kirkouk, tuant six personnes."
    )
    assert event.date is None


def test_country_in_parentheses_beats_a_later_country():
    (event,) = _one("Trois passants ont été poignardés samedi à Tamanrasset (Algérie) et rapatriés en France.")
    assert (event.location, event.country) == ("Tamanrasset", "Algérie")


def test_an_embassy_is_not_in_the_country_it_represents():
    (event,) = _one("Une bombe a explosé lundi devant l'ambassade de France, blessant deux policiers.")
    assert event.country != "France"


def test_an_organisation_name_is_not_a_place():
    (event,) = _one(
        "Un kamikaze de l'Etat islamique en Irak s'est fait exploser lundi dans un marché, tuant cinq personnes."
    )
    assert (event.location, event.country, event.killed) == (None, None, 5)


def test_tolls_of_attacks_listed_in_passing_are_not_this_ones():
    events = _one(
        "Une voiture piégée a explosé hier à Kirkouk, tuant deux personnes. Cet attentat suit ceux de Mossoul (12 "
        "morts) et de Tikrit (8 morts)."
    )
    assert {e.location: [c.count for c in e.killed_reports] for e in events} == {
        "Kirkouk": [2], "Mossoul": [12], "Tikrit": [8]
    }  # fmt: skip


def test_another_attack_does_not_lend_its_toll():
    events = _one(
        "Un kamikaze s'est fait exploser hier à Kaboul, tuant six personnes. Trois jours auparavant, un autre attentat "
        "avait fait 40 morts."
    )
    kabul = next(e for e in events if e.location == "Kaboul")
    assert [c.count for c in kabul.killed_reports] == [6]


def test_an_undated_retelling_is_the_same_incident():
    (event,) = _one(
        "Une fusillade a fait trois morts lundi à Halle. Le maire a annulé les festivités prévues. "
        "La fusillade s'est produite devant une synagogue du quartier de Neustadt."
    )
    assert (event.date, event.location, event.killed) == ("2021-04-05", "Halle", 3)


def test_a_city_after_a_direction_is_a_landmark():
    (event,) = _one(
        "Deux personnes ont été tuées samedi lors d'une attaque au couteau à Reading, à l'ouest de Londres."
    )
    assert (event.location, event.country) == ("Reading", "Royaume-Uni")


def test_a_place_in_another_clause_is_not_the_attacks():
    events = _one(
        "Deux suspects avaient été arrêtés le 18 mars à Molenbeek, une arrestation qui a précipité les attentats, "
        "quand trois kamikazes se sont fait exploser dans le métro, tuant 32 personnes."
    )
    assert all(e.location != "Molenbeek" for e in events)


def test_where_a_weapon_came_from_is_not_where_it_struck():
    (event,) = _one(
        "Le missile, en provenance d'une brigade basée à Koursk, a abattu lundi un avion de ligne, tuant 298 personnes."
    )
    assert event.location is None and event.killed == 298


def test_a_toll_of_wounded_is_not_a_toll_of_dead():
    (event,) = _one("Une bombe a explosé hier dans un marché de Yala. La police évoque un bilan de 51 blessés.")
    assert (event.killed, event.injured) == (None, 51)


@pytest.mark.parametrize(
    "text",
    [
        "Le peuple kurde a été poignardé dans le dos par ses alliés, a déclaré lundi à Erbil un responsable.",
        "Des affrontements à coups de pierres, sans tirs d'armes à feu, ont fait vingt morts lundi dans la vallée.",
    ],
)
def test_more_not_attacks(text):
    assert _one(text) == []


def test_a_toll_of_the_attack_before_is_not_this_ones():
    event, before = _one(
        "Un kamikaze s'est fait exploser lundi à Kaboul, tuant neuf personnes. "
        "L'attentat survient un mois après celui de Kandahar qui avait fait 30 morts."
    )
    assert [c.count for c in event.killed_reports] == [9]
    assert (before.location, before.killed) == ("Kandahar", 30)  # the attack before, named by a pronoun: its own


def test_weekday_date_after_publication_is_not_the_attack_date():
    # `lundi 5 février` in a Sunday 4 February paper is the next day (not last year), and a hearing's day at that.
    events = _one(
        "Le suspect comparaît à partir de ce lundi 5 février à Gand pour une fusillade qui a fait un blessé en mars "
        "2016.",
        published=dt.date(2018, 2, 4),
    )
    assert [e.date for e in events] == ["2016-03"]


def test_weekday_date_takes_the_year_where_the_weekday_fits():
    events = _one("Une fusillade a fait trois morts samedi 30 décembre à Tulle.", published=dt.date(2018, 1, 2))
    assert [e.date for e in events] == ["2017-12-30"]


def test_shootings_by_police_and_at_protests_are_not_attacks():
    assert _one("L'agresseur présumé a été blessé par balles lors de son interpellation à Tulle, vendredi.") == []
    protest = (
        "Des milliers de manifestants ont défilé vendredi à Tulle. "
        "Les manifestants ont affronté la police. "
        "La maire a recensé 68 civils blessés par balles vendredi à Tulle. "
        "Les manifestations doivent reprendre samedi."
    )
    assert _one(protest) == []


def test_toll_of_a_compared_or_recalled_attack_is_not_this_ones():
    events = _one(
        "L'attentat a fait deux morts mardi à Tulle, un mois après celui de Brive qui avait fait 5 morts, "
        "lorsqu'un homme avait été abattu. "
        "En juillet 2005, une série d'attentats suicide avaient fait 56 morts et 700 blessés à Londres. "
        "Un groupe se réclamant d'Al-Qaïda avait revendiqué les attaques."
    )
    tulle = next(e for e in events if e.location == "Tulle")
    assert tulle.killed == 2 and tulle.injured is None and tulle.claimed is None


def test_a_photo_shooting_in_french_is_not_a_shooting():
    assert _one("Une mariée a vu son shooting bouleversé par la grave explosion qui a eu lieu à Beyrouth mardi.") == []
    english = _one(
        "Two people were killed in a shooting in Dayton on Sunday.", published=dt.date(2019, 8, 5), lang="en"
    )
    assert [(e.weapon, e.killed) for e in english] == [("arme à feu", 2)]


def test_a_time_of_day_with_apres_or_after_is_not_another_event():
    (fr,) = _one("Trois soldats ont été tués samedi après-midi lorsque leur véhicule a sauté sur une mine près de Gao.")
    assert (fr.weapon, fr.killed, fr.date, fr.location) == ("engin explosif", 3, "2021-04-03", "Gao")
    (late,) = _one("Une roquette est tombée peu après 23H00 lundi sur une base près de Gao, sans faire de victime.")
    assert (late.weapon, late.killed, late.date) == ("roquette", 0, "2021-04-05")
    (en,) = _one(
        "Shortly after midnight on Saturday a roadside bomb killed three soldiers near Gao.",
        published=dt.date(2021, 4, 5),
        lang="en",
    )
    assert (en.killed, en.location) == (3, "Gao")


def test_a_later_toll_dated_when_it_was_given_still_counts():
    (event,) = _one(
        "Six soldats ont été tués samedi par un engin explosif près de Djibo. "
        "Le bilan a été porté à sept morts dimanche, selon une source sécuritaire."
    )
    assert event.date == "2021-04-03" and event.killed == 7
    assert sorted(c.count for c in event.killed_reports) == [6, 7]


def test_a_toll_in_parentheses_of_an_attack_named_in_passing_is_not_this_ones():
    events = _one(
        "Une fusillade a fait 26 blessés dans un centre commercial à El Paso. "
        "Un manifeste, attribué au tireur, cite l'attaque de Christchurch (51 morts, le 15 mars).",
        published=dt.date(2019, 8, 4),
    )
    event = next(e for e in events if e.location == "El Paso")
    assert (event.location, event.injured, event.killed, event.date) == ("El Paso", 26, None, None)
    # The attack named in passing is an event of its own (a mention), with its own toll.
    assert [e.killed for e in events if e is not event] in ([], [51])
    assert event.suspected_actor is None  # `attribué au tireur` accuses nobody


def test_a_place_not_in_the_gazetteer_takes_its_country_from_the_title():
    def events(title: str) -> list[AttackEvent]:
        article = Article(
            id="t",
            title=title,
            text="Une fusillade a fait un mort et deux blessés mardi à Azusa.",
            published=dt.date(2016, 11, 9),
            lang="fr",
        )
        return extract_events(article, segment(article))

    assert [(e.location, e.country) for e in events("Fusillade meurtrière en Californie, aux Etats-Unis")] == [
        ("Azusa", "Etats-Unis")
    ]
    assert [e.country for e in events("Etats-Unis : fusillade près de deux bureaux de vote")] == ["Etats-Unis"]
    assert [e.country for e in events("Fusillade : la France et l'Allemagne réagissent")] == [None]  # which one?


def test_an_attack_told_in_an_apres_que_clause_when_the_main_clause_reports_none():
    (event,) = _one(
        "Au moins treize personnes sont mortes jeudi, après qu'une camionnette a foncé dans la foule à Barcelone.",
        published=dt.date(2017, 8, 18),
    )
    assert (event.weapon, event.location, event.date) == ("voiture-bélier", "Barcelone", "2017-08-17")


def test_a_raid_against_militiamen_is_an_air_strike():
    (event,) = _one("Lundi, l'armée a mené un raid contre des miliciens près de Deir Ezzor.")
    assert event.sub_event_type == "Air/drone strike"
