"""Domain models shared by the retrieval core and its adapters."""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Lang = Literal["fr", "en"]


class Article(BaseModel):
    """One source article, as loaded from a file or a record."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    lang: Lang = "fr"
    source: str | None = None
    path: str | None = None  # where it was read from, relative to the sources folder

    def content_hash(self) -> str:
        import hashlib

        h = hashlib.sha256()
        for part in (self.id, self.title, self.text, str(self.published), self.url or "", self.lang):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()


class Sentence(BaseModel):
    """A sentence with its character span in the article text (text[start:end])."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    position: int  # 0-based index of the sentence in its article
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return f"{self.article_id}#{self.position}"


class ArticleRef(BaseModel):
    id: str
    title: str
    url: str | None = None
    published: dt.date | None = None


def split_sentence_id(sentence_id: str) -> tuple[str, int]:
    """`article#12` -> ("article", 12); article ids may themselves contain '#'."""
    article_id, _, position = sentence_id.rpartition("#")
    return article_id, int(position)


class Hit(BaseModel):
    """One cited sentence in an answer."""

    text: str
    score: float
    sentence_id: str
    position: int
    start: int
    end: int
    article: ArticleRef
    also_in: list[ArticleRef] = Field(default_factory=list)  # the same sentence in other articles


class Answer(BaseModel):
    question: str
    hits: list[Hit]
    lang: Lang

    @property
    def found(self) -> bool:
        return bool(self.hits)


class SkippedSource(BaseModel):
    path: str
    reason: str


class BuildReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    reused: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    skipped: list[SkippedSource] = Field(default_factory=list)
    articles: int = 0
    sentences: int = 0
    embedded: int = 0  # sentences that went through the encoder this build
    mode: Literal["full", "append"] = "full"  # append: the serving build's files extended (only articles added)
    events: int = 0
    seconds: float = 0.0
    index_dir: str = ""


class BuildFile(BaseModel):
    """A file of a build as it was written: its size and its SHA-256 (checked on every load)."""

    bytes: int
    sha256: str


class Manifest(BaseModel):
    schema_version: int = SCHEMA_VERSION
    model: str
    # What was embedded with each sentence (index/passages.py); builds made before the field embedded it alone.
    passage_context: str = "none"
    dimension: int
    articles: int
    sentences: int
    events: int = 0
    corpus_hash: str
    built_at: dt.datetime
    build_seconds: float = 0.0
    lexical: dict[str, str] = Field(default_factory=dict)  # tokenizer settings the BM25 index was built with
    events_version: str | None = None  # the event extractor that made the stored events (None: none ran)
    ann: str = "flat"  # the FAISS index type: flat (exact), ivf or hnsw (index/ann.py)
    ann_params: dict[str, int] = Field(default_factory=dict)  # its build and search parameters (nlist, nprobe, ...)
    backend: str = "faiss"  # where the vectors and BM25 live: faiss (files of the build) or qdrant (a collection)
    collection: str | None = None  # the build's Qdrant collection (backend qdrant)
    # Every file of the build but the manifest, by path relative to the build; empty in a build made before
    # checksums (such a build is served with a warning until the next `eventbot index` writes them).
    files: dict[str, BuildFile] = Field(default_factory=dict)


class ProgressEvent(BaseModel):
    """Build progress, reported to callbacks (terminal bar, Discord edits)."""

    stage: Literal["read", "segment", "embed", "write", "done"]
    done: int
    total: int


class Casualty(BaseModel):
    """A casualty figure and who gives it; several when sources disagree."""

    count: int
    according_to: str | None = None  # "OSDH", "Pentagone", ... when the text attributes it
    sentence_id: str | None = None


class EventSource(BaseModel):
    article_id: str
    title: str
    url: str | None = None
    published: dt.date | None = None
    quote: str  # the evidence sentences of this article, joined


class AttackEvent(BaseModel):
    """An attack event, shaped like an ACLED record, with the sentences that state each fact."""

    id: str
    kind: Literal["incident", "aggregate"] = "incident"
    date: str | None = None  # ISO: 2021-04-04, 2021-02, 2020, or a range 2021-01/2021-04
    date_precision: Literal["day", "month", "year", "range"] | None = None
    date_text: str | None = None
    event_type: str = "Explosions/Remote violence"
    sub_event_type: str | None = None
    weapon: str | None = None
    weapons: list[str] = Field(default_factory=list)  # an attack made with several means: all of them, `weapon` first
    count: int | None = None  # number of projectiles/devices, e.g. 2 rockets
    attacks: int | None = None  # aggregates: number of attacks counted
    location: str | None = None
    country: str | None = None
    target: str | None = None
    actor: str | None = None
    suspected_actor: str | None = None
    killed: int | None = None  # best single figure; all figures in killed_reports
    injured: int | None = None
    killed_reports: list[Casualty] = Field(default_factory=list)
    injured_reports: list[Casualty] = Field(default_factory=list)
    claimed: bool | None = None
    claimed_by: str | None = None
    evidence: dict[str, list[str]] = Field(default_factory=dict)  # field name -> sentence ids
    sources: list[EventSource] = Field(default_factory=list)


# --- sources that moderators manage (index/sources.py) ---------------------------------------------

SourceKind = Literal["file", "url", "feed"]


class Source(BaseModel):
    id: int
    kind: SourceKind
    origin: str
    title: str | None = None
    added_by: str
    added_at: dt.datetime
    last_fetch_at: dt.datetime | None = None
    last_result: str | None = None
    articles: int = 0  # articles stored for it (the index may hold fewer if some were skipped)

    @property
    def folder(self) -> str:
        return f"src{self.id}"


class SourceArticle(BaseModel):
    """An article a source brought, as it stands in the index."""

    id: str
    title: str
    published: dt.date | None = None
    url: str | None = None
    lang: str = "fr"
    sentences: int = 0
    events: int = 0


class SourceChange(BaseModel):
    """What one add, remove or feed refresh did."""

    source: Source
    articles: list[SourceArticle] = Field(default_factory=list)  # added (or, for a removal, removed)
    failed: list[SkippedSource] = Field(default_factory=list)  # entries or records that could not be used
    error: str | None = None  # the feed itself could not be read (refresh only)


class ChangeResult(BaseModel):
    changes: list[SourceChange] = Field(default_factory=list)
    report: BuildReport | None = None  # None when nothing changed, so no build ran


class SourceOverview(BaseModel):
    """One line of the source list: the registry row and what the serving index holds of it."""

    source: Source
    indexed_articles: int = 0
    sentences: int = 0
    events: int = 0


class Passage(NamedTuple):
    """A cited sentence with its neighbours: the article, the sentences around it, and the cited position."""

    article: ArticleRef
    sentences: list[Sentence]
    position: int
