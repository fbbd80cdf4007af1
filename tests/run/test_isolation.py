"""Anything one document raises in the pipeline skips that document only (issue 17)."""

import pytest

from crosswire import pipeline
from crosswire.errors import PipelineError, isolated
from crosswire.nlp.model import load_nlp
from crosswire.pipeline import process_batch
from crosswire.run.local import run_local
from crosswire.types import Document, RawDocument, Skipped

TEXTS = {
    "a": "Peru recalled its ambassador from Chile on Monday after a quarrel over fishing quotas.",
    "boom": "Norway expelled three Russian diplomats on Friday, the foreign ministry said.",
    "c": "Brazil signed a trade agreement with Argentina in Buenos Aires on Tuesday evening.",
}


def _raws():
    return [RawDocument(i, f"test:{i}", text) for i, text in TEXTS.items()]


def _fails_on_boom(real):
    """``real`` (``clean(raw, ...)`` or ``_read(articles, ...)``), raising for the id "boom"."""

    def wrapped(first, *args):
        if "boom" in [d.id for d in (first if isinstance(first, list) else [first])]:
            raise IndexError("list index out of range")
        return real(first, *args)

    return wrapped


@pytest.mark.parametrize(("step", "reason"), [("clean", "error:clean"), ("_read", "error:read")])
def test_a_document_that_raises_is_skipped_and_the_batch_read(monkeypatch, step, reason):
    monkeypatch.setattr(pipeline, step, _fails_on_boom(getattr(pipeline, step)))
    a, boom, c = process_batch(_raws())
    assert isinstance(a, Document) and isinstance(c, Document)
    assert a.entities and c.entities
    assert (boom.id, boom.reason) == ("boom", reason)
    assert boom.detail == "IndexError: list index out of range"


def test_the_local_executor_counts_it_as_one_skip(monkeypatch):
    monkeypatch.setattr(pipeline, "_read", _fails_on_boom(pipeline._read))
    results = list(run_local(_raws(), batch_docs=2))
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Document"]


def test_a_paragraph_over_the_spacy_limit_is_read_in_pieces(monkeypatch):
    monkeypatch.setattr(load_nlp(), "max_length", 300)
    text = " ".join(f"Peru expelled {n} Chilean diplomats on Monday." for n in range(40))
    [doc] = process_batch([RawDocument("long", "test", text)])
    assert isinstance(doc, Document) and doc.article.text == text
    assert all(s.end - s.start <= 300 for s in doc.sentences)
    assert doc.sentences[-1].end == len(text)
    for e in doc.entities:
        assert text[e.start : e.end] == e.text


def test_an_error_of_the_run_still_stops_it():
    def no_model():
        raise PipelineError("the spaCy model package is not installed")

    with pytest.raises(PipelineError):
        isolated("x", "read", no_model)
    skipped = isolated("x", "read", int, "seven")
    assert isinstance(skipped, Skipped) and skipped.reason == "error:read"
