"""Reported speech that find_quotes once missed or split (issue 15, second round), on sentences
written for these tests: prepositional content, "as X reported", short objects of stance cues,
mixed quotes around a cue's object, attributions closing their paragraph, participles as cues,
names before a colon, and embedded markup."""

# ruff: noqa: E501  (the parametrised sentences read best on one line each)

from __future__ import annotations

import pytest

from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes.marks import embedded_spans
from tests.nlp.test_quotes import only, run


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        # a cue verb with no complement but a preposition saying what it is about
        (
            "Maria Keller boasted about the new harbour tax on Monday.",
            "new harbour tax",
            "boasted",
            "Maria Keller",
        ),
        # "as X reported, ...": the cue is set off from the clause it reports
        (
            "As Tomas Brenner reported, the northern harbour will close in May.",
            "northern harbour will close",
            "reported",
            "Tomas Brenner",
        ),
        # a stance cue's object of one word is what the speaker stands for
        ("Maria Keller endorsed Brenner on Monday.", "Brenner", "endorsed", "Maria Keller"),
        # a pronoun object with what it is held to be
        (
            "Tomas Brenner spoke first. Maria Keller then called him a reckless gambler.",
            "reckless gambler",
            "called",
            "Maria Keller",
        ),
    ],
)
def test_reported_without_quotation_marks(nlp, text, fragment, cue, speaker):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.cue, q.speaker, q.direct) == (cue, speaker, False)


def test_pronoun_object_without_a_predicate_is_no_content(nlp):
    _, quotes = run(nlp, "Tomas Brenner spoke first. Maria Keller then praised him.")
    assert quotes == ()


def test_quoted_predicate_of_a_cue_object_makes_a_mixed_quote(nlp):
    text = 'Maria Keller called the harbour plan "a disaster for the fishing towns" on Monday.'
    _, quotes = run(nlp, text)
    q = only(quotes, "a disaster for the fishing towns")
    assert q.quote.startswith("the harbour plan") and not q.direct
    assert (q.cue, q.speaker) == ("called", "Maria Keller")


def test_a_quotation_ending_a_reported_clause_is_part_of_it(nlp):
    # the quoted words have a cue of their own ("counter"), inside what Keller said
    text = ('Maria Keller said she planned to spend the grant on the harbour and to counter '
            '"the council\'s endless delays."')  # fmt: skip
    _, quotes = run(nlp, text)
    q = only(quotes, "endless delays")
    assert q.quote.startswith("she planned to spend the grant")
    assert (q.cue, q.speaker) == ("said", "Maria Keller")


def test_attribution_closing_its_paragraph_joins_the_next_quote(nlp):
    text = (
        '"The northern harbour will close in May," Maria Keller said.\n\n'
        '"We have no other choice this year, and the fishermen know it well."'
    )
    _, quotes = run(nlp, text)
    assert len(quotes) == 1, [q.quote for q in quotes]
    q = quotes[0]
    assert q.quote.endswith("know it well.") and q.speaker == "Maria Keller"
    assert [text[s:e] for s, e in q.parts] == [
        "The northern harbour will close in May,",
        "We have no other choice this year, and the fishermen know it well.",
    ]


def test_a_participle_cue_is_said_by_the_noun_it_modifies(nlp):
    article, quotes = run(nlp, "Tomas Brenner gave money to a union opposing the harbour tax.")
    q = only(quotes, "harbour tax")
    assert q.cue == "opposing" and q.speaker_start is not None
    assert article.text[q.speaker_start : q.speaker_end] == "a union"


def test_a_name_before_a_colon_speaks_the_quote(nlp):
    text = 'The vote did not surprise the harbour chair Maria Keller: "Nobody expected the fishermen to agree."'
    _, quotes = run(nlp, text)
    q = only(quotes, "Nobody expected")
    assert (q.cue, q.speaker, q.direct) == (":", "Maria Keller", True)


def test_embedded_tweets_hold_no_quotes(nlp):
    text = (
        'Maria Keller wrote about the harbour.\n\n<tweet pic="" author="harbourkeller" '
        'timestamp="1449075600">Prayers for the fishermen lost at sea tonight, and thanks to '
        "every crew that searched for them</tweet>.\n\nTomas Brenner said the port would reopen soon."
    )
    _, quotes = run(nlp, text)
    assert all("<" not in q.quote and "pic=" not in q.quote for q in quotes), quotes
    assert not any("Prayers" in q.quote for q in quotes)
    assert only(quotes, "port would reopen").speaker == "Tomas Brenner"


def test_embedded_spans_cover_a_tweet_and_lone_tags():
    text = 'A <b>bold</b> claim. <tweet author="x">Hello "there"</tweet> end.'
    spans = [text[s:e] for s, e in embedded_spans(text)]
    assert spans == ["<b>", "</b>", '<tweet author="x">Hello "there"</tweet>']


@pytest.mark.parametrize(
    "text",
    [
        "The party counted its pledged delegates before the vote.",  # a participle before a noun
        "Tomas Brenner spoke to the fishermen on the pier.",  # "to" joins no content
    ],
)
def test_no_attribution(nlp, text):
    _, quotes = run(nlp, text)
    assert quotes == (), [q.quote for q in quotes]


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        # the parser hangs the speaker's next report on the clause of the first one
        (
            "Tomas Brenner said that the ferry would run again in May and insisted that the fares would stay low.",
            "the ferry would run again in May",
            "the fares would stay low",
            "insisted",
        ),
        (
            "Maria Keller said the harbour tax would hurt the fishermen, and called it a mistake.",
            "the harbour tax would hurt the fishermen",
            "it a mistake",
            "called",
        ),
    ],
)
def test_a_second_report_of_the_speaker_is_its_own_quote(nlp, text, first, second, cue):
    _, quotes = run(nlp, text)
    speaker = text.split(" said")[0]
    assert only(quotes, first).quote == first
    q = only(quotes, second)
    assert (q.quote, q.cue, q.speaker) == (second, cue, speaker)


def test_a_joined_clause_with_its_own_subject_stays_in_the_report(nlp):
    text = "Tomas Brenner said the ferry would run in May and the fares would stay low."
    _, quotes = run(nlp, text)
    assert only(quotes, "ferry").quote == "the ferry would run in May and the fares would stay low"
