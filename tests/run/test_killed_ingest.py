"""An ingest killed or failed while it writes its documents or its stories is repaired by the
next ingest, and the faults a user meets (a full disk, another program's DuckDB file, a locked
store) end in one line.

The kill is real: `crosswire ingest` in a subprocess, paused by the store's test seam
(crosswire/store/pause.py) inside a transaction (a batch of documents, a Dask shard, the story
events) and killed there with SIGKILL.
"""

import errno
import os
import signal
import subprocess
import sys
import time
from contextlib import suppress

import duckdb
import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.errors import StoreError
from crosswire.run.dask import ingest_dask
from crosswire.run.ingest import ingest
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store
from crosswire.store.pause import PAUSE_AT, PAUSE_MARKER
from tests.run.dumps import dump, first_difference

NEWS = {
    "oslo.txt": "Norway expelled three Iranian diplomats on Monday, the foreign ministry in Oslo "
                "said.\n\nIran denied the charges and summoned the Norwegian ambassador.",
    "tehran.txt": "Oslo ordered three Iranian diplomats to leave the country on Monday after a "
                  "spying inquiry.\n\nTehran called the decision hostile and vowed to respond.",
    "river.txt": "Kenya and Ethiopia signed a water-sharing agreement in Nairobi on Wednesday.\n\n"
                 "The two governments said the deal would end a long dispute over the river.",
    "nairobi.txt": "Ethiopia signed a deal with Kenya on Wednesday to share the waters of the "
                   "river, officials in Nairobi said.",
    "santiago.txt": "Chilean police arrested two protest leaders in Santiago on Thursday, a "
                    "police spokesman said.",
}  # fmt: skip
# A document no reader takes, read (in name order) in the batch the document-write kills stop.
BLANK = {"quiet.txt": "  \n\n"}
# Documents per batch of the ingest killed in its document writes: three batches of the news
# and BLANK (the CLI's batches are 64 documents).
SMALL_BATCH = 2
# What a store's stories are: compared between a repaired store and one never interrupted.
GROUPING = ("copies", "stories", "story_articles", "story_events", "event_mentions")
# Seconds the killed ingest may take to reach its pause point (it loads spaCy first).
REACH_SECONDS = 300


def _write(folder, names):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text((NEWS | BLANK)[name], encoding="utf-8")


def _grouping(db):
    with Store(db, read_only=True) as store:
        con = store.connection
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in GROUPING}


def _runs(db):
    with Store(db, read_only=True) as store:
        sql = "SELECT run_id, finished_at IS NOT NULL, error, resumed_by FROM runs ORDER BY ALL"
        return store.connection.execute(sql).fetchall()


def _clean(tmp_path, earlier):
    """The store an uninterrupted ingest of ``earlier`` and then of every report makes."""
    docs, db = tmp_path / "clean", str(tmp_path / "clean.duckdb")
    with Store(db) as store:
        if earlier:
            _write(docs, earlier)
            ingest([str(docs)], store, DEFAULTS)
        _write(docs, NEWS)
        ingest([str(docs)], store, DEFAULTS)
    return db


def _killed(docs, db, marker, point, executor="local", batch_docs=None):
    """`crosswire ingest` of ``docs`` into ``db`` (``executor`` and one worker, batches of
    ``batch_docs`` documents if given), killed with SIGKILL when it reaches pause ``point``:
    the process and those it started (a Dask cluster), all in a session of their own."""
    env = os.environ | {PAUSE_AT: point, PAUSE_MARKER: str(marker)}
    batches = (
        f"import crosswire.run.local as r; r.BATCH_DOCS = {batch_docs}; " if batch_docs else ""
    )
    command = [sys.executable, "-c", f"{batches}from crosswire.cli import main; main()",
               "ingest", str(docs), "--db", db, "--quiet", "--workers", "1",
               "--executor", executor]  # fmt: skip
    log = marker.with_suffix(".stderr")  # a file: a pipe nobody reads could fill and block it
    with log.open("w") as stderr:
        proc = subprocess.Popen(command, env=env, stderr=stderr, start_new_session=True)
    try:
        deadline = time.monotonic() + REACH_SECONDS
        while not marker.exists():
            assert proc.poll() is None, f"the ingest ended before {point}: {log.read_text()}"
            assert time.monotonic() < deadline, f"the ingest never reached {point}"
            time.sleep(0.1)
    finally:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("earlier", [(), ("oslo.txt", "river.txt")], ids=["first", "later"])
def test_an_ingest_killed_in_its_story_event_writes_is_repaired_by_the_next(tmp_path, earlier):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    with Store(db) as store:
        if earlier:  # stories the killed run extends
            _write(docs, earlier)
            ingest([str(docs)], store, DEFAULTS)
    before = _grouping(db)
    _write(docs, NEWS)
    _killed(docs, db, tmp_path / "paused", "story-events")
    assert _grouping(db) == before  # the stories as they were, none without its events
    killed = [r for r in _runs(db) if not r[1]]
    assert len(killed) == 1 and killed[0][2:] == (None, None)  # unfinished, nobody resumed it
    with Store(db) as store:
        report = ingest([str(docs)], store, DEFAULTS)
    assert report.counts.get("analysed", 0) == 0 and report.counts["resumed_runs"] == 1
    assert report.counts["stories_updated"] > 0
    repaired = _grouping(db)
    assert repaired == _grouping(_clean(tmp_path, earlier))
    assert repaired["story_events"] and repaired["event_mentions"]
    assert (killed[0][0], False, None, report.run_id) in _runs(db)


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_an_ingest_killed_in_its_document_writes_is_resumed_by_the_next(tmp_path, executor):
    """Killed inside the transaction of its second batch (a shard for Dask), after the first
    was committed: the first stays, nothing of the second, and the next run redoes the rest
    and ends with the store an uninterrupted run makes, every table of it."""
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    names = sorted(NEWS | BLANK)  # the order they are read in
    _write(docs, names)
    _killed(docs, db, tmp_path / "paused", "results@2", executor, SMALL_BATCH)
    with Store(db, read_only=True) as store:
        assert store.article_ids() == names[:SMALL_BATCH]
        assert store.counts().get("skipped", 0) == 0  # BLANK's skip went with its batch
    [killed] = [r for r in _runs(db) if not r[1]]
    with Store(db) as store:
        if executor == "dask":
            report = ingest_dask([str(docs)], store, DEFAULTS, 1, tmp_path / "s.duckdb.shards")
        else:
            report = ingest([str(docs)], store, DEFAULTS)
    expected = {"read": len(names), "unchanged": SMALL_BATCH, "analysed": len(NEWS) - SMALL_BATCH,
                "skipped": 1, "resumed_runs": 1}  # fmt: skip
    assert {k: report.counts.get(k) for k in expected} == expected
    assert report.skipped == {"empty": 1}
    assert (killed[0], False, None, report.run_id) in _runs(db)
    clean = str(tmp_path / "clean.duckdb")  # of the same files: their paths are stored too
    with Store(clean) as store:
        ingest([str(docs)], store, DEFAULTS)
    resumed, clean = dump(db), dump(clean)
    assert (difference := first_difference(resumed, clean, ("resumed", "clean"))) is None, (
        difference
    )
    assert resumed == clean


def test_a_full_disk_while_stories_are_written_leaves_the_run_for_the_next(tmp_path, monkeypatch):
    docs, db = tmp_path / "docs", str(tmp_path / "s.duckdb")
    _write(docs, NEWS)
    insert = Store._insert

    def full(self, table, columns, rows):
        if table == "event_mentions":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        insert(self, table, columns, rows)

    monkeypatch.setattr(Store, "_insert", full)
    with Store(db) as store, pytest.raises(StoreError) as failed:
        ingest([str(docs)], store, DEFAULTS)
    message = str(failed.value)
    assert db in message and "disk is full" in message and "\n" not in message
    assert all(not rows for rows in _grouping(db).values())  # nothing half-written
    [(run_id, finished, error, resumed_by)] = _runs(db)
    assert not finished and "disk is full" in error and resumed_by is None
    monkeypatch.setattr(Store, "_insert", insert)  # space freed
    with Store(db) as store:
        report = ingest([str(docs)], store, DEFAULTS)
    assert report.counts["resumed_runs"] == 1 and report.counts["unchanged"] == len(NEWS)
    assert _grouping(db) == _grouping(_clean(tmp_path, ()))
    assert (run_id, False, error, report.run_id) in _runs(db)


def test_ingest_into_another_programs_duckdb_file_ends_in_one_line(tmp_path):
    docs, path = tmp_path / "docs", tmp_path / "other.duckdb"
    _write(docs, ["santiago.txt"])
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE invoices (number INTEGER, total DOUBLE)")
        con.execute("INSERT INTO invoices VALUES (1, 9.5)")
    result = CliRunner().invoke(app, ["ingest", str(docs), "--db", str(path), "--quiet"])
    assert result.exit_code != 0
    [line] = result.output.strip().splitlines()
    assert line.startswith("error:") and "not a crosswire store" in line and str(path) in line
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [
            ("invoices",)
        ]
