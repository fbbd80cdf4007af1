"""Exports in the shapes researchers' tools read, streamed row by row from the store.

``export_text(con, what, fmt)`` yields text chunks (GDELT and ICEWS tab-separated, PLOVER JSONL,
CSV, JSONL, TimelineJS JSON, GEXF); ``export_parquet(con, what, path)`` writes Parquet. Given
``min_confidence``, the exports that carry events (events, mentions, network) keep only the events
the coder gave at least that confidence, and the mentions of those events. Every row
carries its stable id (event ids, story event ids, story ids are hashes that do not change when
the input is ingested again) and its source (article id, outlet, URL). An event row (CSV,
Parquet, PLOVER JSONL) also carries the actor id of its source and target, the id /api/actors
gives the actor (``store.identity``). CAMEO codes stay strings ("0231") and are checked against
the codebook before anything is written. The GDELT and ICEWS files have their data sets'
published columns (GDELT's 61, then ours: ``GDELT_EXTRA_COLUMNS``); PLOVER leaves undated events
out (``left_out`` says how many); the network is built and written by networkx (``network``).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

import duckdb
import networkx as nx
import pycountry

from crosswire import tables
from crosswire.errors import DataError, InputError
from crosswire.events.actors import code_parts
from crosswire.events.ontology import load_ontology
from crosswire.records import UNNAMED
from crosswire.store.actors import actor_ids_sql, actor_table, with_actor_ids
from crosswire.store.api_queries import EVENT_FIELDS, EVENTS_VIEW, EventFilter, event_where
from crosswire.store.geo import gdelt_action_geo, icews_geo

FORMATS: dict[str, tuple[str, ...]] = {
    "events": ("gdelt", "icews", "plover", "csv", "parquet"),
    "mentions": ("gdelt", "csv", "parquet"),
    "stories": ("csv", "jsonl", "parquet"),
    "timeline": ("timelinejs",),
    "network": ("gexf",),
}
# The exports whose rows are (or are made of) coded events, each with a confidence.
BY_CONFIDENCE = ("events", "mentions", "network")
BATCH = 2000  # rows fetched at a time: bounded memory whatever the store size
# GDELT's GLOBALEVENTID is an integer: the first 15 hex digits (60 bits) of our event id.
GDELT_ID_HEX = 15
CODER = "crosswire"
# GDELT's IsRootEvent marks events of the lead paragraph. Paragraphs are not reliable in our
# texts (plain text, extracted HTML), sentences are: the lead is the first three sentences,
# a headline and the one- or two-sentence lede of a news report.
LEAD_SENTENCES = 3
# Ours, after GDELT's 61 columns: how precise SQLDATE is (day, month, year; empty when the
# event has no date) and 1 when EventCode was made from a root-only code ("11" → "110").
GDELT_EXTRA_COLUMNS = ("DatePrecision", "EventCodeFromRoot")


def columns(name: str) -> tuple[str, ...]:
    """A column list from ``data/`` (comment lines start with #)."""
    return tuple(tables.lines("crosswire.store", f"data/{name}"))


@cache
def sector_names() -> dict[str, str]:
    """CAMEO role code → sector name ("GOV" → "Government"), from data/cameo_sectors.tsv."""
    return dict(
        r[:2] for r in tables.rows("crosswire.store", "data/cameo_sectors.tsv", min_columns=2)
    )


def check_format(what: str, fmt: str) -> None:
    if what not in FORMATS:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(FORMATS)}")
    if fmt not in FORMATS[what]:
        raise InputError(f"{what} export has no format {fmt!r}: use {', '.join(FORMATS[what])}")


def check_confidence(what: str, min_confidence: float | None) -> None:
    if min_confidence is None:
        return
    if what not in BY_CONFIDENCE:
        raise InputError(
            f"{what} export has no event confidence to filter on: "
            f"min_confidence applies to {', '.join(BY_CONFIDENCE)}"
        )
    if math.isnan(min_confidence) or not 0 <= min_confidence <= 1:
        raise InputError(f"min_confidence {min_confidence} is not between 0 and 1")


def confidence_where(min_confidence: float | None) -> tuple[str, list[Any]]:
    """``WHERE`` over ``ev e`` (EVENTS_VIEW) keeping events of at least ``min_confidence``
    (empty when None), and its parameters."""
    where, params = event_where(EventFilter(min_confidence=min_confidence))
    return (f"WHERE {' AND '.join(where)}" if where else ""), params


def check_codes(con: duckdb.DuckDBPyConnection) -> None:
    """DataError naming the first event whose CAMEO code is not in the codebook."""
    ontology = load_ontology()
    for code, event_id in con.execute(
        "SELECT cameo, min(event_id) FROM events GROUP BY cameo ORDER BY cameo"
    ).fetchall():
        if not ontology.is_valid(code):
            raise DataError(f"event {event_id} has CAMEO code {code!r}, not in the codebook")


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Iterator[dict]:
    cur = con.cursor()
    try:
        cur.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(BATCH):
            yield from (dict(zip(names, r, strict=True)) for r in rows)
    finally:
        cur.close()


# The 1-based number of an event's sentence in its article (ICEWS' Sentence Number).
SENTENCE_NUMBER = """nullif((SELECT count(*) FROM sentences s
    WHERE s.article_id = e.article_id AND s."start" <= e.sentence_start), 0)"""


def _events(con: duckdb.DuckDBPyConnection, min_confidence: float | None = None) -> Iterator[dict]:
    table = actor_table(con)
    cond, params = confidence_where(min_confidence)
    rows = _dicts(
        con,
        f"{EVENTS_VIEW} SELECT e.*, a.published, a.doc_date, {SENTENCE_NUMBER} AS sentence_number "
        f"FROM ev e JOIN articles a USING (article_id) {cond} ORDER BY e.event_id",
        params,
    )
    return (with_actor_ids(row, table) for row in rows)


MENTIONS_SELECT = """
    SELECT m.story_event_id, e.story_id, e.event_id, e.article_id, e.outlet, e.url,
           e.source_key, m."start", m."end", e.sentence_start, e.sentence_end, e.source_start,
           e.target_start, e.trigger_start, e.confidence, e.doc_len, e.stored_at
    FROM event_mentions m JOIN ev e USING (event_id)"""


def mentions_sql(min_confidence: float | None = None) -> tuple[str, list[Any]]:
    """The mentions query (of events of at least ``min_confidence``) and its parameters."""
    cond, params = confidence_where(min_confidence)
    sql = f"{EVENTS_VIEW} {MENTIONS_SELECT} {cond} ORDER BY m.story_event_id, m.ord"
    return sql, params


def _mentions(
    con: duckdb.DuckDBPyConnection, min_confidence: float | None = None
) -> Iterator[dict]:
    return _dicts(con, *mentions_sql(min_confidence))


STORIES_SQL = """
    SELECT s.story_id, s.title, s."start", s."end", s.actors,
           list(a.article_id ORDER BY a.ord) AS article_ids,
           list(DISTINCT r.outlet) FILTER (WHERE r.outlet IS NOT NULL) AS outlets,
           (SELECT count(*) FROM story_events v WHERE v.story_id = s.story_id) AS n_events,
           (SELECT list_sort(list_distinct(flatten(list(v.independent_sources))))
            FROM story_events v WHERE v.story_id = s.story_id) AS independent_sources
    FROM stories s LEFT JOIN story_articles a USING (story_id)
    LEFT JOIN articles r ON r.article_id = a.article_id
    GROUP BY ALL ORDER BY s.story_id"""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def _tsv(rows: Iterator[list[Any]], header: tuple[str, ...] | None = None) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v).replace("\t", " ").replace("\n", " ") for v in row])
        if buf.tell() > 1 << 16:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _csv(rows: Iterator[dict], header: tuple[str, ...]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in header])
        if buf.tell() > 1 << 16:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _country(code: str | None) -> tuple[str, str]:
    """(alpha-3, name) when an actor code starts with a country's ISO code, else blanks."""
    found = pycountry.countries.get(alpha_3=code[:3]) if code and len(code) >= 3 else None
    return (found.alpha_3, found.name) if found else ("", "")


def gdelt_code(cameo: str) -> tuple[str, str, str, bool]:
    """GDELT's EventCode, EventBaseCode, EventRootCode of a CAMEO code, and whether the code
    is a root only ("11" → "110": GDELT's codes have 3-4 digits, a root's base ends in 0)."""
    from_root = len(cameo) == 2
    code = cameo + "0" if from_root else cameo
    return code, code[:3], code[:2], from_root


def gdelt_places(e: dict) -> list[Any]:
    """Actor1Geo_*, Actor2Geo_* (8 columns each): left empty, actors are not geolocated;
    ActionGeo_*: the event's place (``store.geo``)."""
    return [""] * 16 + gdelt_action_geo(e)


def gdelt_event(e: dict) -> list[Any]:
    day = _day(e["day"])
    when = e["stored_at"]
    actors = []
    for side in ("source", "target"):
        code = e[f"{side}_code"]
        country = _country(code)[0]
        role = code[3:6] if country and code and len(code) >= 6 else ""
        name = (e[f"{side}_name"] or "").upper()
        actors += [code, name, country, "", "", "", "", role, "", ""]
    code, base, root, from_root = gdelt_code(e["cameo"])
    lead = e["sentence_number"] is not None and e["sentence_number"] <= LEAD_SENTENCES
    return [
        int(e["event_id"][:GDELT_ID_HEX], 16),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        round(day.year + (day.month * 30 + day.day) / 365, 4) if day else "",
        *actors,
        int(lead), code, base, root, e["quad"], e["goldstein"],
        e["n_mentions"], e["n_sources"], e["n_articles"],
        "",  # AvgTone: the store keeps no tone measure; absent, not neutral (README)
        *gdelt_places(e),
        when.strftime("%Y%m%d%H%M%S") if when else "",
        e["url"] or e["article_id"],
        e["date_precision"] or "", int(from_root),
    ]  # fmt: skip


def _sectors(code: str | None, country: str) -> str:
    """ICEWS-style sector names of an actor code's role parts ("RUSGOVMIL" → "Government,
    Military"); parts that name no sector (regions, organisations) are left out."""
    parts = code_parts(code[3:] if country else code)
    return ",".join(n for p in parts if (n := sector_names().get(p)))


def icews_places(e: dict) -> list[Any]:
    """City, District, Province, Country, Latitude, Longitude of the event's place."""
    return icews_geo(e)


def icews_event(e: dict, ontology: Any) -> list[Any]:
    src, tgt = _country(e["source_code"]), _country(e["target_code"])
    return [
        e["event_id"], e["day"] or "", e["source_name"] or e["source_text"],
        _sectors(e["source_code"], src[0]), src[1],
        ontology.cameo(e["cameo"]).name, e["cameo"], e["goldstein"],
        e["target_name"] or e["target_text"] or "",
        _sectors(e["target_code"], tgt[0]), tgt[1],
        e["article_id"], e["sentence_number"] or "", e["outlet"] or e["url"] or "",
        *icews_places(e),
    ]  # fmt: skip


def _end_of(day: str, precision: str) -> str:
    y, m = int(day[:4]), int(day[5:7])
    if precision == "year":
        return f"{y}-12-31"
    nxt = date(y + m // 12, m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1).isoformat()


def plover_record(e: dict, ontology: Any) -> dict[str, Any]:
    """A PLOVER JSON record: id, date, actor, event (required) and what else we know."""

    def entity(side: str) -> list[dict]:
        if e[f"{side}_text"] is None:
            return []
        return [
            {"code": e[f"{side}_code"], "name": e[f"{side}_name"], "text": e[f"{side}_text"],
             "actor_id": e[f"{side}_actor_id"]}
        ]  # fmt: skip

    rec: dict[str, Any] = {
        "id": e["event_id"],
        "date": e["day"],
        "actor": entity("source"),
        "recipient": entity("target"),
        "event": [e["plover"]] if e["plover"] else [],
        "mode": [e["mode"]] if e["mode"] else [],
        "context": [c for c in ontology.plover(e["cameo"]).context.split(";") if c],
        "quad_code": e["quad"],
        "event_scale": e["goldstein"],
        "cameo": e["cameo"],
        "modality": e["modality"],
        "date_value": e["date"],
        "cite_info": {"article_id": e["article_id"], "outlet": e["outlet"], "url": e["url"]},
        "n_sources": e["n_sources"],
        "story_event_id": e["story_event_id"],
        "coder": CODER,
        "comment": None,
    }
    if e["date_precision"] in ("month", "year"):
        rec["enddate"] = _end_of(e["day"], e["date_precision"])
        rec["comment"] = f"date known to the {e['date_precision']}: {e['date']}"
    return rec


def left_out(
    con: duckdb.DuckDBPyConnection, what: str, fmt: str, min_confidence: float | None = None
) -> str | None:
    """What an export leaves out, to report beside it: PLOVER requires a date, so events
    without a day of their own are not written (counted here); None when nothing is."""
    if (what, fmt) != ("events", "plover"):
        return None
    cond, params = confidence_where(min_confidence)
    where = f"{cond} AND e.day IS NULL" if cond else "WHERE e.day IS NULL"
    n = con.execute(f"{EVENTS_VIEW} SELECT count(*) FROM ev e {where}", params).fetchone()[0]
    return f"left out {n} undated event(s): a PLOVER record needs a date" if n else None


def _jsonl(records: Iterator[dict]) -> Iterator[str]:
    for rec in records:
        yield json.dumps(rec, ensure_ascii=False, default=str) + "\n"


MENTION_FIELDS = (
    "story_event_id", "story_id", "event_id", "article_id", "outlet", "url", "source_key",
    "start", "end", "sentence_start", "sentence_end", "confidence",
)  # fmt: skip
STORY_FIELDS = (
    "story_id", "title", "start", "end", "actors", "article_ids", "outlets",
    "independent_sources", "n_events",
)  # fmt: skip


def gdelt_mention(m: dict) -> list[Any]:
    when = m["stored_at"].strftime("%Y%m%d%H%M%S") if m["stored_at"] else ""
    return [
        int(m["event_id"][:GDELT_ID_HEX], 16), when, when, 1 if m["url"] else 2,
        m["outlet"] or "", m["url"] or m["article_id"], "", _cell(m["source_start"]),
        _cell(m["target_start"]), m["trigger_start"], 1, round(100 * m["confidence"]),
        m["doc_len"], "", "", "",
    ]  # fmt: skip


def export_text(
    con: duckdb.DuckDBPyConnection, what: str, fmt: str, min_confidence: float | None = None
) -> Iterator[str]:
    """Chunks of the export; nothing is yielded before the format and the codes are checked.

    ``min_confidence`` keeps the events (and mentions of events) of at least that confidence;
    an InputError for the exports that carry no events (stories, timeline)."""
    check_format(what, fmt)
    if fmt == "parquet":
        raise InputError("Parquet is binary: use export_parquet(con, what, path)")
    check_confidence(what, min_confidence)
    check_codes(con)
    ontology = load_ontology()
    events = _events(con, min_confidence) if what == "events" else iter(())
    mentions = _mentions(con, min_confidence) if what == "mentions" else iter(())
    if (what, fmt) == ("events", "gdelt"):
        header = (*columns("gdelt_events_columns.txt"), *GDELT_EXTRA_COLUMNS)
        return _tsv((gdelt_event(e) for e in events), header)
    if (what, fmt) == ("events", "icews"):
        return _tsv((icews_event(e, ontology) for e in events), columns("icews_columns.txt"))
    if (what, fmt) == ("events", "plover"):
        # PLOVER requires a date: undated events are left out (left_out() counts them)
        return _jsonl(plover_record(e, ontology) for e in events if e["day"])
    if (what, fmt) == ("events", "csv"):
        return _csv(events, EVENT_FIELDS)
    if (what, fmt) == ("mentions", "gdelt"):
        return _tsv(gdelt_mention(m) for m in mentions)
    if (what, fmt) == ("mentions", "csv"):
        return _csv(mentions, MENTION_FIELDS)
    if (what, fmt) == ("stories", "csv"):
        return _csv(_dicts(con, STORIES_SQL), STORY_FIELDS)
    if (what, fmt) == ("stories", "jsonl"):
        return _jsonl(_dicts(con, STORIES_SQL))
    if what == "timeline":
        return timelinejs(con)
    return gexf(con, min_confidence)


def _query_of(
    con: duckdb.DuckDBPyConnection, what: str, min_confidence: float | None = None
) -> tuple[str, list[Any]]:
    if what == "events":
        ids, id_params = actor_ids_sql(actor_table(con))
        cond, params = confidence_where(min_confidence)
        fields = ", ".join(f"e.{c}" for c in EVENT_FIELDS)
        sql = f"{EVENTS_VIEW}{ids} SELECT {fields} FROM evi e {cond} ORDER BY e.event_id"
        return sql, [*id_params, *params]
    if what == "mentions":
        cols = ", ".join(f'"{c}"' for c in MENTION_FIELDS)
        sql, params = mentions_sql(min_confidence)
        return f"SELECT {cols} FROM ({sql})", params
    return STORIES_SQL, []


def export_parquet(
    con: duckdb.DuckDBPyConnection, what: str, path: str, min_confidence: float | None = None
) -> None:
    check_format(what, "parquet")
    check_confidence(what, min_confidence)
    check_codes(con)
    target = path.replace("'", "''")
    sql, params = _query_of(con, what, min_confidence)
    try:
        con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)", params)
    except duckdb.Error as exc:
        raise InputError(f"cannot write Parquet to {path}: {exc}") from exc


def _timeline_date(value: str | None) -> dict[str, str] | None:
    day = value or ""
    parts = dict(zip(("year", "month", "day"), day[:10].split("-"), strict=False))
    if not parts.get("year", "").isdigit():
        return None
    return {k: str(int(v)) for k, v in parts.items() if v.isdigit()}


def timelinejs(con: duckdb.DuckDBPyConnection) -> Iterator[str]:
    """A TimelineJS JSON document: one slide per dated story event, grouped by story."""
    yield '{"title": {"text": {"headline": "crosswire story events"}}, "events": ['
    sql = """SELECT v.story_event_id, v.story_id, s.title AS story, v.cameo, v.plover,
                    v.source_name, v.target_name, v.date, v.modality, v.status,
                    v.independent_sources, v.outlets
             FROM story_events v JOIN stories s USING (story_id)
             ORDER BY v.story_id, v.ord"""
    first = True
    for v in _dicts(con, sql):
        start = _timeline_date(v["date"])
        if start is None:
            continue
        target = f" → {v['target_name']}" if v["target_name"] else ""
        slide = {
            "unique_id": v["story_event_id"],
            "start_date": start,
            "group": v["story"] or v["story_id"],
            "text": {
                "headline": f"{v['source_name'] or UNNAMED}: {v['plover']} ({v['cameo']}){target}",
                "text": f"{v['modality']}, {v['status']}; reported by "
                f"{', '.join(v['outlets'])} ({len(v['independent_sources'])} independent)",
            },
        }
        yield ("" if first else ",") + "\n" + json.dumps(slide, ensure_ascii=False)
        first = False
    yield "\n]}\n"


def network(con: duckdb.DuckDBPyConnection, min_confidence: float | None = None) -> nx.DiGraph:
    """The directed actor graph: one edge per (source, target) pair, its ``weight`` the number
    of events (those of at least ``min_confidence`` when given), with their mean Goldstein
    score, the independent sources reporting them and their PLOVER types."""
    where, params = event_where(EventFilter(min_confidence=min_confidence))
    cond = " AND ".join(["e.target_text IS NOT NULL", *where])
    pairs = f"""{EVENTS_VIEW} SELECT coalesce(e.source_code, e.source_name) AS a,
                   coalesce(e.target_code, e.target_name) AS b, count(*) AS n,
                   avg(e.goldstein) AS g, count(DISTINCT e.source_key) AS k,
                   string_agg(DISTINCT e.plover, ';' ORDER BY e.plover) AS p
            FROM ev e WHERE {cond} GROUP BY ALL
            HAVING a IS NOT NULL AND b IS NOT NULL ORDER BY a, b"""
    graph = nx.DiGraph()
    for e in _dicts(con, pairs, params):
        for node in (e["a"], e["b"]):
            graph.add_node(node, label=node)
        graph.add_edge(
            e["a"], e["b"], weight=e["n"], goldstein_mean=round(e["g"], 3),
            n_sources=e["k"], plover=e["p"],
        )  # fmt: skip
    return graph


def gexf(con: duckdb.DuckDBPyConnection, min_confidence: float | None = None) -> Iterator[str]:
    """The actor graph (``network``) as GEXF 1.3, written by networkx."""
    graph = network(con, min_confidence)
    graph.graph["mode"] = "static"
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'  # generate_gexf leaves it out
    for line in nx.generate_gexf(graph, version="1.3"):
        yield line + "\n"
