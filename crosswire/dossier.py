"""A story dossier: its sources, dated events with who reports them, quotes, differences.

Built from the store only, so the CLI, the API and the web page show the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from crosswire.store.duckdb_store import Store
from crosswire.types import FactValue, Story, StoryEvent


@dataclass(frozen=True)
class Source:
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    published_source: str | None
    copy_of: str | None


@dataclass(frozen=True)
class SpeakerQuotes:
    speaker: str
    quotes: tuple[tuple[str, str, bool], ...]  # (quote, article_id, direct)


@dataclass(frozen=True)
class Difference:
    about: str  # a StoryFact's: "date", "modality", "doer", "count", "killed", ...
    event: str  # a short description of the event
    values: tuple[FactValue, ...]


@dataclass(frozen=True)
class Dossier:
    story: Story
    sources: tuple[Source, ...]
    events: tuple[StoryEvent, ...]
    quotes: tuple[SpeakerQuotes, ...]
    differences: tuple[Difference, ...]


def describe(row: StoryEvent) -> str:
    """A story event in a line: "Chile: closure, SANCTION (161) → Peru" (the family tells
    apart acts that share a code)."""
    target_name = row.target_name or row.target_code
    target = f" → {target_name}" if target_name else ""
    family = f"{row.family}, " if row.family and row.family.upper() != row.plover else ""
    return f"{row.source_name or row.source_code}: {family}{row.plover} ({row.cameo}){target}"


def _differences(events: list[StoryEvent]) -> list[Difference]:
    """The facts on which the independent sources of an event disagree."""
    return [
        Difference(f.about, describe(e), f.values)
        for e in events
        for f in e.facts
        if f.status == "conflicting"
    ]


def build_dossier(store: Store, story_id: str | None = None) -> Dossier:
    story = store.story(story_id) if story_id else store.latest_story()
    copies = {c.article_id: c.original_id for c in store.copies()}
    sources, speakers = [], defaultdict(list)
    for aid in story.article_ids:
        doc = store.read_document(aid)
        a = doc.article
        sources.append(
            Source(
                aid,
                a.title,
                a.outlet,
                doc.date.value.isoformat() if doc.date else None,
                doc.date.source if doc.date else None,
                copies.get(aid),
            )
        )
        for q in doc.quotes:
            speakers[q.speaker or "(unattributed)"].append((q.quote, aid, q.direct))
    events = store.read_story_events(story.id)
    quotes = tuple(
        SpeakerQuotes(s, tuple(qs))
        for s, qs in sorted(
            speakers.items(), key=lambda kv: (kv[0] == "(unattributed)", -len(kv[1]))
        )
    )
    return Dossier(story, tuple(sources), tuple(events), quotes, tuple(_differences(events)))
