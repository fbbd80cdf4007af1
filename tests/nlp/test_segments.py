"""Paragraph pieces and their lengths."""

import pytest
import spacy

from crosswire.nlp.segments import doc_length


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday.",
        "Two spaces  inside, and one after. ",
        "Ends with a newline\n",
        "x",
        "",
    ],
)
def test_doc_length_is_the_length_of_the_parsed_text(text):
    doc = spacy.blank("en")(text)
    assert doc_length(doc) == len(doc.text) == len(text)
