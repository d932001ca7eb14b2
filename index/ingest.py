"""Sources in, articles and sentences out: file loaders and rule-based sentence segmentation with offsets.

Segmentation is a small set of regex-driven rules tuned on French news feeds (AFP dispatches whose paragraph
breaks were lost, so sentences run together: `attaques.Le cabinet`), and good enough for English.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import dateparser
import yaml
from frontmatter import YAMLHandler

from .errors import SourceRejected
from .lang import detect_lang
from .models import Article, Lang, Sentence, SkippedSource

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------------------------
# Sentence segmentation
# ---------------------------------------------------------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?…]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_ALNUM = re.compile(r"[^\W_]")
# Markdown block markers at the start of a line: headings, quotes, numbered and bulleted list items.
_LINE_MARKER = re.compile(r"[ \t]*(?:#{1,6}|>|\d{1,3}[.)]|[*+•])[ \t]+")
# List bullets, and the dash left over from a header that ended with `?`: `- Un autre foyer? -Plusieurs villes`.
_BULLET = re.compile(r"[-–—]+\s*(?=[^\W\d_]|[«\"“'])|(?:[•*]+|\d{1,2}[.)])\s+")
_ENUMERATOR = re.compile(r"\s*\d{1,2}[.)]")  # `1.` in `mesures. 1. Un emprunt commun`: not a sentence
# Feed section headers: `.- Statut de réfugié - Toujours`, `- Sanctuaire -Une annonce`, `- "Catastrophe" -Pour`.
_HEADER = re.compile(
    r"[-–—]\s*(?P<title>[^\s\-–—.!?][^.!?\n]{0,78}?)"
    r"(?:\s+[-–—]\s*|[-–—]\s+)"  # the closing dash is spaced on one side at least: `Etats-Unis` is no header
    r"(?=[«\"“A-ZÀ-ÖØ-ÞŒ0-9]|$)"
)
# URLs (without the punctuation that ends the sentence around them) and e-mail addresses.
_PROTECTED = re.compile(
    r"(?:https?://|www\.)[^\s<>«»\"()]*[^\s<>«»\"().,;:!?\]'’]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)

# Closing quotes are kept with the sentence they end; glued to a following word they open the next one instead.
_CLOSERS = frozenset("»”\"'’)]*_")
_SPACED_CLOSERS = frozenset("»”")  # French typography puts a space before these
_OPENERS = frozenset("«\"“»'‘([")
_DASHES = frozenset("-–—")
_NO_SPLIT_BEFORE = frozenset(",;:)]")

# Abbreviations that are followed by a name, never by a new sentence (compared case-sensitively).
_TITLES = frozenset(
    [
        "M",
        "MM",
        "Mme",
        "Mmes",
        "Mlle",
        "Mlles",
        "Dr",
        "Dre",
        "Pr",
        "Mgr",
        "Mr",
        "Mrs",
        "Ms",
        "Messrs",
        "St",
        "Ste",
        "Gen",
        "Gén",
        "Col",
        "Lt",
        "Sgt",
        "Capt",
        "Cpt",
        "Cmdr",
        "Adm",
        "Gov",
        "Sen",
        "Rep",
        "Rev",
        "Prof",
        "Hon",
        "Pres",
        "Ph",
        "cf",
        "vs",
        "env",
        "av",
        "apr",
        "approx",
        "resp",
    ]
)
# Abbreviations that are followed by a number (compared lowercased): `p. 3`, `art. 49`, `v. 1250`, `5 janv. 2021`.
_BEFORE_NUMBER = frozenset(
    [
        "p",
        "pp",
        "n",
        "no",
        "nos",
        "art",
        "al",
        "vol",
        "ch",
        "chap",
        "fig",
        "t",
        "réf",
        "ref",
        "tél",
        "tel",
        "v",
        "c",
        "ca",
        "janv",
        "févr",
        "fév",
        "avr",
        "juil",
        "sept",
        "oct",
        "nov",
        "déc",
        "jan",
        "feb",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "dec",
    ]
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of `text`, whitespace excluded.

    A newline ends a sentence, except inside a hard-wrapped paragraph (see `_paragraphs`).
    """
    spans: list[tuple[int, int]] = []
    for offset, block in _paragraphs(text):
        if _ALNUM.search(block):
            _split_line(block, offset, spans)
    return spans


_WRAP_MIN_CHARS = 50  # a shorter line is a heading or a list item, not a wrapped one
_ENDS_LINE = re.compile(r"[.!?…:;»\"”)\]]\s*$")
_BLOCK_START = re.compile(r"[ \t]*(?:#{1,6}|>|\d{1,3}[.)]|[-–—•*+])[ \t]")  # heading, quote or list item


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line, a hard-wrapped paragraph's lines joined (their newlines kept as spaces).

    A line is wrapped when it is long, does not end like a sentence or a heading, and the next line
    carries on the text (it is not blank and starts no list item or heading).
    """
    lines = text.split("\n")
    out: list[tuple[int, str]] = []
    offset = 0
    current_start, current = 0, ""
    for i, line in enumerate(lines):
        if not current:
            current_start, current = offset, line
        else:
            current = current + " " + line  # same length as the newline it stands for
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        wrapped = (
            len(line.strip()) >= _WRAP_MIN_CHARS
            and not _ENDS_LINE.search(line)
            and not _BLOCK_START.match(line)
            and nxt.strip()
            and not _BLOCK_START.match(nxt)
        )
        if not wrapped:
            out.append((current_start, current))
            current = ""
        offset += len(line) + 1
    return out


def segment(article: Article) -> list[Sentence]:
    return [
        Sentence(article_id=article.id, position=i, start=start, end=end, text=article.text[start:end])
        for i, (start, end) in enumerate(split_sentences(article.text))
    ]


def _split_line(line: str, offset: int, spans: list[tuple[int, int]]) -> None:
    marker = _LINE_MARKER.match(line)
    start = marker.end() if marker else 0
    protected = _protected_spans(line)
    for m in _TERMINAL.finditer(line, start):
        if protected and any(a <= m.start() < b for a, b in protected):
            continue
        end = _sentence_end(line, m.start(), m.end())
        if end is not None and end > start and not _ENUMERATOR.fullmatch(line, start, end):
            _emit(line, start, end, offset, spans)
            start = end
    _emit(line, start, len(line), offset, spans)


def _protected_spans(line: str) -> list[tuple[int, int]]:
    if "@" not in line and "://" not in line and "www." not in line:
        return []
    return [m.span() for m in _PROTECTED.finditer(line)]


def _sentence_end(line: str, s: int, e: int) -> int | None:
    """Where the sentence ends if the terminal punctuation line[s:e] ends one, else None."""
    n = len(line)
    if s > 0 and e < n and line[s - 1] in "([" and line[e] in ")]":
        return None  # `(...)`, `(?)`: an elision or a remark inside a sentence
    j = _absorb_closers(line, e)
    k = j
    while k < n and line[k].isspace():
        k += 1
    if k == n:
        return j
    nxt = line[k]
    if nxt.islower() or nxt in _NO_SPLIT_BEFORE:
        return None
    if k == j and not _starts_glued_sentence(line, k):
        return None  # `2.500`, `U.S.A`, `actu.orange.fr`: glued text that does not look like a new sentence
    punct = line[s:e]
    if punct != ".":
        return j  # `?`, `!` and ellipses end a sentence whenever what follows is not lowercase
    word_match = _WORD_BEFORE.search(line, max(0, s - 24), s)
    word = word_match.group() if word_match else ""
    if word in _TITLES:
        return None
    if len(word) == 1 and _is_initial(line, s - 1):
        return None
    if nxt.isdigit() and word.lower() in _BEFORE_NUMBER:
        return None
    return j


def _is_initial(line: str, i: int) -> bool:
    """Whether the single letter line[i], followed by a period, is an initial or part of a dotted abbreviation."""
    before = line[i - 1 : i]
    if before.isdigit() or before == "°" or line[max(0, i - 3) : i + 1] == "J.-C":
        return False  # `54°C.`, `4G.`, and `J.-C.` which often ends a sentence
    return line[i].isupper() or before == "."  # `M. Biden`, `John F. Kennedy`; `U.S.`, `a.m.`, `e.g.`


def _absorb_closers(line: str, j: int) -> int:
    """Past the closing quotes and brackets that follow terminal punctuation at j (`.»`, `."`, `. »`, `.)`)."""
    n = len(line)
    while j < n:
        k = j
        if line[j].isspace():
            while k < n and line[k].isspace():
                k += 1
            if k == n or line[k] not in _SPACED_CLOSERS:
                return j
        if line[k] not in _CLOSERS or (k + 1 < n and line[k + 1].isalnum()):
            return j
        j = k + 1
    return j


def _starts_glued_sentence(line: str, k: int) -> bool:
    """Whether text glued to terminal punctuation starts a sentence: `.Le cabinet`, `.»La résistance`, `.- Titre`."""
    c = line[k]
    after = line[k + 1 : k + 2]
    if c.isupper():
        return not after.isdigit()  # `Le`, `A cinq`, `L'un`, or an initial as in `Kennedy.M. Harris`
    if c in _OPENERS:
        return after.isalnum()
    if c in _DASHES:
        rest = line[k + 1 : k + 3].lstrip()
        return bool(rest) and (rest[0].isupper() or rest[0] in _OPENERS)
    return False


def _emit(line: str, a: int, b: int, offset: int, spans: list[tuple[int, int]]) -> None:
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    header = _HEADER.match(line, a, b)
    if header:
        spans.append((offset + header.start("title"), offset + header.end("title")))
        a = header.end()
    bullet = _BULLET.match(line, a, b)
    if bullet:
        a = bullet.end()
    if _ALNUM.search(line, a, b):
        spans.append((offset + a, offset + b))


# ---------------------------------------------------------------------------------------------------------------
# Loading sources
# ---------------------------------------------------------------------------------------------------------------

_TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
_RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
_BINARY_SNIFF = 8192
_MAX_TITLE = 120
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_LANGS: dict[str, Lang] = {"fr": "fr", "en": "en"}

_Loaded = tuple[list[tuple[str, Article]], list[SkippedSource]]  # (where, article) pairs and skipped records


def load_article_file(path: Path, root: Path, max_bytes: int) -> list[Article]:
    """The articles of one file; raises SourceRejected with a one-line reason if it gives none."""
    loaded, skipped = _load_file_guarded(Path(path), Path(root), max_bytes)
    for skip in skipped:
        log.warning("skipped %s: %s", skip.path, skip.reason)
    if not loaded:
        if len(skipped) == 1:
            raise SourceRejected(skipped[0].reason)
        raise SourceRejected(f"no valid record ({len(skipped)} rejected, first: {skipped[0].reason})")
    return [article for _, article in loaded]


def load_sources(root: Path, max_bytes: int = 5_000_000) -> tuple[list[Article], list[SkippedSource]]:
    """Every article under `root`, in path order, and one SkippedSource per file or record that was rejected."""
    root = Path(root)
    if not root.is_dir():
        raise SourceRejected(f"sources folder not found: {root}")
    articles: list[Article] = []
    skipped: list[SkippedSource] = []
    first_seen: dict[str, str] = {}
    for path in _walk(root):
        rel = path.relative_to(root).as_posix()
        try:
            loaded, bad = _load_file_guarded(path, root, max_bytes)
        except SourceRejected as exc:
            skipped.append(SkippedSource(path=rel, reason=str(exc)))
            continue
        skipped.extend(bad)
        for where, article in loaded:
            if article.id in first_seen:
                reason = f"duplicate id {article.id} (also in {first_seen[article.id]})"
                skipped.append(SkippedSource(path=where, reason=reason))
                continue
            first_seen[article.id] = where
            articles.append(article)
    return articles, skipped


def _walk(root: Path) -> list[Path]:
    """Files under root, hidden ones (and hidden folders such as .git) left out, sorted by relative path."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath) / name for name in filenames if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(root).as_posix())


def _load_file_guarded(path: Path, root: Path, max_bytes: int) -> _Loaded:
    """_load_file, where any failure is that file's problem: a SourceRejected with a one-line reason.

    A parser's own limits (RecursionError on deep JSON, MemoryError) must not stop a build or a change."""
    try:
        return _load_file(path, root, max_bytes)
    except SourceRejected:
        raise
    except Exception as exc:  # every other failure of reading one file, whatever raised it
        log.info("skipped %s: %s while reading it", path, type(exc).__name__)
        raise SourceRejected(f"could not be read ({_failure(exc)})") from None


def _failure(exc: BaseException) -> str:
    """What went wrong, in a short line that never carries the file's content."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large to parse"
    return type(exc).__name__


def _load_file(path: Path, root: Path, max_bytes: int) -> _Loaded:
    rel = path.relative_to(root).as_posix()
    suffix = path.suffix.lower()
    if suffix not in _TEXT_SUFFIXES and suffix not in _RECORD_SUFFIXES:
        raise SourceRejected(f"unsupported file type {suffix or '(no extension)'}")
    text = _read_text(path, max_bytes)
    stem = rel[: -len(path.suffix)] if path.suffix else rel
    if suffix == ".jsonl":
        return _load_jsonl(text, rel, stem)
    if suffix == ".json":
        return _load_json(text, rel, stem)
    return [(rel, _load_markdown(text, path, rel, stem))], []


def _read_text(path: Path, max_bytes: int) -> str:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceRejected(f"too large ({size} bytes > limit {max_bytes})")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceRejected(f"unreadable ({exc.strerror or exc})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceRejected("not valid UTF-8 (UTF-16 byte order mark; save the file as UTF-8)")
    if b"\0" in data[:_BINARY_SNIFF]:
        raise SourceRejected("binary file")
    try:
        text = data.decode("utf-8-sig")  # also plain UTF-8; drops a byte order mark
    except UnicodeDecodeError as exc:
        raise SourceRejected(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from exc
    if not text.strip():
        raise SourceRejected("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _load_markdown(text: str, path: Path, rel: str, stem: str) -> Article:
    meta, body = _front_matter(text)
    body = body.strip()
    if not body:
        raise SourceRejected("empty file (front matter only)")
    title = _string(meta.get("title"))
    if title is None:
        heading = _HEADING.search(body)
        if heading:
            title = heading.group(1).strip()
            if heading.start() == 0:
                body = body[heading.end() :].strip()
                if not body:
                    raise SourceRejected("empty file (title only)")
        else:
            first_line = body.split("\n", 1)[0].strip()
            title = first_line if len(first_line) <= _MAX_TITLE else path.stem.replace("_", " ").replace("-", " ")
    return Article(
        id=_string(meta.get("id")) or stem,
        title=title,
        text=body,
        published=_date(meta.get("published", meta.get("date")), rel),
        url=_string(meta.get("url")),
        lang=_lang(meta.get("lang"), f"{title}\n{body}", rel),
        source=_string(meta.get("source")),
        path=rel,
    )


MAX_FRONT_MATTER_CHARS = 64_000
MAX_FRONT_MATTER_DEPTH = 16


class _FrontMatterLoader(yaml.SafeLoader):
    """yaml.SafeLoader without aliases (1 KB of `*name` can expand to gigabytes) and with a nesting limit."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise SourceRejected("front matter uses YAML aliases (*name), which are not accepted")
        self._depth += 1
        try:
            if self._depth > MAX_FRONT_MATTER_DEPTH:
                raise SourceRejected(f"front matter is nested deeper than {MAX_FRONT_MATTER_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _safe_yaml(raw: str) -> Any:
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise SourceRejected(f"front matter too long ({len(raw):,} characters; {MAX_FRONT_MATTER_CHARS:,} at most)")
    loader = _FrontMatterLoader(raw)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    handler = YAMLHandler()  # only to find the `---` fences; the YAML goes through _safe_yaml below
    if not handler.detect(text):
        return {}, text
    try:
        raw, body = handler.split(text)
    except ValueError:
        raise SourceRejected("front matter is not closed (no second '---' line)") from None
    try:
        meta = _safe_yaml(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 for 0-based, +1 for the opening ---
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise SourceRejected(f"invalid front matter YAML{where}: {problem}") from None
    if meta is None:
        return {}, body
    if not isinstance(meta, dict):
        raise SourceRejected(f"front matter is not a mapping of fields (got {type(meta).__name__})")
    return meta, body


def _load_jsonl(text: str, rel: str, stem: str) -> _Loaded:
    records: list[tuple[str, object]] = []
    skipped: list[SkippedSource] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{rel}:{number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            skipped.append(
                SkippedSource(path=f"{rel}:{number}", reason=f"invalid JSON ({exc.msg} at column {exc.colno})")
            )
    loaded, bad = _records(records, rel, stem)
    return loaded, skipped + bad


def _load_json(text: str, rel: str, stem: str) -> _Loaded:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceRejected(f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict):
        return [(rel, _record_article(data, rel, stem))], []
    if not isinstance(data, list):
        raise SourceRejected(f"JSON must be an object or a list of objects (got {type(data).__name__})")
    if not data:
        raise SourceRejected("no records (empty JSON list)")
    return _records([(f"{rel}[{i}]", record) for i, record in enumerate(data)], rel, stem)


def _records(records: list[tuple[str, object]], rel: str, stem: str) -> _Loaded:
    """Articles of (where, record) pairs; a bad record is reported at its place and the others still load."""
    loaded: list[tuple[str, Article]] = []
    skipped: list[SkippedSource] = []
    for where, record in records:
        try:
            loaded.append((where, _record_article(record, rel, stem)))
        except SourceRejected as exc:
            skipped.append(SkippedSource(path=where, reason=str(exc)))
    return loaded, skipped


def _record_article(record: object, rel: str, stem: str) -> Article:
    if not isinstance(record, dict):
        raise SourceRejected(f"record is not a JSON object (got {type(record).__name__})")
    text = _string(record.get("text"))
    if text is None:
        parts = [_string(record.get(key)) for key in ("heading", "article")]
        text = "\n\n".join(part for part in parts if part) or None
    if text is None:
        raise SourceRejected("record has no text (expected 'text', or 'heading' and 'article')")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = _string(record.get("title")) or _short(text)
    key = _string(record.get("id")) or _string(record.get("url"))
    if key is None:
        key = hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:12]
    return Article(
        id=f"{stem}:{key}",
        title=title,
        text=text,
        published=_date(record.get("date", record.get("published")), rel),
        url=_string(record.get("url")),
        lang=_lang(record.get("lang"), f"{title}\n{text}", rel),
        source=_string(record.get("source")),
        path=rel,
    )


def _string(value: object) -> str | None:
    """A field as stripped text; None when missing or blank. Numbers are accepted (ids often are)."""
    if value is None or isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip() or None


def _short(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= _MAX_TITLE else first[: _MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"


def _date(value: object, rel: str) -> dt.date | None:
    """A date from YAML (date, datetime) or a string: ISO first, then `5 avril 2021`-style absolute dates."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
        parsed = dateparser.parse(
            text,
            languages=["fr", "en"],
            settings={"DATE_ORDER": "DMY", "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]},
        )
        if parsed is not None:
            return parsed.date()
    log.warning("%s: unreadable date %s, published left empty", rel, _shown(value))
    return None


def _shown(value: object, limit: int = 60) -> str:
    """A value from a file, for a log line: never more than `limit` characters of it."""
    if not isinstance(value, (str, int, float, dt.date)):
        return f"(a {type(value).__name__})"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lang(value: object, text: str, rel: str) -> Lang:
    if isinstance(value, str):
        lang = _LANGS.get(value.strip().lower()[:2])  # `fr`, `FR`, `fr-FR`, `en_US`
        if lang is not None:
            return lang
        log.warning("%s: unsupported lang %s, guessing from the text", rel, _shown(value))
    return detect_lang(text)
