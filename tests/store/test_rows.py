from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.store.rows import (
    RAW_COLUMNS,
    STORY_EVENT_COLUMNS,
    StoryEventRow,
    event_ids,
    event_rows,
    flat_columns,
    raw_from_row,
    raw_row,
)
from crosswire.types import Actor, Article, Document, Event, Hints, RawDocument

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


def test_event_ids_are_stable_and_short() -> None:
    events = [_event((5, 10)), _event((12, 20), "112")]
    first = event_ids("a1", events)
    assert first == event_ids("a1", events)
    assert all(len(i) == 16 for i in first)
    assert len(set(first)) == 2


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("a1", (5, 10), "163"), ("a2", (5, 10), "163")),  # other article
        (("a1", (5, 10), "163"), ("a1", (5, 11), "163")),  # other trigger
        (("a1", (5, 10), "163"), ("a1", (5, 10), "1631")),  # other code
    ],
)
def test_event_ids_differ_by_article_trigger_and_code(left, right) -> None:
    a = event_ids(left[0], [_event(left[1], left[2])])
    b = event_ids(right[0], [_event(right[1], right[2])])
    assert a != b


def test_same_trigger_and_code_twice_get_distinct_ids() -> None:
    # One verb, two targets: "Russia sanctioned Ukraine and Georgia".
    ids = event_ids("a1", [_event((5, 10), target="Ukraine"), _event((5, 10), target="Georgia")])
    assert len(set(ids)) == 2


def test_event_id_depends_on_trigger_not_on_position() -> None:
    one, two = _event((5, 10)), _event((12, 20), "112")
    assert set(event_ids("a", [one, two])) == set(event_ids("a", [two, one]))


def test_event_rows_carry_the_ids() -> None:
    doc = Document(Article("a1", "x" * 40), events=(_event((5, 10)),))
    (row,) = event_rows(doc)
    assert row[0] == event_ids("a1", doc.events)[0]
    assert row[1:3] == ("a1", 0)


def test_columns_follow_the_records() -> None:
    assert flat_columns("quotes")[:3] == ("start", "end", "quote")
    assert "mentions" not in STORY_EVENT_COLUMNS
    assert STORY_EVENT_COLUMNS[0] == "story_event_id"
    assert StoryEventRow("e", "s", "163").mentions == ()


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
