"""Static word vectors for the event model: MiniLM's word-piece embeddings, no forward pass.

A predicate's parse features name words (``rootmodel.feature_words``): its lemma, its
arguments and the content words of its sentence. The model learns a weight
per word, so a verb or an object the training sentences never used says nothing. Each group's
mean word-piece vector (the input embedding table of all-MiniLM-L6-v2, read by
``crosswire.events.encoder``) lets it weigh such words by the word pieces they share and
resemble: "criticise" near "criticize", "greet" near "welcome". On the news articles, at the
predicate level (docs/BENCHMARKS.md), this keeps most of the F1 gain of encoding the whole
sentence, at a few per cent of the parse's time instead of 2.8 times it.

Without the encoder package the vectors are unavailable and ``load_root_model`` falls back to
the parse-only model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

GROUPS = ("lemma", "args", "words")  # as rootmodel.feature_words gives them
WIDTH = 384  # MiniLM's embedding width (encoder.DIM, not imported: it would load scipy)
DIM = WIDTH * len(GROUPS)


@dataclass(frozen=True, eq=False)
class WordVectors:
    """Build with ``load_word_vectors()``."""

    tokenizer: object  # tokenizers.Tokenizer
    table: np.ndarray  # (word pieces, 384) float32

    def of_groups(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """A predicate's dense vector: one unit mean per group of words (``GROUPS``, as
        ``rootmodel.feature_words`` gives them), side by side (``DIM``)."""
        return np.concatenate([_mean(self, tuple(g)) for g in groups])


# The coder asks the model about a predicate several times: the means are cached.
@lru_cache(maxsize=16384)
def _mean(vectors: WordVectors, words: tuple[str, ...]) -> np.ndarray:
    """``text_vector`` of a predicate's group of words, cached and read-only."""
    v = text_vector(vectors, words)
    v.setflags(write=False)  # shared by the cache
    return v


def text_vector(vectors: WordVectors, words: Sequence[str]) -> np.ndarray:
    """The unit mean of the word-piece vectors of ``words``, zeros for none: a predicate's
    group of words, or what a whole report is about (``stories.cluster``, uncached: each
    report is asked once)."""
    ids = [i for w in words if w for i in _pieces(vectors, w)]
    if not ids:
        return np.zeros(WIDTH, dtype=np.float32)
    v = vectors.table[ids].mean(0)
    v /= max(float(np.linalg.norm(v)), 1e-12)
    return v


@lru_cache(maxsize=65536)
def _pieces(vectors: WordVectors, word: str) -> tuple[int, ...]:
    return tuple(vectors.tokenizer.encode(word).ids[1:-1])  # without [CLS] and [SEP]


@lru_cache(maxsize=1)  # the coder asks for its model at every predicate
def available() -> bool:
    """Whether the MiniLM package (with its model.zip) and ``tokenizers`` are installed, found
    without importing them."""
    from crosswire.events import encoder  # numpy only: scipy waits for a forward pass

    return encoder.available()


@lru_cache(maxsize=1)
def load_word_vectors() -> WordVectors:
    """The table, read once per process (raises ``PipelineError`` without the package). Only
    the table is kept (45 MB), not the encoder's layers."""
    from crosswire.events import encoder

    _, tokenizer, tensors = encoder.read_model()
    table = np.array(tensors["embeddings.word_embeddings.weight"], dtype=np.float32)
    table.setflags(write=False)
    return WordVectors(tokenizer, table)
