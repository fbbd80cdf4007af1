"""Loading the clean stage's data files: TSV rule tables and word lists, once, immutably."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from crosswire.errors import DataError


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: str
    comment: str


def _data_text(name: str) -> str:
    try:
        return resources.files("crosswire.clean").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise DataError(f"clean data file {name} cannot be read: {exc}") from exc


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """Rows of a ``kind<TAB>pattern<TAB>comment`` file; ``#`` lines and the header are skipped."""
    rows: list[Rule] = []
    lines = [ln for ln in _data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            raise DataError(f"{name}: row {number} has {len(parts)} columns, expected 3: {line!r}")
        try:
            re.compile(parts[1])
        except re.error as exc:
            raise DataError(f"{name}: row {number} has a bad pattern: {exc}") from exc
        rows.append(Rule(*parts))
    return tuple(rows)


@cache
def load_words(name: str) -> frozenset[str]:
    """A one-word-a-line list, ``#`` comments skipped."""
    lines = _data_text(name).splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def alternation(rules: tuple[Rule, ...], kind: str) -> str:
    """The patterns of one kind as a single non-capturing alternation."""
    patterns = [r.pattern for r in rules if r.kind == kind]
    if not patterns:
        raise DataError(f"no rules of kind {kind!r}")
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
