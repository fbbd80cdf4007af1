"""Attributions without quotation marks that find_quotes once missed (issue 15), on sentences
written for these tests: cues from the data file, a cue's object with its predicate, passives
with an agent, cue nouns with their possessor or a light verb, and aspect verbs."""

# ruff: noqa: E501  (the parametrised sentences read best on one line each)

from __future__ import annotations

import pytest

from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes.lexicon import load_lexicon
from tests.nlp.test_quotes import only, run


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        # verbs and particle verbs added to data/cues.tsv
        (
            "Maria Keller hinted that the harbour would close in May.",
            "harbour would close",
            "hinted",
            "Maria Keller",
        ),
        (
            "Maria Keller warned of a long winter for the fishing towns.",
            "long winter",
            "warned of",
            "Maria Keller",
        ),
        # the object with the preposition that says what it is held to be or to have done
        (
            "Anna Lindqvist sees the new treaty as a betrayal of the farmers.",
            "as a betrayal",
            "sees",
            "Anna Lindqvist",
        ),
        (
            "Anna Lindqvist praised the mayor for her handling of the floods.",
            "for her handling",
            "praised",
            "Anna Lindqvist",
        ),
        # a passive cue: the subject is the content, the agent the speaker
        (
            "The tariff plan was criticized by Maria Keller on Monday.",
            "tariff plan",
            "criticized",
            "Maria Keller",
        ),
        # cue nouns: the possessor, or the subject of a light verb, is the speaker
        (
            "Keller's criticism of the new border tariffs surprised the council.",
            "new border tariffs",
            "criticism",
            "Keller",
        ),
        (
            "Tomas Brenner spoke on Monday. His decision to close the harbour angered the fishermen.",
            "close the harbour",
            "decision",
            "Tomas Brenner",
        ),
        (
            "Tomas Brenner made the case for a new harbour tax on Monday.",
            "new harbour tax",
            "case",
            "Tomas Brenner",
        ),
        (
            "Maria Keller is a fierce critic of the harbour tax.",
            "harbour tax",
            "critic",
            "Maria Keller",
        ),
    ],
)
def test_attribution_without_quotation_marks(nlp, text, fragment, cue, speaker):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.cue, q.speaker, q.direct) == (cue, speaker, False)


def test_quoted_fragment_before_a_trailing_cue_makes_a_mixed_quote(nlp):
    text = (
        'The new port fees have been "far too high for the farmers" since March, Maria Keller says.'
    )
    _, quotes = run(nlp, text)
    q = only(quotes, "far too high")
    assert q.quote.startswith("The new port fees") and not q.direct
    assert (q.cue, q.speaker) == ("says", "Maria Keller")


def test_passive_cue_reports_the_agent_not_the_subject(nlp):
    article, quotes = run(nlp, "The tariff plan was criticized by Maria Keller on Monday.")
    q = only(quotes, "tariff plan")
    assert article.text[q.speaker_start : q.speaker_end] == "Maria Keller"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour continues to lose money every winter.",  # an aspect verb, not speech
        "The criticism of the new border tariffs grew louder in the spring.",  # nobody named
        "Tomas Brenner knows the northern harbour well.",  # a belief verb's object with no view
    ],
)
def test_no_attribution(nlp, text):
    _, quotes = run(nlp, text)
    assert quotes == ()


def test_lexicon_has_cue_nouns_and_light_verbs():
    lex = load_lexicon()
    assert {"criticism", "decision"} <= lex.nouns and "make" in lex.light_verbs
    assert lex.kind("warn of") == "speech"


def test_reported_speech_nested_in_another_gives_way(nlp):
    _, quotes = run(nlp, "Keller plans to close the northern harbour in May, Tomas Brenner said.")
    q = only(quotes, "close the northern harbour")
    assert q.quote.startswith("Keller plans") and (q.cue, q.speaker) == ("said", "Tomas Brenner")
    assert [q.cue for q in quotes] == ["said"]


@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        (
            "The new harbour tax seems to hurt the fishing towns most.",
            "The new harbour tax",
            "seems",
        ),
        (
            "It appears that the ferry company will raise its fares again.",
            "raise its fares",
            "appears",
        ),
    ],
)
def test_writers_evidentials_report_their_subject_without_a_speaker(nlp, text, fragment, cue):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.cue, q.speaker, q.speaker_start, q.direct) == (cue, None, None, False)


def test_writers_evidentials_need_a_complement_and_attribute_no_quotation(nlp):
    assert run(nlp, "The minister appeared on television on Monday.")[1] == ()
    _, quotes = run(nlp, 'It seems the harbour is "closed for the whole of the winter season."')
    q = only(quotes, "closed for the whole")
    assert q.direct and q.cue != "seems"  # the quotation is the writer's, not an evidential's


def test_prepositional_phrases_after_the_content_belong_to_it(nlp):
    text = "Maria Keller advocated a new harbour tax at a time of growing worry over the fishing towns."
    _, quotes = run(nlp, text)
    assert only(quotes, "harbour tax").quote.endswith("over the fishing towns")


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        # the "that" clause the parser hung on a noun of the cue's phrase, not on the cue
        (
            "Maria Keller said in one of a series of radio interviews that the ferry company would raise its fares in May.",
            "ferry company would raise its fares",
            "said",
            "Maria Keller",
        ),
        (
            "Tomas Brenner told reporters during a visit to the harbour on Friday that the new tax was a mistake.",
            "new tax was a mistake",
            "told",
            "Tomas Brenner",
        ),
    ],
)
def test_content_the_parser_hung_elsewhere(nlp, text, fragment, cue, speaker):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.cue, q.speaker, q.direct) == (cue, speaker, False)
    assert "interviews" not in q.quote and "visit" not in q.quote


def test_a_clause_in_reply_to_others_words_is_not_the_speakers(nlp):
    text = "Maria Keller said in reply to reports that the harbour would close that she had not decided."
    _, quotes = run(nlp, text)
    assert not any(q.quote.startswith("the harbour would close") for q in quotes)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Maria Keller vowed to close the northern harbour unless the council paid for repairs.",
            "paid for repairs",
        ),
        (
            "Tomas Brenner pledged to cut the ferry fares if he wins the election.",
            "wins the election",
        ),
        (
            "Maria Keller mocked the mayor for his speech because he forgot the name of the town.",
            "name of the town",
        ),
    ],
)
def test_a_reason_or_condition_goes_on_with_what_was_said(nlp, text, ends):
    _, quotes = run(nlp, text)
    assert len(quotes) == 1 and quotes[0].quote.endswith(ends)


def test_when_the_speaker_spoke_is_not_what_was_said(nlp):
    _, quotes = run(nlp, "Tomas Brenner said the harbour would close when asked about the floods.")
    assert only(quotes, "harbour would close").quote == "the harbour would close"
