"""The `crosswire` command. Each command parses its arguments and calls one library function.

The commands live by concern: `analyse` (analyze, ingest, reanalyse), `stories` (stories, show,
story merge|split), `serve` and `export`; `errors` turns every error into one line, `options`
and `output` hold what the commands share. This module builds the group, in the order --help
lists it."""

from __future__ import annotations

from typing import Annotated

import typer

from crosswire.cli.analyse import analyze, ingest, reanalyse
from crosswire.cli.errors import _Commands
from crosswire.cli.export import export
from crosswire.cli.serve import serve
from crosswire.cli.stories import show, stories, story_app

app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    no_args_is_help=True,
    help="News reports into a checked record of who did what to whom, when, according to whom.",
)


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


app.command()(analyze)
app.command()(stories)
app.command()(ingest)
app.command()(show)
app.command()(serve)
app.command()(export)
app.command()(reanalyse)
app.add_typer(story_app, name="story")


def main() -> None:
    app()
