"""`ingest` into a real DuckDB file: no duplicates on re-ingest, resumable, skips counted."""

from dataclasses import replace

import pytest

from crosswire.errors import NotFound
from crosswire.run.ingest import content_hash, ingest, reanalyse, regroup
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store
from crosswire.stories.assemble import assemble

REPORTS = {
    "a.txt": "Germany expelled two Russian diplomats on Friday, the foreign ministry said.\n\n"
             "Russia rejected the accusation and said it would respond.",
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


def _documents(db):
    with Store(db, read_only=True) as store:
        ids = store.article_ids()
        return {i: store.read_document(i) for i in ids}, store.stories(), store.copies()


def _ingested(tmp_path, names):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, names)
    with Store(db) as store:
        ingest([str(docs)], store, DEFAULTS)
    return db


def test_ingest_keeps_each_analysed_raw_input(tmp_path):
    db = _ingested(tmp_path, REPORTS)
    with Store(db, read_only=True) as store:
        assert store.raw_ids() == ["a.txt", "b.txt", "c.txt"]
        raw = store.read_raw("a.txt")
        assert raw.id == "a.txt" and raw.origin.endswith("a.txt")
        assert (
            content_hash(raw)
            == store.connection.execute(
                "SELECT content_hash FROM articles WHERE article_id = 'a.txt'"
            ).fetchone()[0]
        )
        assert REPORTS["a.txt"] in (
            raw.content if isinstance(raw.content, str) else raw.content.decode()
        )


def test_reanalyse_gives_the_same_documents(tmp_path):
    db = _ingested(tmp_path, REPORTS)
    before = _documents(db)
    with Store(db) as store:
        report = reanalyse(store, DEFAULTS)
        assert report.counts["analysed"] == 3 and report.skipped == {}
        assert reanalyse(store, DEFAULTS, ["b.txt"]).counts["analysed"] == 1
    assert _documents(db) == before


LONG = (
    "Flood waters rose across the northern valley on Monday, forcing hundreds of families to "
    "leave their homes as rescue teams worked through the night to reach isolated villages.\n\n"
    "The regional governor said emergency shelters had opened in three towns and that the army "
    "would deliver food and drinking water by helicopter until the roads were cleared again."
)


def test_reanalyse_follows_changed_settings(tmp_path):
    db = _ingested(tmp_path, REPORTS)
    (tmp_path / "docs" / "e.txt").write_text(LONG, encoding="utf-8")
    copy = LONG.replace("Monday", "Monday morning")  # a light edit: a copy
    (tmp_path / "docs" / "f.txt").write_text(copy, encoding="utf-8")
    with Store(db) as store:
        ingest([str(tmp_path / "docs")], store, DEFAULTS)
    before = _documents(db)
    assert {frozenset((c.article_id, c.original_id)) for c in before[2]} == {
        frozenset(("e.txt", "f.txt"))
    }
    strict = replace(
        DEFAULTS,
        ingest=replace(DEFAULTS.ingest, min_chars=len(REPORTS["c.txt"]) + 1),
        dedup=replace(DEFAULTS.dedup, copy_threshold=1.01),  # nothing is a copy any more
    )
    with Store(db) as store:
        report = reanalyse(store, strict)
        assert report.skipped == {"empty": 1} and report.counts["analysed"] == 4
        assert store.article_ids() == ["a.txt", "b.txt", "e.txt", "f.txt"]
        assert store.copies() == [] and store.counts()["skipped"] == 1
        assert "c.txt" not in {i for s in store.stories() for i in s.article_ids}
        reanalyse(store, DEFAULTS)  # the raw input of a skipped article is still there
    assert _documents(db) == before


def test_reanalyse_refuses_ids_without_a_kept_input(tmp_path):
    db = _ingested(tmp_path, ["c.txt"])
    with Store(db) as store, pytest.raises(NotFound, match="nope"):
        reanalyse(store, DEFAULTS, ["c.txt", "nope"])
    with Store(db, read_only=True) as store:
        assert store.connection.execute("SELECT count(*) FROM runs").fetchone()[0] == 1


def test_a_document_the_pipeline_skips_keeps_its_input_for_reanalyse(tmp_path):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, ["a.txt", "c.txt"])
    strict = replace(DEFAULTS, ingest=replace(DEFAULTS.ingest, min_chars=len(REPORTS["c.txt"]) + 1))
    with Store(db) as store:
        report = ingest([str(docs)], store, strict)
        assert report.skipped == {"empty": 1}
        assert store.article_ids() == ["a.txt"] and store.raw_ids() == ["a.txt", "c.txt"]
        again = reanalyse(store, DEFAULTS, ["c.txt"])  # the settings that skipped it relaxed
        assert again.counts["analysed"] == 1
        assert store.article_ids() == ["a.txt", "c.txt"]


def test_a_refresh_reads_outlines_and_loads_only_the_stories_it_changes(tmp_path, monkeypatch):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    docs.mkdir()
    _write(docs, ["a.txt", "c.txt"])
    with Store(db) as store:
        ingest([str(docs)], store, DEFAULTS)
        # the outlines lose nothing grouping reads: the same as assembling the documents
        ids = store.article_ids()
        whole = assemble(list(store.read_documents(ids).values()), DEFAULTS)
        assert regroup(store, DEFAULTS) == whole
    _write(docs, ["b.txt"])  # joins the story of a.txt, not that of c.txt
    with Store(db) as store:
        loaded: list[str] = []
        read = store.read_documents

        def spy(wanted):
            loaded.extend(wanted)
            return read(wanted)

        monkeypatch.setattr(store, "read_documents", spy)
        ingest([str(docs)], store, DEFAULTS)
        [story] = [s for s in store.stories() if "b.txt" in s.article_ids]
    assert sorted(story.article_ids) == ["a.txt", "b.txt"]
    assert sorted(set(loaded)) == ["a.txt", "b.txt"]  # c.txt's story kept its events unread
