"""From analysed documents to stories with their reconciled events (store and CLI share this).

``assemble`` groups a whole collection at once (exact average linkage). ``extend`` is the
incremental form a store uses on each ingest: the stories already made stay as they are, and only
new or changed articles are decided on; they join a kept story or open one (single-pass average
linkage seeded with the kept stories). Articles a user placed (``pinned``: by merging or splitting
stories) stay where they were placed in both forms. Story events are recomputed only for stories
whose articles or copy links changed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from crosswire.dedup import CopyIndex, body_text
from crosswire.ids import event_ids
from crosswire.settings import Settings
from crosswire.stories.cluster import StoryClusterer, cluster_stories
from crosswire.stories.reconcile import reconcile
from crosswire.types import CopyLink, Document, DocumentDate, Story, StoryEvent, StoryItem

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
    events: dict[str, list[StoryEvent]]  # story id → its events (the stories recomputed)


def _date_key(doc: Document) -> str:
    return doc.date.value.isoformat() if doc.date else "9999"


def find_copies(docs: Sequence[Document], settings: Settings) -> tuple[CopyLink, ...]:
    """Copy links, the earliest report of a text being the original."""
    index = CopyIndex(settings.dedup)
    ordered = sorted(docs, key=_date_key)
    return tuple(link for d in ordered if (link := index.add(d.id, body_text(d.article))))


def story_items(docs: Sequence[Document], origin: Mapping[str, str]) -> list[StoryItem]:
    return [
        StoryItem(d.id, body_text(d.article), d.article.title, reliable_date(d.date),
                  tuple(sorted({e.code for e in d.entities if e.code})), origin.get(d.id))
        for d in docs
    ]  # fmt: skip


def _spanned(stories: Sequence[Story], docs: Sequence[Document]) -> tuple[Story, ...]:
    """Each story dated from the first to the last of its reports' dates, inferred ones
    included: clustering leaves unsure dates out (``reliable_date``), but a reader of the story
    should see that a report of it is dated two weeks later."""
    by_id = {d.id: d.date.value for d in docs if d.date is not None}
    out = []
    for story in stories:
        dates = [by_id[a] for a in story.article_ids if a in by_id]
        if dates:
            story = replace(story, start=min(dates), end=max(dates))
        out.append(story)
    return tuple(out)


def _events(
    stories: Sequence[Story], docs: Sequence[Document], origin: Mapping[str, str]
) -> dict[str, list[StoryEvent]]:
    by_id = {d.id: d for d in docs}
    out = {}
    for story in stories:
        members = [by_id[i] for i in story.article_ids]
        ids = {d.id: event_ids(d.id, d.events) for d in members}
        out[story.id] = reconcile(story.id, members, ids, origin)
    return out


def _seeded(
    items: Sequence[StoryItem], placed: Mapping[str, str], settings: Settings
) -> tuple[Story, ...]:
    """Items of ``placed`` (id → story) go to their story; the others are decided on, in date
    order, after them."""
    clusterer = StoryClusterer(settings.stories)
    fixed = [it for it in items if it.id in placed]
    free = [it for it in items if it.id not in placed]
    for item in sorted(fixed, key=lambda it: it.published or date.min):
        clusterer.add(item, placed[item.id])
    for item in sorted(free, key=lambda it: it.published or date.min):
        clusterer.add(item)
    return clusterer.stories()


def assemble(
    docs: Sequence[Document], settings: Settings, pinned: Mapping[str, str] | None = None
) -> Assembly:
    """Copies, stories over all documents (pinned ones where a user put them), and each
    story's merged events."""
    links = find_copies(docs, settings)
    origin = {link.article_id: link.original_id for link in links}
    items = story_items(docs, origin)
    pinned = {k: v for k, v in (pinned or {}).items() if k in {d.id for d in docs}}
    if pinned:
        free = [it for it in items if it.id not in pinned and origin.get(it.id) not in pinned]
        placed = dict(pinned) | {
            it.id: pinned[origin[it.id]] for it in items if origin.get(it.id) in pinned
        }
        stories = cluster_stories(free, settings.stories) + _seeded(
            [it for it in items if it.id in placed], placed, settings
        )
    else:
        stories = cluster_stories(items, settings.stories)
    stories = _spanned(stories, docs)
    return Assembly(links, stories, _events(stories, docs, origin))


def extend(
    docs: Sequence[Document],
    settings: Settings,
    before: Sequence[Story],
    changed: Collection[str],
    old_copies: Sequence[CopyLink] = (),
    pinned: Mapping[str, str] | None = None,
) -> Assembly:
    """Stories of ``docs`` keeping the stories ``before`` for the articles not ``changed``.

    Only stories whose articles or whose articles' copy links changed get their events in the
    result; the others keep the events they have.
    """
    ids = {d.id for d in docs}
    links = find_copies(docs, settings)
    origin = {link.article_id: link.original_id for link in links}
    kept = {a: s.id for s in before for a in s.article_ids if a in ids and a not in changed}
    placed = kept | {k: v for k, v in (pinned or {}).items() if k in ids}
    stories = _spanned(_seeded(story_items(docs, origin), placed, settings), docs)
    old = {s.id: set(s.article_ids) for s in before}
    old_origin = {link.article_id: link.original_id for link in old_copies}
    relinked = {a for a in ids if origin.get(a) != old_origin.get(a)} | set(changed)
    touched = [
        s for s in stories if old.get(s.id) != set(s.article_ids) or relinked & set(s.article_ids)
    ]
    return Assembly(links, stories, _events(touched, docs, origin))
