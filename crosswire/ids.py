"""Stable ids of records, shared by the stories (which events a story event merges) and the
store (the key of an event row), so that neither has to ask the other."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from crosswire.types import Event

# Hex digits kept of the SHA-1 in an event id: 64 bits, so a collision needs ~4e9 events.
EVENT_ID_HEX = 16


def event_ids(article_id: str, events: Sequence[Event]) -> tuple[str, ...]:
    """Stable ids: hash of article id, trigger offsets and CAMEO code.

    Two events of one article with the same trigger and code (one verb, two targets) get an
    occurrence number in the hash, so ids stay unique and re-ingesting gives the same ids.
    """
    seen: Counter[str] = Counter()
    ids = []
    for event in events:
        key = f"{article_id}\x1f{event.trigger_start}\x1f{event.trigger_end}\x1f{event.cameo}"
        occurrence = seen[key]
        seen[key] += 1
        if occurrence:
            key = f"{key}\x1f{occurrence}"
        ids.append(hashlib.sha1(key.encode("utf-8")).hexdigest()[:EVENT_ID_HEX])
    return tuple(ids)
