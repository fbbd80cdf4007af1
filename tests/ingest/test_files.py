import gzip
import json

import pytest

from crosswire.errors import InputError
from crosswire.ingest.files import read_inputs, record_to_raw
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
        ('{"id": "n", "title": "x"}', "bad-record"),
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
