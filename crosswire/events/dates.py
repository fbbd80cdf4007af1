"""The date of an event: its clause's time expression, else its sentence's, else the document's.

The source of the date is recorded (``clause``, ``sentence``, ``document``, ``none``). A clause
with a date of its own keeps it: background ("since 2015", "in 2015 after it seized the islands") is
not dated by the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from crosswire.events.modality import own_clause
from crosswire.events.syntax import is_root, relation
from crosswire.types import Timex

_FULL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


def _timex_in(tokens, offset: int, timexes: Sequence[Timex]) -> Timex | None:
    for tok in tokens:
        pos = offset + tok.idx
        for tx in timexes:
            if tx.start <= pos < tx.end and tx.type == "DATE" and _FULL_DATE.match(tx.value):
                return tx
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
        tx = _timex_in(own_clause(node), offset, timexes)
        if tx:
            return tx.value, level
        if relation(node) == "relcl" and _timex_in([node.head], offset, timexes):
            return _timex_in([node.head], offset, timexes).value, "clause"  # "2015, when"
        if relation(node) not in DATE_LINKS or is_root(node):
            break
        node, level = node.head, "sentence"
    if doc_date:
        return doc_date.isoformat(), "document"
    return None, "none"


def is_future(value: str | None, doc_date: date | None) -> bool:
    return bool(value and doc_date and len(value) == 10 and value > doc_date.isoformat())
