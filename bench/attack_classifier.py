"""Would a learned attack-sentence classifier pay next to the rules? Trained on dev..dev25, measured on dev26..dev31.

    .venv/bin/python bench/attack_classifier.py [--c 1 10 30] [--honest] [--show 0.9] [--e5 [--e5-c 0.01]]

Data: every judged article of the dev splits named in TRAIN_SPLITS and TEST_SPLITS (listed, never a blind or
held-out split: asserted), segmented as the index segments it (index/ingest.py `segment`). A sentence is positive
when it holds one of its article's gold evidence strings (the scorer's matching, bench/attacks_score.py `_shares`),
with the roles (main, mention) of the events it tells. Articles are never split: train and test are whole splits.

Model: scikit-learn's logistic regression (L2, class_weight balanced, random_state 0) over the lower-cased,
accent-folded sentence's words, word pairs and character 3- to 5-grams, hashed into 2**20 binary columns and scaled
to unit length (bench/attack_sentences.py `sentence_ngrams`). `--e5`: a logistic probe on the bundled
multilingual-e5-small vectors of the bare sentence (index/e5.py), with its CPU cost per sentence.

Figures on the test splits:
- sentence level: average precision, precision and recall at a few thresholds;
- recall use: the threshold `t_add`, the lowest at which, among the sentences no rule event cites ("uncited": they
  yield no event today), the flagged ones hold gold evidence at precision >= 0.7; at it, how many of the gold events
  the rules miss have an evidence sentence flagged, and what else is flagged (restating a found event, or nothing);
- precision use: `t_drop`, the highest threshold under which no matched rule event has all its cited sentences;
  how many of the rules' false positives have every cited sentence below it.
Both thresholds are read on the test splits themselves (the best case), and again from 5-fold out-of-fold scores on
the training splits (what a landed model would use; `honest` in the output).

Figures of 2026-12-03 (issue 10, round 7, rules of main 764f65d). Train: dev..dev25, 784 articles, 16,414
sentences, 1,076 positive; test: dev26..dev31, 180 articles, 3,741 sentences, 230 positive. The rules there: main
37/49, mentions 56/106, precision 93/98 (0.949); as a sentence classifier they cite 157 sentences, precision 0.815,
recall 0.557. They miss 12 main and 50 mention events.

| C | AP | p>=0.5 P / R | p>=0.8 P / R | p>=0.9 P / R | p>=0.95 P / R | p>=0.98 P / R |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 0.597 | 0.44 / 0.76 (394) | 0.66 / 0.43 (148) | 0.76 / 0.31 (93) | 0.78 / 0.16 (46) | 0.94 / 0.07 (16) |
| 10 | 0.632 | 0.54 / 0.65 (275) | 0.72 / 0.46 (145) | 0.78 / 0.36 (107) | 0.83 / 0.30 (83) | 0.88 / 0.19 (50) |
| 30 | 0.632 | 0.59 / 0.60 (235) | 0.75 / 0.44 (134) | 0.79 / 0.38 (112) | 0.83 / 0.30 (83) | 0.88 / 0.23 (60) |

(sentence precision / recall, in brackets the sentences flagged.) Among the 3,584 sentences no rule event cites,
flagging at p (C = 10), missed gold events told by a flagged sentence (main + mentions), and flagged sentences that
hold no gold evidence (false) or only a found event's (restating), out of all flagged:

| p >= | 0.3 | 0.5 | 0.7 | 0.8 | 0.9 | 0.95 | 0.98 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| missed events told | 9+36 | 8+29 | 5+17 | 5+14 | 4+8 | 3+6 | 1+3 |
| flagged / false / restating | 275/209/15 | 160/110/12 | 89/56/10 | 62/32/10 | 37/19/6 | 22/10/3 | 9/4/1 |

The deciding figures. Recall use, at the lowest threshold where the flagged uncited sentences hold gold evidence at
precision >= 0.7: read on test (best case) C = 1: p >= 0.965, +1 main +3 mentions of the 12 + 50 missed, 7 flagged
(2 false, 1 restating); C = 10: p >= 0.986, +1+3, 5 flagged (1 false); C = 30: p >= 0.983, +1+3, 10 flagged (3
false, 3 restating). Read out of fold on dev..dev25 (honest): C = 1: p >= 0.953, +1+3, 12 flagged, 7 false; C = 10:
p >= 0.984, +1+3, 7 flagged, 3 false (as events: main 38/49, mentions 59/106, precision 97/105 = 0.92 from 0.949);
C = 30: p >= 0.992, +1+2, 4 flagged, 1 false. Precision use: of the rules' 5 false positives on test, the number
whose every cited sentence scores below the highest threshold no matched event falls under: 0 (C = 10 and 30,
either way), 1 (C = 1, read on test; 0 out of fold); allowing one or two true events lost adds none (C = 10, 30).

The e5 probe (`--e5`, vectors standardised on train; C = 0.003, 0.01, 0.03): average precision 0.60, 0.58, 0.56
(below the n-grams'); sentence precision / recall at p >= 0.9: 0.64 / 0.50, 0.62 / 0.53, 0.59 / 0.53. Recall use,
out of fold: +1+6 (10 flagged, 4 false), +1+5 (10, 4), +1+5 (9, 5); read on test: +1+4 (4, 1), +0+3 (1, 0), +0+5
(4, 1). Precision use: 0 of 5 false positives either way. Cost: 80 ms per sentence to embed 400 test sentences on
this machine's CPU (2 cores shared with seven other sessions, load 11; an earlier quiet measurement read 10-28 ms):
about 20 sentences an article, so 0.2-1.6 s an article against a 10 ms bound. Not landable at run time.

What the classifier flags and the rules miss is the kind the earlier rounds listed (bench/attack_sentences.py): police
killings told without a weapon word (George Floyd, Philando Castile), attacks recalled in passing, aggregate tolls
(aid workers killed over a decade), clashes; its false flags are accidents (a derailment, a cyclone's toll), the
attacker's own suicide, trials and investigations of a found attack, sentences of a found event's aftermath.

Decision: no gain. At a precision the recall use can afford, it recovers 4 of 62 missed events on 180 articles and
adds as many false ones; the precision use drops nothing. Nothing lands in index/.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.attack_sentences import (  # noqa: E402 (after the sys.path line: the script runs from a checkout)
    DEFAULT_CACHE,
    NGRAM_BITS,
    average_precision,
    passages,
    sentence_labels,
    sentence_ngrams,
)
from bench.attacks_score import cited_texts, load_split, match  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.corpora import orangesum_article  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from bench.vector_store import cached_vectors  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.events import extract_events  # noqa: E402 (after the sys.path line: the script runs from a checkout)
from index.ingest import segment  # noqa: E402 (after the sys.path line: the script runs from a checkout)

TRAIN_SPLITS = ("dev", *(f"dev{n}" for n in range(2, 26)))
TEST_SPLITS = tuple(f"dev{n}" for n in range(26, 32))
assert not any(name.startswith("heldout") or (name[3:].isdigit() and int(name[3:]) >= 32) for name in
               TRAIN_SPLITS + TEST_SPLITS), "blind or held-out split named"  # fmt: skip
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
ADD_PRECISION = 0.7


@dataclass
class Article:
    id: str
    split: str
    texts: list[str]
    roles: list[str]  # each gold event's role
    labels: list[set[int]]  # per sentence, the gold events whose evidence it holds
    cited: list[set[int]]  # per rule event, the sentences it cites
    matched: dict[int, int]  # rule event -> gold event

    @property
    def used(self) -> set[int]:
        """The sentences some rule event cites."""
        return set().union(*self.cited)


def load(splits: tuple[str, ...]) -> list[Article]:
    out = []
    for split in splits:
        records, gold = load_split(split)
        for record in records:
            article = orangesum_article(record)
            sentences = segment(article)
            wanted = gold.get(str(record["id"]), [])
            events = extract_events(article, sentences)
            index = {s.key: i for i, s in enumerate(sentences)}
            cited = [{index[k] for ks in e.evidence.values() for k in ks if k in index} for e in events]
            pairs = match(events, [cited_texts(e, sentences) for e in events], wanted)
            out.append(
                Article(
                    id=str(record["id"]),
                    split=split,
                    texts=[s.text for s in sentences],
                    roles=[w["role"] for w in wanted],
                    labels=sentence_labels(sentences, wanted),
                    cited=cited,
                    matched=dict(pairs),
                )
            )
    return out


def design(articles: list[Article]) -> sparse.csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    row = 0
    for art in articles:
        for text in art.texts:
            hashed = sorted(sentence_ngrams(text))
            rows += [row] * len(hashed)
            cols += hashed
            values += [1.0 / np.sqrt(max(1, len(hashed)))] * len(hashed)
            row += 1
    return sparse.csr_matrix((values, (rows, cols)), shape=(row, 1 << NGRAM_BITS))


def targets(articles: list[Article]) -> np.ndarray:
    return np.array([1 if labels else 0 for art in articles for labels in art.labels])


def fit(x: sparse.csr_matrix | np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", random_state=0, max_iter=5000, tol=1e-6)
    return model.fit(x, y)


def per_article(articles: list[Article], scores: np.ndarray) -> list[np.ndarray]:
    starts = np.cumsum([0] + [len(a.texts) for a in articles])
    return [scores[starts[i] : starts[i + 1]] for i in range(len(articles))]


def add_threshold(articles: list[Article], scores: np.ndarray, precision: float = ADD_PRECISION) -> float:
    """The lowest threshold at which the flagged uncited sentences hold gold evidence at `precision` or more."""
    pairs = []
    for art, s in zip(articles, per_article(articles, scores), strict=True):
        used = art.used
        pairs += [(float(s[i]), bool(art.labels[i])) for i in range(len(art.texts)) if i not in used]
    pairs.sort(reverse=True)
    best = 1.0 + 1e-9
    hits = 0
    for n, (score, good) in enumerate(pairs, start=1):
        hits += good
        if hits / n >= precision and (n == len(pairs) or pairs[n][0] < score):
            best = score
    return best


def drop_threshold(articles: list[Article], scores: np.ndarray, spare: int = 0) -> float:
    """The highest threshold under which at most `spare` matched rule events have every cited sentence."""
    tops = sorted(
        float(s[list(art.cited[i])].max()) if art.cited[i] else 0.0
        for art, s in zip(articles, per_article(articles, scores), strict=True)
        for i in art.matched
    )
    return tops[spare] if len(tops) > spare else 1.0


def recall_use(articles: list[Article], scores: np.ndarray, threshold: float) -> dict:
    missed = {"main": 0, "mention": 0}
    recovered = {"main": 0, "mention": 0}
    flagged = restating = false = 0
    for art, s in zip(articles, per_article(articles, scores), strict=True):
        used = art.used
        found = set(art.matched.values())
        new = [i for i in range(len(art.texts)) if i not in used and s[i] >= threshold]
        flagged += len(new)
        false += sum(1 for i in new if not art.labels[i])
        restating += sum(1 for i in new if art.labels[i] and art.labels[i] <= found)
        for j, role in enumerate(art.roles):
            if j not in found:
                missed[role] += 1
                recovered[role] += any(j in art.labels[i] for i in new)
    return {"threshold": round(threshold, 4), "rules_missed": missed, "recovered": recovered,
            "flagged_uncited": flagged, "restating_found": restating, "false": false}  # fmt: skip


def precision_use(articles: list[Article], scores: np.ndarray, threshold: float) -> dict:
    fps = dropped = true_lost = 0
    for art, s in zip(articles, per_article(articles, scores), strict=True):
        for i, cited in enumerate(art.cited):
            top = float(s[list(cited)].max()) if cited else 0.0
            if i in art.matched:
                true_lost += top < threshold
            else:
                fps += 1
                dropped += top < threshold
    return {"threshold": round(threshold, 4), "false_positives": fps, "dropped": dropped, "true_lost": true_lost}


def sentence_curve(y: np.ndarray, scores: np.ndarray) -> list[dict]:
    out = []
    for t in THRESHOLDS:
        flagged = scores >= t
        tp = int((flagged & (y == 1)).sum())
        out.append({"threshold": t, "flagged": int(flagged.sum()), "precision": round(tp / max(1, flagged.sum()), 3),
                    "recall": round(tp / max(1, y.sum()), 3)})  # fmt: skip
    return out


def rules_as_classifier(articles: list[Article]) -> dict:
    y = targets(articles)
    cited = np.array([i in a.used for a in articles for i in range(len(a.texts))])
    return {"cited": int(cited.sum()), "precision": round(float(y[cited].mean()), 3),
            "recall": round(float(cited[y == 1].mean()), 3)}  # fmt: skip


def out_of_fold(train: list[Article], x: sparse.csr_matrix, y: np.ndarray, c: float, folds: int = 5) -> np.ndarray:
    fold = np.array([int(hashlib.sha1(a.id.encode()).hexdigest(), 16) % folds for a in train for _ in a.texts])
    scores = np.zeros(len(y))
    for k in range(folds):
        test = fold == k
        scores[test] = fit(x[~test], y[~test], c).predict_proba(x[test])[:, 1]
    return scores


def evaluate(train: list[Article], test: list[Article], x_train, x_test, c: float, *, honest: bool) -> dict:
    y_train, y_test = targets(train), targets(test)
    model = fit(x_train, y_train, c)
    scores = model.predict_proba(x_test)[:, 1]
    t_add, t_drop = add_threshold(test, scores), drop_threshold(test, scores)
    out = {
        "c": c,
        "average_precision": round(average_precision(y_test.astype(float), scores), 3),
        "sentence": sentence_curve(y_test, scores),
        "recall_use_at": [recall_use(test, scores, t) for t in THRESHOLDS],
        "best_case": {
            "recall_use": recall_use(test, scores, t_add),
            "precision_use": precision_use(test, scores, t_drop),
            "precision_use_spare1": precision_use(test, scores, drop_threshold(test, scores, 1)),
            "precision_use_spare2": precision_use(test, scores, drop_threshold(test, scores, 2)),
        },
    }
    if honest:
        oof = out_of_fold(train, x_train, y_train, c)
        out["honest"] = {
            "recall_use": recall_use(test, scores, add_threshold(train, oof)),
            "precision_use": precision_use(test, scores, drop_threshold(train, oof)),
            "precision_use_spare5": precision_use(test, scores, drop_threshold(train, oof, 5)),
        }
    out["_scores"] = scores
    return out


def e5_vectors(splits: tuple[str, ...]) -> np.ndarray:
    """The bare sentences' e5 passage vectors (cached under ~/.cache/eventbot/bench-vectors, as
    bench/attack_sentences.py keeps them)."""
    from index.encoder import make_encoder

    records = [r for split in splits for r in load_split(split)[0]]
    return cached_vectors(passages(records, "none"), make_encoder(), DEFAULT_CACHE / "e5-none.npy")


def e5_cost(articles: list[Article], n: int = 400) -> float:
    """Milliseconds per sentence to embed `n` test sentences on this machine's CPU, in batches (index/e5.py)."""
    from index.encoder import make_encoder

    encoder = make_encoder()
    texts = [t for a in articles for t in a.texts][:n]
    encoder.encode(texts[:8])
    start = time.perf_counter()
    encoder.encode(texts)
    return 1000.0 * (time.perf_counter() - start) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[1.0, 3.0, 10.0, 30.0])
    parser.add_argument("--honest", action="store_true", help="thresholds read out of fold on train too")
    parser.add_argument("--e5", action="store_true")
    parser.add_argument("--e5-c", type=float, nargs="+", default=[0.003, 0.01, 0.03])
    parser.add_argument("--show", type=float, default=None, help="print uncited test sentences scoring at least this")
    args = parser.parse_args()
    train, test = load(TRAIN_SPLITS), load(TEST_SPLITS)
    for name, arts in (("train", train), ("test", test)):
        print(f"{name}: {len(arts)} articles, {sum(len(a.texts) for a in arts)} sentences, "
              f"{int(targets(arts).sum())} positive")  # fmt: skip
    print(f"the rules on test as a sentence classifier: {rules_as_classifier(test)}")
    x_train, x_test = design(train), design(test)
    for c in args.c:
        out = evaluate(train, test, x_train, x_test, c, honest=args.honest)
        scores = out.pop("_scores")
        print(json.dumps(out))
        if args.show is not None:
            for art, s in zip(test, per_article(test, scores), strict=True):
                used = art.used
                for i, text in enumerate(art.texts):
                    if i not in used and s[i] >= args.show:
                        tag = "+".join(art.roles[j] for j in sorted(art.labels[i])) or "-"
                        miss = any(j not in art.matched.values() for j in art.labels[i])
                        print(f"  {s[i]:.3f} {'MISS' if miss else tag:8} {art.id} {text[:160]}")
    if args.e5:
        v_train, v_test = e5_vectors(TRAIN_SPLITS), e5_vectors(TEST_SPLITS)
        mean, scale = v_train.mean(axis=0), v_train.std(axis=0) + 1e-6  # centred: e5 vectors share a direction
        v_train, v_test = (v_train - mean) / scale, (v_test - mean) / scale
        ms = e5_cost(test)
        for c in args.e5_c:
            out = evaluate(train, test, v_train, v_test, c, honest=args.honest)
            out.pop("_scores")
            print(json.dumps({"e5": True, "ms_per_sentence": round(ms, 3), **out}))


if __name__ == "__main__":
    main()
