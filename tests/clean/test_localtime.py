from datetime import date
from zoneinfo import ZoneInfo

import pytest

from crosswire.clean.html import extract_html
from crosswire.clean.localtime import (
    country_of_url,
    country_zones,
    local_date,
    parse_stamp,
    publisher_zone,
    region_of_lang,
)

PARA = (
    "The regional water board agreed late on Tuesday to raise prices by four per cent next year, "
    "saying the money would pay for new pipes in the older districts, a spokeswoman said."
)
LATEST = date(2024, 1, 1)


def page(stamp: str, lang: str = "en", extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><title>Water prices rise</title>
<meta property="article:published_time" content="{stamp}">
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{stamp}"}}</script>
</head><body><article><h1>Water board raises prices</h1>{extra}
<p>{PARA}</p><p>{PARA.replace("Tuesday", "Wednesday")}</p></article></body></html>"""


def published(html: str, url: str | None = None) -> date | None:
    return extract_html(html, url, LATEST).published


def test_utc_time_on_a_us_page_is_the_previous_day_in_new_york() -> None:
    assert published(page("2023-12-20T01:00:21Z", lang="en-US")) == date(2023, 12, 19)


def test_a_stated_offset_is_already_local() -> None:
    assert published(page("2023-12-19T22:30:00-05:00", lang="en-US")) == date(2023, 12, 19)


def test_late_utc_time_on_an_australian_site_is_the_next_day() -> None:
    url = "https://www.example.com.au/news/water-prices"
    assert published(page("2023-12-25T22:03:00.000Z"), url) == date(2023, 12, 26)


def test_unknown_region_leaves_the_date() -> None:
    url = "https://www.example.com/news/water-prices"
    assert published(page("2023-12-20T01:00:21Z"), url) == date(2023, 12, 20)


def test_the_pages_own_offset_for_the_same_moment_beats_the_language_tag() -> None:
    shown = '<time datetime="2023-12-19T03:39:30+01:00">December 19, 2023</time>'
    html = page("2023-12-19T02:39:30+00:00", lang="en-US", extra=shown)
    assert published(html) == date(2023, 12, 19)


def test_utc_midnight_is_a_bare_date_not_a_moment() -> None:
    zone = ZoneInfo("America/New_York")
    assert local_date(date(2023, 10, 17), ["2023-10-17T00:00:00+00:00"], zone) == date(2023, 10, 17)


def test_only_stamps_written_on_the_found_date_count() -> None:
    zone = ZoneInfo("America/New_York")
    assert local_date(date(2023, 12, 21), ["2023-12-22T01:00:00Z"], zone) == date(2023, 12, 21)


@pytest.mark.parametrize(
    ("value", "utc"),
    [
        ("2023-12-20T01:00:21Z", True),
        ("2023-12-20T01:00:21.174+00:00", True),
        ("Wed, 20 Dec 2023 01:00:21 GMT", True),
        ("2023-12-19T20:00:21-0500", False),
        ("2023-12-20T01:00:21", None),  # no offset: zone unknown, not UTC
        ("2023-12-20", None),
        ("yesterday", None),
    ],
)
def test_parse_stamp(value: str, utc: bool | None) -> None:
    stamp = parse_stamp(value)
    assert (stamp.utc if stamp else None) == utc


def test_regions_and_countries() -> None:
    assert region_of_lang("en-US") == "US"
    assert region_of_lang("en_gb") == "GB"
    assert region_of_lang("zh-Hant-TW") == "TW"
    assert region_of_lang("en") is None
    assert country_of_url("https://www.example.co.uk/a") == "GB"
    assert country_of_url("https://example.ca/a") == "CA"
    assert country_of_url("https://example.com/a") is None
    assert publisher_zone("en-AU", "https://example.co.uk/") == ZoneInfo("Australia/Sydney")
    assert publisher_zone("en", "https://example.tv/") is None  # .tv is sold as a generic name


def test_zones_file_loads() -> None:
    zones = country_zones()
    assert zones["US"] == ZoneInfo("America/New_York")
    assert all(len(code) == 2 and code.isupper() for code in zones)
