"""A story dossier: its sources, dated events with who reports them, quotes, differences.

Built from the store only, so the CLI, the API and the web page show the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from crosswire.store.duckdb_store import Store
from crosswire.store.rows import StoryEventRow, event_ids
from crosswire.types import Story


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
    about: str  # "date" | "modality"
    event: str  # a short description of the event
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, article ids)


@dataclass(frozen=True)
class Dossier:
    story: Story
    sources: tuple[Source, ...]
    events: tuple[StoryEventRow, ...]
    quotes: tuple[SpeakerQuotes, ...]
    differences: tuple[Difference, ...]


def _describe(row: StoryEventRow) -> str:
    target = f" → {row.target_name}" if row.target_name else ""
    return f"{row.source_name}: {row.plover} ({row.cameo}){target}"


def _differences(events: list[StoryEventRow], modality: dict[str, str]) -> list[Difference]:
    out = []
    by_key: dict[tuple, list[StoryEventRow]] = defaultdict(list)
    for row in events:
        by_key[(row.plover, row.source_code or row.source_name, row.target_code)].append(row)
    for rows in by_key.values():
        dated = [r for r in rows if r.date]
        if (
            len({r.date for r in dated}) > 1
            and len({a for r in dated for a in r.independent_sources}) > 1
        ):
            values = tuple((r.date, tuple(dict.fromkeys(m[1] for m in r.mentions))) for r in dated)
            out.append(Difference("date", _describe(rows[0]), values))
    for row in events:
        modes: dict[str, list[str]] = defaultdict(list)
        for event_id, article_id, _, _ in row.mentions:
            modes[modality.get(event_id, "asserted")].append(article_id)
        if len(modes) > 1 and len({a for ids in modes.values() for a in ids}) > 1:
            values = tuple((m, tuple(dict.fromkeys(a))) for m, a in sorted(modes.items()))
            out.append(Difference("modality", _describe(row), values))
    return out


def build_dossier(store: Store, story_id: str | None = None) -> Dossier:
    story = store.story(story_id) if story_id else store.latest_story()
    copies = {c.article_id: c.original_id for c in store.copies()}
    sources, speakers, modality = [], defaultdict(list), {}
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
        modality.update(
            zip(event_ids(aid, doc.events), (e.modality for e in doc.events), strict=True)
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
    return Dossier(
        story, tuple(sources), tuple(events), quotes, tuple(_differences(events, modality))
    )
