"""`crosswire stories`: story lines, and `analyze` records read back as documents.

An `analyze` record brings its events, so its story gains merged events and disagreements; an
input record (cleaned and dated by ``pipeline.documents_of_records``, no spaCy) gives a story
articles but no events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from crosswire import codec
from crosswire.errors import InputError
from crosswire.events.patterns import rule_parts
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

# Fact kinds as the output names them: counts and changes are both numbers; the dead and the
# wounded are casualties; the doer is who did it.
ABOUT = {"count": "number", "change": "number", "timing": "modality", "killed": "casualties",
         "wounded": "casualties", "doer": "who"}  # fmt: skip


# What an event field reads as when a record leaves it out or null: the batch contract does not
# ask for where the date came from, nor for the rule, and other programs write records too.
_EVENT_DEFAULTS = MappingProxyType(
    {"plover": "", "goldstein": 0.0, "quad": 0, "date_source": "sentence",
     "modality": "asserted", "confidence": 0.0, "rule": ""}
)  # fmt: skip


def _actor(d: dict[str, Any] | None) -> Actor | None:
    if not d or not (d.get("text") or d.get("name") or d.get("code")):
        return None  # none, or a doer the report does not name (``records.UNNAMED_SOURCE``)
    return codec.from_plain(Actor, {**d, "text": d.get("text") or ""})


def _event(d: dict[str, Any]) -> Event:
    trigger = {"trigger_start": d.get("sentence_start"), "trigger_end": d.get("sentence_end")}
    defaults = {**_EVENT_DEFAULTS, **trigger}  # a trigger not given: its whole sentence
    plain = {**defaults, **{k: v for k, v in d.items() if v is not None or k not in defaults}}
    plain["source"], plain["target"] = _actor(d.get("source")), _actor(d.get("target"))
    if "pattern_verb" not in d:  # written before events kept their verb pattern
        plain["pattern_verb"], plain["pattern_words"] = rule_parts(plain["rule"])
    return codec.from_plain(Event, plain)


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
    try:
        events = tuple(_event(e) for e in rec.get("events") or ())
    except ValidationError as exc:
        raise InputError(f"record {rec['id']!r}: an event cannot be read: {exc}") from exc
    return Document(article=article, events=events, date=when, political=rec.get("political"))


def is_analysis(rec: dict[str, Any]) -> bool:
    """An `analyze` record (``crosswire.records``), not an input record."""
    return "removed" in rec and "skipped" in rec


def analysed_document(rec: dict[str, Any]) -> Document:
    """An `analyze` record back as a Document: its article, date, events and how likely it is
    political news."""
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
                      "end": m.end, "likeness": m.likeness, "sides": m.sides}
                     for m in e.mentions],
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
