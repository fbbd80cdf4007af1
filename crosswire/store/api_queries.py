"""The read side of the HTTP API and the exports: filtered, keyset-paged SQL over the store.

Every list is ordered on a unique key and paged by keyset (``WHERE key > last key``), never by
OFFSET: a page boundary cannot repeat or skip a row, whatever the page size. Functions take an
open connection (a per-request cursor in the API) and return plain rows ready for JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

import duckdb

from crosswire.store.actors import ActorTable, actor_table, folded, mention_sql, with_actor_ids
from crosswire.types import CopyLink

# Page sizes: the default keeps a response small on a phone; the cap keeps one request cheap.
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000

# Sort key of an undated row: after every ISO date ("~" sorts after digits and "-").
UNDATED = "~"

# An event's date as its first day (TimeML values may be "2019-03-05", "2019-03" or "2015";
# anything else, "PAST_REF" or a week, has no day) and how precise that value is.
EVENT_DAY = """CASE
    WHEN regexp_matches(e.date, '^\\d{4}-\\d{2}-\\d{2}') THEN left(e.date, 10)
    WHEN regexp_matches(e.date, '^\\d{4}-\\d{2}$') THEN e.date || '-01'
    WHEN regexp_matches(e.date, '^\\d{4}$') THEN e.date || '-01-01' END"""
EVENT_PRECISION = """CASE
    WHEN regexp_matches(e.date, '^\\d{4}-\\d{2}-\\d{2}') THEN 'day'
    WHEN regexp_matches(e.date, '^\\d{4}-\\d{2}$') THEN 'month'
    WHEN regexp_matches(e.date, '^\\d{4}$') THEN 'year' END"""

# Article-level events with their article, independent origin and story event. The origin rule
# is the one of stories.reconcile.source_key: a copy counts as its original, wire copy as the
# wire service, anything else as the article itself.
EVENTS_VIEW = f"""
WITH sa AS (  -- the articles mentioning a story event (GDELT's NumArticles)
    SELECT story_event_id, count(DISTINCT article_id) AS n FROM event_mentions GROUP BY ALL
), se AS (
    SELECT m.event_id, min(s.story_event_id) AS story_event_id, min(s.story_id) AS story_id,
           max(len(s.independent_sources)) AS n_sources, max(s.n_mentions) AS n_mentions,
           max(sa.n) AS n_articles
    FROM event_mentions m JOIN story_events s USING (story_event_id)
    JOIN sa USING (story_event_id) GROUP BY m.event_id
), ev AS (
    SELECT e.*, a.title AS article_title, a.outlet, a.url, a.stored_at,
           length(a.text) AS doc_len, coalesce(se.n_mentions, 1) AS n_mentions,
           coalesce(se.n_articles, 1) AS n_articles,
           CASE WHEN root.origin IS NOT NULL AND root.origin <> '' THEN 'wire:' || root.origin
                ELSE coalesce(c.original_id, e.article_id) END AS source_key,
           se.story_event_id, se.story_id, coalesce(se.n_sources, 1) AS n_sources,
           {EVENT_DAY} AS day, {EVENT_PRECISION} AS date_precision,
           coalesce({EVENT_DAY}, '{UNDATED}') AS day_key
    FROM events e JOIN articles a USING (article_id)
    LEFT JOIN copies c ON c.article_id = e.article_id
    LEFT JOIN articles root ON root.article_id = coalesce(c.original_id, e.article_id)
    LEFT JOIN se ON se.event_id = e.event_id
)"""

VIEW_FIELDS = (
    "event_id", "article_id", "article_title", "outlet", "url", "source_key", "story_id",
    "story_event_id", "n_sources", "n_mentions", "source_text", "source_name", "source_code",
    "target_text", "target_name", "target_code", "cameo", "plover", "mode", "goldstein", "quad",
    "date", "date_source", "date_precision", "modality", "sentence_start", "sentence_end",
    "trigger_start", "trigger_end", "confidence", "rule",
    "place_name", "place_type", "place_country", "place_admin1", "place_latitude",
    "place_longitude", "place_geonameid",
)  # fmt: skip
# An event's fields: those of EVENTS_VIEW, then each side's actor id (store.actors).
EVENT_FIELDS = (*VIEW_FIELDS, "source_actor_id", "target_actor_id")


@dataclass(frozen=True, slots=True)
class Page:
    items: tuple[dict[str, Any], ...]
    next_key: tuple[Any, ...] | None  # keyset of the last row, None on the last page


@dataclass(frozen=True, slots=True)
class EventFilter:
    # an actor id ("person:benjamin-netanyahu", "code:ISRGOV": that actor), a code ("ISRGOV":
    # every mention so coded, people in office included) or a canonical name, as source or target
    actor: str | None = None
    pair: tuple[str, str] | None = None  # both actors, either direction unless directed
    directed: bool = False
    cameo: str | None = None  # the code or any code under it ("16" matches "161")
    plover: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, on the event's first day
    date_to: str | None = None
    modality: str | None = None
    min_sources: int | None = None
    min_confidence: float | None = None  # the coder's confidence, 0..1, at least this


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _page(rows: list[dict[str, Any]], limit: int, key: tuple[str, ...]) -> Page:
    if len(rows) <= limit:
        return Page(tuple(rows), None)
    rows = rows[:limit]
    return Page(tuple(rows), tuple(rows[-1][k] for k in key))


# Search words are matched literally: ``contains`` escapes LIKE's wildcards with a backslash
# and every condition using its pattern says so.
LIKE_ESCAPE = "ESCAPE '\\'"


def contains(q: str) -> str:
    """A LIKE pattern matching ``q`` anywhere, its ``%``, ``_`` and ``\\`` taken literally."""
    literal = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{literal}%"


def clamp_limit(limit: int | None) -> int:
    return max(1, min(limit or DEFAULT_LIMIT, MAX_LIMIT))


def _actor_sql(side: str) -> str:
    """One side is the actor: by code, canonical name or (its mentions) actor id."""
    return (
        f"(e.{side}_code = ? OR lower(e.{side}_name) = lower(?) "
        f"OR list_contains(?::VARCHAR[], {mention_sql('e', side)}))"
    )


def _actor_params(actor: str, table: ActorTable | None) -> list[Any]:
    mentions = table.mentions_of.get(actor, ()) if table is not None else ()
    return [actor, actor, list(mentions)]


def event_where(f: EventFilter, table: ActorTable | None = None) -> tuple[list[str], list[Any]]:
    """SQL conditions over ``ev e`` (EVENTS_VIEW) and their parameters. An actor (or a pair's)
    is matched by actor id only given the store's ``table`` (``actors.actor_table``)."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append(f"({_actor_sql('source')} OR {_actor_sql('target')})")
        params += _actor_params(f.actor, table) * 2
    if f.pair:
        a, b = (_actor_params(x, table) for x in f.pair)
        forward = f"({_actor_sql('source')} AND {_actor_sql('target')})"
        if f.directed:
            where.append(forward)
            params += a + b
        else:
            where.append(f"({forward} OR {forward})")
            params += a + b + b + a
    if f.cameo:
        where.append("starts_with(e.cameo, ?)")
        params.append(f.cameo)
    for column, value in (("plover", f.plover), ("modality", f.modality)):
        if value:
            where.append(f"upper(e.{column}) = upper(?)")
            params.append(value)
    if f.date_from:
        where.append("e.day >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("e.day <= ?")
        params.append(f.date_to)
    if f.min_sources:
        where.append("e.n_sources >= ?")
        params.append(f.min_sources)
    if f.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(f.min_confidence)
    return where, params


def events_page(
    con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int, after: tuple | None = None
) -> Page:
    """Events in (first day, event id) order; undated events last."""
    table = actor_table(con)
    where, params = event_where(f, table)
    if after is not None:
        where.append("(e.day_key, e.event_id) > (?, ?)")
        params += list(after)
    cond = f"WHERE {' AND '.join(where)}" if where else ""
    sql = (
        f"{EVENTS_VIEW} SELECT {', '.join('e.' + c for c in VIEW_FIELDS)}, e.day_key "
        f"FROM ev e {cond} ORDER BY e.day_key, e.event_id LIMIT ?"
    )
    rows = _rows(con, sql, [*params, limit + 1])
    page = _page(rows, limit, ("day_key", "event_id"))
    for row in page.items:
        row.pop("day_key")
        with_actor_ids(row, table)
    return page


def stories_page(
    con: duckdb.DuckDBPyConnection,
    q: str | None = None,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = DEFAULT_LIMIT,
    after: tuple | None = None,
) -> Page:
    """Stories, most recent first (end date, then id); search on title, actor and date span."""
    where, params = [], []
    if q:
        where.append(f"s.title ILIKE ? {LIKE_ESCAPE}")
        params.append(contains(q))
    if actor:
        where.append("list_contains(s.actors, ?)")
        params.append(actor)
    if date_from:
        where.append('coalesce(s."end", s."start") >= ?::DATE')
        params.append(date_from)
    if date_to:
        where.append('coalesce(s."start", s."end") <= ?::DATE')
        params.append(date_to)
    if after is not None:
        where.append("(s.sort_key, s.story_id) < (?, ?)")
        params += list(after)
    cond = f"WHERE {' AND '.join(where)}" if where else ""
    # Count articles and events for the page's rows only, not for every story.
    sql = f"""
        WITH s AS (SELECT *, coalesce(strftime("end", '%Y-%m-%d'), '') AS sort_key FROM stories),
        p AS (SELECT * FROM s {cond} ORDER BY s.sort_key DESC, s.story_id DESC LIMIT ?),
        na AS (SELECT story_id, count(*) AS n FROM story_articles
               WHERE story_id IN (SELECT story_id FROM p) GROUP BY story_id),
        ne AS (SELECT story_id, count(*) AS n FROM story_events
               WHERE story_id IN (SELECT story_id FROM p) GROUP BY story_id)
        SELECT p.story_id, p.title, strftime(p."start", '%Y-%m-%d') AS "start",
               strftime(p."end", '%Y-%m-%d') AS "end", p.actors, p.sort_key,
               coalesce(na.n, 0) AS n_articles, coalesce(ne.n, 0) AS n_events
        FROM p LEFT JOIN na USING (story_id) LEFT JOIN ne USING (story_id)
        ORDER BY p.sort_key DESC, p.story_id DESC"""
    page = _page(_rows(con, sql, [*params, limit + 1]), limit, ("sort_key", "story_id"))
    for row in page.items:
        row.pop("sort_key")
    return page


def evidence(con: duckdb.DuckDBPyConnection, story_id: str) -> list[dict[str, Any]]:
    """Each mention of the story's events: the article, its sentence and trigger offsets, and
    why its report was joined (likeness, sides: ``types.EventMention``)."""
    sql = """
        SELECT m.story_event_id, m.event_id, m.article_id, m.likeness, m.sides, a.outlet,
               e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, e.modality,
               e.date,
               e.place_name, e.place_type, e.place_country, e.place_latitude,
               e.place_longitude,
               substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
                   AS sentence
        FROM event_mentions m JOIN story_events s USING (story_event_id)
        JOIN events e ON e.event_id = m.event_id
        JOIN articles a ON a.article_id = m.article_id
        WHERE s.story_id = ? ORDER BY s.ord, m.ord"""
    return _rows(con, sql, [story_id])


def actors_page(
    con: duckdb.DuckDBPyConnection, q: str | None, limit: int, after: tuple | None = None
) -> Page:
    """The store's actors (``actors.actor_rows``: a person by name, a state or organisation by
    code), most frequent first, paged by (n_events, actor_id). ``q`` finds an actor by any of
    its names or codes or a part of one, case and accents aside, its characters taken literally
    (a substring test in Python: ``%`` and ``_`` are no wildcards here)."""
    table = actor_table(con)
    wanted = folded(q) if q else ""
    found = (r for r, text in zip(table.rows, table.search, strict=True) if wanted in text)
    if after is not None:
        key = (-after[0], after[1])
        found = (r for r in found if (-r["n_events"], r["actor_id"]) > key)
    return _page([dict(r) for r in islice(found, limit + 1)], limit, ("n_events", "actor_id"))


# Bucket start per interval, and the date precision an event needs to fall in one bucket.
INTERVALS = {
    "day": ("e.day::DATE", ("day",)),
    "week": ("date_trunc('week', e.day::DATE)", ("day",)),
    "month": ("date_trunc('month', e.day::DATE)", ("day", "month")),
}


def pair_buckets(
    con: duckdb.DuckDBPyConnection, f: EventFilter, interval: str
) -> tuple[list[dict[str, Any]], int]:
    """Per (bucket, PLOVER type, mode): counts, Goldstein sum, origins; and how many events
    were left out because their date is coarser than the interval (a year for a weekly series).
    """
    bucket, precise = INTERVALS[interval]
    where, params = event_where(f, actor_table(con))
    cond = " AND ".join(where) or "TRUE"
    kept = ", ".join(f"'{p}'" for p in precise)
    sql = f"""{EVENTS_VIEW}
        SELECT strftime({bucket}, '%Y-%m-%d') AS period, e.plover, coalesce(e.mode, '') AS mode,
               count(*) AS n, sum(e.goldstein) AS goldstein_sum,
               list_distinct(list(e.source_key)) AS sources
        FROM ev e WHERE {cond} AND e.date_precision IN ({kept})
        GROUP BY ALL ORDER BY period"""
    rows = _rows(con, sql, params)
    left = con.execute(
        f"{EVENTS_VIEW} SELECT count(*) FROM ev e WHERE {cond} "
        f"AND coalesce(e.date_precision, 'none') NOT IN ({kept})",
        params,
    ).fetchone()[0]
    return rows, left


def articles_page(
    con: duckdb.DuckDBPyConnection,
    q: str | None,
    outlet: str | None,
    limit: int,
    after: tuple | None = None,
) -> Page:
    where, params = [], []
    if q:
        where.append(f"title ILIKE ? {LIKE_ESCAPE}")
        params.append(contains(q))
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    if after is not None:
        where.append("article_id > ?")
        params += list(after)
    cond = f"WHERE {' AND '.join(where)}" if where else ""
    sql = f"""SELECT article_id, title, outlet, url, origin,
                     strftime(coalesce(doc_date, published), '%Y-%m-%d') AS date
              FROM articles {cond} ORDER BY article_id LIMIT ?"""
    return _page(_rows(con, sql, [*params, limit + 1]), limit, ("article_id",))


def event_ids_of(con: duckdb.DuckDBPyConnection, article_id: str) -> list[str]:
    found = con.execute(
        "SELECT event_id FROM events WHERE article_id = ? ORDER BY ord", [article_id]
    ).fetchall()
    return [r[0] for r in found]


def copies_of(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[CopyLink]:
    found = con.execute(
        "SELECT article_id, original_id, similarity FROM copies "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id",
        [ids],
    ).fetchall()
    return [CopyLink(*r) for r in found]
