"""Retrieval evaluation: Recall@1, Recall@3 and MRR per language on a QA file."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel

from .errors import EventbotError
from .models import Answer


class QAItem(BaseModel):
    q: str
    gold: list[str]
    lang: str = "fr"


def load_qa(path: Path) -> list[QAItem]:
    """Items of a JSONL file of {"q", "gold": [substrings], "lang"}."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EventbotError(f"cannot read {path}: {exc}") from None
    items = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                items.append(QAItem.model_validate(json.loads(line)))
            except ValueError as exc:
                raise EventbotError(f"{path}:{n}: not a QA record ({str(exc).splitlines()[0]})") from None
    if not items:
        raise EventbotError(f"{path} holds no questions")
    return items


def first_relevant_rank(answer: Answer, gold: Sequence[str]) -> int | None:
    for rank, hit in enumerate(answer.hits, start=1):
        if any(g in hit.text for g in gold):
            return rank
    return None


def evaluate(ask: Callable[[str, int], Answer], items: Sequence[QAItem], k: int = 10) -> dict:
    per_lang: dict[str, dict[str, float]] = {}
    misses = []
    for item in items:
        answer = ask(item.q, k)
        rank = first_relevant_rank(answer, item.gold)
        row = per_lang.setdefault(item.lang, {"n": 0, "recall@1": 0.0, "recall@3": 0.0, "mrr": 0.0})
        row["n"] += 1
        if rank is not None:
            row["recall@1"] += rank == 1
            row["recall@3"] += rank <= 3
            row["mrr"] += 1.0 / rank
        if rank != 1:
            misses.append(
                {"q": item.q, "lang": item.lang, "rank": rank, "top": answer.hits[0].text if answer.hits else None}
            )
    for row in per_lang.values():
        for key in ("recall@1", "recall@3", "mrr"):
            row[key] = round(row[key] / row["n"], 4)
        row["n"] = int(row["n"])
    return {"per_lang": per_lang, "misses": misses}
