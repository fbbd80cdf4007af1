"""`crosswire export`: the store in researchers' formats, the format told by --format or the
extension of -o, and one line saying what was written."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Annotated

import typer

from crosswire.cli.errors import _errors, err
from crosswire.cli.options import Config, Db, _settings
from crosswire.cli.output import _output
from crosswire.errors import InputError


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
    from crosswire.store.exports import FORMATS, export_parquet, export_text, left_out

    settings = _settings(config, db)
    fmt = _export_format(what, fmt, output, FORMATS)
    with _errors(), Store(settings.store.path, read_only=True) as store:
        if fmt != "parquet":
            chunks = export_text(store.connection, what, fmt, min_confidence)
            n = 0
            with _output(output) as out:
                for chunk in chunks:
                    out.write(chunk)
                    n += _records(fmt, chunk)
            n = max(0, n - ((what, fmt) in HEADED))
            if note := left_out(store.connection, what, fmt, min_confidence):
                err.print(note)
        elif output != "-":
            _check_folder(output)
            export_parquet(store.connection, what, output, min_confidence)
            n = _parquet_rows(output)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                path = str(Path(tmp) / "export.parquet")
                export_parquet(store.connection, what, path, min_confidence)
                n = _parquet_rows(path)
                with open(path, "rb") as fh:
                    shutil.copyfileobj(fh, sys.stdout.buffer)
    where = "stdout" if output == "-" else output
    err.print(f"wrote {n} {UNITS.get(fmt, 'rows')} of {what} as {fmt} to {where}")


# The export formats a file extension names, for `export -o FILE` without --format: an
# extension that names none, or several (.tsv: GDELT or ICEWS), needs --format.
EXTENSION_FORMATS: dict[str, tuple[str, ...]] = {
    ".csv": ("csv",),
    ".tsv": ("gdelt", "icews"),
    ".parquet": ("parquet",),
    ".jsonl": ("plover", "jsonl"),
    ".ndjson": ("plover", "jsonl"),
    ".json": ("timelinejs",),
    ".gexf": ("gexf",),
}
# GDELT's own files are tab-separated but named .CSV: --format gdelt may write one.
ALSO_WRITES = {"gdelt": (".csv",)}
# The text exports whose first line names the columns (not a record to count).
HEADED = frozenset({("events", "csv"), ("mentions", "csv"), ("stories", "csv"),
                    ("events", "gdelt"), ("events", "icews")})  # fmt: skip
UNITS = {"gexf": "edges", "timelinejs": "slides"}  # what a record of the format is


def _export_format(what: str, fmt: str | None, output: str, formats: dict) -> str:
    """--format, else the one format of ``what`` the extension of -o names; InputError when
    it names none or several, or when it contradicts --format. To stdout: the default."""
    if what not in formats:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(formats)}")
    ext = Path(output).suffix.lower() if output != "-" else ""
    named = tuple(f for f in EXTENSION_FORMATS.get(ext, ()) if f in formats[what])
    if fmt:
        if ext in EXTENSION_FORMATS and fmt not in named and ext not in ALSO_WRITES.get(fmt, ()):
            raise InputError(
                f"-o {output} names a {ext} file but --format {fmt} writes another: "
                "rename the file or drop --format"
            )
        return fmt
    if output == "-":
        return formats[what][0]
    if len(named) == 1:
        return named[0]
    choices = " or ".join(named or formats[what])
    if named:
        said = f"a {ext} file of {what} can be {choices}"
    else:
        said = f"{ext or 'no extension'} is not a format of {what} ({choices})"
    raise InputError(f"cannot tell the format of -o {output}: {said}: give --format")


def _records(fmt: str, chunk: str) -> int:
    """The records in a chunk of a text export (chunks end where a record ends)."""
    if fmt in ("csv", "gdelt", "icews"):
        return sum(
            1 for _ in csv.reader(io.StringIO(chunk), delimiter="," if fmt == "csv" else "\t")
        )
    if fmt == "gexf":
        return chunk.count("<edge ")
    if fmt == "timelinejs":
        return chunk.count('"unique_id"')  # a key of every slide; escaped inside strings
    return chunk.count("\n")  # JSON lines


def _parquet_rows(path: str) -> int:
    import pyarrow.parquet as pq

    return pq.read_metadata(path).num_rows


def _check_folder(path: str) -> None:
    if not Path(path).parent.is_dir():
        raise InputError(f"cannot write -o {path}: folder {Path(path).parent} does not exist")
