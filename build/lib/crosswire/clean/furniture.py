"""Page furniture in a text: widget lines, promos, bylines and related-headline blocks.

Rules come from ``data/furniture.tsv``; matching is on whole lines, so a body sentence that
merely mentions "comments" is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crosswire.clean.lines import Line, split_lines
from crosswire.clean.rules import alternation, load_rules
from crosswire.types import Removed

RULES = "furniture.tsv"
# Headlines under a "related" heading are short and do not end like a sentence; 20 words is above
# the longest headline of the news pages we looked at and below most body paragraphs.
HEADLINE_MAX_WORDS = 20
# Characters that glue widgets on one line ("Share | Comments", "Copy link · Copied").
_GLUE = r"[\s:|·•/,>»›-]*"


@dataclass(frozen=True, slots=True)
class Furniture:
    removed: tuple[Removed, ...]
    authors: tuple[str, ...]  # names taken from byline lines


@dataclass(frozen=True, slots=True)
class _Matchers:
    widgets: re.Pattern[str]
    lines: re.Pattern[str]
    related: re.Pattern[str]
    bylines: tuple[re.Pattern[str], ...]


@cache
def _matchers() -> _Matchers:
    rules = load_rules(RULES)
    widget = alternation(rules, "widget")
    return _Matchers(
        widgets=re.compile(rf"{widget}(?:{_GLUE}{widget})*[\s:.!]*", re.I),
        lines=re.compile(alternation(rules, "line"), re.I),
        related=re.compile(rf"{alternation(rules, 'related')}[\s:.]*", re.I),
        bylines=tuple(re.compile(r.pattern) for r in rules if r.kind == "byline"),
    )


def is_headline(line: Line) -> bool:
    return line.words <= HEADLINE_MAX_WORDS and not line.ends_sentence


def _line_reason(m: _Matchers, line: Line) -> str | None:
    if m.widgets.fullmatch(line.norm) or m.lines.fullmatch(line.norm):
        return "furniture"
    return None


def _byline(m: _Matchers, line: Line) -> tuple[str, ...] | None:
    for pattern in m.bylines:
        hit = pattern.fullmatch(line.norm)
        if hit:
            return (hit.group("names"),)
    return None


def _related_end(m: _Matchers, lines: tuple[Line, ...], i: int) -> int:
    """Index of the last line of the related block whose heading is ``lines[i]``."""
    last = i
    for j in range(i + 1, len(lines)):
        if not (is_headline(lines[j]) or _line_reason(m, lines[j])):
            break
        last = j
    return last


def find_furniture(text: str) -> Furniture:
    """Furniture spans (reasons "furniture" and "related") and byline names of ``text``."""
    m = _matchers()
    lines = split_lines(text)
    removed: list[Removed] = []
    authors: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if m.related.fullmatch(line.norm):
            last = _related_end(m, lines, i)
            removed.append(Removed(line.start, lines[last].end, "related"))
            i = last + 1
            continue
        names = _byline(m, line)
        if names or _line_reason(m, line):
            removed.append(Removed(line.start, line.end, "furniture"))
            authors.extend(names or ())
        i += 1
    return Furniture(tuple(removed), tuple(authors))
