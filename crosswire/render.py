"""The story dossier in the terminal (rich). Presentation only: data comes from dossier.py."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosswire.dossier import Dossier
from crosswire.records import UNNAMED
from crosswire.types import StoryEvent

STATUS_STYLE = {"corroborated": "green", "single-source": "yellow", "conflicting": "red"}
# Below this many columns the eight-column timeline squeezes each cell to a few letters
# ("2021-1…", "corrob…"): each event is then a block of wrapped lines under its date.
WIDE_TIMELINE = 120
DAY_WIDTH = 10  # "2021-10-18"


def _sources(d: Dossier) -> Table:
    t = Table(title="Sources", expand=True)
    for col in ("article", "outlet", "published", "title"):
        t.add_column(col, overflow="fold")  # an id or URL cut with "…" could not be copied
    for s in d.sources:
        when = f"{s.published or '?'} ({s.published_source or 'unknown'})"
        note = (f" (copy of {s.copy_of})", "dim") if s.copy_of else ""
        # Text, not markup: a title such as "[VIDEO] ..." is data, not a style
        t.add_row(
            Text.assemble(s.article_id, note), Text(s.outlet or ""), when, Text(s.title or "")
        )
    return t


FACT_STYLE = {"corroborated": ("agree", "green"), "conflicting": ("differ", "red"),
              "single-source": ("one source", "yellow")}  # fmt: skip


def _facts(e: StoryEvent) -> Text:
    """Dates and numbers the reports state, and whether their sources agree."""
    parts = []
    for f in e.facts:
        if f.about == "modality":
            continue
        shown = "/".join(v.value for v in f.values)
        parts.append(Text.assemble(f"{f.about} {shown} ", FACT_STYLE.get(f.status, f.status)))
    return Text("; ").join(parts)


def _actor(name: str | None, code: str | None) -> Text:
    if not name:
        return Text(code or "", style="bold")
    return Text.assemble((name, "bold"), (f" {code}", "dim") if code else "")


def _status(status: str | None) -> Text:
    return Text(status or "", style=STATUS_STYLE.get(status or "", "white"))


def _did(e) -> Text:
    return Text.assemble(e.family or e.plover, (f" {e.cameo}/{e.plover}", "dim"))


def _reported(e) -> Text:
    n = len(e.independent_sources)
    return Text.assemble(", ".join(e.outlets), (f" ({n} independent)", "dim"))


def _timeline_blocks(d: Dossier) -> Table:
    """The timeline for a narrow terminal: the date, then the event in a few wrapped lines."""
    t = Table.grid(padding=(0, 1, 1, 0), expand=True)
    t.title = "Timeline of events"
    t.add_column(width=DAY_WIDTH, overflow="fold")
    t.add_column(ratio=1, overflow="fold")
    for e in d.events:
        lines = [
            Text.assemble(_actor(e.source_name or UNNAMED, e.source_code), " → ",
                          _actor(e.target_name, e.target_code)),
            Text.assemble(_did(e), f" · {e.modality or ''} · ", _status(e.status)),
            Text.assemble("reported by ", _reported(e)),
        ]  # fmt: skip
        if facts := _facts(e):
            lines.append(Text.assemble("facts: ", facts))
        t.add_row(Text(e.date or "?"), Text("\n").join(lines))
    return t


def _timeline(d: Dossier) -> Table:
    t = Table(title="Timeline of events", expand=True)
    for col in ("date", "who", "did", "to whom", "modality", "reported by", "facts", "status"):
        t.add_column(col)
    for e in d.events:
        t.add_row(
            Text(e.date or "?"),
            _actor(e.source_name or UNNAMED, e.source_code),
            _did(e),
            _actor(e.target_name, e.target_code),
            Text(e.modality or ""),
            _reported(e),
            _facts(e),
            _status(e.status),
        )
    return t


def _quotes(d: Dossier) -> Table:
    t = Table(title="Quotes by speaker", expand=True, show_lines=True)
    t.add_column("speaker")
    t.add_column("quote")
    for sq in d.quotes:
        lines = Text()
        for i, (quote, aid, direct) in enumerate(sq.quotes):
            shown = f"“{quote}”" if direct else quote
            lines.append(("\n" if i else "") + shown)
            lines.append(f"  [{aid}]", style="dim")
        t.add_row(Text(sq.speaker), lines)
    return t


def _differences(d: Dossier) -> Table | Text:
    if not d.differences:
        return Text("The sources do not differ on any event's date or modality.", style="dim")
    t = Table(title="Where the sources differ", expand=True)
    for col in ("about", "event", "values"):
        t.add_column(col)
    for diff in d.differences:
        values = "; ".join(f"{v.value}: {', '.join(v.article_ids)}" for v in diff.values)
        t.add_row(diff.about, Text(diff.event), Text(values))
    return t


def render_dossier(d: Dossier, console: Console) -> None:
    s = d.story
    span = f"{s.start or '?'} – {s.end or '?'}"
    console.print(
        Panel(
            Group(Text(s.title or s.id, style="bold"), Text(f"story {s.id} · {span}")),
            title="crosswire story",
        )
    )
    timeline = _timeline(d) if console.width >= WIDE_TIMELINE else _timeline_blocks(d)
    for part in (_sources(d), timeline, _quotes(d), _differences(d)):
        console.print(part)
