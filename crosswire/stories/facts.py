"""Facts that reports of one event state, in forms that can be compared across outlets.

Numbers are read from the mention's sentence without a parser: the count in front of the
target ("three Chilean officials", "3 Chilean diplomats") and a change ("doubled", "from 30 to
60", "cut by 25%") as a ratio, so that "doubled" agrees with "from 30 to 60". The dead and
wounded are read by ``casualties``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from crosswire import tables
from crosswire.types import Event

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
}  # fmt: skip
RATIO_WORDS = {"halved": 0.5, "halve": 0.5, "halving": 0.5, "doubled": 2.0, "double": 2.0,
               "tripled": 3.0, "quadrupled": 4.0}  # fmt: skip
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(NUMBER_WORDS) + r")"
_FROM_TO = re.compile(rf"\bfrom\s+(?:about\s+)?{_NUM}\s+to\s+(?:about\s+)?{_NUM}\b", re.I)
_BY_PCT = re.compile(rf"\b(cut|reduced|lowered|raised|increased)\s+(?:\w+\s+){{0,4}}?by\s+"
                     rf"{_NUM}\s*(%|per\s*cent|percent)", re.I)  # fmt: skip
_BEFORE_TARGET = re.compile(rf"\b{_NUM}\s+(?:[A-Z][\w-]*\s+)*$")
# Numbers within this many characters before the target phrase count as its count.
TARGET_WINDOW = 40
# Two ratios or counts closer than this relative difference agree (rounding in reports).
TOLERANCE = 0.05


def number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


def change_ratio(sentence: str) -> float | None:
    """The relative change a sentence reports, if any: 'doubled' → 2.0, 'from 30 to 60' → 2.0."""
    m = _FROM_TO.search(sentence)
    if m:
        a, b = number(m.group(1)), number(m.group(2))
        if a and b is not None:
            return round(b / a, 4)
    m = _BY_PCT.search(sentence)
    if m:
        pct = number(m.group(2)) or 0.0
        down = m.group(1).lower() in ("cut", "reduced", "lowered")
        return round(1 - pct / 100 if down else 1 + pct / 100, 4)
    for word in re.findall(r"[a-z]+", sentence.lower()):
        if word in RATIO_WORDS:
            return RATIO_WORDS[word]
    return None


def target_count(text: str, event: Event) -> float | None:
    """The count written in front of the target: 'three Chilean officials' → 3."""
    t = event.target
    if t is None or t.start is None:
        return None
    before = text[max(event.sentence_start, t.start - TARGET_WINDOW) : t.start]
    m = _BEFORE_TARGET.search(before)
    return number(m.group(1)) if m else None


def agree(a: float, b: float, tolerance: float = TOLERANCE) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


@dataclass(frozen=True)
class Family:
    verb: str
    word: str
    name: str


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    table = tables.rows("crosswire.stories", "data/event_families.tsv", min_columns=3, strip=True)
    return tuple(Family(*row[:3]) for row in table)


def family_of(event: Event, table: Sequence[Family] | None = None) -> str:
    """The event family of a mention (see data/event_families.tsv); its PLOVER type otherwise."""
    verb, words = event.pattern_verb, event.pattern_words
    for fam in table if table is not None else families():
        if fam.verb == verb and (
            fam.word == "*" or fam.word in words or fam.word == " ".join(words)
        ):
            return fam.name
    return event.plover or event.cameo
