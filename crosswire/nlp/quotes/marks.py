"""Quotation-mark spans over an article's paragraphs, robust to unbalanced marks.

Curly marks say which side they are on; a straight ``"`` opens when no quotation is open and
closes otherwise. A paragraph that ends inside a quotation continues it only when the next
paragraph opens with a quotation mark (the newswire convention for quotes running over several
paragraphs). Otherwise the unclosed quotation is kept up to the paragraph's end when it opened the
paragraph (a forgotten closing mark), and dropped when it opened mid-paragraph (a stray mark):
either way the next paragraph starts afresh, so one bad mark never swallows the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
# Two apostrophes stand for a straight double mark in some archives (the New York Times' ''...'').
DOUBLE_APOSTROPHE = "''"
# Markup left in the text: an embedded tweet ('<tweet author="..." ...>text</tweet>') as a
# whole, any other tag alone. Neither is the article's own reporting (PolNeAR annotates no
# quote in them), and their attribute values are no quotations.
_EMBEDDED = re.compile(r"<(tweet|blockquote)\b[^>\n]*>[^\n]*?</\1\s*>|</?[A-Za-z][^<>\n]*>")


@dataclass(frozen=True, slots=True)
class MarkSpan:
    start: int  # first character of the content (article offset)
    end: int  # end of the content
    mark_start: int  # the opening mark
    mark_end: int  # just after the closing mark (the paragraph end when it had none)


def embedded_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the markup embedded in ``text``, in text order."""
    return [m.span() for m in _EMBEDDED.finditer(text)]


def _opens(ch: str, is_open: bool) -> bool:
    return ch in OPENERS or (ch == STRAIGHT and not is_open)


def _closes(ch: str, is_open: bool) -> bool:
    return is_open and (ch in CLOSERS or ch == STRAIGHT)


def _trimmed(text: str, start: int, end: int, mark_start: int, mark_end: int) -> MarkSpan | None:
    if text[max(0, mark_start - 1) : mark_start] == "=" or text[start:end].rstrip().endswith("="):
        return None  # an attribute value of embedded markup (timestamp="..."), not a quotation
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkSpan(start, end, mark_start, mark_end) if end > start else None


def _leads_with_opener(text: str, start: int, end: int) -> bool:
    return start < end and (
        text[start] in OPENERS
        or text[start] == STRAIGHT
        or text.startswith(DOUBLE_APOSTROPHE, start, end)
    )


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(offset, mark, width) of the quotation marks in ``text[start:end]``, ``''`` as ``"``."""
    out, i = [], start
    while i < end:
        ch = text[i]
        if ch in OPENERS or ch in CLOSERS or ch == STRAIGHT:
            out.append((i, ch, 1))
        elif text.startswith(DOUBLE_APOSTROPHE, i, end):
            out.append((i, STRAIGHT, 2))
            i += 1
        i += 1
    return out


def quotation_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[MarkSpan]:
    """Content spans between quotation marks; ``paragraphs`` are (start, end) in text order."""
    spans: list[MarkSpan] = []
    open_at: int | None = None  # offset of the pending opening mark
    width = 1  # the width of the pending opening mark
    for n, (p_start, p_end) in enumerate(paragraphs):
        continuing = open_at is not None
        for i, ch, w in _marks(text, p_start, p_end):
            if continuing and i == p_start:
                continue  # the re-opening mark of a continued quotation
            if _closes(ch, open_at is not None) and (ch != STRAIGHT or i > open_at + width):
                span = _trimmed(text, open_at + width, i, open_at, i + w)
                if span:
                    spans.append(span)
                open_at = None
            elif _opens(ch, open_at is not None):
                open_at, width = i, w  # a second opener abandons an unclosed first one
        if open_at is None:
            continue
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if nxt and _leads_with_opener(text, *nxt):
            continue
        if open_at == p_start or (continuing and open_at < p_start):
            span = _trimmed(text, open_at + width, p_end, open_at, p_end)
            if span:
                spans.append(span)
        open_at = None
    return spans
