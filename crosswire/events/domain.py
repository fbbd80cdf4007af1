"""Whether an article is political news at all, so that its verbs may be read as political acts.

The event model decides per predicate, and the words of business, sports, culture or science
news look political to it ("the storm struck", "the team surrendered points", "a recall was
issued"). What an article is about is read better from the whole of it: the unit mean of the
MiniLM word-piece vectors (``wordvectors``) of its title, twice, and its first ``WORDS`` words,
stop words left out, weighed by a logistic regression (``data/domain_model.json``, trained by
``tools/train_domain_model.py``; its data and figures are in that script and in
docs/BENCHMARKS.md). ``political_probability`` is None without the MiniLM package, and the
coder then reads every article as before.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from crosswire import tables
from crosswire.errors import DataError
from crosswire.types import Article

WORDS = 300  # enough to say what an article is about; its end is often furniture
# Fewer content words say too little (as for stories, ``stories.cluster.VECTOR_MIN_WORDS``): such
# a text is read as before, whatever it is about.
MIN_WORDS = 40
TITLE_WEIGHT = 2
_WORD = re.compile(r"[^\W\d_]{2,}")


def article_words(title: str | None, text: str) -> list[str]:
    """The words an article's subject is read from: the title twice, then the first
    ``WORDS`` words of the text, lower-cased, stop words left out."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded wherever this runs

    def content(s: str) -> list[str]:
        return [w for w in _WORD.findall(s.lower()) if w not in STOP_WORDS]

    lead = " ".join(text.split()[:WORDS])
    return content(title or "") * TITLE_WEIGHT + content(lead)


def article_vector(title: str | None, text: str) -> np.ndarray | None:
    """The article's vector (``wordvectors.WIDTH``), None without the MiniLM package or with
    fewer than ``MIN_WORDS`` content words."""
    from crosswire.events import wordvectors

    words = article_words(title, text)
    if len(words) < MIN_WORDS or not wordvectors.available():
        return None
    return wordvectors.text_vector(wordvectors.load_word_vectors(), words)


@dataclass(frozen=True, eq=False)  # an array field: compared by identity
class DomainModel:
    name: str
    weights: np.ndarray  # (wordvectors.WIDTH,)
    bias: float

    def probability(self, vector: np.ndarray) -> float:
        return float(1.0 / (1.0 + np.exp(-(float(vector @ self.weights) + self.bias))))

    def to_json(self) -> str:
        rows = [round(float(w), 6) for w in self.weights]
        return json.dumps({"name": self.name, "bias": round(self.bias, 6), "weights": rows})

    @classmethod
    def from_json(cls, text: str, where: str = "domain_model.json") -> DomainModel:
        from crosswire.events.wordvectors import WIDTH

        try:
            d = json.loads(text)
            weights = np.asarray(d["weights"], dtype=np.float32)
            model = cls(str(d["name"]), weights, float(d["bias"]))
        except (ValueError, KeyError, TypeError) as e:
            raise DataError(f"{where}: not a domain model ({e})") from e
        if weights.shape != (WIDTH,):
            raise DataError(f"{where}: {weights.shape} weights, not one per vector dimension")
        return model


@lru_cache(maxsize=1)
def load_domain_model() -> DomainModel:
    return DomainModel.from_json(tables.text("crosswire.events", "data/domain_model.json"))


def body(article: Article) -> str:
    """What the pipeline analyses, furniture and captions left out: a shop's listings under a
    report are no part of its subject. (``dedup.body_text`` joins the same spans; importing it
    here would load the copy index's SciPy in every worker.)"""
    return "\n".join(article.text[s:e] for s, e in article.kept_spans())


def political_probability(article: Article) -> float | None:
    """How likely the article is political news (rounded, as documents keep it), or None when
    it cannot be told (no MiniLM package, or too few words to say)."""
    vector = article_vector(article.title, body(article))
    if vector is None:
        return None
    return round(load_domain_model().probability(vector), 3)
