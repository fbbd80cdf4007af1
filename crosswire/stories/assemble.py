"""From analysed documents to stories with their reconciled events (store and CLI share this).

``assemble`` groups a whole collection at once (exact average linkage). ``extend`` is the
incremental form a store uses on each ingest: the stories already made stay as they are, and only
new or changed articles are decided on; they join a kept story or open one (single-pass average
linkage seeded with the kept stories). Articles a user placed (``pinned``: by merging or splitting
stories) stay where they were placed in both forms. Story events are recomputed only for stories
whose articles or copy links changed.

Grouping reads an outline of every article (``ArticleOutline``: its text, title, date and actor
codes); the analysed documents are loaded (``Load``) only for the stories whose events are
recomputed, a few hundred articles at a time, so a store's refresh holds its outlines, not its
analyses. ``assemble`` takes documents in memory (the CLI's), ``assemble_outlines`` and ``extend``
take outlines and a loader (a store's, or ``in_memory``'s).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from crosswire.dedup import body_text
from crosswire.dedup import find_copies as copy_links
from crosswire.ids import event_ids
from crosswire.settings import Settings
from crosswire.stories.cluster import StoryClusterer, cluster_stories
from crosswire.stories.reconcile import reconcile
from crosswire.types import (
    Article,
    ArticleOutline,
    CopyLink,
    Document,
    DocumentDate,
    Story,
    StoryEvent,
    StoryItem,
)

# The analysed documents of some articles, by id (``Store.read_documents``).
Load = Callable[[list[str]], Mapping[str, Document]]
# How many articles' documents reconciling loads at once: memory for a few hundred analyses.
LOAD_ARTICLES = 256

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


def outline_of(article: Article, when: DocumentDate | None, codes: Iterable[str]) -> ArticleOutline:
    return ArticleOutline(article.id, body_text(article), article.title, when,
                          tuple(sorted(set(codes))))  # fmt: skip


def outline(doc: Document) -> ArticleOutline:
    return outline_of(doc.article, doc.date, (e.code for e in doc.entities if e.code))


def _date_key(item: ArticleOutline) -> str:
    return item.date.value.isoformat() if item.date else "9999"


def find_copies(items: Sequence[ArticleOutline], settings: Settings) -> tuple[CopyLink, ...]:
    """Copy links, the earliest report of a text being the original."""
    ordered = sorted(items, key=_date_key)
    return copy_links([(d.id, d.text) for d in ordered], settings.dedup)


def story_items(items: Sequence[ArticleOutline], origin: Mapping[str, str]) -> list[StoryItem]:
    return [StoryItem(d.id, d.text, d.title, reliable_date(d.date), d.codes, origin.get(d.id))
            for d in items]  # fmt: skip


def _spanned(stories: Sequence[Story], items: Sequence[ArticleOutline]) -> tuple[Story, ...]:
    """Each story dated from the first to the last of its reports' dates, inferred ones
    included: clustering leaves unsure dates out (``reliable_date``), but a reader of the story
    should see that a report of it is dated two weeks later."""
    by_id = {d.id: d.date.value for d in items if d.date is not None}
    out = []
    for story in stories:
        dates = [by_id[a] for a in story.article_ids if a in by_id]
        if dates:
            story = replace(story, start=min(dates), end=max(dates))
        out.append(story)
    return tuple(out)


def _events(
    stories: Sequence[Story], load: Load, origin: Mapping[str, str]
) -> dict[str, list[StoryEvent]]:
    """Each story's reconciled events, its documents loaded with those of the stories next
    to it, about ``LOAD_ARTICLES`` at a time."""
    out: dict[str, list[StoryEvent]] = {}
    chunk: list[Story] = []
    size = 0
    for i, story in enumerate(stories):
        chunk.append(story)
        size += len(story.article_ids)
        if size >= LOAD_ARTICLES or i == len(stories) - 1:
            docs = load([a for s in chunk for a in s.article_ids])
            for s in chunk:
                members = [docs[a] for a in s.article_ids]
                ids = {d.id: event_ids(d.id, d.events) for d in members}
                out[s.id] = reconcile(s.id, members, ids, origin)
            chunk, size = [], 0
    return out


def in_memory(docs: Sequence[Document]) -> tuple[list[ArticleOutline], Load]:
    """Outlines of documents held in memory, and their loader."""
    by_id = {d.id: d for d in docs}
    return [outline(d) for d in docs], lambda ids: {i: by_id[i] for i in ids}


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
    """``assemble_outlines`` of documents in memory."""
    outlines, load = in_memory(docs)
    return assemble_outlines(outlines, load, settings, pinned)


def assemble_outlines(
    outlines: Sequence[ArticleOutline],
    load: Load,
    settings: Settings,
    pinned: Mapping[str, str] | None = None,
) -> Assembly:
    """Copies, stories over all articles (pinned ones where a user put them), and each
    story's merged events."""
    links = find_copies(outlines, settings)
    origin = {link.article_id: link.original_id for link in links}
    items = story_items(outlines, origin)
    pinned = {k: v for k, v in (pinned or {}).items() if k in {d.id for d in outlines}}
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
    stories = _spanned(stories, outlines)
    return Assembly(links, stories, _events(stories, load, origin))


def extend(
    outlines: Sequence[ArticleOutline],
    load: Load,
    settings: Settings,
    before: Sequence[Story],
    changed: Collection[str],
    old_copies: Sequence[CopyLink] = (),
    pinned: Mapping[str, str] | None = None,
) -> Assembly:
    """Stories of ``outlines`` keeping the stories ``before`` for the articles not ``changed``.

    Only stories whose articles or whose articles' copy links changed get their events in the
    result (their documents loaded by ``load``); the others keep the events they have.
    """
    ids = {d.id for d in outlines}
    links = find_copies(outlines, settings)
    origin = {link.article_id: link.original_id for link in links}
    kept = {a: s.id for s in before for a in s.article_ids if a in ids and a not in changed}
    placed = kept | {k: v for k, v in (pinned or {}).items() if k in ids}
    stories = _spanned(_seeded(story_items(outlines, origin), placed, settings), outlines)
    old = {s.id: set(s.article_ids) for s in before}
    old_origin = {link.article_id: link.original_id for link in old_copies}
    relinked = {a for a in ids if origin.get(a) != old_origin.get(a)} | set(changed)
    touched = [
        s for s in stories if old.get(s.id) != set(s.article_ids) or relinked & set(s.article_ids)
    ]
    return Assembly(links, stories, _events(touched, load, origin))
