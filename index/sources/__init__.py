"""Sources that moderators manage: `models`, `registry` (SQLite), `extraction` (pages and feeds), `fetching` (the
guarded HTTP client), `manager` (the changes: add, remove, refresh) and `helpers`."""

from __future__ import annotations

from .extraction import Extracted, extract_page, parse_feed
from .manager import SourceManager, refresh_due_feeds
from .models import UPLOAD_SUFFIXES, source_id_of
from .registry import SourceRegistry

__all__ = [
    "UPLOAD_SUFFIXES",
    "Extracted",
    "SourceManager",
    "refresh_due_feeds",
    "SourceRegistry",
    "extract_page",
    "parse_feed",
    "source_id_of",
]
