"""TimeML values for candidate time expressions, resolved against the document date (anchor).

Choices, where TimeML leaves room:
- an expression without a year ("Friday", "March 5", "in June") takes its direction from
  the tense of the governing verb: past → the latest such day on or before the anchor, future →
  the earliest on or after it; with no tense cue a weekday or day of a month is the nearest one,
  a bare month is in the anchor's year;
- "N units ago" is a DATE at the granularity of its unit, days and weeks giving the day ("three
  weeks ago" → anchor - 21 days, as MEANTIME does), months the month, years the year;
- a decade is TimeML's three-digit value ("the 1990s" → "199"); seasons are "2019-SU" etc.;
- "the past decade" / "the past week" are durations (P10Y, P1W); "last week" is a date (a week);
- with no anchor, values that need one are left underspecified ("XXXX-03-05", "XXXX-WXX").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from crosswire.nlp.time.detect import Candidate, lexicon
from crosswire.types import TimexType

Tense = str | None  # "past", "future", "present" or None (no cue)
_REL_STEP = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Value:
    type: TimexType
    value: str
    anchored: bool = False


def _month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    lex = lexicon()
    return int(lex.of("month").get(key) or lex.of("month_abbr")[key])


def parse_number(text: str) -> float | None:
    """ "two and a half" → 2.5, "twenty-five" → 25, "27" → 27, "a" → 1; vague words → None."""
    text = text.lower().strip()
    half = 0.5 if text.endswith("and a half") else 0.0
    text = re.sub(r"\s+and\s+a\s+half$", "", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    nums = lexicon().of("number")
    if text in nums:
        return float(nums[text]) + half
    words = re.split(r"[\s-]+", text)
    if all(w in nums for w in words):
        return sum(float(nums[w]) for w in words) + half
    return None


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def duration(n: float | None, code: str) -> str:
    """TimeML duration: (2, "W") → "P2W", (3, "TH") → "PT3H", (1, "10Y") → "P10Y"."""
    clock = code.startswith("T")
    code = code.removeprefix("T")
    mult, letter = (int(code[:-1]), code[-1]) if code[:-1].isdigit() else (1, code)
    if n is None:
        vague = {10: "DE", 100: "CE"}.get(mult, letter)
        return f"P{'T' if clock else ''}X{vague}"
    return f"P{'T' if clock else ''}{_fmt(n * mult)}{letter}"


def _ymd(d: date) -> str:
    return d.isoformat()


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_month_day(anchor: date, month: int, day: int, tense: Tense) -> date | None:
    options = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    if not options:
        return None
    if tense == "past":
        before = [d for d in options if d <= anchor]
        return max(before) if before else None
    if tense == "future":
        after = [d for d in options if d >= anchor]
        return min(after) if after else None
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))


def resolve_weekday(anchor: date, weekday: int, rel: str | None, tense: Tense) -> date:
    back = (anchor.isoweekday() - weekday) % 7  # days back to the latest such day (0 = today)
    ahead = (weekday - anchor.isoweekday()) % 7
    if rel == "last" or rel == "previous" or rel == "past":
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    if rel == "this":
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    if tense == "future" or (tense != "past" and ahead < back):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _resolve_month(anchor: date, month: int, rel: str | None, tense: Tense) -> int:
    """The year of a bare month."""
    if rel in _REL_STEP and rel not in ("this", "current"):
        step = _REL_STEP[rel]
        return anchor.year + step if (month - anchor.month) * step <= 0 else anchor.year
    if tense == "past" and month > anchor.month:
        return anchor.year - 1
    if tense == "future" and month < anchor.month:
        return anchor.year + 1
    return anchor.year


def _full_date(c: Candidate, anchor: date | None, tense: Tense) -> Value | None:
    if c.kind == "numeric":
        month, day, y = int(c.get("m") or 0), int(c.get("d") or 0), c.get("y") or ""
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    else:
        month, day = _month_of(c.get("mon") or ""), int(c.get("d") or 0)
        year = int(c.get("y") or 0)
    if year:
        d = _safe_date(year, month, day)
        return Value("DATE", _ymd(d)) if d else None
    if not 1 <= day <= 31:
        return None
    if anchor is None:
        return Value("DATE", f"XXXX-{month:02d}-{day:02d}")
    d = resolve_month_day(anchor, month, day, tense)
    return Value("DATE", _ymd(d), True) if d else None


def _iso(c: Candidate, anchor: date | None, tense: Tense) -> Value | None:
    d = _safe_date(int(c.get("y") or 0), int(c.get("m") or 0), int(c.get("d") or 0))
    if d is None:
        return None
    if c.get("h"):
        return Value("TIME", f"{_ymd(d)}T{c.get('h')}:{c.get('mi')}")
    return Value("DATE", _ymd(d))


def _month_year(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    return Value("DATE", f"{c.get('y')}-{_month_of(c.get('mon') or ''):02d}")


def _month(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    month = _month_of(c.get("mon") or "")
    if anchor is None:
        return Value("DATE", f"XXXX-{month:02d}")
    rel = (c.get("rel") or "").lower() or None
    return Value("DATE", f"{_resolve_month(anchor, month, rel, tense)}-{month:02d}", True)


def _year(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    return Value("DATE", c.get("y") or "")


def _decade(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    century = c.get("c") or ("20" if (c.get("dd") or "0") in "012" else "19")
    return Value("DATE", f"{century}{c.get('dd')}")


def _weekday(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    wd = int(lexicon().of("weekday")[(c.get("wd") or "").lower()])
    pod = lexicon().of("part_of_day").get((c.get("pod") or "").lower())
    if anchor is None:
        return Value("TIME" if pod else "DATE", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))
    d = resolve_weekday(anchor, wd, (c.get("rel") or "").lower() or None, tense)
    return Value("TIME" if pod else "DATE", _ymd(d) + (f"T{pod}" if pod else ""), True)


def _set_weekday(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    wd = lexicon().of("weekday")[(c.get("wd") or c.get("wds") or "").lower()]
    return Value("SET", f"XXXX-WXX-{wd}")


_DAY_STEP = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1}


def _rel_day(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    word = (c.get("rd") or "").lower()
    pod = (
        "NI" if word == "tonight" else lexicon().of("part_of_day").get((c.get("pod") or "").lower())
    )
    suffix = f"T{pod}" if pod else ""
    if anchor is None:
        return Value("TIME" if pod else "DATE", "XXXX-XX-XX" + suffix)
    d = anchor + timedelta(days=_DAY_STEP[word])
    return Value("TIME" if pod else "DATE", _ymd(d) + suffix, True)


def _rel_period(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    unit = (c.get("unit") or c.get("wkend") or "").lower()
    rel = (c.get("rel") or "this").lower()
    if rel == "past" or (rel == "last" and unit in ("decade", "century")):
        code = lexicon().of("unit").get(unit, "W")
        return Value("DURATION", duration(1, code))
    step = _REL_STEP[rel]
    if anchor is None:
        return Value(
            "DATE",
            {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX"),
        )
    if unit in ("week", "weekend"):
        value = _week(anchor + timedelta(weeks=step)) + ("-WE" if unit == "weekend" else "")
    elif unit == "month":
        y, m = _add_months(anchor.year, anchor.month, step)
        value = f"{y}-{m:02d}"
    elif unit == "decade":
        value = str(anchor.year // 10 + step)
    elif unit == "century":
        value = f"{anchor.year // 100 + step:02d}"
    else:
        value = str(anchor.year + step)
    return Value("DATE", value, True)


def _quarter(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    ords = lexicon().of("ordinal")
    word = (c.get("ord") or "").lower()
    year = c.get("y")
    rel = (c.get("rel") or "").lower()
    if year is None and anchor is None:
        return Value("DATE", f"XXXX-Q{c.get('q') or ords.get(word, 'X')}")
    if word == "last" and not year and not rel:  # the quarter before the anchor's
        y, m = _add_months(anchor.year, anchor.month, -3)
        return Value("DATE", f"{y}-Q{(m - 1) // 3 + 1}", True)
    q = c.get("q") or ords.get(word, "4")
    anchored = year is None
    y = int(year) if year else anchor.year + _REL_STEP.get(rel, 0)
    if anchored and not rel and tense == "past" and int(q) > (anchor.month - 1) // 3 + 1:
        y -= 1  # "rose in the fourth quarter" written in March: last year's
    return Value("DATE", f"{y}-Q{q}", anchored)


def _ago(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    n = parse_number(c.get("n") or "")
    code = lexicon().of("unit")[(c.get("unit") or "").lower()]
    if n is None:
        return Value("DATE", "PAST_REF")
    if anchor is None:
        return Value("DATE", {"M": "XXXX-XX", "Y": "XXXX"}.get(code, "XXXX-XX-XX"))
    k = int(n)
    if code in ("D", "W", "2W", "TH", "TM", "TS"):
        days = {"D": k, "W": 7 * k, "2W": 14 * k}.get(code, 0)
        return Value("DATE", _ymd(anchor - timedelta(days=days)), True)
    if code in ("M", "Q"):
        y, m = _add_months(anchor.year, anchor.month, -k * (3 if code == "Q" else 1))
        return Value("DATE", f"{y}-{m:02d}", True)
    years = k * {"Y": 1, "10Y": 10, "100Y": 100}[code]
    return Value("DATE", str(anchor.year - years), True)


def _duration(c: Candidate, anchor: date | None, tense: Tense) -> Value | None:
    n_text = (c.get("n") or "").lower()
    unit = (c.get("unit") or "").lower()
    if n_text in ("a", "an") and unit in ("second", "quarter") and not c.get("det"):
        return None  # "a second term" is an ordinal, "a quarter of" a fraction
    code = lexicon().of("unit")[unit]
    return Value("DURATION", duration(parse_number(n_text), code))


def _vague_duration(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    unit = (c.get("unit") or c.get("unit2") or "").lower()
    singular = "century" if unit == "centuries" else unit.rstrip("s")
    return Value("DURATION", duration(None, lexicon().of("unit")[singular]))


def _set(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    lex = lexicon()
    unit = (c.get("unit") or c.get("unit2") or c.get("unit3") or "").lower()
    code = lex.of("unit")[unit] if unit else lex.of("set_adverb")[(c.get("adv") or "").lower()]
    return Value("SET", duration(1, code))


def _season(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    code = lexicon().of("season")[(c.get("season") or "").lower()]
    if c.get("y"):
        return Value("DATE", f"{c.get('y')}-{code}")
    if anchor is None:
        return Value("DATE", f"XXXX-{code}")
    rel = (c.get("rel") or "").lower()
    year = anchor.year + _REL_STEP.get(rel, 0)
    if rel not in _REL_STEP:
        start = _SEASON_START[code]
        if tense == "past" and start > anchor.month:
            year -= 1
        elif tense == "future" and start + 2 < anchor.month:
            year += 1
    return Value("DATE", f"{year}-{code}", True)


def _time(c: Candidate, anchor: date | None, tense: Tense) -> Value | None:
    if c.get("noon"):
        h, mi = (24, 0) if (c.get("noon") or "").lower() == "midnight" else (12, 0)
    elif c.get("hm"):
        h, mi = int(c.get("hm")[:2]), int(c.get("hm")[2:])
    else:
        h, mi = int(c.get("h") or 0), int(c.get("mi") or 0)
    ampm = (c.get("ampm") or "").lower()
    if ampm.startswith("p") and h < 12:
        h += 12
    elif ampm.startswith("a") and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    zone = "Z" if c.get("tz") else ""
    day = (c.get("day") or "").lower()
    if anchor is None:
        return Value("TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}{zone}")
    if day in _DAY_STEP:
        d = anchor + timedelta(days=_DAY_STEP[day])
    elif day:
        d = resolve_weekday(anchor, int(lexicon().of("weekday")[day]), None, tense)
    else:
        d = anchor
    return Value("TIME", f"{_ymd(d)}T{h:02d}:{mi:02d}{zone}", True)


def _ref(c: Candidate, anchor: date | None, tense: Tense) -> Value:
    key = re.sub(r"\s+", " ", (c.get("ref") or "").lower())
    return Value("DATE", lexicon().of("ref")[key])


def _holiday(c: Candidate, anchor: date | None, tense: Tense) -> Value | None:
    md = lexicon().of("holiday")[re.sub(r"\s+", " ", (c.get("hol") or "").lower())]
    month, day = (int(x) for x in md.split("-"))
    if anchor is None:
        return Value("DATE", f"XXXX-{md}")
    d = resolve_month_day(anchor, month, day, tense)
    return Value("DATE", _ymd(d), True) if d else None


_NORMALISERS: dict[str, Callable[[Candidate, date | None, Tense], Value | None]] = {
    "iso": _iso,
    "mdy": _full_date,
    "dmy": _full_date,
    "numeric": _full_date,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "weekday": _weekday,
    "set_weekday": _set_weekday,
    "rel_day": _rel_day,
    "rel_period": _rel_period,
    "quarter": _quarter,
    "ago": _ago,
    "duration": _duration,
    "vague_duration": _vague_duration,
    "set": _set,
    "season": _season,
    "time": _time,
    "ref": _ref,
    "holiday": _holiday,
}


def normalise(c: Candidate, anchor: date | None, tense: Tense = None) -> Value | None:
    """The TimeML type and value of ``c``; None when the match is not a valid time."""
    return _NORMALISERS[c.kind](c, anchor, tense)
