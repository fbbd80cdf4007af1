"""An event's place (the ``place_*`` columns of an event row) in GDELT's and ICEWS's columns.

GDELT codes countries and first-order divisions in FIPS 10-4: the country's FIPS code from
GeoNames' country table, and for a division that code followed by GeoNames' admin1 code (FIPS
for most countries, the postal code for US states: "USCT", as GDELT writes them). FeatureID is
GeoNames' id (GDELT uses GNS/GNIS ids, which GeoNames does not carry), a country's FIPS code for
a country and the ADM1 code for a region without an id, as GDELT does for those levels.
"""

from __future__ import annotations

from typing import Any

from crosswire.nlp.gazetteer import country_names, us_state_names

# GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
GDELT_GEO_TYPE = {
    ("country", False): 1,
    ("region", True): 2,
    ("city", True): 3,
    ("city", False): 4,
    ("region", False): 5,
}
US = "US"


def _province(e: dict) -> str:
    """The place's region: itself, or a US city's state (GeoNames' city table names no
    other country's divisions)."""
    if e["place_type"] == "region":
        return e["place_name"]
    if e["place_type"] == "city" and e["place_country"] == US:
        return us_state_names().get(e["place_admin1"] or "", "")
    return ""


def full_name(e: dict) -> str:
    """The place as GDELT writes it: "Hartford, Connecticut, United States", "Ukraine"."""
    country = country_names().get(e["place_country"], ("", ""))[0]
    if e["place_type"] == "country":
        return country or e["place_name"]
    parts = [e["place_name"], _province(e) if e["place_type"] == "city" else "", country]
    return ", ".join(p for p in parts if p)


def gdelt_action_geo(e: dict) -> list[Any]:
    """ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if e.get("place_type") is None:
        return [""] * 8
    kind = e["place_type"]
    fips = country_names().get(e["place_country"], ("", ""))[1]
    adm1 = fips + e["place_admin1"] if kind != "country" and e["place_admin1"] else fips
    feature = e["place_geonameid"] if e["place_geonameid"] is not None else adm1
    return [
        GDELT_GEO_TYPE[kind, e["place_country"] == US], full_name(e), fips, adm1, "",
        e["place_latitude"], e["place_longitude"], feature,
    ]  # fmt: skip


def icews_geo(e: dict) -> list[Any]:
    """City, District, Province, Country, Latitude, Longitude."""
    if e.get("place_type") is None:
        return [""] * 6
    country = country_names().get(e["place_country"], ("", ""))[0]
    city = e["place_name"] if e["place_type"] == "city" else ""
    return [city, "", _province(e), country, e["place_latitude"], e["place_longitude"]]
