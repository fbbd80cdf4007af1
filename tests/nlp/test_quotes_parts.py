"""A quote interrupted by its attribution keeps the content's own spans."""

from tests.helpers import read_text


def test_interrupted_quote_parts_exclude_the_attribution():
    text = (
        '"We will not sign this agreement," Minister Ana Lindqvist said. '
        '"Not this year, and not while the talks in Geneva go on."'
    )
    doc = read_text(text)
    [quote] = [q for q in doc.quotes if q.direct]
    assert len(quote.parts) == 2
    pieces = [text[a:b] for a, b in quote.parts]
    assert pieces[0].startswith("We will not sign") and pieces[1].startswith("Not this year")
    assert quote.speaker == "Ana Lindqvist"
    assert all("said" not in p for p in pieces)
