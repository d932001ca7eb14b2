from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from index import rerank
from index.config import IndexConfig, SearchConfig
from index.encoder import DEFAULT_MODEL
from index.engine import Engine
from index.rerank import Reranker, RerankWeightsError
from tests.conftest import HashingEncoder


def article(title: str, body: str, lang: str = "fr") -> str:
    return f"---\ntitle: {title}\npublished: 2021-04-05\nlang: {lang}\n---\n{body}\n"


def weights(features: dict[str, float], langs=("fr",), depth: int = 40) -> dict:
    return {
        "format": rerank.FORMAT,
        "langs": list(langs),
        "depth": depth,
        "features": list(features),
        "mean": [0.0] * len(features),
        "scale": [1.0] * len(features),
        "weights": list(features.values()),
    }


class Recording(Reranker):
    """The stage with no effect that keeps every feature it computed."""

    def __init__(self) -> None:
        n = len(rerank.FEATURES)
        super().__init__(rerank.FEATURES, np.zeros(n), np.ones(n), np.zeros(n), frozenset({"fr", "en"}), 40)
        self.seen: list[tuple[list[int], dict[str, np.ndarray]]] = []

    def rerank(self, index, query, qvec, cands, fused_weight=0.0):
        self.seen.append((cands.rows.tolist(), self.compute(index, query, qvec, cands)))
        return super().rerank(index, query, qvec, cands, fused_weight)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "kirkouk.md").write_text(
        article(
            "Roquettes sur Kirkouk",
            "La ville est calme ce matin. Trois roquettes sont tombées sur la base de Kirkouk en 2021. "
            "La police enquête sur place.",
        )
    )
    (src / "marche.md").write_text(
        article("Economie", "Le prix du pétrole a augmenté. Les marchés de Kirkouk sont inquiets.")
    )
    (src / "english.md").write_text(
        article("Rockets", "Rockets hit the base of Kirkouk. The police are investigating.", lang="en")
    )
    return src


def make_engine(tmp_path: Path, sources: Path, search: SearchConfig | None = None, name: str = "idx") -> Engine:
    enc = HashingEncoder()
    config = IndexConfig(sources=sources, index_dir=tmp_path / name, model=enc.name, extract_events=False)
    engine = Engine(config, search or SearchConfig(), encoder_factory=lambda: enc)
    engine.build()
    return engine


def test_features_are_computed_from_the_candidates(tmp_path, sources):
    engine = make_engine(tmp_path, sources, SearchConfig(rerank=True))
    recording = Recording()
    engine.searcher.reranker = recording
    engine.ask("Combien de roquettes sont tombées sur la base de Kirkouk en 2021 ?", k=5)
    rows, f = recording.seen[0]
    texts = engine.searcher.shards.sentences(rows)
    at = {texts[r].text[:12]: j for j, r in enumerate(rows)}
    hit = at["Trois roquet"]
    calm = at["La ville est"]
    assert rows[0] == rows[np.argmax(f["fused"])] and f["fused"][0] == 1.0
    assert f["rank"][0] == 0.0 and np.all(np.diff(f["rank"]) > 0)
    # Every question word is in the sentence: roquettes, tombées, base, Kirkouk, 2021.
    assert f["coverage"][hit] == pytest.approx(1.0)
    assert f["coverage"][calm] == 0.0
    # The title holds `roquettes` and `Kirkouk`: part of the question, so part of the calm sentence's joint coverage.
    assert 0 < f["title_coverage"][calm] < 1
    assert f["joint_coverage"][calm] == pytest.approx(f["title_coverage"][calm])
    assert f["joint_coverage"][hit] == pytest.approx(1.0)
    assert f["numbers"][hit] == 1.0 and f["numbers"][calm] == 0.0
    assert f["answer_type"][hit] == 1.0 and f["answer_type"][calm] == 0.0
    assert f["bigrams"][hit] > f["bigrams"][calm] == 0.0
    assert f["first"][calm] == 1.0 and f["first"][hit] == 0.0
    assert f["position"][hit] == pytest.approx(np.log(2))
    assert f["length"][hit] > f["length"][calm]
    # The article's best is the best-scored of its candidates; the others share its score.
    same = [j for j, r in enumerate(rows) if texts[r].article_id == texts[rows[hit]].article_id]
    assert f["is_article_best"][same].sum() >= 1
    assert np.allclose(f["article_best"][same], f["fused"][same].max())
    assert f["cosine"].max() == 1.0 and f["cosine"].min() == 0.0 and f["cosine_gap"].max() == 0.0
    assert f["own_cosine_gap"].max() == 0.0


def test_what_the_stage_keeps_of_a_sentence_serves_the_next_question_as_a_fresh_reading_would(tmp_path, sources):
    engine = make_engine(tmp_path, sources, SearchConfig(rerank=True))
    kept = Recording()
    engine.searcher.reranker = kept
    engine.ask("Combien de roquettes sont tombées sur la base de Kirkouk en 2021 ?", k=5)
    engine.ask("Le prix du pétrole à Kirkouk ?", k=5)
    fresh = Recording()
    engine.searcher.reranker = fresh
    engine.ask("Le prix du pétrole à Kirkouk ?", k=5)
    (rows, again), (fresh_rows, first) = kept.seen[1], fresh.seen[0]
    assert rows == fresh_rows
    for name in rerank.FEATURES:
        assert np.array_equal(again[name], first[name]), name
    assert again["coverage"].max() > 0 and again["bigrams"].max() > 0


def test_the_stage_reorders_and_turning_it_off_restores_the_fused_order(tmp_path, sources):
    question = "roquettes tombées sur la base de Kirkouk"
    plain = make_engine(tmp_path, sources, SearchConfig(rerank=False), "plain")
    assert plain.reranker is None
    before = [h.text for h in plain.ask(question, k=5).hits]
    # A stage that prefers what the fusion ranked last (reversed by the fused score).
    path = tmp_path / "reverse.json"
    path.write_text(json.dumps(weights({"fused": -1.0})))
    reversed_engine = make_engine(tmp_path, sources, SearchConfig(rerank_path=path, rerank_fused_weight=0), "rev")
    after = [h.text for h in reversed_engine.ask(question, k=5).hits]
    assert after != before and after[0] != before[0]
    reversed_engine.searcher.config = reversed_engine.search_config.model_copy(update={"rerank": False})
    assert [h.text for h in reversed_engine.ask(question, k=5).hits] == before
    # The bundled weights load and rank without error.
    assert make_engine(tmp_path, sources, SearchConfig(), "bundled").ask(question).hits


def test_the_fused_score_beside_the_model_lets_it_decide_near_ties_only(tmp_path, sources):
    question = "roquettes tombées sur la base de Kirkouk"
    path = tmp_path / "reverse.json"
    path.write_text(json.dumps(weights({"fused": -1.0})))  # a model that prefers what the fusion ranked last
    before = [h.text for h in make_engine(tmp_path, sources, SearchConfig(rerank=False), "plain").ask(question).hits]
    alone = make_engine(tmp_path, sources, SearchConfig(rerank_path=path, rerank_fused_weight=0), "alone")
    assert [h.text for h in alone.ask(question).hits][0] != before[0]
    # The fused score counting more than the model's whole range keeps the fused order.
    beside = make_engine(tmp_path, sources, SearchConfig(rerank_path=path, rerank_fused_weight=1000), "beside")
    assert [h.text for h in beside.ask(question).hits] == before


def test_a_hidden_layer_adds_its_units_score_to_the_linear_one(tmp_path, sources):
    question = "roquettes tombées sur la base de Kirkouk"
    before = [h.text for h in make_engine(tmp_path, sources, SearchConfig(rerank=False), "plain").ask(question).hits]

    def hits(name: str, out: float) -> list[str]:
        # Linear: the fused order; one unit falling as the fused score rises, weighed `out`.
        stage = weights({"fused": 1.0}) | {"hidden": {"weights": [[-1.0]], "bias": [0.0], "out": [out]}}
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(stage))
        engine = make_engine(tmp_path, sources, SearchConfig(rerank_path=path, rerank_fused_weight=0), name)
        return [h.text for h in engine.ask(question).hits]

    assert hits("silent", 0.0) == before
    assert hits("loud", 10.0)[0] != before[0]


def test_only_the_language_pairs_it_learnt_are_reordered(tmp_path, sources):
    path = tmp_path / "reverse.json"
    path.write_text(json.dumps(weights({"fused": -1.0})))
    engine = make_engine(tmp_path, sources, SearchConfig(rerank_path=path, rerank_fused_weight=0, k=10))
    searcher = engine.searcher
    stage = searcher.reranker
    assert stage is not None
    seen = []
    original = stage.rerank

    def spy(index, query, qvec, cands, fused_weight=0.0):
        out = original(index, query, qvec, cands, fused_weight)
        seen.append((cands.rows.tolist(), [r for r, _ in out], index.langs(cands.rows).tolist(), cands.scores))
        return out

    stage.rerank = spy  # type: ignore[method-assign]  # observe the stage's input and output
    engine.ask("Les roquettes sur la base de Kirkouk", k=10)
    rows, out, langs, scores = seen[0]
    assert "en" in langs and "fr" in langs
    for j, lang in enumerate(langs):
        if lang == "en":
            assert out[j] == rows[j]  # an English sentence keeps its place for a French question
    french = [r for r, lang in zip(rows, langs, strict=True) if lang == "fr"]
    assert [r for r, lang in zip(out, langs, strict=True) if lang == "fr"] == french[::-1]
    # An English question is not reordered at all (the model learnt French questions only).
    seen.clear()
    engine.ask("Rockets hit the base of Kirkouk", k=10)
    assert seen == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other/2"}, "format"),
        ({"features": ["fused", "colour"]}, "unknown features ['colour']"),
        ({"weights": [1.0, 2.0]}, "`weights` must be 1 finite numbers"),
        ({"mean": ["a"]}, "`mean` must be 1 finite numbers"),
        ({"scale": [0.0]}, "`scale` must be positive"),
        ({"langs": ["de"]}, "`langs`"),
        ({"depth": 1}, "`depth`"),
        ({"hidden": [1.0]}, "`hidden` must be an object"),
        ({"hidden": {"weights": [[1.0], [2.0]], "bias": [0.0], "out": [1.0]}}, "`hidden.weights` must hold 1 lists"),
        ({"hidden": {"weights": [[1.0, 2.0]], "bias": [0.0], "out": [1.0, 1.0]}}, "`hidden.bias` must be 2 finite"),
        ({"hidden": {"weights": [[1.0]], "bias": [0.0], "out": [None]}}, "`hidden.out` must be 1 finite"),
    ],
)
def test_a_bad_weights_file_is_refused_with_what_is_wrong(tmp_path, change, message):
    path = tmp_path / "w.json"
    path.write_text(json.dumps(weights({"fused": 1.0}) | change))
    with pytest.raises(RerankWeightsError, match=re.escape(message)) as info:
        Reranker.load(path)
    assert str(path) in str(info.value)


def test_a_weights_file_that_is_not_json_or_missing_is_refused(tmp_path, sources):
    path = tmp_path / "w.json"
    path.write_text("{not json")
    with pytest.raises(RerankWeightsError, match="not JSON"):
        Reranker.load(path)
    with pytest.raises(RerankWeightsError, match="cannot read"):
        Reranker.load(tmp_path / "none.json")
    with pytest.raises(ValueError, match="rerank_path"):
        SearchConfig(rerank_path=tmp_path / "none.json")
    # An engine with a bad file fails when it starts, not at the first question.
    enc = HashingEncoder()
    config = IndexConfig(sources=sources, index_dir=tmp_path / "idx", model=enc.name, extract_events=False)
    with pytest.raises(RerankWeightsError):
        Engine(config, SearchConfig(rerank=True, rerank_path=path), encoder_factory=lambda: enc)


def test_the_bundled_weights_are_valid_and_apply_to_the_encoder_they_learnt_only():
    stage = Reranker.load()
    assert set(stage.features) <= set(rerank.FEATURES)
    assert stage.model == DEFAULT_MODEL
    assert stage.hidden is not None and stage.hidden.weights.shape == (len(stage.features), len(stage.hidden.out))
    assert stage.applies("fr", DEFAULT_MODEL) and not stage.applies("en", DEFAULT_MODEL)
    # Its features include cosines: another encoder's (MiniLM's, a test's) are not on the scale it learnt.
    assert not stage.applies("fr", "all-MiniLM-L6-v2") and not stage.applies("fr", HashingEncoder().name)
    any_model = Reranker.from_dict(weights({"fused": 1.0}))
    assert any_model.applies("fr", "all-MiniLM-L6-v2")
    with pytest.raises(RerankWeightsError, match="`model`"):
        Reranker.from_dict(weights({"fused": 1.0}) | {"model": 3})
