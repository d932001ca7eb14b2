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

A second pool, drawn from on 2026-12-04 (FRANCE_SPLITS): the rest of OrangeSum itself, read from its repository
(github.com/Tixierae/OrangeSum at ORANGESUM_COMMIT; `--repo` names a local git directory of it). Its articles are
data/docs/parsed/N.json (N is the id, the same numbering as the shared corpus's ids), kept when N is in the dataset's
own splits (splits_title_as_summary: train, valid, test, i.e. after its filtering and de-duplication), N is not an
id of the shared corpus, and the article's saved page (data/docs/raw/N.txt, its canonical address) is in the
section `france` or `societe/fait-divers`: the sections that report attacks and crime, 13,044 articles. The same
VIOLENCE strata and draw as above, in FRANCE_SPLITS order, each split excluding those before it: "frheldoutN" are
only scored, never read while tuning; "frdevN" may be read once scored blind (N = 1-3 drawn on 2026-12-04, 4-6 on
2026-12-05, 7-10 on 2026-12-05's second session,
11-14 on its third).

    python bench/attacks_sample.py                   # prints the dev sample's ids
    python bench/attacks_sample.py --split heldout --write   # writes bench/attacks_gold/heldout/articles.jsonl
    python bench/attacks_sample.py --split frdev1 --repo /path/to/OrangeSum/.git --write
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
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
MONDE_SPLITS = dict(SPLITS)
ORANGESUM_COMMIT = "e6f8a6e3b71006ad62b450bedbb5e88e2236657b"
FRANCE_SECTIONS = ("france", "societe/fait-divers")
FRANCE_SPLITS = {
    "frheldout1": (SEED + 301, 23, 7),
    "frdev1": (SEED + 302, 23, 7),
    "frheldout2": (SEED + 303, 23, 7),
    "frdev2": (SEED + 304, 23, 7),
    "frheldout3": (SEED + 305, 23, 7),
    "frdev3": (SEED + 306, 23, 7),
    "frheldout4": (SEED + 307, 23, 7),
    "frdev4": (SEED + 308, 23, 7),
    "frheldout5": (SEED + 309, 23, 7),
    "frdev5": (SEED + 310, 23, 7),
    "frheldout6": (SEED + 311, 23, 7),
    "frdev6": (SEED + 312, 23, 7),
    "frdev7": (SEED + 313, 23, 7),
    "frdev8": (SEED + 314, 23, 7),
    "frdev9": (SEED + 315, 23, 7),
    "frdev10": (SEED + 316, 23, 7),
    "frdev11": (SEED + 317, 23, 7),
    "frdev12": (SEED + 318, 23, 7),
    "frdev13": (SEED + 319, 23, 7),
    "frdev14": (SEED + 320, 23, 7),
    "frdev15": (SEED + 321, 23, 7),
    "frdev16": (SEED + 322, 23, 7),
    "frdev17": (SEED + 323, 23, 7),
    "frdev18": (SEED + 324, 23, 7),
}
SPLITS.update(FRANCE_SPLITS)
VIOLENCE = re.compile(
    r"attaque|attentat|\btu[ée]e?s?\b|tuant|frappes?\b|bombard|roquette|obus|missile|drone|explos|kamikaze|"
    r"fusillade|abattu|assassin|assaut|poignard|\barm[ée]e?s? à feu|par balles?",
    re.IGNORECASE,
)


def load() -> list[dict]:
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


_CANONICAL = re.compile(r'<link href="https://actu\.orange\.fr/([^"]+)" rel="canonical"')


def load_france(repo: Path) -> list[dict]:
    """The second pool (see the module's docstring) from a git directory of the OrangeSum repository, read at
    ORANGESUM_COMMIT with `git cat-file`, so no working tree is needed."""

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout

    kept = set()
    for name in ("train", "valid", "test"):
        kept |= {
            line.split(".")[0] for line in git("show", f"{ORANGESUM_COMMIT}:splits_title_as_summary/{name}.txt").split()
        }
    kept -= {str(rec["id"]) for rec in load()}
    blobs: dict[str, dict[str, str]] = {}
    for line in git("ls-tree", "-r", ORANGESUM_COMMIT, "data/docs/parsed", "data/docs/raw").splitlines():
        meta, path = line.split("\t")
        folder, _, name = path.rpartition("/")
        article_id = name.split(".")[0]
        if article_id in kept:
            blobs.setdefault(article_id, {})[folder.rsplit("/", 1)[1]] = meta.split()[2]
    records = []
    with subprocess.Popen(["git", "-C", str(repo), "cat-file", "--batch"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE) as cat:  # fmt: skip
        send, receive = cat.stdin, cat.stdout
        assert send is not None and receive is not None

        def blob(sha: str) -> str:
            send.write(sha.encode() + b"\n")
            send.flush()
            size = int(receive.readline().split()[2])
            data = receive.read(size)
            receive.read(1)
            return data.decode("utf-8", "replace")

        for article_id, found in sorted(blobs.items(), key=lambda item: int(item[0])):
            if "parsed" not in found or "raw" not in found:
                continue
            page = _CANONICAL.search(blob(found["raw"]))
            if page is None or not page.group(1).startswith(tuple(f"{s}/" for s in FRANCE_SECTIONS)):
                continue
            record = json.loads(blob(found["parsed"]))
            record.update(id=article_id, url=f"https://actu.orange.fr/{page.group(1)}")
            records.append(record)
        send.close()
    return records


def sample(records: list[dict], split: str = "dev") -> list[tuple[str, dict]]:
    return draws(records, until=split)[split]


def draws(
    records: list[dict], until: str | None = None, order: dict | None = None
) -> dict[str, list[tuple[str, dict]]]:
    """Every split's (stratum, article) draw, in `order` (MONDE_SPLITS by default; FRANCE_SPLITS for the second
    pool) up to `until`: each draw leaves out the articles of the draws before it. The pattern is matched once per
    article, whatever the number of splits."""
    records = sorted(records, key=lambda r: int(r["id"]))
    violent_ids = {
        r["id"] for r in records if VIOLENCE.search(" ".join((r["title"], r.get("heading") or "", r["article"])))
    }
    excluded: set[str] = set()
    out: dict[str, list[tuple[str, dict]]] = {}
    for split, (seed, n_violence, n_other) in (MONDE_SPLITS if order is None else order).items():
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
    parser.add_argument("--repo", type=Path, help="a git directory of github.com/Tixierae/OrangeSum (FRANCE_SPLITS)")
    args = parser.parse_args()
    if args.split in FRANCE_SPLITS:
        if args.repo is None:
            parser.error(f"{args.split} is drawn from the OrangeSum repository: give --repo")
        picked = draws(load_france(args.repo), until=args.split, order=FRANCE_SPLITS)[args.split]
    else:
        picked = sample(load(), args.split)
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
