"""Issue 17: a folder holding every kind of hostile file of ``hostile_files.py`` and two good
documents. `crosswire analyze` ends well, each document is analysed or skipped with the reason
its kind calls for, the report adds up, and nothing leaks; `crosswire ingest` stores the same."""

import json
import os
from collections import Counter

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.store.duckdb_store import Store
from tests.run.hostile import report_counts
from tests.run.hostile_files import ANALYSED, GOOD, KINDS, SECRET, write_corpus

ROOT = os.geteuid() == 0
# root reads a file of mode 000: that kind has a test of its own, skipped as root
EVERY = [k for k in KINDS if k != "unreadable-file"]
# Cheap kinds for the store: ids and texts the store must hold (U+FFFD, emoji, bidi...).
FOR_INGEST = [
    "undecodable-file-name", "newline-in-file-name", "zero-width", "emoji-sequences",
    "bidi-overrides", "nul-bytes", "jsonl-bad-urls", "jsonl-huge-numbers", "gzip-truncated",
    "gzip-zero-bytes", "warc-gz-cut-mid-record", "rss-zero-pubdate", "atom-dates-out-of-range",
    "feed-without-entries", "xml-billion-laughs",
]  # fmt: skip


def _outcome(record: dict) -> str:
    return record["skipped"]["reason"] if record["skipped"] else ANALYSED


def _wanted(expected: dict) -> dict[str, tuple[str, ...]]:
    return {
        doc_id: outcome if isinstance(outcome, tuple) else (outcome,)
        for by_id in expected.values()
        for doc_id, outcome in by_id.items()
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    expected = write_corpus(folder, EVERY)
    # one worker: the test reads what the library does, not how a pool spawns
    result = CliRunner().invoke(app, ["analyze", str(folder), "-o", "-", "--workers", "1"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return expected, result, records


def test_the_run_ends_well_and_nothing_leaks(run):
    _, result, records = run
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert "Traceback" not in result.stderr and "error:" not in result.stderr
    assert SECRET not in result.stdout  # an external entity is never read
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    # every record whole: an analysed one has every field a good one has, a skipped one its own
    good = next(r for r in records if r["id"] == "good-one.txt")
    for r in records:
        if r["skipped"] is None:
            assert r.keys() == good.keys(), r["id"]
            assert r["text"], r["id"]
        else:
            assert r["text"] is None and not r["entities"], r["id"]


@pytest.mark.parametrize("kind", ["good", *EVERY])
def test_each_document_is_analysed_or_skipped_for_its_reason(run, kind):
    expected, _, records = run
    got = {r["id"]: _outcome(r) for r in records}
    for doc_id, outcome in expected[kind].items():
        allowed = outcome if isinstance(outcome, tuple) else (outcome,)
        assert got.get(doc_id) in allowed, (doc_id, got.get(doc_id), allowed)


def test_no_document_comes_from_nowhere_and_the_report_adds_up(run):
    expected, result, records = run
    assert {r["id"] for r in records} == set(_wanted(expected))
    counts, skipped = report_counts(result.stderr)
    assert counts["read"] == len(records) == counts["analysed"] + counts["skipped"]
    assert skipped == Counter(r["skipped"]["reason"] for r in records if r["skipped"])


def test_the_good_documents_are_read(run):
    _, _, records = run
    by_id = {r["id"]: r for r in records}
    for name in GOOD:
        assert by_id[name]["entities"], name


def test_offsets_slice_the_text_they_name(run):
    """Zero-width joiners, emoji sequences, bidi marks, CR line ends and a megabyte line leave
    every entity and time expression on its own text."""
    _, _, records = run
    for r in records:
        if r["skipped"] is None:
            for span in (*r["entities"], *r["timexes"]):
                assert r["text"][span["start"] : span["end"]] == span["text"], r["id"]


@pytest.mark.skipif(ROOT, reason="root reads a file of mode 000")
def test_an_unreadable_file_is_skipped(tmp_path):
    wanted = _wanted(write_corpus(tmp_path, ["unreadable-file"]))
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "-o", "-", "--workers", "1"])
    assert result.exit_code == 0, result.output
    got = {r["id"]: _outcome(r) for r in map(json.loads, result.stdout.splitlines())}
    assert {i: (o,) for i, o in got.items()} == wanted


def test_ingest_stores_the_good_and_lists_each_bad_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    wanted = _wanted(write_corpus(folder, FOR_INGEST))
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr
    with Store(str(db), read_only=True) as store:
        stored = set(store.article_ids())
        skipped = dict(store.connection.execute("SELECT id, reason FROM skipped").fetchall())
    assert stored == {i for i, allowed in wanted.items() if ANALYSED in allowed}
    assert skipped.keys() == wanted.keys() - stored
    assert all(reason in wanted[i] for i, reason in skipped.items())
    assert "caf\ufffd.txt" in stored  # a file name that is no UTF-8
