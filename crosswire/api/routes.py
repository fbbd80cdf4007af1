"""The JSON routes under /api: each is a few lines over a library call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, Query, Request

from crosswire.api import views
from crosswire.api.cache import LEASE
from crosswire.api.paging import decode_cursor, encode_cursor
from crosswire.api.params import (
    CameoParam,
    Cursor,
    Day,
    Limit,
    ModalityParam,
    PloverParam,
    check_span,
)
from crosswire.errors import InputError
from crosswire.store import api_queries as A

router = APIRouter(prefix="/api")


def connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """One cursor per request (DuckDB connections must not be shared between threads), of the
    store generation ResponseCache leased for the request, so answer and ETag agree."""
    with ExitStack() as stack:
        gen = request.scope.get(LEASE) or stack.enter_context(request.app.state.reader.lease())
        cur = gen.cursor()
        try:
            yield cur
        finally:
            cur.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]


def _page(kind: str, page: A.Page) -> dict[str, Any]:
    return {"items": list(page.items), "next_cursor": encode_cursor(kind, page.next_key)}


@router.get("/stories", summary="Stories, most recent first; search by title, actor, dates")
def list_stories(
    con: Con,
    q: str | None = None,
    actor: str | None = None,
    date_from: Day = None,
    date_to: Day = None,
    limit: Limit = A.DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    check_span(date_from, date_to)
    after = decode_cursor("stories", cursor)
    page = A.stories_page(con, q, actor, date_from, date_to, limit, after)
    return _page("stories", page)


@router.get("/stories/{story_id}", summary="A story dossier: sources, events, quotes, matrix")
def story(con: Con, story_id: str) -> dict[str, Any]:
    return views.dossier_json(con, story_id)


@router.get("/stories/{story_id}/events", summary="Story events with mentions and sources")
def story_events(con: Con, story_id: str) -> list[dict[str, Any]]:
    return views.story_events(con, views.dossier_of(con, story_id))


@router.get("/stories/{story_id}/quotes", summary="Quotes grouped by speaker")
def story_quotes(con: Con, story_id: str) -> list[dict[str, Any]]:
    return views.quotes(views.dossier_of(con, story_id))


@router.get("/stories/{story_id}/disagreements", summary="Where the sources differ")
def story_disagreements(con: Con, story_id: str) -> list[dict[str, Any]]:
    return views.disagreements(views.dossier_of(con, story_id))


@router.get("/stories/{story_id}/matrix", summary="Source × fact matrix")
def story_matrix(con: Con, story_id: str) -> dict[str, Any]:
    d = views.dossier_of(con, story_id)
    return views.matrix(d, views.story_events(con, d))


ACTOR = (
    "an actor id of /api/actors (person:benjamin-netanyahu, code:ISRGOV: that actor only), "
    "a code (ISRGOV: every mention so coded, people in office included) or a canonical name"
)


def event_filter(
    actor: Annotated[str | None, Query(description=ACTOR)] = None,
    pair: Annotated[str | None, Query(description="two actors, each as actor: A,B")] = None,
    directed: bool = False,
    cameo: CameoParam = None,
    plover: PloverParam = None,
    date_from: Day = None,
    date_to: Day = None,
    modality: ModalityParam = None,
    min_sources: Annotated[int | None, Query(ge=1)] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="the coder's confidence, 0..1, at least")
    ] = None,
) -> A.EventFilter:
    two = tuple(p.strip() for p in pair.split(",")) if pair else None
    if two is not None and (len(two) != 2 or not all(two)):
        raise InputError(f"pair={pair!r}: give two actors separated by a comma, e.g. IGOWSTNAT,RUS")
    check_span(date_from, date_to)
    return A.EventFilter(
        actor, two, directed, cameo, plover, date_from, date_to, modality, min_sources,
        min_confidence,
    )  # type: ignore[arg-type]  # fmt: skip


Filter = Annotated[A.EventFilter, Depends(event_filter)]


@router.get("/events", summary="Coded events, filtered, in date order with cursor paging")
def events(
    con: Con, f: Filter, limit: Limit = A.DEFAULT_LIMIT, cursor: Cursor = None
) -> dict[str, Any]:
    return _page("events", A.events_page(con, f, limit, decode_cursor("events", cursor)))


@router.get(
    "/actors",
    summary="Actors seen in events (a person by name, a body by code), most frequent first",
)
def actors(
    con: Con,
    q: Annotated[str | None, Query(description="any of its names or codes, or a part")] = None,
    limit: Limit = A.DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    return _page("actors", A.actors_page(con, q, limit, decode_cursor("actors", cursor)))


@router.get("/pairs/{a}/{b}/series", summary="Time series of the events between two actors")
def pair_series(
    con: Con,
    a: str,
    b: str,
    interval: Literal["day", "week", "month"] = "month",
    directed: bool = False,
) -> dict[str, Any]:
    f = A.EventFilter(pair=(a, b), directed=directed)
    rows, left_out = A.pair_buckets(con, f, interval)
    return {
        "a": a,
        "b": b,
        "interval": interval,
        "directed": directed,
        "buckets": views.series(rows),
        "left_out": left_out,  # events dated less precisely than the interval, or undated
    }


@router.get("/articles", summary="Articles, by id; search by title and outlet")
def articles(
    con: Con,
    q: str | None = None,
    outlet: str | None = None,
    limit: Limit = A.DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    after = decode_cursor("articles", cursor)
    return _page("articles", A.articles_page(con, q, outlet, limit, after))


@router.get("/articles/{article_id:path}", summary="An article with all its annotations")
def article(con: Con, article_id: str) -> dict[str, Any]:
    return views.article_json(con, article_id)
