"""Documents from the web: a single URL (a page or a feed) and URL-list files.

A URL-list file is named ``*.urls``, or given as ``@FILE`` whatever its name (a ``.txt`` file is
read as a text document, never as a list): one URL a line, blank lines and ``#`` comments
ignored. A line that is not an http(s) URL is skipped (reason ``bad-record``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crosswire.ingest.feeds import looks_like_feed, raw_from_fetched, read_feed
from crosswire.ingest.fetch import Fetcher
from crosswire.ingest.urls import canonical_url, is_url
from crosswire.types import RawDocument, Skipped

URL_LIST_SUFFIX = ".urls"
LIST_PREFIX = "@"
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml"}
)  # fmt: skip


def is_url_list(arg: str) -> bool:
    return arg.startswith(LIST_PREFIX) or arg.lower().endswith(URL_LIST_SUFFIX)


def list_path(arg: str) -> Path:
    """The file an URL-list argument names (``@FILE`` or ``FILE.urls``)."""
    return Path(arg.removeprefix(LIST_PREFIX))


def read_url(url: str, fetcher: Fetcher) -> Iterator[RawDocument | Skipped]:
    """The page at ``url``, or the articles of the feed at ``url``."""
    fetched = fetcher.get(url, canonical_url(url))
    if isinstance(fetched, Skipped):
        yield fetched
    elif fetched.media_type in FEED_TYPES or looks_like_feed(fetched.content):
        yield from read_feed(fetched.content, fetched.url, fetcher)
    else:
        yield raw_from_fetched(fetched)


def read_url_list(path: Path, fetcher: Fetcher) -> Iterator[RawDocument | Skipped]:
    """Every URL listed in ``path``, in order."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield Skipped(path.name, "unreadable", f"{type(exc).__name__}: {exc}")
        return
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            yield Skipped(f"{path.name}:{lineno}", "bad-record", f"not an http(s) URL: {line!r}")
            continue
        yield from read_url(line, fetcher)
