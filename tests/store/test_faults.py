"""Faults of the store's file end in one line naming the store and the cause, with nothing
half-written: a full disk, another program's DuckDB file, a store another process holds."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import duckdb
import pytest

from crosswire.errors import StoreError
from crosswire.store import Store
from crosswire.types import CopyLink, EventMention, Story, StoryEvent
from tests.helpers import held_by_another_process

STORY = Story("s-rain", ("a1", "a2"), "Rain", date(2022, 3, 1), date(2022, 3, 2), ("PER",))
EVENT = StoryEvent(
    "se-rain", "s-rain", "043", "CONSULT", mentions=(EventMention("e1", "a1", 0, 5),)
)
# DuckDB's own words for a full disk: at COMMIT, when the write-ahead log is written (seen on
# a 2 MB tmpfs with duckdb 2.0).
FULL_AT_COMMIT = duckdb.TransactionException(
    'TransactionContext Error: Failed to commit: Could not write file "s.duckdb.wal": '
    "No space left on device"
)


class _DiskFillsAtCommit:
    """The store's connection, whose COMMIT fails as DuckDB's does on a full disk: the
    transaction is ended, nothing of it kept."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def execute(self, sql: str, *args):
        if sql == "COMMIT":
            self._con.execute("ROLLBACK")
            raise FULL_AT_COMMIT
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._con, name)


def _fill_at_commit(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(store, "_con", _DiskFillsAtCommit(store.connection))


def _fill_at_insert(store: Store, monkeypatch) -> None:
    def full(*args) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "_insert", full)


@pytest.mark.parametrize("fill", [_fill_at_commit, _fill_at_insert], ids=["commit", "insert"])
def test_a_full_disk_while_stories_are_written_changes_nothing(tmp_path, monkeypatch, fill):
    path = str(tmp_path / "s.duckdb")
    with Store(path) as store:
        store.write_stories([CopyLink("a2", "a1", 0.9)], [STORY], {STORY.id: [EVENT]})
        run = store.start_run(["in"])
        before = (store.copies(), store.stories(), store.read_story_events(STORY.id))
        fill(store, monkeypatch)
        with pytest.raises(StoreError) as failed:
            store.write_stories([], [], {}, run_id=run, counts={"read": 1})
        monkeypatch.undo()
        message = str(failed.value)
        assert path in message and "disk is full" in message and "\n" not in message
        assert (store.copies(), store.stories(), store.read_story_events(STORY.id)) == before
        assert store.unfinished_runs() == [run]  # for the next run to complete


def test_a_finished_run_closes_in_the_transaction_of_its_stories(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        killed = store.start_run(["first"])
        run = store.start_run(["second"])
        assert store.unfinished_runs(but=run) == [killed]
        store.write_stories([], [STORY], {STORY.id: [EVENT]}, run, {"read": 2}, [killed])
        assert store.unfinished_runs() == []
        resumed_by = "SELECT resumed_by FROM runs WHERE run_id = ?"
        assert store.connection.execute(resumed_by, [killed]).fetchone() == (run,)


def _contents(path: Path) -> list[tuple]:
    with duckdb.connect(str(path)) as con:
        tables = con.execute("SELECT table_name, sql FROM duckdb_tables() ORDER BY ALL")
        return [*tables.fetchall(), *con.execute("SELECT * FROM runs").fetchall()]


def _foreign(path: Path) -> list[tuple]:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE runs (id INTEGER, pace DOUBLE)")  # a name crosswire uses
        con.execute("CREATE TABLE laps (run INTEGER, seconds DOUBLE)")
        con.execute("INSERT INTO runs VALUES (1, 4.5)")
    return _contents(path)


@pytest.mark.parametrize("read_only", [False, True])
def test_another_programs_duckdb_file_is_refused_before_any_write(tmp_path, read_only):
    path = tmp_path / "training.duckdb"
    tables = _foreign(path)
    with pytest.raises(StoreError, match="another program") as refused:
        Store(path, read_only=read_only)
    assert str(path) in str(refused.value) and "laps, runs" in str(refused.value)
    assert _contents(path) == tables


def test_a_store_held_by_another_process_names_it(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with held_by_another_process(path) as holder, pytest.raises(StoreError) as locked:
        Store(path)
    message = str(locked.value)
    assert f"PID {holder.pid}" in message and "wait for that process" in message
    assert "\n" not in message
