"""The dead and wounded a report's sentence counts, as values to compare across outlets.

Read without a parser, around each number of the sentence in text order: what stands before it
("killing at least 12", "the death toll rose to 31") or after it ("12 people were killed",
"three died", "17 wounded"). A number is no count of victims when it is an age ("aged 45", "a
17-year-old"), a span of time ("two years after", "10 days ago"), a part ("one of the three",
"none of the 40", "including 2 children"), a denial ("no one", "not one"), an increment ("five
more", "another 3"), a ceiling ("up to 30") or a year; "dozens" and "half a dozen" are no count
either. A floor ("at least 12", "more than a dozen") is a lower bound; "about", "nearly" and the
like make a count approximate. A death toll counts the dead when no other count does.

Not read apart: counts split by kind of victim ("19 children and 2 teachers" reads 19), and the
dead of another act told in the sentence ("the deadliest since 2017, when 52 were killed").

Values are strings: "12", "at least 12", "about 12" (``casualties_agree`` compares them).
"""

from __future__ import annotations

import re

from crosswire.stories.facts import NUMBER_WORDS, agree

KINDS = ("killed", "wounded")
# number words below a hundred ("dozen" is read as a multiplier, "dozens" as no count)
UNITS = {w: n for w, n in NUMBER_WORDS.items() if n < 100 and not w.startswith("dozen")}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Approximate counts agree within this relative difference (others as ``facts.agree`` has it).
APPROXIMATE_TOLERANCE = 0.2

_WORD = "|".join([*UNITS, *SCALES, "dozen"])
_NUMBER = re.compile(
    rf"(?<![\w.,-])(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)"
    rf"(?:\s+({'|'.join(SCALES)}))?(?![\w-])",
    re.I,
)
# Before the number, with "a" before "dozen" ("more than a dozen"): a floor, an approximation,
# words that say nothing of it ("a total of")
_FLOOR = re.compile(
    r"\b(?:at\s+least|more\s+than|over|no\s+fewer\s+than|not\s+less\s+than)(?:\s+a)?\s*$", re.I
)
_APPROX = re.compile(
    r"\b(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated)(?:\s+a)?\s*$",
    re.I,
)
_NEUTRAL = re.compile(r"\b(?:a\s+total\s+of|a)\s*$", re.I)
# It names no victims, or only some ("aged 45", "one of the three", "no one", "not one",
# "none of 40", "another 3", "up to 30", "including 2 children")
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|none|aged|age|of(?:\s+the)?|than|by|another|further|up\s+to|including|"
    r"half(?:\s+a)?)\s*$",
    re.I,
)
# After it: a span of time, an age, a share or an increment
_NOT_AFTER = re.compile(
    r"^(?:-|\s+(?:years?|days?|weeks?|months?|hours?|minutes?|decades?|times|ago|percent|"
    r"per\s*cent|more|other|additional)\b|\s*%)",
    re.I,
)
_VERB_BEFORE = re.compile(
    r"\b(killed|killing|kills|wounded|wounding|injured|injuring|hurt|hurting)\s*$", re.I
)
_TOLL_BEFORE = re.compile(
    r"\bdeath\s+toll\s+(?:[^\W\d][\w'-]*\s+){0,3}?(?:to|at|of|reached|hit|is|was)\s*$", re.I
)
_WHO = r"(?:\s+[^\W\d][\w'-]*){0,3}?"  # up to three words of who: "people", "Afghan soldiers"
_PASSIVE_AFTER = re.compile(
    rf"^(?:{_WHO}\s+(?:were|was|have\s+been|had\s+been|are|been))?\s+"
    rf"(killed|wounded|injured|hurt)\b",
    re.I,
)
_DIED_AFTER = re.compile(rf"^{_WHO}\s+(?:died|dead|deaths|fatalities|have\s+died)\b", re.I)


def casualties(sentence: str) -> dict[str, str]:
    """The dead and wounded a sentence counts: the first count of each kind in text order; a
    death toll when no count of the dead stands on its own ("killed 40 people, raising the
    death toll to 35,000" is 40)."""
    found: dict[str, str] = {}
    toll = None
    for m in _NUMBER.finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        n = _value(m.group(1), m.group(2))
        if n is None or _NOT_AFTER.match(after):
            continue
        qualifier, before = _qualifier(before)
        shown = f"{qualifier}{_shown(n)}"
        if _TOLL_BEFORE.search(before):  # before "of": "a death toll of 12"
            toll = toll or shown
            continue
        if _NOT_BEFORE.search(before):
            continue
        kind = _kind(before, after)
        if kind and kind not in found:
            found[kind] = shown
    if toll and "killed" not in found:
        found["killed"] = toll
    return {k: found[k] for k in KINDS if k in found}


def _qualifier(before: str) -> tuple[str, str]:
    """The floor or approximation a number has, and the text before it without it."""
    for pattern, shown in ((_FLOOR, "at least "), (_APPROX, "about "), (_NEUTRAL, "")):
        if m := pattern.search(before):
            return shown, before[: m.start()]
    return "", before


def _kind(before: str, after: str) -> str | None:
    if m := _VERB_BEFORE.search(before):
        return "killed" if m.group(1).lower().startswith("kill") else "wounded"
    if m := _PASSIVE_AFTER.match(after):
        return "killed" if m.group(1).lower() == "killed" else "wounded"
    if _DIED_AFTER.match(after):
        return "killed"
    return None


def _value(number: str, scale: str | None) -> float | None:
    """A number as written: "1,500", "twenty-five", "two dozen", "3 million"; None for a year
    (four digits from 1900 to 2100)."""
    if number[0].isdigit():
        n = float(number.replace(",", ""))
        if "," not in number and "." not in number and 1900 <= n <= 2100 and not scale:
            return None
    else:
        n = _words(number)
        if n is None:
            return None
    return n * SCALES[scale.lower()] if scale else n


def _words(text: str) -> float | None:
    """ "twenty-five" → 25, "two hundred and ten" → 210, "two dozen" → 24."""
    total = current = 0
    for w in re.split(r"[\s-]+", text.lower()):
        if w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
    value = total + current
    return float(value) if value else None


def _shown(n: float) -> str:
    return str(int(n)) if n.is_integer() else f"{n:g}"


def casualties_agree(a: str, b: str) -> bool:
    """Two counts of the dead agree when equal up to rounding (a fifth for an approximate one)
    or when one is a floor the other meets: "at least 12" and "15" agree, "at least 12" and
    "9" do not, "about 50" and "46" do."""
    (how_a, na), (how_b, nb) = _parts(a), _parts(b)
    close = agree(na, nb, APPROXIMATE_TOLERANCE) if "about" in (how_a, how_b) else agree(na, nb)
    if how_a == "at least" and how_b == "at least":
        return True
    if how_a == "at least":
        return nb >= na or close
    if how_b == "at least":
        return na >= nb or close
    return close


def _parts(value: str) -> tuple[str, float]:
    for how in ("at least", "about"):
        if value.startswith(how + " "):
            return how, float(value[len(how) + 1 :])
    return "", float(value)
