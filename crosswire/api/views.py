"""Library data as JSON-ready dicts: the dossier, its source × fact matrix, pair time series.

The API routes and the web pages show exactly these, so they cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, fields
from typing import Any

import duckdb

from crosswire.dossier import Dossier, build_dossier, describe
from crosswire.errors import DataError
from crosswire.events.ontology import load_ontology
from crosswire.records import document_record
from crosswire.store import api_queries as A
from crosswire.store import queries as Q
from crosswire.store.rows import fact_list
from crosswire.types import CopyLink, Document, Story, StoryEvent


class ReadView:
    """The read methods of ``Store`` that ``build_dossier`` uses, over one request's cursor,
    for one story: its articles are read in one batch when the view is made.

    DuckDB connections are not thread-safe, so each request has its own cursor; and reading a
    story's articles one by one costs a table scan per article and table on a large store.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, story: Story) -> None:
        self.connection = con
        self._story = story
        self._docs = Q.read_documents(con, list(story.article_ids))

    def story(self, story_id: str) -> Story:
        return self._story if story_id == self._story.id else Q.story(self.connection, story_id)

    def latest_story(self) -> Story:
        return Q.latest_story(self.connection)

    def copies(self) -> list[CopyLink]:
        """The copy links of this story's articles (all a dossier looks up)."""
        return A.copies_of(self.connection, list(self._story.article_ids))

    def read_document(self, article_id: str) -> Document:
        found = self._docs.get(article_id)
        return found if found is not None else Q.read_document(self.connection, article_id)

    def read_story_events(self, story_id: str) -> list[StoryEvent]:
        return Q.read_story_events(self.connection, story_id)


def dossier_of(con: duckdb.DuckDBPyConnection, story_id: str) -> Dossier:
    view = ReadView(con, Q.story(con, story_id))
    return build_dossier(view, story_id)  # type: ignore[arg-type]


def _story(s: Story) -> dict[str, Any]:
    d = asdict(s)
    d["start"] = s.start.isoformat() if s.start else None
    d["end"] = s.end.isoformat() if s.end else None
    return d


def story_events(con: duckdb.DuckDBPyConnection, d: Dossier) -> list[dict[str, Any]]:
    """Story events with a label and each mention's article, sentence and trigger offsets."""
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in A.evidence(con, d.story.id):
        m["place"] = _place(m)
        mentions[m.pop("story_event_id")].append(m)
    out = []
    for row in d.events:
        item = _event_fields(row)
        item["label"] = describe(row)
        item["mentions"] = mentions.get(row.story_event_id, [])
        # the place most of its mentions give (first named on a tie)
        places = [m["place"] for m in item["mentions"] if m["place"]]
        item["place"] = max(places, key=places.count, default=None)
        out.append(item)
    return out


def _event_fields(e: StoryEvent) -> dict[str, Any]:
    """A story event's fields but its mentions; facts in the stored positional form."""
    item = {f.name: getattr(e, f.name) for f in fields(e) if f.name != "mentions"}
    item["facts"] = [fact_list(f) for f in e.facts]
    return item


def _place(m: dict[str, Any]) -> dict[str, Any] | None:
    """A mention's place_* columns as one object, None without a place."""
    place = {k[6:]: m.pop(k) for k in list(m) if k.startswith("place_")}
    return place if place.get("type") else None


def quotes(d: Dossier) -> list[dict[str, Any]]:
    return [
        {
            "speaker": s.speaker,
            "quotes": [
                {"quote": q, "article_id": a, "direct": direct} for q, a, direct in s.quotes
            ],
        }
        for s in d.quotes
    ]


def disagreements(d: Dossier) -> list[dict[str, Any]]:
    return [
        {
            "about": x.about,
            "event": x.event,
            "values": [{"value": v.value, "article_ids": list(v.article_ids)} for v in x.values],
        }
        for x in d.differences
    ]


def _stated_by(event: StoryEvent, article_id: str) -> list[dict[str, str]]:
    """The facts (date, modality, numbers) the article states about the event."""
    return [
        {"about": f.about, "status": f.status, "value": v.value}
        for f in event.facts
        for v in f.values
        if article_id in v.article_ids
    ]


def matrix(d: Dossier, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows are the story's sources (articles), columns its facts (story events): ``events``
    are ``story_events(con, d)``, in the order of ``d.events``.

    A cell is the event's status when that source reports it, with the modality, dates and
    facts it states, else null.
    """
    facts = [{"story_event_id": e["story_event_id"], "label": e["label"]} for e in events]
    rows = []
    for s in d.sources:
        cells = []
        for row, e in zip(d.events, events, strict=True):
            own = [m for m in e["mentions"] if m["article_id"] == s.article_id]
            cells.append(
                {
                    "status": e["status"],
                    "modality": sorted({m["modality"] for m in own}),
                    "dates": sorted({m["date"] for m in own if m["date"]}),
                    "facts": _stated_by(row, s.article_id),
                }
                if own
                else None
            )
        rows.append({"article_id": s.article_id, "outlet": s.outlet, "cells": cells})
    return {"facts": facts, "rows": rows}


def dossier_json(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any]:
    d = dossier_of(con, story_id)
    events = story_events(con, d)
    return {
        "story": _story(d.story),
        "sources": [asdict(s) for s in d.sources],
        "events": events,
        "quotes": quotes(d),
        "disagreements": disagreements(d),
        "matrix": matrix(d, events),
    }


def _score(event: str, mode: str) -> float | None:
    try:
        return load_ontology().plover_score(event, mode)
    except DataError:  # a CAMEO 01/02 event has no PLOVER type, so no score
        return None


def series(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Buckets from ``api_queries.pair_buckets`` rows: counts, Goldstein and PLOVER means,
    distinct independent sources, counts per PLOVER type."""
    by_period: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_period[r["period"]].append(r)
    out = []
    for period, group in sorted(by_period.items()):
        n = sum(r["n"] for r in group)
        scored = [(r["n"], _score(r["plover"], r["mode"])) for r in group]
        scored = [(k, s) for k, s in scored if s is not None]
        plover: dict[str, int] = defaultdict(int)
        for r in group:
            plover[r["plover"] or "(none)"] += r["n"]
        out.append(
            {
                "period": period,
                "count": n,
                "goldstein_mean": round(sum(r["goldstein_sum"] for r in group) / n, 3),
                "plover_score_mean": round(
                    sum(k * s for k, s in scored) / sum(k for k, _ in scored), 3
                )
                if scored
                else None,
                "independent_sources": len({s for r in group for s in r["sources"]}),
                "by_plover": dict(plover),
            }
        )
    return out


def article_json(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any]:
    """The batch-contract record of an article, with stable event ids and its stories."""
    record = document_record(Q.read_document(con, article_id))
    for event, event_id in zip(record["events"], A.event_ids_of(con, article_id), strict=True):
        event["event_id"] = event_id
    found = con.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id", [article_id]
    ).fetchall()
    record["story_ids"] = [r[0] for r in found]
    return record
