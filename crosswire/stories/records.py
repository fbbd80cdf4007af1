"""`crosswire stories`: story lines from JSONL records (input records or `analyze` output).

An `analyze` record brings its events, so its story gains merged events and disagreements; an
input record is only cleaned and dated (no spaCy), so its story has articles but no events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from crosswire.clean import clean
from crosswire.ingest.files import record_to_raw
from crosswire.nlp.docdate import infer_document_date
from crosswire.settings import Settings
from crosswire.store.rows import StoryEventRow
from crosswire.stories.assemble import assemble
from crosswire.types import Actor, Article, Document, DocumentDate, Event, Removed, Skipped, Story

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


def _from_input(rec: dict[str, Any], n: int, settings: Settings) -> Document:
    raw = record_to_raw(rec, f"record:{n}", f"record:{n}")
    article = raw if isinstance(raw, Skipped) else clean(raw, settings.ingest)
    if isinstance(article, Skipped):
        return Document(article=Article(id=article.id, text=""))
    return Document(article=article, date=infer_document_date(article))


def documents(records: Iterable[dict[str, Any]], settings: Settings) -> Iterator[Document]:
    for n, rec in enumerate(records, 1):
        if "removed" in rec and "skipped" in rec:  # an `analyze` record
            if rec.get("skipped"):
                yield Document(article=Article(id=str(rec["id"]), text=""))
            else:
                yield _from_analysis(rec)
        else:
            yield _from_input(rec, n, settings)


def _values(values) -> list[dict[str, Any]]:
    return [{"value": v, "article_ids": list(ids)} for v, ids in values]


def story_event_record(row: StoryEventRow) -> dict[str, Any]:
    return {
        "story_event_id": row.story_event_id, "family": row.family,
        "cameo": row.cameo, "plover": row.plover,
        "source": {"code": row.source_code, "name": row.source_name},
        "target": {"code": row.target_code, "name": row.target_name} if row.target_name else None,
        "date": row.date, "modality": row.modality,
        "mentions": [{"event_id": e, "article_id": a, "start": s, "end": t}
                     for e, a, s, t in row.mentions],
        "outlets": list(row.outlets), "independent_sources": list(row.independent_sources),
        "status": row.status,
        "facts": [{"about": ABOUT.get(a, a), "fact": a, "status": s, "values": _values(v)}
                  for a, s, v in row.facts],
    }  # fmt: skip


def disagreements(rows: Iterable[StoryEventRow]) -> list[dict[str, Any]]:
    return [
        {"story_event_id": r.story_event_id, "about": ABOUT.get(a, a), "fact": a,
         "values": _values(v)}
        for r in rows for a, s, v in r.facts if s == "conflicting"
    ]  # fmt: skip


def story_record(story: Story, rows: list[StoryEventRow] | None = None) -> dict[str, Any]:
    rows = rows or []
    return {"story_id": story.id, "article_ids": list(story.article_ids), "title": story.title,
            "start": story.start.isoformat() if story.start else None,
            "end": story.end.isoformat() if story.end else None,
            "events": [story_event_record(r) for r in rows],
            "disagreements": disagreements(rows)}  # fmt: skip


def stories_of_records(
    records: Iterable[dict[str, Any]], settings: Settings
) -> list[dict[str, Any]]:
    """One line per story; every record's id lands in exactly one story."""
    made = assemble(list(documents(records, settings)), settings)
    return [story_record(s, made.events[s.id]) for s in made.stories]
