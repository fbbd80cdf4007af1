"""Benchmark results as a plain table for the terminal and as Markdown for docs/BENCHMARKS.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from corpus import SYNTHETIC
from measure import Machine, Result


@dataclass(frozen=True, slots=True)
class RunInfo:
    command: str
    day: str  # UTC date, YYYY-MM-DD
    machine: Machine


@dataclass(frozen=True, slots=True)
class Ran:
    """A result with the machine's load average just before and just after it ran."""

    result: Result
    load_before: str
    load_after: str


def _rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def _source(result: Result) -> str:
    if result.corpus == SYNTHETIC:
        return "synthetic corpus (the shared datasets were not found)"
    return f"`{result.corpus}` read at run time"


def table(results: Sequence[Result]) -> str:
    lines = [f"{'benchmark':<10} {'what':<44} {'n':>10} {'unit':<11} {'seconds':>8} {'per s':>11}"]
    for r in results:
        for row in r.rows:
            lines.append(
                f"{r.name:<10} {row.what:<44} {row.n:>10,} {row.unit:<11} "
                f"{row.seconds:>8.2f} {_rate(row.rate):>11}"
            )
        for what, value in r.ratios:
            lines.append(f"{r.name:<10} {'ratio: ' + what:<77} {value:>11.2f}")
        if r.corpus == SYNTHETIC:
            lines.append(f"{r.name:<10} NOTE: synthetic corpus, the shared datasets were not found")
    return "\n".join(lines)


def markdown(runs: Sequence[Ran], info: RunInfo) -> str:
    out = []
    for ran in runs:
        r = ran.result
        out += [
            f"## {r.title}",
            "",
            f"- command: `{info.command}`",
            f"- date: {info.day}",
            f"- machine: {info.machine.line()}",
            f"- load average (1, 5, 15 min) before / after: {ran.load_before} / {ran.load_after}",
            f"- input: {_source(r)}",
            *(f"- {note}" for note in r.notes),
            "",
            "| what | n | unit | seconds | per second |",
            "|---|--:|---|--:|--:|",
        ]
        out += [
            f"| {row.what} | {row.n:,} | {row.unit} | {row.seconds:.2f} | {_rate(row.rate)} |"
            for row in r.rows
        ]
        if r.ratios:
            out += ["", "| ratio (same run) | value |", "|---|--:|"]
            out += [f"| {what} | {value:.2f} |" for what, value in r.ratios]
        out.append("")
    return "\n".join(out)
