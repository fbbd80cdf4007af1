"""Fetching URLs: the only module of crosswire that touches the network.

A ``Fetcher`` wraps one ``httpx.Client``. The seam is its ``transport``: tests pass an
``httpx.MockTransport`` (see ``mock_fetcher``) or point it at a local server. Every failure is a
``Skipped`` value whose reason says what happened, never an exception:

- ``bad-scheme`` (anything but http and https, first URL or redirect), ``bad-url``;
- ``robots-disallowed``; ``robots-unreachable`` when robots.txt answers 429 or 5xx (RFC 9309:
  then everything is forbidden; a missing file allows everything);
- ``connection-refused``, ``dns-failure``, ``tls-error``, ``connect-error``, ``timeout``,
  ``network-error`` (a connection dropped mid-answer);
- ``http-<status>`` (``http-404``, ``http-503``), ``too-many-redirects``, ``too-large`` (the body
  is read in chunks and abandoned past ``max_bytes``);
- ``host-unavailable:<host>`` once ``HOST_FAILURE_LIMIT`` fetches in a row failed on that host,
  until ``HOST_COOL_DOWN`` seconds have passed and one probe request finds it answering again.

Redirects are followed hop by hop (httpx's ``next_request``), so every hop's scheme and its host's
robots.txt are checked before it is requested. Only 429, 503 and timeouts are retried, with
back-off, honouring ``Retry-After``; nothing else can succeed on a second try.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.robotparser import RobotFileParser

import httpx

from crosswire.ingest.urls import canonical_url
from crosswire.settings import FetchSettings
from crosswire.types import Skipped

SCHEMES = frozenset({"http", "https"})
# Statuses worth asking again after a pause: rate limiting and temporary unavailability. Other
# 4xx say the request itself is wrong; other 5xx rarely heal within a back-off.
RETRY_STATUSES = frozenset({429, 503})
# A server asking us to wait longer than this is treated as refusing: a batch run should not
# sleep for hours on one URL.
MAX_RETRY_AFTER = 120.0
# Redirect chains longer than this are loops in practice (browsers stop at about 20).
MAX_REDIRECTS = 10
# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; the rest may be ignored.
ROBOTS_MAX_BYTES = 500_000
# Fetches in a row failing on one host (refused, timed out, 5xx, 429 after its retries) before
# its URLs are skipped at once. A dead link answers 404 and resets the count, so five in a row
# is the host, not its pages; with the default retries a 503 host then costs about five times
# 7 s of back-off, not 7 s per entry.
HOST_FAILURE_LIMIT = 5
# Seconds an open breaker skips its host before one probe request may try it again. A site down
# for a deploy or an overload is mostly back within minutes, while a run of a long feed list or
# `serve --watch` lasts hours: five minutes lets such a site back in the same run, and a host
# that stays dead costs one failed request (at most a timeout) per five minutes, not one per URL.
HOST_COOL_DOWN = 300.0
# Reasons of a host that could not be reached (``transport_reason``).
NETWORK_REASONS = frozenset(
    {"connection-refused", "dns-failure", "tls-error", "connect-error", "timeout", "network-error"}
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """One fetched resource."""

    requested: str  # the URL as asked for
    url: str  # the canonical form of the URL it was finally served from
    status: int
    content: bytes
    media_type: str  # "text/html", "application/rss+xml"... (no parameters), "" when unsaid
    fetched_at: datetime


class _Refused(Exception):
    """Why a URL is not fetched: becomes ``Skipped(reason, detail)`` at ``Fetcher.get``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class HostBreaker:
    """A circuit breaker per host: open once ``limit`` fetches in a row failed on it; after
    ``cool_down`` seconds of ``clock`` it lets one request through (half-open), whose success
    closes it and whose failure opens it for another ``cool_down``. Thread-safe (a feed's
    entries are fetched from threads): only the probe's own thread decides, so late answers of
    requests in flight when it opened change nothing."""

    def __init__(
        self,
        limit: int = HOST_FAILURE_LIMIT,
        cool_down: float = HOST_COOL_DOWN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.cool_down = cool_down
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._opened: dict[str, float] = {}  # host -> when it opened, or last let a probe by
        self._prober: dict[str, int] = {}  # host -> the thread whose request is the probe
        self._lock = threading.Lock()

    def is_open(self, host: str) -> bool:
        """Whether ``host`` is not (yet) trusted again: open, or half-open with its probe out."""
        with self._lock:
            return self._failures.get(host, 0) >= self.limit

    def allow(self, host: str) -> bool:
        """Whether a request to ``host`` may go now; the first one past a cool-down is the probe.
        A probe that never reports (its request raised before an answer) is replaced by the
        next after another cool-down, so the host is never shut for good."""
        with self._lock:
            if self._failures.get(host, 0) < self.limit:
                return True
            now = self._clock()
            if now - self._opened[host] < self.cool_down:
                return False
            self._opened[host] = now
            self._prober[host] = threading.get_ident()
            return True

    def record(self, host: str, ok: bool) -> None:
        with self._lock:
            if self._failures.get(host, 0) < self.limit:
                self._failures[host] = 0 if ok else self._failures.get(host, 0) + 1
                if self._failures[host] >= self.limit:
                    self._opened[host] = self._clock()
                return
            if self._prober.get(host) != threading.get_ident():
                return  # open: an answer to a request sent before it opened
            del self._prober[host]
            if ok:
                self._failures[host] = 0
            else:
                self._opened[host] = self._clock()


class Fetcher:
    """Fetch URLs politely. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        settings: FetchSettings,
        max_bytes: int,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.max_bytes = max_bytes
        self._sleep = sleep
        self.breaker = HostBreaker(clock=clock)  # ``clock``: the breaker's cool-down
        # Per site root: parsed rules, a refusal for all its URLs, or None (no file).
        self._robots: dict[str, RobotFileParser | _Refused | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}  # one read per site, sites in parallel
        self._lock = threading.Lock()
        self._client = httpx.Client(
            transport=transport,
            timeout=settings.timeout,
            follow_redirects=False,  # followed in _follow, to check each hop
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
        try:
            with closing(self._follow(url, self.settings.respect_robots)) as response:
                if not response.is_success:
                    status = response.status_code
                    raise _Refused(f"http-{status}", f"{url}: HTTP {status}")
                content = self._body(response, self.max_bytes, truncate=False)
        except _Refused as exc:
            return Skipped(doc_id or url, exc.reason, exc.detail)
        return Fetched(
            requested=url,
            url=canonical_url(str(response.url)),
            status=response.status_code,
            content=content,
            media_type=response.headers.get("Content-Type", "").split(";")[0].strip().lower(),
            fetched_at=datetime.now(UTC),
        )

    def _follow(self, url: str, robots: bool) -> httpx.Response:
        """The open response at the end of ``url``'s redirects (the caller closes it)."""
        try:
            request = self._client.build_request("GET", url)
        except httpx.InvalidURL as exc:
            raise _Refused("bad-url", f"{url}: {exc}") from exc
        for _ in range(MAX_REDIRECTS + 1):
            if request.url.scheme not in SCHEMES:
                raise _Refused("bad-scheme", f"{url}: not http(s): {request.url}")
            if robots:
                self._obey_robots(request.url)
            response = self._send(request)
            if response.next_request is None:
                return response
            response.close()
            request = response.next_request
        raise _Refused("too-many-redirects", f"{url}: more than {MAX_REDIRECTS} redirects")

    def _send(self, request: httpx.Request) -> httpx.Response:
        """The open response to one request, after retrying 429, 503 and timeouts."""
        host = _host(request.url)
        for attempt in range(self.settings.retries + 1):
            # a retry after a back-off stops if the host was given up on meanwhile
            blocked = self.breaker.is_open(host) if attempt else not self.breaker.allow(host)
            if blocked:
                detail = (f"{request.url}: {self.breaker.limit} fetches in a row failed there "
                          f"(one is tried every {self.breaker.cool_down:g} s)")  # fmt: skip
                raise _Refused(f"host-unavailable:{host}", detail)
            backoff = self.settings.backoff * 2**attempt
            try:
                response = self._client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                failure, wait = _refusal(request, exc), backoff
            except httpx.TransportError as exc:
                self.breaker.record(host, ok=False)
                raise _refusal(request, exc) from exc
            except httpx.InvalidURL as exc:  # a Location httpx cannot make a request of
                raise _Refused("bad-redirect", f"{request.url}: {exc}") from exc
            else:
                status = response.status_code
                if status not in RETRY_STATUSES:
                    self.breaker.record(host, ok=status < 500)
                    return response
                response.close()
                failure = _Refused(f"http-{status}", f"{request.url}: HTTP {status}")
                after = retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
                wait = backoff if after is None else after
            last = attempt == self.settings.retries
            if last or wait > MAX_RETRY_AFTER or self.breaker.is_open(host):
                break
            self._sleep(wait)
        self.breaker.record(host, ok=False)
        raise failure

    def _body(self, response: httpx.Response, limit: int, truncate: bool) -> bytes:
        """The body, cut at ``limit`` bytes when ``truncate``, else refused past it."""
        declared = response.headers.get("Content-Length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            raise _Refused("too-large", f"{response.url}: Content-Length {declared} > {limit}")
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    if truncate:
                        break
                    raise _Refused("too-large", f"{response.url}: more than {limit} bytes")
        except httpx.TransportError as exc:
            self.breaker.record(_host(response.url), ok=False)
            raise _refusal(response.request, exc) from exc
        return bytes(body[:limit])

    def _obey_robots(self, url: httpx.URL) -> None:
        root = f"{url.scheme}://{url.netloc.decode('ascii')}"
        with self._lock:
            lock = self._robots_locks.setdefault(root, threading.Lock())
        with lock:
            if root not in self._robots:
                self._robots[root] = self._read_robots(root)  # a network failure is not kept
            rules = self._robots[root]
        if isinstance(rules, _Refused):
            raise _Refused(rules.reason, f"{url}: {rules.detail}")
        if rules is not None and not rules.can_fetch(self.settings.user_agent, str(url)):
            raise _Refused("robots-disallowed", f"{url}: disallowed by {root}/robots.txt")

    def _read_robots(self, root: str) -> RobotFileParser | _Refused | None:
        """The rules of ``root``'s robots.txt; None when there is none (everything allowed); a
        refusal when it is unreachable (RFC 9309: everything forbidden). Raises ``_Refused`` when
        the host cannot be reached at all, so that URL is skipped for that reason instead."""
        url = f"{root}/robots.txt"
        try:
            with closing(self._follow(url, robots=False)) as response:
                status = response.status_code
                body = b"" if status >= 400 else self._body(response, ROBOTS_MAX_BYTES, True)
        except _Refused as exc:
            if exc.reason in NETWORK_REASONS or exc.reason.startswith("host-unavailable:"):
                raise  # the host, not its robots.txt: this URL is skipped for that, nothing kept
            if not exc.reason.startswith("http-"):
                return None  # bad scheme, redirect loop: no usable file (RFC 9309 2.3.1.2)
            status = int(exc.reason.removeprefix("http-"))  # 429 or 503 after its retries
        if status == 429 or status >= 500:
            return _Refused("robots-unreachable", f"{url} answered HTTP {status}")
        if status >= 400:
            return None
        rules = RobotFileParser(url)
        rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules


def _refusal(request: httpx.Request, exc: httpx.TransportError) -> _Refused:
    return _Refused(transport_reason(exc), f"{request.url}: {str(exc) or type(exc).__name__}")


def transport_reason(exc: BaseException) -> str:
    """The skip reason of an httpx transport error, read from the OS error beneath it (httpx
    wraps httpcore's error, which wraps the socket's)."""
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    causes = list(_causes(exc))
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection-refused"
    if any(isinstance(c, socket.gaierror) for c in causes):
        return "dns-failure"
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return "tls-error"
    return "connect-error" if isinstance(exc, httpx.ConnectError) else "network-error"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    for _ in range(8):  # httpx's error, httpcore's, the socket's; a bound against odd chains
        if seen is None:
            return
        yield seen
        seen = seen.__cause__ or seen.__context__


def _host(url: httpx.URL) -> str:
    """The host a breaker counts: ``host`` or ``host:port`` (a default port left out)."""
    return url.netloc.decode("ascii")


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
