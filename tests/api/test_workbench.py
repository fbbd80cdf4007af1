"""The routes behind the analyst's pages (api/workbench.py) over the invented fisheries store:
the events table sorts, searches and pages without repeats; its downloads hold exactly its
events; actor profiles, the overview and the network count what the store holds."""

import csv
import io

import duckdb
import pytest

from tests.web.workbench_store import make_workbench_store


@pytest.fixture(scope="module")
def wb(tmp_path_factory):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    db = make_workbench_store(tmp_path_factory.mktemp("wb") / "wb.duckdb")
    with TestClient(create_app(str(db))) as c:
        yield c


def _table(wb, query: str, limit: int = 2) -> list[dict]:
    """Every row of the table, page after page."""
    rows, cursor = [], ""
    while True:
        page = wb.get(f"/api/events/table?{query}&limit={limit}{cursor}").json()
        rows += page["items"]
        if not page["next_cursor"]:
            return rows
        cursor = f"&cursor={page['next_cursor']}"


@pytest.mark.parametrize("sort", ["date", "confidence", "sources", "goldstein"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_table_pages_in_sort_order_without_repeats(wb, sort, order):
    rows = _table(wb, f"sort={sort}&order={order}")
    assert len({r["event_id"] for r in rows}) == len(rows) == 8
    column = {"date": "date", "confidence": "confidence", "sources": "n_sources",
              "goldstein": "goldstein"}[sort]  # fmt: skip
    values = [r[column] for r in rows if r[column] is not None]
    assert values == sorted(values, reverse=order == "desc", key=str if sort == "date" else None)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("q=lofoten", 1), ("q=Ana%20Ruiz", 1), ("country=per", 1), ("country=chl", 7),
     ("actor=person:ana-ruiz", 1), ("pair=NOR,CHL&directed=true", 4), ("q=100%25", 0)],
)  # fmt: skip
def test_table_search_and_country(wb, query, expected):
    page = wb.get(f"/api/events/table?{query}").json()
    assert page["total"] == len(page["items"]) == expected


def test_a_cursor_of_another_sort_is_refused(wb):
    cursor = wb.get("/api/events/table?sort=date&limit=1").json()["next_cursor"]
    response = wb.get(f"/api/events/table?sort=confidence&cursor={cursor}")
    assert response.status_code == 400 and "cursor" in response.json()["message"]


QUERY = "min_confidence=0.6&sort=confidence&order=desc"


def test_downloads_hold_exactly_the_table(wb, tmp_path):
    shown = [r["event_id"] for r in _table(wb, QUERY, limit=50)]
    assert len(shown) == 6
    text = wb.get(f"/api/events/download?format=csv&{QUERY}")
    assert text.headers["content-disposition"] == 'attachment; filename="events.csv"'
    assert [r["event_id"] for r in csv.DictReader(io.StringIO(text.text))] == shown
    gdelt = wb.get(f"/api/events/download?format=gdelt&{QUERY}").text.splitlines()
    assert [int(line.split("\t")[0]) for line in gdelt] == [int(i[:15], 16) for i in shown]
    path = tmp_path / "events.parquet"
    path.write_bytes(wb.get(f"/api/events/download?format=parquet&{QUERY}").content)
    ids = duckdb.sql(f"SELECT event_id FROM '{path}'").fetchall()
    assert [i for (i,) in ids] == shown


@pytest.mark.parametrize(
    ("wanted", "actor_id"),
    [("person:ana-ruiz", "person:ana-ruiz"), ("NOR", "code:NOR"), ("chile", "code:CHL"),
     ("Ana Ruiz?code=CHLGOV", "person:ana-ruiz"), ("NORGOV", "code:NORGOV")],
)  # fmt: skip
def test_actor_found_by_id_code_or_name(wb, wanted, actor_id):
    assert wb.get(f"/api/actors/{wanted}").json()["actor"]["actor_id"] == actor_id


def test_unknown_actor_is_404(wb):
    response = wb.get("/api/actors/nobody")
    assert response.status_code == 404 and "/api/actors?q=" in response.json()["message"]


@pytest.mark.parametrize("q", ["ruiz", "ANA", "chlgov"])
def test_actor_list_finds_by_any_name_or_code(wb, q):
    found = wb.get(f"/api/actors?q={q}").json()["items"]
    assert [a["actor_id"] for a in found] == ["person:ana-ruiz"]


def test_actor_profile(wb):
    norway = wb.get("/api/actors/code:NOR").json()
    assert norway["codes"] == [{"code": "NOR", "first": "1976-01-01", "last": "2023-05-22", "n": 7}]
    # only periods with events, each as precise as its dates: 1976 does not stretch the axis
    assert [p["period"] for p in norway["series"]] == ["1976", "2023-05-08", "2023-05-10",
                                                       "2023-05-22"]  # fmt: skip
    assert sum(p["as_source"] + p["as_target"] for p in norway["series"]) == 7
    # talks (twice), the pact of 1976 and the expulsion as doer; the accusation as target
    assert norway["counterparts"][0] == {"actor_id": "code:CHL", "name": "Chile", "n": 5,
                                         "as_source": 4, "as_target": 1}  # fmt: skip
    ruiz = wb.get("/api/actors/person:ana-ruiz").json()
    # quoted by full name and by surname alone
    assert {q["speaker"] for q in ruiz["quotes"]} == {"Ana Ruiz", "Ruiz"}


def test_overview(wb):
    o = wb.get("/api/overview").json()
    assert (o["date_from"], o["date_to"], len(o["days"])) == ("2023-04-23", "2023-05-22", 30)
    may10 = next(d for d in o["days"] if d["day"] == "2023-05-10")
    assert (may10["q3"], may10["q4"]) == (2, 0)  # an accusation and a threat: verbal conflict
    assert o["outside"] == 1  # the pact of 1976
    assert (o["pairs"][0]["a"], o["pairs"][0]["b"], o["pairs"][0]["n"]) == (
        "code:CHL",
        "code:NOR",
        4,
    )
    # the story's own dates stop at 2023-05-08; its articles run to 2023-05-22
    assert [s["story_id"] for s in o["stories"]] == ["s-fisheries"]


def test_network(wb):
    net = wb.get("/api/network?min_events=2").json()
    assert [(e["a"], e["b"], e["n"]) for e in net["edges"]] == [("code:CHL", "code:NOR", 5)]
    assert [n["actor_id"] for n in net["nodes"]] == ["code:CHL", "code:NOR"]
    recent = wb.get("/api/network?min_events=2&date_from=2023-01-01").json()
    assert recent["edges"][0]["n"] == 4  # without the pact of 1976
    assert len(wb.get("/api/network").json()["edges"]) == 4
