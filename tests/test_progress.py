"""The progress bar knows its total when the inputs tell it cheaply, and stays quiet when asked."""

import gzip
import io
import json

import pytest
from rich.console import Console

from crosswire.cli.output import _progress
from crosswire.ingest.files import count_inputs


def test_inputs_are_counted_as_they_will_be_read(tmp_path):
    lines = [json.dumps({"id": str(i), "text": "Mali thanked Niger."}) for i in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join([lines[0], "", lines[1], "   ", lines[2]]) + "\n")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as fh:
        fh.write(lines[0] + "\n" + lines[1] + "\n")
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("x.txt", "y.html", "notes.xyz", ".hidden.txt"):
        (folder / name).write_text("Chad and Sudan met.")
    assert count_inputs([str(tmp_path / "a.jsonl")]) == 3
    assert count_inputs([str(tmp_path / "b.jsonl.gz"), str(tmp_path / "a.jsonl")]) == 5
    assert count_inputs([str(folder)]) == 3  # the unsupported file is read as a skip
    (folder / "news.rss").write_text("<rss/>")
    assert count_inputs([str(folder)]) is None  # a feed's entries are known once read
    assert count_inputs(["https://news.example.org/a"]) is None


def _shown(enabled: bool, total: int | None, terminal: bool = True) -> str:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=terminal, width=120)
    with _progress("analyse", enabled, total, console=console) as advance:
        for _ in range(4):
            advance(2)
    return buf.getvalue()


@pytest.mark.parametrize(("total", "seen", "unseen"), [(8, "8/8", ""), (None, "8", "/8")])
def test_a_bar_with_its_total_or_a_count_without(total, seen, unseen):
    out = _shown(True, total)
    assert seen in out and "/s" in out
    assert ("left" in out) == (total is not None)
    if unseen:
        assert unseen not in out


def test_quiet_or_no_terminal_shows_nothing():
    assert _shown(False, 8) == ""
    assert _shown(True, 8, terminal=False) == ""
