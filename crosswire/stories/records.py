"""`crosswire stories`: story lines from JSONL records (input records or `analyze` output)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from crosswire.clean import clean
from crosswire.dedup import body_text
from crosswire.ingest.files import record_to_raw
from crosswire.nlp.docdate import infer_document_date
from crosswire.settings import Settings
from crosswire.stories.cluster import cluster_stories
from crosswire.types import Article, DocumentDate, Removed, Skipped, Story, StoryItem

# An inferred document date below this confidence does not keep reports apart in time (it may be
# weeks off); such an article joins stories on its text alone.
MIN_DATE_CONFIDENCE = 0.5


def reliable_date(d: DocumentDate | None) -> date | None:
    """The date story clustering may use to keep reports apart in time."""
    if d is None or (d.source == "inferred" and d.confidence < MIN_DATE_CONFIDENCE):
        return None
    return d.value


def _from_analysis(rec: dict[str, Any]) -> StoryItem:
    removed = tuple(Removed(r["start"], r["end"], r.get("reason", "")) for r in rec["removed"])
    article = Article(id=str(rec["id"]), text=rec.get("text") or "", removed=removed)
    published = None
    if rec.get("published"):
        published = reliable_date(
            DocumentDate(
                date.fromisoformat(rec["published"][:10]),
                rec.get("published_source") or "given",
                rec.get("published_confidence") or 1.0,
            )
        )
    actors = tuple(sorted({e["code"] for e in rec.get("entities", []) if e.get("code")}))
    return StoryItem(article.id, body_text(article), rec.get("title"), published, actors)


def _from_input(rec: dict[str, Any], n: int, settings: Settings) -> StoryItem:
    raw = record_to_raw(rec, f"record:{n}", f"record:{n}")
    article = raw if isinstance(raw, Skipped) else clean(raw, settings.ingest)
    if isinstance(article, Skipped):
        return StoryItem(article.id, "")
    when = reliable_date(infer_document_date(article))
    return StoryItem(article.id, body_text(article), article.title, when)


def story_items(records: Iterable[dict[str, Any]], settings: Settings) -> Iterator[StoryItem]:
    for n, rec in enumerate(records, 1):
        if "removed" in rec and "skipped" in rec:
            yield StoryItem(str(rec["id"]), "") if rec.get("skipped") else _from_analysis(rec)
        else:
            yield _from_input(rec, n, settings)


def story_record(story: Story) -> dict[str, Any]:
    return {
        "story_id": story.id,
        "article_ids": list(story.article_ids),
        "title": story.title,
        "start": story.start.isoformat() if story.start else None,
        "end": story.end.isoformat() if story.end else None,
    }


def stories_of_records(
    records: Iterable[dict[str, Any]], settings: Settings
) -> list[dict[str, Any]]:
    """One line per story; every record's id lands in exactly one story."""
    return [
        story_record(s)
        for s in cluster_stories(list(story_items(records, settings)), settings.stories)
    ]
