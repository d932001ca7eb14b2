"""Settings: one typed object from the environment, `.env` and a TOML file (in that order of precedence)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from index.config import BuildsConfig, DatabaseConfig, IndexConfig, QdrantConfig, SearchConfig, SourcesConfig

from .i18n import parse_lang

DEFAULT_CONFIG_FILE = Path("config/eventbot.toml")


class DiscordConfig(BaseModel):
    token: SecretStr | None = None
    dev_guild_id: int | None = None  # sync commands to this guild only (instant); globally otherwise
    moderator_role_ids: list[int] = Field(default_factory=list)
    owner_ids: list[int] = Field(default_factory=list)  # change the shared base, besides the application's owner
    mention_channel_ids: list[int] = Field(default_factory=list)  # empty: answer mentions everywhere
    cooldown_rate: int = Field(3, ge=1)  # questions per user ...
    cooldown_seconds: float = Field(30.0, ge=0)  # ... per this many seconds
    max_results: int = Field(10, ge=1, le=10)
    api_base: str = "https://discord.com/api/v10"  # point at a Discord HTTP proxy if you run one
    progress_every_seconds: float = Field(3.0, ge=0.5)  # /reindex edits its reply at most this often
    context_sentences: int = Field(1, ge=1, le=5)  # "More context": sentences before and after each cited one
    default_locale: str = "en"  # the bot's language where neither the member's nor the server's locale is fr or en
    sync_on_start: bool = True  # sync the slash commands at start-up (`eventbot sync` does it on demand)
    guild_ready_timeout: float = Field(2.0, ge=0)  # seconds discord.py waits for GUILD_CREATEs before on_ready
    shutdown_grace_seconds: float = Field(
        10.0, ge=0
    )  # on SIGTERM, a running build may finish within this, else it is cancelled
    # Gateway shards (README "When one machine is not enough"): unset, one plain connection. `shard_count` alone: this
    # process runs every shard; with `shard_ids`, only those (another process runs the others).
    shard_count: int | None = Field(None, ge=1, le=10_000)
    shard_ids: list[int] | None = None

    @model_validator(mode="after")
    def _shards(self) -> DiscordConfig:
        ids = self.shard_ids
        if ids is None:
            return self
        if self.shard_count is None:
            raise ValueError("shard_ids needs shard_count (the total number of shards across every bot process)")
        if not ids:
            raise ValueError("shard_ids is empty: list this process's shards, or leave it unset for all of them")
        if len(set(ids)) != len(ids) or not all(0 <= i < self.shard_count for i in ids):
            raise ValueError(f"shard_ids must be distinct numbers from 0 to shard_count - 1 ({self.shard_count - 1})")
        return self

    @property
    def sharded(self) -> bool:
        return self.shard_count is not None

    @field_validator("default_locale")
    @classmethod
    def _locale(cls, v: str) -> str:
        if parse_lang(v) is None:
            raise ValueError("default_locale must be French or English (fr, en, en-US, en-GB)")
        return v

    @field_validator("api_base")
    @classmethod
    def _http(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("api_base must be an http(s) URL")
        return v.rstrip("/")


class InsightsConfig(BaseModel):
    """Questions kept for moderators' /insights: how long, and the key that hashes who asked."""

    enabled: bool = True
    retention_days: int = Field(90, ge=1, le=3650)
    # HMAC key for the askers' hashes; better in the environment (EVENTBOT_INSIGHTS__HASH_KEY). Without it, a random
    # key is created once in `key_file` (default <index_dir>/insights.key).
    hash_key: SecretStr | None = None
    key_file: Path | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="EVENTBOT_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
        toml_file=DEFAULT_CONFIG_FILE,
    )

    index: IndexConfig = Field(default_factory=IndexConfig)
    search: SearchConfig = Field(default_factory=SearchConfig)
    discord: DiscordConfig = Field(default_factory=DiscordConfig)
    sources: SourcesConfig = Field(default_factory=SourcesConfig)
    insights: InsightsConfig = Field(default_factory=InsightsConfig)
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    builds: BuildsConfig = Field(default_factory=BuildsConfig)
    qdrant: QdrantConfig = Field(default_factory=QdrantConfig)
    # The conventional variable name works too.
    discord_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("DISCORD_TOKEN", "EVENTBOT_DISCORD_TOKEN")
    )
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _qdrant_placed(self) -> Settings:
        if self.index.backend == "qdrant" and self.qdrant.url is None and self.qdrant.path is None:
            raise ValueError('index.backend = "qdrant" needs qdrant.url (a server) or qdrant.path (local mode)')
        return self

    @property
    def token(self) -> SecretStr | None:
        token = self.discord.token or self.discord_token
        return token if token and token.get_secret_value().strip() else None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            _TomlWithoutSecrets(settings_cls),
            file_secret_settings,
        )


class _TomlWithoutSecrets(TomlConfigSettingsSource):
    """The TOML file, refused if it holds Qdrant's API key: that comes from the environment only."""

    def __call__(self) -> dict:
        data = super().__call__()
        qdrant = data.get("qdrant")
        if isinstance(qdrant, dict) and "api_key" in qdrant:
            raise ValueError(
                "qdrant.api_key is read from the environment only (EVENTBOT_QDRANT__API_KEY), not from a file"
            )
        return data


def load_settings(config_file: Path | None = None, **overrides) -> Settings:
    """Settings from the environment, `.env` and `config_file` (default config/eventbot.toml if present)."""
    if config_file is not None and not Path(config_file).is_file():
        raise FileNotFoundError(f"configuration file {config_file} not found")

    class _Settings(Settings):
        model_config = SettingsConfigDict(toml_file=config_file or DEFAULT_CONFIG_FILE)

    return _Settings(**overrides)
