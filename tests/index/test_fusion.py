import numpy as np
import pytest

from index.fusion import convex, convex_scores, lift_by_group, minmax, ranked, rrf, scale_cosines, with_group_best


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


def test_each_score_is_lifted_by_the_best_of_its_group():
    lifted = lift_by_group(np.array([0.9, 0.2, 0.5]), np.array([7, 7, 3]), 0.5)
    assert lifted.tolist() == pytest.approx([0.9 + 0.45, 0.2 + 0.45, 0.5 + 0.25])
    assert with_group_best([(1, 0.9), (2, 0.2), (3, 0.5)], {1: "a", 2: "a", 3: "b"}.__getitem__, 0.5) == [
        (1, pytest.approx(1.35)),
        (3, pytest.approx(0.75)),
        (2, pytest.approx(0.65)),
    ]


def test_ranked_puts_the_best_first_and_breaks_ties_by_id():
    assert ranked(np.array([5, 9, 2]), np.array([0.1, 0.3, 0.3])) == [(2, 0.3), (9, 0.3), (5, 0.1)]


def test_the_array_fusion_gives_the_scalar_formulas_scores_exactly():
    """The searcher fuses arrays; the same floats as the formula computed one candidate at a time in Python (as the
    searcher did when the README's figures were measured), so rankings do not move."""
    rng = np.random.default_rng(0)
    lex, cos, w = rng.random(50) * 8, rng.random(50) * 0.3 + 0.6, rng.choice([0.3, 0.7], 50)
    top, low, high = max(lex.tolist()), min(cos.tolist()), max(cos.tolist())
    for scale in ("raw", "minmax"):
        fused = convex_scores(lex, scale_cosines(cos, scale), w)
        scaled = [(c - low) / (high - low) if scale == "minmax" else max(c, 0.0) for c in cos.tolist()]
        expected = [
            (1.0 - wi) * (li / top) + wi * si for li, si, wi in zip(lex.tolist(), scaled, w.tolist(), strict=True)
        ]
        assert fused.tolist() == expected
        assert [d for d, _ in convex(dict(enumerate(lex)), dict(enumerate(cos)), w.__getitem__, dense_scale=scale)] == [
            d for d, _ in sorted(enumerate(expected), key=lambda t: (-t[1], t[0]))
        ]
