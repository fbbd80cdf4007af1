"""`ingest` into a real DuckDB file: no duplicates on re-ingest, resumable, skips counted."""

from crosswire.run.ingest import ingest
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store

REPORTS = {
    "a.txt": "Germany expelled two Russian diplomats on Friday, the foreign ministry said.\n\n"
             "Russia denied the allegations and said it would respond.",
    "b.txt": "Berlin expelled two Russian diplomats on Friday over a murder in a park.\n\n"
             "Moscow called the move unfriendly and promised a response.",
    "c.txt": "Brazil signed a trade agreement with Argentina in Buenos Aires on Tuesday.",
}  # fmt: skip


def _write(folder, names):
    for name in names:
        (folder / name).write_text(REPORTS[name], encoding="utf-8")


def _counts(path):
    with Store(path, read_only=True) as store:
        return store.counts(), sorted(store.article_ids())


def test_reingest_adds_nothing(tmp_path):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, REPORTS)
    with Store(db) as store:
        first = ingest([str(docs)], store, DEFAULTS)
    before = _counts(db)
    with Store(db) as store:
        second = ingest([str(docs)], store, DEFAULTS)
    after = _counts(db)
    assert first.counts["analysed"] == 3
    assert second.counts.get("analysed", 0) == 0 and second.counts["unchanged"] == 3
    assert {k: v for k, v in before[0].items() if k != "runs"} == {
        k: v for k, v in after[0].items() if k != "runs"
    }
    assert before[1] == after[1] == ["a.txt", "b.txt", "c.txt"]


def test_a_killed_run_resumes_without_duplicates_or_losses(tmp_path):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, ["a.txt"])  # the run that was killed got this far
    with Store(db) as store:
        ingest([str(docs)], store, DEFAULTS)
    _write(docs, ["b.txt", "c.txt"])
    with Store(db) as store:
        report = ingest([str(docs)], store, DEFAULTS)
    _, ids = _counts(db)
    assert report.counts["analysed"] == 2 and report.counts["unchanged"] == 1
    assert ids == ["a.txt", "b.txt", "c.txt"]
    with Store(db, read_only=True) as store:
        stories = store.stories()
    assert sorted(i for s in stories for i in s.article_ids) == ids  # each once


def test_bad_documents_are_skipped_counted_and_the_run_goes_on(tmp_path):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, ["c.txt"])
    (docs / "empty.txt").write_text("   \n")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    with Store(db) as store:
        report = ingest([str(docs)], store, DEFAULTS)
    assert report.counts["analysed"] == 1
    assert report.skipped == {"binary": 1, "empty": 1}
    counts, _ = _counts(db)
    assert counts["skipped"] == 2


def test_stories_and_story_events_are_written(tmp_path):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, REPORTS)
    with Store(db) as store:
        ingest([str(docs)], store, DEFAULTS)
    with Store(db, read_only=True) as store:
        stories = store.stories()
        expulsion = next(s for s in stories if "a.txt" in s.article_ids)
        assert "b.txt" in expulsion.article_ids  # two reports of one expulsion
        assert "c.txt" not in expulsion.article_ids
        rows = store.read_story_events(expulsion.id)
    expel = [r for r in rows if r.cameo == "161" and (r.source_code or "").startswith("DEU")]
    assert expel and len(expel[0].independent_sources) == 2
    assert expel[0].status == "corroborated"
