from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from crosswire.ids import event_ids
from crosswire.store.rows import (
    RAW_COLUMNS,
    STORY_EVENT_COLUMNS,
    event_rows,
    flat_columns,
    mention_row,
    raw_from_row,
    raw_row,
    story_event_from_row,
    story_event_row_values,
)
from crosswire.types import (
    Actor,
    Article,
    Document,
    Event,
    EventMention,
    FactValue,
    Hints,
    RawDocument,
    StoryEvent,
    StoryFact,
)

_opt = st.none() | st.text(max_size=10)
raw_documents = st.builds(
    RawDocument,
    id=st.text(max_size=8),
    origin=st.text(max_size=20),
    content=st.text(max_size=200) | st.binary(max_size=200),
    content_type=st.sampled_from(["text/plain", "text/html"]),
    url=_opt,
    outlet=_opt,
    fetched_at=st.none() | st.datetimes(timezones=st.none() | st.timezones()),
    hints=st.builds(Hints, _opt, _opt, st.lists(st.text(max_size=10), max_size=3).map(tuple)),
)


def _event(trigger: tuple[int, int], cameo: str = "163", target: str | None = None) -> Event:
    return Event(
        Actor("Russia"), Actor(target) if target else None, cameo, "SANCTION", "", -4.0, 4,
        None, "none", "asserted", 0, 30, *trigger, 0.9, "r1",
    )  # fmt: skip


def test_event_rows_carry_the_ids() -> None:
    doc = Document(Article("a1", "x" * 40), events=(_event((5, 10)),))
    (row,) = event_rows(doc)
    assert row[0] == event_ids("a1", doc.events)[0]
    assert row[1:3] == ("a1", 0)


def test_columns_follow_the_records() -> None:
    assert flat_columns("quotes")[:3] == ("start", "end", "quote")
    assert "mentions" not in STORY_EVENT_COLUMNS
    assert STORY_EVENT_COLUMNS[0] == "story_event_id"
    assert StoryEvent("e", "s", "163").mentions == ()


def test_story_event_rows_round_trip() -> None:
    mentions = (EventMention("ev1", "a1", 3, 9), EventMention("ev2", "a2", 0, 4))
    facts = (
        StoryFact("date", "corroborated", (FactValue("2021-10", ("a1",)),
                                           FactValue("2021-10-05", ("a1", "a2")))),
        StoryFact("count", "single-source", (FactValue("3", ("a2",)),)),
    )  # fmt: skip
    event = StoryEvent("se1", "s1", "163", "SANCTION", outlets=("AP", "BBC"),
                       independent_sources=("AP",), mentions=mentions, facts=facts)  # fmt: skip
    values = story_event_row_values(event, 0)
    assert values[-1] == 0
    rows = [mention_row(event, i, m)[2:] for i, m in enumerate(event.mentions)]
    assert story_event_from_row(values[:-1], rows) == event


@given(raw=raw_documents)
def test_raw_rows_round_trip(raw: RawDocument) -> None:
    row = raw_row(raw, "hash")
    assert len(row) == len(RAW_COLUMNS) and row[0] == "hash"
    back = raw_from_row(raw.id, row)
    # the time comes back as the same instant and offset; a zone's name is not kept, and Python
    # never equates a time in a DST gap or fold with one in another zone
    assert replace(back, fetched_at=None) == replace(raw, fetched_at=None)
    when = (back.fetched_at, raw.fetched_at)
    assert when == (None, None) or when[0].isoformat() == when[1].isoformat()
