"""Issue 17: one bad document is skipped with its reason, counted, and the run goes on, for
`crosswire analyze` and `crosswire ingest` (the cases are in ``hostile.py``)."""

import json

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.nlp.model import load_nlp
from crosswire.store.duckdb_store import Store
from tests.run.hostile import LONG_LIMIT, LONG_TEXT, report_counts, write_inputs


@pytest.fixture
def small_spacy_limit(monkeypatch):
    """spaCy's nlp.max_length made small, so a long line needs no megabyte of text."""
    monkeypatch.setattr(load_nlp(), "max_length", LONG_LIMIT)


@pytest.fixture
def analysed(tmp_path, small_spacy_limit):
    expected = write_inputs(tmp_path)
    result = CliRunner().invoke(app, ["analyze", *expected.inputs, "-o", "-"])
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    records = {r["id"]: r for r in lines}
    assert len(records) == len(lines)  # one record per input, each under its own id
    return expected, result, records


def test_analyze_skips_each_bad_record_and_reads_every_good_one(analysed):
    expected, result, records = analysed
    assert result.exit_code == 0, result.output
    assert {i for i, r in records.items() if r["skipped"] is None} == set(expected.analysed)
    assert {i: r["skipped"]["reason"] for i, r in records.items() if r["skipped"]} == (
        expected.skipped
    )
    for doc_id in expected.good:
        assert records[doc_id]["entities"], doc_id


def test_analyze_run_report_adds_up(analysed):
    expected, result, records = analysed
    counts, skipped = report_counts(result.stderr)
    assert counts["read"] == len(records) == expected.read
    assert counts["analysed"] + counts["skipped"] == counts["read"]
    assert counts["analysed"] == len(expected.analysed)
    assert skipped == dict(expected.reasons)


def test_analyze_keeps_offsets_into_the_text_it_writes(analysed):
    _, _, records = analysed
    surrogate = records["surrogate-text"]
    assert surrogate["text"] == "Kenya \ufffd recalled its envoy."  # one character for one
    assert records["surrogate-title"]["title"] == "Envoy \ufffd"
    long = records["long-line"]
    assert long["text"] == LONG_TEXT and len(LONG_TEXT) > LONG_LIMIT
    for rec in (surrogate, long):
        for e in rec["entities"]:
            assert rec["text"][e["start"] : e["end"]] == e["text"]
    # the pieces after the first are read too
    assert max(e["start"] for e in long["entities"]) > len(LONG_TEXT) - 100


def test_analyze_keeps_entries_and_records_whose_date_is_no_date(analysed):
    expected, _, records = analysed
    for doc_id in expected.undated:
        assert records[doc_id]["skipped"] is None
        assert records[doc_id]["published_source"] != "given", doc_id
    dated = [i for i in records if i.endswith("#2")]
    assert [records[i]["published"] for i in dated] == ["2024-05-06", "2024-05-06"]


def test_ingest_stores_every_good_record_and_lists_each_bad_one(tmp_path, small_spacy_limit):
    expected = write_inputs(tmp_path)
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["ingest", *expected.inputs, "--db", str(db)])
    assert result.exit_code == 0, result.output
    counts, skipped = report_counts(result.stderr)
    assert counts["read"] == expected.read
    assert counts["analysed"] + counts["skipped"] + counts.get("unchanged", 0) == counts["read"]
    assert counts["analysed"] == len(expected.analysed) and skipped == dict(expected.reasons)
    with Store(str(db), read_only=True) as store:
        assert sorted(store.article_ids()) == sorted(expected.analysed)
        rows = store.connection.execute("SELECT id, reason FROM skipped").fetchall()
        assert dict(rows) == expected.skipped
        assert store.read_document("surrogate-text").article.text[6] == "\ufffd"
