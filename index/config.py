"""Typed configuration of the retrieval core (the adapters nest these in their Settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from .encoder import DEFAULT_MODEL, Precision
from .fusion import DenseScale
from .passages import DEFAULT_CONTEXT, PassageContext


class IndexConfig(BaseModel):
    sources: Path = Path("data")
    index_dir: Path = Path("var/index")
    # Articles that moderators add (files, web pages, feed entries); by default `<index_dir>/sources`, beside the
    # registry (`<index_dir>/sources.sqlite`), so that one index directory holds everything that belongs together.
    managed_sources: Path | None = None
    model: str = DEFAULT_MODEL
    precision: Precision = "auto"
    # What is embedded with each sentence (index/passages.py): its article's title by default (README "Ranking").
    passage_context: PassageContext = DEFAULT_CONTEXT
    # Threads that embed one question (builds use every core on their own thread): 1 unless measured otherwise.
    query_threads: int = Field(1, ge=1, le=64)
    # Questions' dense layers in int8 once torch is loaded (2x faster than bfloat16; passages are never quantized).
    query_int8: bool = True
    batch_size: int = Field(64, ge=1, le=4096)
    max_file_bytes: int = Field(5_000_000, ge=1)
    # "auto": exact (flat) below ann_threshold sentences, approximate (ivf) from there on; see README "Scale".
    ann: Literal["auto", "flat", "ivf", "hnsw"] = "auto"
    ann_threshold: int = Field(200_000, ge=1)
    extract_events: bool = True
    # Guilds whose own index (index/guilds.py) stays open; the least recently used beyond this are closed.
    max_loaded_guilds: int = Field(64, ge=1, le=100_000)
    # Where the vectors and BM25 are searched: `faiss` (embedded files, the default) or `qdrant` ([qdrant] section).
    backend: Literal["faiss", "qdrant"] = "faiss"

    @property
    def managed_dir(self) -> Path:
        return self.managed_sources if self.managed_sources is not None else Path(self.index_dir) / "sources"


class QdrantConfig(BaseModel):
    """Where `index.backend = "qdrant"` keeps the vectors: a server or cluster (`url`), or qdrant-client's local mode
    (`path`, embedded: one process at a time, brute-force search)."""

    url: str | None = None
    path: Path | None = None
    # Only from the environment (EVENTBOT_QDRANT__API_KEY): never written in a file, never logged.
    api_key: SecretStr | None = None
    # Collections are named `<collection>-<build>`; the alias `<collection>` names the serving one (guilds add
    # `-guild-<id>`).
    collection: str = Field("eventbot", pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    timeout_seconds: int = Field(30, ge=1, le=600)
    # Sentences a question's sparse (BM25) query returns before the fusion: the candidates' BM25 scores come from them.
    sparse_limit: int = Field(2000, ge=10, le=100_000)
    # A server searches its HNSW graph unless `exact` (local mode is always exact, like FAISS flat).
    exact: bool = False
    upsert_batch: int = Field(1024, ge=1, le=100_000)

    @model_validator(mode="after")
    def _one_place(self) -> QdrantConfig:
        if self.url is not None and self.path is not None:
            raise ValueError("give qdrant.url (a server) or qdrant.path (local mode), not both")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise ValueError("qdrant.url must be an http(s) URL")
        return self


class SourcesConfig(BaseModel):
    """Sources that moderators add (web pages, feeds, uploads): fetch limits and the feed schedule."""

    # Loopback (127.0.0.0/8, ::1) is refused like every non-public address; tests turn this on for 127.0.0.1.
    allow_loopback: bool = False
    timeout_seconds: float = Field(20.0, gt=0, le=300)  # a whole fetch, redirects included
    max_redirects: int = Field(5, ge=0, le=20)
    max_page_bytes: int = Field(5_000_000, ge=1_000)  # a page or a feed; reading stops past it
    max_upload_bytes: int = Field(5_000_000, ge=1_000)
    min_text_chars: int = Field(120, ge=1)  # less extracted text than this: not an article
    max_feed_entries: int = Field(20, ge=1, le=500)  # new entries fetched per feed and refresh
    max_entry_attempts: int = Field(3, ge=1, le=20)  # a feed entry that keeps failing is given up after this
    feed_refresh_minutes: float = Field(30.0, ge=0)  # 0: feeds are only refreshed on demand
    build_wait_seconds: float = Field(120.0, ge=0)  # a change waits this long for a running build to end
    user_agent: str = "eventbot/0.1 (a Discord bot that answers questions about news articles)"


class BuildsConfig(BaseModel):
    """Where index builds and source changes run (README "When one machine is not enough").

    `local`: in the process that is asked (the bot, the command line). `worker`: the bot queues them as jobs in the
    database and one `eventbot worker` runs them, and the feed refreshes, for every bot process."""

    mode: Literal["local", "worker"] = "local"
    poll_seconds: float = Field(2.0, gt=0, le=60)  # how often an idle worker looks for a job
    lease_seconds: float = Field(60.0, ge=1, le=3600)  # a claimed job whose worker is silent this long is taken again
    max_attempts: int = Field(3, ge=1, le=20)  # a job whose workers died this many times fails


class SearchConfig(BaseModel):
    """Ranking knobs; the defaults come from the measurements in the README."""

    k: int = Field(3, ge=1, le=50)
    candidates: int = Field(100, ge=10, le=5000)
    # Weight of the cosine similarity in the fused score, by (question language, sentence language).
    dense_weight_same_fr: float = Field(0.7, ge=0, le=1)
    dense_weight_same_en: float = Field(0.6, ge=0, le=1)
    dense_weight_cross: float = Field(0.5, ge=0, le=1)
    # `minmax`: the cosine rescaled over the candidates before it is weighted (e5's cosines sit in a narrow band).
    dense_scale: DenseScale = "minmax"
    # Share of the neighbouring sentences' scores added to a sentence's (0 turns it off).
    neighbour_weight: float = Field(0.2, ge=0, le=1)
    # The same for the cosine (less: e5's cosines of neighbouring sentences are alike already).
    dense_neighbour_weight: float = Field(0.1, ge=0, le=1)
    # A sentence gets this share of the best score in its article (0 turns it off).
    article_weight: float = Field(0.5, ge=0, le=2)
    # Each further sentence from an article already in the answer counts this much less (1 turns it off).
    same_article_decay: float = Field(0.9, gt=0, le=1)
    # Newer reporting first: up to this much more score for the newest articles, halving every half-life.
    recency_weight: float = Field(0.2, ge=0, le=1)
    recency_half_life_days: float = Field(365.0, gt=0)
    # `Combien ...?`, `When ...?`: this much more score for a sentence that holds a number, a date (0 turns it off).
    answer_type_weight: float = Field(0.1, ge=0, le=1)
    glossary: bool = True
    glossary_path: Path | None = None
    # The learned reranking stage over the first fused candidates (index/rerank.py; README "Ranking"); its weights
    # file (None: the bundled index/resources/rerank_fr.json, learnt on PIAF by bench/rerank_train.py).
    rerank: bool = True
    rerank_path: Path | None = None
    # How much the fused score (over the first candidate's) counts beside the stage's score: 0 reorders by the model
    # alone, which on news pushed the one sentence with the question's rare word down (README "Ranking"); 5 lets the
    # model decide the near-ties (chosen on PIAF sample 0 and our own questions at scale).
    rerank_fused_weight: float = Field(5.0, ge=0)
    # A sentence is relevant when it covers enough of the question's words, or is close enough in meaning.
    min_coverage: float = Field(0.34, ge=0, le=1)
    # e5's cosines (smoothed as in the ranking), sentences embedded with their title: off-topic questions reach 0.823
    # on the seed in French, 0.77 from English; its answers score 0.81 to 0.90 in the same language, 0.78 to 0.85
    # across (README). Below the gate of its language pair, a sentence must cover enough of the question's words.
    min_cosine: float = Field(0.83, ge=0, le=1)
    min_cosine_cross: float = Field(0.80, ge=0, le=1)
    # Hits far below the best one are noise, not answers.
    relative_cutoff: float = Field(0.35, ge=0, le=1)
    dedup_cosine: float = Field(0.97, ge=0.5, le=1)
    max_question_chars: int = Field(500, ge=10, le=10_000)

    @model_validator(mode="after")
    def _check(self) -> SearchConfig:
        if self.glossary_path is not None and not self.glossary_path.is_file():
            raise ValueError(f"glossary_path {self.glossary_path} does not exist")
        if self.rerank_path is not None and not self.rerank_path.is_file():
            raise ValueError(f"rerank_path {self.rerank_path} does not exist")
        return self


class DatabaseConfig(BaseModel):
    """Where the registries live (sources and their journal, feedback, insights, build jobs): see index/db.py.

    `url` None (the default): SQLite files in the index directory, as always. `postgresql://user:password@host/db`
    (psycopg 3) or `sqlite:///path/file.sqlite`: every registry in that one database. A secret (it may hold a
    password): read it with `url.get_secret_value()`, show it with `index.db.safe_url`."""

    model_config = ConfigDict(hide_input_in_errors=True)  # a refused URL may still hold a password

    url: SecretStr | None = None

    @field_validator("url")
    @classmethod
    def _supported(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None or not v.get_secret_value().strip():
            return None
        text = v.get_secret_value().strip()
        scheme = text.partition("://")[0].partition("+")[0].lower() if "://" in text else ""
        if scheme not in ("sqlite", "postgresql", "postgres"):
            raise ValueError("database.url must be a postgresql://... or sqlite:///... URL")
        return SecretStr(text)
