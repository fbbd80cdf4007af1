"""Opening a store file: DuckDB errors translated into what to do, the schema made sure of."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

import duckdb

from crosswire.errors import StoreError

# Bump with schema.sql's tables; a store of another version is refused with a message.
# 2: story events keep their facts and family; 3: quote parts; 4: raw inputs (raw,
# raw_articles) and articles.modified; 5: story_pins; 6: events whose doer is not named
# (source_text NULL)
SCHEMA_VERSION = 6
MEMORY = ":memory:"


def _open_error(path: str, exc: duckdb.Error) -> StoreError:
    message = str(exc)
    if "not a valid DuckDB database" in message:
        return StoreError(
            f"{path} exists but is not a DuckDB database, so it cannot be a crosswire store: "
            "give another store path (--store or CROSSWIRE_STORE_PATH) or move the file away"
        )
    if "lock" in message.lower():
        return StoreError(
            f"{path} is open for writing in another process (DuckDB allows one writer per file): "
            "wait for that run to finish, or open the store read-only"
        )
    if "does not exist" in message:
        return StoreError(f"store {path} does not exist: run `crosswire analyze` to create it")
    return StoreError(f"cannot open store {path}: {message}")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, path: str) -> Iterator[None]:
    """BEGIN … COMMIT; on any error ROLLBACK, DuckDB errors re-raised as StoreError."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"write to store {path} failed and was undone: {exc}") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _ensure_schema(con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
    try:
        if not read_only:
            sql = resources.files("crosswire.store").joinpath("schema.sql").read_text("utf-8")
            with transaction(con, path):
                con.execute(sql)
                if con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 0:
                    con.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
        found = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except duckdb.Error as exc:
        raise StoreError(
            f"{path} is a DuckDB database but not a crosswire store ({exc}): "
            "give another store path"
        ) from exc
    if found != SCHEMA_VERSION:
        raise StoreError(
            f"{path} has store schema version {found}, this crosswire expects "
            f"{SCHEMA_VERSION}: re-run the analysis into a new store file"
        )


def open_connection(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to a crosswire store at ``path``, created (with its schema) if writable."""
    try:
        con = duckdb.connect(path, read_only=read_only and path != MEMORY)
    except duckdb.Error as exc:
        raise _open_error(path, exc) from exc
    try:
        _ensure_schema(con, path, read_only)
    except BaseException:
        con.close()
        raise
    return con
