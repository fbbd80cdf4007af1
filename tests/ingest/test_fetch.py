from datetime import UTC, datetime

import httpx
import pytest

from crosswire.ingest.fetch import Fetched, Fetcher, mock_fetcher, retry_after
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


@pytest.mark.parametrize(("status", "reason"), [(404, "fetch"), (500, "fetch"), (410, "fetch")])
def test_http_errors_become_skipped(status, reason):
    url = "https://example.org/gone"
    with mock_fetcher({url: (status, {}, "no")}, SETTINGS) as fetcher:
        got = fetcher.get(url, "doc-1")
    assert isinstance(got, Skipped)
    assert (got.id, got.reason) == ("doc-1", reason) and str(status) in got.detail


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
    assert isinstance(got, Skipped) and got.reason == "fetch" and "503" in got.detail
    assert waits == [0.5, 1.0]


def test_unreachable_robots_txt_forbids_everything():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if request.url.path == "/robots.txt" else 200, content=PAGE)

    with Fetcher(SETTINGS, 10_000, httpx.MockTransport(handler), sleep=lambda s: None) as f:
        got = f.get("https://example.org/page")
    assert isinstance(got, Skipped) and "robots.txt" in got.detail


def test_network_errors_are_retried_then_skipped():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    waits: list[float] = []
    settings = FetchSettings("t", 1.0, 2, 0.25, respect_robots=False)
    with Fetcher(settings, 10_000, httpx.MockTransport(handler), sleep=waits.append) as fetcher:
        got = fetcher.get("https://example.org/x")
    assert isinstance(got, Skipped) and "ConnectError" in got.detail
    assert waits == [0.25, 0.5]


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
    assert isinstance(refused, Skipped) and "robots.txt" in refused.detail
    assert isinstance(missing, Skipped) and "404" in missing.detail
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
