"""The Dask executor: ``process_batch`` over batches on a cluster, one Parquet shard per batch.

Workers only compute and write shards; the driver is the single writer of the DuckDB file
(DuckDB allows one writing process per file) and loads the shards in batch order with the same
rules as the local ingest. A shard is named by its batch index and a key of the batch's inputs,
and an existing shard is not recomputed: a killed run re-run computes only the missing shards,
and a batch whose inputs changed gets a new name instead of a stale shard.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

from crosswire.run.ingest import (
    RunReport,
    close_run,
    content_hash,
    new_inputs,
    recorded,
    tally,
)
from crosswire.run.local import BATCH_DOCS, batched, process_batch
from crosswire.run.shards import ShardRow, read_shard, write_shard
from crosswire.settings import Settings
from crosswire.store.duckdb_store import Store
from crosswire.types import Document, RawDocument, Skipped

# Batches queued per worker: one running and one waiting keeps every worker busy, while the
# driver holds at most this many batches of raw documents in memory per worker.
IN_FLIGHT_PER_WORKER = 2
# Hex digits of the batch key in a shard name: 48 bits, so two different batches at the same
# index collide once in ~1e14 pairs.
KEY_HEX = 12


@dataclass(frozen=True)
class Loaded:
    """What ``load_shards`` wrote: per kind ("analysed": new or changed, "unchanged": already
    stored as it is, an id read twice; "skipped"), and skips per reason."""

    counts: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def analysed(self) -> int:
        return self.counts["analysed"]


def _hash(item: RawDocument | Skipped) -> str | None:
    return content_hash(item) if isinstance(item, RawDocument) else None


def shard_name(index: int, batch: Sequence[RawDocument | Skipped]) -> str:
    """``shard-<index>-<key>.parquet``; the key covers every input of the batch."""
    h = hashlib.sha256()
    for item in batch:
        tag = _hash(item) or f"skipped:{item.reason}:{item.detail}"
        h.update(f"{item.id}\0{tag}\0".encode("utf-8", "surrogatepass"))
    return f"shard-{index:06d}-{h.hexdigest()[:KEY_HEX]}.parquet"


def process_shard(batch: list[RawDocument | Skipped], settings: Settings, path: str) -> str:
    """The task run on a worker: ``process_batch`` and its results written as a shard."""
    results = process_batch(batch, settings)
    rows = [
        ShardRow(r, _hash(raw) if isinstance(r, Document) else None)
        for raw, r in zip(batch, results, strict=True)
    ]
    write_shard(Path(path), rows)
    return path


def run_dask(
    raws: Iterable[RawDocument | Skipped],
    settings: Settings,
    client: Client,
    out_dir: Path,
    batch_docs: int = BATCH_DOCS,
    on_batch: Callable[[int], None] | None = None,
) -> list[Path]:
    """The shard of every batch of ``raws``, in batch order; only missing shards are computed.

    ``on_batch(n)`` is called when a batch of n inputs is done (or found already done).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    running = as_completed(with_results=False)
    sizes: dict[str, int] = {}
    paths: list[Path] = []

    def finish_one() -> None:
        future = next(running)
        future.result()  # a task's error is raised here; its finished shards are kept
        if on_batch:
            on_batch(sizes[future.key])

    try:
        for index, batch in enumerate(batched(raws, batch_docs)):
            path = out_dir / shard_name(index, batch)
            paths.append(path)
            if path.exists():
                if on_batch:
                    on_batch(len(batch))
                continue
            while running.count() >= IN_FLIGHT_PER_WORKER * workers:
                finish_one()
            # pure=False: a fresh key, so a shard deleted since an earlier run is recomputed
            future = client.submit(process_shard, batch, settings, str(path), pure=False)
            sizes[future.key] = len(batch)
            running.add(future)
        while running.count():
            finish_one()
    finally:
        running.clear()  # cancels what is still queued when an error is raised
    return paths


def load_shards(paths: Iterable[Path], store: Store, run_id: str) -> Loaded:
    """Write the shards' results into ``store`` in order, by the local ingest's rules.

    A shard is written in one transaction (``Store.write_results``), so a load killed midway
    has every shard before it stored and nothing of the shard it was writing. A document already
    stored with the same content hash is not written again (so loading a shard twice adds
    nothing); a skip replaces an earlier skip of the same id. The content hashes come from the
    shards, one per input, so an id read twice keeps its last content.
    """
    loaded = Loaded()
    for path in paths:
        rows = read_shard(path)
        written = store.write_results([(r.result, r.content_hash) for r in rows], run_id)
        tally([row.result for row in rows], written, loaded.counts, loaded.skipped)
    return loaded


def ingest_on(
    client: Client,
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    shard_dir: Path,
    batch_docs: int = BATCH_DOCS,
    progress: Callable[[int], None] | None = None,
    recluster: bool = False,
) -> RunReport:
    """``crosswire.run.ingest.ingest`` with the analysis on ``client``'s cluster."""
    t0 = time.perf_counter()
    run_id = store.start_run(inputs)
    counts: Counter[str] = Counter()

    def todo() -> Iterable[RawDocument | Skipped]:
        for batch in batched(new_inputs(inputs, store, settings, counts), batch_docs):
            # kept before the cluster sees them (the driver holds no inputs afterwards), so
            # documents the pipeline skips keep theirs too, for a later `reanalyse`; a batch's
            # inputs in one transaction, as its shard's results are loaded
            store.write_raws([(raw, digest) for raw, digest in batch if digest is not None])
            # a reader's skip too: the shards carry it, to be written in input order
            yield from (raw for raw, _ in batch)

    with recorded(store, run_id):
        paths = run_dask(todo(), settings, client, shard_dir, batch_docs, progress)
        loaded = load_shards(paths, store, run_id)
        counts.update(loaded.counts)
        return close_run(store, settings, run_id, counts, loaded.skipped, t0, recluster)


def ingest_dask(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    workers: int,
    shard_dir: Path,
    batch_docs: int = BATCH_DOCS,
    progress: Callable[[int], None] | None = None,
    recluster: bool = False,
) -> RunReport:
    """``ingest_on`` a LocalCluster of ``workers`` processes, started here and closed after.

    The dashboard (an HTTP server, needs bokeh for pages) takes a free port: several runs on one
    machine must not compete for 8787.
    """
    with (
        LocalCluster(
            processes=True, n_workers=workers, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        return ingest_on(
            client, inputs, store, settings, shard_dir, batch_docs, progress, recluster
        )
