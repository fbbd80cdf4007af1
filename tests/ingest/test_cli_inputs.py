"""`crosswire analyze` and `crosswire ingest` on a WARC and on a feed served by a local server."""

import io
import json

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosswire.cli import app

STORY = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>SANTIAGO (AP) — Chile expelled five members of the Peruvian trade mission on "
    "Wednesday, accusing them of passing customs records to a smuggling ring.</p>"
    "<p>Peru said it would answer the decision by suspending fishing talks with its "
    "neighbour, officials in Lima told reporters later that day.</p>"
    "</article></body></html>"
)


def _warc(path) -> None:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for n in (1, 2):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = STORY.format(title=f"Chile expels Peruvian envoys, version {n}").encode()
            w.write_record(w.create_warc_record(
                f"https://news{n}.example.org/chile", "response", payload=io.BytesIO(body),
                http_headers=http, warc_headers_dict={"WARC-Date": "2021-10-07T09:00:00Z"},
            ))  # fmt: skip


def _feed(local_server, tmp_path):
    local_server.add("/chile", STORY.format(title="Chile expels Peruvian envoys"))
    items = "".join(
        f"<item><title>{t}</title><link>{local_server.base}{p}</link>"
        "<pubDate>Thu, 07 Oct 2021 08:00:00 GMT</pubDate></item>"
        for t, p in (("Chile expels Peruvian envoys", "/chile"), ("Missing", "/missing"))
    )
    path = tmp_path / "news.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>{items}'
                    "</channel></rss>")  # fmt: skip
    return path


@pytest.fixture
def inputs(local_server, tmp_path):
    _warc(tmp_path / "cc.warc.gz")
    return tmp_path / "cc.warc.gz", _feed(local_server, tmp_path)


def test_analyze_reads_warc_and_feed(inputs):
    warc, feed = inputs
    result = CliRunner().invoke(app, ["analyze", str(warc), str(feed), "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    analysed = [r for r in lines if not r["skipped"]]
    assert [r["url"] for r in analysed] == [
        "https://news1.example.org/chile", "https://news2.example.org/chile",
        analysed[2]["url"],
    ]  # fmt: skip
    assert analysed[2]["url"].endswith("/chile")
    assert {r["origin"] for r in analysed} == {"AP"}
    assert analysed[2]["published"] == "2021-10-07" and analysed[2]["published_source"] == "given"
    assert {r["skipped"]["reason"] for r in lines if r["skipped"]} == {"warcinfo", "http-404"}
    assert "copies 2" in result.stderr and "warcinfo 1" in result.stderr
    assert "read 5" in result.stderr and "analysed 3" in result.stderr


def test_ingest_reads_warc_and_feed(inputs, tmp_path):
    warc, feed = inputs
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(warc), str(feed), "--db", db])
    assert result.exit_code == 0, result.output
    assert "analysed 3" in result.stderr and "copies 2" in result.stderr
    assert "http-404 1" in result.stderr
