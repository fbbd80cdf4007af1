"""The parts of an article's text that are analysed: paragraphs outside removed spans.

spaCy reads each paragraph as its own Doc; offsets into the article are the paragraph's start
plus the token's ``idx``. Sentences therefore never cross a paragraph or a removed span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from crosswire.types import Article, Removed

_LINE = re.compile(r"[^\n]+")


def kept_spans(text: str, removed: Sequence[Removed]) -> list[tuple[int, int]]:
    """The maximal spans of ``text`` not covered by any removed span."""
    spans, pos = [], 0
    for r in sorted(removed, key=lambda r: (r.start, r.end)):
        if r.start > pos:
            spans.append((pos, r.start))
        pos = max(pos, r.end)
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def paragraphs(article: Article) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line of kept text, trimmed of surrounding white space."""
    for start, end in kept_spans(article.text, article.removed):
        for m in _LINE.finditer(article.text, start, end):
            s, e = m.start(), m.end()
            while s < e and article.text[s].isspace():
                s += 1
            while e > s and article.text[e - 1].isspace():
                e -= 1
            if e > s:
                yield s, e
