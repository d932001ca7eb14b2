"""Article text, title, date and language from a web page (trafilatura) and the entries of a feed (feedparser)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass

import feedparser
import lxml.html
import trafilatura

from ..errors import SourceRejected, first_line
from .fetching import Fetched, normalize_url
from .helpers import _clean, _first_words, _iso_date

log = logging.getLogger(__name__)


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)
_SNIFF = 8192


@dataclass(frozen=True)
class Extracted:
    """An article's fields, before it has an id."""

    title: str
    text: str
    published: dt.date | None = None
    lang: str | None = None  # fr or en when the page says so; guessed from the text otherwise
    url: str | None = None
    site: str | None = None  # the front matter's `source`: the site's host, or the feed's title
    final_url: str | None = None  # where a feed entry's link led, after redirects (normalized)


def extract_page(html: bytes | str, *, url: str | None, min_chars: int, charset: str | None = None) -> Extracted:
    """Title, text, date and language of a web page (trafilatura); SourceRejected when it holds no article."""
    content: bytes | str = html
    if isinstance(html, bytes) and charset:
        try:
            content = html.decode(charset, errors="replace")
        except LookupError:
            content = html  # an unknown charset name: let trafilatura guess
    try:
        raw = trafilatura.extract(
            content, url=url, output_format="json", with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # the extractor's failures on odd markup are many and undocumented
        log.info("extraction failed for %s: %r", url, exc)
        raw = None
    data = json.loads(raw) if raw else {}
    text = (data.get("text") or "").strip()
    title = _clean(data.get("title"))
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    where = url or "the file"
    if len(text) < min_chars:
        raise SourceRejected(
            f"no article text could be extracted from {where} "
            f"({len(text)} characters of text; at least {min_chars} needed)"
        )
    sniff = html[: _SNIFF * 4] if isinstance(html, bytes) else html[: _SNIFF * 4].encode("utf-8", "replace")
    lang_attr = _HTML_LANG.search(sniff)
    lang = lang_attr.group(1).decode().lower() if lang_attr else None
    return Extracted(
        title=title or _first_words(text),
        text=text,
        published=_iso_date(data.get("date")),
        lang=lang if lang in ("fr", "en") else None,
        url=url,
    )


def _fragment_text(fragment: str) -> str:
    """Text of an HTML fragment from a feed entry, a line per block."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


@dataclass(frozen=True)
class _Entry:
    key: str
    link: str | None
    title: str | None
    published: dt.date | None
    content: str  # the entry's own text (content or summary), maybe empty


def parse_feed(fetched: Fetched) -> tuple[str | None, list[_Entry]]:
    """The feed's title and entries; SourceRejected when the document is not RSS or Atom."""
    # A stream, never a string: feedparser would fetch a string that looks like a URL, or open it as a file.
    parsed = feedparser.parse(
        io.BytesIO(fetched.body),
        response_headers={"content-location": fetched.url, "content-type": fetched.content_type},
    )
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise SourceRejected(
            f"{fetched.url} is not an RSS or Atom feed" + (f" ({first_line(problem)})" if problem else "")
        )
    entries: list[_Entry] = []
    for e in parsed.entries:
        link = e.get("link")
        try:
            link = normalize_url(link) if link else None
        except SourceRejected:
            link = None
        contents = [c.get("value", "") for c in e.get("content", [])] or [e.get("summary", "")]
        content = _fragment_text(max(contents, key=len)) if any(contents) else ""
        key = e.get("id") or link or hashlib.sha256(f"{e.get('title')}\n{content}".encode()).hexdigest()[:16]
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = dt.date(*stamp[:3]) if stamp else None
        entries.append(
            _Entry(key=str(key), link=link, title=_clean(e.get("title")), published=published, content=content)
        )
    return _clean(parsed.feed.get("title")), entries
