"""The story dossier in the terminal (rich). Presentation only: data comes from dossier.py."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosswire.dossier import Dossier
from crosswire.records import UNNAMED

STATUS_STYLE = {"corroborated": "green", "single-source": "yellow", "conflicting": "red"}


def _sources(d: Dossier) -> Table:
    t = Table(title="Sources", expand=True)
    for col in ("article", "outlet", "published", "title"):
        t.add_column(col)
    for s in d.sources:
        when = f"{s.published or '?'} ({s.published_source or 'unknown'})"
        note = f" [dim](copy of {s.copy_of})[/dim]" if s.copy_of else ""
        t.add_row(s.article_id + note, s.outlet or "", when, s.title or "")
    return t


FACT_MARK = {"corroborated": "[green]agree[/]", "conflicting": "[red]differ[/]",
             "single-source": "[yellow]one source[/]"}  # fmt: skip


def _facts(row) -> str:
    """Dates and numbers the reports state, and whether their sources agree."""
    parts = []
    for about, status, values in row.facts:
        if about == "modality":
            continue
        shown = "/".join(v for v, _ in values)
        parts.append(f"{about} {shown} {FACT_MARK.get(status, status)}")
    return "; ".join(parts)


def _timeline(d: Dossier) -> Table:
    t = Table(title="Timeline of events", expand=True)
    for col in ("date", "who", "did", "to whom", "modality", "reported by", "facts", "status"):
        t.add_column(col)
    for e in d.events:
        status = e.status or ""
        t.add_row(
            e.date or "?",
            f"{e.source_name or UNNAMED} [dim]{e.source_code or ''}[/dim]",
            f"{e.family or e.plover} [dim]{e.cameo}/{e.plover}[/dim]",
            f"{e.target_name or ''} [dim]{e.target_code or ''}[/dim]",
            e.modality or "",
            ", ".join(e.outlets) + f" [dim]({len(e.independent_sources)} independent)[/dim]",
            _facts(e),
            f"[{STATUS_STYLE.get(status, 'white')}]{status}[/]",
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
        t.add_row(sq.speaker, lines)
    return t


def _differences(d: Dossier) -> Table | Text:
    if not d.differences:
        return Text("The sources do not differ on any event's date or modality.", style="dim")
    t = Table(title="Where the sources differ", expand=True)
    for col in ("about", "event", "values"):
        t.add_column(col)
    for diff in d.differences:
        values = "; ".join(f"{v}: {', '.join(ids)}" for v, ids in diff.values)
        t.add_row(diff.about, diff.event, values)
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
    for part in (_sources(d), _timeline(d), _quotes(d), _differences(d)):
        console.print(part)
