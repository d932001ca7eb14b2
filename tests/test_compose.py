"""docker-compose.yml, checked without Docker (no engine runs on our machines): every eventbot service runs a real
subcommand with real options, is configured by real settings only (as the environment would set them), never holds
a secret, the two bot processes cover the shards exactly once, and the README gives the same commands."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from bot.cli import build_parser
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
EVENTBOT = {name: s for name, s in SERVICES.items() if s.get("build") == "."}
README = (ROOT / "README.md").read_text(encoding="utf-8")
_VARIABLE = re.compile(r"\$\{(\w+)(:?[-?][^}]*)?\}")
_INTERPOLATED = re.compile(rf"^{_VARIABLE.pattern}$")


def _env(service: dict) -> dict[str, str]:
    return {key: str(value) for key, value in (service.get("environment") or {}).items()}


def _resolved(value: str) -> str:
    """A value as Compose would pass it, `${VAR:?...}` standing for whatever the operator exports."""
    return _VARIABLE.sub(lambda m: f"from-{m.group(1).lower()}", value)


def _section() -> str:
    start = README.index("## When one machine is not enough")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def test_the_services_are_all_there_with_health_checks_and_volumes():
    assert {"postgres", "qdrant", "worker", "bot-shard-0", "bot-shard-1"} <= set(SERVICES)
    for name, service in SERVICES.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no health check"
    for name in ("postgres", "qdrant", *EVENTBOT):
        mounted = [v.split(":")[0] for v in SERVICES[name].get("volumes", [])]
        assert mounted and all(m in COMPOSE["volumes"] for m in mounted), name
    # Builds and bots read one index directory: the worker writes it, the bots follow its switches.
    assert len({tuple(s["volumes"]) for s in EVENTBOT.values()}) == 1


@pytest.mark.parametrize("name", sorted(EVENTBOT))
def test_each_command_is_a_real_eventbot_subcommand(name):
    command = EVENTBOT[name]["command"]
    assert command[0] == "eventbot"
    args = build_parser().parse_args(command[1:])  # exits (fails the test) on an unknown subcommand or option
    assert args.command == ("worker" if name == "worker" else "run")
    health = EVENTBOT[name]["healthcheck"]["test"]
    assert health[0] == "CMD" and health[1] == "eventbot"
    build_parser().parse_args(health[2:])


@pytest.mark.parametrize("name", sorted(EVENTBOT))
def test_each_variable_is_a_real_setting(name, monkeypatch, tmp_path):
    env = _env(EVENTBOT[name])
    for key in env:
        if key == "DISCORD_TOKEN":
            continue
        assert key.startswith("EVENTBOT_"), key
        path = key.removeprefix("EVENTBOT_").lower().split("__")
        model: type[BaseModel] = Settings
        for part in path[:-1]:
            annotation = model.model_fields[part].annotation
            assert isinstance(annotation, type) and issubclass(annotation, BaseModel), key
            model = annotation
        assert path[-1] in model.model_fields, f"{key} is not a setting"
    monkeypatch.chdir(tmp_path)  # no config file, no .env: the environment alone, as in the container
    for key, value in env.items():
        monkeypatch.setenv(key, _resolved(value))
    settings = Settings()
    assert settings.builds.mode == "worker"  # every process: the worker builds, the bots queue
    assert settings.database.url is not None  # one database for every process
    assert "@postgres:" in settings.database.url.get_secret_value()
    if name != "worker":
        assert settings.token is not None and settings.token.get_secret_value() == "from-discord_token"


def test_no_secret_is_written_in_the_file():
    for name, service in SERVICES.items():
        for key, value in _env(service).items():
            if any(word in key for word in ("TOKEN", "PASSWORD", "SECRET", "HASH_KEY")):
                assert _INTERPOLATED.match(value), f"{name}: {key} must come from the environment"
            if "://" in value and "@" in value:  # a URL with credentials: its password from the environment
                userinfo = value.split("://", 1)[1].split("@", 1)[0]
                assert _INTERPOLATED.match(userinfo.split(":", 1)[1]), f"{name}: {key} holds a password"
    assert "DISCORD_TOKEN" not in _env(SERVICES["worker"])  # the worker never talks to Discord


def test_the_bot_processes_run_every_shard_once(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    counts, shards = set(), []
    for name, service in EVENTBOT.items():
        if name == "worker":
            continue
        with monkeypatch.context() as m:
            for key, value in _env(service).items():
                m.setenv(key, _resolved(value))
            discord = Settings().discord
        counts.add(discord.shard_count)
        shards += discord.shard_ids or []
    (count,) = counts
    assert count is not None and sorted(shards) == list(range(count))


def test_the_readme_gives_the_same_commands():
    section = _section()
    for name, service in EVENTBOT.items():
        assert shlex.join(service["command"]) in section, f"README lacks {name}'s command"
    header = (ROOT / "docker-compose.yml").read_text(encoding="utf-8").split("\n\n", 1)[0]
    for line in header.splitlines():
        command = line.removeprefix("#").strip()
        if command.startswith("docker compose"):
            assert command in section, f"README lacks `{command}`"
