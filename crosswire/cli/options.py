"""What the commands share on the way in: their common options, settings and worker count."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from crosswire.settings import Settings, load_settings, with_store

Config = Annotated[Path | None, typer.Option("--config", help="a TOML settings file")]
Db = Annotated[str | None, typer.Option("--db", help="the DuckDB store (default from settings)")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")]
Workers = Annotated[
    int | None,
    typer.Option("--workers", min=1, help="processes (default: every core; 1: this one)"),
]


def _settings(config: Path | None, db: str | None = None) -> Settings:
    settings = load_settings(config)
    return with_store(settings, db) if db else settings


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
