"""What the bot's end-to-end tests share: a small corpus, a gated encoder, settings, and the running bot.

Nothing here changes the fake Discord (tests/e2e/fake_discord/); it only drives it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

import numpy as np

from bot.app import build_bot
from bot.client import EventBot
from bot.settings import DiscordConfig, Settings
from index.config import IndexConfig, SearchConfig
from index.encoder import Encoder
from index.engine import Engine
from tests.conftest import HashingEncoder
from tests.e2e.fake_discord import FakeDiscord, HttpCall, InteractionRecord, run_client

ARTICLES = {
    "balad.md": """---
title: "Irak: deux roquettes visent la base de Balad"
published: 2021-04-05
lang: fr
url: https://example.org/balad
---
Deux roquettes se sont abattues hier près de la base aérienne de Balad, au nord de Bagdad. Les tirs n'ont fait ni victimes ni dégâts, a indiqué une source de sécurité. Ils n'ont pas été revendiqués.
""",  # noqa: E501 (an article as published: one paragraph a line)
    "kirkouk.md": """---
title: Roquettes sur Kirkouk
published: 2020-03-01
lang: fr
url: https://example.org/kirkouk
---
Trois roquettes se sont abattues lundi sur la base de Kirkouk. Personne n'a été blessé, selon la police. Le gouvernement a condamné l'attaque.
""",  # noqa: E501 (an article as published: one paragraph a line)
    "drones.md": """---
title: "**Alerte** aux drones [urgent]"
published: 2022-05-10
lang: fr
url: https://example.org/drones
---
Un message urgent disait @everyone et <@123> : **attention** aux drones piégés __près__ de Mossoul. Les autorités ont démenti.
""",  # noqa: E501 (an article as published: one paragraph a line)
}

NEW_ARTICLE = (
    "erbil.md",
    """---
title: Drone sur l'aéroport d'Erbil
published: 2023-01-02
lang: fr
url: https://example.org/erbil
---
Un drone chargé d'explosifs a frappé l'aéroport d'Erbil mardi soir. Les dégâts sont matériels.
""",
)

_FILLER = (
    "secteur",
    "colline",
    "village",
    "convoi",
    "patrouille",
    "caserne",
    "dépôt",
    "pont",
    "marché",
    "route",
    "checkpoint",
    "hangar",
    "poste",
    "vallée",
    "quartier",
    "usine",
)


def long_articles(n: int = 12) -> dict[str, str]:
    """Articles whose one long sentence each answers "tirs d'obus": ten of them cannot fit in one embed."""
    out = {}
    for i in range(n):
        words = " ".join(f"{_FILLER[(i * 7 + j) % len(_FILLER)]}{i}x{j}" for j in range(60))
        out[f"obus-{i:02d}.md"] = f"""---
title: Tirs d'obus numéro {i} {"T" * 150}
published: 2020-01-{i + 1:02d}
lang: fr
url: https://example.org/obus/{i}
---
Des tirs d'obus ont visé le site {i} pendant la nuit près de {words} selon les témoins.
"""
    return out


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class GatedEncoder(HashingEncoder):
    """Blocks batch encodes (index builds) while `gate` is set, until `release` is set; single questions pass.

    `progress` is called one text at a time, as a real encoder reports batches, so that a build can be
    cancelled between them."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()  # set: the next build blocks
        self.release = threading.Event()
        self.blocked = threading.Event()  # set by the build thread once it waits

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        if len(texts) > 1 and self.gate.is_set():
            self.blocked.set()
            if not self.release.wait(timeout=30):
                raise TimeoutError("the test never released the build")
        out = super().encode(texts)
        for _ in texts:
            if progress:
                progress(1)
        return out


def make_settings(tmp: Path, fake: FakeDiscord, *, model: str = "test-hashing", **discord_overrides) -> Settings:
    discord_config = {
        "api_base": fake.base_url,
        "dev_guild_id": fake.guild.id,
        "guild_ready_timeout": 0.05,
        "cooldown_rate": 1000,
        "cooldown_seconds": 60,
        "progress_every_seconds": 0.5,
        "shutdown_grace_seconds": 5,
        **discord_overrides,
    }
    return Settings(
        index=IndexConfig(sources=tmp / "src", index_dir=tmp / "idx", model=model, extract_events=False),
        search=SearchConfig(),
        discord=DiscordConfig(**discord_config),
    )


def make_engine(settings: Settings, encoder: Encoder, *, build: bool = True) -> Engine:
    engine = Engine(settings.index, settings.search, encoder_factory=lambda: encoder)
    if build:
        engine.build(requested_by="test")
    return engine


@contextlib.asynccontextmanager
async def running_bot(fake: FakeDiscord, settings: Settings, engine: Engine) -> AsyncIterator[EventBot]:
    """The real bot, logged in and ready against the fake, its commands synced to the fake's guild."""
    bot = build_bot(settings, engine)
    async with run_client(bot, fake):
        yield bot


def message_calls(fake: FakeDiscord) -> list[HttpCall]:
    """Every request that creates or edits a message (content, embeds or components)."""
    out = []
    for call in fake.calls:
        body = call.json if isinstance(call.json, dict) else {}
        if call.route == FakeDiscord.R_CALLBACK:
            body = body.get("data") or {}
        if call.method in ("POST", "PATCH") and any(k in body for k in ("content", "embeds", "components")):
            out.append(call)
    return out


def message_body(call: HttpCall) -> dict:
    return (call.json.get("data") or {}) if call.route == FakeDiscord.R_CALLBACK else call.json


def ephemeral_text(record: InteractionRecord) -> str:
    """The text of an interaction's ephemeral reply: an immediate message, or the edit of an ephemeral defer."""
    callback = record.callback
    assert callback is not None, record.summary()
    data = callback.json.get("data") or {}
    assert data.get("flags", 0) & 64, f"not ephemeral: {record.summary()}"
    if callback.json["type"] == 4:
        return data["content"]
    return record.original_edits[-1].json["content"]


def embed_of(call: HttpCall) -> dict:
    (embed,) = message_body(call)["embeds"]
    return embed


def custom_ids(call: HttpCall) -> list[str]:
    return [c["custom_id"] for row in message_body(call).get("components", []) for c in row["components"]]


def assert_no_mentions_anywhere(fake: FakeDiscord) -> None:
    calls = message_calls(fake)
    assert calls
    for call in calls:
        allowed = message_body(call).get("allowed_mentions")
        assert allowed is not None and allowed["parse"] == [] and not allowed.get("replied_user"), call.summary()
        assert not allowed.get("users") and not allowed.get("roles"), call.summary()
    assert all(
        not m["mention_everyone"] and not m["mentions"] and not m["mention_roles"]
        for m in fake.messages.values()
        if m["author"]["id"] == str(fake.bot_user.id)
    )
