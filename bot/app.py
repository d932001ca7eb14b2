"""Composition root: read the settings once, build the core, hand it to the adapters."""

from __future__ import annotations

import logging

from index.engine import Engine

from .settings import Settings


def build_engine(settings: Settings) -> Engine:
    return Engine(settings.index, settings.search)


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # bm25s logs every index build at DEBUG on its own handler.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    # The token must never reach a log: discord.py's HTTP debug logs carry headers.
    # The gateway's debug logs carry whole INTERACTION_CREATE payloads, with their 15-minute interaction tokens.
    for name in ("discord.http", "discord.gateway"):
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger().level))
