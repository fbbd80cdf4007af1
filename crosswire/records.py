"""The batch contract's JSON records (ARCHITECTURE.md): Document | Skipped → dict.

Fields may be added here, never removed or renamed: other tools read these records.
"""

from __future__ import annotations

from dataclasses import asdict
from types import MappingProxyType
from typing import Any

from crosswire.types import Actor, Document, Event, Skipped

EMPTY_LISTS = ("removed", "captions", "entities", "quotes", "timexes", "events")


def _actor(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"text": a.text, "name": a.name, "code": a.code, "start": a.start, "end": a.end}


# How a page, a dossier or a timeline heads an event whose report does not name the doer.
UNNAMED = "(doer not named)"
# The contract's source is always an object: a doer the report does not name ("were
# detained") is one with empty text and no name or code.
UNNAMED_SOURCE = MappingProxyType(
    {"text": "", "name": None, "code": None, "start": None, "end": None}
)


def event_record(e: Event) -> dict[str, Any]:
    return {
        "source": _actor(e.source) or dict(UNNAMED_SOURCE),
        "target": _actor(e.target),
        "cameo": e.cameo,
        "plover": e.plover,
        "mode": e.mode,
        "goldstein": e.goldstein,
        "quad": e.quad,
        "date": e.date,
        "date_source": e.date_source,
        "modality": e.modality,
        "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end,
        "trigger_start": e.trigger_start,
        "trigger_end": e.trigger_end,
        "confidence": e.confidence,
        "rule": e.rule,
        # the verb pattern it was read from ("" and [] when none was), which "rule" names too
        "pattern_verb": e.pattern_verb,
        "pattern_words": list(e.pattern_words),
        # {name, type, country, admin1, latitude, longitude, geonameid}; None: no known place
        "place": asdict(e.place) if e.place else None,
    }


def document_record(doc: Document) -> dict[str, Any]:
    a = doc.article
    date = doc.date
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": date.value.isoformat() if date else None,
        "published_source": date.source if date else None,
        "published_confidence": date.confidence if date else None,
        "modified": a.modified.isoformat() if a.modified else None,
        "authors": list(a.authors),
        "origin": a.origin,
        "language": a.language,
        "text": a.text,
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in a.removed],
        "captions": [{"start": c.start, "end": c.end, "text": c.text} for c in a.captions],
        "entities": [
            {
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "type": e.type,
                "canonical": e.canonical,
                "code": e.code,
            }
            for e in doc.entities
        ],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "quote": q.quote,
                "direct": q.direct,
                "cue": q.cue,
                "speaker": q.speaker,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
            }
            for q in doc.quotes
        ],
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in doc.timexes
        ],
        "events": [event_record(e) for e in doc.events],
        "political": doc.political,
        "skipped": None,
    }


def skipped_record(s: Skipped) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": s.id,
        "title": None,
        "outlet": None,
        "url": None,
        "published": None,
        "published_source": None,
        "text": None,
        "political": None,
    }
    rec.update({k: [] for k in EMPTY_LISTS})
    rec["skipped"] = {"reason": s.reason, "detail": s.detail}
    return rec


def to_record(result: Document | Skipped) -> dict[str, Any]:
    return skipped_record(result) if isinstance(result, Skipped) else document_record(result)
