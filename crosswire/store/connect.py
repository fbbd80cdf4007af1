"""Opening a store file: DuckDB errors translated into what to do, the schema made sure of."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources

import duckdb

from crosswire.errors import StoreError

# Bump with schema.sql's tables; a store of another version is refused with a message.
# 2: story events keep their facts and family; 3: quote parts; 4: raw inputs (raw,
# raw_articles) and articles.modified; 5: story_pins; 6: events whose doer is not named
# (source_text NULL); 7: event places (events.place_*); 8: unfinished runs (runs.error,
# runs.resumed_by); 9: indexes of the read path (article_id, story_id, story_event_id); 10:
# events keep the verb pattern they were read from (events.pattern_verb, pattern_words); 11: a
# story event's mentions keep why reports were joined (event_mentions.likeness, sides)
SCHEMA_VERSION = 12
# A store of this version or later is upgraded in place when opened (upgrade_<n>.sql takes
# version n to n + 1); an older one is refused with a message.
OLDEST_UPGRADABLE = 9
MEMORY = ":memory:"
# How DuckDB names the process holding a file's lock (duckdb 1.x and 2.0 say it this way).
_HOLDER = re.compile(r"lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")
# The names of the current database's tables and views, in any of its schemas.
_TABLES_SQL = (
    "SELECT table_name FROM information_schema.tables "
    "WHERE table_catalog = current_database() ORDER BY table_name"
)
# Table names shown in the message refusing another program's database.
_SHOWN_TABLES = 5


def _open_error(path: str, exc: duckdb.Error) -> StoreError:
    message = str(exc)
    if "not a valid DuckDB database" in message:
        return StoreError(
            f"{path} exists but is not a DuckDB database, so it cannot be a crosswire store: "
            "give another store path (--db or CROSSWIRE_STORE_PATH) or move the file away"
        )
    if "lock" in message.lower():
        holder = _HOLDER.search(message)
        who = f" ({holder['program']}, PID {holder['pid']})" if holder else ""
        return StoreError(
            f"{path} is in use by another process{who}: DuckDB lets one process write a file "
            "and no other open it meanwhile; wait for that process to end (or stop it), then "
            "run the command again"
        )
    if "does not exist" in message:
        return StoreError(
            f"store {path} does not exist: give an existing store with --db, or create this "
            f"one with `crosswire ingest INPUT... --db {path}`"
        )
    return StoreError(f"cannot open store {path}: {message}")


def write_error(path: str, exc: BaseException) -> StoreError:
    """One line naming the store and the cause, the cause said plainly when it is the disk."""
    message = " ".join(str(exc).split())
    code = exc.errno if isinstance(exc, OSError) else None
    if code == errno.ENOSPC or "No space left on device" in message:
        cause = f"the disk is full ({message}); free some space, then run the command again"
    elif code == errno.EROFS or "Read-only file system" in message:
        cause = f"its file system is read-only ({message})"
    else:
        cause = message
    return StoreError(f"write to store {path} failed and was undone: {cause}")


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # a failed COMMIT has already ended the transaction: then there is nothing left to undo
    with suppress(duckdb.Error):
        con.execute("ROLLBACK")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, path: str) -> Iterator[None]:
    """BEGIN … COMMIT; on any error ROLLBACK, DuckDB's and the system's errors (a full disk
    fails at COMMIT, when the write-ahead log is written) re-raised as StoreError."""
    try:
        con.execute("BEGIN TRANSACTION")
    except duckdb.Error as exc:  # e.g. a database DuckDB closed after a fatal error
        raise write_error(path, exc) from exc
    try:
        yield
        con.execute("COMMIT")
    except (duckdb.Error, OSError) as exc:
        _rollback(con)
        raise write_error(path, exc) from exc
    except BaseException:
        _rollback(con)
        raise


def _stored_version(con: duckdb.DuckDBPyConnection, path: str) -> int | None:
    """The store's schema version, None for an empty database; StoreError for a database of
    another program, found by its tables before anything is written to it."""
    tables = [r[0] for r in con.execute(_TABLES_SQL).fetchall()]
    if not tables:
        return None
    if "schema_version" not in tables:
        shown = ", ".join(tables[:_SHOWN_TABLES]) + (", ..." if len(tables) > _SHOWN_TABLES else "")
        raise StoreError(
            f"{path} is a DuckDB database of another program (tables: {shown}), not a crosswire "
            "store; nothing was written to it: give another store path (--db or "
            "CROSSWIRE_STORE_PATH)"
        )
    try:
        return con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except duckdb.Error as exc:
        raise StoreError(
            f"{path} is a DuckDB database but not a crosswire store ({exc}): "
            "give another store path"
        ) from exc


def _script(name: str) -> str:
    return resources.files("crosswire.store").joinpath(name).read_text("utf-8")


def _ensure_schema(con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> bool:
    """Make sure of the schema; True when a read-only store is of an older version, which
    only a writable connection can upgrade."""
    found = _stored_version(con, path)
    if found is None and read_only:
        raise StoreError(f"{path} is an empty DuckDB database, not a crosswire store")
    if found is not None and not OLDEST_UPGRADABLE <= found <= SCHEMA_VERSION:
        raise StoreError(
            f"{path} has store schema version {found}, this crosswire expects "
            f"{SCHEMA_VERSION}: re-run the analysis into a new store file"
        )
    if read_only:
        return found != SCHEMA_VERSION
    with transaction(con, path):  # all or nothing: an upgrade that fails leaves the old store
        for version in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
            con.execute(_script(f"upgrade_{version}.sql"))
        con.execute(_script("schema.sql"))  # idempotent: a store of this version has these tables
        if found != SCHEMA_VERSION:
            con.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
    return False


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(path, read_only=read_only and path != MEMORY)
    except duckdb.Error as exc:
        raise _open_error(path, exc) from exc


def open_connection(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to a crosswire store at ``path``, created (with its schema) if writable,
    upgraded if it is of an older schema version."""
    con = _connect(path, read_only)
    try:
        outdated = _ensure_schema(con, path, read_only)
    except BaseException:
        con.close()
        raise
    if outdated:  # opened once for writing to upgrade it, then again as asked
        con.close()
        open_connection(path, read_only=False).close()
        return open_connection(path, read_only)
    return con
