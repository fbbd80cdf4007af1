"""Opaque cursors: the keyset of a page's last row, tagged with the list it belongs to."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from crosswire.errors import InputError


def encode_cursor(kind: str, key: tuple[Any, ...] | None) -> str | None:
    if key is None:
        return None
    raw = json.dumps([kind, *key], separators=(",", ":"), default=str).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


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
    return tuple(value[1:])
