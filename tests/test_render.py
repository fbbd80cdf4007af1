"""The dossier in a terminal: whole words and dates at 80 columns; text from articles is shown as
it is, never read as rich markup."""

import io
from dataclasses import replace

import pytest
from rich.console import Console

from crosswire.dossier import SpeakerQuotes, build_dossier
from crosswire.render import render_dossier
from crosswire.store.duckdb_store import Store
from tests.api.synth import make_store


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    db = make_store(tmp_path_factory.mktemp("render") / "synth.duckdb", n_articles=4)
    with Store(db, read_only=True) as store:
        d = build_dossier(store, "s0000")
    odd = "[VIDEO] Minister says [/] nothing [bold]new[/bold] about the border talks in Geneva"
    quote = "We will not accept any agreement that ignores the people of the valley, " * 3
    return replace(
        d,
        sources=tuple(replace(s, title=odd) for s in d.sources),
        quotes=(SpeakerQuotes("[red]Ana[/red] Ruiz", ((quote, "a00000", True),)),),
    )


def _rendered(d, width: int) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    render_dossier(d, console)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 100])
def test_a_narrow_terminal_gets_whole_words(dossier, width):
    text = _rendered(dossier, width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "…" not in text
    for whole in ("2021-10-01", "corroborated", "CONSULT", "2 independent"):
        assert whole in text, whole


def test_article_text_is_not_markup(dossier):
    text = _rendered(dossier, 160)  # before: MarkupError on "[/]"
    for shown in ("[VIDEO]", "[/]", "[bold]new[/bold]", "[red]Ana[/red]"):
        assert shown in text, shown
