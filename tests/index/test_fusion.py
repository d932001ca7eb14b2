import pytest

from index.fusion import convex, minmax, rrf


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


def test_minmax_spreads_a_narrow_band_of_cosines_over_the_unit_interval():
    assert minmax({1: 0.86, 2: 0.78, 3: 0.74}) == pytest.approx({1: 1.0, 2: 1 / 3, 3: 0.0})
    assert minmax({1: 0.8, 2: 0.8}) == {1: 1.0, 2: 1.0}
    assert minmax({}) == {}


def test_minmax_lets_e5_cosines_decide_between_equal_lexical_scores():
    lexical = {1: 2.0, 2: 2.0, 3: 1.0}
    dense = {1: 0.79, 2: 0.86, 3: 0.74}  # e5: everything is "similar", the differences are small
    raw = convex(lexical, dense, 0.3)
    scaled = convex(lexical, dense, 0.3, dense_scale="minmax")
    assert [doc for doc, _ in scaled][:2] == [2, 1]
    assert scaled[0][1] - scaled[1][1] > raw[0][1] - raw[1][1]  # the cosine's difference counts for more
