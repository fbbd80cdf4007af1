"""The publisher's local publication date when a page states its publication time in UTC.

Many CMSs write ``2023-12-20T01:00:21Z`` although the page shows readers "December 19" (New
York). The date readers see is the one relative dates ("on Monday") are resolved against, so a
UTC time is moved into the publisher's zone: the offset the page itself gives the same moment
elsewhere (a <time datetime>), else the region of its language tag, else the country of its
URL's TLD (``data/zones.tsv``). A stated non-zero offset is already local.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crosswire import tables
from crosswire.errors import DataError

ZONES_FILE = "zones.tsv"
# The one country-code TLD in common use that differs from its ISO 3166 code.
_TLD_COUNTRY = {"uk": "GB"}
SAME_MOMENT = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stated publication time with its offset: ``at`` is timezone-aware."""

    at: datetime

    @property
    def utc(self) -> bool:
        return self.at.utcoffset() == timedelta(0)

    @property
    def written_date(self) -> date:
        """The date as the page writes it, in the offset it states."""
        return self.at.date()


def parse_stamp(value: str | None) -> Stamp | None:
    """A date-time with an explicit offset (ISO 8601 or RFC 2822); None for a bare date, a time
    without offset (its zone is unknown, so it is not UTC) or anything unreadable."""
    text = (value or "").strip()
    if len(text) <= len("YYYY-MM-DD"):
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        try:
            at = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return Stamp(at) if at.tzinfo is not None else None


def region_of_lang(tag: str | None) -> str | None:
    """The region subtag of a BCP 47 tag: "en-US" -> "US", "zh-Hant-TW" -> "TW", "en" -> None."""
    subtags = (tag or "").strip().replace("_", "-").split("-")
    region = next((s for s in subtags[1:] if len(s) == 2 and s.isalpha()), None)
    return region.upper() if region else None


def country_of_url(url: str | None) -> str | None:
    """The country of the URL's country-code TLD: ".co.uk" -> "GB", ".com.au" -> "AU"."""
    host = urlsplit(url).hostname if url else None
    tld = host.rsplit(".", 1)[-1].lower() if host and "." in host else ""
    if len(tld) != 2 or not tld.isalpha():
        return None
    return _TLD_COUNTRY.get(tld, tld.upper())


@cache
def country_zones() -> dict[str, ZoneInfo]:
    """``data/zones.tsv``: country -> zone, ``#`` lines and the header skipped."""
    rows = tables.rows("crosswire.clean", f"data/{ZONES_FILE}")
    zones: dict[str, ZoneInfo] = {}
    for number, parts in enumerate(rows[1:], start=2):
        if len(parts) not in (2, 3):
            line = "\t".join(parts)
            raise DataError(f"{ZONES_FILE}: row {number} has {len(parts)} columns: {line!r}")
        try:
            zones[parts[0].strip().upper()] = ZoneInfo(parts[1].strip())
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise DataError(f"{ZONES_FILE}: row {number} has an unknown zone: {exc}") from exc
    return zones


def publisher_zone(lang_tag: str | None, url: str | None) -> ZoneInfo | None:
    """The zone the publisher dates its pages in: the language tag's region, else the URL's
    country-code TLD; None when neither names a country we know."""
    zones = country_zones()
    for country in (region_of_lang(lang_tag), country_of_url(url)):
        if country in zones:
            return zones[country]
    return None


def local_date(
    found: date, stated: Iterable[str], zone: ZoneInfo | None, shown: Iterable[str] = ()
) -> date:
    """``found`` as the publisher's readers see it.

    Only the publication times ``stated`` on ``found`` count. One with a non-zero offset says
    ``found`` is already local. Otherwise a UTC one is moved into the offset the page itself
    gives the same moment elsewhere (``shown``: its other stated times, <time datetime>), else
    into ``zone``. A UTC time of exactly midnight is a bare date stored as a time, not a moment,
    so it is not moved.
    """
    moment = _utc_moment(found, stated)
    if moment is None:
        return found
    own = (s for s in map(parse_stamp, shown) if s and not s.utc and _same(s.at, moment))
    local = next(own, None)
    if local:  # the page's own offset beats a zone guessed from its language tag or TLD
        return local.written_date
    return moment.astimezone(zone).date() if zone else found


def _utc_moment(found: date, stated: Iterable[str]) -> datetime | None:
    stamps = [s for s in map(parse_stamp, stated) if s and s.written_date == found]
    if not stamps or any(not s.utc for s in stamps):
        return None
    return next((s.at for s in stamps if s.at.time() != time()), None)


def _same(a: datetime, b: datetime) -> bool:
    """The same moment, to the minute: visible times often drop the seconds."""
    return abs(a - b) < SAME_MOMENT
