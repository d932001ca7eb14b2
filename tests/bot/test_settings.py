"""Configuration: TOML file, then .env, then the environment; the token stays secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import load_settings


def write_toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "eventbot.toml"
    path.write_text(text)
    return path


def test_toml_file_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = write_toml(
        tmp_path, '[index]\nindex_dir = "/srv/idx"\n[search]\nk = 5\n[discord]\nmoderator_role_ids = [42]\n'
    )
    settings = load_settings(cfg)
    assert settings.index.index_dir == Path("/srv/idx")
    assert settings.search.k == 5 and settings.discord.moderator_role_ids == [42]


def test_environment_overrides_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = write_toml(tmp_path, "[search]\nk = 5\n")
    monkeypatch.setenv("EVENTBOT_SEARCH__K", "7")
    assert load_settings(cfg).search.k == 7


def test_dotenv_file_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("EVENTBOT_INDEX__MAX_FILE_BYTES", raising=False)
    (tmp_path / ".env").write_text("EVENTBOT_INDEX__MAX_FILE_BYTES=1234\nDISCORD_TOKEN=from-dotenv\n")
    settings = load_settings()
    assert settings.index.max_file_bytes == 1234
    assert settings.token is not None and settings.token.get_secret_value() == "from-dotenv"


def test_token_from_discord_token_is_secret(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "super-secret-token")
    settings = load_settings()
    assert settings.token.get_secret_value() == "super-secret-token"
    assert "super-secret-token" not in repr(settings) and "super-secret-token" not in str(settings.model_dump())


def test_blank_token_means_no_token(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "  ")
    assert load_settings().token is None


def test_nonsense_is_rejected_early(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError):
        load_settings(write_toml(tmp_path, "[search]\nk = 0\n"))
    with pytest.raises(ValidationError):
        load_settings(write_toml(tmp_path, '[discord]\napi_base = "ftp://x"\n'))


def test_shipped_configuration_file_is_valid(monkeypatch):
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    settings = load_settings(root / "config" / "eventbot.toml")
    assert settings.index.sources == Path("data")


def test_shipped_configuration_ranks_as_measured(monkeypatch):
    """The file the bot reads by default ranks as the README measured (the code's defaults), not with older values."""
    from index.config import IndexConfig, SearchConfig

    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    settings = load_settings(root / "config" / "eventbot.toml")
    assert settings.search == SearchConfig()
    assert settings.index.model == IndexConfig().model
    assert settings.index.passage_context == IndexConfig().passage_context


def test_qdrant_settings_from_the_file_and_its_key_from_the_environment_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = write_toml(
        tmp_path, '[index]\nbackend = "qdrant"\n[qdrant]\nurl = "http://qdrant:6333"\nsparse_limit = 500\n'
    )
    monkeypatch.setenv("EVENTBOT_QDRANT__API_KEY", "qdrant-secret-key")
    settings = load_settings(cfg)
    assert settings.index.backend == "qdrant" and settings.qdrant.url == "http://qdrant:6333"
    assert settings.qdrant.sparse_limit == 500 and settings.qdrant.api_key.get_secret_value() == "qdrant-secret-key"
    assert "qdrant-secret-key" not in repr(settings) and "qdrant-secret-key" not in str(settings.model_dump())
    with pytest.raises(ValueError, match="environment only"):
        load_settings(write_toml(tmp_path, '[qdrant]\nurl = "http://qdrant:6333"\napi_key = "in-a-file"\n'))


def test_qdrant_backend_needs_a_place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError, match="qdrant.url"):
        load_settings(write_toml(tmp_path, '[index]\nbackend = "qdrant"\n'))
    with pytest.raises(ValidationError, match="not both"):
        load_settings(write_toml(tmp_path, '[qdrant]\nurl = "http://q:6333"\npath = "var/qdrant"\n'))
    assert load_settings(write_toml(tmp_path, '[index]\nbackend = "qdrant"\n[qdrant]\npath = "q"\n')).qdrant.path
