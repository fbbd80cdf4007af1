"""RSS 0.9x/1.0/2.0 and Atom feeds: each entry's link fetched, the entry's title, date and
authors kept as ``Hints``.

feedparser reads every version. Entries are fetched ``fetch.concurrency`` at a time and come out
in feed order. An entry whose page cannot be fetched falls back to the full
content the feed itself carries (Atom ``content``, RSS ``content:encoded``) when there is some;
a summary alone is not an article, so without content the entry is skipped with the fetcher's
reason (``http-404``, ``timeout``, ``host-unavailable:<host>``...).
An entry's fields are checked by the schema of a JSONL record (``schema.py``); a date that is no
calendar date (``0000-00-00``, ``9999-12-31T23:59:59-05:00``) leaves the entry undated.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from crosswire.errors import isolated
from crosswire.ingest.fetch import Fetched, Fetcher
from crosswire.ingest.schema import check_record
from crosswire.ingest.urls import canonical_url
from crosswire.types import ContentType, Hints, RawDocument, Skipped

FEED_SUFFIXES = (".rss", ".atom", ".xml")
# The root element of a feed: <rss>, Atom's <feed>, RSS 1.0's <rdf:RDF>, after an optional
# byte-order mark, XML declaration, stylesheet instructions, comments and doctype.
_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF)[\s>]",
    re.I | re.S,
)
SNIFF_BYTES = 2048
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class Entry:
    link: str | None
    hints: Hints
    content: str | None  # full content carried by the feed, HTML or text


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a document open an RSS or Atom feed."""
    return bool(_FEED_ROOT.search(head[:SNIFF_BYTES]))


def parse_feed(content: bytes | str, origin: str = "feed") -> tuple[Entry | Skipped, ...] | None:
    """The entries of a feed (one that cannot be used skipped under ``origin#n``), or None when
    ``content`` is not a feed."""
    parsed = isolated(origin, "ingest", feedparser.parse, content)
    if isinstance(parsed, Skipped):  # feedparser means never to raise, but a few bytes make it
        return (Skipped(origin, "bad-feed", parsed.detail),)
    if not parsed.get("version") and not parsed.get("entries"):
        return None
    ids = (f"{origin}#{n}" for n in range(1, len(parsed.entries) + 1))
    return tuple(
        isolated(i, "ingest", _entry, e, i) for i, e in zip(ids, parsed.entries, strict=True)
    )


def _entry(entry: feedparser.FeedParserDict, fallback_id: str) -> Entry | Skipped:
    bodies = [c.get("value", "") for c in entry.get("content") or () if c.get("value")]
    checked = check_record(
        {
            "url": entry.get("link"),
            "title": entry.get("title"),
            "published": _published(entry),
            "authors": [a.get("name") for a in entry.get("authors") or () if a.get("name")],
            "html": max(bodies, key=len) if bodies else None,
        },
        fallback_id,
    )
    if isinstance(checked, Skipped):
        return checked
    hints = Hints(checked.title, checked.published, tuple(checked.authors or ()))
    return Entry(link=checked.url, hints=hints, content=checked.html)


def _published(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's date in UTC; None when it is no calendar date (feedparser reads
    ``0000-00-00`` as year -1 and ``9999-12-31T23:59:59-05:00`` as year 10000)."""
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return datetime.fromtimestamp(calendar.timegm(when), UTC).isoformat() if when else None
    except (ValueError, OverflowError, OSError):
        return None


def raw_from_fetched(fetched: Fetched, hints: Hints | None = None) -> RawDocument | Skipped:
    """A fetched page as a RawDocument with its canonical URL as id; other media skipped."""
    media = fetched.media_type
    if media in HTML_TYPES or (not media and fetched.content.lstrip()[:1] == b"<"):
        ctype: ContentType = "text/html"
    elif media == "text/plain":
        ctype = "text/plain"
    else:
        return Skipped(fetched.url, "not-html", f"{fetched.requested}: {media or 'no type'}")
    return RawDocument(
        id=fetched.url,
        origin=fetched.requested,
        content=fetched.content,
        content_type=ctype,
        url=fetched.url,
        fetched_at=fetched.fetched_at,
        hints=hints or Hints(),
    )


def read_feed(content: bytes, origin: str, fetcher: Fetcher) -> Iterator[RawDocument | Skipped]:
    """The articles a feed links to, in feed order."""
    entries = parse_feed(content, origin)
    if entries is None:
        yield Skipped(origin, "bad-feed", "neither RSS nor Atom")
        return
    jobs = [(entry, f"{origin}#{n}") for n, entry in enumerate(entries, 1)]
    workers = max(1, min(fetcher.settings.concurrency, len(jobs)))
    with ThreadPoolExecutor(max_workers=workers) as pool:  # map keeps the feed's order
        yield from pool.map(
            lambda job: isolated(job[1], "ingest", _read_entry, *job, fetcher), jobs
        )


def _read_entry(
    entry: Entry | Skipped, fallback_id: str, fetcher: Fetcher
) -> RawDocument | Skipped:
    if isinstance(entry, Skipped):
        return entry
    if entry.link:
        fetched = fetcher.get(entry.link, canonical_url(entry.link))
        if isinstance(fetched, Fetched):
            return raw_from_fetched(fetched, entry.hints)
        if not entry.content:
            return fetched
    if not entry.content:
        return Skipped(fallback_id, "bad-record", "feed entry with neither a link nor content")
    url = canonical_url(entry.link) if entry.link else None
    return RawDocument(
        id=url or fallback_id,
        origin=fallback_id,
        content=entry.content,
        content_type="text/html",
        url=url,
        hints=entry.hints,
    )
