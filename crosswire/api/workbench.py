"""The routes behind the analyst's pages (events table, actor profiles, overview, network):
each a few lines over ``store.event_table`` and ``store.overview``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse

from crosswire.api.paging import decode_cursor, encode_cursor
from crosswire.api.params import MODALITIES, Cursor, Day, Limit, plover_types
from crosswire.api.routes import Con, Filter
from crosswire.store import api_queries as A
from crosswire.store import event_table as T
from crosswire.store import overview as O

router = APIRouter(prefix="/api")

Sort = Literal["date", "confidence", "sources", "goldstein"]
Country = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3 (RUS)")
]
Words = Annotated[
    str | None, Query(description="words in the sentence, the title or an actor's name")
]
MEDIA = {"csv": "text/csv", "gdelt": "text/tab-separated-values"}
SUFFIX = {"csv": "csv", "gdelt": "gdelt.tsv", "parquet": "parquet"}


def _table(f: A.EventFilter, q: str | None, country: str | None, sort: str, order: str):
    return T.TableQuery(f, q, country, sort, order == "desc")


@router.get("/events/table", summary="Events for the events page: searched, sorted, paged")
def events_table(
    con: Con,
    f: Filter,
    q: Words = None,
    country: Country = None,
    sort: Sort = "date",
    order: Literal["asc", "desc"] = "asc",
    limit: Limit = A.DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    t = _table(f, q, country, sort, order)
    page = T.events_table(con, t, limit, decode_cursor(f"table-{sort}", cursor))
    return {
        "items": list(page.items),
        "next_cursor": encode_cursor(f"table-{sort}", page.next_key),
        "total": T.count_events(con, t),
    }


@router.get(
    "/events/download",
    summary="Every event of /api/events/table with the same parameters, as CSV, GDELT or Parquet",
)
def events_download(
    con: Con,
    f: Filter,
    format: Literal["csv", "gdelt", "parquet"] = "csv",
    q: Words = None,
    country: Country = None,
    sort: Sort = "date",
    order: Literal["asc", "desc"] = "asc",
) -> Response:
    t = _table(f, q, country, sort, order)
    headers = {"Content-Disposition": f'attachment; filename="events.{SUFFIX[format]}"'}
    if format == "parquet":
        body = T.download_parquet(con, t)
        return Response(body, media_type="application/vnd.apache.parquet", headers=headers)
    chunks = T.download_text(con, t, format)
    return StreamingResponse(chunks, media_type=MEDIA[format], headers=headers)


@router.get("/vocabulary", summary="The PLOVER types and modalities the event filters accept")
def vocabulary() -> dict[str, list[str]]:
    return {"plover": sorted(plover_types()), "modality": sorted(MODALITIES)}


@router.get(
    "/actors/{actor_id}",
    summary="An actor: names, codes by date, events over time, counterparts, quotes",
)
def actor(
    con: Con,
    actor_id: str,
    code: Annotated[
        str | None, Query(description="with a name as actor_id: the actor of that event side")
    ] = None,
) -> dict[str, Any]:
    return O.actor_profile(con, actor_id, code)


@router.get("/overview", summary="Events per day by quad class, busiest pairs, this week's stories")
def overview(con: Con, days: Annotated[int, Query(ge=1, le=366)] = O.OVERVIEW_DAYS) -> dict:
    return O.overview(con, days)


@router.get("/network", summary="Actors and the busiest undirected pairs between them")
def network(
    con: Con,
    date_from: Day = None,
    date_to: Day = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    min_events: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = O.MAX_EDGES,
) -> dict[str, Any]:
    f = A.EventFilter(date_from=date_from, date_to=date_to, min_confidence=min_confidence)
    return O.network(con, f, min_events, limit)
