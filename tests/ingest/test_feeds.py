import pytest

from crosswire.ingest.feeds import looks_like_feed, parse_feed, read_feed
from crosswire.ingest.fetch import mock_fetcher
from crosswire.settings import FetchSettings
from crosswire.types import RawDocument, Skipped

SETTINGS = FetchSettings("crosswire-test/1.0", 5.0, 0, 0.0, respect_robots=False)
HTML = {"Content-Type": "text/html"}

RSS2 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title><link>https://news.example.org/</link>
<item><title>Talks resume in Geneva</title>
  <link>https://news.example.org/geneva?utm_source=rss</link>
  <pubDate>Mon, 18 Oct 2021 10:00:00 GMT</pubDate><dc:creator>Jo Bloggs</dc:creator></item>
<item><title>Offline piece</title><link>https://news.example.org/offline</link>
  <content:encoded><![CDATA[<p>The full text of the offline piece, carried by the feed.</p>]]>
  </content:encoded></item>
<item><title>Gone</title><link>https://news.example.org/gone</link>
  <description>Only a summary.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Atom story</title><link href="https://atom.example.org/s1"/>
  <updated>2021-10-19T08:30:00+02:00</updated><author><name>Ann Lee</name></author></entry>
</feed>"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example.org/"><title>R</title></channel>
<item rdf:about="https://r.example.org/1"><title>RDF item</title>
  <link>https://r.example.org/1</link><dc:date>2021-10-20</dc:date></item>
</rdf:RDF>"""

RSS091 = """<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<item><title>Old item</title><link>https://old.example.org/1</link></item></channel></rss>"""


@pytest.mark.parametrize(
    ("feed", "link", "title", "published", "authors"),
    [
        (RSS2, "https://news.example.org/geneva?utm_source=rss", "Talks resume in Geneva",
         "2021-10-18T10:00:00+00:00", ("Jo Bloggs",)),
        (ATOM, "https://atom.example.org/s1", "Atom story", "2021-10-19T06:30:00+00:00",
         ("Ann Lee",)),
        (RSS1, "https://r.example.org/1", "RDF item", "2021-10-20T00:00:00+00:00", ()),
        (RSS091, "https://old.example.org/1", "Old item", None, ()),
    ],
)  # fmt: skip
def test_parse_feed_versions(feed, link, title, published, authors):
    assert looks_like_feed(feed.encode())
    first = parse_feed(feed.encode())[0]
    assert first.link == link
    assert first.hints.title == title and first.hints.published == published
    assert first.hints.authors == authors


@pytest.mark.parametrize("text", ["<html><body>hi</body></html>", "just words", ""])
def test_not_a_feed(text):
    assert not looks_like_feed(text.encode())
    assert parse_feed(text.encode()) is None


def test_read_feed_fetches_links_and_keeps_hints():
    page = "<html><head><title>x</title></head><body><p>Geneva text.</p></body></html>"
    pages = {"https://news.example.org/geneva?utm_source=rss": (200, HTML, page)}
    with mock_fetcher(pages, SETTINGS) as fetcher:
        docs = list(read_feed(RSS2.encode(), "feed.rss", fetcher))
    geneva, offline, gone = docs
    assert isinstance(geneva, RawDocument)
    assert geneva.id == geneva.url == "https://news.example.org/geneva"
    assert geneva.content == page.encode() and geneva.content_type == "text/html"
    assert geneva.hints.title == "Talks resume in Geneva" and geneva.fetched_at is not None
    assert geneva.hints.authors == ("Jo Bloggs",)
    # fetch failed, but the feed carries the full text
    assert isinstance(offline, RawDocument) and "full text of the offline" in offline.content
    assert offline.id == "https://news.example.org/offline" and offline.fetched_at is None
    # fetch failed and only a summary: skipped
    assert isinstance(gone, Skipped) and gone.reason == "http-404" and "404" in gone.detail


def test_read_feed_of_garbage_is_one_skipped():
    with mock_fetcher({}, SETTINGS) as fetcher:
        docs = list(read_feed(b"\x00\x01 nothing", "x.xml", fetcher))
    assert [(d.id, d.reason) for d in docs] == [("x.xml", "bad-feed")]


def _slow_feed_fetcher(n: int, concurrency: int):
    """A feed of ``n`` entries whose pages take a moment each, and the most requests that were
    ever in flight at once."""
    import threading
    import time
    from dataclasses import replace

    import httpx

    from crosswire.ingest.fetch import Fetcher

    items = "".join(
        f"<item><title>T{k}</title><link>https://p.example.org/{k}</link></item>" for k in range(n)
    )
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    )
    lock, state = threading.Lock(), {"now": 0, "most": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        body = f"<html><body><p>Page {request.url.path}</p></body></html>"
        return httpx.Response(200, headers=HTML, content=body)

    settings = replace(SETTINGS, concurrency=concurrency)
    fetcher = Fetcher(settings, 5_000_000, transport=httpx.MockTransport(handler))
    return feed.encode(), fetcher, state


@pytest.mark.parametrize(("concurrency", "parallel"), [(1, False), (4, True)])
def test_feed_entries_are_fetched_concurrently_in_feed_order(concurrency, parallel):
    feed, fetcher, state = _slow_feed_fetcher(8, concurrency)
    with fetcher:
        docs = list(read_feed(feed, "feed.rss", fetcher))
    assert [d.id for d in docs] == [f"https://p.example.org/{k}" for k in range(8)]
    assert (state["most"] > 1) is parallel


def test_a_feed_that_breaks_the_parser_is_skipped_with_its_reason():
    # a namespace whose bytes make feedparser's strict parser raise (found by the fuzzer)
    [skipped] = parse_feed(b'<feed xmlns="h\xa0\xd1\xa0m"><entry/></feed>', "f")
    assert isinstance(skipped, Skipped) and skipped.reason == "bad-feed"
    assert "ValueError" in skipped.detail
