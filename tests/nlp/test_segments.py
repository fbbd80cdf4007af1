"""Paragraph pieces and their lengths."""

import pytest
import spacy

from crosswire.nlp.segments import doc_length, doc_text


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


def test_a_docs_text_is_kept_for_that_doc_alone():
    nlp = spacy.blank("en")
    first, second = nlp("The mayor resigned."), nlp("The mayor resigned.")
    assert doc_text(first) == first.text == "The mayor resigned."
    assert doc_text(first) is doc_text(first)  # joined once
    assert doc_text(second) is not doc_text(first)  # the same words, another parse
    assert doc_text(nlp("A council met.")) == "A council met."
