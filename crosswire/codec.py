"""JSON for the frozen records of ``types.py``, read back by pydantic from their field types.

``from_json(type(r), to_json(r)) == r`` for every record. A field missing from the JSON (a
record written before the field was added) reads as its default; a value pydantic cannot read
as its field's type (lax mode: ISO strings are dates) is refused with ``pydantic.ValidationError``,
a ``ValueError``. The JSON is ASCII, so any Python string (a lone surrogate of an undecodable
input too) survives a UTF-8 store.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")


@cache
def _adapter(cls: type) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


def to_json(record: Any) -> str:
    # json.dumps, not pydantic's dump_json: that writes UTF-8 and refuses a lone surrogate
    plain = _adapter(type(record)).dump_python(record, mode="json")
    return json.dumps(plain, ensure_ascii=True, separators=(",", ":"))


def from_json(cls: type[T], text: str) -> T:
    # json.loads first for the same reason: pydantic's JSON parser refuses "\ud800"
    return from_plain(cls, json.loads(text))


def from_plain(cls: type[T], value: Any) -> T:
    """A record of ``cls`` from JSON already parsed (dicts, lists, strings, numbers); keys that
    are no field of ``cls`` are ignored."""
    return _adapter(cls).validate_python(value)
