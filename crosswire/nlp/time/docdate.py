"""The date of an article: given, or inferred from its own text and captions (no spaCy here).

Rule for inferring, in order:
1. ``article.published`` when set (confidence 1).
2. Explicit full dates in the text, captions and removed spans ("Thursday, January 9, 2020",
   "9 Jan 2020", "2020-01-09", datelines "NAIROBI, Jan. 9 (Reuters) -" whose year another date
   in the text gives). Each is weighed: a dateline, a caption or the first lines, a weekday that
   agrees with the date, a bare weekday in the text that names that day, being the most recent
   date, repetition; a date in a future context ("will", "scheduled for") counts against.
   The heaviest wins; confidence grows with its weight (below 1: it is still a guess).
3. With no year-bearing date but a ``context`` date (from related reports of the same story):
   "N units ago" places the article N units after ``context`` (the clue is read as dating the
   event the context dates); the result is kept after any date the text puts in the past and no
   later than any date it announces as coming ("would reopen on March 3"), both resolved near
   ``context``. Lacking clues, ``context`` itself, with low confidence.
4. Otherwise None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from crosswire.nlp.time.detect import Candidate, find_candidates, lexicon
from crosswire.nlp.time.normalise import parse_number, resolve_month_day
from crosswire.types import Article, DocumentDate

FULL_DATE_KINDS = frozenset({"iso", "mdy", "dmy", "numeric"})
# Weights of the clues for a full date; chosen by hand on the seed reports' kinds of evidence
# (a dateline is written as the publication date; a caption date is usually the photo's day).
W_BASE, W_DATELINE, W_LEAD, W_WEEKDAY, W_BARE_WEEKDAY, W_LATEST, W_REPEAT = (
    1.0,
    2.0,
    0.75,
    0.75,
    0.5,
    1.0,
    0.25,
)
W_FUTURE = -1.5
LEAD_CHARS = 400  # "the first lines": a title, a date line and a lead paragraph
# Confidence of an inferred date: CONF_FLOOR + CONF_STEP per unit of weight, capped below 1.
CONF_FLOOR, CONF_STEP, CONF_CAP = 0.3, 0.1, 0.9
CONF_AGO, CONF_BOUNDED, CONF_CONTEXT = 0.4, 0.3, 0.15
_DATELINE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?,\s*$")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|scheduled|due|until|planned|expected|from|"
    r"going to|to be held|next)\b[^.\n]{0,40}$",
    re.I,
)
_AGO_DAYS = {"D": 1, "W": 7, "2W": 14, "M": 30, "Q": 91, "Y": 365}


@dataclass(frozen=True, slots=True)
class _Found:
    when: date
    text: str
    weight: float


def infer_document_date(article: Article, context: date | None = None) -> DocumentDate | None:
    if article.published is not None:
        return DocumentDate(article.published, article.published_source or "given", 1.0)
    texts = _texts(article)
    found = [f for text, lead in texts for f in _full_dates(text, lead)]
    if found:
        return _best(found)
    if context is not None:
        return _from_context(texts, context)
    return None


def _texts(article: Article) -> list[tuple[str, bool]]:
    """(text, is_lead_material) pairs: the article, captions not inside it, the title."""
    out = [(article.text, False)]
    out += [(c.text, True) for c in article.captions if article.text[c.start : c.end] != c.text]
    if article.title:
        out.append((article.title, True))
    return out


def _date_of(c: Candidate) -> date | None:
    try:
        if c.kind == "iso" or c.kind == "numeric":
            y = c.get("y") or ""
            year = int(y) if len(y) == 4 else 2000 + int(y)
            return date(year, int(c.get("m") or 0), int(c.get("d") or 0))
        mon = (c.get("mon") or "").lower().rstrip(".")
        month = int(lexicon().of("month").get(mon) or lexicon().of("month_abbr")[mon])
        return date(int(c.get("y") or 0), month, int(c.get("d") or 0))
    except (ValueError, KeyError):
        return None


def _full_dates(text: str, lead: bool) -> list[_Found]:
    cands = find_candidates(text, kinds=FULL_DATE_KINDS)
    dated = [(c, d) for c in cands if c.get("y") and (d := _date_of(c))]
    years = [d.year for _, d in dated]
    out = []
    for c, d in dated:
        out.append(_Found(d, text[c.start : c.end], _weight(text, c, d, lead)))
    if years:  # datelines without a year ("NAIROBI, Jan. 9 (Reuters) -") take the latest year
        for c in cands:
            if not c.get("y") and _is_dateline(text, c):
                d = _safe(max(years), c)
                if d is not None:
                    out.append(_Found(d, text[c.start : c.end], W_BASE + W_DATELINE))
    return out


def _safe(year: int, c: Candidate) -> date | None:
    return _date_of(Candidate(c.start, c.end, c.kind, (*c.parts, ("y", str(year)))))


def _is_dateline(text: str, c: Candidate) -> bool:
    return bool(_DATELINE.search(text[max(0, c.start - 80) : c.start]))


def _weight(text: str, c: Candidate, d: date, lead: bool) -> float:
    w = W_BASE
    if _is_dateline(text, c):
        w += W_DATELINE
    if lead or c.start < LEAD_CHARS:
        w += W_LEAD
    wd = c.get("wd")
    if wd and int(lexicon().of("weekday")[wd.lower()]) == d.isoweekday():
        w += W_WEEKDAY
    if re.search(rf"\b{d.strftime('%A')}\b", text[: c.start] + text[c.end :]):
        w += W_BARE_WEEKDAY
    if _FUTURE.search(text[max(0, c.start - 60) : c.start]):
        w += W_FUTURE
    return w


def _best(found: list[_Found]) -> DocumentDate:
    past = [f.when for f in found if f.weight > W_BASE + W_FUTURE]  # not only in future context
    latest = max(past or [f.when for f in found])
    totals: dict[date, float] = {}
    evidence: dict[date, _Found] = {}
    for f in found:
        totals[f.when] = max(totals.get(f.when, 0.0), f.weight) + (
            W_REPEAT if f.when in totals else 0.0
        )
        if f.when not in evidence or f.weight > evidence[f.when].weight:
            evidence[f.when] = f
    totals[latest] = totals.get(latest, 0.0) + W_LATEST
    when = max(totals, key=lambda d: (totals[d], d))
    conf = min(CONF_CAP, CONF_FLOOR + CONF_STEP * totals[when])
    return DocumentDate(when, "inferred", round(conf, 3), evidence[when].text)


def _from_context(texts: list[tuple[str, bool]], context: date) -> DocumentDate:
    lower, upper, shifted, clues = context - timedelta(days=366), None, None, []
    for text, _ in texts:
        for c in find_candidates(text):
            if c.kind == "ago" and shifted is None:
                shifted = _after(context, c)
                clues.append(text[c.start : c.end])
            elif c.kind in ("mdy", "dmy") and not c.get("y"):
                d = _near(context, c)
                if d is None:
                    continue
                clues.append(text[c.start : c.end])
                if _FUTURE.search(text[max(0, c.start - 60) : c.start]):
                    upper = d if upper is None else min(upper, d)
                else:
                    lower = max(lower, d)
    if shifted is None and not clues:
        return DocumentDate(context, "inferred", CONF_CONTEXT, "context")
    guess = shifted or context
    guess = max(guess, lower)
    guess = min(guess, upper) if upper is not None else guess
    conf = CONF_AGO if shifted is not None and guess == shifted else CONF_BOUNDED
    return DocumentDate(guess, "inferred", conf, "; ".join(clues))


def _after(context: date, c: Candidate) -> date | None:
    n = parse_number(c.get("n") or "")
    code = lexicon().of("unit").get((c.get("unit") or "").lower(), "")
    if n is None or code not in _AGO_DAYS:
        return None
    return context + timedelta(days=round(n * _AGO_DAYS[code]))


def _near(context: date, c: Candidate) -> date | None:
    mon = (c.get("mon") or "").lower().rstrip(".")
    month = lexicon().of("month").get(mon) or lexicon().of("month_abbr").get(mon)
    return resolve_month_day(context, int(month), int(c.get("d") or 0), None) if month else None
