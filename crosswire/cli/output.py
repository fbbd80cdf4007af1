"""What the commands share on the way out: the -o file, the progress bar and the run report."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

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

from crosswire.cli.errors import err
from crosswire.errors import InputError


@contextmanager
def _progress(
    label: str, enabled: bool = True, total: int | None = None, console: Console | None = None
):
    """A bar with count, rate and time left when ``total`` is known, else a spinner with
    count and rate; nothing when not ``enabled`` or when stderr is no terminal. Drawn on
    ``console``, by default the commands' stderr."""
    console = console or err
    shape = (BarColumn(), MofNCompleteColumn()) if total else (SpinnerColumn(), _Count())
    with Progress(
        TextColumn(label),
        *shape,
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        *((TextColumn("left"), TimeRemainingColumn()) if total else ()),
        console=console,
        transient=True,
        disable=not (enabled and console.is_terminal),
    ) as bar:
        task = bar.add_task(label, total=total, rate="")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f}/s" if speed else "")

        yield advance


class _Count(ProgressColumn):
    """Documents done when the total is unknown."""

    def render(self, task) -> Text:
        return Text(f"{int(task.completed)}")


@contextmanager
def _output(path: str):
    if path == "-":
        yield sys.stdout
        return
    try:
        fh = open(path, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InputError(f"cannot write -o {path}: {_reason(exc, path)}") from exc
    with fh:
        yield fh


def _reason(exc: OSError, path: str) -> str:
    """Why a file cannot be written, in words: the missing folder named."""
    folder = Path(path).parent
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return f"folder {folder} does not exist (create it first)"
    return exc.strerror or str(exc)


def _report(counts: dict[str, int], skipped: dict[str, int]) -> None:
    parts = [f"{k} {v}" for k, v in counts.items()]
    err.print("[bold]run:[/bold] " + ", ".join(parts))
    if skipped:
        err.print(
            "[bold]skipped:[/bold] " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items()))
        )


def _stdout_console() -> Console:
    """The terminal's width on a terminal; else COLUMNS, or 80 (a file, a pipe), where rich
    would take the width of whichever of stdin and stderr is a terminal."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit():
        return Console()
    return Console(width=80)
