"""Titles as weak labels: on the France pool outside every judged split, does /attacks list the killing or the assault
an article's title tells? A second measure of recall, on far more articles than the judged set, with no annotation.

    .venv/bin/python bench/attacks_proxy.py --repo PATH [--half dev|held] [--list] [--json]
    .venv/bin/python bench/attacks_proxy.py --pool FILE.jsonl ...   # the same records, cached one JSON object a line

The pool is bench/attacks_sample.py's second pool (OrangeSum's `france` and `societe/fait-divers` sections, read from
a git directory of github.com/Tixierae/OrangeSum with `--repo`), less every article of FRANCE_SPLITS. It is cut in
two halves by the parity of the SHA-1 of the article id (`pool_half`): `dev`, open to rule writers, and `held`, which
nobody reads during a round and which is scored only in aggregate at its start and end (`--list` is refused on it).

An article counts when its title tells a killing (`kill`: tué, tue, meurtre, assassinat, abattu, mortellement,
homicide, féminicide, égorgé...) or else a hurt (`hurt`: poignardé, agressé, frappé, tabassé, blessé par balle,
roué...), by `title_kind`. It passes when the extractor lists, for a `kill` title, an event with at least one killed,
and for a `hurt` title, any event. Many titles that fail are right to fail (road and mountain accidents, animals,
`homicide involontaire`, plots, threats, figurative `tue`), so the share is not a recall and is never pushed to 1: it
is a list to read on the dev half and, on the held half, a check that a round's rules carry over to articles nobody
read (its changed articles are judged by hand: a pass gained may be an accident read as a killing).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.attacks_sample import FRANCE_SPLITS, load_france  # noqa: E402 (after the sys.path line)
from bench.attacks_score import load_articles  # noqa: E402
from bench.corpora import orangesum_article  # noqa: E402
from index.events import extract_events  # noqa: E402
from index.ingest import segment  # noqa: E402
from index.models import AttackEvent  # noqa: E402

KILL = re.compile(
    r"\b(tu[ée]e?s?|tue(nt)?|meurtre|assassin(at|é|ée|és|ées)?|abattu(e|s|es)?|poignard[ée]e?s? à mort|mortellement"
    r"|homicide|féminicide|égorg)",
    re.IGNORECASE,
)
HURT = re.compile(
    r"\b(poignard[ée]e?s?|agress[ée]e?s?|bless[ée]e?s? par balle|frapp[ée]e?s?|tabass[ée]e?s?|passé à tabac|roué)",
    re.IGNORECASE,
)
HALVES = ("dev", "held")


def pool_half(article_id: str) -> str:
    """`dev` or `held`, fixed by the article id alone (the parity of its SHA-1), so a record keeps its half whatever
    else the pool holds."""
    return HALVES[int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2]


def title_kind(title: str) -> str | None:
    """`kill` when the title tells a killing, else `hurt` when it tells a person hurt, else None."""
    if KILL.search(title):
        return "kill"
    if HURT.search(title):
        return "hurt"
    return None


def passes(kind: str, events: list[AttackEvent]) -> bool:
    if kind == "kill":
        return any((event.killed or 0) >= 1 for event in events)
    return bool(events)


def extracted(record: dict) -> list[AttackEvent]:
    article = orangesum_article(record)
    return extract_events(article, segment(article))


def proxy(
    records: Iterable[dict], half: str, extract: Callable[[dict], list[AttackEvent]] = extracted
) -> dict[str, dict]:
    """For each kind, the titles counted and those that pass, with the ids of both (sorted by id)."""
    result: dict[str, dict] = {kind: {"titles": 0, "pass": 0, "passed": [], "failed": []} for kind in ("kill", "hurt")}
    for record in records:
        article_id = str(record["id"])
        kind = title_kind(record.get("title") or "")
        if kind is None or pool_half(article_id) != half:
            continue
        row = result[kind]
        ok = passes(kind, extract(record))
        row["titles"] += 1
        row["pass"] += ok
        row["passed" if ok else "failed"].append(article_id)
    return result


def judged_ids() -> set[str]:
    return {str(record["id"]) for split in FRANCE_SPLITS for record in load_articles(split)}


def pool_records(args: argparse.Namespace) -> list[dict]:
    if args.pool:
        with open(args.pool, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
    else:
        records = load_france(Path(args.repo))
    judged = judged_ids()
    return [record for record in records if str(record["id"]) not in judged]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--repo", help="git directory of github.com/Tixierae/OrangeSum")
    source.add_argument("--pool", help="the pool's records, one JSON object a line")
    parser.add_argument("--half", choices=HALVES, default="dev")
    parser.add_argument("--list", action="store_true", help="print the titles that fail (dev half only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.list and args.half == "held":
        parser.error("the held half is scored in aggregate only: --list is refused on it")
    records = pool_records(args)
    titles = {str(record["id"]): record.get("title") or "" for record in records}
    result = proxy(records, args.half)
    if args.json:
        summary = {kind: {k: row[k] for k in ("titles", "pass")} for kind, row in result.items()}
        print(json.dumps({"half": args.half, **summary}, indent=1))
        return
    for kind, row in result.items():
        print(f"{args.half} half, {kind} titles: {row['pass']}/{row['titles']} with an event"
              + (" with a killed" if kind == "kill" else ""))  # fmt: skip
        if args.list:
            for article_id in row["failed"]:
                print(f"  {article_id} {titles[article_id][:110]}")


if __name__ == "__main__":
    main()
