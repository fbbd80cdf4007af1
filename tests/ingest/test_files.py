import gzip
import json

import pytest

from crosswire.errors import InputError
from crosswire.ingest.fetch import mock_fetcher
from crosswire.ingest.files import read_inputs, record_to_raw
from crosswire.settings import FetchSettings
from crosswire.types import RawDocument, Skipped

BIG = 10_000


def _ids(results):
    return [r.id for r in results]


def test_file_ids_are_relative_to_the_input(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Hello there, a news report.")
    (tmp_path / "two.html").write_text("<html><body><p>Hi</p></body></html>")
    (tmp_path / ".hidden.txt").write_text("not read")
    results = list(read_inputs([str(tmp_path)], BIG))
    assert _ids(results) == ["a/one.txt", "two.html"]
    assert [r.content_type for r in results] == ["text/plain", "text/html"]
    single = list(read_inputs([str(tmp_path / "a" / "one.txt")], BIG))
    assert _ids(single) == ["one.txt"]


def test_jsonl_records_keep_their_ids_and_hints(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "x1", "text": "Some text.", "title": "T", "published": "2021-10-18", "outlet": "O"},
        {"id": "x2", "html": "<p>Hi</p>", "url": "http://example.org/a"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    results = list(read_inputs([str(path)], BIG))
    assert _ids(results) == ["x1", "x2"]
    first, second = results
    assert first.hints.title == "T" and first.hints.published == "2021-10-18"
    assert first.outlet == "O" and first.content_type == "text/plain"
    assert second.content_type == "text/html" and second.url == "http://example.org/a"


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write(json.dumps({"id": "g", "text": "Compressed."}) + "\n")
    assert _ids(read_inputs([str(path)], BIG)) == ["g"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "bad-record"),
        ('["a list"]', "bad-record"),
        ('{"id": "n", "title": "x"}', "bad-record:text"),
    ],
)
def test_bad_lines_are_skipped_and_the_rest_read(tmp_path, line, reason):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n")
    results = list(read_inputs([str(path)], BIG))
    assert isinstance(results[0], Skipped) and results[0].reason == reason
    assert isinstance(results[1], RawDocument) and results[1].id == "ok"


def test_too_large_files_are_skipped_without_reading(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 500)
    (tmp_path / "small.txt").write_text("y" * 10)
    results = list(read_inputs([str(tmp_path)], 100))
    assert [(type(r).__name__, r.id) for r in results] == [
        ("Skipped", "big.txt"),
        ("RawDocument", "small.txt"),
    ]
    assert results[0].reason == "too-large"


def test_unsupported_files_in_a_folder_are_counted(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    results = list(read_inputs([str(tmp_path)], BIG))
    assert results[0].reason == "unsupported"


def test_missing_input_fails_before_reading(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    with pytest.raises(InputError, match="does not exist"):
        list(read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "nope")], BIG))


def test_record_without_id_gets_its_line():
    raw = record_to_raw({"text": "t"}, "f.jsonl:3", "f.jsonl:3")
    assert raw.id == "f.jsonl:3"


# --- feeds, WARC, URLs and URL lists through read_inputs ---

FEED_SETTINGS = FetchSettings("crosswire-test/1.0", 5.0, 0, 0.0, respect_robots=False)
FEED = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title>Entry one</title><link href="https://e.org/1"/></entry></feed>"""
PAGE = "<html><body><p>One.</p></body></html>"


def test_directory_dispatches_by_kind(tmp_path):
    from tests.ingest.test_warc import write_warc

    (tmp_path / "feed.atom").write_text(FEED)
    (tmp_path / "not-a-feed.xml").write_text("<config><a/></config>")
    (tmp_path / "list.urls").write_text("https://e.org/1\n")
    (tmp_path / "story.html").write_text(PAGE)
    (tmp_path / "data.bin").write_bytes(b"\x00\x01")
    write_warc(tmp_path / "crawl.warc.gz")
    pages = {"https://e.org/1": (200, {"Content-Type": "text/html"}, PAGE)}
    with mock_fetcher(pages, FEED_SETTINGS) as fetcher:
        results = list(read_inputs([str(tmp_path)], BIG, fetcher=fetcher))
    docs = [(r.id, r.origin) for r in results if isinstance(r, RawDocument)]
    assert docs == [
        ("https://news.example.org/a", docs[0][1]),  # crawl.warc.gz
        ("https://e.org/1", "https://e.org/1"),  # feed.atom
        ("https://e.org/1", "https://e.org/1"),  # list.urls
        ("story.html", str(tmp_path / "story.html")),
    ]
    reasons = {r.id: r.reason for r in results if isinstance(r, Skipped)}
    assert reasons["not-a-feed.xml"] == "bad-feed" and reasons["data.bin"] == "unsupported"


def test_single_file_without_suffix_is_sniffed_as_a_feed(tmp_path):
    path = tmp_path / "feed"
    path.write_text(FEED)
    pages = {"https://e.org/1": (200, {"Content-Type": "text/html"}, PAGE)}
    with mock_fetcher(pages, FEED_SETTINGS) as fetcher:
        results = list(read_inputs([str(path)], BIG, fetcher=fetcher))
    assert [(r.id, r.hints.title) for r in results] == [("https://e.org/1", "Entry one")]


def test_urls_and_at_lists(tmp_path):
    (tmp_path / "links.txt").write_text("https://e.org/1\n")
    pages = {"https://e.org/1": (200, {"Content-Type": "text/html"}, PAGE)}
    with mock_fetcher(pages, FEED_SETTINGS) as fetcher:
        at = list(read_inputs(["@" + str(tmp_path / "links.txt")], BIG, fetcher=fetcher))
        plain = list(read_inputs([str(tmp_path / "links.txt")], BIG, fetcher=fetcher))
        url = list(read_inputs(["https://e.org/1#top"], BIG, fetcher=fetcher))
    assert [r.id for r in at] == [r.id for r in url] == ["https://e.org/1"]
    assert all(isinstance(r, RawDocument) for r in at + url)
    assert [(r.id, r.content_type) for r in plain] == [("links.txt", "text/plain")]
    with pytest.raises(InputError):
        list(read_inputs(["@" + str(tmp_path / "nope.txt")], BIG, fetcher=fetcher))
