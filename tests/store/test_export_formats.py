"""The exports load in the tools researchers read them with (pandas, pyarrow, DuckDB,
networkx) with the columns their own data sets publish, on a store the library builds from
short reports written for this test."""

import json
from collections import Counter

import duckdb
import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.run.ingest import ingest
from crosswire.settings import DEFAULTS
from crosswire.store import api_queries as A
from crosswire.store import exports as X
from crosswire.store.duckdb_store import Store

pytestmark = pytest.mark.slow

# GDELT 2.0 Events, the header of the codebook (GDELT-Event_Codebook-V2.0), in file order.
GDELT_EVENTS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
    "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]  # fmt: skip
# ICEWS Coded Event Data (Harvard Dataverse), the header of its event files.
ICEWS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip

# Two outlets report the same deal (two independent sources); the first also recalls an older
# quarrel in its fourth sentence, dated to the month; the third report gives no date, so its
# events have none.
REPORTS = [
    {"id": "harbour-post-1", "outlet": "Harbour Post", "url": "https://harbour.example/deal",
     "published": "2023-05-02", "title": "Portugal and Spain sign water deal",
     "text": "Portugal and Spain sign water deal\n\nPortugal signed an agreement with Spain on "
             "the shared rivers in Lisbon on Monday, the foreign ministry said. Spain praised "
             "Portugal for the deal.\n\nIn March 2021, Spain accused Portugal of wasting water "
             "from the Tagus."},
    {"id": "valley-times-1", "outlet": "Valley Times", "url": "https://valley.example/rivers",
     "published": "2023-05-02", "title": "Lisbon and Madrid agree on rivers",
     "text": "Lisbon and Madrid agree on rivers\n\nPortugal signed an agreement with Spain on the "
             "shared rivers on Monday. Spain praised Portugal for the agreement.\n\nFarmers "
             "protested against the government in Badajoz."},
    {"id": "north-wire-1", "outlet": "North Wire", "url": "https://north.example/arrest",
     "title": "Police arrest opposition leader",
     "text": "Police arrest opposition leader\n\nPolice in Norway arrested an opposition leader "
             "on Saturday. Sweden criticised Norway over the arrest. Denmark will meet Norway "
             "next week."},
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    (folder / "in.jsonl").write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", "utf-8")
    path = folder / "s.duckdb"
    with Store(path) as store:
        report = ingest([str(folder / "in.jsonl")], store, DEFAULTS)
    assert report.counts["analysed"] == 3
    return path


@pytest.fixture(scope="module")
def con(db):
    c = duckdb.connect(str(db), read_only=True)
    yield c
    c.close()


def _write(con, tmp_path, what, fmt) -> str:
    path = tmp_path / f"{what}.{fmt}"
    path.write_text("".join(X.export_text(con, what, fmt)), "utf-8")
    return str(path)


def _events(con) -> pd.DataFrame:
    """The stored events with what the exports derive from them, keyed by GDELT id."""
    sql = f"""{A.EVENTS_VIEW} SELECT e.*, {X.SENTENCE_NUMBER} AS sentence_number,
              (SELECT count(DISTINCT m.article_id) FROM event_mentions m
               WHERE m.story_event_id = e.story_event_id) AS articles
              FROM ev e"""
    frame = con.execute(sql).df()
    frame = frame.astype(object).where(frame.notna(), None)  # None, not NaN, for what is absent
    frame["gid"] = [int(i[: X.GDELT_ID_HEX], 16) for i in frame["event_id"]]
    return frame.set_index("gid")


def test_gdelt_events_load_in_pandas_with_gdelt_columns(con, tmp_path):
    path = _write(con, tmp_path, "events", "gdelt")
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == [*GDELT_EVENTS, "DatePrecision", "EventCodeFromRoot"]
    assert len(GDELT_EVENTS) == 61
    stored = _events(con)
    frame.index = frame["GLOBALEVENTID"].astype("int64")
    assert sorted(frame.index) == sorted(stored.index)
    for gid, row in frame.iterrows():
        e = stored.loc[gid]
        # 3-4 digit codes; a root-only code takes its root's base code and says so
        assert len(row["EventCode"]) in (3, 4) and row["EventCode"].startswith(e["cameo"])
        assert row["EventBaseCode"] == row["EventCode"][:3]
        assert row["EventRootCode"] == e["cameo"][:2]
        assert row["EventCodeFromRoot"] == ("1" if len(e["cameo"]) == 2 else "0")
        assert row["IsRootEvent"] == ("1" if e["sentence_number"] <= X.LEAD_SENTENCES else "0")
        assert row["DatePrecision"] == (e["date_precision"] or "")
        assert row["SQLDATE"] == (e["day"] or "").replace("-", "")
        counts = (row["NumMentions"], row["NumSources"], row["NumArticles"])
        assert counts == (str(e["n_mentions"]), str(e["n_sources"]), str(e["articles"] or 1))
        assert row["AvgTone"] == ""  # no tone in the store: absent, not zero
    # the cases the columns exist for occur in this store
    assert "030" in set(frame.loc[frame["EventCodeFromRoot"] == "1", "EventCode"])
    assert {"0", "1"} <= set(frame["IsRootEvent"])
    assert {"day", "month", ""} <= set(frame["DatePrecision"])
    assert "202103" in set(frame.loc[frame["DatePrecision"] == "month", "MonthYear"])
    assert frame["NumSources"].astype(int).max() == 2
    assert frame["NumArticles"].astype(int).max() == 2


def test_gdelt_events_load_typed_in_duckdb_and_pyarrow(con, tmp_path):
    path = _write(con, tmp_path, "events", "gdelt")
    codes = ("EventCode", "EventBaseCode", "EventRootCode")  # strings: "030" keeps its zero
    as_text = ", ".join(f"'{c}': 'VARCHAR'" for c in codes)
    back = duckdb.connect().execute(
        f"SELECT * FROM read_csv('{path}', delim='\t', header=true, types={{{as_text}}})"
    )
    types = {d[0]: str(d[1]) for d in back.description}
    rows = back.fetchall()
    assert types["GLOBALEVENTID"] == "BIGINT" and types["GoldsteinScale"] == "DOUBLE"
    assert types["SQLDATE"] == "BIGINT" and types["NumSources"] == "BIGINT"
    assert len(rows) == con.execute("SELECT count(*) FROM events").fetchone()[0]
    table = pacsv.read_csv(
        path,
        parse_options=pacsv.ParseOptions(delimiter="\t"),
        convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in codes}),
    )
    assert table.column_names[:61] == GDELT_EVENTS
    assert table.schema.field("GLOBALEVENTID").type == pa.int64()
    assert table.schema.field("SQLDATE").type == pa.int64()
    assert table.column("SQLDATE").null_count == sum(d is None for d in _events(con)["day"])
    assert all(len(c) in (3, 4) for c in table.column("EventCode").to_pylist())


def test_icews_loads_with_the_icews_header(con, tmp_path):
    path = _write(con, tmp_path, "events", "icews")
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == ICEWS == X.columns("icews_columns.txt")
    stored = _events(con).set_index("event_id")
    for _, row in frame.iterrows():
        assert row["Sentence Number"] == str(stored.loc[row["Event ID"], "sentence_number"])
    by_code = dict(zip(stored["source_code"].fillna(""), stored.index, strict=False))
    sectors = frame.set_index("Event ID")["Source Sectors"]
    assert sectors[by_code["PRTGOV"]] == "Government"
    assert sectors[by_code["NORCOP"]] == "Police"
    assert sectors[by_code["COP"]] == "Police"  # a role without a country is still a sector
    assert sectors[by_code["PRT"]] == ""  # a state alone has no sector
    assert "4" in set(frame["Sentence Number"])  # the old quarrel, after headline and lede


def test_plover_records_are_all_dated_and_the_rest_counted(con, tmp_path):
    path = _write(con, tmp_path, "events", "plover")
    frame = pd.read_json(path, lines=True, dtype=False)
    dates = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    assert dates.notna().all()
    undated = sum(day is None for day in _events(con)["day"])
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert undated and len(frame) + undated == total
    assert X.left_out(con, "events", "plover") == (
        f"left out {undated} undated event(s): a PLOVER record needs a date"
    )
    month = frame[frame["date_value"] == "2021-03"].iloc[0]
    assert (month["date"], month["enddate"]) == ("2021-03-01", "2021-03-31")


def test_the_cli_reports_what_plover_left_out(db, tmp_path):
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(
        app, ["export", "events", "--format", "plover", "--db", str(db), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "undated event(s): a PLOVER record needs a date" in result.stderr
    assert all(json.loads(line)["date"] for line in out.read_text("utf-8").splitlines())


def test_gexf_loads_in_networkx_one_edge_per_pair(con, tmp_path):
    graph = nx.read_gexf(_write(con, tmp_path, "network", "gexf"))
    assert isinstance(graph, nx.DiGraph) and not graph.is_multigraph()
    stored = _events(con)
    pairs = Counter(
        (e.source_code or e.source_name, e.target_code or e.target_name)
        for e in stored.itertuples()
        if e.target_text and (e.source_code or e.source_name)
    )
    assert set(graph.edges) == set(pairs)
    for (a, b), n in pairs.items():
        edge = graph.edges[a, b]
        assert edge["weight"] == n and edge["n_sources"] >= 1
        assert isinstance(edge["goldstein_mean"], float) and edge["plover"]
    # the file holds the graph the library builds, attribute for attribute
    built = X.network(con)
    assert dict(graph.nodes(data=True)) == dict(built.nodes(data=True))
    for a, b, attrs in built.edges(data=True):
        assert {k: v for k, v in graph.edges[a, b].items() if k != "id"} == attrs
    assert graph.edges["ESP", "PRT"]["n_sources"] == 2  # two outlets, two sources
