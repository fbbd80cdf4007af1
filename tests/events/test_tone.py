"""The tone cues of the event model: VADER scores as its authors published, and the coder
works without it."""

import pytest

from crosswire.events import tone
from crosswire.nlp.model import load_nlp


def test_the_lexicon_scores_its_published_examples():
    analyzer = tone._analyzer()
    if analyzer is None:
        pytest.skip("vaderSentiment is not installed")
    # the examples and scores of the vaderSentiment README
    assert analyzer.polarity_scores("VADER is smart, handsome, and funny.")["compound"] == 0.8316
    assert analyzer.polarity_scores("VADER is not smart, handsome, nor funny.")["compound"] == (
        -0.7424
    )


def _verb(text, lemma):
    doc = load_nlp()(text)
    return next(t for t in doc if t.lemma_ == lemma)


def test_a_harsh_statement_and_a_demand_give_their_cues():
    if tone._analyzer() is None:
        pytest.skip("vaderSentiment is not installed")
    harsh = tone.tone_cues(_verb("The mayor said the plan was a cruel disgrace.", "say"), True)
    assert "speech|tone=neg2" in harsh
    demand = tone.tone_cues(_verb("The union said the company must pay the workers.", "say"), True)
    assert "speech|content=modal" in demand
    assert not [c for c in tone.tone_cues(_verb("The mayor opened the bridge.", "open"), False)
                if c.startswith("speech")]  # fmt: skip


def test_without_the_lexicon_there_are_no_cues(monkeypatch):
    monkeypatch.setattr(tone, "_analyzer", lambda: None)
    tone.tone.cache_clear()
    try:
        assert tone.tone_cues(_verb("The mayor said it was a disgrace.", "say"), True) == []
    finally:
        tone.tone.cache_clear()
