"""Opaque cursors: the keyset of a page's last row, tagged with the list it belongs to.

A cursor comes back from the client, so it is checked against the shape of its list's keyset
before it reaches SQL: a cursor that was not made by this API is a 400, never a 500.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from crosswire.errors import InputError

# The keyset of each list's last row, as api_queries orders it: stories (end date or "", id),
# events (first day or "~", id), actors (number of events, actor id), articles (id).
KEYS: dict[str, tuple[type, ...]] = {
    "stories": (str, str),
    "events": (str, str),
    "actors": (int, str),
    "articles": (str,),
    # the events page's table (api/workbench.py): (sort value, event id) per sort
    "table-date": (str, str),
    "table-confidence": (float, str),
    "table-sources": (int, str),
    "table-goldstein": (float, str),
}
# A count in a keyset fits DuckDB's BIGINT; a larger number was not made by this API.
MAX_COUNT = 2**62


def encode_cursor(kind: str, key: tuple[Any, ...] | None) -> str | None:
    if key is None:
        return None
    raw = json.dumps([kind, *key], separators=(",", ":"), default=str).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _fits(value: Any, kind: type) -> bool:
    if kind is int:  # bool is an int to Python, not to this API
        return type(value) is int and 0 <= value <= MAX_COUNT
    return isinstance(value, kind)


def decode_cursor(kind: str, cursor: str | None) -> tuple[Any, ...] | None:
    """The keyset inside ``cursor``; InputError when it was not made by this list."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise InputError(f"cursor {cursor!r} is not a cursor this API gave out") from exc
    if not isinstance(value, list) or len(value) < 2 or value[0] != kind:
        raise InputError(f"cursor {cursor!r} does not belong to the {kind} list")
    key, shape = tuple(value[1:]), KEYS[kind]
    if len(key) != len(shape) or not all(map(_fits, key, shape)):
        raise InputError(
            f"cursor {cursor!r} is not a cursor of the {kind} list: use the next_cursor "
            "of the previous page"
        )
    return key
