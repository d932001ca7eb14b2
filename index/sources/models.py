"""What a source change handles: a managed article's source id, a document a source brought, the upload kinds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

UPLOAD_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
_ARTICLE_ID = re.compile(r"^src(\d+)/")


def source_id_of(article_id: str) -> int | None:
    """The managed source an article comes from (None for the configured sources folder)."""
    match = _ARTICLE_ID.match(article_id)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class _Document:
    key: str
    status: Literal["ok", "failed", "duplicate"]
    url: str | None = None
    article_id: str | None = None
    error: str | None = None


_Writer = Callable[[Path], list[tuple[_Document, Path | None]]]  # writes a source's files into a folder
