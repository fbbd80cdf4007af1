"""Time expressions in an article's paragraphs, with TimeML values resolved against its date.

Patterns over the text (``detect``) find the candidates; spaCy's parse decides the ones
that need context (a bare year, a bare month name, a season) and gives the tense of the verb
that governs each expression, which sets the direction of "Friday" or "March 5"
(``normalise``). spaCy's own DATE/TIME entities count as context for a bare year or month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from crosswire.nlp.time.detect import Candidate, find_candidates, lexicon, select
from crosswire.nlp.time.normalise import Tense, normalise
from crosswire.types import Timex

# Month names that are also common words or given names: they need a temporal preposition,
# a day or a year, or spaCy's DATE label before they count as months.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "april", "august"})
# Words before a season that make it a time ("in spring", "this summer"), not a noun.
SEASON_CUES = frozenset(
    {
        "in",
        "the",
        "during",
        "by",
        "until",
        "since",
        "this",
        "last",
        "next",
        "early",
        "late",
        "of",
        "through",
        "before",
        "after",
        "from",
    }
)
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_PERFECT = frozenset({"has", "have", "'ve"})
# Signals before an expression that fix its direction whatever the verb says.
PAST_SIGNALS = frozenset({"since", "ago"})
# Verbs whose infinitive complement is later than the verb ("plans to meet on Monday").
_PROSPECTIVE = frozenset(
    {
        "plan",
        "expect",
        "intend",
        "aim",
        "schedule",
        "set",
        "hope",
        "want",
        "prepare",
        "go",
        "due",
        "agree",
        "promise",
        "vow",
        "threaten",
    }
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_TIME = re.compile(r"\d{4}-\d\d-\d\dT[\d:]+Z?")
_MAX_CLIMB = 8  # head steps from the expression to its verb; parse paths are short in news


def find_timexes(paragraphs: Sequence[tuple[int, Doc]], anchor: date | None) -> tuple[Timex, ...]:
    """Time expressions of the paragraphs ((article offset, Doc) pairs), in text order."""
    out: list[Timex] = []
    for offset, doc in paragraphs:
        out.extend(_paragraph(offset, doc, anchor))
    return tuple(out)


def _paragraph(offset: int, doc: Doc, anchor: date | None) -> list[Timex]:
    whole = doc.text  # spaCy joins every token afresh on each read of Doc.text
    cands = [c for c in find_candidates(whole) if c.trusted or _in_context(c, doc)]
    out = []
    for c in select(cands):
        value = normalise(c, anchor, _tense_at(doc, c.start) if anchor else None)
        if value is None:
            continue
        text = whole[c.start : c.end]
        out.append(
            Timex(offset + c.start, offset + c.end, text, value.type, value.value, value.anchored)
        )
    return [_dated_time(t, out, doc, offset) for t in out]


def _dated_time(t: Timex, others: list[Timex], doc: Doc, offset: int) -> Timex:
    """A clock time without its own day takes the day a date in its sentence names."""
    if t.type != "TIME" or not t.anchored or not _DAY_TIME.fullmatch(t.value):
        return t
    sent = _token_at(doc, t.start - offset)
    if sent is None:
        return t
    lo, hi = offset + sent.sent.start_char, offset + sent.sent.end_char
    days = [
        o for o in others if o.type == "DATE" and lo <= o.start < hi and _DAY.fullmatch(o.value)
    ]
    if not days:
        return t
    day = min(days, key=lambda o: abs(o.start - t.start)).value
    return replace(t, value=day + t.value[10:])


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _previous_word(doc: Doc, tok: Token) -> str:
    return doc[tok.i - 1].lower_ if tok.i > 0 else ""


def _in_context(c: Candidate, doc: Doc) -> bool:
    """Whether an untrusted candidate (bare year, month or season) is used as a time here."""
    tok = _token_at(doc, c.start)
    if tok is None:
        return False
    prev = _previous_word(doc, tok)
    preps = lexicon().of("temporal_prep")
    if c.kind == "season":
        return prev in SEASON_CUES
    if prev in preps or tok.ent_type_ in ("DATE", "TIME"):
        return True
    if c.kind == "month":
        return (c.get("mon") or "").lower() not in AMBIGUOUS_MONTHS and tok.tag_ == "NNP"
    return False


def _governing_verb(tok: Token) -> Token | None:
    for _ in range(_MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acomp"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _verb_tense(verb: Token, depth: int = 0) -> Tense:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if "to" in words and verb.tag_ == "VB" and depth < 2 and verb.head is not verb:
        head = verb.head
        if head.lemma_ in _PROSPECTIVE:
            return "future"
        return _verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if words & {"would", "could", "might", "may", "should", "must", "can"}:
        return None
    if words & _PERFECT:  # "has been scheduled for June 3": no direction
        return None
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None


def _tense_at(doc: Doc, char: int) -> Tense:
    """The tense of the verb that governs the expression starting at ``char``."""
    tok = _token_at(doc, char)
    if tok is not None and _previous_word(doc, tok) in PAST_SIGNALS:
        return "past"
    verb = _governing_verb(tok) if tok is not None else None
    return _verb_tense(verb) if verb is not None else None
