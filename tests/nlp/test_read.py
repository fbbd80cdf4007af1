"""Reading steps declare what they need; the pipeline refuses an order that cannot work."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.errors import PipelineError
from crosswire.nlp.read import check_steps
from crosswire.pipeline import STEPS, process_batch
from crosswire.types import Document, RawDocument


def test_the_default_order_checks():
    check_steps(STEPS)


def test_a_step_before_its_prerequisite_fails_with_its_name():
    events = next(s for s in STEPS if s.name == "events")
    with pytest.raises(PipelineError, match="'events' needs"):
        check_steps([events, *[s for s in STEPS if s is not events]])


LINES = [
    "Share this story", "ADVERTISEMENT", "You may also enjoy",
    "Peru expelled a Chilean diplomat on Monday, the foreign ministry said.",
    '"We will respond," Chilean President Ana Testa told reporters on Tuesday.',
    "Chile rejected the accusation and said it would close its embassy in Lima.",
    "Talks between the two countries collapsed in 2019.",
    "A man walks past the embassy in Lima. Photo: Jane Doe/Reuters",
    "", "Comments",
]  # fmt: skip


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=8))
def test_offsets_lie_in_the_text_and_outside_removed_spans(lines):
    text = "\n".join(lines)
    [result] = process_batch([RawDocument(id="p", origin="test", content=text)])
    if not isinstance(result, Document):
        assert result.reason == "empty"
        return
    assert result.article.text == text
    removed = [(r.start, r.end) for r in result.article.removed]
    spans = [(e.start, e.end) for e in result.entities]
    spans += [(q.start, q.end) for q in result.quotes]
    spans += [(t.start, t.end) for t in result.timexes]
    spans += [(e.trigger_start, e.trigger_end) for e in result.events]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert not any(s < end and start < e for s, e in removed)


class _CountingNlp:
    """Stands in for spaCy: a Doc is its text, and every text piped is counted."""

    def __init__(self):
        self.piped = []

    def pipe(self, texts, batch_size=1):
        for text in texts:
            self.piped.append(text)
            yield f"doc:{text}"


def test_a_paragraph_is_parsed_once_in_a_batch_and_after(monkeypatch):
    from crosswire.nlp import read

    monkeypatch.setattr(read, "_kept", type(read._kept)())
    monkeypatch.setattr(read, "PARSES_KEPT", 3)
    nlp = _CountingNlp()
    first = ["a", "b", "a", "c", "b"]
    assert list(read.parse_paragraphs(nlp, first, 2)) == [f"doc:{t}" for t in first]
    assert nlp.piped == ["a", "b", "c"]
    # the next batch reuses what was kept; "d" and "e" push out the two least recent
    second = ["c", "d", "e"]
    assert list(read.parse_paragraphs(nlp, second, 2)) == [f"doc:{t}" for t in second]
    assert nlp.piped == ["a", "b", "c", "d", "e"]
    third = ["a", "b", "e"]
    assert list(read.parse_paragraphs(nlp, third, 2)) == [f"doc:{t}" for t in third]
    assert nlp.piped == ["a", "b", "c", "d", "e", "a", "b"]
    # another pipeline's parses are its own
    other = _CountingNlp()
    assert list(read.parse_paragraphs(other, ["e"], 2)) == ["doc:e"]
    assert other.piped == ["e"]


def test_forgotten_parses_are_parsed_again(monkeypatch):
    from crosswire.nlp import read

    monkeypatch.setattr(read, "_kept", type(read._kept)())
    nlp = _CountingNlp()
    list(read.parse_paragraphs(nlp, ["x", "y"], 2))
    list(read.parse_paragraphs(nlp, ["x"], 2))
    assert nlp.piped == ["x", "y"]  # kept: not parsed again
    read.forget_parses()
    list(read.parse_paragraphs(nlp, ["y", "x"], 2))
    assert nlp.piped == ["x", "y", "y", "x"]


def test_a_copy_reads_as_its_original_alone(monkeypatch):
    from crosswire.nlp import read

    original = (
        "Peru expelled a Chilean diplomat on Monday, the foreign ministry said.\n\n"
        '"We will respond," Chilean President Ana Testa told reporters on Tuesday.'
    )
    other = "Kenya recalled its envoy from Uganda on Friday after a row over trade."
    raws = [RawDocument(id=i, origin="test", content=t) for i, t in (("o", original), ("x", other))]
    copy = RawDocument(id="c", origin="test", content=original)
    together = process_batch([*raws, copy])
    monkeypatch.setattr(read, "_kept", type(read._kept)())  # alone, the copy is parsed anew
    alone = process_batch([copy])
    assert together[-1] == alone[0]
    assert together[-1].events and together[-1].quotes


def test_a_datelines_horizontal_bar_is_parsed_as_a_dash(monkeypatch):
    from crosswire.nlp import read
    from crosswire.nlp.model import load_nlp

    monkeypatch.setattr(read, "_kept", type(read._kept)())
    text = "HARTFORD \u2015 The harbour board said it would close the northern pier."
    [doc] = read.parse_paragraphs(load_nlp(), [text], 8)
    assert len(doc.text) == len(text)  # offsets into the article hold
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["say"]
    assert all(any(c.isalpha() for c in t.text) for t in doc if t.pos_ == "VERB")
