"""Properties of ingest → clean → read over arbitrary input (issue 17): nothing raises, each
input line or record gives one result, a record round-trips, a cut archive never passes for a
whole one, and every offset slices the text to what it names. Examples are few (spaCy reads
some of them) and deadlines off, so the suite stays fast."""

from __future__ import annotations

import gzip
import json
import string
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.clean import clean
from crosswire.ingest.feeds import parse_feed
from crosswire.ingest.files import read_jsonl
from crosswire.ingest.schema import replace_surrogates
from crosswire.ingest.warc import read_warc
from crosswire.pipeline import process_batch
from crosswire.settings import DEFAULTS
from crosswire.types import Document, RawDocument, Skipped
from tests.run.hostile_files import NEWS, _warc

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Each example is a spaCy parse.
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that broke or bent readers elsewhere: zero-width and bidi controls, BOM, combining
# marks, emoji with joiners and modifiers, CR, NEL and line separators, a lone surrogate.
ODD = "\u200b\u200c\u200d\u2060\ufeff\u202e\u202c\u2067\u2069\u0301\u0302\U0001f468\U0001f3fd"
ODD += "\ufe0f\r\x85\u2028\u2029\t\ud800\u05e9\u0627"
SENTENCES = (
    "Peru expelled a Chilean diplomat on Monday , the foreign ministry in Lima said .",
    '" We will respond , " President Ana Testa told reporters on Tuesday in March 2019 .',
    "Kenya recalled its envoy from Uganda",
)
WORDS = [w for s in SENTENCES for w in s.split()]
hostile_text = st.lists(
    st.sampled_from(WORDS) | st.text(alphabet=ODD, min_size=1, max_size=3), max_size=60
).map(" ".join)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
FIELDS = ("id", "text", "html", "title", "url", "outlet", "published", "authors")
records = st.fixed_dictionaries({}, optional=dict.fromkeys(FIELDS, JSON)) | JSON
# Reasons a record may be skipped for at the edge; anything else (error:ingest) is a bug.
EDGE_REASONS = ("bad-record", "too-large")


def _utf8(*values: object) -> None:
    """Every string can be written as UTF-8 (no lone surrogate reaches an output)."""
    json.dumps(values, ensure_ascii=False).encode("utf-8")


@FAST
@given(lines=st.lists(records.map(json.dumps) | st.binary(max_size=60), max_size=8))
def test_each_jsonl_line_gives_one_result_and_never_raises(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("j") / "in.jsonl"
    data = [x.encode() if isinstance(x, str) else x.replace(b"\n", b" ") for x in lines]
    path.write_bytes(b"\n".join(data))
    results = list(read_jsonl(path, 10_000))
    assert len(results) == sum(1 for line in data if line.strip())
    for r in results:
        if isinstance(r, Skipped):
            assert r.reason.split(":")[0] in EDGE_REASONS, r
            _utf8(r.id, r.detail)
        else:
            _utf8(r.id, r.content, r.url, r.outlet, r.hints.title, r.hints.authors)


text_field = st.text(min_size=1, max_size=80).filter(str.strip)
valid = st.fixed_dictionaries(
    {"id": st.text(string.ascii_letters, min_size=1, max_size=8), "text": text_field},
    optional={
        "title": text_field,
        "url": st.text(string.ascii_lowercase, min_size=1, max_size=8).map(
            "https://news.example.org/{}".format
        ),
        "outlet": text_field,
        "published": st.dates().map(str),
        "authors": st.lists(text_field, max_size=3),
    },
)


@FAST
@given(record=valid)
def test_a_valid_record_round_trips(tmp_path_factory, record):
    path = tmp_path_factory.mktemp("r") / "in.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps(record).encode() + b"\n"))
    [raw] = read_jsonl(path, 10_000)
    assert isinstance(raw, RawDocument)
    # a lone surrogate becomes U+FFFD, one character for one; all else is kept as given
    assert raw.id == record["id"] and raw.content == replace_surrogates(record["text"])
    assert raw.url == record.get("url")
    assert raw.outlet == (replace_surrogates(record["outlet"]) if "outlet" in record else None)
    assert raw.hints.title == (replace_surrogates(record["title"]) if "title" in record else None)
    assert raw.hints.published == record.get("published")
    assert raw.hints.authors == tuple(map(replace_surrogates, record.get("authors", ())))


GZ_TEXTS = [f"{NEWS} Day {n}." for n in range(3)]
GZ = gzip.compress(b"".join(json.dumps({"id": str(n), "text": t}).encode() + b"\n"
                            for n, t in enumerate(GZ_TEXTS)), mtime=0)  # fmt: skip


@FAST
@given(cut=st.integers(2, len(GZ) - 1))  # a lone first byte is no gzip signature at all
def test_a_cut_gzip_keeps_whole_lines_and_says_it_was_cut(tmp_path_factory, cut):
    path = tmp_path_factory.mktemp("g") / "cut.jsonl.gz"
    path.write_bytes(GZ[:cut])
    *docs, last = [None, *read_jsonl(path, 10_000)]
    assert isinstance(last, Skipped) and last.reason == "truncated"
    assert all(d is None or d.content in GZ_TEXTS for d in docs)


PAGES = ("https://a.example.org/1", "https://a.example.org/2")
WARC = _warc(PAGES)
# where the second gzip member starts: cut there, the file is a whole WARC of one record
BOUNDARY = WARC.index(b"\x1f\x8b\x08", 1)


@FAST
@given(cut=st.integers(1, len(WARC) - 1))
def test_a_cut_warc_never_passes_for_whole(tmp_path_factory, cut):
    path = tmp_path_factory.mktemp("w") / "cut.warc.gz"
    path.write_bytes(WARC[:cut])
    results = list(read_warc(path, 100_000))
    whole = {p: f"<html><body><p>{NEWS} ({p})</p></body></html>".encode() for p in PAGES}
    for r in results:
        assert isinstance(r, Skipped) or r.content == whole[r.id]
    # a record the cut reached is read whole (only its gzip trailer lost) or a skip says so
    begun = 2 if cut > BOUNDARY else 1
    docs = [r for r in results if isinstance(r, RawDocument)]
    assert len(docs) == begun or any(isinstance(r, Skipped) for r in results), cut


# feedparser warns of its own date fallback for every entry without a published date
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@FAST
@given(dates=st.lists(st.text(max_size=30) | st.sampled_from(
    ["0000-00-00", "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+14:00", "Mon, 31 Feb 2024"]
), min_size=1, max_size=3), atom=st.booleans())  # fmt: skip
def test_any_feed_date_gives_a_date_or_none(dates, atom):
    body = "<p>Kenya recalled its envoy.</p>"
    esc = [d.replace("&", "&amp;").replace("<", "&lt;") for d in dates]
    if atom:
        xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>' + "".join(
            f"<entry><title>t</title><updated>{d}</updated><content>{body}</content></entry>"
            for d in esc
        ) + "</feed>"  # fmt: skip
    else:
        xml = '<rss version="2.0"><channel><title>N</title>' + "".join(
            f"<item><title>t</title><pubDate>{d}</pubDate><description>x</description></item>"
            for d in esc
        ) + "</channel></rss>"  # fmt: skip
    for entry in parse_feed(xml, "f") or ():
        if isinstance(entry, Skipped):
            assert entry.reason.startswith("bad-record"), entry
        elif entry.hints.published is not None:
            datetime.fromisoformat(entry.hints.published)


@FAST
@given(
    content=st.binary(max_size=400)
    | hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    html=st.booleans(),
)
def test_cleaning_any_bytes_never_raises(content, html):
    kind = "text/html" if html else "text/plain"
    if html:
        content = b"<html><body><p>" + content + b"</p></body></html>"
    out = clean(RawDocument("x", "test", content, kind), DEFAULTS.ingest)
    if isinstance(out, Skipped):
        assert not out.reason.startswith("error"), out
        return
    for r in out.removed:
        assert 0 <= r.start <= r.end <= len(out.text)


@SLOW
@given(text=hostile_text)
def test_reading_any_text_keeps_every_offset_on_its_text(text):
    # through a file's bytes, as a .txt input comes: decoding is part of the way
    raw = RawDocument("t", "test", text.encode("utf-8", "surrogatepass"))
    [result] = process_batch([raw])
    if isinstance(result, Skipped):
        assert not result.reason.startswith("error"), result
        return
    assert isinstance(result, Document)
    body = result.article.text
    _utf8(body)
    for e in result.entities:
        assert body[e.start : e.end] == e.text
    for t in result.timexes:
        assert body[t.start : t.end] == t.text
    for q in result.quotes:
        assert body[q.start : q.end] == q.quote
    for s in result.sentences:
        assert 0 <= s.start < s.end <= len(body)
    for ev in result.events:
        assert ev.sentence_start <= ev.trigger_start < ev.trigger_end <= ev.sentence_end
        for actor in (ev.source, ev.target):
            if actor is not None and actor.start is not None:
                assert body[actor.start : actor.end] == actor.text
