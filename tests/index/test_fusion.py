import pytest

from index.fusion import convex, rrf


def test_rrf_rewards_agreement_between_rankings():
    lexical = [(1, 9.0), (2, 5.0), (3, 1.0)]
    dense = [(2, 0.9), (4, 0.8), (1, 0.1)]
    fused = rrf([(lexical, 1.0), (dense, 1.0)])
    assert [doc for doc, _ in fused[:2]] == [2, 1]  # both rankings hold 1 and 2
    assert {doc for doc, _ in fused} == {1, 2, 3, 4}


def test_rrf_weight_zero_ignores_a_ranking():
    fused = rrf([([(1, 1.0), (2, 0.5)], 1.0), ([(2, 1.0), (1, 0.5)], 0.0)])
    assert [doc for doc, _ in fused] == [1, 2]


def test_convex_lexical_only_and_dense_only_extremes():
    lexical = {1: 10.0, 2: 5.0}
    dense = {1: 0.2, 2: 0.9, 3: 0.95}
    assert convex(lexical, dense, 0.0)[0][0] == 1
    assert convex(lexical, dense, 1.0)[0][0] == 3
    scores = dict(convex(lexical, dense, 0.5))
    assert scores[1] == pytest.approx(0.5 * 1.0 + 0.5 * 0.2)
    assert scores[3] == pytest.approx(0.5 * 0.95)  # missing lexically: scores 0 on that side


def test_convex_weight_per_document():
    lexical = {1: 10.0, 2: 10.0}
    dense = {1: 0.0, 2: 0.0}
    fused = dict(convex(lexical, dense, lambda doc: 0.0 if doc == 1 else 1.0))
    assert fused[1] == pytest.approx(1.0) and fused[2] == pytest.approx(0.0)


def test_convex_rejects_weights_outside_unit_interval():
    with pytest.raises(ValueError):
        convex({1: 1.0}, {1: 1.0}, 1.5)


def test_negative_cosine_does_not_reduce_a_lexical_match():
    fused = dict(convex({1: 4.0}, {1: -0.3}, 0.5))
    assert fused[1] == pytest.approx(0.5)
