"""Fetching URLs: the only module of crosswire that touches the network.

A ``Fetcher`` wraps one ``httpx.Client``. The seam is its ``transport``: tests pass an
``httpx.MockTransport`` (see ``mock_fetcher``) or point it at a local server. Every failure is a
``Skipped`` value (reason ``fetch``, or ``too-large`` past the size cap), never an exception:

- timeouts from settings; redirects followed, the final URL canonicalised (``urls.py``);
- 429 and 503 answers and network errors retried with back-off, honouring ``Retry-After``;
- robots.txt read once per host and obeyed (RFC 9309: a missing file allows everything, an
  unreachable one forbids everything);
- the body read in chunks and abandoned past ``max_bytes``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from crosswire.ingest.urls import canonical_url
from crosswire.settings import FetchSettings
from crosswire.types import Skipped

# Statuses worth asking again after a pause: rate limiting and temporary unavailability.
RETRY_STATUSES = frozenset({429, 503})
# A server asking us to wait longer than this is treated as refusing: a batch run should not
# sleep for hours on one URL.
MAX_RETRY_AFTER = 120.0
# Redirect chains longer than this are loops in practice (browsers stop at about 20).
MAX_REDIRECTS = 10
# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; the rest may be ignored.
ROBOTS_MAX_BYTES = 500_000


@dataclass(frozen=True, slots=True)
class Fetched:
    """One fetched resource."""

    requested: str  # the URL as asked for
    url: str  # the canonical form of the URL it was finally served from
    status: int
    content: bytes
    media_type: str  # "text/html", "application/rss+xml"... (no parameters), "" when unsaid
    fetched_at: datetime


class _TooLarge(Exception):
    pass


class Fetcher:
    """Fetch URLs politely. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        settings: FetchSettings,
        max_bytes: int,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.max_bytes = max_bytes
        self._sleep = sleep
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()  # feeds fetch from threads: read each file once
        self._client = httpx.Client(
            transport=transport,
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": settings.user_agent},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, doc_id: str | None = None) -> Fetched | Skipped:
        """``url`` fetched, or a ``Skipped`` (id ``doc_id``, else the URL) saying why not."""
        doc_id = doc_id or url
        if self.settings.respect_robots and not self._allowed(url):
            return Skipped(doc_id, "fetch", f"robots.txt disallows {url}")
        try:
            return self._with_retries(url)
        except _TooLarge as exc:
            return Skipped(doc_id, "too-large", f"{url}: {exc}")
        except httpx.HTTPStatusError as exc:
            return Skipped(doc_id, "fetch", f"{url}: HTTP {exc.response.status_code}")
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            return Skipped(doc_id, "fetch", f"{url}: {type(exc).__name__}: {exc}")

    def _with_retries(self, url: str) -> Fetched:
        for attempt in range(self.settings.retries + 1):
            last = attempt == self.settings.retries
            try:
                fetched = self._once(url)
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                status = exc.response.status_code if isinstance(exc, httpx.HTTPStatusError) else 0
                if last or (status and status not in RETRY_STATUSES):
                    raise
                wait = self._wait(exc, attempt)
                if wait > MAX_RETRY_AFTER:
                    raise
                self._sleep(wait)
                continue
            return fetched
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _wait(self, exc: Exception, attempt: int) -> float:
        backoff = self.settings.backoff * 2**attempt
        if isinstance(exc, httpx.HTTPStatusError):
            after = retry_after(exc.response.headers.get("Retry-After"), datetime.now(UTC))
            return backoff if after is None else after
        return backoff

    def _once(self, url: str) -> Fetched:
        with self._client.stream("GET", url) as response:
            response.raise_for_status()
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise _TooLarge(f"Content-Length {declared} > max_bytes {self.max_bytes}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise _TooLarge(f"more than max_bytes {self.max_bytes}")
            media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            return Fetched(
                requested=url,
                url=canonical_url(str(response.url)),
                status=response.status_code,
                content=bytes(body),
                media_type=media,
                fetched_at=datetime.now(UTC),
            )

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            if root not in self._robots:
                self._robots[root] = self._read_robots(root)
            rules = self._robots[root]
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, root: str) -> RobotFileParser | None:
        """The parsed robots.txt of ``root``; None when there is none (everything allowed)."""
        rules = RobotFileParser(f"{root}/robots.txt")
        try:
            response = self._client.get(f"{root}/robots.txt")
        except httpx.HTTPError:
            rules.disallow_all = True
            return rules
        if response.status_code >= 500:
            rules.disallow_all = True
        elif response.status_code >= 400:
            return None
        else:
            rules.parse(response.text[:ROBOTS_MAX_BYTES].splitlines())
        return rules


def retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


Page = tuple[int, dict[str, str], bytes | str]


def mock_fetcher(
    pages: dict[str, Page], settings: FetchSettings, max_bytes: int = 5_000_000
) -> Fetcher:
    """The in-memory test double: ``pages`` maps a URL to (status, headers, body); other URLs
    answer 404. No time passes in its retries."""

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url.copy_with(fragment=None))  # never sent over the wire
        status, headers, body = pages.get(url, (404, {}, b"not found"))
        return httpx.Response(status, headers=headers, content=body)

    return Fetcher(
        settings, max_bytes, transport=httpx.MockTransport(handler), sleep=lambda s: None
    )
