"""Score the attack-event extractor against the judged set (bench/attacks_gold/).

    .venv/bin/python bench/attacks_score.py [--split SPLIT] [--json] [--verbose] [--no-corpus]

SPLIT is one split (dev, dev2 to dev58, heldout, heldout2, heldout3, heldout4) or several joined by `+` and scored as
one set (`dev+dev2+dev3`, `heldout+heldout2+heldout3+heldout4`); the default is dev. A split whose gold.jsonl is not
written yet (drawn, not annotated) is refused with a message that says so.

Each article is read as the index reads it (title, heading and body as the text, publication date, French), its
events extracted, and matched one-to-one to the gold events of that article. An extracted event and a gold event
can match when the sentences the event cites contain one of the gold evidence strings (or share a long stretch with
it), or, failing that, when their dates, places and types agree. Pairs are taken best first (most shared evidence,
then most agreeing fields).

Reported: recall on main and on mention events, precision (an extracted event with no gold match is a false
positive), and on matched events the share with each field right: date, place (the gold location, city or region,
when it gives one; no location when it gives none), country, type, killed, injured, toll (both), claimed. Then the
extraction time per article over the whole OrangeSum corpus and the seed's events against their reference (both
from bench/events_eval.py). `--verbose` prints every article's events, gold and extracted, with each field's
verdict: it is refused on a held-out split (heldout, heldout2, heldout3, heldout4), which is scored in aggregate only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import orangesum_article  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events.lexicon import COUNTRY_NAMES, country_of_place, fold_name, place_key  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import AttackEvent, Sentence  # noqa: E402 (after the sys.path line: the script runs from a checkout)

GOLD = ROOT / "bench" / "attacks_gold"
# The splits of the judged set (bench/attacks_sample.py draws them): the dev ones may be read while tuning rules, the
# held-out ones are only scored, in aggregate.
DEV_SPLITS = ("dev", *(f"dev{n}" for n in range(2, 59)), *(f"frdev{n}" for n in range(1, 19)))
HELDOUT_SPLITS = ("heldout", "heldout2", "heldout3", "heldout4", *(f"frheldout{n}" for n in range(1, 7)))
SPLITS = DEV_SPLITS + HELDOUT_SPLITS
FIELDS = ("date", "place", "country", "type", "killed", "injured", "toll", "claimed")

# The extractor's canonical weapons, in the gold set's types.
_TYPE_OF_WEAPON = {
    "kamikaze": "suicide bombing",
    "voiture piégée": "bombing",
    "engin explosif": "bombing",
    "bombe": "bombing",
    "explosion": "bombing",
    "grenade": "bombing",
    "roquette": "rocket/shelling",
    "mortier": "rocket/shelling",
    "obus": "rocket/shelling",
    "missile": "rocket/shelling",
    "artillerie": "rocket/shelling",
    "bombardement": "rocket/shelling",
    "drone": "air/drone strike",
    "frappe aérienne": "air/drone strike",
    "arme à feu": "shooting",
    "balle en caoutchouc": "shooting",
    "arme blanche": "stabbing",
    "voiture-bélier": "ramming",
    "poison": "other",
    "asphyxie": "other",
    "force policière": "other",
    "produit corrosif": "other",
}


def event_type(event: AttackEvent) -> str:
    """The gold set's type for an extracted event: from its weapon, or `armed assault` when it names none or was made
    with means of two kinds or more (a van, then knives)."""
    if event.sub_event_type == "Suicide bomb":
        return "suicide bombing"
    if len({_TYPE_OF_WEAPON.get(name, "armed assault") for name in event.weapons}) > 1:
        return "armed assault"
    return _TYPE_OF_WEAPON.get(event.weapon or "", "armed assault")


# ---------------------------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------------------------


def split_dir(split: str) -> Path:
    return GOLD if split == "dev" else GOLD / split


class NotAnnotated(ValueError):
    """A split drawn but not annotated yet: it has articles and no gold file."""


def load_articles(split: str) -> list[dict]:
    path = split_dir(split) / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_split(split: str) -> tuple[list[dict], dict[str, list[dict]]]:
    records = load_articles(split)
    gold_path = split_dir(split) / "gold.jsonl"
    if not gold_path.exists():
        raise NotAnnotated(f"split {split} is drawn but not annotated yet: {gold_path} does not exist")
    gold = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[str(row["id"])] = row["events"]
    return records, gold


TYPES = ("bombing", "suicide bombing", "rocket/shelling", "air/drone strike", "shooting", "stabbing", "ramming",
         "armed assault", "other")  # fmt: skip
_DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?")


def annotation_problems(split: str, records: list[dict], gold: dict[str, list[dict]]) -> list[str]:
    """What breaks the annotation format of a split (README: fields, date words and evidence verbatim): one line per
    problem, none when the annotation is well formed."""
    problems = []
    ids = [str(r["id"]) for r in records]
    if set(gold) != set(ids):
        extra, missing = sorted(set(gold) - set(ids)), sorted(set(ids) - set(gold))
        problems.append(f"{split}: gold lines for {extra}, none for {missing}")
    for record in records:
        text = " ".join((record["title"], record.get("heading") or "", record["article"]))
        for event in gold.get(str(record["id"]), []):
            where = f"{split} {record['id']}: {json.dumps(event, ensure_ascii=False)[:160]}"
            checks = [
                (event.get("role") in ("main", "mention"), "role is main or mention"),
                (event.get("kind") in ("incident", "aggregate"), "kind is incident or aggregate"),
                (event.get("type") in TYPES, f"type is one of {', '.join(TYPES)}"),
                (event.get("date") is None or bool(_DATE.fullmatch(event["date"])), "date is YYYY[-MM[-DD]][/...]"),
                (all(event.get(k) is None or isinstance(event.get(k), int) for k in ("killed", "injured")),
                 "killed and injured are whole numbers or null"),
                (event.get("claimed") in (True, False, None), "claimed is true, false or null"),
                (event.get("claimed_by") is None or event.get("claimed") is True, "a claimant but no claim"),
                ((event.get("date") is None) == (event.get("date_text") is None), "a date needs its words"),
                (event.get("date_text") is None or event["date_text"] in text, "date_text not in the article"),
                (1 <= len(event.get("evidence") or []) <= 3, "1 to 3 evidence strings"),
            ]  # fmt: skip
            problems += [f"{where}: {why}" for ok, why in checks if not ok]
            for evidence in event.get("evidence") or []:
                if evidence not in text:
                    problems.append(f"{where}: evidence not in the article: {evidence!r}")
                if not 20 <= len(evidence) <= 120:
                    problems.append(f"{where}: evidence of {len(evidence)} characters: {evidence!r}")
    return problems


# ---------------------------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").replace("«", '"').replace("»", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _shares(sentence: str, evidence: str) -> bool:
    """The gold evidence string is in the sentence, or they share at least 30 characters (segmentation differs)."""
    if evidence in sentence or sentence in evidence:
        return True
    m = SequenceMatcher(None, sentence, evidence, autojunk=False).find_longest_match(0, len(sentence), 0, len(evidence))
    return m.size >= min(30, len(evidence))


def _country_key(name: str | None) -> str | None:
    if not name:
        return None
    return COUNTRY_NAMES.get(fold_name(name)) or country_of_place(name) or fold_name(name)


def date_right(got: str | None, want: str | None) -> bool:
    if got == want:
        return True
    if got and want and "/" in want and "/" in got:
        return got.split("/")[0][:7] == want.split("/")[0][:7]
    return False


def _date_compatible(got: str | None, want: str | None) -> bool:
    if not got or not want:
        return False
    a, b = got.split("/")[0], want.split("/")[0]
    return a.startswith(b) or b.startswith(a)


def _is_country(name: str) -> bool:
    return fold_name(name).strip() in COUNTRY_NAMES


def place_right(got: AttackEvent, gold: dict) -> bool:
    """Right when the event names the gold place (either spelling containing the other), or names none (or only the
    country) when the gold gives only a country."""
    return location_right(got.location, gold.get("location"))


def location_right(have: str | None, want: str | None) -> bool:
    """A place read (`have`) against the gold place (`want`): either spelling containing the other; a country name
    stands for no place."""
    have = have if have and not _is_country(have) else None
    if not want:
        return have is None
    if have is None:
        return False
    a, b = fold_name(have), fold_name(want)
    return a in b or b in a or place_key(have) == place_key(want)


def _place_compatible(got: AttackEvent, gold: dict) -> bool:
    if got.location and gold.get("location") and place_right(got, gold):
        return True
    a, b = _country_key(got.country), _country_key(gold.get("country"))
    return bool(a and a == b)


def field_verdicts(got: AttackEvent, gold: dict) -> dict[str, bool]:
    killed = got.killed == gold.get("killed")
    injured = got.injured == gold.get("injured")
    return {
        "date": date_right(got.date, gold.get("date")),
        "place": place_right(got, gold),
        "country": _country_key(got.country) == _country_key(gold.get("country")),
        "type": event_type(got) == gold.get("type"),
        "killed": killed,
        "injured": injured,
        "toll": killed and injured,
        "claimed": got.claimed == gold.get("claimed"),
    }


def _pair_score(got: AttackEvent, texts: list[str], gold: dict) -> tuple[int, int] | None:
    """(shared evidence strings, agreeing fields), or None when the two cannot be the same event."""
    evidence = [_norm(e) for e in gold.get("evidence", [])]
    shared = sum(any(_shares(t, e) for t in texts) for e in evidence)
    verdicts = field_verdicts(got, gold)
    agreeing = sum(verdicts[name] for name in ("date", "place", "country", "type", "killed", "injured"))
    if shared:
        return shared, agreeing
    compatible = (
        _date_compatible(got.date, gold.get("date"))
        and _place_compatible(got, gold)
        and event_type(got) == gold.get("type")
    )
    return (0, agreeing) if compatible else None


def match(events: list[AttackEvent], cited: list[list[str]], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (extracted index, gold index) pairs, best first."""
    scored = []
    for i, event in enumerate(events):
        for j, want in enumerate(gold):
            score = _pair_score(event, cited[i], want)
            if score is not None:
                scored.append((score, i, j))
    return one_to_one(scored)


def one_to_one(scored: list[tuple[tuple[int, int], int, int]]) -> list[tuple[int, int]]:
    """From (score, i, j) candidates, the one-to-one (i, j) pairs taken best first: most shared evidence, then most
    agreeing fields, then the earlier i and j."""
    pairs: list[tuple[int, int]] = []
    used_i: set[int] = set()
    used_j: set[int] = set()
    for _, i, j in sorted(scored, key=lambda s: (-s[0][0], -s[0][1], s[1], s[2])):
        if i not in used_i and j not in used_j:
            pairs.append((i, j))
            used_i.add(i)
            used_j.add(j)
    return pairs


def cited_texts(event: AttackEvent, sentences: list[Sentence]) -> list[str]:
    by_key = {s.key: s.text for s in sentences}
    keys = {k for ks in event.evidence.values() for k in ks}
    return [_norm(by_key[k]) for k in sorted(keys) if k in by_key]


# ---------------------------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Score:
    articles: int = 0
    gold: dict[str, int] = field(default_factory=lambda: {"main": 0, "mention": 0})
    found: dict[str, int] = field(default_factory=lambda: {"main": 0, "mention": 0})
    extracted: int = 0
    matched: int = 0
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    false_positives: list[dict] = field(default_factory=list)
    details: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "articles": self.articles,
            "gold_events": dict(self.gold),
            "found": dict(self.found),
            "recall_main": ratio(self.found["main"], self.gold["main"]),
            "recall_mention": ratio(self.found["mention"], self.gold["mention"]),
            "recall_all": ratio(sum(self.found.values()), sum(self.gold.values())),
            "extracted": self.extracted,
            "false_positives": self.extracted - self.matched,
            "precision": ratio(self.matched, self.extracted),
            "field_right": {name: ratio(n, self.matched) for name, n in self.fields.items()},
            "field_right_counts": {name: f"{n}/{self.matched}" for name, n in self.fields.items()},
        }


def _event_row(event: AttackEvent) -> dict:
    return {
        "kind": event.kind, "date": event.date, "location": event.location, "country": event.country,
        "type": event_type(event), "weapon": event.weapon, "killed": event.killed, "injured": event.injured,
        "claimed": event.claimed, "claimed_by": event.claimed_by,
    }  # fmt: skip


def split_names(spec: str) -> list[str]:
    """The splits a `--split` value names: one split, or several joined by `+` (`heldout+heldout2`)."""
    names = [name.strip() for name in spec.split("+")]
    unknown = [name for name in names if name not in SPLITS]
    if unknown or len(set(names)) != len(names):
        raise ValueError(f"unknown or repeated split in {spec!r}: splits are {', '.join(SPLITS)}, joined by '+'")
    return names


def score_split(spec: str, *, details: bool = False) -> Score:
    """Score one split, or several joined by `+` as one set (articles and events summed)."""
    records: list[dict] = []
    gold: dict[str, list[dict]] = {}
    for name in split_names(spec):
        split_records, split_gold = load_split(name)
        records += split_records
        gold |= split_gold
    score = Score()
    for record in records:
        article = orangesum_article(record)
        sentences = segment(article)
        events = extract_events(article, sentences)
        wanted = gold.get(str(record["id"]), [])
        cited = [cited_texts(e, sentences) for e in events]
        pairs = match(events, cited, wanted)
        score.articles += 1
        score.extracted += len(events)
        score.matched += len(pairs)
        for want in wanted:
            score.gold[want["role"]] += 1
        by_event = dict(pairs)
        by_gold = {j: i for i, j in pairs}
        for i, j in pairs:
            score.found[wanted[j]["role"]] += 1
            for name, right in field_verdicts(events[i], wanted[j]).items():
                score.fields[name] += right
        for i, event in enumerate(events):
            if i not in by_event:
                score.false_positives.append({"article": record["id"], "title": record["title"], **_event_row(event),
                                              "evidence": cited[i]})  # fmt: skip
        if details:
            rows = []
            for j, want in enumerate(wanted):
                row: dict = {"gold": {k: v for k, v in want.items() if k != "evidence"}}
                if j in by_gold:
                    got = events[by_gold[j]]
                    row["extracted"] = _event_row(got)
                    row["wrong"] = [n for n, ok in field_verdicts(got, want).items() if not ok]
                rows.append(row)
            extra = [_event_row(e) | {"evidence": cited[i]} for i, e in enumerate(events) if i not in by_event]
            score.details.append({"article": record["id"], "date": record["date"], "title": record["title"],
                                  "events": rows, "false_positives": extra})  # fmt: skip
    return score


def _print_summary(split: str, summary: dict) -> None:
    g, f = summary["gold_events"], summary["found"]
    print(f"== {split}: {summary['articles']} articles, {g['main']} main and {g['mention']} mention events in gold")
    print(f"recall main {summary['recall_main']} ({f['main']}/{g['main']}), mentions {summary['recall_mention']} "
          f"({f['mention']}/{g['mention']}), all {summary['recall_all']}")  # fmt: skip
    matched, extracted = summary["extracted"] - summary["false_positives"], summary["extracted"]
    print(f"precision {summary['precision']} ({matched}/{extracted} extracted events match a gold event; "
          f"{summary['false_positives']} false positives)")  # fmt: skip
    right = ", ".join(
        f"{name} {summary['field_right'][name]} ({summary['field_right_counts'][name]})" for name in FIELDS
    )
    print(f"fields right on matched events: {right}")


def _print_details(score: Score) -> None:
    for article in score.details:
        if not article["events"] and not article["false_positives"]:
            continue
        print(f"\n## {article['article']} ({article['date']}) {article['title']}")
        for row in article["events"]:
            gold = row["gold"]
            where = f"{gold.get('location')} / {gold.get('country')}"
            print(f"  gold {gold['role']:7} {gold['date']} {where} {gold['type']} killed={gold.get('killed')}"
                  f" injured={gold.get('injured')} claimed={gold.get('claimed')}")  # fmt: skip
            if "extracted" in row:
                got = row["extracted"]
                wrong = ", ".join(row["wrong"]) or "-"
                print(f"    found {got['date']} {got['location']} / {got['country']} {got['type']}"
                      f" killed={got['killed']} injured={got['injured']} claimed={got['claimed']}"
                      f"   wrong: {wrong}")  # fmt: skip
            else:
                print("    MISSED")
        for extra in article["false_positives"]:
            fields = {k: v for k, v in extra.items() if k != "evidence"}
            print(f"  FALSE POSITIVE {json.dumps(fields, ensure_ascii=False)}")
            for text in extra["evidence"]:
                print(f"      > {text[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help=f"{', '.join(SPLITS)}, or several joined by '+' (dev+dev2+dev3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--verbose", action="store_true", help="every article's events and verdicts (dev only)")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus timing and the seed check")
    args = parser.parse_args()
    try:
        names = split_names(args.split)
    except ValueError as error:
        parser.error(str(error))
    if args.verbose and any(name in HELDOUT_SPLITS for name in names):
        parser.error("--verbose shows every article's events: held-out splits are scored in aggregate only")
    try:
        score = score_split(args.split, details=args.verbose)
    except NotAnnotated as error:
        parser.error(str(error))
    summary = score.summary()
    out: dict = {"split": args.split, **summary}
    if args.verbose:
        out["false_positive_events"] = score.false_positives
        out["articles_detail"] = score.details
    if not args.no_corpus:
        from bench.events_eval import corpus_timing, seed_differences

        out["extraction_ms"] = corpus_timing()
        out["seed"] = seed_differences()
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    _print_summary(args.split, summary)
    if args.verbose:
        _print_details(score)
    if "extraction_ms" in out:
        t = out["extraction_ms"]
        print(f"extraction ms/article over {t['articles']} OrangeSum articles: p50 {t['p50']}, p95 {t['p95']}")
        seed = out["seed"]
        print(f"seed: {seed['events']} events for {seed['reference']} reference events; fields that differ: "
              f"{', '.join(seed['differing']) or 'none'}")  # fmt: skip


if __name__ == "__main__":
    main()
