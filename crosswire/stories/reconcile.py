"""Story events: mentions of one event in several articles merged, with their sources.

Two event mentions are the same story event when they have the same PLOVER type, the same
source and target actors (by code, else by canonical name) and compatible dates (one date is a
prefix of the other: "2021-10" and "2021-10-06"). Independent sources count copies of one
original once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crosswire.store.rows import StoryEventRow
from crosswire.types import Actor, Document, Event


@dataclass
class _Group:
    key: tuple[str, str, str]
    events: list[tuple[str, str, Event]]  # (event_id, article_id, event)


# Codes that are not country-first: the organisation is the whole code.
NON_STATE_PREFIXES = ("IGO", "NGO", "MNC", "INT")


def _who(a: Actor | None) -> str:
    """Who an actor is for matching across reports: the country of a state actor ("Germany" and
    "Berlin" are DEU and DEUGOV, one actor), the whole code of an organisation, else its name."""
    if a is None:
        return ""
    if a.code:
        return a.code if a.code.startswith(NON_STATE_PREFIXES) else a.code[:3]
    return (a.name or a.text).lower()


def _stated(e: Event) -> str | None:
    """The event's date when the text states it (a document-date fallback says nothing)."""
    return e.date if e.date_source != "document" else None


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def _date_of(events: Sequence[Event]) -> str | None:
    """The most specific date that the mentions agree on (others are prefixes of it)."""
    dates = sorted({e.date for e in events if e.date and e.date_source != "document"}, key=len)
    if not dates:
        dates = sorted({e.date for e in events if e.date}, key=len)
    return dates[-1] if dates else None


def reconcile(
    story_id: str,
    docs: Sequence[Document],
    event_ids: Mapping[str, Sequence[str]],
    origin_of: Mapping[str, str],
) -> list[StoryEventRow]:
    """Merge the events of a story's documents. ``origin_of`` maps a copy to its original."""
    groups: list[_Group] = []
    for doc in docs:
        for eid, ev in zip(event_ids[doc.id], doc.events, strict=True):
            key = (ev.plover, _who(ev.source), _who(ev.target))
            group = next(
                (
                    g
                    for g in groups
                    if g.key == key
                    and all(_compatible(_stated(ev), _stated(e)) for _, _, e in g.events)
                ),
                None,
            )
            if group is None:
                group = _Group(key, [])
                groups.append(group)
            group.events.append((eid, doc.id, ev))
    outlet = {d.id: d.article.outlet or d.id for d in docs}
    rows = []
    for g in groups:
        first = g.events[0][2]
        articles = list(dict.fromkeys(aid for _, aid, _ in g.events))
        independent = sorted({origin_of.get(a, a) for a in articles})
        modalities = {e.modality for _, _, e in g.events}
        status = (
            "single-source"
            if len(independent) == 1
            else ("conflicting" if len(modalities) > 1 else "corroborated")
        )
        sid = hashlib.sha1(f"{story_id}|{'|'.join(g.key)}|{g.events[0][0]}".encode()).hexdigest()
        rows.append(
            StoryEventRow(
                story_event_id=sid[:16],
                story_id=story_id,
                cameo=first.cameo,
                plover=first.plover,
                source_code=first.source.code,
                source_name=first.source.name or first.source.text,
                target_code=first.target.code if first.target else None,
                target_name=(first.target.name or first.target.text) if first.target else None,
                date=_date_of([e for _, _, e in g.events]),
                modality=",".join(sorted(modalities)),
                n_mentions=len(g.events),
                outlets=tuple(dict.fromkeys(outlet[a] for a in articles)),
                independent_sources=tuple(independent),
                status=status,
                mentions=tuple(
                    (eid, aid, e.trigger_start, e.trigger_end) for eid, aid, e in g.events
                ),
            )
        )
    return sorted(rows, key=lambda r: (r.date or "9999", r.cameo))
