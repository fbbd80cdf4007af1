from crosswire.ingest.fetch import mock_fetcher
from crosswire.ingest.remote import is_url_list, list_path, read_url, read_url_list
from crosswire.settings import FetchSettings
from crosswire.types import RawDocument, Skipped

SETTINGS = FetchSettings("crosswire-test/1.0", 5.0, 0, 0.0, respect_robots=False)
PAGE = "<html><body><p>A report from the capital.</p></body></html>"
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>One</title><link>https://e.org/1</link></item>
<item><title>Two</title><link>https://e.org/2</link></item></channel></rss>"""
PAGES = {
    "https://e.org/1": (200, {"Content-Type": "text/html"}, PAGE),
    "https://e.org/2": (200, {"Content-Type": "text/plain; charset=utf-8"}, "Plain words."),
    "https://e.org/feed": (200, {"Content-Type": "application/rss+xml"}, FEED),
    "https://e.org/sniffed": (200, {"Content-Type": "text/html"}, FEED),
    "https://e.org/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"),
}


def test_read_url_page_feed_and_other_media():
    with mock_fetcher(PAGES, SETTINGS) as fetcher:
        page = list(read_url("https://e.org/1#top", fetcher))
        feed = list(read_url("https://e.org/feed", fetcher))
        sniffed = list(read_url("https://e.org/sniffed", fetcher))
        pdf = list(read_url("https://e.org/pdf", fetcher))
    assert [(d.id, d.content_type) for d in page] == [("https://e.org/1", "text/html")]
    assert [(d.id, d.content_type, d.hints.title) for d in feed] == [
        ("https://e.org/1", "text/html", "One"), ("https://e.org/2", "text/plain", "Two")
    ]  # fmt: skip
    assert [d.id for d in sniffed] == ["https://e.org/1", "https://e.org/2"]
    assert [(type(d), d.reason) for d in pdf] == [(Skipped, "not-html")]


def test_read_url_list(tmp_path):
    path = tmp_path / "today.urls"
    path.write_text("# morning\nhttps://e.org/1\n\nnot a url\nhttps://e.org/missing\n")
    with mock_fetcher(PAGES, SETTINGS) as fetcher:
        docs = list(read_url_list(path, fetcher))
    assert isinstance(docs[0], RawDocument) and docs[0].id == "https://e.org/1"
    assert (docs[1].id, docs[1].reason) == ("today.urls:4", "bad-record")
    assert docs[2].reason == "http-404"
    assert len(docs) == 3


def test_url_list_arguments(tmp_path):
    assert is_url_list("@links.txt") and is_url_list("a/b.urls") and not is_url_list("a.txt")
    assert list_path("@links.txt").name == "links.txt"
