"""find_quotes on sentences written for these tests: constructions, speakers, marks, offsets."""

# ruff: noqa: E501  (the parametrised sentences read best on one line each)

from __future__ import annotations

import pytest

from crosswire.errors import DataError
from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes import find_caption_quotes, find_quotes
from crosswire.nlp.quotes.lexicon import load_lexicon, parse_lexicon
from crosswire.nlp.quotes.marks import quotation_spans
from crosswire.nlp.segments import paragraphs
from crosswire.types import Article, Caption, Quote
from eval.score_quotes import entities_from_docs, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, text: str) -> tuple[Article, tuple[Quote, ...]]:
    article = Article(id="t", text=text)
    parsed = parse_article(nlp, article)
    return article, find_quotes(article, parsed, entities_from_docs(parsed))


def only(quotes: tuple[Quote, ...], fragment: str) -> Quote:
    hits = [q for q in quotes if fragment in q.quote]
    assert len(hits) == 1, [q.quote for q in quotes]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker", "direct"),
    [
        (
            '"The bridge will reopen next week," Maria Keller said.',
            "bridge will reopen",
            "said",
            "Maria Keller",
            True,
        ),
        (
            'Maria Keller said: "The bridge will reopen next week."',
            "bridge will reopen",
            "said",
            "Maria Keller",
            True,
        ),
        (
            '"The talks have stalled completely," said Tomas Brenner.',
            "talks have stalled",
            "said",
            "Tomas Brenner",
            True,
        ),
        (
            'Tomas Brenner told Reuters: "We expect an answer by Friday."',
            "expect an answer",
            "told",
            "Tomas Brenner",
            True,
        ),
        (
            '"We will not sign this agreement," Anna Lindqvist added.',
            "not sign this",
            "added",
            "Anna Lindqvist",
            True,
        ),
        (
            '"Prices have doubled since the spring," Anna Lindqvist noted.',
            "Prices have doubled",
            "noted",
            "Anna Lindqvist",
            True,
        ),
        (
            "Anna Lindqvist said the harbour would close on Monday.",
            "harbour would close",
            "said",
            "Anna Lindqvist",
            False,
        ),
        (
            "Anna Lindqvist said that the harbour would close on Monday.",
            "the harbour would close",
            "said",
            "Anna Lindqvist",
            False,
        ),
        (
            "According to Tomas Brenner, the harbour will close on Monday.",
            "harbour will close",
            "According to",
            "Tomas Brenner",
            False,
        ),
        (
            "Tomas Brenner said in a statement that the harbour would close.",
            "harbour would close",
            "said",
            "Tomas Brenner",
            False,
        ),
        (
            'Maria Keller claimed that the council "cares nothing for the farmers in the valley."',
            "the council",
            "claimed",
            "Maria Keller",
            False,
        ),
    ],
)
def test_constructions(nlp, text, fragment, cue, speaker, direct):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert (q.cue, q.speaker, q.direct) == (cue, speaker, direct)
    assert not q.quote.startswith(('"', "that "))


def test_mixed_quote_covers_the_reported_clause(nlp):
    _, quotes = run(
        nlp, 'Maria Keller claimed that the council "cares nothing for the farmers in the valley."'
    )
    assert only(quotes, "council").quote.startswith("the council")


@pytest.mark.parametrize("open_mark, close_mark", [("“", "”"), ('"', '"')])
def test_multi_sentence_and_curly_or_straight(nlp, open_mark, close_mark):
    text = f"{open_mark}The port is closed. The ships wait outside. Nobody knows why,{close_mark} Maria Keller said."
    _, quotes = run(nlp, text)
    q = only(quotes, "ships wait")
    assert q.quote.startswith("The port") and q.quote.endswith("why,")
    assert q.speaker == "Maria Keller"


def test_quote_over_two_paragraphs(nlp):
    text = (
        'Maria Keller spoke to reporters. "The port is closed and the ships are waiting outside.\n\n'
        '"We have asked the ministry for help, but nobody has answered yet," she said.'
    )
    article, quotes = run(nlp, text)
    q = only(quotes, "port is closed")
    assert "nobody has answered" in q.quote and q.direct
    assert q.speaker == "Maria Keller"
    assert article.text[q.speaker_start : q.speaker_end] == "she"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "mention"),
    [
        (
            'Tomas Brenner arrived late. "The vote was rigged from the start," he said.',
            "vote was rigged",
            "Tomas Brenner",
            "he",
        ),
        (
            'The Trade Ministry issued a note. "The tariff figures are wrong and misleading," the ministry noted.',
            "tariff figures are wrong",
            "Trade Ministry",
            "the ministry",
        ),
        (
            'Greenpeace published a report. "The river is dying faster than anyone expected," it said.',
            "river is dying",
            "Greenpeace",
            "it",
        ),
        (
            'Council spokesperson Maria Keller spoke. "The roads will stay closed all week," the spokesperson said.',
            "roads will stay",
            "Maria Keller",
            "the spokesperson",
        ),
    ],
)
def test_pronoun_and_description_speakers(nlp, text, fragment, speaker, mention):
    article, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert speaker in (q.speaker or "")
    assert article.text[q.speaker_start : q.speaker_end] == mention


def test_quote_interrupted_by_its_attribution_is_one_quote(nlp):
    text = '"The proposal is reckless," the Finance Ministry noted. "The deficit is exaggerated in order to justify deep cuts to the pension fund."'
    _, quotes = run(nlp, text)
    q = only(quotes, "deficit is exaggerated")
    assert "proposal is reckless" in q.quote and q.direct
    assert q.cue == "noted" and "Finance Ministry" in (q.speaker or "")


def test_uncued_quote_after_narration_continues_previous_speaker(nlp):
    text = (
        '"The proposal is reckless," the Finance Ministry noted on Monday.\n\n'
        "Bankers met in Zurich on Tuesday to discuss the state of the bond market.\n\n"
        '"The deficit is exaggerated in order to justify deep cuts to the pension fund."'
    )
    _, quotes = run(nlp, text)
    q = only(quotes, "deficit is exaggerated")
    assert "reckless" not in q.quote
    assert q.cue is None and "Finance Ministry" in (q.speaker or "")


def test_scare_quotes_are_not_quotes(nlp):
    _, quotes = run(nlp, 'The so-called "reform package" was debated in the chamber on Tuesday.')
    assert quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "A stray “mark opens here and never closes.\n\nMaria Keller said the harbour would reopen soon.",
        'He said "this is broken.\n\nTomas Brenner said the harbour would reopen after the storm.',
        '"Unclosed at the start of the paragraph and never closed at all, as it happens\n\nAnna Lindqvist said the harbour would reopen.',
    ],
)
def test_unbalanced_marks_do_not_break_the_rest(nlp, text):
    _, quotes = run(nlp, text)
    last_paragraph = text.rsplit("\n\n", 1)[1]
    assert any(q.start >= text.index(last_paragraph) and "harbour" in q.quote for q in quotes)
    assert all(text.index(last_paragraph) <= q.start or q.end <= text.index("\n\n") for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        'Title line\n\n"The port is closed," Maria Keller said.\n\nTomas Brenner said the ships wait.',
        "“Open quote.\n“Still quoted,” she said. According to Anna Lindqvist, the ships wait outside.",
    ],
)
def test_offsets_lie_in_paragraphs_and_match_text(nlp, text):
    article, quotes = run(nlp, text)
    spans = list(paragraphs(article))
    assert quotes
    for q in quotes:
        assert article.text[q.start : q.end] == q.quote
        for pos in [q.start, q.end - 1, q.cue_start, q.speaker_start]:
            if pos is not None:
                assert any(s <= pos < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a "b c" d', ["b c"]),
        ("“one”\n“two", ["one", "two"]),
        ("“one\n“two”", ["one\n“two"]),
        ('x "y\nz', []),
        ("a ''b c'' d", ["b c"]),
        ("''one\n''two''", ["one\n''two"]),
        ('[tweet timestamp="2015" author="x"]', []),
    ],
)
def test_quotation_spans(text, expected):
    cut = text.find("\n")
    spans = [(0, cut), (cut + 1, len(text))] if cut >= 0 else [(0, len(text))]
    assert [text[s.start : s.end] for s in quotation_spans(text, spans)] == expected


def test_lexicon_loads_and_rejects_bad_rows():
    lex = load_lexicon()
    assert {"say", "tell", "add", "note"} <= lex.verbs and ("accord", "to") in lex.preps
    assert lex.kind("say") == "speech" and lex.kind("believe") == "belief"
    assert lex.kind("want") == "intention" and lex.kind("endorse") == "stance"
    assert ("call", "for") in lex.particle_verbs
    with pytest.raises(DataError):
        parse_lexicon("phrase\tkind\nsay\tnonsense\n")
    with pytest.raises(DataError):
        parse_lexicon("phrase\tkind\nbring up the fact\tspeech\n")


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        (
            "Maria Keller wants to close the northern border crossing.",
            "close the northern border",
            "wants",
            "Maria Keller",
        ),
        (
            "Tomas Brenner endorsed the governor's tax plan on Monday.",
            "governor's tax plan",
            "endorsed",
            "Tomas Brenner",
        ),
        (
            "Anna Lindqvist called the new tariff a serious mistake.",
            "new tariff a serious mistake",
            "called",
            "Anna Lindqvist",
        ),
        (
            "Maria Keller called for a full inquiry into the spending.",
            "full inquiry into the spending",
            "called for",
            "Maria Keller",
        ),
        (
            "Tomas Brenner believes the ceasefire will hold until spring.",
            "ceasefire will hold",
            "believes",
            "Tomas Brenner",
        ),
        (
            "The harbour, Anna Lindqvist said, will stay closed until June.",
            "will stay closed",
            "said",
            "Anna Lindqvist",
        ),
        (
            "Brenner: Keller's tariff plan will hurt the farmers.",
            "tariff plan will hurt",
            ":",
            "Brenner",
        ),
    ],
)
def test_attribution_beyond_speech(nlp, text, fragment, cue, speaker):
    _, quotes = run(nlp, text)
    q = only(quotes, fragment)
    assert q.cue == cue and speaker in (q.speaker or "")
    assert not q.direct


def test_hearer_is_not_content(nlp):
    _, quotes = run(nlp, "Maria Keller told reporters on Monday that the harbour will reopen.")
    q = only(quotes, "harbour will reopen")
    assert "reporters" not in q.quote


def test_according_to_after_a_verb_cue_is_the_channel(nlp):
    text = (
        "Anna Lindqvist spoke in Oslo on Monday. She added that the delay comes as Norway "
        'does not "want to rush into a deal that nobody has read," according to Reuters.'
    )
    _, quotes = run(nlp, text)
    q = only(quotes, "want to rush")
    assert q.cue == "added" and "Lindqvist" in (q.speaker or "")


def test_quoted_words_inside_a_reported_clause_make_a_mixed_quote(nlp):
    _, quotes = run(
        nlp,
        "Tomas Brenner said he had asked his \u201cpeople\u201d to \u201clook into\u201d the fees.",
    )
    q = only(quotes, "people")
    assert "look into" in q.quote and not q.direct and q.cue == "said"


def test_caption_quotes_are_marked():
    text = 'Body text here.\nKeller at the port. "We will reopen the harbour next week," she said.'
    start = text.index("Keller")
    article = Article(id="c", text=text, captions=(Caption(start, len(text), text[start:]),))
    quotes = find_caption_quotes(article)
    assert [q.quote for q in quotes] == ["We will reopen the harbour next week,"]
    assert quotes[0].in_caption and quotes[0].speaker is None
