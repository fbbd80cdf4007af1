"""Small helpers for tests that run the reading pipeline on hand-written text."""

from datetime import date

from crosswire.nlp.read import read_articles
from crosswire.types import Article, Document, DocumentDate


def read_text(text: str, when: date | None = date(2021, 10, 18)) -> Document:
    doc_date = DocumentDate(when, "given", 1.0) if when else None
    return read_articles([(Article(id="t", text=text), doc_date)])[0]


def events_of(text: str, when: date | None = date(2021, 10, 18)):
    doc = read_text(text, when)
    return [(e, text[e.trigger_start : e.trigger_end]) for e in doc.events]
