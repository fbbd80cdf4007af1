from datetime import date

import pytest

from crosswire.nlp.time import infer_document_date
from crosswire.types import Article, Caption


def _article(text, **kw):
    return Article(id="a", text=text, **kw)


@pytest.mark.parametrize(("source", "expected"), [(None, "given"), ("metadata", "metadata")])
def test_published_date_is_returned_as_given(source, expected):
    art = _article("Nothing dated here.", published=date(2020, 3, 4), published_source=source)
    found = infer_document_date(art)
    assert (found.value, found.source, found.confidence) == (date(2020, 3, 4), expected, 1.0)


def test_from_a_caption_like_date_line():
    text = (
        "Harbour workers strike over pay\n"
        "Dock workers walked out on Tuesday, demanding higher wages.\n"
        "Workers gather at the harbour gate in Gdansk, Poland, Tuesday, March 9, 2021.\n"
        "The union said a similar dispute in April 2017 lasted a month.\n"
    )
    found = infer_document_date(_article(text))
    assert found.value == date(2021, 3, 9)
    assert found.source == "inferred"
    assert 0 < found.confidence < 1
    assert "March 9, 2021" in found.evidence


def test_from_a_caption_outside_the_text():
    art = _article(
        "The ferry service resumed after the storm.",
        captions=(Caption(0, 0, "Passengers board the ferry on 14 Feb 2022."),),
    )
    assert infer_document_date(art).value == date(2022, 2, 14)


def test_from_a_dateline_taking_the_year_from_the_text():
    text = (
        "LISBON, Jun. 3 (Reuters) - Portugal's parliament approved the bill on Thursday. "
        "The measure replaces a law passed in 2019, and a first draft was tabled "
        "on January 12, 2021."
    )
    found = infer_document_date(_article(text))
    assert found.value == date(2021, 6, 3)


def test_most_recent_date_wins_over_a_historical_one():
    text = (
        "The museum reopened on Saturday, May 8, 2021, after a long closure.\n"
        "It first opened on 12 June 1931."
    )
    assert infer_document_date(_article(text)).value == date(2021, 5, 8)


def test_context_with_an_ago_clue_moves_forward():
    text = "The mayor announced the merger three weeks ago. The banks signed the deal on March 2."
    found = infer_document_date(_article(text), context=date(2022, 3, 1))
    assert found.value == date(2022, 3, 22)
    assert found.source == "inferred" and 0 < found.confidence < 0.5


def test_context_with_a_coming_date_stays_before_it():
    text = "The depot announced three months ago would be sold on March 4."
    found = infer_document_date(_article(text), context=date(2022, 1, 10))
    assert found.value == date(2022, 3, 4)


def test_context_alone_is_returned_with_low_confidence():
    found = infer_document_date(_article("No clue at all."), context=date(2022, 1, 10))
    assert found.value == date(2022, 1, 10)
    assert found.confidence < 0.3


def test_nothing_gives_none():
    assert infer_document_date(_article("On Monday the talks ended without a deal.")) is None
