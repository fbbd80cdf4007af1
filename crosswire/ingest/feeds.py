"""RSS 0.9x/1.0/2.0 and Atom feeds: each entry's link fetched, the entry's title, date and
authors kept as ``Hints``.

feedparser reads every version. Entries are fetched ``fetch.concurrency`` at a time and come out
in feed order. An entry whose page cannot be fetched falls back to the full
content the feed itself carries (Atom ``content``, RSS ``content:encoded``) when there is some;
a summary alone is not an article, so without content the entry is skipped (reason ``fetch``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from crosswire.ingest.fetch import Fetched, Fetcher
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


def parse_feed(content: bytes | str) -> tuple[Entry, ...] | None:
    """The entries of a feed, or None when ``content`` is not a feed."""
    parsed = feedparser.parse(content)
    if not parsed.get("version") and not parsed.get("entries"):
        return None
    return tuple(_entry(e) for e in parsed.entries)


def _entry(entry: feedparser.FeedParserDict) -> Entry:
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(when), UTC).isoformat() if when else None
    authors = tuple(a.get("name", "") for a in entry.get("authors") or () if a.get("name"))
    bodies = [c.get("value", "") for c in entry.get("content") or () if c.get("value")]
    return Entry(
        link=entry.get("link") or None,
        hints=Hints(title=entry.get("title") or None, published=published, authors=authors),
        content=max(bodies, key=len) if bodies else None,
    )


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
    entries = parse_feed(content)
    if entries is None:
        yield Skipped(origin, "bad-feed", "neither RSS nor Atom")
        return
    jobs = [(entry, f"{origin}#{n}") for n, entry in enumerate(entries, 1)]
    workers = max(1, min(fetcher.settings.concurrency, len(jobs)))
    with ThreadPoolExecutor(max_workers=workers) as pool:  # map keeps the feed's order
        yield from pool.map(lambda job: _read_entry(*job, fetcher), jobs)


def _read_entry(entry: Entry, fallback_id: str, fetcher: Fetcher) -> RawDocument | Skipped:
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
