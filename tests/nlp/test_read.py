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
