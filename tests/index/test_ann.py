"""One contract for every ANN backend: nearest rows first, vectors kept, a save/load round trip."""

from __future__ import annotations

import numpy as np
import pytest

from index.ann import ANN, KINDS, AnnSpec, FaissIndex, choose_kind


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.mark.parametrize("kind", KINDS)
def test_backend_contract(tmp_path, kind):
    rng = np.random.default_rng(0)
    data = unit(rng.normal(size=(500, 32)))
    # Every cell probed: the contract is about ids, order and storage; recall is measured by bench/scale.py.
    params = {"nlist": 8, "nprobe": 8} if kind == "ivf" else None
    ann = FaissIndex.create(32, kind, expected=500, params=params)
    typed: ANN = ann  # the protocol the store uses
    typed.add(data[:200])
    typed.add(data[200:])  # added in blocks, as incremental builds do
    assert ann.count == 500 and ann.dimension == 32

    for row in (0, 137, 499):
        scores, ids = ann.search(data[row], 5)
        assert ids[0] == row and scores[0] == pytest.approx(1.0, abs=1e-3)
        assert list(scores) == sorted(scores, reverse=True)
    exact = np.argsort(-(data @ data[42]))[:10]
    assert len(set(ann.search(data[42], 10)[1]) & set(exact)) >= 9

    # Every kind keeps float16 (a cosine moves by less than 1e-3).
    np.testing.assert_allclose(ann.vectors(np.array([3, 250])), data[[3, 250]], atol=1e-3)
    # An ivf records how many rows its cells were trained on (the first block): append builds retrain past a factor.
    fresh = FaissIndex.create(32, kind, expected=500, params=params).spec
    assert ann.spec.params == {**fresh.params, **({"trained_on": 200} if kind == "ivf" else {})}
    ann.save(tmp_path / "v.faiss")
    for mmap in (True, False):
        again = FaissIndex.load(tmp_path / "v.faiss", ann.spec, mmap=mmap)
        assert again.spec == ann.spec and again.count == 500
        assert list(again.search(data[7], 3)[1]) == list(ann.search(data[7], 3)[1])
        np.testing.assert_array_equal(again.vectors(np.array([3, 250])), ann.vectors(np.array([3, 250])))
        _, everything = again.search(data[7], 10_000)  # k past the end is cut, never padded with -1
        assert 0 < len(everything) <= 500 and everything.min() >= 0


def test_search_parameters_come_from_the_spec(tmp_path):
    data = unit(np.random.default_rng(1).normal(size=(400, 16)))
    ann = FaissIndex.create(16, "ivf", expected=400, params={"nlist": 20, "nprobe": 1})
    ann.add(data)
    ann.save(tmp_path / "v.faiss")
    one_cell = FaissIndex.load(tmp_path / "v.faiss", AnnSpec("ivf", {"nlist": 20, "nprobe": 1}))
    every_cell = FaissIndex.load(tmp_path / "v.faiss", AnnSpec("ivf", {"nlist": 20, "nprobe": 20}))
    # One cell of twenty holds a few dozen rows; all twenty hold them all.
    assert len(one_cell.search(data[0], 400)[1]) < 100 < len(every_cell.search(data[0], 400)[1])


def test_a_spec_that_does_not_match_the_file_is_refused(tmp_path):
    ann = FaissIndex.create(8, "flat")
    ann.add(unit(np.random.default_rng(2).normal(size=(10, 8))))
    ann.save(tmp_path / "v.faiss")
    with pytest.raises(ValueError, match="hnsw"):
        FaissIndex.load(tmp_path / "v.faiss", AnnSpec("hnsw", {"M": 32}))


@pytest.mark.parametrize(("sentences", "kind"), [(0, "flat"), (199_999, "flat"), (200_000, "ivf"), (10**7, "ivf")])
def test_threshold_picks_the_kind(sentences, kind):
    assert choose_kind(sentences, threshold=200_000) == kind


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="flat, ivf, hnsw"):
        FaissIndex.create(8, "ivfpq")


def test_a_flat_index_gives_back_its_float16_rows_exactly_also_after_growing():
    """A question's cosines are computed on the rows as stored: the same floats however they are read."""
    data = unit(np.random.default_rng(1).normal(size=(300, 32)))
    ann = FaissIndex.create(32, "flat")
    ann.add(data[:100])
    stored = data.astype(np.float16).astype(np.float32)
    np.testing.assert_array_equal(ann.vectors(np.array([5, 99, 5])), stored[[5, 99, 5]])
    ann.add(data[100:])  # FAISS moves its rows as it grows: nothing read before may be kept
    np.testing.assert_array_equal(ann.vectors(np.array([299, 5, 150])), stored[[299, 5, 150]])
    assert ann.vectors(np.array([], dtype=np.int64)).shape == (0, 32)
