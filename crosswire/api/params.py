"""Query parameters the routes share, each checked before it reaches SQL: a value the API
cannot use is a 422 (or a 400 for a pair of values) in the API's JSON error shape, never a
500 and never an empty answer that looks like "no such events"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Annotated, get_args

from fastapi import Query
from pydantic import AfterValidator

from crosswire.errors import InputError
from crosswire.events.ontology import load_ontology
from crosswire.store import api_queries as A
from crosswire.types import Modality


def _calendar_day(value: str | None) -> str | None:
    # The pattern alone lets 2019-02-30 and 2019-13-45 by: SQL then fails (a 500) or compares
    # them as strings (a silent answer).
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"{value} is not a day of the calendar ({exc})") from exc
    return value


def _one_of(name: str, allowed: Callable[[], frozenset[str]]) -> AfterValidator:
    """A value of ``allowed()`` in any case, as the store matches it; the error lists the
    values. ``allowed`` is called at the first request, not at import (the ontology is read)."""

    def check(value: str | None) -> str | None:
        # "" is "any", as a form's empty choice sends it
        if value and value.casefold() not in {a.casefold() for a in allowed()}:
            choices = ", ".join(sorted(allowed()))
            raise ValueError(f"{value!r} is not a {name}: use one of {choices}")
        return value

    return AfterValidator(check)


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """The PLOVER event types the coder can give (the ontology's CAMEO → PLOVER mapping)."""
    ontology = load_ontology()
    return frozenset(e for e in (ontology.plover(c).event for c in ontology.codes()) if e)


MODALITIES = frozenset(get_args(Modality))

Day = Annotated[
    str | None,
    Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD"),
    AfterValidator(_calendar_day),
]
Limit = Annotated[int, Query(ge=1, le=A.MAX_LIMIT)]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page")]
ModalityParam = Annotated[
    str | None,
    Query(description=f"one of {', '.join(get_args(Modality))}"),
    _one_of("modality", lambda: MODALITIES),
]
PloverParam = Annotated[
    str | None,
    Query(description="a PLOVER event type: SANCTION, ACCUSE, ..."),
    _one_of("PLOVER event type", plover_types),
]


def _cameo_code(value: str | None) -> str | None:
    if value is not None and not load_ontology().is_valid(value):
        raise ValueError(f"{value} is not a CAMEO code (a root such as 16, or 161, 1621)")
    return value


CameoParam = Annotated[
    str | None,
    Query(pattern=r"^\d{2,4}$", description="a CAMEO code; 16 also finds 161, 1621..."),
    AfterValidator(_cameo_code),
]


def check_span(date_from: str | None, date_to: str | None) -> None:
    """A span whose end comes before its start finds nothing: say so instead."""
    if date_from and date_to and date_from > date_to:
        raise InputError(f"date_from {date_from} is after date_to {date_to}: swap them")
