"""Photo captions in a text: lines ending with a credit, their title lines, and repeats.

Credits come from ``data/captions.tsv``. A caption is kept in the text but listed apart, so the
analysis skips it while a reader can still see it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from crosswire.clean.lines import Line, adjacent, split_lines
from crosswire.clean.rules import alternation, load_rules
from crosswire.types import Caption

RULES = "captions.tsv"
# The longest caption paragraph we expect; body paragraphs can end oddly but are rarely this
# short AND credited. Wire captions run to ~450 characters (AP's are the longest).
CAPTION_MAX_CHARS = 700
# A caption title ("Flood Barriers at the Port of Callao") is a label, not a sentence.
TITLE_MAX_WORDS = 12
# A repeated line must be long enough that repeating it is not chance.
REPEAT_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Credits:
    end: re.Pattern[str]
    start: re.Pattern[str]


@cache
def _credits() -> _Credits:
    rules = load_rules(RULES)
    return _Credits(
        end=re.compile(rf"{alternation(rules, 'end')}\.?$"),
        start=re.compile(alternation(rules, "start")),
    )


def has_credit(line: Line) -> bool:
    """True when ``line`` reads as a credited photo caption."""
    text = line.norm
    if len(text) > CAPTION_MAX_CHARS:
        return False
    c = _credits()
    if c.start.match(text):
        return True
    # a credit is not a sentence: a final period is only allowed after "(AP Photo/X)."
    return (not text.endswith(".") or text.endswith(").")) and bool(c.end.search(text))


def _repeats(line: Line, following: Line) -> bool:
    # the caption repeats the line and adds its credit
    longer = len(following.norm) > len(line.norm)
    return line.words >= REPEAT_MIN_WORDS and longer and following.norm.startswith(line.norm)


def _is_title(text: str, line: Line, caption: Line, first: Line) -> bool:
    return (
        line is not first
        and adjacent(text, line, caption)
        and line.words <= TITLE_MAX_WORDS
        and not line.norm.endswith((".", ":", ",", ";", "!", "?"))
    )


def _caption_lines(
    text: str, lines: tuple[Line, ...], taken: Collection[int], known: frozenset[str]
) -> set[int]:
    found: set[int] = set()
    for i, line in enumerate(lines):
        if i in taken:
            continue
        if has_credit(line) or line.norm in known:
            found.add(i)
            if i > 0 and i - 1 not in taken:
                before = lines[i - 1]
                if _repeats(before, line) or _is_title(text, before, line, lines[0]):
                    found.add(i - 1)
        elif i + 1 < len(lines) and _repeats(line, lines[i + 1]):
            found.add(i)
    return found


def find_captions(
    text: str, taken: Collection[tuple[int, int]] = (), known: Collection[str] = ()
) -> tuple[Caption, ...]:
    """Captions of ``text``, none inside a ``taken`` span; ``known`` caption texts (HTML
    figcaptions) count as captions wherever a line equals one of them."""
    lines = split_lines(text)
    blocked = {
        i for i, ln in enumerate(lines) if any(s < ln.end and ln.start < e for s, e in taken)
    }
    norm_known = frozenset(" ".join(k.split()) for k in known)
    found = sorted(_caption_lines(text, lines, blocked, norm_known))
    groups: list[list[int]] = []
    for i in found:
        if groups and groups[-1][-1] == i - 1 and adjacent(text, lines[i - 1], lines[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    spans = ((lines[g[0]].start, lines[g[-1]].end) for g in groups)
    return tuple(Caption(s, e, text[s:e]) for s, e in spans)
