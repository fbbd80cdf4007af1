"""Read snapshots: how a server reads a store while an ingest writes it.

DuckDB lets one process hold a file for writing, and a reader in another process holds it too
(a shared lock), so a server reading the store itself would refuse every ingest. Instead the
writer publishes what it wrote: at the end of a run it checkpoints the store and copies the
file to a new *generation* beside it (``<db>.snapshots/g00000042.duckdb``), written under a
temporary name and renamed into place, so a reader never sees half a copy. A server opens the
newest generation read-only and moves to the next one when it appears; requests that started
on the old one finish on it, and it is closed when the last of them is done.

Each generation has its own file name because DuckDB shares one open database per path within a
process: reopening a replaced file under the same name would return the old one.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from crosswire.errors import StoreError
from crosswire.store.connect import MEMORY
from crosswire.store.duckdb_store import Store

# Generations kept on disk: the newest, and two older ones a server may be opening right now
# (it lists the folder, then opens; a writer publishing twice in between must not delete it).
KEEP = 3
# How often a server looks for a newer generation: a listing of a small folder, cheap, but not
# worth doing on every request; new articles show within this time after a run ends.
CHECK_SECONDS = 0.2
_NAME = re.compile(r"^g(\d{8})\.duckdb$")
_COPY_CHUNK = 1 << 20


def snapshot_dir(db_path: str | Path) -> Path:
    return Path(f"{db_path}.snapshots")


def snapshots(db_path: str | Path) -> list[tuple[int, Path]]:
    """The published generations of the store at ``db_path``, oldest first."""
    try:
        names = os.listdir(snapshot_dir(db_path))
    except FileNotFoundError:
        return []
    found = [(int(m.group(1)), m.group(0)) for m in map(_NAME.match, names) if m]
    return [(n, snapshot_dir(db_path) / name) for n, name in sorted(found)]


def publish(store: Store) -> Path | None:
    """Publish what ``store`` holds now as the next generation; None for an in-memory store.

    Called by the store's one writer between transactions: the checkpoint moves everything
    committed from the write-ahead log into the file, so the file alone is the whole store.
    """
    if store.path == MEMORY:
        return None
    try:
        store.connection.execute("CHECKPOINT")
    except duckdb.Error as exc:
        raise StoreError(f"cannot publish a read snapshot of {store.path}: {exc}") from exc
    return _copy(Path(store.path))


def publish_idle(db_path: str) -> Path | None:
    """Publish the store at ``db_path`` when no writer has it open (StoreError if one has).

    None when the store has a write-ahead log (a writer was killed): its last commits are only
    there, and only a writer can fold them into the file; the next ingest does.
    """
    # A read-only connection holds a shared lock: no writer can start while the file is copied.
    with Store(db_path, read_only=True):
        if Path(f"{db_path}.wal").exists():
            return None
        return _copy(Path(db_path))


def _copy(src: Path) -> Path:
    folder = snapshot_dir(src)
    try:
        folder.mkdir(exist_ok=True)
        for stray in folder.glob(".tmp-*"):  # left by a killed copy; one publisher at a time
            stray.unlink(missing_ok=True)
        found = snapshots(src)
        final = folder / f"g{found[-1][0] + 1 if found else 1:08d}.duckdb"
        tmp = folder / f".tmp-{final.name}"
        with src.open("rb") as s, tmp.open("wb") as d:
            while chunk := s.read(_COPY_CHUNK):
                d.write(chunk)
            d.flush()
            os.fsync(d.fileno())
        os.replace(tmp, final)
        _fsync_dir(folder)
    except OSError as exc:
        raise StoreError(
            f"cannot publish a read snapshot of {src} in {folder} ({exc.strerror or exc}): "
            "the store itself is written; a server shows the previous snapshot until the "
            "next run publishes one"
        ) from exc
    for _, old in found[: max(0, len(found) + 1 - KEEP)]:
        old.unlink(missing_ok=True)  # a server still reading it keeps the open file
    return final


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself survives a crash
    finally:
        os.close(fd)


class Generation:
    """One store file open read-only, shared by the requests that leased it; ``token`` names
    its content (for ETags)."""

    def __init__(self, path: str | Path, token: str) -> None:
        self.path = str(path)
        self.token = token
        self._store = Store(self.path, read_only=True)
        self._lock = threading.Lock()
        self._leases = 0
        self._retired = False

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one request: DuckDB connections are not thread-safe."""
        with self._lock:
            return self._store.connection.cursor()

    def acquire(self) -> bool:
        """False once retired: it may be closed already."""
        with self._lock:
            if self._retired:
                return False
            self._leases += 1
            return True

    def release(self) -> None:
        with self._lock:
            self._leases -= 1
            done = self._retired and self._leases == 0
        if done:
            self._store.close()

    def retire(self) -> None:
        """Close once no request uses it (closing a connection closes its cursors)."""
        with self._lock:
            self._retired = True
            done = self._leases == 0
        if done:
            self._store.close()


def _token(path: Path, prefix: str) -> str:
    st = path.stat()
    return f"{prefix}-{st.st_mtime_ns:x}-{st.st_size:x}"


class Snapshots:
    """What a server reads: the newest generation of the store at ``db_path``.

    At start, a store newer than its newest snapshot (or without one) is published first, when
    no writer has it open. A store that cannot be published (a write-ahead log left by a killed
    writer) is read itself, read-only, as before snapshots: an ingest then waits for the server.
    """

    def __init__(
        self, db_path: str, check_seconds: float = CHECK_SECONDS, stage: bool = False
    ) -> None:
        self.db_path = db_path
        self.check_seconds = check_seconds
        # stage: a newer generation waits in ``staged`` until ``promote`` (a cache fills for it
        # first); else requests move to it as soon as it is found
        self.stage = stage
        self.staged: Generation | None = None
        self._switch = threading.Lock()
        self._next_check = 0.0
        self._current = self._first()

    def _first(self) -> Generation:
        found = snapshots(self.db_path)
        store = Path(self.db_path)
        if not found or (store.exists() and store.stat().st_mtime_ns > _mtime(found[-1][1])):
            try:
                published = publish_idle(self.db_path)
            except StoreError:
                if not found:
                    raise  # no store to read at all: the message says why
                published = found[-1][1]  # a writer has it: its run will publish
            if published is None:
                return Generation(store, _token(store, "store"))
            found = snapshots(self.db_path) or [(0, published)]
        return Generation(found[-1][1], _token(found[-1][1], found[-1][1].stem))

    @property
    def token(self) -> str:
        return self._current.token

    def current(self) -> Generation:
        """The generation new requests read, after a look for a newer one when one is due."""
        now = time.monotonic()
        if now >= self._next_check and self._switch.acquire(blocking=False):
            try:
                self._next_check = now + self.check_seconds
                self._switch_to_newest()
            finally:
                self._switch.release()
        return self._current

    def _switch_to_newest(self) -> None:
        found = snapshots(self.db_path)
        if not found or self.staged is not None:
            return
        path = found[-1][1]
        try:
            token = _token(path, path.stem)
            if token == self._current.token:
                return
            newer = Generation(path, token)
        except (OSError, StoreError):
            return  # deleted or unreadable between listing and opening: the next look retries
        if self.stage:
            self.staged = newer
        else:
            self._promote(newer)

    def promote(self) -> None:
        """New requests read the staged generation from now on."""
        with self._switch:
            if self.staged is not None:
                self._promote(self.staged)
                self.staged = None

    def _promote(self, newer: Generation) -> None:
        old, self._current = self._current, newer
        old.retire()

    @contextmanager
    def lease(self) -> Iterator[Generation]:
        """The current generation, kept open until the block ends."""
        gen = self.current()
        while not gen.acquire():  # retired between reading and leasing it: take the new one
            gen = self._current
        try:
            yield gen
        finally:
            gen.release()

    def close(self) -> None:
        self._current.retire()
        if self.staged is not None:
            self.staged.retire()


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0
