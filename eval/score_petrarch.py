"""Event structure on PETRARCH2's unit-test sentences: no-event behaviour, recall and direction.

The sentences name fictional countries (Arnor, Gondor...) that our dictionary does not know, and
their codes are mostly WEIS (datasets README): this set measures structure, not names or
categories. The whole set is scored: it is a unit-test set, never tuned on.

- ``no_event_precision``: share of gold no-event sentences where we code no event that counts
  (``score_events.scored_events``: a PLOVER root and a modality saying it happened);
- ``event_recall``: share of gold-event sentences where we code at least one;
- ``direction_accuracy``: over our events whose source and target each name one side of a gold
  event (either way round), the share that has the gold direction. Gold codes name a country by
  their first three letters after an organisation prefix ("GONMIL" → GON, "NGOARN" → ARN), and the
  unit tests spell those as the first three letters of the name ("Arnor", "Arnorian" → ARN), so
  an actor names GON when a capitalised word of its text starts with "Gon", or its code does.
  Place names that do not follow the rule ("Minas Tirith" for GON) are not recognised, so those
  events are left out rather than counted wrong. Each (sentence, source, target) counts once;
  ``direction_coverage`` is the share of gold-event sentences with at least one such event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from crosswire.types import Actor, Event
from eval.common import read_jsonl
from eval.score_events import ORGANISATION_PREFIXES, code_sentences, scored_events

DATASET = "petrarch2_unittest.jsonl"
_CODE = re.compile(r"[A-Z]{3}[A-Z]*")
_WORD = re.compile(r"\w+")


def gold_country(code: str) -> str | None:
    """The country part of a gold actor code: "GONMIL" → "GON", "NGOARNGOV" → "ARN"; None for
    placeholders ("---GOV", "###") and free text."""
    code = code.strip()
    if not _CODE.fullmatch(code):
        return None
    for prefix in ORGANISATION_PREFIXES:
        if code.startswith(prefix) and len(code) >= len(prefix) + 3:
            return code[len(prefix) : len(prefix) + 3]
    return code[:3]


def names_country(actor: Actor | None, country: str) -> bool:
    """Our actor names the country: its code does, or a capitalised word starts with it."""
    if actor is None:
        return False
    if (actor.code or "").upper().startswith(country):
        return True
    return any(w[0].isupper() and w[:3].upper() == country for w in _WORD.findall(actor.text))


def direction_counts(gold: Sequence[dict], events: Sequence[Event]) -> tuple[int, int]:
    """(right, eligible) for one sentence's events against its gold events."""
    pairs = {
        (s, t)
        for g in gold
        if (s := gold_country(g.get("source") or ""))
        and (t := gold_country(g.get("target") or ""))
        and s != t
    }
    seen: dict[tuple[str, str], bool] = {}
    for _, e in scored_events(events):
        for s, t in pairs:
            forward = names_country(e.source, s) and names_country(e.target, t)
            backward = names_country(e.source, t) and names_country(e.target, s)
            if forward or backward:
                key = (e.source.text, e.target.text if e.target else "")
                seen[key] = seen.get(key, False) or forward
    return sum(seen.values()), len(seen)


def score(path: Path) -> dict[str, float]:
    records = list(read_jsonl(path))
    quiet = with_events = found = right = eligible = covered = 0
    for record, events in zip(records, code_sentences(records), strict=True):
        coded = bool(scored_events(events))
        if not record["events"]:
            quiet += not coded
            continue
        with_events += 1
        found += coded
        r, n = direction_counts(record["events"], events)
        right, eligible, covered = right + r, eligible + n, covered + (n > 0)
    no_event = len(records) - with_events
    return {
        "no_event_precision": quiet / no_event if no_event else 0.0,
        "event_recall": found / with_events if with_events else 0.0,
        "direction_accuracy": right / eligible if eligible else 0.0,
        "direction_coverage": covered / with_events if with_events else 0.0,
    }
