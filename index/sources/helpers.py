"""Small helpers of the source changes: Markdown files, slugs, result lines, dates and clean strings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import _Document

if TYPE_CHECKING:
    from .extraction import Extracted

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import yaml

from ..lang import detect_lang
from ..models import (
    SkippedSource,
)


def _write_markdown(path: Path, article_id: str, page: Extracted, *, source: str | None) -> None:
    meta: dict[str, object] = {"id": article_id, "title": page.title}
    if page.published:
        meta["published"] = page.published
    lang = page.lang or detect_lang(f"{page.title}\n{page.text}")
    meta["lang"] = lang
    if page.url:
        meta["url"] = page.url
    if source:
        meta["source"] = source
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100_000)
    path.write_text(f"---\n{front}---\n{page.text.strip()}\n", encoding="utf-8")


def _slug(title: str | None, salt: str | None) -> str:
    folded = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].rstrip("-") or "article"
    return f"{slug}-{hashlib.sha1(salt.encode()).hexdigest()[:8]}" if salt else slug


def _failures(documents: Sequence[_Document]) -> list[SkippedSource]:
    return [SkippedSource(path=d.url or d.key, reason=d.error or "failed") for d in documents if d.status == "failed"]


def _feed_result(added: int, failed: Sequence[_Document]) -> str:
    errors = [d for d in failed if d.status == "failed"]
    text = f"ok: {added} new article{'s' * (added != 1)}"
    if errors:
        text += f", {len(errors)} entr{'ies' if len(errors) != 1 else 'y'} failed (first: {errors[0].error})"
    return text


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _first_words(text: str, limit: int = 100) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
