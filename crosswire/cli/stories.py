"""The commands over stories: `stories` (group JSON lines, or list a store's), `show` (a
dossier) and `story merge|split` (correct the grouping in the store)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from crosswire.cli.errors import _errors, err
from crosswire.cli.options import Config, Db, _settings
from crosswire.cli.output import _output, _stdout_console
from crosswire.settings import Settings

LIST = "list"  # `crosswire stories list`: a JSONL file named so is ./list


def stories(
    input: Annotated[
        str,
        typer.Argument(
            metavar="IN.jsonl|list",
            help="JSONL: input records or analyze output; or `list`: the stories of a store",
        ),
    ],
    output: Annotated[str, typer.Option("-o", "--output")] = "-",
    db: Annotated[str | None, typer.Option("--db", help="the store `stories list` reads")] = None,
    config: Config = None,
) -> None:
    """Group documents into stories: one JSON line per story.

    `crosswire stories list --db FILE`: the stories in a store, most recent first, one line
    each: id, first/last day, articles, title."""
    if input == LIST:
        _list_stories(_settings(config, db), output)
        return
    if db:
        raise typer.BadParameter("--db is for `crosswire stories list`: IN.jsonl needs no store")
    from crosswire.ingest.files import read_jsonl_records
    from crosswire.pipeline import documents_of_records
    from crosswire.stories.records import stories_of_documents

    settings = _settings(config)
    with _errors(), _output(output) as out:
        docs = list(documents_of_records(read_jsonl_records(Path(input)), settings))
        for line in stories_of_documents(docs, settings):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def _list_stories(settings: Settings, output: str) -> None:
    from crosswire.store.duckdb_store import Store

    with Store(settings.store.path, read_only=True) as store:
        found = store.stories()
    # most recent first (by last, then first day), undated last, as the API lists them
    found.sort(key=lambda s: (str(s.end or s.start or ""), str(s.start or ""), s.id), reverse=True)
    with _output(output) as out:
        for s in found:
            out.write(_story_line(s) + "\n")
    err.print(f"{len(found)} stories in {settings.store.path}")


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
        dossier = build_dossier(store, None if latest and not story else story)
    render_dossier(dossier, _stdout_console())


story_app = typer.Typer(help="Correct story grouping in the store: merge or split stories.")


def _story_line(s) -> str:
    """A story in a tab-separated line: id, first/last day, articles, title."""
    n = len(s.article_ids)
    span = f"{s.start or '?'}/{s.end or '?'}"
    return f"{s.id}\t{span}\t{n} article{'s' * (n != 1)}\t{s.title or ''}"


def _print_stories(*stories) -> None:
    for s in stories:
        typer.echo(_story_line(s))


@story_app.command("merge")
def story_merge(
    story_ids: Annotated[list[str], typer.Argument(help="two or more story ids; the first stays")],
    db: Db = None,
    config: Config = None,
) -> None:
    """Merge stories into the first one; later ingests keep them together."""
    from crosswire.run.edit import merge_stories
    from crosswire.store.duckdb_store import Store
    from crosswire.store.snapshot import publish

    settings = _settings(config, db)
    with _errors(), Store(settings.store.path) as store:
        _print_stories(merge_stories(store, settings, story_ids))
        publish(store)  # a running `crosswire serve` shows the edit


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
    from crosswire.store.snapshot import publish

    settings = _settings(config, db)
    with _errors(), Store(settings.store.path) as store:
        _print_stories(*split_story(store, settings, story_id, article_ids))
        publish(store)
