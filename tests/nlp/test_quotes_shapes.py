"""Shapes of attribution that find_quotes once missed (issue 15), on sentences written for these
tests: short utterances beside their speech cue, a quotation whose closing comma lies outside
the clause that holds it, particle cues whose object is asked to act, and quotations hanging on
a verb outside the cue lexicon ("fumed", "resisted", "As Keller put it: ...")."""

# ruff: noqa: E501  (the parametrised sentences read best on one line each)

from __future__ import annotations

import pytest

from crosswire.nlp.model import load_nlp
from tests.nlp.test_quotes import only, run


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            '"Absolutely not," Maria Keller said of the harbour plan.',
            "Absolutely not",
            "Maria Keller",
        ),
        (
            'Tomas Brenner looked at the pier. He then said, "Never again."',
            "Never again",
            "Tomas Brenner",
        ),
        ('"Too late?" asked Tomas Brenner.', "Too late", "Tomas Brenner"),
    ],
)
def test_a_short_utterance_beside_its_speech_cue_is_a_quote(nlp, text, fragment, speaker):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.direct, q.speaker) == (True, speaker)


def test_a_short_quotation_is_a_quote_only_beside_its_cue(nlp):
    text = 'The word "hope" was on every sign. Tomas Brenner said little. "Not yet," he said.'
    _, quotes = run(nlp, text)
    assert [q.quote for q in quotes if q.direct] == ["Not yet,"]


def test_a_quotation_ending_in_a_comma_keeps_its_governing_cue(nlp):
    text = "Although Ruiz admitted that she and the mayor had “been rivals for years,” she insisted they had never argued in public."
    _, quotes = run(nlp, text)
    assert only(quotes, "rivals for years").cue == "admitted"
    q = only(quotes, "never argued")
    assert (q.quote, q.cue) == ("they had never argued in public", "insisted")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Maria Keller called on the council to close the harbour.",
            "the council to close the harbour",
            "called on",
        ),
        (
            "The fishermen's union calls for the mayor to resign.",
            "the mayor to resign",
            "calls for",
        ),
    ],
)
def test_a_particle_cue_reports_its_object_with_what_it_is_asked_to_do(nlp, text, content, cue):
    _, quotes = run(nlp, text)
    q = only(quotes, content)
    assert (q.quote, q.cue) == (content, cue)


def test_a_date_after_a_particle_cue_is_no_content(nlp):
    text = "Maria Keller called on the council to act. Tomas Brenner called on Tuesday to say the ferry had been sold."
    _, quotes = run(nlp, text)
    assert only(quotes, "council").quote == "the council to act"
    assert only(quotes, "ferry").quote == "the ferry had been sold"


def test_find_and_maintain_report_a_clause_or_a_judgement_not_a_bare_object(nlp):
    text = (
        "Tomas Brenner found a new job in May. Ada Lind maintained a busy schedule all spring. "
        "The audit found that the port had lost money. Ada Lind maintained that the vote was fair. "
        "The jury found him guilty of fraud."
    )
    _, quotes = run(nlp, text)
    assert [q.quote for q in quotes] == [
        "the port had lost money",
        "the vote was fair",
        "him guilty of fraud",
    ]


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        (
            'Maria Keller spoke first.\n\n"The tolls will ruin every family business on this coast," fumed Ada Lindqvist.',
            "ruin every family",
            "fumed",
            "Ada Lindqvist",
        ),
        (
            'Maria Keller spoke first.\n\nTomas Brenner resisted: "The harbour board has no power to close the bridge at all."',
            "no power to close",
            "resisted",
            "Tomas Brenner",
        ),
        # a sentence of its own after a colon: the verb of the clause the colon ends
        (
            'Keller defended the tolls on Friday. Brenner delivered a sharp retort: "Nobody is shutting the port. The ferries will keep running."',
            "shutting the port",
            "delivered",
            "Brenner",
        ),
        (
            'The council met on Monday. As Professor Ada Lind, a historian at Leeds, put it: "The port has always been kinder to sailors than the town has. That never changed."',
            "kinder to sailors",
            "put",
            "Ada Lind",
        ),
        # a clause set off by "as" that the quotation's verb holds
        (
            'The council met on Monday. As Tomas Brenner put it, "A small deal signed this spring beats a grand bargain that never comes."',
            "small deal signed",
            "put",
            "Tomas Brenner",
        ),
        # any other clause before the quotation is no attribution
        (
            'The council met on Monday. When the last boat came in, "the hall went silent for what felt like an age."',
            "went silent",
            None,
            None,
        ),
        # no verb outside the marks: no cue, no speaker
        (
            'Maria Keller spoke first.\n\n"The tolls will ruin every family business on this coast, and the ferry too."',
            "ruin every family",
            None,
            None,
        ),
    ],
)
def test_a_quotation_hanging_on_a_verb_outside_the_lexicon_is_its_subjects(
    nlp, text, fragment, cue, speaker
):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.cue, q.speaker) == (cue, speaker)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a question ends its sentence; the long attribution after it is still its own
        (
            'The ferry talks ended on Friday. "Maybe the harbour and the town will get along one day, but who can say?" Brenner told a radio station in Leeds on Monday when asked about the future of the port.',
            "told",
            "Brenner",
        ),
        # a sentence after an exclamation with no verb of speech is no attribution
        (
            'The ferry talks ended on Friday. "Open the old gate and let the boats in!" Fishermen still admire his refusal to fund the harbour plan of the council.',
            None,
            None,
        ),
    ],
)
def test_the_sentence_after_a_question_may_attribute_it(nlp, text, cue, speaker):
    _, quotes = run(nlp, text)
    q = only(quotes, "Open the old gate" if cue is None else "who can say")
    assert (q.cue, q.speaker) == (cue, speaker)


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        ("- Brenner.", "Brenner"),
        ("-Ada Lindqvist, Leeds.", "Lindqvist"),
        # a dash that opens narration signs nothing
        ("-- and the council agreed with him on Monday.", None),
    ],
)
def test_a_quotation_signed_in_the_next_paragraph(nlp, signature, speaker):
    text = (
        "The mayor spoke first and said the tolls would stay.\n\n"
        '"Every spring someone proposes a harbour tax, and every spring the town turns it '
        'down."\n\n' + signature
    )
    _, quotes = run(nlp, text)
    assert only(quotes, "harbour tax").speaker == speaker
