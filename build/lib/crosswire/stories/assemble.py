"""From analysed documents to stories with their reconciled events (store and CLI share this)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crosswire.dedup import CopyIndex, body_text
from crosswire.settings import Settings
from crosswire.store.rows import StoryEventRow, event_ids
from crosswire.stories.cluster import cluster_stories
from crosswire.stories.reconcile import reconcile
from crosswire.types import CopyLink, Document, DocumentDate, Story, StoryItem

# An inferred document date below this confidence does not keep reports apart in time (it may be
# weeks off); such an article joins stories on its text alone.
MIN_DATE_CONFIDENCE = 0.5


def reliable_date(d: DocumentDate | None) -> date | None:
    """The date story clustering may use to keep reports apart in time."""
    if d is None or (d.source == "inferred" and d.confidence < MIN_DATE_CONFIDENCE):
        return None
    return d.value


@dataclass(frozen=True)
class Assembly:
    copies: tuple[CopyLink, ...]
    stories: tuple[Story, ...]
    events: dict[str, list[StoryEventRow]]  # story id → its events


def _date_key(doc: Document) -> str:
    return doc.date.value.isoformat() if doc.date else "9999"


def assemble(docs: Sequence[Document], settings: Settings) -> Assembly:
    """Copies (earliest first), stories over all documents, and each story's merged events."""
    ordered = sorted(docs, key=_date_key)
    index = CopyIndex(settings.dedup)
    links = tuple(link for d in ordered if (link := index.add(d.id, body_text(d.article))))
    origin = {link.article_id: link.original_id for link in links}
    items = [
        StoryItem(d.id, body_text(d.article), d.article.title, reliable_date(d.date),
                  tuple(sorted({e.code for e in d.entities if e.code})), origin.get(d.id))
        for d in docs
    ]  # fmt: skip
    stories = cluster_stories(items, settings.stories)
    by_id = {d.id: d for d in docs}
    events = {}
    for story in stories:
        members = [by_id[i] for i in story.article_ids]
        ids = {d.id: event_ids(d.id, d.events) for d in members}
        events[story.id] = reconcile(story.id, members, ids, origin)
    return Assembly(links, stories, events)
