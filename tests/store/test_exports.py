"""Exports load back: GDELT rows parse with GDELT's columns, PLOVER records carry the required
fields, Parquet reads in DuckDB; codes are checked on the way out."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from crosswire.errors import DataError, InputError
from crosswire.store import Store
from crosswire.store import api_queries as A
from crosswire.store import exports as X
from tests.api.synth import document, make_people_store, make_store

SIDES = ("source", "target")
GDELT_REF = Path(__file__).resolve().parents[3] / "shared" / "reference" / "gdelt"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("exports") / "x.duckdb", n_articles=10)
    c = duckdb.connect(str(path), read_only=True)
    yield c
    c.close()


def _text(con, what, fmt) -> str:
    return "".join(X.export_text(con, what, fmt))


def _tsv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t"))


def test_gdelt_events_parse_with_gdelt_columns(con):
    names = X.columns("gdelt_events_columns.txt")
    header, *body = _tsv_rows(_text(con, "events", "gdelt"))
    assert header == [*names, *X.GDELT_EXTRA_COLUMNS]
    rows = [dict(zip(header, r, strict=True)) for r in body]
    assert len(rows) == 60 and len(names) == 61
    assert len({r["GLOBALEVENTID"] for r in rows}) == 60
    assert {r["EventCode"] for r in rows} >= {"040", "161"}  # leading zeros kept: strings
    assert all(r["EventRootCode"] == r["EventCode"][:2] for r in rows)
    assert all(len(r["EventCode"]) in (3, 4) for r in rows)
    assert all(r["SOURCEURL"].startswith("https://example.org/") for r in rows)
    dated = [r for r in rows if r["SQLDATE"]]
    assert dated and all(len(r["SQLDATE"]) == 8 and r["Year"] == r["SQLDATE"][:4] for r in dated)


@pytest.mark.parametrize(
    ("ours", "reference", "pick"),
    [
        ("gdelt_events_columns.txt", "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv",
         lambda rows: [r[0] for r in rows[1:]]),
        ("gdelt_mentions_columns.txt",
         "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv",
         lambda rows: [r[1] for r in rows[1:] if r[1] != "Add New Fields"]),
    ],
)  # fmt: skip
def test_column_lists_match_gdelt_reference(ours, reference, pick):
    path = GDELT_REF / reference
    if not path.exists():
        pytest.skip(f"GDELT reference column lists are absent ({GDELT_REF})")
    text = path.read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if reference.endswith("tsv") else ","))
    assert list(X.columns(ours)) == pick(rows)


def test_gdelt_mentions_parse(con):
    names = X.columns("gdelt_mentions_columns.txt")
    rows = [dict(zip(names, r, strict=True)) for r in _tsv_rows(_text(con, "mentions", "gdelt"))]
    assert len(rows) == 10  # 5 story events, 2 mentions each
    events = {r[0] for r in _tsv_rows(_text(con, "events", "gdelt"))}
    assert {r["GLOBALEVENTID"] for r in rows} <= events
    assert all(r["MentionIdentifier"].startswith("https://") for r in rows)


def test_plover_records_carry_required_fields(con):
    lines = _text(con, "events", "plover").splitlines()
    records = [json.loads(line) for line in lines]
    undated = con.execute(f"{A.EVENTS_VIEW} SELECT count(*) FROM ev e WHERE e.day IS NULL")
    n_undated = undated.fetchone()[0]
    assert n_undated and len(records) == 60 - n_undated == len({r["id"] for r in records})
    for r in records:
        assert {"id", "date", "actor", "event"} <= r.keys()
        assert r["actor"][0]["code"] and r["event"] and r["cite_info"]["article_id"]
        if r["date_value"] and len(r["date_value"]) < 10:
            assert r["enddate"] > r["date"]  # a month or a year is a span, not its first day
    assert all(r["date"] for r in records)  # PLOVER requires a date: undated are left out
    assert X.left_out(con, "events", "plover") == (
        f"left out {n_undated} undated event(s): a PLOVER record needs a date"
    )


def test_icews_and_csv_have_source_columns(con):
    icews = _tsv_rows(_text(con, "events", "icews"))
    assert icews[0] == list(X.columns("icews_columns.txt"))
    assert all(row[11] and row[13] for row in icews[1:])  # Story ID (article), Publisher
    rows = list(csv.DictReader(io.StringIO(_text(con, "events", "csv"))))
    assert len(rows) == 60 and all(r["article_id"] and r["url"] and r["outlet"] for r in rows)


@pytest.mark.parametrize(("what", "n"), [("events", 60), ("mentions", 10), ("stories", 5)])
def test_parquet_reads_in_duckdb(con, tmp_path, what, n):
    path = str(tmp_path / f"{what}.parquet")
    X.export_parquet(con, what, path)
    back = duckdb.connect()
    assert back.execute(f"SELECT count(*) FROM '{path}'").fetchone()[0] == n
    if what == "events":
        kind = back.execute(f"SELECT typeof(cameo) FROM '{path}' LIMIT 1").fetchone()[0]
        assert kind == "VARCHAR"


def test_stories_timeline_network_load(con):
    stories = [json.loads(x) for x in _text(con, "stories", "jsonl").splitlines()]
    assert [s["story_id"] for s in stories] == [f"s{k:04d}" for k in range(0, 10, 2)]
    assert all(len(s["article_ids"]) == 2 and s["outlets"] for s in stories)
    timeline = json.loads(_text(con, "timeline", "timelinejs"))
    assert timeline["events"] and all(e["start_date"]["year"] for e in timeline["events"])
    graph = ET.fromstring(_text(con, "network", "gexf"))
    ns = {"g": "http://gexf.net/1.3"}
    nodes = {n.get("id") for n in graph.iterfind(".//g:node", ns)}
    edges = list(graph.iterfind(".//g:edge", ns))
    assert nodes == {"IGOWSTNAT", "RUS", "UKR", "BEL"}
    assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)


def test_exports_are_stable(con):
    assert _text(con, "events", "csv") == _text(con, "events", "csv")


@pytest.mark.parametrize(
    ("what", "fmt"), [("events", "xml"), ("people", "csv"), ("stories", "gdelt")]
)
def test_unknown_format_is_an_input_error(con, what, fmt):
    with pytest.raises(InputError):
        X.export_text(con, what, fmt)


def test_invalid_code_is_refused(tmp_path):
    doc = document(0, 2)
    bad = replace(doc, events=(replace(doc.events[0], cameo="999"), doc.events[1]))
    with Store(tmp_path / "bad.duckdb") as store:
        store.write_documents([(bad, "h")], store.start_run(["t"]))
        with pytest.raises(DataError, match="999"):
            X.export_text(store.connection, "events", "gdelt")


THRESHOLD = 0.7  # one of the synthetic confidences: the bound itself must be kept


def _exported_ids(con, what, fmt, tmp_path, min_confidence=None) -> list[str]:
    """The event id of each row of an export, in order."""
    if fmt == "parquet":
        path = str(tmp_path / f"{what}-{min_confidence}.parquet")
        X.export_parquet(con, what, path, min_confidence)
        return [r[0] for r in duckdb.connect().execute(f"SELECT event_id FROM '{path}'").fetchall()]
    text = "".join(X.export_text(con, what, fmt, min_confidence))
    by_gdelt_id = {
        int(i[: X.GDELT_ID_HEX], 16): i
        for (i,) in con.execute("SELECT event_id FROM events").fetchall()
    }
    if fmt == "gdelt":  # the events file has a header row, the mentions file none
        rows = _tsv_rows(text)[1:] if what == "events" else _tsv_rows(text)
        return [by_gdelt_id[int(r[0])] for r in rows]
    if fmt == "icews":
        return [r[0] for r in _tsv_rows(text)[1:]]
    if fmt == "plover":
        return [json.loads(line)["id"] for line in text.splitlines()]
    return [r["event_id"] for r in csv.DictReader(io.StringIO(text))]


@pytest.mark.parametrize(
    ("what", "fmt"), [(w, f) for w in ("events", "mentions") for f in X.FORMATS[w]]
)
def test_min_confidence_keeps_only_events_at_or_above_it(con, tmp_path, what, fmt):
    confidence = dict(con.execute("SELECT event_id, confidence FROM events").fetchall())
    everything = _exported_ids(con, what, fmt, tmp_path)
    kept = _exported_ids(con, what, fmt, tmp_path, THRESHOLD)
    assert kept == [i for i in everything if confidence[i] >= THRESHOLD]
    assert 0 < len(kept) < len(everything)
    assert THRESHOLD in {confidence[i] for i in kept}
    # without the option, every event (or every mention) is exported, as before; PLOVER
    # leaves the undated out
    if fmt == "plover":
        dated = con.execute(f"{A.EVENTS_VIEW} SELECT event_id FROM ev e WHERE e.day IS NOT NULL")
        assert sorted(everything) == sorted(i for (i,) in dated.fetchall())
    elif what == "events":
        assert sorted(everything) == sorted(confidence) and len(everything) == 60
    else:
        assert len(everything) == 10


def test_min_confidence_thins_the_network(con):
    ns = {"g": "http://gexf.net/1.3"}

    def weight(min_confidence):
        graph = ET.fromstring("".join(X.export_text(con, "network", "gexf", min_confidence)))
        return sum(int(e.get("weight")) for e in graph.iterfind(".//g:edge", ns))

    sql = "SELECT count(*) FROM events WHERE target_text IS NOT NULL AND confidence >= ?"
    assert weight(None) == con.execute(sql, [0]).fetchone()[0]
    assert weight(THRESHOLD) == con.execute(sql, [THRESHOLD]).fetchone()[0] < weight(None)


@pytest.mark.parametrize(
    ("what", "fmt", "value"),
    [("events", "csv", 1.5), ("events", "csv", -0.1), ("mentions", "gdelt", float("nan")),
     ("stories", "csv", 0.5), ("timeline", "timelinejs", 0.5)],
)  # fmt: skip
def test_bad_or_pointless_min_confidence_is_an_input_error(con, what, fmt, value):
    with pytest.raises(InputError, match="min_confidence"):
        X.export_text(con, what, fmt, value)


# Columns of the events CSV before actor ids were added: kept, in this order, in front.
EVENT_COLUMNS_BEFORE_IDS = (
    "event_id", "article_id", "article_title", "outlet", "url", "source_key", "story_id",
    "story_event_id", "n_sources", "n_mentions", "source_text", "source_name", "source_code",
    "target_text", "target_name", "target_code", "cameo", "plover", "mode", "goldstein", "quad",
    "date", "date_source", "date_precision", "modality", "sentence_start", "sentence_end",
    "trigger_start", "trigger_end", "confidence", "rule",
    "place_name", "place_type", "place_country", "place_admin1", "place_latitude",
    "place_longitude", "place_geonameid",
)  # fmt: skip


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    path = make_people_store(tmp_path_factory.mktemp("people") / "people.duckdb")
    c = duckdb.connect(str(path), read_only=True)
    yield c
    c.close()


def _api_ids(con) -> dict[tuple, str]:
    """(event id, side) -> the actor id /api/actors and /api/events give."""
    listed = {a["actor_id"] for a in A.actors_page(con, None, 1000).items}
    found = {}
    for e in A.events_page(con, A.EventFilter(), 1000).items:
        for side in ("source", "target"):
            actor_id = e[f"{side}_actor_id"]
            assert actor_id is None or actor_id in listed
            found[e["event_id"], side] = actor_id
    return found


def test_event_exports_carry_the_actor_ids_of_the_api(people, tmp_path):
    api = _api_ids(people)
    assert api and "person:donald-trump" in api.values() and None in api.values()
    rows = list(csv.DictReader(io.StringIO(_text(people, "events", "csv"))))
    header = tuple(rows[0])
    assert header[: len(EVENT_COLUMNS_BEFORE_IDS)] == EVENT_COLUMNS_BEFORE_IDS
    assert header[len(EVENT_COLUMNS_BEFORE_IDS) :] == ("source_actor_id", "target_actor_id")
    from_csv = {(r["event_id"], s): r[f"{s}_actor_id"] or None for r in rows for s in SIDES}
    path = str(tmp_path / "events.parquet")
    X.export_parquet(people, "events", path)
    parquet = (
        duckdb.connect()
        .execute(f"SELECT event_id, source_actor_id, target_actor_id FROM '{path}'")
        .fetchall()
    )
    from_parquet = {(i, s): ids[k] for i, *ids in parquet for k, s in enumerate(SIDES)}
    plover = [json.loads(x) for x in _text(people, "events", "plover").splitlines()]
    from_plover = {
        (r["id"], s): (r[key][0]["actor_id"] if r[key] else None)
        for r in plover for s, key in zip(SIDES, ("actor", "recipient"), strict=True)
    }  # fmt: skip
    assert from_csv == from_parquet == from_plover == api


def test_actor_ids_of_every_event_export_row(people):
    rows = list(csv.DictReader(io.StringIO(_text(people, "events", "csv"))))
    trump = {r["source_name"] for r in rows if r["source_actor_id"] == "person:donald-trump"}
    assert trump == {"Donald Trump", "Donald J. Trump", "Mr. Trump", "Trump"}
    biden = {r["source_name"]: r["source_actor_id"] for r in rows if "Biden" in r["source_name"]}
    assert biden == {"Hunter Biden": "person:hunter-biden", "Joe Biden": "person:joe-biden",
                     "Biden": "name:biden"}  # fmt: skip
