"""Regular expressions behind a substring gate: a pattern runs only on text that holds a literal any match holds.

Most sentences match none of the lexicon's patterns, and a failed search of a long alternation (`\\b(?:le|la)\\s*
(?:attentats?|attaques?|...)\\b`) tries every position of the sentence. The literals are read from the pattern's own
parse tree, so no hand-kept word list can fall out of step with it: every match of `(?:attentats?|tirs)` holds
`attentat` or `tirs`, so a sentence holding neither gets `None` straight away, and the same answer as the pattern.

Case: a pattern compiled with IGNORECASE is gated on the text case-folded the way `re` folds it (`str.lower`, plus the
few characters `re` matches across case that `lower` does not map, such as `ı` and `ſ`); any other pattern on the
text as written. A pattern whose literals are too short or too few to help, or that changes its flags inside, runs
ungated.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _constants as c  # type: ignore[attr-defined]  # re's own opcodes (no stub: a private module)
from re import _parser  # type: ignore[attr-defined]  # re's own parser, whose tree re compiles (no stub)
from typing import Any, Generic, TypeVar

# Characters that IGNORECASE matches with a letter `str.lower` does not turn them into (`ı` matches `i`, `ſ` matches
# `s`, `İ` lowers to two characters), and what they fold to: all of Unicode, as tests/index/events/test_gates.py
# recomputes.
CASE_FOLDS = {
    "\u00b5": "\u03bc", "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u0345": "\u03b9", "\u03c2": "\u03c3",
    "\u03d0": "\u03b2", "\u03d1": "\u03b8", "\u03d5": "\u03c6", "\u03d6": "\u03c0", "\u03f0": "\u03ba",
    "\u03f1": "\u03c1", "\u03f5": "\u03b5", "\u1c80": "\u0432", "\u1c81": "\u0434", "\u1c82": "\u043e",
    "\u1c83": "\u0441", "\u1c84": "\u0442", "\u1c85": "\u0442", "\u1c86": "\u044a", "\u1c87": "\u0463",
    "\u1c88": "\ua64b", "\u1e9b": "\u1e61", "\u1fbe": "\u03b9",
}  # fmt: skip
_FOLD_TABLE = str.maketrans(CASE_FOLDS)
_UNUSUAL = re.compile("[" + "".join(CASE_FOLDS) + "]")
# A gate needs literals at least this long: shorter ones are in nearly every sentence.
_MIN_LITERAL = 3
_T = TypeVar("_T")


def fold(text: str) -> str:
    """The text as IGNORECASE compares it, one character for one wherever it can (`Attaque` -> `attaque`)."""
    if text.isascii() or _UNUSUAL.search(text) is None:
        return text.lower()
    return text.translate(_FOLD_TABLE).lower()


# The two texts last folded with their folds, as one tuple so that threads extracting at once never pair a text with
# another's fold: the patterns of a sentence run on the same few texts, often two in turn (a clause and its sentence).
_last: list[tuple[tuple[str, str], tuple[str, str]]] = [(("", ""), ("", ""))]


def _folded(text: str) -> str:
    newest, older = _last[0]
    if newest[0] is text:
        return newest[1]
    if older[0] is text:
        return older[1]
    low = fold(text)
    _last[0] = ((text, low), newest)
    return low


def needed_literals(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Literals one of which every match of the pattern holds, as (those compared as written, those compared folded:
    from parts that ignore case), or None when no set of literals of useful length can be read from it."""
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(tree), bool(tree.state.flags & re.IGNORECASE))
    if not found or min(_weight(w) for w, _ in found) < _MIN_LITERAL:
        return None
    exact = {w for w, folded in found if not folded}
    folded = {fold(w) for w, is_folded in found if is_folded}
    return _shortest(exact), _shortest(folded)


def _shortest(words: set[str]) -> tuple[str, ...]:
    """A literal that holds another one adds nothing: `attentats` is in every text that holds `attentat`."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _weight(word: str) -> int:
    """How selective a literal is, counted in characters: a semicolon is as rare in a sentence as three letters."""
    return _MIN_LITERAL if word in _RARE_MARKS else len(word)


_RARE_MARKS = frozenset({";", "«", "»", "(", ")", "[", "]"})
_Literals = frozenset[tuple[str, bool]] | None
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def _sequence(items: list[tuple[Any, Any]], folded: bool) -> _Literals:
    """The best set of literals that every match of the sequence holds (each with whether it is compared folded): its
    longest runs of literal characters, or the sets its groups, alternations and repeats give."""
    candidates: list[frozenset[tuple[str, bool]]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the characters on either side are next to each other in the match
        if op is c.SUBPATTERN and not av[1] and not av[2] and all(o is c.LITERAL for o, _ in av[3]):
            run.extend(chr(ch) for _, ch in av[3])  # `(ab)`: still one run
            continue
        if run:
            candidates.append(frozenset({("".join(run), folded)}))
            run = []
        inner = _node(op, av, folded)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({("".join(run), folded)}))
    return max(candidates, key=lambda s: (min(_weight(w) for w, _ in s), -len(s)), default=None)


def _node(op: Any, av: Any, folded: bool) -> _Literals:
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, items = av
        if add_flags & re.IGNORECASE:
            folded = True  # `(?i:...)`
        if del_flags & re.IGNORECASE:
            folded = False
        return _sequence(list(items), folded)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av), folded)
    if op is c.BRANCH:
        union: set[tuple[str, bool]] = set()
        for branch in av[1]:
            found = _sequence(list(branch), folded)
            if not found:
                return None  # a branch with no literal can match without any
            union |= found
        return frozenset(union)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]), folded)
    return None


def opens_at_start(pattern: str, flags: int = 0) -> bool:
    """Whether every match of the pattern starts at the text's start (`^\\W*(?:cette année-là|...)`, each alternative
    of a top-level alternation so anchored; not with MULTILINE, whose `^` also matches after each newline)."""
    if flags & re.MULTILINE:
        return False
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return False
    return not tree.state.flags & re.MULTILINE and _opens_at_start(list(tree))


def _opens_at_start(items: list[tuple[Any, Any]]) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is c.AT:
        return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    if op is c.SUBPATTERN:
        return _opens_at_start(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _opens_at_start(list(av))
    if op is c.BRANCH:
        return all(_opens_at_start(list(branch)) for branch in av[1])
    return False


def needs_digit(pattern: str, flags: int = 0) -> bool:
    """Whether every match of the pattern holds a digit (`\\d`, `[0-9]` or a digit written out): text without any then
    holds no match (`(?P<m>mai|juin)\\s+(?P<d>\\d{1,2})` cannot match `la maison`). False when unsure."""
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return False
    return _holds_digit(list(tree))


_DIGIT = re.compile(r"\d")


def _holds_digit(items: list[tuple[Any, Any]]) -> bool:
    return any(_item_holds_digit(op, av) for op, av in items)


def _item_holds_digit(op: Any, av: Any) -> bool:
    if op is c.LITERAL:
        return _DIGIT.match(chr(av)) is not None
    if op is c.IN:
        return bool(av) and all(_digit_member(o, a) for o, a in av)
    if op is c.SUBPATTERN:
        return _holds_digit(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _holds_digit(list(av))
    if op is c.BRANCH:
        return all(_holds_digit(list(branch)) for branch in av[1])
    if op in _REPEATS and av[0] >= 1:
        return _holds_digit(list(av[2]))
    return False  # a lookaround, an anchor, a back-reference: consumes no digit of its own


def _digit_member(op: Any, av: Any) -> bool:
    """A member of a character set that matches digits only (a set's NEGATE member makes it match anything else)."""
    if op is c.CATEGORY:
        return av is c.CATEGORY_DIGIT
    if op is c.LITERAL:
        return _DIGIT.match(chr(av)) is not None
    if op is c.RANGE:
        return 0x30 <= av[0] <= av[1] <= 0x39
    return False


class Gated:
    """A compiled pattern that answers `no match` at once for text without any of its needed literals."""

    __slots__ = ("_rx", "_exact", "_folded", "_gated", "pattern", "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern[str]):
        self._rx = compiled
        self._exact, self._folded = needed_literals(compiled.pattern, compiled.flags) or ((), ())
        # a pattern tried at the text's start only fails there sooner than the gate folds the text and scans it
        self._gated = bool(self._exact or self._folded) and not opens_at_start(compiled.pattern, compiled.flags)
        self.pattern, self.flags, self.groups, self.groupindex = (
            compiled.pattern,
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        )

    def _absent(self, text: str) -> bool:
        if not self._gated:
            return False
        for needle in self._exact:  # noqa: SIM110 - a plain loop: any() over a generator costs more (measured)
            if needle in text:
                return False
        if self._folded:
            low = _folded(text)
            for needle in self._folded:  # noqa: SIM110 - as above
                if needle in low:
                    return False
        return True

    def last_literal(self, text: str) -> int:
        """Where the last of the literals a match holds starts in the text (-1: none is in it): a match that starts
        after it holds none, so `match(text, pos)` finds nothing for any `pos` past it. The text's length when
        ungated (any position may start a match)."""
        if not self._gated:
            return len(text)
        last = -1
        for needle in self._exact:
            last = max(last, text.rfind(needle))
        if self._folded:
            low = _folded(text)
            if len(low) != len(text):
                return len(text)  # positions in the fold are not those of the text
            for needle in self._folded:
                last = max(last, low.rfind(needle))
        return last

    def may_match(self, text: str) -> bool:
        """False when no match can be in the text (it holds none of the literals a match holds); True otherwise."""
        return not self._absent(text)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._rx.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._rx.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string) else self._rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string) else self._rx.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._rx.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._absent(string) else self._rx.split(string, maxsplit)

    def found(self, m: re.Match[str]) -> bool:
        """Whether this pattern made the match (`m.re` is the compiled pattern, not this gate)."""
        return m.re is self._rx

    def __repr__(self) -> str:
        return f"Gated({self._rx!r}, literals={len(self._exact) + len(self._folded)})"


def gated(pattern: str, flags: int = 0) -> Gated:
    return Gated(re.compile(pattern, flags))


_Tree = dict[str, "_Tree"]  # a letter and the words going on from it; "" where a word ends


def any_of(words: Sequence[str]) -> re.Pattern[str]:
    """A pattern whose search finds whether a text holds any of the words, as written (`has_any`'s answer): `in`
    scans the text once a word, over a hundred times for a sentence that holds none of the sentence gate's words,
    where the words merged into a tree (`t(?:ir|u(?:ant|ent|é))`) are tried in one scan, each position entered only
    at a letter that opens one of them. A word that opens with another (`tirs` after `tir`) adds nothing and is left
    out."""
    tree: _Tree = {}
    for word in words:
        if not word:
            raise ValueError("an empty word is in every text")
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_branches(tree))


class WordsHeld:
    """Which words of a fixed list a text holds, each as a substring (what `word in text` tells of each), found in one
    scan for the whole list: for a text asked in turn whether it holds any of many groups of the words (each weapon's
    hints, then each act's), where each group's own test scanned the text once a word (some three hundred scans of a
    sentence that holds none). The scan (`any_of`) stops at each position where a word opens, on the shortest word
    there; the longer ones that open with it are then compared at that position. The last text's answer is kept, as
    the groups ask of one text in turn."""

    __slots__ = ("_first", "_longer", "_last")

    def __init__(self, words: Iterable[str]):
        unique = sorted(set(words))
        self._first = any_of(unique)
        self._longer = {w: tuple(o for o in unique if o != w and o.startswith(w)) for w in unique}
        # one tuple, so that threads extracting at once never pair a text with another's answer
        self._last: list[tuple[str, frozenset[str]]] = [("", frozenset())]

    def held(self, text: str) -> frozenset[str]:
        """The words of the list that the text holds."""
        last_text, last_held = self._last[0]
        if last_text is text:
            return last_held
        held: set[str] = set()
        m = self._first.search(text)
        while m is not None:
            at, word = m.start(), m.group()
            held.add(word)
            held.update(longer for longer in self._longer[word] if text.startswith(longer, at))
            m = self._first.search(text, at + 1)
        answer = frozenset(held)
        self._last[0] = (text, answer)
        return answer


class ByWords(Generic[_T]):
    """Items (each weapon's pattern, each act's), each worth trying only on a text that holds one of its words (its
    hints): those a text's held words (`WordsHeld.held`) let through, in their order, found from the words held
    (mostly none or a few) rather than by asking each of some thirty items whether it shares a word with them. An
    item without words is never let through (no text holds one of none)."""

    __slots__ = ("_items", "_holders")

    def __init__(self, items: Iterable[tuple[_T, Iterable[str]]]):
        listed = list(items)
        self._items = tuple(item for item, _ in listed)
        holders: dict[str, list[int]] = {}
        for i, (_, words) in enumerate(listed):
            for word in dict.fromkeys(words):
                holders.setdefault(word, []).append(i)
        self._holders = {word: tuple(at) for word, at in holders.items()}

    def among(self, held: frozenset[str]) -> list[_T]:
        """The items that share a word with `held`, in their order."""
        if not held:
            return []
        at: set[int] = set()
        for word in held:
            at.update(self._holders.get(word, ()))
        return [self._items[i] for i in sorted(at)]


def _branches(node: _Tree) -> str:
    if "" in node:
        return ""  # a word ends here: a text holding any longer one holds this one
    alternatives = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items())]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


class FirstOf:
    """A search for the first match of any of several patterns, each behind its own gate: what `re` returns for
    the alternation `a|b|c` of them (the leftmost match, the earliest alternative where two start together), found
    faster where the branches need different literals (`a été tué`, `, tué à`, `était mort`): the alternation is
    tried at every position as soon as any branch's literal is in the text, each branch only where its own is."""

    __slots__ = ("branches",)

    def __init__(self, *branches: str, flags: int = 0):
        self.branches = tuple(gated(branch, flags) for branch in branches)

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        first = None
        for branch in self.branches:
            m = branch.search(string, pos)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        return first


# Signs that `str.lower` turns into a letter without being its capital, and that IGNORECASE matches with it (Kelvin,
# Ångström, Ohm): with CASE_FOLDS, every character a case-insensitive letter matches besides its two cases.
_SIGNS = "\u212a\u212b\u2126"


def cased(letter: str) -> str:
    """The characters a case-insensitive `letter` matches, as a set for a case-sensitive pattern (`s` -> `[sSſ]`)."""
    members = dict.fromkeys(letter.lower() + letter.upper() + "".join(CASE_FOLDS) + _SIGNS)
    return "[" + "".join(ch for ch in members if re.fullmatch(re.escape(letter), ch, re.IGNORECASE)) + "]"


def by_first_letter(alternatives: Sequence[tuple[Sequence[str], str]]) -> str:
    """The case-insensitive alternation of `word suffix` for each (words, suffix), written so that `re` enters at a
    position only the alternatives that open with its letter: the same matches, found faster.

    `re` skips a branch without trying it only when the branch opens with a plain character or set; a case-insensitive
    letter is neither, so an alternation of thirty place words was entered thirty times at every word of a sentence.
    Here each letter's alternatives hang under that letter's set (`[dD](?i:ans le|ans\\s+)`), in their order: two
    alternatives that open with different letters never match at one position, so the order between letters is free.
    Every word opens with a letter."""
    groups: dict[str, list[str]] = {}
    for words, suffix in alternatives:
        for letter in _first_letters(words):
            rest = "|".join(w[1:] for w in words if w[0].lower() == letter)
            groups.setdefault(letter, []).append(f"(?:{rest}){suffix}")
    return "|".join(f"{cased(letter)}(?i:{'|'.join(bodies)})" for letter, bodies in groups.items())


def one_branch(words: Sequence[str], suffix: str) -> str:
    """`(?i:(?:words)suffix)` as one branch that `re` enters only at the words' first letters: for a long suffix (a
    list of adjectives) that `by_first_letter` would copy under each letter. Each word, its first letter consumed, is
    tried after a look back at that letter."""
    letters = _first_letters(words)
    opening = "[" + "".join(cased(letter)[1:-1] for letter in letters) + "]"
    return f"{opening}(?i:(?:{'|'.join(f'(?<={w[0]}){w[1:]}' for w in words)}){suffix})"


def _first_letters(words: Sequence[str]) -> list[str]:
    if not all(w[:1].isalpha() for w in words):
        raise ValueError(f"every word must open with a letter: {words}")
    return list(dict.fromkeys(w[0].lower() for w in words))


class _StandIn:
    """A faster search for one gated pattern, which it stands in for: the pattern's text, flags and groups, and its
    matches in turn from `search`, which subclasses write (every match holds a character: never empty)."""

    __slots__ = ("_whole", "pattern", "flags", "groups", "groupindex")

    def __init__(self, whole: Gated):
        self._whole = whole
        self.pattern, self.flags, self.groups, self.groupindex = (
            whole.pattern,
            whole.flags,
            whole.groups,
            whole.groupindex,
        )

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        raise NotImplementedError

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        m = self.search(string, pos, endpos)
        while m is not None:
            yield m
            m = self.search(string, m.end(), endpos)


class CommaLed(_StandIn):
    """The pattern `,?\\s*core` (a clause with the comma that may set it off), found where the core opens.

    `re` tries the optional `,?\\s*` and then every alternative of the core at each character of a sentence. Here the
    core's openings (its words' first letters, as `fold` writes them) are searched in the folded text in one scan
    (`any_of`), the core is tried only where one opens, and the match's start is put back before the spaces and the
    comma ahead of it, where `re` would have started it: every core opens with a letter, so the leftmost match of the
    whole pattern is the leftmost of the core with its lead-in. The match returned is the whole pattern's own, read
    at that start. Text whose fold moves characters (`İ` lowers to two) is searched with the whole pattern."""

    __slots__ = ("_core", "_openings")

    def __init__(self, core: str, openings: Sequence[str], flags: int = 0):
        super().__init__(gated(r",?\s*" + core, flags))
        self._core = re.compile(core, flags)
        self._openings = any_of([fold(word) for word in openings])

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._whole.may_match(string):
            return None
        low = _folded(string)
        if len(low) != len(string):
            return self._whole.search(string, pos, endpos)
        endpos = min(endpos, len(string))
        opening = self._openings.search(low, pos, endpos)
        while opening is not None:
            at = opening.start()
            if self._core.match(string, at, endpos):
                start = at
                while start > pos and string[start - 1].isspace():  # `\s` is `str.isspace` for str patterns
                    start -= 1
                if start > pos and string[start - 1] == ",":
                    start -= 1
                return self._whole.match(string, start, endpos)
            opening = self._openings.search(low, at + 1, endpos)
        return None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._whole.match(string, pos, endpos)

    def sub(self, repl: Callable[[re.Match[str]], str], string: str) -> str:
        parts: list[str] = []
        done = 0
        for m in self.finditer(string):
            parts += (string[done : m.start()], repl(m))
            done = m.end()
        return "".join(parts) + string[done:] if parts else string


def top_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern's top-level alternation, as written (`a|(?:b|c)|d` -> `a`, `(?:b|c)`, `d`):
    joined by `|` they are the pattern again."""
    branches: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a set: a `]` right after its `[` or `[^` is a member, as is any `(` or `|` inside
            i += 2 if pattern.startswith("[^", i) else 1
            i += pattern[i] == "]"
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


class Branched(_StandIn):
    """A pattern that is an alternation of many alternatives (METAPHOR's idioms, BLOCKED's modal and trial words),
    each alternative behind its own gate: the alternation's leftmost match starts where the leftmost alternative's
    match starts, and is the whole pattern's own match at that start, so the whole pattern is tried at one position
    only, and only on text where an alternative matches. The one gate of the whole pattern lets through every text
    that holds any alternative's literal (` été `, a two-letter word), and the whole alternation then runs at every
    position; here only the alternatives whose literals the text holds do. Its matches are never empty (each
    alternative consumes a character)."""

    __slots__ = ("_branches",)

    def __init__(self, pattern: str, flags: int = 0):
        super().__init__(gated(pattern, flags))
        self._branches = tuple(gated(branch, flags) for branch in top_branches(pattern))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._whole.may_match(string):
            return None
        first = -1
        for branch in self._branches:
            m = branch.search(string, pos, endpos)
            if m is not None and (first < 0 or m.start() < first):
                first = m.start()
        return None if first < 0 else self._whole.match(string, first, endpos)
