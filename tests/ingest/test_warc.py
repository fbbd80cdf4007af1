import io
from collections import Counter
from datetime import UTC, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosswire.ingest.warc import read_warc
from crosswire.types import RawDocument, Skipped

PAGE = b"<html><body><h1>Talks resume</h1><p>Delegates met in Geneva on Monday.</p></body></html>"


def _response(writer, url, body, ctype="text/html; charset=utf-8", status="200 OK"):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": "2021-10-18T10:00:00Z"},
    )  # fmt: skip


def write_warc(path, gzip=True):
    """A small WARC like a Common Crawl News file: warcinfo, then request/response pairs."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example.org")],
                                   is_http_request=True)  # fmt: skip
        w.write_record(w.create_warc_record("https://news.example.org/a", "request",
                                            http_headers=request))  # fmt: skip
        w.write_record(_response(w, "https://news.example.org/a?utm_source=cc", PAGE))
        w.write_record(_response(w, "https://news.example.org/logo.png", b"\x89PNG", "image/png"))
        w.write_record(_response(w, "https://news.example.org/moved", b"", status="301 Moved"))
        w.write_record(_response(w, "https://news.example.org/a", PAGE))
        w.write_record(w.create_warc_record("https://news.example.org/a", "metadata",
                                            payload=io.BytesIO(b"x: y")))  # fmt: skip


@pytest.mark.parametrize("name,gzip", [("cc.warc.gz", True), ("cc.warc", False)])
def test_read_warc_keeps_html_responses_and_counts_the_rest(tmp_path, name, gzip):
    path = tmp_path / name
    write_warc(path, gzip)
    results = list(read_warc(path, 100_000))
    docs = [r for r in results if isinstance(r, RawDocument)]
    assert len(docs) == 1
    doc = docs[0]
    assert doc.id == doc.url == "https://news.example.org/a"
    assert doc.content == PAGE and doc.content_type == "text/html"
    assert doc.fetched_at == datetime(2021, 10, 18, 10, 0, tzinfo=UTC)
    assert doc.origin.startswith(f"{name}#3 <urn:uuid:")
    reasons = Counter(r.reason for r in results if isinstance(r, Skipped))
    assert reasons == {"warcinfo": 1, "request": 1, "not-html": 1, "http-status": 1,
                       "duplicate": 1, "not-a-response": 1}  # fmt: skip


def test_too_large_payload(tmp_path):
    path = tmp_path / "x.warc.gz"
    write_warc(path)
    results = list(read_warc(path, 20))
    assert not any(isinstance(r, RawDocument) for r in results)
    assert sum(isinstance(r, Skipped) and r.reason == "too-large" for r in results) == 2


def test_broken_warc_is_one_skipped(tmp_path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(b"this is not a warc at all\n" * 10)
    results = list(read_warc(path, 1000))
    assert [r.reason for r in results] == ["bad-warc"]
