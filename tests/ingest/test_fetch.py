import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import NoReturn

import httpx
import pytest

from crosswire.ingest.fetch import (
    HOST_COOL_DOWN,
    HOST_FAILURE_LIMIT,
    Fetched,
    Fetcher,
    HostBreaker,
    mock_fetcher,
    retry_after,
)
from crosswire.ingest.remote import read_url
from crosswire.settings import FetchSettings
from crosswire.types import Skipped

SETTINGS = FetchSettings(
    user_agent="crosswire-test/1.0", timeout=5.0, retries=2, backoff=0.5, respect_robots=True
)
PAGE = "<html><body><p>A page.</p></body></html>"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_mock_fetcher_serves_pages_and_canonicalises_the_url():
    url = "https://www.example.org/a?utm_source=x"
    with mock_fetcher({url: (200, HTML, PAGE)}, SETTINGS) as fetcher:
        got = fetcher.get(url)
    assert isinstance(got, Fetched)
    assert got.content == PAGE.encode() and got.media_type == "text/html"
    assert got.url == "https://www.example.org/a" and got.requested == url


@pytest.mark.parametrize("status", [404, 500, 410])
def test_http_errors_become_skipped(status):
    url = "https://example.org/gone"
    with mock_fetcher({url: (status, {}, "no")}, SETTINGS) as fetcher:
        got = fetcher.get(url, "doc-1")
    assert isinstance(got, Skipped)
    assert (got.id, got.reason) == ("doc-1", f"http-{status}") and str(status) in got.detail


def test_retries_429_and_503_honouring_retry_after():
    answers = iter([(429, {"Retry-After": "7"}), (503, {}), (200, HTML)])
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        status, headers = next(answers)
        return httpx.Response(status, headers=headers, content=PAGE)

    waits: list[float] = []
    fetcher = Fetcher(SETTINGS, 10_000, httpx.MockTransport(handler), sleep=waits.append)
    with fetcher:
        got = fetcher.get("https://example.org/busy")
    assert isinstance(got, Fetched) and got.status == 200
    assert waits == [7.0, 1.0]  # Retry-After, then backoff * 2**1
    assert calls.count("https://example.org/busy") == 3


def test_gives_up_after_the_configured_retries():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404 if request.url.path == "/robots.txt" else 503)

    waits: list[float] = []
    with Fetcher(SETTINGS, 10_000, httpx.MockTransport(handler), sleep=waits.append) as fetcher:
        got = fetcher.get("https://example.org/down")
    assert isinstance(got, Skipped) and got.reason == "http-503" and "503" in got.detail
    assert waits == [0.5, 1.0]


def test_unreachable_robots_txt_forbids_everything():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if request.url.path == "/robots.txt" else 200, content=PAGE)

    with Fetcher(SETTINGS, 10_000, httpx.MockTransport(handler), sleep=lambda s: None) as f:
        got = f.get("https://example.org/page")
    assert isinstance(got, Skipped) and "robots.txt" in got.detail
    assert got.reason == "robots-unreachable"


def test_size_cap():
    url = "https://example.org/big"
    with mock_fetcher({url: (200, HTML, "x" * 500)}, SETTINGS, max_bytes=100) as fetcher:
        got = fetcher.get(url)
    assert isinstance(got, Skipped) and got.reason == "too-large"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("12", 12.0), ("Mon, 18 Oct 2021 10:00:30 GMT", 30.0), ("soon", None), (None, None)],
)
def test_retry_after(value, seconds):
    assert retry_after(value, datetime(2021, 10, 18, 10, 0, tzinfo=UTC)) == seconds


def test_local_server_robots_user_agent_and_redirects(local_server):
    local_server.add("/robots.txt", "User-agent: crosswire-test\nDisallow: /private/\n",
                     Content_Type="text/plain")  # fmt: skip
    local_server.add("/old", "", status=301, Location="/news/story?utm_medium=rss")
    local_server.add("/news/story", PAGE)
    local_server.add("/private/x", PAGE)
    with Fetcher(SETTINGS, 10_000) as fetcher:
        got = fetcher.get(local_server.base + "/old")
        refused = fetcher.get(local_server.base + "/private/x")
        missing = fetcher.get(local_server.base + "/nothing")
    assert isinstance(got, Fetched) and got.content == PAGE.encode()
    assert got.url == local_server.base + "/news/story"
    assert isinstance(refused, Skipped) and refused.reason == "robots-disallowed"
    assert isinstance(missing, Skipped) and missing.reason == "http-404"
    paths = [p for p, _ in local_server.requests]
    assert paths.count("/robots.txt") == 1 and "/private/x" not in paths
    assert {ua for _, ua in local_server.requests} == {"crosswire-test/1.0"}


def test_robots_can_be_ignored(local_server):
    local_server.add("/robots.txt", "User-agent: *\nDisallow: /\n", Content_Type="text/plain")
    local_server.add("/a", PAGE)
    settings = FetchSettings("crosswire-test/1.0", 5.0, 0, 0.1, respect_robots=False)
    with Fetcher(settings, 10_000) as fetcher:
        assert isinstance(fetcher.get(local_server.base + "/a"), Fetched)
    with Fetcher(SETTINGS, 10_000) as fetcher:
        assert isinstance(fetcher.get(local_server.base + "/a"), Skipped)


class CountingTransport(httpx.HTTPTransport):
    """The real network transport, counting the requests it is asked to send."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(str(request.url))
        return super().handle_request(request)


def _raising(exc: Exception, cause: BaseException | None = None) -> Callable[..., NoReturn]:
    def handler(request: httpx.Request) -> NoReturn:
        err = type(exc)(str(exc), request=request)
        raise err from cause

    return handler


@pytest.mark.parametrize(
    ("exc", "cause", "reason", "attempts"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"),
         ConnectionRefusedError(111, "Connection refused"), "connection-refused", 1),
        (httpx.ConnectError("[Errno -2] Name or service not known"),
         socket.gaierror(-2, "Name or service not known"), "dns-failure", 1),
        (httpx.ConnectError("no route"), None, "connect-error", 1),
        (httpx.RemoteProtocolError("Server disconnected"), None, "network-error", 1),
        (httpx.ReadTimeout("timed out"), None, "timeout", 3),  # the one retried
        (httpx.ConnectTimeout("timed out"), None, "timeout", 3),
    ],
)  # fmt: skip
def test_network_errors_say_what_happened_and_only_timeouts_are_retried(
    exc, cause, reason, attempts
):
    calls: list[str] = []
    raising = _raising(exc, cause)

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return raising(request)

    waits: list[float] = []
    settings = FetchSettings("t", 1.0, 2, 0.25, respect_robots=False)
    with Fetcher(settings, 10_000, httpx.MockTransport(handler), sleep=waits.append) as fetcher:
        got = fetcher.get("https://example.org/x")
    assert isinstance(got, Skipped) and got.reason == reason
    assert len(calls) == attempts and waits == [0.25, 0.5][: attempts - 1]


@pytest.mark.parametrize("respect_robots", [True, False])
def test_connection_refused_is_said_and_not_retried(respect_robots):
    with socket.socket() as closed:  # bound but not listening: connecting is refused
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/wire/today"
        settings = FetchSettings("crosswire-test/1.0", 5.0, 3, 0.5, respect_robots)
        transport, waits = CountingTransport(), []
        with Fetcher(settings, 10_000, transport, sleep=waits.append) as fetcher:
            got = fetcher.get(url)
    assert len(transport.sent) == 1 and waits == []  # robots.txt or the page, once
    assert isinstance(got, Skipped) and got.reason == "connection-refused"


def test_a_redirect_to_another_host_obeys_that_hosts_robots(local_server, other_server):
    other_server.add("/robots.txt", "User-agent: *\nDisallow: /embargoed/\n",
                     Content_Type="text/plain")  # fmt: skip
    other_server.add("/embargoed/harbour-strike", "<p>Dockers walk out at dawn.</p>")
    local_server.add(
        "/go", "", status=302, Location=other_server.base + "/embargoed/harbour-strike"
    )
    with Fetcher(SETTINGS, 10_000, sleep=lambda s: None) as fetcher:
        got = fetcher.get(local_server.base + "/go", "doc-7")
    assert other_server.hits("/robots.txt") == 1
    assert other_server.hits("/embargoed/harbour-strike") == 0
    assert isinstance(got, Skipped) and (got.id, got.reason) == ("doc-7", "robots-disallowed")


def test_a_redirect_to_a_file_url_is_refused_at_once(local_server):
    local_server.add("/jump", "", status=302, Location="file:///etc/hostname")
    settings = FetchSettings("crosswire-test/1.0", 5.0, 3, 0.5, respect_robots=False)
    waits: list[float] = []
    with Fetcher(settings, 10_000, sleep=waits.append) as fetcher:
        got = fetcher.get(local_server.base + "/jump")
        direct = fetcher.get("file:///etc/hostname")
    assert local_server.hits("/jump") == 1 and waits == []
    assert isinstance(got, Skipped) and got.reason == "bad-scheme" and "file:" in got.detail
    assert isinstance(direct, Skipped) and direct.reason == "bad-scheme"


def test_a_429_is_retried_after_its_retry_after(local_server):
    page = "<p>Grain prices eased in the northern markets.</p>"
    local_server.queue("/markets", "slow down", status=429, Retry_After="3")
    local_server.add("/markets", page)
    local_server.add("/always-busy", "slow down", status=429, Retry_After="2")
    local_server.add("/come-back-tomorrow", "slow down", status=429, Retry_After="86400")
    waits: list[float] = []
    with Fetcher(SETTINGS, 10_000, sleep=waits.append) as fetcher:
        got = fetcher.get(local_server.base + "/markets")
        assert isinstance(got, Fetched) and got.content == page.encode()
        assert local_server.hits("/markets") == 2 and waits == [3.0]
        busy = fetcher.get(local_server.base + "/always-busy")
        assert isinstance(busy, Skipped) and busy.reason == "http-429"
        assert local_server.hits("/always-busy") == 3 and waits == [3.0, 2.0, 2.0]
        later = fetcher.get(local_server.base + "/come-back-tomorrow")  # past MAX_RETRY_AFTER
    assert isinstance(later, Skipped) and later.reason == "http-429"
    assert local_server.hits("/come-back-tomorrow") == 1 and waits == [3.0, 2.0, 2.0]


def test_a_host_answering_503_is_given_up_on_not_waited_for_per_entry(local_server, other_server):
    entries = 30
    items = "".join(
        f"<item><title>Flood bulletin {n}</title><link>{other_server.base}/flood/{n}</link></item>"
        for n in range(1, entries + 1)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Rivers</title>{items}'
    local_server.add("/rivers.rss", feed + "</channel></rss>", Content_Type="application/rss+xml")
    for n in range(1, entries + 1):
        other_server.add(f"/flood/{n}", "overloaded", status=503)
    settings = FetchSettings("crosswire-test/1.0", 5.0, 2, 1.0, True, concurrency=4)
    with Fetcher(settings, 10_000, sleep=lambda s: None) as fetcher:
        docs = list(read_url(local_server.base + "/rivers.rss", fetcher))
    attempts = sum(other_server.hits(f"/flood/{n}") for n in range(1, entries + 1))
    per_entry = settings.retries + 1
    # Without the breaker: entries x per_entry (90). With it: the fetches before it opens, and
    # those already in flight then.
    assert attempts <= (HOST_FAILURE_LIMIT + settings.concurrency) * per_entry
    host = other_server.base.removeprefix("http://")
    assert len(docs) == entries and all(isinstance(d, Skipped) for d in docs)
    reasons = [d.reason for d in docs]
    assert set(reasons) == {"http-503", f"host-unavailable:{host}"}
    assert reasons.count(f"host-unavailable:{host}") >= entries - HOST_FAILURE_LIMIT - 4


def test_a_dead_link_is_no_failure_of_its_host():
    pages = {f"https://e.org/{n}": (503 if n % 2 else 404, {}, "no") for n in range(12)}
    with mock_fetcher(pages, SETTINGS) as fetcher:
        got = [fetcher.get(url) for url in pages]
    assert {g.reason for g in got} == {"http-503", "http-404"}  # 404s keep resetting the count


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("0", False), ("yes", True)])
def test_fetch_settings_from_environment(value, expected):
    from crosswire.settings import load_settings

    env = {"CROSSWIRE_FETCH_RESPECT_ROBOTS": value, "CROSSWIRE_FETCH_USER_AGENT": "ua/2"}
    fetch = load_settings(environ=env).fetch
    assert fetch.respect_robots is expected and fetch.user_agent == "ua/2"


def test_a_bool_setting_must_be_spelt_as_one():
    from crosswire.errors import ConfigError
    from crosswire.settings import load_settings

    with pytest.raises(ConfigError):
        load_settings(environ={"CROSSWIRE_FETCH_RESPECT_ROBOTS": "maybe"})


class Clock:
    """A clock the test moves by hand: the breaker's cool-down passes without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _break(server, fetcher: Fetcher, clock: Clock) -> str:
    """Open the breaker on ``server``'s host with failing fetches; the host's name."""
    for n in range(HOST_FAILURE_LIMIT):
        got = fetcher.get(f"{server.base}/ward/{n}")
        assert isinstance(got, Skipped) and got.reason == "http-503"
        clock.now += 1
    return server.base.removeprefix("http://")


NO_RETRY = FetchSettings("crosswire-test/1.0", 5.0, 0, 0.1, respect_robots=False)


def test_an_open_breaker_lets_one_probe_by_after_its_cool_down(local_server):
    for n in range(HOST_FAILURE_LIMIT):
        local_server.add(f"/ward/{n}", "under maintenance", status=503)
    clock = Clock()
    with Fetcher(NO_RETRY, 10_000, clock=clock) as fetcher:
        host = _break(local_server, fetcher, clock)
        shut = fetcher.get(local_server.base + "/clinic-hours")
        assert isinstance(shut, Skipped) and shut.reason == f"host-unavailable:{host}"
        clock.now += HOST_COOL_DOWN - 2  # not yet: still skipped without asking the host
        assert fetcher.get(local_server.base + "/clinic-hours").reason.startswith("host-")
        assert local_server.hits("/clinic-hours") == 0
        local_server.add("/clinic-hours", PAGE)  # the site is back
        clock.now += 2
        probe = fetcher.get(local_server.base + "/clinic-hours")
        after = fetcher.get(local_server.base + "/clinic-hours")
    assert isinstance(probe, Fetched) and isinstance(after, Fetched)  # closed again
    assert local_server.hits("/clinic-hours") == 2


def test_a_failed_probe_opens_the_breaker_for_another_cool_down(local_server):
    for n in range(HOST_FAILURE_LIMIT):
        local_server.add(f"/ward/{n}", "under maintenance", status=503)
    local_server.add("/visiting", "still down", status=503)
    clock = Clock()
    with Fetcher(NO_RETRY, 10_000, clock=clock) as fetcher:
        host = _break(local_server, fetcher, clock)
        clock.now += HOST_COOL_DOWN
        probe = fetcher.get(local_server.base + "/visiting")
        assert isinstance(probe, Skipped) and probe.reason == "http-503"
        clock.now += HOST_COOL_DOWN - 1
        again = fetcher.get(local_server.base + "/visiting")
        assert local_server.hits("/visiting") == 1  # reopened: the cool-down starts afresh
        clock.now += 1
        second = fetcher.get(local_server.base + "/visiting")
    assert isinstance(again, Skipped) and again.reason == f"host-unavailable:{host}"
    assert isinstance(second, Skipped) and second.reason == "http-503"
    assert local_server.hits("/visiting") == 2


def test_a_refused_probe_reopens_the_breaker():
    with socket.socket() as closed:  # bound, never listening
        closed.bind(("127.0.0.1", 0))
        base = f"http://127.0.0.1:{closed.getsockname()[1]}"
        clock, transport = Clock(), CountingTransport()
        with Fetcher(NO_RETRY, 10_000, transport, clock=clock) as fetcher:
            reasons = [fetcher.get(f"{base}/p{n}").reason for n in range(HOST_FAILURE_LIMIT + 2)]
            clock.now += HOST_COOL_DOWN
            reasons += [fetcher.get(f"{base}/p{n}").reason for n in range(2)]
    shut = "host-unavailable:" + base.removeprefix("http://")
    refused = "connection-refused"
    assert reasons == [refused] * HOST_FAILURE_LIMIT + [shut, shut] + [refused, shut]
    assert len(transport.sent) == HOST_FAILURE_LIMIT + 1  # the five, then the one probe


def test_half_open_lets_only_the_probe_decide():
    clock = Clock()
    breaker = HostBreaker(limit=2, cool_down=60.0, clock=clock)
    for _ in range(2):
        breaker.record("e.org", ok=False)
    clock.now += 60
    granted, answered = threading.Event(), threading.Event()

    def probe() -> None:  # its own thread, alive until its answer is recorded
        if breaker.allow("e.org"):
            granted.set()
            answered.wait(5)
            breaker.record("e.org", ok=True)

    prober = threading.Thread(target=probe)
    prober.start()
    assert granted.wait(5)
    assert not breaker.allow("e.org")  # one probe at a time
    breaker.record("e.org", ok=True)  # an answer sent before the breaker opened: ignored
    assert breaker.is_open("e.org")
    answered.set()
    prober.join(5)
    assert not breaker.is_open("e.org") and breaker.allow("e.org")
