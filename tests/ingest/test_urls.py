import pytest

from crosswire.ingest.urls import canonical_url, is_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://WWW.Example.com/news/a?utm_source=tw&utm_medium=x", "https://www.example.com/news/a"),
        ("https://example.com/a?fbclid=abc&gclid=1#comments", "https://example.com/a"),
        ("https://example.com/a?id=2&page=1", "https://example.com/a?id=2&page=1"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/world/amp/story-1", "https://example.com/world/story-1"),
        ("https://example.com/story-1/amp", "https://example.com/story-1"),
        ("https://example.com/story-1.amp.html", "https://example.com/story-1.html"),
        ("https://example.com/story-1?amp", "https://example.com/story-1"),
        ("https://example.com/story-1?outputType=amp", "https://example.com/story-1"),
        ("https://m.example.co.uk/news/1", "https://example.co.uk/news/1"),
        ("https://amp.example.com/news/1", "https://example.com/news/1"),
        ("https://m.co/x", "https://m.co/x"),
        ("https://example.com/ampersand", "https://example.com/ampersand"),
        ("http://example.com:80/a", "http://example.com/a"),
    ],
)  # fmt: skip
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    ("arg", "expected"),
    [("https://example.com/a", True), ("http://x.org", True), ("docs/a.html", False),
     ("ftp://example.com/a", False), ("https://", False)],
)  # fmt: skip
def test_is_url(arg, expected):
    assert is_url(arg) is expected
