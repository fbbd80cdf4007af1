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


@pytest.mark.parametrize(
    ("text", "lemma", "cue"),
    [
        # a charge VADER lacks comes from accusatory.txt
        ("The mayor said the two councillors were traitors.", "say", "pred=neg"),
        ("The harbour master called the new captain a liar.", "call", "pred=neg"),
        ("The union described the strike ban as unconstitutional.", "describe", "pred=neg"),
        # a compound whose words alone judge no one: "intelligence" and "officers" are flat
        ("The embassy said the two attaches were intelligence officers.", "say", "pred=neg"),
        ("The coach said the young goalkeeper was a hero.", "say", "pred=pos"),
        ("The mayor said the new councillor was a teacher.", "say", "pred=flat"),
        # a charge made of an adjective and its noun; a judgement the clause negates
        ("The embassy said the two attaches were foreign agents.", "say", "pred=neg"),
        ("The mayor said the council was not interested in a fair deal.", "say", "pred=neg"),
        ("The coach said the young goalkeeper was not a coward.", "say", "pred=pos"),
    ],
)
def test_what_a_clause_says_someone_is_gives_its_valence(text, lemma, cue):
    if tone._analyzer() is None:
        pytest.skip("vaderSentiment is not installed")
    cues = tone.tone_cues(_verb(text, lemma), lemma == "say")
    assert cue in cues and len([c for c in cues if c.startswith("pred=")]) == 1


def test_a_clause_that_predicates_nothing_has_no_valence_cue():
    cues = tone.tone_cues(_verb("The navy sank the smugglers' boat.", "sink"), False)
    assert not [c for c in cues if c.startswith("pred=")]


@pytest.mark.parametrize(
    ("text", "lemma", "judged"),
    [
        ("The harbour master called the new captain a bigot.", "call", "neg"),
        ("The harbour master called the new captain a clown.", "call", "neg"),
        ("The harbour master called the new captain a hero.", "call", "pos"),
        ("The harbour master called the new captain a sailor.", "call", None),
        ("The harbour master opened the new dock.", "open", None),
    ],
)
def test_a_judgement_is_what_a_verb_strongly_says_someone_is(text, lemma, judged):
    if tone._analyzer() is None:
        pytest.skip("vaderSentiment is not installed")
    assert tone.judgement(_verb(text, lemma)) == judged
