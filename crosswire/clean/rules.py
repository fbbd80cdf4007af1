"""Loading the clean stage's data files: TSV rule tables and word lists, once, immutably."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crosswire import tables
from crosswire.errors import DataError


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: str
    comment: str


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """Rows of a ``kind<TAB>pattern<TAB>comment`` file; ``#`` lines and the header are skipped."""
    rows: list[Rule] = []
    table = tables.rows("crosswire.clean", f"data/{name}")
    for number, parts in enumerate(table[1:], start=2):
        if len(parts) != 3:
            line = "\t".join(parts)
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
    return frozenset(tables.lines("crosswire.clean", f"data/{name}", strip=True))


def alternation(rules: tuple[Rule, ...], kind: str) -> str:
    """The patterns of one kind as a single non-capturing alternation."""
    patterns = [r.pattern for r in rules if r.kind == kind]
    if not patterns:
        raise DataError(f"no rules of kind {kind!r}")
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
