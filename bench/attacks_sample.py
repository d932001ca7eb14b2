"""The article sample behind the judged /attacks set (bench/attacks_gold/).

Rule (fixed before anyone looked at the extractor's output on these articles):
- stratum "violence": articles whose title, heading or body matches VIOLENCE below (a broad list of French
  words for attacks, killings and strikes, chosen to over-include), drawn with random.Random(seed);
- stratum "other": the remaining articles, drawn with the same generator after the first draw.
Both draws sort candidates by article id first, so a sample depends only on the corpus and its seed.
Each split excludes every article of the splits listed before it in SPLITS, so no article is in two splits:
- "dev" (48 + 16 articles, seed SEED), "dev2" (23 + 7, seed SEED + 2), "dev3" (23 + 7, seed SEED + 4), "dev4"
  (23 + 7, seed SEED + 6), "dev5" (23 + 7, seed SEED + 8), "dev6" (23 + 7, seed SEED + 10), "dev7"
  (23 + 7, seed SEED + 12), "dev8" (23 + 7, seed SEED + 14) and "dev9" to "dev58" (23 + 7 each, seeds SEED + 16 to
  SEED + 114, every second one) are the sets rules may be tuned on, each once it has been scored blind;
- "heldout" (36 + 12, seed SEED + 1), "heldout2" (23 + 7, seed SEED + 3), "heldout3" (23 + 7, seed SEED + 5) and
  "heldout4" (23 + 7, seed SEED + 7) are only scored, never read while tuning.
dev58 takes the last articles of the violence stratum (1,464 of the corpus's 3,967 articles match VIOLENCE; the 62
splits hold them all): a further split under this rule cannot be drawn, so fresh blind data needs another corpus.

    python bench/attacks_sample.py                   # prints the dev sample's ids
    python bench/attacks_sample.py --split heldout --write   # writes bench/attacks_gold/heldout/articles.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ORANGESUM = SHARED / "corpora" / "orangesum_monde.jsonl.gz"
GOLD = Path(__file__).resolve().parent / "attacks_gold"

SEED = 20261202
# In draw order: each split excludes the articles of the splits before it (dev and heldout are drawn as they were).
SPLITS = {
    "dev": (SEED, 48, 16),
    "heldout": (SEED + 1, 36, 12),
    "dev2": (SEED + 2, 23, 7),
    "heldout2": (SEED + 3, 23, 7),
    "dev3": (SEED + 4, 23, 7),
    "heldout3": (SEED + 5, 23, 7),
    "dev4": (SEED + 6, 23, 7),
    "heldout4": (SEED + 7, 23, 7),
    "dev5": (SEED + 8, 23, 7),
    "dev6": (SEED + 10, 23, 7),
    "dev7": (SEED + 12, 23, 7),
    "dev8": (SEED + 14, 23, 7),
    "dev9": (SEED + 16, 23, 7),
    "dev10": (SEED + 18, 23, 7),
    "dev11": (SEED + 20, 23, 7),
    "dev12": (SEED + 22, 23, 7),
    "dev13": (SEED + 24, 23, 7),
    "dev14": (SEED + 26, 23, 7),
    "dev15": (SEED + 28, 23, 7),
    "dev16": (SEED + 30, 23, 7),
    "dev17": (SEED + 32, 23, 7),
    "dev18": (SEED + 34, 23, 7),
    "dev19": (SEED + 36, 23, 7),
    "dev20": (SEED + 38, 23, 7),
    "dev21": (SEED + 40, 23, 7),
    "dev22": (SEED + 42, 23, 7),
    "dev23": (SEED + 44, 23, 7),
    "dev24": (SEED + 46, 23, 7),
    "dev25": (SEED + 48, 23, 7),
    "dev26": (SEED + 50, 23, 7),
    "dev27": (SEED + 52, 23, 7),
    "dev28": (SEED + 54, 23, 7),
    "dev29": (SEED + 56, 23, 7),
    "dev30": (SEED + 58, 23, 7),
    "dev31": (SEED + 60, 23, 7),
    "dev32": (SEED + 62, 23, 7),
    "dev33": (SEED + 64, 23, 7),
    "dev34": (SEED + 66, 23, 7),
    "dev35": (SEED + 68, 23, 7),
    "dev36": (SEED + 70, 23, 7),
    "dev37": (SEED + 72, 23, 7),
    "dev38": (SEED + 74, 23, 7),
    "dev39": (SEED + 76, 23, 7),
    "dev40": (SEED + 78, 23, 7),
    "dev41": (SEED + 80, 23, 7),
    "dev42": (SEED + 82, 23, 7),
    "dev43": (SEED + 84, 23, 7),
    "dev44": (SEED + 86, 23, 7),
    "dev45": (SEED + 88, 23, 7),
    "dev46": (SEED + 90, 23, 7),
    "dev47": (SEED + 92, 23, 7),
    "dev48": (SEED + 94, 23, 7),
    "dev49": (SEED + 96, 23, 7),
    "dev50": (SEED + 98, 23, 7),
    "dev51": (SEED + 100, 23, 7),
    "dev52": (SEED + 102, 23, 7),
    "dev53": (SEED + 104, 23, 7),
    "dev54": (SEED + 106, 23, 7),
    "dev55": (SEED + 108, 23, 7),
    "dev56": (SEED + 110, 23, 7),
    "dev57": (SEED + 112, 23, 7),
    "dev58": (SEED + 114, 23, 7),
}
VIOLENCE = re.compile(
    r"attaque|attentat|\btu[ée]e?s?\b|tuant|frappes?\b|bombard|roquette|obus|missile|drone|explos|kamikaze|"
    r"fusillade|abattu|assassin|assaut|poignard|\barm[ée]e?s? à feu|par balles?",
    re.IGNORECASE,
)


def load() -> list[dict]:
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def sample(records: list[dict], split: str = "dev") -> list[tuple[str, dict]]:
    return draws(records, until=split)[split]


def draws(records: list[dict], until: str | None = None) -> dict[str, list[tuple[str, dict]]]:
    """Every split's (stratum, article) draw, in SPLITS order up to `until`: each draw leaves out the articles of the
    draws before it. The pattern is matched once per article, whatever the number of splits."""
    records = sorted(records, key=lambda r: int(r["id"]))
    violent_ids = {
        r["id"] for r in records if VIOLENCE.search(" ".join((r["title"], r.get("heading") or "", r["article"])))
    }
    excluded: set[str] = set()
    out: dict[str, list[tuple[str, dict]]] = {}
    for split, (seed, n_violence, n_other) in SPLITS.items():
        kept = [r for r in records if r["id"] not in excluded]
        violent = [r for r in kept if r["id"] in violent_ids]
        other = [r for r in kept if r["id"] not in violent_ids]
        rng = random.Random(seed)
        picked = [("violence", r) for r in rng.sample(violent, n_violence)]
        picked += [("other", r) for r in rng.sample(other, n_other)]
        out[split] = picked
        excluded |= {r["id"] for _, r in picked}
        if split == until:
            break
    return out


def articles_path(split: str) -> Path:
    return GOLD / "articles.jsonl" if split == "dev" else GOLD / split / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    records = load()
    picked = sample(records, args.split)
    for stratum, rec in picked:
        print(stratum, rec["id"], rec["title"][:80])
    if args.write:
        out = articles_path(args.split)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for stratum, rec in picked:
                row = {
                    "id": rec["id"],
                    "stratum": stratum,
                    "date": rec["date"],
                    "title": rec["title"],
                    "heading": rec.get("heading"),
                    "article": rec["article"],
                    "url": rec["url"],
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
