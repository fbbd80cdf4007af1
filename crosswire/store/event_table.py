"""The events page's table: filtered, searched, sorted and keyset-paged events, and the same
selection as CSV, GDELT or Parquet, so a download holds exactly the events the table lists.

A ``TableQuery`` is an ``api_queries.EventFilter`` plus what only the table asks: words to
search, a country and a sort. Paging is by keyset on (sort value, event id) as in
``api_queries``; a sort value is never NULL (undated events sort last either way).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import duckdb
import pycountry

from crosswire.store.actors import ActorTable, actor_ids_sql, actor_table, with_actor_ids
from crosswire.store.api_queries import (
    EVENT_FIELDS,
    EVENTS_VIEW,
    LIKE_ESCAPE,
    UNDATED,
    VIEW_FIELDS,
    EventFilter,
    Page,
    _page,
    _rows,
    contains,
    event_where,
)
from crosswire.store.exports import SENTENCE_NUMBER, check_codes, gdelt_event

# Sort name -> (SQL value ascending, SQL value descending). Dates: undated last both ways
# ("~" sorts after every date, "" before).
SORTS: dict[str, tuple[str, str]] = {
    "date": (f"coalesce(e.day, '{UNDATED}')", "coalesce(e.day, '')"),
    "confidence": ("e.confidence", "e.confidence"),
    "sources": ("e.n_sources", "e.n_sources"),
    "goldstein": ("e.goldstein", "e.goldstein"),
}
DOWNLOADS = ("csv", "gdelt", "parquet")
# The sentence of an event, cut from its article's text (offsets are Python indices, 0-based).
SENTENCE = "substr(art.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"
# Fields the table shows besides the events view's: the sentence and each side's actor id.
TABLE_FIELDS = (*VIEW_FIELDS, "sentence", "source_actor_id", "target_actor_id")


@dataclass(frozen=True, slots=True)
class TableQuery:
    filter: EventFilter = field(default_factory=EventFilter)
    q: str | None = None  # words in the sentence, the title or either side's text or name
    # ISO 3166 alpha-3: either side's actor code starts with it, or the event's place is in it
    country: str | None = None
    sort: str = "date"  # a key of SORTS
    descending: bool = False


def _where(t: TableQuery, table: ActorTable) -> tuple[list[str], list[Any]]:
    where, params = event_where(t.filter, table)
    if t.q:
        columns = ("e.article_title", "e.source_text", "e.source_name", "e.target_text",
                   "e.target_name", SENTENCE)  # fmt: skip
        where.append("(" + " OR ".join(f"{c} ILIKE ? {LIKE_ESCAPE}" for c in columns) + ")")
        params += [contains(t.q)] * len(columns)
    if t.country:
        found = pycountry.countries.get(alpha_3=t.country.upper())
        where.append(
            "(left(e.source_code, 3) = upper(?) OR left(e.target_code, 3) = upper(?) "
            "OR e.place_country = ?)"
        )
        params += [t.country, t.country, found.alpha_2 if found else None]
    return where, params


def _from(t: TableQuery, table: ActorTable, view: str = "ev") -> tuple[str, list[Any], str]:
    """FROM and WHERE over ``view`` with the article joined, its parameters, the sort value."""
    where, params = _where(t, table)
    cond = f"WHERE {' AND '.join(where)}" if where else ""
    value = SORTS[t.sort][1 if t.descending else 0]
    return f"FROM {view} e JOIN articles art USING (article_id) {cond}", params, value


def events_table(
    con: duckdb.DuckDBPyConnection, t: TableQuery, limit: int, after: tuple | None = None
) -> Page:
    """One page of the table: events with their sentence and actor ids, sorted by ``t.sort``
    then event id, after the keyset ``after`` (sort value, event id) of the previous page."""
    table = actor_table(con)
    body, params, value = _from(t, table)
    way, cmp = ("DESC", "<") if t.descending else ("ASC", ">")
    if after is not None:
        body += f" {'AND' if 'WHERE' in body else 'WHERE'} ({value}, e.event_id) {cmp} (?, ?)"
        params += list(after)
    sql = (
        f"{EVENTS_VIEW} SELECT {', '.join('e.' + c for c in VIEW_FIELDS)}, {SENTENCE} AS sentence,"
        f" {value} AS sort_value {body} ORDER BY sort_value {way}, e.event_id {way} LIMIT ?"
    )
    page = _page(_rows(con, sql, [*params, limit + 1]), limit, ("sort_value", "event_id"))
    for row in page.items:
        row.pop("sort_value")
        with_actor_ids(row, table)
    return page


def count_events(con: duckdb.DuckDBPyConnection, t: TableQuery) -> int:
    body, params, _ = _from(t, actor_table(con))
    return con.execute(f"{EVENTS_VIEW} SELECT count(*) {body}", params).fetchone()[0]


def _selection_sql(con: duckdb.DuckDBPyConnection, t: TableQuery) -> tuple[str, list[Any]]:
    """Every event of the table in its order, with what ``exports`` reads of an event row (the
    columns of ``crosswire export events``, the article's dates, the sentence number) and each
    side's actor id, in SQL alone so DuckDB can write Parquet by itself."""
    table = actor_table(con)
    ids, id_params = actor_ids_sql(table)
    body, params, value = _from(t, table, view="evi")
    way = "DESC" if t.descending else "ASC"
    sql = (
        f"{EVENTS_VIEW}{ids} SELECT e.*, art.published, art.doc_date, "
        f"{SENTENCE_NUMBER} AS sentence_number {body} "
        f"ORDER BY {value} {way}, e.event_id {way}"
    )
    return sql, [*id_params, *params]


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Iterator[dict]:
    cur = con.cursor()  # its own cursor: the caller's may serve another query meanwhile
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(2000):
            yield from (dict(zip(names, r, strict=True)) for r in rows)
    finally:
        cur.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value).replace("\t", " ").replace("\n", " ")


def _lines(rows: Iterator[list[Any]], delimiter: str) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for row in rows:
        writer.writerow([_cell(v) for v in row])
        if buf.tell() > 1 << 16:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def download_text(con: duckdb.DuckDBPyConnection, t: TableQuery, fmt: str) -> Iterator[str]:
    """The table's events as CSV (the columns of ``crosswire export events --format csv``) or
    GDELT 2.0 event rows (``exports.gdelt_event``), in the table's order."""
    check_codes(con)
    rows = _dicts(con, *_selection_sql(con, t))
    if fmt == "csv":
        body = ([r[c] for c in EVENT_FIELDS] for r in rows)
        return _lines(chain([list(EVENT_FIELDS)], body), ",")
    if fmt == "gdelt":
        return _lines((gdelt_event(r) for r in rows), "\t")
    raise ValueError(f"no text download {fmt!r}")


def download_parquet(con: duckdb.DuckDBPyConnection, t: TableQuery) -> bytes:
    """The table's events as Parquet, with the CSV's columns."""
    check_codes(con)
    sql, params = _selection_sql(con, t)
    columns = ", ".join(f'"{c}"' for c in EVENT_FIELDS)
    with tempfile.TemporaryDirectory(prefix="crosswire-") as tmp:
        path = Path(tmp) / "events.parquet"
        target = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT {columns} FROM ({sql})) TO '{target}' (FORMAT parquet)", params)
        return path.read_bytes()
