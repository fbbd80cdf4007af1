"""The read side: functions over an open DuckDB connection that rebuild frozen records."""

from __future__ import annotations

from typing import Any

import duckdb

from crosswire.errors import NotFound
from crosswire.store import rows as R
from crosswire.types import ArticleOutline, CopyLink, Document, RawDocument, Story, StoryEvent

TABLES = (
    "runs", "articles", "removed", "captions", "sentences", "entities", "quotes", "timexes",
    "events", "skipped", "raw", "raw_articles", "copies", "stories", "story_articles",
    "story_events", "event_mentions",
)  # fmt: skip

_STORY_COLUMNS = 'story_id, title, "start", "end", actors'


def _cols(names: tuple[str, ...]) -> str:
    return ", ".join(R.quote_ident(n) for n in names)


def _flat(con: duckdb.DuckDBPyConnection, table: str, article_id: str) -> tuple[Any, ...]:
    cls, _ = R.FLAT_TABLES[table]
    found = con.execute(
        f"SELECT {_cols(R.flat_columns(table))} FROM {table} WHERE article_id = ? ORDER BY ord",
        [article_id],
    ).fetchall()
    return tuple(R.flat_record(cls, row) for row in found)


def read_document(con: duckdb.DuckDBPyConnection, article_id: str) -> Document:
    row = con.execute(
        f"SELECT {_cols(R.ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"article {article_id!r} is not in the store")
    article = R.article_from_row(
        row, _flat(con, "removed", article_id), _flat(con, "captions", article_id)
    )
    event_cols = _cols(R.EVENT_COLUMNS[3:])
    events = con.execute(
        f"SELECT {event_cols} FROM events WHERE article_id = ? ORDER BY ord", [article_id]
    ).fetchall()
    return Document(
        article=article,
        sentences=_flat(con, "sentences", article_id),
        entities=_flat(con, "entities", article_id),
        quotes=_flat(con, "quotes", article_id),
        timexes=_flat(con, "timexes", article_id),
        events=tuple(R.event_from_row(e) for e in events),
        date=R.document_date_from_row(row),
        political=R.political_from_row(row),
    )


def _grouped(
    con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]
) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of ``sql`` (first column article_id) for ``ids``, grouped by article id."""
    out: dict[str, list[tuple[Any, ...]]] = {i: [] for i in ids}
    for row in con.execute(sql, ids).fetchall():
        out[row[0]].append(row[1:])
    return out


def read_documents(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, Document]:
    """``queries.read_document`` for many articles with one query per table (a story page
    reads all its articles: per-article queries cost a scan each on a large store)."""
    if not ids:
        return {}
    # A list of parameters, not unnest(?): DuckDB then pushes the IN filter into the scan, which
    # the article_id indexes answer (a quarter less time per table than the semi-join, measured).
    wanted = f"WHERE article_id IN ({', '.join('?' * len(ids))})"
    cols = ", ".join(R.quote_ident(c) for c in R.ARTICLE_COLUMNS)
    heads = {r[0]: r for r in con.execute(f"SELECT {cols} FROM articles {wanted}", ids).fetchall()}
    missing = [i for i in ids if i not in heads]
    if missing:
        raise NotFound(f"article {missing[0]!r} is not in the store")
    flat = {}
    for table, (cls, _) in R.FLAT_TABLES.items():
        names = ", ".join(R.quote_ident(c) for c in R.flat_columns(table))
        rows = _grouped(con, f"SELECT article_id, {names} FROM {table} {wanted} ORDER BY ord", ids)
        flat[table] = {i: tuple(R.flat_record(cls, r) for r in rs) for i, rs in rows.items()}
    event_cols = ", ".join(R.quote_ident(c) for c in R.EVENT_COLUMNS[3:])
    events = _grouped(
        con, f"SELECT article_id, {event_cols} FROM events {wanted} ORDER BY ord", ids
    )
    return {
        i: Document(
            article=R.article_from_row(heads[i], flat["removed"][i], flat["captions"][i]),
            sentences=flat["sentences"][i],
            entities=flat["entities"][i],
            quotes=flat["quotes"][i],
            timexes=flat["timexes"][i],
            events=tuple(R.event_from_row(e) for e in events[i]),
            date=R.document_date_from_row(heads[i]),
            political=R.political_from_row(heads[i]),
        )
        for i in ids
    }


def read_outlines(con: duckdb.DuckDBPyConnection) -> list[ArticleOutline]:
    """The outline of every stored article, in ``article_ids`` order: its text without its
    removed spans, title, date and actor codes, none of its analysis."""
    from crosswire.stories.assemble import outline_of  # only a refresh needs clustering's imports

    cols, names = _cols(R.ARTICLE_COLUMNS), _cols(R.flat_columns("removed"))
    removed: dict[str, list[Any]] = {}
    for row in con.execute(f"SELECT article_id, {names} FROM removed ORDER BY article_id, ord"
                           ).fetchall():  # fmt: skip
        removed.setdefault(row[0], []).append(R.flat_record(R.FLAT_TABLES["removed"][0], row[1:]))
    codes = dict(con.execute(
        "SELECT article_id, list(DISTINCT code) FROM entities WHERE code <> '' GROUP BY ALL"
    ).fetchall())  # fmt: skip
    out = []
    cursor = con.execute(f"SELECT {cols} FROM articles ORDER BY article_id")
    while rows := cursor.fetchmany(1024):  # one outline, not its row, held per article
        for row in rows:
            aid = row[0]
            article = R.article_from_row(row, tuple(removed.pop(aid, ())), ())
            out.append(outline_of(article, R.document_date_from_row(row), codes.pop(aid, ())))
    return out


def read_raw(con: duckdb.DuckDBPyConnection, article_id: str) -> RawDocument:
    cols = ", ".join(f"r.{R.quote_ident(c)}" for c in R.RAW_COLUMNS)
    row = con.execute(
        f"SELECT {cols} FROM raw_articles l JOIN raw r USING (content_hash) WHERE l.article_id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        raise NotFound(
            f"the raw input of {article_id!r} is not in the store: ingest it (again) to keep it"
        )
    return R.raw_from_row(article_id, row)


def raw_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    found = con.execute("SELECT article_id FROM raw_articles ORDER BY article_id").fetchall()
    return [r[0] for r in found]


def has_article(
    con: duckdb.DuckDBPyConnection, article_id: str, content_hash: str | None = None
) -> bool:
    row = con.execute(
        "SELECT content_hash FROM articles WHERE article_id = ?", [article_id]
    ).fetchone()
    return row is not None and (content_hash is None or row[0] == content_hash)


def article_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    found = con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()
    return [r[0] for r in found]


def _stories(con: duckdb.DuckDBPyConnection, story_id: str | None = None) -> list[Story]:
    where, params = ("WHERE story_id = ?", [story_id]) if story_id is not None else ("", [])
    heads = con.execute(
        f"SELECT {_STORY_COLUMNS} FROM stories {where} ORDER BY story_id", params
    ).fetchall()
    members: dict[str, list[str]] = {}
    for sid, article_id in con.execute(
        f"SELECT story_id, article_id FROM story_articles {where} ORDER BY story_id, ord", params
    ).fetchall():
        members.setdefault(sid, []).append(article_id)
    return [
        Story(
            id=sid,
            article_ids=tuple(members.get(sid, ())),
            title=title,
            start=R.as_date(start),
            end=R.as_date(end),
            actors=tuple(actors or ()),
        )
        for sid, title, start, end, actors in heads
    ]


def stories(con: duckdb.DuckDBPyConnection) -> list[Story]:
    return _stories(con)


def story(con: duckdb.DuckDBPyConnection, story_id: str) -> Story:
    found = _stories(con, story_id)
    if not found:
        raise NotFound(f"story {story_id!r} is not in the store")
    return found[0]


def latest_story(con: duckdb.DuckDBPyConnection) -> Story:
    """The story with the most recent end date; ties go to the one with more articles."""
    row = con.execute(
        """SELECT s.story_id FROM stories s
           LEFT JOIN story_articles a USING (story_id)
           GROUP BY s.story_id, s."end", s."start"
           ORDER BY s."end" DESC NULLS LAST, s."start" DESC NULLS LAST,
                    count(a.article_id) DESC, s.story_id
           LIMIT 1"""
    ).fetchone()
    if row is None:
        raise NotFound(
            "the store holds no stories yet: `crosswire ingest` groups articles into stories"
        )
    return story(con, row[0])


def copies(con: duckdb.DuckDBPyConnection) -> list[CopyLink]:
    found = con.execute(
        "SELECT article_id, original_id, similarity FROM copies ORDER BY article_id"
    ).fetchall()
    return [CopyLink(*r) for r in found]


def read_story_events(con: duckdb.DuckDBPyConnection, story_id: str) -> list[StoryEvent]:
    heads = con.execute(
        f"SELECT {_cols(R.STORY_EVENT_COLUMNS)} FROM story_events WHERE story_id = ? ORDER BY ord",
        [story_id],
    ).fetchall()
    mentions: dict[str, list[list[Any]]] = {}
    for seid, *mention in con.execute(
        """SELECT m.story_event_id, m.event_id, m.article_id, m."start", m."end", m.likeness,
                  m.sides
           FROM event_mentions m JOIN story_events e USING (story_event_id)
           WHERE e.story_id = ? ORDER BY m.story_event_id, m.ord""",
        [story_id],
    ).fetchall():
        mentions.setdefault(seid, []).append(mention)
    return [R.story_event_from_row(h, mentions.get(h[0], ())) for h in heads]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
