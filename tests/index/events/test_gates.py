"""Substring gates before the lexicon's patterns: a gated pattern answers exactly as the pattern does."""

from __future__ import annotations

import collections
import datetime as dt
import random
import re
import string

import pytest

from index.events import lexicon as lx
from index.events.assembly import _YEAR
from index.events.base import _Facts
from index.events.dates import _read_dates
from index.events.facts import _number_starts, opens_figure
from index.events.gates import (
    CASE_FOLDS,
    ByWords,
    FirstOf,
    Gated,
    WordsHeld,
    any_of,
    by_first_letter,
    cased,
    fold,
    gated,
    needed_literals,
    needs_digit,
)
from index.events.reading import _read
from index.models import Sentence

SENTENCES = [
    "Une attaque à la roquette a tué trois soldats lundi à Kaboul, a annoncé la police.",
    "L'ATTENTAT REVENDIQUÉ PAR L'EI A FAIT 22 MORTS ET 59 BLESSÉS À MANCHESTER.",
    "Deux roquettes, tirées depuis Gaza, ont frappé Ashkelon sans faire de blessés ; l'armée a riposté.",
    "Le 11-Septembre reste dans les mémoires, comme les attentats du 13-Novembre.",
    "Three people were killed and 12 wounded when a car bomb exploded near a market in Baghdad on Sunday.",
    "Des manifestants ont été dispersés, mais aucun blessé n'est à déplorer selon la préfecture.",
    "Le Premier ministre a inauguré un pont dans la ville de Lyon.",
    "Un homme armé d'un couteau a blessé deux passants avant d'être abattu par la police à Londres.",
    "Les frappes aériennes russes ont visé la province d'Idleb dans la nuit de mardi à mercredi.",
    # letters IGNORECASE matches across case that str.lower does not map: the dotless i, the long s, a dotted I
    "Une ATTAQUE revendiquée par l'ıSıS a tué ſix perſonnes à İSTANBUL.",
    "",
]


def _lexicon_patterns() -> list[tuple[str, Gated]]:
    found = [(name, value) for name, value in vars(lx).items() if isinstance(value, Gated)]
    found += [(f"DATE_RES[{i}]", rx) for i, (_, rx) in enumerate(lx.DATE_RES)]
    found += [(f"WEAPON_RES[{w.name}]", rx) for w, rx in lx.WEAPON_RES]
    return found


@pytest.mark.parametrize(("name", "gate"), _lexicon_patterns())
def test_every_lexicon_pattern_answers_as_the_compiled_pattern(name: str, gate: Gated) -> None:
    plain = re.compile(gate.pattern, gate.flags)
    for text in SENTENCES:
        assert _spans(gate.search(text)) == _spans(plain.search(text)), (name, text)
        assert _spans(gate.match(text, 3)) == _spans(plain.match(text, 3)), (name, text)
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
        assert gate.sub("_", text) == plain.sub("_", text), (name, text)
        assert gate.split(text) == plain.split(text), (name, text)
        assert gate.findall(text) == plain.findall(text), (name, text)


def _spans(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_most_lexicon_patterns_are_gated() -> None:
    gated_count = sum(1 for _, gate in _lexicon_patterns() if gate.may_match("") is False)
    assert gated_count > len(_lexicon_patterns()) * 0.7


def test_the_literals_are_those_every_match_holds() -> None:
    # the articles are in every sentence: the attack nouns, one of which every match holds, gate it (`re` factors
    # their common `att` out, so the literals are what follows it)
    assert needed_literals(r"\b(?:le|la|les)\s*(?:attentats?|attaques?)\b", re.IGNORECASE) == ((), ("aque", "entat"))
    assert needed_literals(r"\b(?:le|la|les)\s*(?:attentats?|bombes?)\b", re.IGNORECASE) == ((), ("attentat", "bombe"))
    assert needed_literals(r"\b(?:blessé|BLESSANT)\b", re.IGNORECASE) == ((), ("blessant", "blessé"))
    assert needed_literals(r"(?:Janvier|Mai)-\d", 0) == (("Janvier", "Mai"), ())
    # `(?i:...)` in a pattern that minds case: those literals are compared folded, the others as written
    assert needed_literals(r"(?P<who>[A-Z]\w+)\s+(?i:a tiré|FIRED)\b", 0) == ((), ("a tiré", "fired"))
    assert needed_literals(r"Base (?:aérienne|Militaire)", 0) == (("Militaire", "aérienne"), ())  # the longest
    assert needed_literals(r"Base (?:A|M)", 0) == (("Base ",), ())


def test_no_gate_when_a_match_can_hold_no_literal() -> None:
    assert needed_literals(r"\b(?:attentat|\d+)\b", re.IGNORECASE) is None  # a branch of digits only
    assert needed_literals(r"(?:attentat)?\s+morts", re.IGNORECASE) == ((), ("morts",))  # an optional part is no gate
    assert needed_literals(r"(?:attentat)?\s+\w+", re.IGNORECASE) is None
    assert needed_literals(r"\ble\b", re.IGNORECASE) is None  # too short to say anything


def test_a_pattern_needs_a_digit_when_every_match_holds_one() -> None:
    assert needs_digit(r"(?:le\s+)?(?P<d>\d{1,2}|1er)\s+(?:mai|juin)", re.IGNORECASE)  # `1er` holds one too
    assert needs_digit(r"(?:mai|juin)\s+(?:19|20)[0-9]{2}\b", re.IGNORECASE)
    assert needs_digit(r"(?:en\s+\d{4}|depuis\s+[0-9])", 0)  # each branch holds one
    assert not needs_digit(r"(?P<d>\d{1,2}|premier)\s+mai", re.IGNORECASE)  # `le premier mai`: none
    assert not needs_digit(r"mai(?:\s+\d{4})?", re.IGNORECASE)  # an optional part holds none for sure
    assert not needs_digit(r"(?<=\d)\s+morts", 0)  # a lookbehind consumes nothing
    assert not needs_digit(r"[^0-9]+|[\da-z]", 0)  # a negated set, a set with letters
    assert not needs_digit(r"(", 0)  # not a pattern: unsure


def test_dates_without_a_digit_are_read_as_before() -> None:
    """The day and month patterns that need a digit are skipped on text without one: the ones that do not still run."""
    cases = {
        # the day pattern still runs without a digit: it takes `le premier mai` (which no date is read from), as before
        "Un attentat a frappé la ville le premier mai, selon la police.": None,
        "Un attentat a frappé la ville le 1er mai, selon la police.": "2020-05-01",
        "Un attentat a frappé la maison mi-mai, selon la police.": "2020-05",
        "Un attentat a frappé la maison début mai, selon la police.": "2020-05",
        "Un attentat a frappé la maison le 3 mai 2019, selon la police.": "2019-05-03",
        "Un attentat a frappé la maison en mai 2019, selon la police.": "2019-05",
        "Un attentat a frappé la maison, selon la police.": None,
    }
    for text, iso in cases.items():
        facts = _Facts(sentence=Sentence(article_id="a", position=0, start=0, end=len(text), text=text), text=text)
        _read_dates(facts, text, dt.date(2020, 6, 1))
        assert (facts.date.iso if facts.date else None) == iso, text


def test_a_lookaround_joins_the_literals_on_either_side() -> None:
    assert needed_literals(r"tir(?=s)s", 0) == (("tirs",), ())


def test_a_gated_pattern_finds_what_ignorecase_matches_across_letters() -> None:
    for pattern, text in ((r"\bisis\b", "l'ıSıS"), (r"six", "ſix"), (r"istanbul", "İSTANBUL")):
        assert re.search(pattern, text, re.IGNORECASE), pattern
        assert gated(pattern, re.IGNORECASE).search(text), pattern


def test_fold_is_what_ignorecase_compares() -> None:
    assert fold("ATTENTAT à İstanbul") == "attentat à istanbul"
    assert fold("perſonnes") == "personnes"


def test_found_tells_which_pattern_made_a_match() -> None:
    m = lx.HYPHENATED_DAY.search("depuis le 13-Novembre")
    assert m is not None and lx.HYPHENATED_DAY.found(m)
    assert not lx.NAMED_BY_DATE.found(m)


def test_case_folds_hold_every_character_ignorecase_matches_across_case() -> None:
    """Recomputes CASE_FOLDS over all of Unicode: the characters `re` matches with a letter whose `lower` differs."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        x = chr(cp)
        related = x.lower() + x.upper() + x.title() + x.casefold() + x.upper().lower() + x.lower().upper()
        for other in set(related) - {x}:
            if re.fullmatch(re.escape(other), x, re.IGNORECASE):
                a, b = root(x), root(other)
                if a != b:
                    parent[a] = b
    classes: dict[str, set[str]] = collections.defaultdict(set)
    for x in list(parent):
        classes[root(x)] |= {x, root(x)}
    expected: dict[str, str] = {}
    for members in classes.values():
        lowers = collections.Counter(m.lower() for m in members if len(m.lower()) == 1)
        canonical = sorted(lowers.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        expected.update({m: canonical for m in members if m.lower() != canonical})
    assert expected == CASE_FOLDS


_BRANCHES = (r"\bpoignardée?\b", r"\bpoignardée? à mort\b", r"\bmort(?:e|s)?\b", r"(?<!pas )\bblessée?s?\b")
_FIRST_OF_TEXTS = [
    "Une femme a été poignardée à mort devant chez elle.",  # two branches start together: the earlier one wins
    "Un passant est mort, un autre blessé.",
    "Il n'y a pas blessé, seulement une frayeur, puis un blessé léger.",
    "La réunion du conseil municipal s'est tenue mardi.",
    "",
]


@pytest.mark.parametrize("text", _FIRST_OF_TEXTS)
def test_first_of_finds_what_the_alternation_finds(text: str) -> None:
    first = FirstOf(*_BRANCHES, flags=re.IGNORECASE).search(text)
    alternation = re.compile("|".join(_BRANCHES), re.IGNORECASE).search(text)
    assert (first.span() if first else None) == (alternation.span() if alternation else None)


def test_killed_one_reads_one_victim_branch_by_branch() -> None:
    """KILLED_ONE, searched branch by branch, finds the span the one alternation of its branches finds."""
    alternation = re.compile("|".join(b.pattern for b in lx.KILLED_ONE.branches), re.IGNORECASE)
    for text in (
        "Le policier, qui est resté sur place, a été mortellement blessé lors de l'assaut.",
        "Le gendarme est tué d'une balle alors qu'il tentait de l'arrêter.",
        "Le journaliste, abattu par un tireur, est mort à l'hôpital.",
        "Le maire est décédé de maladie, et l'ancien préfet, tué à Ajaccio en 1998, a été remplacé.",
        "Le chef du village avait succombé à ses blessures, était mort le lendemain.",
        "Le projet de loi est examiné par les députés ce mardi.",
    ):
        found = lx.KILLED_ONE.search(text)
        expected = alternation.search(text)
        assert (found.span() if found else None) == (expected.span() if expected else None)
        assert (found is None) == (expected is None) and (text.startswith("Le projet") == (found is None))


@pytest.mark.parametrize(
    ("name", "text", "pos"),
    [
        ("OTHER_EVENT", "Deux jours plus tôt, une autre attaque avait visé la même caserne.", 0),
        ("OTHER_EVENT", "Quelques heures auparavant, un homme avait été arrêté.", 0),
        ("OTHER_EVENT", "La veille, les policiers avaient fouillé l'immeuble.", 0),
        ("OTHER_EVENT", "Aux trois morts s'ajoute celle de l'assaillant, tué par la police.", 0),
        ("OTHER_EVENT", "Le conseil a voté le budget de la région.", 0),
        ("COMPARED_EVENT", "L'attentat rappelle celui de Nice qui avait fait 86 morts.", 0),
        ("COMPARED_EVENT", "L'attaque a des points communs avec celle de 2015, comme la tuerie qui a suivi.", 20),
        ("COMPARED_EVENT", "Le tireur, comme le suspect qui avait fui, était armé.", 30),
        ("COMPARED_EVENT", "Le tireur, comme le suspect qui avait fui, était armé.", 0),
        ("COMPARED_EVENT", "Les enquêteurs ont entendu le voisin mardi.", 0),
    ],
)
def test_first_of_patterns_read_as_their_alternation(name: str, text: str, pos: int) -> None:
    """OTHER_EVENT and COMPARED_EVENT, searched branch by branch, find what the one alternation finds, from a start
    position too."""
    first_of = getattr(lx, name)
    alternation = re.compile("|".join(b.pattern for b in first_of.branches), re.IGNORECASE)
    found, expected = first_of.search(text, pos), alternation.search(text, pos)
    assert (found.span() if found else None) == (expected.span() if expected else None)
    no_match = ("Le conseil", "Les enquêteurs", "Aux trois morts")
    assert (found is None) == (text.startswith(no_match) or (pos == 30 and name == "COMPARED_EVENT"))


_EVERY_CHARACTER = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)


@pytest.mark.parametrize("letter", list(string.ascii_lowercase + "àâçéèêëîïôùûüÿœæ"))
def test_cased_holds_every_character_ignorecase_matches_with_the_letter(letter: str) -> None:
    expected = set(re.findall(re.escape(letter), _EVERY_CHARACTER, re.IGNORECASE))
    assert set(cased(letter)[1:-1]) == expected


def _plain_prep_place() -> re.Pattern[str]:
    """PREP_PLACE as the one case-insensitive alternation its words were written as before the dispatch by letter."""
    alternatives = [
        *lx._PLACE_WORDS_BEFORE_SETTLEMENTS,
        (lx._SETTLEMENT_NOUNS, lx._SETTLEMENT_ADJECTIVE + " (?:de |d'|of )"),
    ]
    alternatives += lx._PLACE_WORDS_AFTER_SETTLEMENTS
    branches = "|".join(f"(?:{'|'.join(words)}){suffix}" for words, suffix in alternatives)
    return re.compile(rf"\b(?i:{branches})(?P<name>{lx.PLACE})")


_PLACE_TEXTS = [
    "Un kamikaze s'est fait exploser dans le nord-est de la Syrie, près de la frontière, au sud de l'Irak.",
    "A Tulle, un homme a tiré ; « A Brive, rien », puis à Paris, au Mans, aux Pays-Bas, en Corse.",
    "Une fusillade dans un bar de Lyon, devant le café-restaurant Le Bistrot de Marseille, la tuerie d'Orlando.",
    "Dans la ville portuaire de Turku, dans l'État américain du Texas, le village malien de Kadji.",
    "Three killed in northern Iraq near the Syrian border, outside Mosul, in the city of Kirkuk.",
    "DANS LE SUD DE LA France, AU Nord du Mali ; Vers Gao, sur la Place Rouge, non loin de Kidal, aux abords d'Alep.",
    "ſur Paris, İn Ankara, ın Izmir, à proximité d'Hébron, près du Caire, près des Invalides.",
    "Dans la station balnéaire de Nice, la Ville de Lyon, un District d'Abidjan, la ZONE de Gaza, le secteur de Homs.",
    "la réunion du conseil régional s'est tenue mardi sans incident, à huis clos",
    "",
]


@pytest.mark.parametrize("text", _PLACE_TEXTS)
def test_prep_place_finds_what_its_plain_alternation_finds(text: str) -> None:
    plain = _plain_prep_place()
    for pos in (0, 1, 10, 40):
        expected = [(m.span(), m.span("name")) for m in plain.finditer(text, pos)]
        assert [(m.span(), m.span("name")) for m in lx.PREP_PLACE.finditer(text, pos)] == expected
        found, wanted = lx.PREP_PLACE.search(text, pos, len(text) - 5), plain.search(text, pos, len(text) - 5)
        assert (found.span() if found else None) == (wanted.span() if wanted else None)
    assert bool(plain.search(text)) == (not text.startswith("la réunion") and text != "")


def test_by_first_letter_keeps_the_order_of_a_letters_alternatives() -> None:
    """`dans la ville de X` is read by the earlier, longer alternative, not by `dans`: as the alternation reads it."""
    pattern = re.compile(rf"\b(?:{by_first_letter([(('dans la ville',), ' de '), (('dans', 'à'), ' ')])})(?P<n>\w+)")
    m = pattern.search("Un attentat dans la ville de Mossoul.")
    assert m is not None and m.group("n") == "Mossoul"
    m = pattern.search("Un attentat À la gare.")
    assert m is not None and m.group("n") == "la"
    with pytest.raises(ValueError, match="open with a letter"):
        by_first_letter([(("(?:dans)",), " ")])


_WORD_LISTS = [
    lx.GATE_ANY,
    lx.GATE_CASUALTY,
    lx.GATE_CLAIM,
    ("tir", "tirs", "tirer", "ti"),  # a word that another opens, and its longer forms
    ("a.b", "(x)", "[y]", "c+", " tue ", "?"),  # characters a pattern would read as its own
]


@pytest.mark.parametrize("words", _WORD_LISTS)
def test_any_of_finds_what_has_any_finds(words: tuple[str, ...]) -> None:
    found = any_of(words)
    texts = [s.lower() for s in SENTENCES] + [*words, "a tiré", "abc+", "un a-b", "(x) y", "ti", "il tue sa", "?"]
    texts += [text[i:] for text in SENTENCES for i in (1, 7, 30)]
    for text in texts:
        assert (found.search(text) is not None) == lx.has_any(text, words), (words, text)
    with pytest.raises(ValueError, match="empty"):
        any_of(("tir", ""))


def test_the_sentence_gate_lets_through_what_it_did() -> None:
    """A sentence without any of the gate's words is not read; one with any of them (in any case) is."""
    assert _read_sentence("Le Premier ministre a inauguré un pont dans la ville de Lyon.") is None
    assert _read_sentence("Le Premier ministre a inauguré un pont DANS LA VILLE DE LYON ET A ÉTÉ TUÉ.") is not None
    assert _read_sentence("Un pont a été inauguré le 12-Septembre.") is not None  # a day named by its date


def _read_sentence(text: str) -> _Facts | None:
    return _read(Sentence(article_id="a", position=0, start=0, end=len(text), text=text), dt.date(2020, 5, 1))


_YEAR_TEXTS = [
    "En 2017, puis en 1999 et le 7 décembre 1941, et l'année 2015 ; 2020.",
    "2019-2020, depuis 2002-2003, 1,2019 ou 3.2018 et l'an '1999, 12019, -2018 et 20181.",
    "2020.5, 1999,5 et 2021. En 2021, 1920 morts; 2020-, (2019), «2018»",
    "19",
    "2019",
    "x2019 a2020 _2019 é1999 ٢٠١٩ 2٠19",
    "",
]


@pytest.mark.parametrize("text", _YEAR_TEXTS)
def test_years_are_found_where_the_look_behind_first_found_them(text: str) -> None:
    plain = re.compile(r"(?<![\d.,'-])(?:19|20)\d\d(?![\d-]|[.,]\d)")
    for pos in range(len(text) + 1):
        assert [m.span() for m in _YEAR.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


@pytest.mark.parametrize(("name", "gate"), _lexicon_patterns())
def test_no_match_starts_after_the_last_literal(name: str, gate: Gated) -> None:
    plain = re.compile(gate.pattern, gate.flags)
    for text in [*SENTENCES, *_YEAR_TEXTS]:
        reach = gate.last_literal(text)
        for pos in range(reach + 1, len(text) + 1):
            assert plain.match(text, pos) is None, (name, text, pos)


def test_the_last_literal_is_where_the_last_one_starts() -> None:
    gate = gated(r"\d+ (?:tués|morts)", re.IGNORECASE)
    assert gate.last_literal("3 TUÉS, puis 5 morts et 2 blessés") == 15
    assert gate.last_literal("2 blessés") == -1
    assert gated(r"\w+").last_literal("abc") == 3  # ungated: any position may start a match


def test_fold_keeps_every_character_at_its_place() -> None:
    """Positions in the fold are those of the text (last_literal reads them in the fold)."""
    assert all(len(fold(chr(i))) == 1 for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)


def test_a_pattern_anchored_at_the_start_runs_ungated() -> None:
    assert not gated(r"^\W*(?:cette année-là|la même année)\b", re.IGNORECASE)._gated
    assert not gated(r"(?:^la veille|^the day before)\b", re.IGNORECASE)._gated
    assert gated(r"^la veille|the day before\b", re.IGNORECASE)._gated  # one alternative may start anywhere
    assert gated(r"^la veille\b", re.IGNORECASE | re.MULTILINE)._gated  # `^` also after each newline
    assert gated(r"(?m)^la veille\b")._gated


def test_words_held_are_those_each_substring_test_finds() -> None:
    """One scan finds every word of the list a text holds, overlapping ones and those that open with another too
    (`tir`, `tirs`, `irs` in `des tirs`), as `word in text` finds each; the last text's answer is kept, not
    another's."""
    words = ["tir", "tirs", "irs", "s d", "rs", "bless", "blessé", "é", "ée", "xyz"]
    held = WordsHeld(words)
    rng = random.Random(3)
    pieces = ["des ", "tirs", " blessée", "s d", "ir", "t", "é", "e", " "]
    texts = ["", "des tirs", "blessées", *("".join(rng.choice(pieces) for _ in range(8)) for _ in range(3000))]
    for text in texts:
        assert held.held(text) == {w for w in words if w in text}, text
    assert held.held("des tirs") == {"tir", "tirs", "irs", "rs"} and held.held("les tirs d'obus") >= {"s d"}
    assert held.held("blessée") == {"bless", "blessé", "é", "ée"}


def test_by_words_lets_through_each_item_that_shares_a_word_in_its_order() -> None:
    """Each weapon (and each act) whose hints a sentence holds is tried, in the list's order, as when each was asked
    in turn whether it shares a hint with the sentence; one without hints never is."""
    items = [("a", ("tir", "feu")), ("b", ()), ("c", ("feu",)), ("d", ("couteau", "tir", "tir"))]
    by_words = ByWords(items)
    rng = random.Random(5)
    words = ["tir", "feu", "couteau", "bombe"]
    for held in [frozenset(rng.sample(words, rng.randint(0, 4))) for _ in range(200)]:
        assert by_words.among(held) == [item for item, hints in items if not held.isdisjoint(hints)], held
    for weapons, hinted in ((lx.WEAPON_RES, lx.WEAPONS_HINTED), (lx.ACT_RES, lx.ACTS_HINTED)):
        for text in [s.lower() for s in SENTENCES]:
            held = lx.HINTS_HELD.held(text)
            assert hinted.among(held) == [(w, rx) for w, rx in weapons if not held.isdisjoint(w.hints)], text


def _every_token_read(text: str) -> list[int]:
    """Where a figure may start, each token read in turn (as `_number_starts` read them before)."""
    return [m.start() for m in lx.TOKEN.finditer(text) if opens_figure(m.group())]


def test_a_figure_may_start_where_reading_every_token_found_one() -> None:
    """Digits, number words in any case (`Vingt-Deux`, `DIX-huit`, `ſix`), `a` and `une dizaine` open a figure as
    before; a word that only opens with a number word (`deuxième`, `undo`) or follows a hyphen does not."""
    pieces = [
        "deux",
        "Vingt-Deux",
        "DIX-huit",
        "ſix",
        "a",
        "A",
        "a-b",
        "une",
        "dizaine",
        "deuxième",
        "undo",
        "2e",
        "12",
        "-3",
        "x-deux",
        "²",
        "٣",
        "İ",
        "\u212aa",
        "é2",
        "_a",
        "l'un",
        "d'une",
        " ",
        ", ",
        "-",
        "trois.",
    ]
    rng = random.Random(7)
    texts = [*SENTENCES, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000))]
    for text in texts:
        assert _number_starts(text) == _every_token_read(text), text
    assert _number_starts("Vingt-Deux morts, 3 blessés et une dizaine de disparus") == [0, 18, 31]
