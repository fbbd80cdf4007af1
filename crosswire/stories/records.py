"""`crosswire stories`: story lines, and `analyze` records read back as documents.

An `analyze` record brings its events, so its story gains merged events and disagreements; an
input record (cleaned and dated by ``pipeline.documents_of_records``, no spaCy) gives a story
articles but no events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from crosswire.settings import Settings
from crosswire.stories.assemble import assemble
from crosswire.types import (
    Actor,
    Article,
    Document,
    DocumentDate,
    Event,
    FactValue,
    Removed,
    Story,
    StoryEvent,
)

# Fact kinds as the output names them: counts and changes are both numbers.
ABOUT = {"count": "number", "change": "number", "timing": "modality"}


def _actor(d: dict[str, Any] | None) -> Actor | None:
    if not d or not (d.get("text") or d.get("name") or d.get("code")):
        return None  # none, or a doer the report does not name (``records.UNNAMED_SOURCE``)
    return Actor(d.get("text") or "", d.get("name"), d.get("code"), d.get("start"), d.get("end"))


def _event(d: dict[str, Any]) -> Event:
    return Event(
        source=_actor(d.get("source")), target=_actor(d.get("target")),
        cameo=d["cameo"], plover=d.get("plover") or "", mode=d.get("mode"),
        goldstein=d.get("goldstein") or 0.0, quad=d.get("quad") or 0, date=d.get("date"),
        date_source=d.get("date_source") or "sentence", modality=d.get("modality") or "asserted",
        sentence_start=d["sentence_start"], sentence_end=d["sentence_end"],
        trigger_start=d.get("trigger_start", d["sentence_start"]),
        trigger_end=d.get("trigger_end", d["sentence_end"]),
        confidence=d.get("confidence") or 0.0, rule=d.get("rule") or "",
    )  # fmt: skip


def _from_analysis(rec: dict[str, Any]) -> Document:
    removed = tuple(Removed(r["start"], r["end"], r.get("reason", "")) for r in rec["removed"])
    article = Article(id=str(rec["id"]), text=rec.get("text") or "", title=rec.get("title"),
                      outlet=rec.get("outlet"), url=rec.get("url"), removed=removed,
                      origin=rec.get("origin"))  # fmt: skip
    when = None
    if rec.get("published"):
        when = DocumentDate(date.fromisoformat(rec["published"][:10]),
                            rec.get("published_source") or "given",
                            rec.get("published_confidence") or 1.0)  # fmt: skip
    events = tuple(_event(e) for e in rec.get("events") or ())
    return Document(article=article, events=events, date=when)


def is_analysis(rec: dict[str, Any]) -> bool:
    """An `analyze` record (``crosswire.records``), not an input record."""
    return "removed" in rec and "skipped" in rec


def analysed_document(rec: dict[str, Any]) -> Document:
    """An `analyze` record back as a Document: its article, date and events."""
    if rec.get("skipped"):
        return Document(article=Article(id=str(rec["id"]), text=""))
    return _from_analysis(rec)


def _values(values: Iterable[FactValue]) -> list[dict[str, Any]]:
    return [{"value": v.value, "article_ids": list(v.article_ids)} for v in values]


def story_event_record(e: StoryEvent) -> dict[str, Any]:
    return {
        "story_event_id": e.story_event_id, "family": e.family,
        "cameo": e.cameo, "plover": e.plover,
        "source": {"code": e.source_code, "name": e.source_name},
        "target": {"code": e.target_code, "name": e.target_name} if e.target_name else None,
        "date": e.date, "modality": e.modality,
        "mentions": [{"event_id": m.event_id, "article_id": m.article_id, "start": m.start,
                      "end": m.end} for m in e.mentions],
        "outlets": list(e.outlets), "independent_sources": list(e.independent_sources),
        "status": e.status,
        "facts": [{"about": ABOUT.get(f.about, f.about), "fact": f.about, "status": f.status,
                   "values": _values(f.values)} for f in e.facts],
    }  # fmt: skip


def disagreements(events: Iterable[StoryEvent]) -> list[dict[str, Any]]:
    return [
        {"story_event_id": e.story_event_id, "about": ABOUT.get(f.about, f.about),
         "fact": f.about, "values": _values(f.values)}
        for e in events for f in e.facts if f.status == "conflicting"
    ]  # fmt: skip


def story_record(story: Story, events: list[StoryEvent] | None = None) -> dict[str, Any]:
    events = events or []
    return {"story_id": story.id, "article_ids": list(story.article_ids), "title": story.title,
            "start": story.start.isoformat() if story.start else None,
            "end": story.end.isoformat() if story.end else None,
            "events": [story_event_record(e) for e in events],
            "disagreements": disagreements(events)}  # fmt: skip


def stories_of_documents(docs: Sequence[Document], settings: Settings) -> list[dict[str, Any]]:
    """One line per story; every document's id lands in exactly one story."""
    made = assemble(docs, settings)
    return [story_record(s, made.events[s.id]) for s in made.stories]
