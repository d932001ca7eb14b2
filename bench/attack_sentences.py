"""Can the e5 passage vectors tell an attack-report sentence from the others, and would that add events the rules
miss without adding false ones? Cross-validated by article on the judged dev splits.

    .venv/bin/python bench/attack_sentences.py [--split dev+dev2] [--context none] [--method logistic] [--json]
    .venv/bin/python bench/attack_sentences.py --heldout heldout+heldout2   # aggregate figures only
    .venv/bin/python bench/attack_sentences.py --corpus 120 --seed 1 --show 0.5   # flags in unjudged articles

Data: every sentence of the split's articles, segmented as the index segments them; positive when it holds one of
the gold evidence strings of an event (bench/attacks_gold/), negative otherwise. Features: the passage vector the
index would store for the sentence (`--context`: the embedded text, index/passages.py; `title`, the article's title
and the sentence, is the index's default recipe), cached under `--cache` so that a second run embeds nothing.

Methods: `logistic`, L2-regularised logistic regression on standardised vectors (NumPy, Newton steps), trained on
the other folds' articles (folds by a hash of the article id); `prototypes`, the highest cosine to a few e5 queries
that describe an attack (zero-shot, nothing trained).

Reported, from out-of-fold scores: sentence-level average precision, precision and recall at several thresholds
and at fixed numbers of flagged sentences, and what a stage that turns flagged sentences into events would do next
to the rules (`extract_events`): gold events the rules miss whose evidence sentence it flags (`recovered`), flagged
sentences that no rule event cites and that hold no gold evidence (`false`: each a false event unless merged),
flagged sentences holding evidence of an event the rules found without citing that sentence (`duplicates`); the
same for flagged sentences in which the rules' reader finds a toll (`tolled`).

`--heldout SPLITS` trains on every article of `--split` with the given penalty and scores the held-out splits once,
in aggregate only (no sentence is printed, `--show` is refused); `--test SPLITS` does the same on dev splits that
`--split` does not hold, which may be read. `--corpus N` trains the same way and prints the sentences no rule event
cites that score at least `--show` (0.5) in N OrangeSum articles matching the sampler's violence pattern, outside
every split bench/attacks_sample.py draws (`--seed`): bench/attacks_gold/detector_sample.jsonl holds them, judged by
hand, for `--corpus 120 --seed 1`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.attacks_score import HELDOUT_SPLITS, _norm, _shares, cited_texts, load_split, match, split_names  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.corpora import orangesum_article  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.vector_store import cached_vectors  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.encoder import Encoder  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events.reading import _read  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.models import Sentence  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.passages import CONTEXTS, passage_texts  # noqa: E402 (after the sys.path line: the script runs from a checkout)

DEFAULT_CACHE = Path.home() / ".cache" / "eventbot" / "bench-vectors"
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
BUDGETS = (10, 25, 50, 100, 200)  # flagged sentences, to compare methods whose scores differ in scale
L2_GRID = (1.0, 10.0, 30.0, 100.0, 300.0, 1000.0)

# Zero-shot prototypes: e5 queries that describe an attack report, French and English; a sentence scores its highest
# cosine to any of them. Written before looking at which sentences they flag, not tuned.
PROTOTYPES = (
    "un attentat a fait des morts et des blessés",
    "des hommes armés ont attaqué et tué des civils",
    "une frappe aérienne a tué des combattants",
    "un homme a été tué par balle",
    "une attaque au couteau a fait un mort",
    "un kamikaze s'est fait exploser",
    "the attack killed several people",
    "gunmen opened fire and killed",
)


# ---------------------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class ArticleData:
    id: str
    role_of: list[str]  # each gold event's role
    labels: list[set[int]]  # per sentence: the gold events whose evidence it holds
    cited: set[int]  # sentences some rule event cites
    found: set[int]  # gold events the rules found
    tolled: set[int]  # sentences in which the rules' reader finds a death or injury figure
    texts: list[str]  # per sentence, for --show


def article_data(records: Sequence[dict], gold: dict[str, list[dict]]) -> list[ArticleData]:
    """Per article, its sentences' labels and what the rules make of it."""
    out: list[ArticleData] = []
    for record in records:
        article = orangesum_article(record)
        sentences = segment(article)
        wanted = gold.get(str(record["id"]), [])
        evidence = [[_norm(e) for e in want.get("evidence", [])] for want in wanted]
        normed = [_norm(s.text) for s in sentences]
        events = extract_events(article, sentences)
        cited_keys = {k for e in events for ks in e.evidence.values() for k in ks}
        pairs = match(events, [cited_texts(e, sentences) for e in events], wanted)
        out.append(
            ArticleData(
                id=str(record["id"]),
                role_of=[w["role"] for w in wanted],
                labels=[{j for j, ev in enumerate(evidence) if any(_shares(t, e) for e in ev)} for t in normed],
                cited={i for i, s in enumerate(sentences) if s.key in cited_keys},
                found={j for _, j in pairs},
                tolled={i for i, s in enumerate(sentences) if _tolled(s, article.published)},
                texts=[s.text for s in sentences],
            )
        )
    return out


def _tolled(sentence: Sentence, published: dt.date | None) -> bool:
    facts = _read(sentence, published)
    return facts is not None and bool(facts.killed or facts.injured)


def passages(records: Sequence[dict], context: str) -> list[str]:
    """Each sentence's embedded text under the recipe, article by article (the order of `article_data`)."""
    texts: list[str] = []
    for record in records:
        article = orangesum_article(record)
        texts += passage_texts(article, segment(article), context)  # type: ignore[arg-type]  # checked by argparse
    return texts


def load_splits(spec: str) -> tuple[list[dict], dict[str, list[dict]]]:
    records: list[dict] = []
    gold: dict[str, list[dict]] = {}
    for name in split_names(spec):
        r, g = load_split(name)
        records += r
        gold |= g
    return records, gold


# ---------------------------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Logistic:
    """A linear classifier over standardised vectors: probability = sigmoid(((x - mean) / scale) @ w + b)."""

    mean: np.ndarray
    scale: np.ndarray
    w: np.ndarray
    b: float

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray, l2: float) -> Logistic:
        # Centred and scaled: e5 vectors all point roughly the same way, and a plain penalty would flatten them.
        mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        w, b = fit_logistic((x - mean) / scale, y, l2=l2)
        return cls(mean, scale, w, b)

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(((x - self.mean) / self.scale) @ self.w + self.b)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton steps (the bias unpenalised); deterministic."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))]).astype(np.float64)
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % folds


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: Sequence[str], folds: int, l2: float) -> np.ndarray:
    """Each sentence's probability from a model trained on the articles of the other folds."""
    fold = np.array([fold_of(g, folds) for g in groups])
    scores = np.zeros(len(y))
    for k in range(folds):
        test = fold == k
        if test.any():
            scores[test] = Logistic.fit(x[~test], y[~test], l2).probability(x[test])
    return scores


def prototype_scores(x: np.ndarray, encoder: Encoder) -> np.ndarray:
    queries = np.stack([encoder.encode_query(text) for text in PROTOTYPES])
    return (x @ queries.T).max(axis=1)


# ---------------------------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------------------------


def average_precision(y: np.ndarray, scores: np.ndarray) -> float:
    if not y.any():
        return 0.0
    hits = y[np.argsort(-scores, kind="stable")]
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / hits.sum())


def at_budget(scores: np.ndarray, flagged: int) -> float:
    """The threshold that flags the `flagged` highest-scoring sentences."""
    return float(np.sort(scores)[::-1][min(flagged, len(scores)) - 1])


def sentence_figures(y: np.ndarray, scores: np.ndarray, threshold: float) -> dict:
    flagged = scores >= threshold
    tp = int((flagged & (y == 1)).sum())
    return {
        "threshold": round(threshold, 3),
        "flagged": int(flagged.sum()),
        "precision": round(tp / max(1, int(flagged.sum())), 3),
        "recall": round(tp / max(1, int(y.sum())), 3),
    }


def stage_figures(data: Sequence[ArticleData], scores: np.ndarray, threshold: float, *, tolled: bool = False) -> dict:
    """What flagged sentences would add next to the rules (`tolled`: only those the rules read a toll in)."""
    at = 0
    missed = {"main": 0, "mention": 0}
    recovered = {"main": 0, "mention": 0}
    false_sentences = false_articles = duplicates = 0
    for art in data:
        flags = [scores[at + i] >= threshold and (not tolled or i in art.tolled) for i in range(len(art.labels))]
        at += len(art.labels)
        for j, role in enumerate(art.role_of):
            if j not in art.found:
                missed[role] += 1
                recovered[role] += any(flags[i] and j in labels for i, labels in enumerate(art.labels))
        new = [i for i, flag in enumerate(flags) if flag and i not in art.cited]
        false_here = [i for i in new if not art.labels[i]]
        false_sentences += len(false_here)
        false_articles += bool(false_here)
        duplicates += sum(1 for i in new if art.labels[i] and art.labels[i] <= art.found)
    return {
        "threshold": round(threshold, 3),
        "rules_missed": missed,
        "recovered": recovered,
        "false": false_sentences,
        "articles_with_false": false_articles,
        "duplicates": duplicates,
    }


def figures(data: Sequence[ArticleData], scores: np.ndarray, thresholds: Sequence[float]) -> dict:
    y = np.array([1.0 if labels else 0.0 for art in data for labels in art.labels])
    uncited = np.array([i not in art.cited for art in data for i in range(len(art.labels))])
    gain = np.array([bool(labels - art.found) for art in data for labels in art.labels], dtype=float)
    cited = np.array([i in art.cited for art in data for i in range(len(art.labels))])
    return {
        "sentences": len(y),
        "positives": int(y.sum()),
        # The rules as a sentence classifier (a sentence some event cites), for comparison.
        "rules": {
            "flagged": int(cited.sum()),
            "precision": round(float(y[cited].mean()) if cited.any() else 0.0, 3),
            "recall": round(float(cited[y == 1].mean()) if y.any() else 0.0, 3),
        },
        "average_precision": round(average_precision(y, scores), 3),
        # Among the sentences no rule event cites: how well the scores rank those telling an event the rules miss.
        "average_precision_missed": round(average_precision(gain[uncited], scores[uncited]), 3),
        "missed_sentences": int(gain[uncited].sum()),
        "uncited_sentences": int(uncited.sum()),
        "sentence": [sentence_figures(y, scores, t) for t in thresholds],
        "stage": [stage_figures(data, scores, t) for t in thresholds],
        "stage_tolled": [stage_figures(data, scores, t, tolled=True) for t in thresholds],
    }


def _print(out: dict) -> None:
    print(f"{out['split']}, {out['method']}, context {out['context']}: {out['sentences']} sentences, "
          f"{out['positives']} positive; average precision {out['average_precision']}; among the "
          f"{out['uncited_sentences']} sentences no rule event cites, {out['missed_sentences']} tell an event the rules"
          f" miss: average precision {out['average_precision_missed']}")  # fmt: skip
    print(f"the rules cite {out['rules']['flagged']} sentences: precision {out['rules']['precision']}, recall "
          f"{out['rules']['recall']}")  # fmt: skip
    for row, stage, tolled in zip(out["sentence"], out["stage"], out["stage_tolled"], strict=True):
        print(f"t={row['threshold']:.3f} flagged {row['flagged']:4} precision {row['precision']:.2f} recall "
              f"{row['recall']:.2f} | rules missed {stage['rules_missed']}: recovered {stage['recovered']}, false "
              f"{stage['false']} ({stage['articles_with_false']} articles), duplicates {stage['duplicates']} | "
              f"tolled: recovered {tolled['recovered']}, false {tolled['false']}, "
              f"duplicates {tolled['duplicates']}")  # fmt: skip


def _show(data: Sequence[ArticleData], scores: np.ndarray, threshold: float) -> None:
    at = 0
    for art in data:
        for i, text in enumerate(art.texts):
            if scores[at + i] >= threshold and i not in art.cited:
                tag = "GAIN" if art.labels[i] - art.found else ("DUP" if art.labels[i] else "FALSE")
                print(f"{tag:5} {scores[at + i]:.2f} {art.id}#{i} {text[:160]}")
        at += len(art.texts)


def corpus_sample(n: int, seed: int) -> list[dict]:
    """`n` OrangeSum articles that the sampler's violence pattern matches, outside every judged split (held-out ones
    included: their ids come from the draw, nothing of them is read), drawn with random.Random(seed)."""
    from bench.attacks_sample import VIOLENCE, draws, load

    records = sorted(load(), key=lambda r: int(r["id"]))
    judged = {r["id"] for picked in draws(records).values() for _, r in picked}
    pool = [
        r
        for r in records
        if r["id"] not in judged and VIOLENCE.search(" ".join((r["title"], r.get("heading") or "", r["article"])))
    ]
    return random.Random(seed).sample(pool, n)


def corpus_flags(records: Sequence[dict], scores: np.ndarray, threshold: float) -> list[dict]:
    """The sentences no rule event cites that score at least `threshold`, article by article (to read by hand)."""
    out: list[dict] = []
    at = 0
    for record in records:
        article = orangesum_article(record)
        sentences = segment(article)
        cited = {k for e in extract_events(article, sentences) for ks in e.evidence.values() for k in ks}
        for s in sentences:
            if scores[at + s.position] >= threshold and s.key not in cited:
                out.append({"key": s.key, "title": record["title"], "score": round(float(scores[at + s.position]), 3),
                            "tolled": _tolled(s, article.published), "text": s.text})  # fmt: skip
        at += len(sentences)
    return out


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev+dev2", help="dev splits to cross-validate (or train on, --heldout)")
    parser.add_argument("--heldout", default=None, help="train on --split, score these held-out splits in aggregate")
    parser.add_argument("--test", default=None, help="train on --split, score these other dev splits (readable)")
    parser.add_argument("--corpus", type=int, default=0, help="train on --split, flag sentences in N other articles")
    parser.add_argument("--seed", type=int, default=1, help="the --corpus draw's seed")
    parser.add_argument("--context", default="none", choices=CONTEXTS, help="the embedded text (index/passages.py)")
    parser.add_argument("--method", default="logistic", choices=("logistic", "prototypes"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=100.0, help="the logistic regression's penalty")
    parser.add_argument("--grid", action="store_true", help="average precision for a range of penalties, then exit")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where embedded passages are kept")
    parser.add_argument("--show", type=float, default=None, help="print the uncited sentences flagged at this score")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        train_names = split_names(args.split)
        test_names = split_names(args.heldout) if args.heldout else []
    except ValueError as error:
        parser.error(str(error))
    if any(name in HELDOUT_SPLITS for name in train_names):
        parser.error("held-out splits are never trained or cross-validated on: pass them to --heldout")
    if args.heldout and (args.show is not None or args.grid or args.method != "logistic"):
        parser.error("--heldout scores the logistic model in aggregate only (no --show, no --grid)")
    if args.heldout and not all(name in HELDOUT_SPLITS for name in test_names):
        parser.error("--heldout takes held-out splits only")
    if args.test:
        try:
            dev_names = split_names(args.test)
        except ValueError as error:
            parser.error(str(error))
        if args.heldout or any(name in HELDOUT_SPLITS or name in train_names for name in dev_names):
            parser.error("--test takes dev splits that --split does not hold (held-out ones go to --heldout)")
    return args


def _corpus(args: argparse.Namespace, model: Logistic, encoder: Encoder, cache: Path) -> None:
    sample = corpus_sample(args.corpus, args.seed)
    scores = model.probability(cached_vectors(passages(sample, args.context), encoder, cache))
    flagged = corpus_flags(sample, scores, 0.5 if args.show is None else args.show)
    if args.json:
        print(json.dumps({"articles": len(sample), "sentences": len(scores), "flagged": flagged}, indent=1))
        return
    print(f"{len(sample)} articles, {len(scores)} sentences; uncited sentences flagged: {len(flagged)}")
    for row in flagged:
        print(f"{row['score']:.2f} {'T' if row['tolled'] else '-'} {row['key']} [{row['title'][:60]}] "
              f"{row['text'][:300]}")  # fmt: skip


def main() -> None:
    args = _arguments()
    from index.encoder import make_encoder

    encoder = make_encoder()
    cache = args.cache / f"e5-{args.context}.npy"
    records, gold = load_splits(args.split)
    data = article_data(records, gold)
    x = cached_vectors(passages(records, args.context), encoder, cache)
    y = np.array([1.0 if labels else 0.0 for art in data for labels in art.labels])
    groups = [art.id for art in data for _ in art.labels]
    if args.grid:
        for l2 in L2_GRID:
            s = out_of_fold(x, y, groups, args.folds, l2)
            print(f"l2 {l2}: average precision {average_precision(y, s):.3f}", sentence_figures(y, s, 0.5))
        return
    if args.corpus:
        _corpus(args, Logistic.fit(x, y, args.l2), encoder, cache)
        return
    thresholds = list(THRESHOLDS)
    if args.heldout or args.test:
        model = Logistic.fit(x, y, args.l2)
        held_records, held_gold = load_splits(args.heldout or args.test)
        data = article_data(held_records, held_gold)
        scores = model.probability(cached_vectors(passages(held_records, args.context), encoder, cache))
    elif args.method == "logistic":
        scores = out_of_fold(x, y, groups, args.folds, args.l2)
    else:
        scores = prototype_scores(x, encoder)
        thresholds = []
    thresholds += [at_budget(scores, n) for n in BUDGETS]
    out = {
        "split": args.heldout or args.test or args.split,
        "trained_on": args.split if args.heldout or args.test else None,
        "method": args.method,
        "context": args.context,
        **figures(data, scores, thresholds),
    }
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        _print(out)
    if args.show is not None:
        _show(data, scores, args.show)


if __name__ == "__main__":
    main()
