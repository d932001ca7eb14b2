"""One contract for every ANN backend: nearest rows first, vectors kept, a save/load round trip."""

from __future__ import annotations

import numpy as np
import pytest

from index.ann import ANN, FaissIndex


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_backend_contract(tmp_path, kind):
    rng = np.random.default_rng(0)
    data = unit(rng.normal(size=(500, 32)))
    ann: ANN = FaissIndex.create(32, kind)  # typed by the protocol the store uses
    ann.add(data[:200])
    ann.add(data[200:])  # added in blocks, as incremental builds do
    assert ann.count == 500 and ann.dimension == 32

    for row in (0, 137, 499):
        scores, ids = ann.search(data[row], 5)
        assert ids[0] == row and scores[0] == pytest.approx(1.0, abs=1e-5)
        assert list(scores) == sorted(scores, reverse=True)
    exact = np.argsort(-(data @ data[42]))[:10]
    assert len(set(ann.search(data[42], 10)[1]) & set(exact)) >= 9

    np.testing.assert_allclose(ann.vectors(np.array([3, 250])), data[[3, 250]], atol=1e-6)
    ann.save(tmp_path / "v.faiss")
    again = FaissIndex.load(tmp_path / "v.faiss")
    assert again.count == 500 and list(again.search(data[7], 3)[1]) == list(ann.search(data[7], 3)[1])
    _, everything = again.search(data[7], 10_000)  # k past the end is cut, never padded with -1
    assert 0 < len(everything) <= 500 and everything.min() >= 0


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="flat or hnsw"):
        FaissIndex.create(8, "ivf")
