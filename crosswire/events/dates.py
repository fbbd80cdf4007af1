"""The date of an event: its clause's time expression, else its sentence's, else the day the
article's lead gives its news, else the document's.

The source of the date is recorded (``clause``, ``sentence``, ``lead``, ``document``, ``none``). A
clause with a date of its own keeps it: background ("since 2015", "in 2015 after it seized the
islands") is not dated by the article. An act in the present perfect with no date of its own
("have repeatedly charged") happened some time before the report: it takes the report's month,
not its day. A report published the morning after a hearing dates the hearing in its lead
("testified on Wednesday") and tells the rest of what was said there without a date: an act
that happened or is reported, with no date of its own, takes the lead's day when the lead names
one of the week before publication (``lead_of``). On the news articles' matched events
(``make eval``, stage news, 2026-12-03) the exact dates rose 68 -> 72 (lead) -> 76 (perfect) ->
75 (times of day) of 159 on the annotated articles and 95 -> 122 -> 126 -> 137 of 223 on the
silver ones; the publication date alone gets 58 and 62. Any other act with no date of its own
told after the lead is not the report's news but something of around its time: it takes the
report's month. The annotators gave such acts the month 23 times and the day 6 (186 and 282
matched dated events, out of fold; date accuracy 0.527 -> 0.548 and 0.589 -> 0.635,
2026-12-06); in the lead they gave the day as often as the month, and the day is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice

from crosswire.events.modality import own_clause
from crosswire.events.syntax import is_root, relation
from crosswire.types import Timex

_FULL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The lead: the article's first sentences, where the day of its news is given; a day named there
# dates the news when it lies within LEAD_DAYS before publication (not a background date).
LEAD_SENTENCES = 3
LEAD_DAYS = 7
# Dates no time expression of the act's gives: what the article's date or its lead implies.
INFERRED = frozenset({"lead", "document"})
# Modalities of acts the lead's day may date: done or reported as done, not planned or denied.
_DONE = frozenset({"asserted", "reported"})


def _date_of(tx: Timex) -> str | None:
    """The calendar date a time expression gives: a date's value ("2019-03-05", "2019-03"),
    the month or year that holds a week ("this week"), the day of a time ("Saturday night":
    "2010-12-11TNI"); None for a duration or a set, or a date with no calendar value ("the
    past")."""
    if tx.type == "DATE" and _FULL_DATE.match(tx.value):
        return tx.value
    if tx.type == "DATE" and (week := _WEEK.match(tx.value)):
        return _holding_week(int(week[1]), int(week[2]))
    if tx.type == "TIME" and _DAY.match(tx.value[:10]):
        return tx.value[:10]
    return None


def _holding_week(year: int, week: int) -> str | None:
    """An event's date is a day, a month or a year (``Event.date``), as the news guidelines
    record it: a week is the month that holds all of it, else its year ("2023-W51":
    "2023-12"; "2023-W48", 27 November to 3 December: "2023"); a week across a new year, the
    year of most of its days (ISO's)."""
    try:
        first, last = date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    except ValueError:  # "2023-W54"
        return None
    if first.month == last.month:
        return first.isoformat()[:7]
    return str(year)


def _timex_in(tokens, offset: int, timexes: Sequence[Timex]) -> str | None:
    """The date of the first time expression in ``tokens`` that gives one."""
    for tok in tokens:
        pos = offset + tok.idx
        for tx in timexes:
            if tx.start <= pos < tx.end and (value := _date_of(tx)):
                return value
    return None


# Clause links across which an event shares the date of the clause above it: reported speech
# ("said Tuesday it was recalling"), coordination, control, and temporal clauses ("in 2015 after
# it seized"). Nominal attachments ("following the decision to ban") do not share dates.
DATE_LINKS = {"ccomp", "xcomp", "conj", "advcl"}


def event_date(
    verb, offset: int, timexes: Sequence[Timex], doc_date: date | None
) -> tuple[str | None, str]:
    """Date from the verb's own clause, then the clauses it belongs to, else the document's."""
    node, level = verb, "clause"
    while True:
        # not the clauses inside its phrases: "Peru, which shut the border in 2015, expelled"
        when = _timex_in(own_clause(node), offset, timexes)
        if when:
            return when, level
        if relation(node) == "relcl" and (when := _timex_in([node.head], offset, timexes)):
            return when, "clause"  # "2015, when"
        if relation(node) not in DATE_LINKS or is_root(node):
            break
        node, level = node.head, "sentence"
    if doc_date:
        # "Republicans have repeatedly charged": done some time before the report, not on its
        # day: the month says no more than the text
        return doc_date.isoformat()[: 7 if _perfect(verb) else 10], "document"
    return None, "none"


def _perfect(verb) -> bool:
    """A present perfect: "has criticised", "have been expelled", "has been pushing back"."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    has = any(c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes)
    been = any(c.lower_ == "been" for c in auxes)
    return has and (verb.tag_ == "VBN" or (verb.tag_ == "VBG" and been))


def lead_of(
    paragraphs: Sequence, timexes: Sequence[Timex], doc_date: date | None
) -> tuple[int, str | None]:
    """Where the article's lead ends (the end of its first ``LEAD_SENTENCES`` sentences, an
    article offset; ``paragraphs``: (offset, spaCy Doc) in text order), and the first day named
    there that lies within ``LEAD_DAYS`` before publication."""
    ends = (offset + sent.end_char for offset, doc in paragraphs for sent in doc.sents)
    lead = list(islice(ends, LEAD_SENTENCES))
    if not lead:
        return 0, None
    if doc_date is None:
        return lead[-1], None
    earliest = doc_date - timedelta(days=LEAD_DAYS)
    for tx in sorted(timexes, key=lambda t: t.start):
        if tx.start >= lead[-1]:
            break
        day = _day(_date_of(tx) or "")
        if day and earliest <= day <= doc_date:
            return lead[-1], day.isoformat()
    return lead[-1], None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if _DAY.match(value) else None
    except ValueError:  # "2013-02-30"
        return None


def dated_by_report(events: Sequence, lead_end: int, lead_day: str | None) -> list:
    """Events dated only by the document's day: done or reported, they take the lead's day
    when it names one; else, told after the lead, the report's month (a present perfect,
    dated by the document's month, keeps it)."""
    out = []
    for e in events:
        if e.date_source == "document" and len(e.date or "") == 10:
            if lead_day is not None and e.modality in _DONE:
                e = replace(e, date=lead_day, date_source="lead")
            elif e.sentence_start >= lead_end:
                e = replace(e, date=e.date[:7])
        out.append(e)
    return out


def is_future(value: str | None, doc_date: date | None) -> bool:
    return bool(value and doc_date and len(value) == 10 and value > doc_date.isoformat())
