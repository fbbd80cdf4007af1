"""Candidate time expressions found by patterns over a paragraph's text (no spaCy here).

The patterns are built from the word lists in ``data/timex_words.tsv``. Each pattern has a kind
("mdy", "weekday", "duration", ...) that ``normalise`` turns into a TimeML value; the named
groups of the match are kept as the candidate's parts. Spans follow TimeML: determiners and
modifiers ("the past", "last", "early", "almost") are inside, prepositions and signals ("on",
"in", "since", "from") are outside. Candidates may overlap; ``select`` keeps the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from crosswire.errors import DataError

WORDS_FILE = "data/timex_words.tsv"
# Kinds whose candidates need a word of context before they count as time expressions
# (a bare year may be a quantity, a bare month a name or a verb, "spring" a noun).
NEEDS_CONTEXT = frozenset({"year", "month", "season"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word → value tables, one per kind of word (see the header of the data file)."""

    tables: dict[str, dict[str, str]]

    def of(self, kind: str) -> dict[str, str]:
        return self.tables.get(kind, {})


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    parts: tuple[tuple[str, str], ...] = ()
    trusted: bool = False  # the pattern alone makes it a time expression

    def get(self, name: str) -> str | None:
        return dict(self.parts).get(name)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    try:
        text = resources.files("crosswire.nlp.time").joinpath(WORDS_FILE).read_text("utf-8")
    except OSError as exc:
        raise DataError(f"cannot read crosswire/nlp/time/{WORDS_FILE}: {exc}") from exc
    tables: dict[str, dict[str, str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise DataError(
                f"crosswire/nlp/time/{WORDS_FILE}:{n}: expected 3 columns, got {len(cols)}"
            )
        tables.setdefault(cols[1], {})[cols[0].strip().lower()] = cols[2].strip()
    return Lexicon(tables)


def _alt(words, title: bool = False) -> str:
    """A regex alternation of ``words``, longest first; Title-cased when ``title``."""
    forms = sorted(words, key=len, reverse=True)
    if title:
        forms = [w[:1].upper() + w[1:] for w in forms]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)


def _patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    month = _alt(lex.of("month"), title=True)
    abbr = _alt(lex.of("month_abbr"), title=True)
    mon = rf"(?:{month}|(?:{abbr})\.?)"
    wd = _alt(lex.of("weekday"), title=True)
    unit = _alt(lex.of("unit"))
    num = _alt([w for w in lex.of("number") if w not in ("a", "an")])
    vague = _alt(lex.of("vague_number"))
    count = rf"(?:(?:{num})(?:[\s-]+(?:{num}))?|\d+(?:\.\d+)?)(?:\s+and\s+a\s+half)?"
    nx = rf"(?:{count}|{vague}|an?)"
    approx = _alt(lex.of("approx"))
    pod = _alt(lex.of("part_of_day"))
    mod = r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    yr = r"(?:1[6-9]|20)\d\d"
    b, e = r"(?<![\w$£€#])", r"(?![\w])"
    ye = r"(?![\w%]|[-–/]\d|,\d)"
    zone = _alt(lex.of("zone")).upper()
    refs = _alt(lex.of("ref"))
    specs = [
        ("iso", rf"{b}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?{e}"),
        (
            "mdy",
            rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>{yr}))?{e}",
        ),
        (
            "dmy",
            rf"{b}(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?(?P<mon>{mon})(?:,?\s+(?P<y>{yr}))?{e}",
        ),
        ("numeric", rf"{b}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d\d){e}"),
        (
            "month_year",
            rf"{b}(?:(?P<mod>(?i:{mod}))[\s-]+)?(?P<mon>{mon}),?\s+(?:of\s+)?"
            rf"(?P<y>{yr}){ye}",
        ),
        (
            "month",
            rf"{b}(?:(?P<mod>(?i:{mod}))[\s-]+)?(?:(?P<rel>(?i:this|last|next|past|coming))"
            rf"\s+)?(?P<mon>{month}){e}",
        ),
        ("year_range", rf"{b}(?P<y1>{yr})\s*[-–]\s*(?P<y2>(?:1[6-9]|20)?\d\d){ye}"),
        ("year", rf"{b}(?:(?P<mod>(?i:{mod}))[\s-]+)?(?P<y>{yr}){ye}"),
        (
            "decade",
            rf"{b}(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
            rf"(?:(?P<c>1[6-9]|20)|(?P<apos>['’]))(?P<dd>\d)0['’]?s{e}",
        ),
        ("decade", rf"{b}(?P<the>(?i:the))\s+(?P<dd>[2-9])0s{e}"),
        (
            "weekday",
            rf"{b}(?:(?P<rel>(?i:last|next|this|coming|past|previous))\s+)?(?P<wd>{wd})"
            rf"(?:\s+(?P<pod>{pod}))?{e}",
        ),
        ("set_weekday", rf"{b}(?:(?i:every|each)\s+(?P<wd>{wd})|(?P<wds>{wd})s){e}"),
        (
            "rel_day",
            rf"{b}(?i:(?P<pos>earlier|later)\s+)?(?P<rd>(?i:today|tonight|yesterday|"
            rf"tomorrow))(?:\s+(?P<pod>(?i:{pod})))?{e}",
        ),
        ("rel_day", rf"{b}(?P<rd>(?i:this))\s+(?P<pod>(?i:morning|afternoon|evening)){e}"),
        (
            "rel_period",
            rf"{b}(?i:(?P<pos>(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|"
            r"(?:earlier|later)\s+)?(?:the\s+)?(?P<rel>this|last|next|past|coming|"
            r"previous|current)\s+(?P<unit>week|weekend|month|year|decade|century))"
            rf"{e}",
        ),
        (
            "rel_period",
            rf"{b}(?i:(?P<pos>(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)"
            rf"the\s+(?P<unit>week|month|year)|the\s+(?P<wkend>weekend)){e}",
        ),
        (
            "quarter",
            rf"{b}(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|"
            r"3rd|4th)[\s-]+quarter(?:\s+of\s+(?:(?P<y>\d{4})|(?P<rel>this|last|next)"
            rf"\s+year))?){e}",
        ),
        ("quarter", rf"{b}Q(?P<q>[1-4])\s+(?P<y>{yr}){e}"),
        ("ago", rf"{b}(?i:(?P<n>{nx})\s+(?P<unit>{unit})s?\s+ago){e}"),
        (
            "set",
            rf"{b}(?i:(?:every|each|per)\s+(?:other\s+)?(?P<unit>{unit})|"
            rf"(?P<adv>{_alt(lex.of('set_adverb'))})(?!\s+(?-i:[A-Z]))|(?:once|twice|\w+\s+times)\s+"
            rf"(?:an?|per)\s+(?P<unit2>{unit})|(?<=\d\s)an?\s+(?P<unit3>{unit})){e}",
        ),
        (
            "duration",
            rf"{b}(?i:(?:(?P<det>the\s+(?:past|last|next|first|following|coming|"
            rf"previous))\s+)?(?:(?P<approx>{approx})\s+)?(?P<n>{nx})[\s-]+"
            r"(?:(?:trading|business|working|straight|consecutive)\s+)?"
            rf"(?P<unit>{unit})s?"
            rf"(?:-long)?){e}",
        ),
        (
            "vague_duration",
            rf"{b}(?i:(?:(?P<det>over\s+the|recent|the\s+past|"
            r"the\s+last)\s+|(?<=for\s))(?P<unit>years|decades|months|weeks|"
            rf"centuries)|(?P<unit2>years|decades|months)-long){e}",
        ),
        (
            "season",
            rf"{b}(?:(?P<rel>(?i:this|last|next|past|coming|early|late|mid))[\s-]+)?"
            rf"(?P<season>(?i:{_alt(lex.of('season'))}))(?:\s+(?:of\s+)?(?P<y>{yr}))?{e}",
        ),
        (
            "time",
            rf"{b}(?P<h>\d{{1,2}}):(?P<mi>\d\d)(?:\s*(?P<ampm>(?i:[ap]\.?\s?m\.?)))?"
            rf"(?:\s*\(?(?P<tz>{zone})\b(?:\s*[+-]\d{{1,2}})?\)?)?"
            rf"(?:\s+(?P<day>(?i:today|yesterday|tomorrow)|{wd}))?(?![\w:])",
        ),
        (
            "time",
            rf"{b}(?P<h>\d{{1,2}})\s*(?P<ampm>(?i:[ap]\.m\.|[ap]m))(?:\s+(?P<tz>{zone}))?"
            rf"(?!\w)",
        ),
        ("time", rf"{b}(?P<hm>[0-2]\d[0-5]\d)\s+(?P<tz>{zone}){e}"),
        ("time", rf"{b}(?P<noon>(?i:noon|midday|midnight)){e}"),
        ("ref", rf"{b}(?<!\bas\s)(?P<ref>(?i:{refs})){e}(?!-)"),
        ("holiday", rf"{b}(?P<hol>(?i:{_alt(lex.of('holiday'))})){e}"),
    ]
    return tuple((kind, re.compile(rx)) for kind, rx in specs)


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _patterns(lexicon())


def _from_match(kind: str, m: re.Match[str], offset: int) -> list[Candidate]:
    parts = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
    if kind == "year_range":  # two dates, one per end, as TimeML marks a range
        y1, y2 = m.group("y1"), m.group("y2")
        y2 = y2 if len(y2) == 4 else y1[:2] + y2
        if int(y2) <= int(y1):
            return []
        return [
            Candidate(offset + m.start(g), offset + m.end(g), "year", (("y", y),), True)
            for g, y in (("y1", y1), ("y2", y2))
        ]
    names = {k for k, _ in parts}
    trusted = (
        kind not in NEEDS_CONTEXT
        or bool(names & {"mod", "rel"})
        or (kind == "season" and "y" in names)
    )
    return [Candidate(offset + m.start(), offset + m.end(), kind, parts, trusted)]


def find_candidates(
    text: str, offset: int = 0, kinds: frozenset[str] | None = None
) -> list[Candidate]:
    """Every pattern match in ``text`` (offsets shifted by ``offset``); may overlap. ``kinds``:
    the matches of those kinds of pattern only, the others not run (each pattern reads the
    whole text on its own)."""
    out: list[Candidate] = []
    for kind, rx in patterns():
        if kinds is not None and kind not in kinds:
            continue
        for m in rx.finditer(text):
            out.extend(_from_match(kind, m, offset))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates, in text order (earlier pattern wins a tie)."""
    order = sorted(range(len(cands)), key=lambda i: (-(cands[i].end - cands[i].start), i))
    kept: list[Candidate] = []
    for i in order:
        c = cands[i]
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
