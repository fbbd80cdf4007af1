from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from crosswire.errors import StoreError
from crosswire.store import Store
from crosswire.types import Article, Document, Sentence
from tests.helpers import held_by_another_process


def _doc(article_id: str) -> Document:
    return Document(
        Article(article_id, "Kyiv said so.", published=date(2021, 10, 6)), (Sentence(0, 13),)
    )


def test_reopening_keeps_data_and_read_only_reads(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.write_document(_doc("a1"), "r", "h")
    with Store(path) as s:  # schema creation is idempotent
        assert s.article_ids() == ["a1"]
    with Store(path, read_only=True) as s:
        assert s.read_document("a1") == _doc("a1")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"not a database at all\n" * 200), "not a DuckDB database"),
        (lambda p: None, "does not exist"),  # read-only open of a missing file
    ],
)
def test_unusable_files_raise_store_error(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "x.duckdb"
    make(path)
    with pytest.raises(StoreError, match=message):
        Store(path, read_only=True)


def test_a_duckdb_file_that_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not a crosswire store"):
        Store(path, read_only=True)
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE schema_version (version INTEGER)")
        con.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(StoreError, match="version 99"):
        Store(path)


def test_a_file_locked_by_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with held_by_another_process(path), pytest.raises(StoreError, match="another process"):
        Store(path)
    time.sleep(0.1)
    Store(path).close()  # free again once the other writer is gone
