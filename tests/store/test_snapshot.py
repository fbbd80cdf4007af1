"""Read snapshots: a writer publishes generations, a reader switches to the newest."""

import subprocess
import sys

import pytest

from crosswire.errors import StoreError
from crosswire.store import Store, memory_store
from crosswire.store.snapshot import KEEP, Snapshots, publish, snapshot_dir, snapshots
from crosswire.types import Story


def _store_with(path, *story_ids: str) -> None:
    with Store(path) as store:
        store.replace_stories([Story(s, (), f"About {s}", None, None) for s in story_ids])


def _story_ids(gen) -> list[str]:
    cur = gen.cursor()
    try:
        return [
            r[0] for r in cur.execute("SELECT story_id FROM stories ORDER BY story_id").fetchall()
        ]
    finally:
        cur.close()


def test_each_publish_is_a_new_generation_and_old_ones_are_pruned(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        paths = [publish(store) for _ in range(KEEP + 2)]
    assert [n for n, _ in snapshots(db)] == [3, 4, 5]
    assert [p for _, p in snapshots(db)] == paths[-KEEP:]
    assert sorted(p.name for p in snapshot_dir(db).iterdir()) == [p.name for p in paths[-KEEP:]]


def test_a_memory_store_publishes_nothing():
    with memory_store() as store:
        assert publish(store) is None


def test_a_reader_publishes_an_unpublished_store_and_leaves_it_free_for_a_writer(tmp_path):
    db = tmp_path / "s.duckdb"
    _store_with(db, "harbour")
    reader = Snapshots(str(db))
    with reader.lease() as gen:
        assert gen.path == str(snapshot_dir(db) / "g00000001.duckdb")
        assert _story_ids(gen) == ["harbour"]
        _store_with(db, "harbour", "orchard")  # the store itself is not held by the reader
    reader.close()


def test_a_reader_switches_to_a_newer_generation_and_finishes_old_leases(tmp_path):
    db = tmp_path / "s.duckdb"
    _store_with(db, "harbour")
    reader = Snapshots(str(db), check_seconds=0)
    with reader.lease() as old:
        with Store(db) as store:
            store.replace_stories([Story("orchard", (), "About orchard", None, None)])
            publish(store)
        with reader.lease() as new:
            assert new is not old and _story_ids(new) == ["orchard"]
        assert _story_ids(old) == ["harbour"]  # a request that began on it still reads it
    with pytest.raises(Exception, match="closed"):
        old.cursor()  # closed when its last lease ended
    assert reader.token == new.token
    reader.close()


def test_a_reader_keeps_its_generation_while_the_folder_is_unchanged(tmp_path):
    db = tmp_path / "s.duckdb"
    _store_with(db, "harbour")
    reader = Snapshots(str(db), check_seconds=0)
    first = reader.current()
    assert reader.current() is first
    reader.close()


def test_a_reader_starts_on_the_newest_snapshot_while_a_writer_holds_the_store(tmp_path):
    db = tmp_path / "s.duckdb"
    _store_with(db, "harbour")
    with Store(db) as store:
        publish(store)
        store.replace_stories(
            [Story("orchard", (), "About orchard", None, None)]
        )  # not yet published
        reader = Snapshots(str(db))  # the store is open for writing: the snapshot is read
        with reader.lease() as gen:
            assert _story_ids(gen) == ["harbour"]
        reader.close()


def test_a_store_left_with_a_write_ahead_log_is_read_itself(tmp_path):
    db = tmp_path / "s.duckdb"
    _store_with(db, "harbour")
    # a writer killed before its checkpoint: its last commit is in the log only
    killed = (
        "import os; from crosswire.store import Store; from crosswire.types import Story; "
        f"s = Store({str(db)!r}); "
        "s.replace_stories([Story('orchard', (), 'About orchard', None, None)]); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", killed], check=True)
    assert (tmp_path / "s.duckdb.wal").exists()
    reader = Snapshots(str(db))
    with reader.lease() as gen:
        assert gen.path == str(db) and _story_ids(gen) == ["orchard"]
    reader.close()


def test_no_store_and_no_snapshot_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Snapshots(str(tmp_path / "absent.duckdb"))
