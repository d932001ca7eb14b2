"""Loaders for the shared benchmark corpora (never shipped with the product)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
from dataclasses import dataclass
from pathlib import Path

from index.models import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ORANGESUM = SHARED / "corpora" / "orangesum_monde.jsonl.gz"
PIAF = SHARED / "corpora" / "piaf-v1.1.json.gz"
DEV_QA = SHARED / "eval" / "dev_qa.jsonl"


def orangesum_article(rec: dict) -> Article:
    """One OrangeSum record as the index reads it: the heading and the body as the text, published on its date."""
    text = "\n\n".join(part for part in (rec.get("heading"), rec.get("article")) if part)
    return Article(
        id=f"orangesum:{rec['id']}",
        title=rec["title"],
        text=text,
        published=dt.date.fromisoformat(rec["date"]) if rec.get("date") else None,
        url=rec.get("url"),
        lang="fr",
        source="OrangeSum",
    )


def orangesum_articles(limit: int | None = None) -> list[Article]:
    articles = []
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as handle:
        for line in handle:
            articles.append(orangesum_article(json.loads(line)))
            if limit and len(articles) >= limit:
                break
    return articles


@dataclass
class PiafQuestion:
    question: str
    paragraph: int  # index of the article (paragraph) holding the answer
    answer_start: int
    answer_text: str


def piaf(n_questions: int = 1000, seed: int = 0) -> tuple[list[Article], list[PiafQuestion]]:
    """Every PIAF paragraph as an article, and a fixed random sample of questions."""
    with gzip.open(PIAF, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    articles: list[Article] = []
    questions: list[PiafQuestion] = []
    for doc in data["data"]:
        for para in doc["paragraphs"]:
            pid = len(articles)
            articles.append(Article(id=f"piaf:{pid}", title=doc["title"], text=para["context"], lang="fr"))
            for qa in para["qas"]:
                ans = qa["answers"][0]
                questions.append(PiafQuestion(qa["question"], pid, ans["answer_start"], ans["text"]))
    rng = random.Random(seed)
    return articles, rng.sample(questions, min(n_questions, len(questions)))
