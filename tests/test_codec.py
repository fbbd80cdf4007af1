"""The records' JSON: every record survives to_json → from_json, and a wrong one is refused."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from crosswire.codec import from_json, to_json
from crosswire.types import (
    Document,
    EventMention,
    FactValue,
    Skipped,
    StoryEvent,
    StoryFact,
)
from tests.store.strategies import documents

_text = st.text(max_size=6)
_offset = st.integers(0, 99)
_ids = st.lists(st.text(max_size=6), max_size=3).map(tuple)
_facts = st.builds(
    StoryFact,
    st.sampled_from(["date", "modality", "timing", "count", "change"]),
    st.sampled_from(["corroborated", "single-source", "conflicting"]),
    st.lists(st.builds(FactValue, st.text(max_size=12), _ids), max_size=3).map(tuple),
)
_mentions = st.builds(EventMention, _text, _text, _offset, _offset)
story_events = st.builds(
    StoryEvent,
    story_event_id=_text,
    story_id=_text,
    cameo=_text,
    outlets=_ids,
    mentions=st.lists(_mentions, max_size=3).map(tuple),
    facts=st.lists(_facts, max_size=3).map(tuple),
)


@given(documents())
def test_a_document_round_trips(doc):
    assert from_json(Document, to_json(doc)) == doc


@given(st.builds(Skipped, st.text(), st.text(), st.text()))
def test_a_skip_round_trips(skip):
    assert from_json(Skipped, to_json(skip)) == skip


@given(story_events)
def test_a_story_event_round_trips(event):
    assert from_json(StoryEvent, to_json(event)) == event


def test_the_json_is_ascii_and_keeps_a_lone_surrogate():
    skip = Skipped("a\ud800", "encoding")
    text = to_json(skip)
    assert text.isascii() and from_json(Skipped, text) == skip


@pytest.mark.parametrize(
    "text",
    ['{"id": "a"}', '{"id": 1, "reason": "empty"}', '{"id": "a", "reason": ["empty"]}'],
)
def test_a_wrong_record_is_refused(text):
    with pytest.raises(ValidationError):
        from_json(Skipped, text)
