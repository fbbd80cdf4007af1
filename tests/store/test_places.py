"""Event places in the store and its exports: coordinates round-trip, GDELT's ActionGeo_* and
ICEWS's place columns are filled, and a store written before places (version 6) is refused."""

import csv
import io
from pathlib import Path

import duckdb
import pytest

from crosswire.errors import StoreError
from crosswire.store import Store, memory_store
from crosswire.store import exports as X
from crosswire.types import Actor, Article, Document, Event, Place
from tests.api.synth import make_store

KHARKIV = Place("Kharkiv", "city", "UA", "07", 49.98177, 36.25475, 706483)
HARTFORD = Place("Hartford", "city", "US", "CT", 41.76371, -72.68509, 4835797)


def _event(place: Place | None) -> Event:
    return Event(
        source=Actor("Police", None, None, 0, 6), target=None, cameo="173", plover="ARREST",
        mode="", goldstein=-5.0, quad=4, date="2022-03-01", date_source="sentence",
        modality="asserted", sentence_start=0, sentence_end=40, trigger_start=7,
        trigger_end=15, confidence=0.9, rule="test", place=place,
    )  # fmt: skip


@pytest.mark.parametrize("place", [KHARKIV, Place("Mali", "country", "ML", None, 14.1, -5.2, 1)])
def test_a_place_round_trips_through_the_store(place):
    text = "Police detained two protesters in Kharkiv."
    doc = Document(Article("a1", text), events=(_event(place), _event(None)))
    with memory_store() as store:
        store.write_document(doc, store.start_run(["x"]), "h")
        back = store.read_document("a1")
    assert back == doc
    assert back.events[0].place.latitude == place.latitude
    assert back.events[1].place is None


def test_a_store_from_before_places_is_refused(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE schema_version SET version = 6")
    with pytest.raises(StoreError, match="version 6"):
        Store(path)


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("geo") / "g.duckdb", n_articles=4, place=HARTFORD)
    c = duckdb.connect(str(path), read_only=True)
    yield c
    c.close()


def _rows(con, fmt: str) -> list[dict[str, str]]:
    text = "".join(X.export_text(con, "events", fmt))
    header, *body = csv.reader(io.StringIO(text), delimiter="\t")
    return [dict(zip(header, r, strict=True)) for r in body]


def test_gdelt_action_geo_is_filled(con):
    row = _rows(con, "gdelt")[0]
    assert row["ActionGeo_Type"] == "3"  # a US city
    assert row["ActionGeo_FullName"] == "Hartford, Connecticut, United States"
    assert row["ActionGeo_CountryCode"] == "US"  # FIPS, as GDELT
    assert row["ActionGeo_ADM1Code"] == "USCT"
    assert float(row["ActionGeo_Lat"]) == pytest.approx(41.76371)
    assert float(row["ActionGeo_Long"]) == pytest.approx(-72.68509)
    assert row["ActionGeo_FeatureID"] == "4835797"
    assert row["Actor1Geo_Type"] == ""  # actors are not geolocated


def test_icews_place_columns_are_filled(con):
    row = _rows(con, "icews")[0]
    assert (row["City"], row["Province"], row["Country"]) == (
        "Hartford",
        "Connecticut",
        "United States",
    )
    assert float(row["Latitude"]) == pytest.approx(41.76371)
    assert float(row["Longitude"]) == pytest.approx(-72.68509)


def test_a_country_in_gdelt_uses_fips_codes():
    from crosswire.store.geo import gdelt_action_geo

    e = {f"place_{k}": v for k, v in zip(
        ("name", "type", "country", "admin1", "latitude", "longitude", "geonameid"),
        ("Ukraine", "country", "UA", None, 49.0, 32.0, 690791), strict=True)}  # fmt: skip
    assert gdelt_action_geo(e)[:4] == [1, "Ukraine", "UP", "UP"]
