"""The `crosswire` command. Each command parses its arguments and calls one library function."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from crosswire.errors import CrosswireError
from crosswire.settings import Settings, load_settings, with_store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="News reports into a checked record of who did what to whom, when, according to whom.",
)
err = Console(stderr=True, soft_wrap=True)

Config = Annotated[Path | None, typer.Option("--config", help="a TOML settings file")]
Db = Annotated[str | None, typer.Option("--db", help="the DuckDB store (default from settings)")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")]
Workers = Annotated[
    int | None,
    typer.Option("--workers", min=1, help="processes (default: every core; 1: this one)"),
]


def _version(shown: bool) -> None:
    if shown:
        from importlib.metadata import version

        typer.echo(f"crosswire {version('crosswire')}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="show the version"),
    ] = False,
) -> None:
    """News reports into a checked record of who did what to whom, when, according to whom."""


def _settings(config: Path | None, db: str | None = None) -> Settings:
    settings = load_settings(config)
    return with_store(settings, db) if db else settings


@contextmanager
def _errors():
    try:
        yield
    except CrosswireError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@contextmanager
def _progress(label: str, enabled: bool = True, total: int | None = None):
    """A bar with count, rate and time left when ``total`` is known, else a spinner with
    count and rate; nothing when not ``enabled`` or when stderr is no terminal."""
    shape = (BarColumn(), MofNCompleteColumn()) if total else (SpinnerColumn(), _Count())
    with Progress(
        TextColumn(label),
        *shape,
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        *((TextColumn("left"), TimeRemainingColumn()) if total else ()),
        console=err,
        transient=True,
        disable=not (enabled and err.is_terminal),
    ) as bar:
        task = bar.add_task(label, total=total, rate="")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f}/s" if speed else "")

        yield advance


def _workers(asked: int | None) -> int:
    """The processes a command runs on: as asked, else every core."""
    from crosswire.run.local import default_workers

    return asked or default_workers()


def _total(inputs: list[str]) -> int | None:
    """The number of documents, when the inputs tell it cheaply (a missing one: later)."""
    from crosswire.ingest.files import count_inputs

    try:
        return count_inputs(inputs)
    except OSError:
        return None


class _Count(ProgressColumn):
    """Documents done when the total is unknown."""

    def render(self, task) -> Text:
        return Text(f"{int(task.completed)}")


@contextmanager
def _output(path: str):
    if path == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8") as fh:
            yield fh


def _report(counts: dict[str, int], skipped: dict[str, int]) -> None:
    parts = [f"{k} {v}" for k, v in counts.items()]
    err.print("[bold]run:[/bold] " + ", ".join(parts))
    if skipped:
        err.print(
            "[bold]skipped:[/bold] " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items()))
        )


@app.command()
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


@app.command()
def stories(
    input: Annotated[Path, typer.Argument(help="JSONL: input records or analyze output")],
    output: Annotated[str, typer.Option("-o", "--output")] = "-",
    config: Config = None,
) -> None:
    """Group documents into stories: one JSON line per story."""
    from crosswire.ingest.files import read_jsonl_records
    from crosswire.stories.records import stories_of_records

    settings = _settings(config)
    with _errors(), _output(output) as out:
        for line in stories_of_records(read_jsonl_records(input), settings):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


class Executor(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
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
            from crosswire.run.dask import ingest_dask

            shards = shard_dir or Path(f"{settings.store.path}.shards")
            report = ingest_dask(
                inputs, store, settings, n, shards, progress=advance, recluster=recluster
            )
        else:
            report = run_ingest(
                inputs, store, settings, progress=advance, recluster=recluster, workers=n
            )
    _report(report.counts, report.skipped)
    err.print(f"store: {settings.store.path} ({report.seconds:.1f} s)")


@app.command()
def show(
    story: Annotated[str | None, typer.Argument(help="a story id")] = None,
    latest: Annotated[bool, typer.Option("--latest", help="the most recent story")] = False,
    db: Db = None,
    config: Config = None,
) -> None:
    """Print a story dossier: sources, timeline, quotes by speaker, differences."""
    from crosswire.dossier import build_dossier
    from crosswire.render import render_dossier
    from crosswire.store.duckdb_store import Store

    if not story and not latest:
        raise typer.BadParameter("give a STORY id or --latest")
    settings = _settings(config, db)
    with _errors(), Store(settings.store.path, read_only=True) as store:
        render_dossier(build_dossier(store, None if latest and not story else story), Console())


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    config: Config = None,
) -> None:
    """Serve the JSON API (/api, /docs) and the web pages over a store, read-only."""
    import uvicorn

    from crosswire.api import create_app

    settings = _settings(config, db)
    with _errors():
        web = create_app(settings.store.path, settings.serve.allowed_hosts)
    err.print(f"serving {settings.store.path} on http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="events | mentions | stories | timeline | network")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="events: gdelt|icews|plover|csv|parquet; mentions: "
            "gdelt|csv|parquet; stories: csv|jsonl|parquet; timeline: timelinejs; "
            "network: gexf",
        ),
    ] = None,
    output: Annotated[str, typer.Option("-o", "--output", help="file, or - for stdout")] = "-",
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="only events (and their mentions) coded with at least this confidence; "
            "events, mentions and network exports",
        ),
    ] = None,
    db: Db = None,
    config: Config = None,
) -> None:
    """Export the store in researchers' formats, streamed, with ids and sources in every row."""
    import shutil
    import tempfile

    from crosswire.store.duckdb_store import Store
    from crosswire.store.exports import FORMATS, export_parquet, export_text

    settings = _settings(config, db)
    fmt = fmt or FORMATS.get(what, ("csv",))[0]
    with _errors(), Store(settings.store.path, read_only=True) as store:
        if fmt != "parquet":
            chunks = export_text(store.connection, what, fmt, min_confidence)
            with _output(output) as out:
                for chunk in chunks:
                    out.write(chunk)
        elif output != "-":
            export_parquet(store.connection, what, output, min_confidence)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                path = str(Path(tmp) / "export.parquet")
                export_parquet(store.connection, what, path, min_confidence)
                with open(path, "rb") as fh:
                    shutil.copyfileobj(fh, sys.stdout.buffer)


@app.command()
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

    settings = _settings(config, db)
    with (
        _errors(),
        Store(settings.store.path) as store,
        _progress("reanalyse", not quiet) as advance,
    ):
        report = run_reanalyse(
            store, settings, ids or None, progress=advance, workers=_workers(workers)
        )
    _report(report.counts, report.skipped)
    err.print(f"store: {settings.store.path} ({report.seconds:.1f} s)")


story_app = typer.Typer(help="Correct story grouping in the store: merge or split stories.")
app.add_typer(story_app, name="story")


def _print_stories(*stories) -> None:
    for s in stories:
        typer.echo(f"{s.id}\t{len(s.article_ids)} articles\t{s.title or ''}")


@story_app.command("merge")
def story_merge(
    story_ids: Annotated[list[str], typer.Argument(help="two or more story ids; the first stays")],
    db: Db = None,
    config: Config = None,
) -> None:
    """Merge stories into the first one; later ingests keep them together."""
    from crosswire.run.edit import merge_stories
    from crosswire.store.duckdb_store import Store

    settings = _settings(config, db)
    with _errors(), Store(settings.store.path) as store:
        _print_stories(merge_stories(store, settings, story_ids))


@story_app.command("split")
def story_split(
    story_id: Annotated[str, typer.Argument(help="the story to split")],
    article_ids: Annotated[list[str], typer.Argument(help="the articles that form a new story")],
    db: Db = None,
    config: Config = None,
) -> None:
    """Move articles out of a story into a new one; later ingests keep them apart."""
    from crosswire.run.edit import split_story
    from crosswire.store.duckdb_store import Store

    settings = _settings(config, db)
    with _errors(), Store(settings.store.path) as store:
        _print_stories(*split_story(store, settings, story_id, article_ids))


def main() -> None:
    app()
