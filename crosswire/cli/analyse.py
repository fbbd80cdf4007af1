"""The commands that run the pipeline: `analyze` to JSON lines, `ingest` and `reanalyse` into
the store."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from crosswire.cli.errors import _errors, err
from crosswire.cli.options import Config, Db, Quiet, Workers, _settings, _total, _workers
from crosswire.cli.output import _output, _progress, _report
from crosswire.extras import require


def analyze(
    inputs: Annotated[
        list[str],
        typer.Argument(help="files or folders (.jsonl, .txt, .html, feeds, WARC), URLs, @URL-LIST"),
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="JSONL file, or - for stdout")
    ] = "-",
    config: Config = None,
    workers: Workers = None,
    quiet: Quiet = False,
) -> None:
    """Analyse documents: one JSON record per document, in input order."""
    from collections import Counter

    from crosswire.dedup import CopyIndex, body_text
    from crosswire.ingest.files import read_inputs
    from crosswire.records import to_record
    from crosswire.run.local import run_local
    from crosswire.types import Skipped

    settings = _settings(config)
    skipped: Counter[str] = Counter()
    copies, n = CopyIndex(settings.dedup), Counter[str]()
    raws = read_inputs(inputs, settings.ingest.max_bytes, settings.fetch)
    shown = output != "-" and not quiet
    total = _total(inputs) if shown else None
    with _errors(), _output(output) as out, _progress("analyse", shown, total) as advance:
        for result in run_local(raws, settings, on_batch=advance, workers=_workers(workers)):
            n["read"] += 1
            if isinstance(result, Skipped):
                skipped[result.reason] += 1
            else:
                n["analysed"] += 1
                n["copies"] += bool(copies.add(str(n["read"]), body_text(result.article)))
            out.write(json.dumps(to_record(result), ensure_ascii=False) + "\n")
    _report(
        {"read": n["read"], "analysed": n["analysed"], "skipped": sum(skipped.values()),
         "copies": n["copies"]},
        dict(skipped),
    )  # fmt: skip


class Executor(StrEnum):
    local = "local"
    dask = "dask"


def ingest(
    inputs: Annotated[
        list[str], typer.Argument(help="files or folders (also feeds, WARC), URLs, @URL-LIST")
    ],
    db: Db = None,
    config: Config = None,
    executor: Annotated[
        Executor, typer.Option("--executor", help="local: this process; dask: a LocalCluster")
    ] = Executor.local,
    workers: Workers = None,
    shard_dir: Annotated[
        Path | None, typer.Option("--shard-dir", help="dask result shards (default: DB.shards/)")
    ] = None,
    recluster: Annotated[
        bool, typer.Option("--recluster", help="group every stored article afresh")
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Analyse documents into the store, then link copies and group stories.

    New articles join the stored stories or open new ones; stored stories stay as they are
    unless --recluster is given. Articles placed with `crosswire story` stay where placed."""

    from crosswire.run.ingest import ingest as run_ingest
    from crosswire.store.duckdb_store import Store
    from crosswire.store.snapshot import publish

    if executor is Executor.local and shard_dir:
        raise typer.BadParameter("--shard-dir needs --executor dask")
    settings = _settings(config, db)
    total = None if quiet else _total(inputs)
    n = _workers(workers)
    with (
        _errors(),
        Store(settings.store.path) as store,
        _progress("ingest", not quiet, total) as advance,
    ):
        if executor is Executor.dask:
            require("dask", "--executor dask")
            from crosswire.run.dask import ingest_dask

            shards = shard_dir or Path(f"{settings.store.path}.shards")
            report = ingest_dask(
                inputs, store, settings, n, shards, progress=advance, recluster=recluster
            )
        else:
            report = run_ingest(
                inputs, store, settings, progress=advance, recluster=recluster, workers=n
            )
        publish(store)  # a running `crosswire serve` switches to it (store/snapshot.py)
    _report(report.counts, report.skipped)
    err.print(f"store: {settings.store.path} ({report.seconds:.1f} s)")


def reanalyse(
    ids: Annotated[
        list[str] | None, typer.Argument(help="article ids (default: every kept input)")
    ] = None,
    db: Db = None,
    config: Config = None,
    workers: Workers = None,
    quiet: Quiet = False,
) -> None:
    """Re-run the pipeline on the raw inputs kept in the store, then refresh stories."""
    from crosswire.run.ingest import reanalyse as run_reanalyse
    from crosswire.store.duckdb_store import Store
    from crosswire.store.snapshot import publish

    settings = _settings(config, db)
    with (
        _errors(),
        Store(settings.store.path) as store,
        _progress("reanalyse", not quiet) as advance,
    ):
        report = run_reanalyse(
            store, settings, ids or None, progress=advance, workers=_workers(workers)
        )
        publish(store)
    _report(report.counts, report.skipped)
    err.print(f"store: {settings.store.path} ({report.seconds:.1f} s)")
