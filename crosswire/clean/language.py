"""Which language a document is written in, and whether the pipeline can read it.

The reading stages (spaCy's English model, English verb patterns and actor tables) read English
only: a French report read as English yields nonsense entities and no events, so such a document
is skipped (``language-unsupported:fr``) rather than stored as if it had been read. Detection is
py3langid (BSD-3-Clause; langid.py's naive Bayes over byte n-grams, 97 languages, its 4 MB model
ships inside the package, so nothing is fetched), chosen over lingua for its size and speed:
we only need "is this English?" on article bodies, not short-text accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# The languages the reading stages have models and tables for (ISO 639-1).
READABLE = frozenset({"en"})
# Below this many characters detection is not trusted: a short English text dense with names
# ("Abbas meets Netanyahu in Ramallah", "BERLIN (dpa) - Scholz met Macron") comes out as
# Indonesian or German, though with low probability. Foreign prose of one sentence (~70
# characters) already scores above 0.95, so 200 characters (two or three sentences) leaves room
# to spare while keeping every real article in reach.
MIN_CHARS = 200
# ... and below this probability neither: name-heavy English paragraphs scored 0.14-0.5 for
# their wrong guess, French, German, Spanish and Italian sentences 0.96-0.999 for their own.
MIN_PROBABILITY = 0.9
# Enough text to decide; the model's cost grows with the length.
SAMPLE_CHARS = 5000


@dataclass(frozen=True, slots=True)
class Detected:
    code: str  # ISO 639-1 (or 639-3 where there is no two-letter code), as py3langid gives it
    probability: float
    reliable: bool  # long enough and probable enough to act on


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detected:
    """The most probable language of ``text`` and whether that guess can be acted on."""
    sample = text.strip()[:SAMPLE_CHARS]
    code, probability = _identifier().classify(sample)
    reliable = len(sample) >= MIN_CHARS and probability >= MIN_PROBABILITY
    return Detected(code, probability, reliable)


def unreadable_language(text: str) -> Detected | None:
    """The detected language when it is reliably one the pipeline cannot read, else None
    (English, or a text too short or too mixed to tell: those are read)."""
    found = detect_language(text)
    return found if found.reliable and found.code not in READABLE else None
