"""The real bundled model, offline: the lean BERT path must give sentence-transformers' vectors."""

import numpy as np
import pytest

from index.bert import BertMeanEncoder, supports
from index.encoder import DEFAULT_MODEL, SentenceTransformerEncoder, make_encoder, resolve_model_path

TEXTS = [
    "Deux roquettes se sont abattues hier près de la base aérienne de Balad.",
    "Where did the rockets land?",
    "Un texte beaucoup plus long " * 80,  # longer than the 256-token window: truncated the same way
    "ok",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return SentenceTransformerEncoder(DEFAULT_MODEL, precision="fp32").encode(TEXTS)


def test_bundled_model_is_found_without_a_hub():
    assert supports(resolve_model_path(DEFAULT_MODEL))


def test_lean_encoder_matches_sentence_transformers_for_questions_and_batches(reference):
    encoder = BertMeanEncoder(resolve_model_path(DEFAULT_MODEL), name=DEFAULT_MODEL)
    questions = encoder.encode(TEXTS)  # a few texts: the NumPy path
    assert encoder._torch is None  # answering a question never imports torch
    batch = encoder.encode(TEXTS * 3, batch_size=2)[: len(TEXTS)]  # a build: the torch path
    assert encoder._torch is not None
    for ours in (questions, batch):
        assert ours.shape == reference.shape == (len(TEXTS), 384)
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert (ours * reference).sum(1).min() > 0.9999


def test_bf16_stays_close_to_fp32(reference):
    ours = BertMeanEncoder(resolve_model_path(DEFAULT_MODEL), name=DEFAULT_MODEL, bf16=True).encode(TEXTS * 3)[
        : len(TEXTS)
    ]
    assert (ours * reference).sum(1).min() > 0.998


def test_make_encoder_falls_back_to_sentence_transformers_for_other_shapes(tmp_path):
    assert not supports(tmp_path)  # no modules.json: not a folder the lean path understands
    encoder = make_encoder(DEFAULT_MODEL, precision="fp32")
    assert isinstance(encoder, BertMeanEncoder) and encoder.dimension == 384
    assert encoder.encode([]).shape == (0, 384)
