"""Every field of a JSONL record and of a feed entry is checked by type at the edge (issue 17)."""

import json

import pytest

from crosswire.ingest import files
from crosswire.ingest.feeds import parse_feed, read_feed
from crosswire.ingest.fetch import mock_fetcher
from crosswire.ingest.files import read_inputs, record_to_raw
from crosswire.settings import FetchSettings
from crosswire.types import RawDocument, Skipped
from tests.run.hostile import ATOM, RSS

BIG = 10_000
TEXT = "Kenya recalled its envoy from Uganda."


@pytest.mark.parametrize(
    ("record", "reason", "detail"),
    [
        ({"id": "u", "text": TEXT, "url": 5}, "bad-record:url",
         "url should be a valid string, not number 5"),
        ({"id": "t", "text": TEXT, "title": ["a"]}, "bad-record:title", "not array ['a']"),
        ({"id": "o", "text": TEXT, "outlet": ["o"]}, "bad-record:outlet", "outlet should be"),
        ({"id": {"a": 1}, "text": TEXT}, "bad-record:id", "a valid string or a valid integer"),
        ({"id": False, "text": TEXT}, "bad-record:id", "not boolean False"),
        ({"id": 1.5, "text": TEXT}, "bad-record:id", "not number 1.5"),
        ({"id": "p", "text": TEXT, "published": 2024}, "bad-record:published", "not number 2024"),
        ({"id": "a", "text": TEXT, "authors": "Jo"}, "bad-record:authors", "list, not string"),
        ({"id": "a", "text": TEXT, "authors": ["Jo", 7]}, "bad-record:authors", "authors[1]"),
        ({"id": "x", "text": 12}, "bad-record:text", "text should be a valid string"),
        ({"id": "h", "html": {"p": 1}}, "bad-record:html", "not object"),
        ({"id": "n", "title": "x"}, "bad-record:text", 'neither a "text" nor an "html"'),
        ({"id": "m", "text": 1, "url": 2}, "bad-record:text",
         "text should be a valid string, not number 1; url should"),  # the first, then each
    ],
)  # fmt: skip
def test_a_field_of_the_wrong_type_names_itself(record, reason, detail):
    skipped = record_to_raw(record, "f.jsonl:3", "f.jsonl:3")
    assert isinstance(skipped, Skipped) and skipped.reason == reason
    assert detail in skipped.detail
    own = record["id"]
    assert skipped.id == (own if isinstance(own, str) else "f.jsonl:3")


def test_a_lone_surrogate_becomes_a_replacement_character_in_every_field():
    record = {"id": "s\ud800", "text": "Kenya \udc00 recalled.", "title": "T\ud800"}
    raw = record_to_raw(record, "f", "f")
    assert raw.id == "s\ufffd" and raw.content == "Kenya \ufffd recalled."
    assert raw.hints.title == "T\ufffd"
    assert raw.content.encode("utf-8")  # writable as UTF-8


@pytest.mark.parametrize(
    "line",
    ['{"id": "x", "text": "t", "url": 5}', "[" * 50_000, '{"id": ' + "9" * 5000 + "}"],
)
def test_a_hostile_line_is_skipped_and_the_next_one_read(tmp_path, line):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n")
    bad, good = read_inputs([str(path)], 1_000_000)
    assert isinstance(bad, Skipped) and bad.reason.startswith("bad-record")
    assert isinstance(good, RawDocument) and good.id == "ok"


def test_anything_a_record_raises_skips_that_record_only(tmp_path, monkeypatch):
    def explode(record, fallback_id, origin):
        if record.get("id") == "boom":
            raise KeyError("kaboom")
        return record_to_raw(record, fallback_id, origin)

    monkeypatch.setattr(files, "record_to_raw", explode)
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "boom", "text": TEXT}) + "\n"
                    + json.dumps({"id": "ok", "text": TEXT}) + "\n")  # fmt: skip
    bad, good = read_inputs([str(path)], BIG)
    assert (bad.id, bad.reason, bad.detail) == ("in.jsonl:1", "error:ingest", "KeyError: 'kaboom'")
    assert good.id == "ok"


SETTINGS = FetchSettings("crosswire-test/1.0", 5.0, 0, 0.0, respect_robots=False)


@pytest.mark.parametrize("feed", [RSS, ATOM])
def test_an_entry_whose_date_is_no_date_is_kept_undated(feed):
    undated, dated = parse_feed(feed.encode(), "news")
    assert undated.hints.published is None and undated.content
    assert dated.hints.published.startswith("2024-05-06")
    with mock_fetcher({}, SETTINGS) as fetcher:
        docs = list(read_feed(feed.encode(), "news", fetcher))
    assert [type(d) for d in docs] == [RawDocument, RawDocument]
    assert docs[0].id == "news#1" and docs[0].hints.published is None


def test_an_entry_that_raises_is_skipped_and_the_feed_read_on(monkeypatch):
    from crosswire.ingest import feeds

    real = feeds._read_entry

    def flaky(entry, fallback_id, fetcher):
        if fallback_id.endswith("#1"):
            raise ConnectionResetError("peer went away")
        return real(entry, fallback_id, fetcher)

    monkeypatch.setattr(feeds, "_read_entry", flaky)
    with mock_fetcher({}, SETTINGS) as fetcher:
        first, second = read_feed(RSS.encode(), "news", fetcher)
    assert (first.id, first.reason) == ("news#1", "error:ingest")
    assert "ConnectionResetError" in first.detail
    assert isinstance(second, RawDocument)
