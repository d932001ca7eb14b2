"""Buttons answer in time under load, through the real discord.py client against the fake Discord: 200 /ask in a
burst, then 200 votes while the questions are still queued, and a /reindex; every interaction is acknowledged
within Discord's 3 seconds, every answer arrives and every vote is stored."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from tests.conftest import HashingEncoder
from tests.e2e.helpers import ARTICLES, custom_ids, make_engine, make_settings, running_bot, write_corpus

ROOT = Path(__file__).resolve().parents[2]
BENCH_OUT = ROOT / "bench" / "out"
N = 200


class SlowQuestions(HashingEncoder):
    """A question takes `delay` seconds, sleeping as a model's forward pass does outside the GIL: 200 of them keep the
    default thread pool busy for about 200 * delay / 6 seconds."""

    def __init__(self, delay: float):
        super().__init__()
        self.delay = delay

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        time.sleep(self.delay if len(texts) == 1 else 0.5)
        return super().encode(texts, progress=progress)


def _ms(values: list[float]) -> dict:
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


async def test_asks_votes_and_a_reindex_are_all_acknowledged_in_time(tmp_path, fake_discord, capsys):
    fake = fake_discord
    write_corpus(tmp_path / "src", ARTICLES)
    members = [fake.add_member(f"member{i}") for i in range(N)]
    settings = make_settings(tmp_path, fake)
    async with running_bot(fake, settings, make_engine(settings, SlowQuestions(0.2))) as bot:
        first = await fake.send_interaction("ask", {"question": "combien de roquettes ?"})
        answer = await fake.wait_original_edit(first, lambda c: bool(c.json.get("embeds")), timeout=10)
        _, up, down = custom_ids(answer)
        started = time.perf_counter()
        asks = await asyncio.gather(
            *(fake.send_interaction("ask", {"question": f"roquettes Balad {i}"}, user=m) for i, m in enumerate(members))
        )
        for record in asks:  # all acknowledged: their work now waits on the default pool
            await fake.wait_callback(record, timeout=30)
        votes = await asyncio.gather(
            *(
                fake.send_component_interaction(first.original_message_id, up if i % 2 else down, user=m)
                for i, m in enumerate(members)
            )
        )
        reindex = await fake.send_interaction("reindex", user=fake.member("mod"))
        for record in [*votes, reindex]:
            await fake.wait_callback(record, timeout=30)
        for record in votes:
            await fake.wait_original_edit(record, lambda c: bool(c.json.get("content")), timeout=30)
        for record in asks:
            await fake.wait_original_edit(record, lambda c: bool(c.json.get("embeds")), timeout=60)
        seconds = time.perf_counter() - started
        feedback_path = bot.feedback.path
    records = [*asks, *votes, reindex]
    late = [r.summary() for r in records if r.callback is None or not r.callback.ok]
    db = sqlite3.connect(feedback_path)
    stored = db.execute("SELECT COUNT(*) FROM answer_votes").fetchone()[0]
    db.close()
    figures = {
        "ask": _ms([r.first_response_latency for r in asks]),
        "vote": _ms([r.first_response_latency for r in votes]),
        "vote_stored_reply": _ms([r.last_response_latency for r in votes]),
        "reindex": _ms([reindex.first_response_latency]),
        "votes_stored": stored,
        "all_answered_seconds": round(seconds, 1),
        "setup": "200 /ask (0.2 s each on the default pool), then 200 votes and a /reindex; hashing encoder",
    }
    assert not late, late[:3]
    assert max(r.first_response_latency for r in records) < 3.0, figures
    assert stored == N
    BENCH_OUT.mkdir(parents=True, exist_ok=True)
    out = BENCH_OUT / "e2e_load.json"
    tmp = out.with_name(f".{out.name}.{os.getpid()}")
    tmp.write_text(json.dumps(figures, indent=2))
    os.replace(tmp, out)
    with capsys.disabled():
        print(f"\ne2e load: {json.dumps({k: v for k, v in figures.items() if k != 'setup'})}")
