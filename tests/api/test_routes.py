"""The JSON API in-process over a generated store."""

import pytest

from crosswire.api.paging import encode_cursor
from tests.api.synth import POLITICAL
from tests.api.test_paging import WRONG_KEYS


def _all_pages(client, path: str, limit: int) -> list[dict]:
    items, cursor, seen_cursors = [], None, set()
    while True:
        sep = "&" if "?" in path else "?"
        url = f"{path}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        body = client.get(url).json()
        assert len(body["items"]) <= limit
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items
        assert cursor not in seen_cursors
        seen_cursors.add(cursor)


@pytest.mark.parametrize("limit", [1, 7, 50, 1000])
def test_event_paging_never_repeats_or_skips(client, limit):
    everything = client.get("/api/events?limit=1000").json()["items"]
    assert len(everything) == 240
    paged = _all_pages(client, "/api/events", limit)
    assert [e["event_id"] for e in paged] == [e["event_id"] for e in everything]
    assert len({e["event_id"] for e in paged}) == 240


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/api/stories", "story_id"), ("/api/actors", "actor_id"), ("/api/articles", "article_id")],
)
def test_other_lists_page_without_repeats(client, path, kind):
    whole = client.get(f"{path}?limit=1000").json()["items"]
    paged = _all_pages(client, path, 3)
    assert [x[kind] for x in paged] == [x[kind] for x in whole]
    assert len({x[kind] for x in paged}) == len(whole) > 3


def test_events_are_in_date_order_undated_last(client):
    items = client.get("/api/events?limit=1000").json()["items"]
    days = [e["date"] for e in items]
    dated = [d for d in days if d and d[:4].isdigit()]
    assert days[: len(dated)] == dated  # undated ones come after every dated one
    assert days[len(dated) :] == [None] * (len(days) - len(dated))


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("actor=RUS", lambda e: "RUS" in (e["source_code"], e["target_code"])),
        ("actor=nato", lambda e: "NATO" in (e["source_name"], e["target_name"])),
        ("pair=IGOWSTNAT,RUS",
         lambda e: {e["source_code"], e["target_code"]} == {"IGOWSTNAT", "RUS"}),
        ("pair=RUS,UKR&directed=true",
         lambda e: (e["source_code"], e["target_code"]) == ("RUS", "UKR")),
        ("cameo=16", lambda e: e["cameo"].startswith("16")),
        ("plover=accuse", lambda e: e["plover"] == "ACCUSE"),
        ("modality=hedged", lambda e: e["modality"] == "hedged"),
        ("min_sources=2", lambda e: e["n_sources"] >= 2),
        ("min_confidence=0.7&actor=RUS",
         lambda e: e["confidence"] >= 0.7 and "RUS" in (e["source_code"], e["target_code"])),
        ("date_from=2021-10-10&date_to=2021-10-20",
         lambda e: "2021-10-10" <= e["date"] <= "2021-10-20"),
    ],
)  # fmt: skip
def test_event_filters(client, query, check):
    items = client.get(f"/api/events?{query}&limit=1000").json()["items"]
    assert items, query
    assert all(check(e) for e in items), query


@pytest.mark.parametrize("threshold", [0.0, 0.7, 0.95])
def test_min_confidence_keeps_the_events_at_or_above_it(client, threshold):
    everything = client.get("/api/events?limit=1000").json()["items"]
    kept = _all_pages(client, f"/api/events?min_confidence={threshold}", 7)
    expected = [e["event_id"] for e in everything if e["confidence"] >= threshold]
    assert [e["event_id"] for e in kept] == expected  # same order, paged without gaps
    assert all(e["confidence"] >= threshold for e in kept)
    if threshold > 0:
        assert 0 < len(kept) < len(everything)
        assert any(e["confidence"] == threshold for e in kept)  # "at least": the bound is in


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "high", ""])
def test_bad_min_confidence_is_a_json_error(client, value):
    response = client.get(f"/api/events?min_confidence={value}")
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422 and "min_confidence" in body["message"]


def test_story_list_search_and_detail(client):
    found = client.get("/api/stories?q=story 1&limit=1000").json()["items"]
    assert found and all("Story 1" in s["title"] for s in found)
    assert client.get("/api/stories?actor=UKR").json()["items"] == []
    dated = client.get("/api/stories?date_from=2021-10-20&limit=1000").json()["items"]
    assert dated and all(s["end"] >= "2021-10-20" for s in dated)
    d = client.get("/api/stories/s0000").json()
    assert [s["article_id"] for s in d["sources"]] == ["a00000", "a00001"]
    assert len(d["matrix"]["rows"]) == 2  # a row per source
    assert all(cell is not None for row in d["matrix"]["rows"] for cell in row["cells"])
    mentions = d["events"][0]["mentions"]
    assert {m["article_id"] for m in mentions} == {"a00000", "a00001"}
    assert all(m["sentence"].endswith(".") for m in mentions)


@pytest.mark.parametrize("part", ["events", "quotes", "disagreements", "matrix"])
def test_story_parts(client, part):
    response = client.get(f"/api/stories/s0002/{part}")
    assert response.status_code == 200
    assert response.json() == client.get("/api/stories/s0002").json()[part]


@pytest.mark.parametrize("pair", [("IGOWSTNAT", "RUS"), ("RUS", "UKR"), ("UKR", "BEL")])
@pytest.mark.parametrize(
    ("interval", "precise"), [("day", {"day"}), ("week", {"day"}), ("month", {"day", "month"})]
)
def test_pair_series_counts_add_up(client, pair, interval, precise):
    a, b = pair
    body = client.get(f"/api/pairs/{a}/{b}/series?interval={interval}").json()
    events = client.get(f"/api/events?pair={a},{b}&limit=1000").json()["items"]
    kept = [e for e in events if e["date_precision"] in precise]
    assert events
    assert sum(x["count"] for x in body["buckets"]) == len(kept)
    assert body["left_out"] == len(events) - len(kept)
    for x in body["buckets"]:
        assert -10 <= x["goldstein_mean"] <= 10 and 1 <= x["independent_sources"] <= x["count"]
        assert x["plover_score_mean"] is not None


def test_article_with_annotations(client):
    a = client.get("/api/articles/a00003").json()
    assert a["id"] == "a00003" and len(a["events"]) == 6 and a["story_ids"] == ["s0002"]
    assert all(len(e["event_id"]) == 16 for e in a["events"])
    assert a["political"] == POLITICAL  # kept by the store, as analyze writes it


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/stories/nope", 404),
        ("/api/articles/nope", 404),
        ("/api/events?cursor=not-a-cursor", 400),
        ("/api/events?pair=RUS", 400),
        ("/api/events?date_from=October", 422),
        ("/api/events?limit=0", 422),
        ("/api/pairs/A/B/series?interval=year", 422),
        ("/api/nowhere", 404),
    ],
)
def test_errors_are_json_with_status_and_message(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status and body["message"]


def test_cursor_of_one_list_is_refused_by_another(client):
    cursor = client.get("/api/stories?limit=1").json()["next_cursor"]
    response = client.get(f"/api/events?cursor={cursor}")
    assert response.status_code == 400 and "events list" in response.json()["message"]


@pytest.mark.parametrize(
    ("route", "key"),
    [(route, key) for route, keys in WRONG_KEYS.items() for key in keys]
    + [("events", ("2021-10-01", "e", "extra")), ("actors", ("RUS", 3))],
)
def test_a_cursor_of_the_wrong_shape_is_a_json_400_on_every_list(client, route, key):
    response = client.get(f"/api/{route}", params={"cursor": encode_cursor(route, key)})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == 400 and f"{route} list" in body["message"]


def test_openapi_lists_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/api/stories", "/api/stories/{story_id}", "/api/events", "/api/actors",
              "/api/pairs/{a}/{b}/series", "/api/articles/{article_id}"]:  # fmt: skip
        assert p in paths


def test_batched_read_equals_one_by_one(synth_db):
    import duckdb

    from crosswire.store import api_queries as A
    from crosswire.store import queries as Q

    con = duckdb.connect(synth_db, read_only=True)
    ids = ["a00003", "a00000", "a00039"]
    assert Q.read_documents(con, ids) == {i: Q.read_document(con, i) for i in ids}
    assert [c.article_id for c in A.copies_of(con, ids)] == ["a00039"]
    con.close()
