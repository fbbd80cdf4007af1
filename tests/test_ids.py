from __future__ import annotations

import pytest

from crosswire.ids import event_ids
from crosswire.types import Actor, Event


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
