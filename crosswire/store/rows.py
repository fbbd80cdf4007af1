"""Record ↔ row conversion: frozen records in, tuples of column values out, and back.

Pure functions only; no connection here. Column names are the dataclass field names where a
record is flat (removed spans, captions, sentences, entities, quotes, timexes), so the schema and
the records cannot drift apart silently: a missing column fails the first insert.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from crosswire.ids import event_ids
from crosswire.types import (
    Actor,
    Article,
    Caption,
    Document,
    DocumentDate,
    Entity,
    Event,
    EventMention,
    FactValue,
    Hints,
    Place,
    Quote,
    RawDocument,
    Removed,
    Sentence,
    StoryEvent,
    StoryFact,
    Timex,
)

Row = tuple[Any, ...]

# Flat child tables: table name → (record class, where the tuple lives on a Document).
FLAT_TABLES: dict[str, tuple[type, str]] = {
    "removed": (Removed, "article.removed"),
    "captions": (Caption, "article.captions"),
    "sentences": (Sentence, "sentences"),
    "entities": (Entity, "entities"),
    "quotes": (Quote, "quotes"),
    "timexes": (Timex, "timexes"),
}

ARTICLE_COLUMNS = (
    "article_id", "content_hash", "run_id", "title", "outlet", "url", "origin", "published",
    "published_source", "modified", "language", "authors", "text", "doc_date", "doc_date_source",
    "date_confidence", "date_evidence", "stored_at", "political",
)  # fmt: skip

_ACTOR_FIELDS = ("text", "name", "code", "start", "end")
_EVENT_TAIL = (
    "cameo", "plover", "mode", "goldstein", "quad", "date", "date_source", "modality",
    "sentence_start", "sentence_end", "trigger_start", "trigger_end", "confidence", "rule",
)  # fmt: skip
_PLACE_FIELDS = ("name", "type", "country", "admin1", "latitude", "longitude", "geonameid")
_PATTERN_FIELDS = ("pattern_verb", "pattern_words")
EVENT_COLUMNS = (
    "event_id", "article_id", "ord",
    *(f"source_{f}" for f in _ACTOR_FIELDS),
    *(f"target_{f}" for f in _ACTOR_FIELDS),
    *_EVENT_TAIL,
    *(f"place_{f}" for f in _PLACE_FIELDS),
    *_PATTERN_FIELDS,
)  # fmt: skip

RAW_COLUMNS = (
    "content_hash", "content", "is_text", "content_type", "url", "origin", "outlet",
    "fetched_at", "hints",
)  # fmt: skip
# zlib level for stored raw inputs: 6 (zlib's default) compresses HTML ~5x; 9 gains ~2% and
# costs twice the time.
RAW_ZLIB_LEVEL = 6

STORY_EVENT_COLUMNS = tuple(f.name for f in fields(StoryEvent) if f.name != "mentions")


def quote_ident(name: str) -> str:
    """Column names like ``start``/``end`` are SQL keywords: always quote."""
    return '"' + name.replace('"', '""') + '"'


def flat_columns(table: str) -> tuple[str, ...]:
    cls, _ = FLAT_TABLES[table]
    return tuple(f.name for f in fields(cls))


def _records_at(doc: Document, where: str) -> tuple[Any, ...]:
    obj: Any = doc
    for part in where.split("."):
        obj = getattr(obj, part)
    return obj


def _tupled(value: Any) -> Any:
    """DuckDB gives lists back; the frozen records hold tuples."""
    return tuple(_tupled(v) for v in value) if isinstance(value, list) else value


def flat_record(cls: type, row: Sequence[Any]) -> Any:
    """A flat record (removed span, entity, quote, ...) from its row of column values."""
    return cls(*(_tupled(v) for v in row))


def flat_rows(doc: Document, table: str) -> list[Row]:
    cls, where = FLAT_TABLES[table]
    names = [f.name for f in fields(cls)]
    return [
        (doc.id, i, *(getattr(r, n) for n in names)) for i, r in enumerate(_records_at(doc, where))
    ]


def article_row(doc: Document, run_id: str, content_hash: str, stored_at: Any) -> Row:
    a, d = doc.article, doc.date
    return (
        a.id, content_hash, run_id, a.title, a.outlet, a.url, a.origin, a.published,
        a.published_source, a.modified, a.language, list(a.authors), a.text,
        d.value if d else None, d.source if d else None, d.confidence if d else None,
        d.evidence if d else None, stored_at, doc.political,
    )  # fmt: skip


def _actor_values(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * len(_ACTOR_FIELDS)
    return [getattr(actor, f) for f in _ACTOR_FIELDS]


def event_rows(doc: Document) -> list[Row]:
    ids = event_ids(doc.id, doc.events)
    return [
        (event_id, doc.id, i, *_actor_values(e.source), *_actor_values(e.target), *_tail(e))
        for i, (event_id, e) in enumerate(zip(ids, doc.events, strict=True))
    ]


def _tail(event: Event) -> list[Any]:
    place = [getattr(event.place, f) if event.place else None for f in _PLACE_FIELDS]
    pattern = [event.pattern_verb, list(event.pattern_words)]
    return [getattr(event, f) for f in _EVENT_TAIL] + place + pattern


def _actor(values: Sequence[Any]) -> Actor | None:
    if values[0] is None:
        return None
    return Actor(*values)


def event_from_row(row: Sequence[Any]) -> Event:
    """``row`` holds EVENT_COLUMNS minus the leading event_id, article_id, ord."""
    n, k = len(_ACTOR_FIELDS), len(_PLACE_FIELDS)
    *values, verb, words = row
    place = Place(*values[-k:]) if values[-k] is not None else None
    return Event(
        _actor(values[:n]), _actor(values[n : 2 * n]), *values[2 * n : -k], place=place,
        pattern_verb=verb, pattern_words=tuple(words),
    )  # fmt: skip


def article_from_row(row: Sequence[Any], removed: tuple, captions: tuple) -> Article:
    """``row`` holds ARTICLE_COLUMNS in order."""
    values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    return Article(
        id=values["article_id"],
        text=values["text"],
        title=values["title"],
        url=values["url"],
        outlet=values["outlet"],
        removed=removed,
        captions=captions,
        published=as_date(values["published"]),
        published_source=values["published_source"],
        language=values["language"],
        authors=tuple(values["authors"] or ()),
        origin=values["origin"],
        modified=as_date(values["modified"]),
    )


def raw_row(raw: RawDocument, content_hash: str) -> Row:
    """RAW_COLUMNS of ``raw``; its id is not kept here (see ``raw_articles``)."""
    is_text = isinstance(raw.content, str)
    # surrogatepass: a str with lone surrogates (undecodable input kept as is) still round-trips
    content = raw.content
    body = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    hints = {"title": raw.hints.title, "published": raw.hints.published,
             "authors": list(raw.hints.authors)}  # fmt: skip
    return (
        content_hash, zlib.compress(body, RAW_ZLIB_LEVEL), is_text, raw.content_type, raw.url,
        raw.origin, raw.outlet, raw.fetched_at.isoformat() if raw.fetched_at else None,
        json.dumps(hints),
    )  # fmt: skip


def raw_from_row(article_id: str, row: Sequence[Any]) -> RawDocument:
    """The RawDocument of ``article_id`` from its ``raw`` row (RAW_COLUMNS in order)."""
    values = dict(zip(RAW_COLUMNS, row, strict=True))
    body = zlib.decompress(values["content"])
    hints = json.loads(values["hints"])
    fetched = values["fetched_at"]
    return RawDocument(
        id=article_id,
        origin=values["origin"],
        content=body.decode("utf-8", "surrogatepass") if values["is_text"] else body,
        content_type=values["content_type"],
        url=values["url"],
        outlet=values["outlet"],
        fetched_at=datetime.fromisoformat(fetched) if fetched else None,
        hints=Hints(hints["title"], hints["published"], tuple(hints["authors"])),
    )


def document_date_from_row(row: Sequence[Any]) -> DocumentDate | None:
    values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    if values["doc_date"] is None:
        return None
    return DocumentDate(
        value=as_date(values["doc_date"]),
        source=values["doc_date_source"],
        confidence=values["date_confidence"],
        evidence=values["date_evidence"],
    )


def political_from_row(row: Sequence[Any]) -> float | None:
    return dict(zip(ARTICLE_COLUMNS, row, strict=True))["political"]


def as_date(value: Any) -> date | None:
    # DuckDB gives datetime.date for DATE columns; keep the type exact for round-trips.
    if value is None or type(value) is date:
        return value
    return date(value.year, value.month, value.day)


def story_event_row_values(event: StoryEvent, ord_: int) -> Row:
    values = {f: getattr(event, f) for f in STORY_EVENT_COLUMNS}
    values["outlets"] = list(event.outlets)
    values["independent_sources"] = list(event.independent_sources)
    values["facts"] = json.dumps([fact_list(f) for f in event.facts])
    return (*values.values(), ord_)


def fact_list(fact: StoryFact) -> list[Any]:
    """The stored form of a fact, which the API serves too: [about, status, [[value, [article
    ids]], ...]]."""
    return [fact.about, fact.status, [[v.value, list(v.article_ids)] for v in fact.values]]


# Why a story event joined reports, per mention (types.EventMention)
EVIDENCE = ("likeness", "sides")


def mention_row(event: StoryEvent, ord_: int, m: EventMention) -> Row:
    evidence = (getattr(m, c) for c in EVIDENCE)
    return (event.story_event_id, ord_, m.event_id, m.article_id, m.start, m.end, *evidence)


def story_event_from_row(values: Sequence[Any], mentions: Sequence[Sequence[Any]]) -> StoryEvent:
    """``values`` holds STORY_EVENT_COLUMNS in order; ``mentions`` (event id, article id,
    start, end, likeness, sides) rows of ``event_mentions`` in order."""
    kw = dict(zip(STORY_EVENT_COLUMNS, values, strict=True))
    kw["outlets"] = tuple(kw["outlets"] or ())
    kw["independent_sources"] = tuple(kw["independent_sources"] or ())
    kw["facts"] = tuple(
        StoryFact(about, status, tuple(FactValue(v, tuple(ids)) for v, ids in values))
        for about, status, values in json.loads(kw["facts"] or "[]")
    )
    return StoryEvent(**kw, mentions=tuple(EventMention(*m) for m in mentions))
