"""The parts of an article's text that are analysed: paragraphs outside removed spans.

spaCy reads each paragraph as its own Doc; offsets into the article are the paragraph's start
plus the token's ``idx``. Sentences therefore never cross a paragraph or a removed span.

A paragraph longer than ``max_chars`` (a whole text on one line) is read in pieces cut after the
last sentence end that fits, else at the last space, else at the limit: spaCy refuses a text
over ``nlp.max_length`` (E088), and a piece is still offsets into the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from crosswire.types import Article

if TYPE_CHECKING:  # spaCy is imported only where a text is parsed
    from spacy.tokens import Doc

# Characters of one piece given to spaCy. Its docs put the parser's and NER's memory at about
# 1 GB per 100,000 characters; no news paragraph comes near it.
MAX_PIECE_CHARS = 100_000
_LINE = re.compile(r"[^\n]+")
# A sentence end: . ! or ? with closing quotes or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _cut(text: str, s: int, max_chars: int) -> int:
    """Where a piece of at most ``max_chars`` from ``s`` ends."""
    window = text[s : s + max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return s + ends[-1]
    space = max(window.rfind(" "), window.rfind("\t"))
    return s + space + 1 if space > 0 else s + max_chars


def paragraphs(article: Article, max_chars: int = MAX_PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line of kept text, trimmed of surrounding white space, in
    pieces of at most ``max_chars``."""
    text = article.text
    for start, end in article.kept_spans():
        for m in _LINE.finditer(text, start, end):
            s, e = _trim(text, m.start(), m.end())
            while e - s > max_chars:
                cut = _cut(text, s, max_chars)
                piece = _trim(text, s, cut)
                if piece[1] > piece[0]:
                    yield piece
                s, _ = _trim(text, cut, e)
            if e > s:
                yield s, e


def doc_length(doc: Doc) -> int:
    """The characters of a parsed piece, without reading ``Doc.text``: spaCy joins every token
    afresh on each read of it, which made a lookup over an article's paragraphs quadratic."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


@lru_cache(maxsize=256)
def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token afresh on each read, and the rules read
    a phrase's words out of it, each read costing the whole paragraph. A parse is never changed
    once made (``crosswire.nlp.read``), so its text is kept for the paragraphs read last."""
    return doc.text


def paragraph_at(paragraphs, at: int) -> tuple[int, Doc] | None:
    """The (offset, Doc) of ``paragraphs`` that holds the article offset ``at``, or None."""
    for off, doc in paragraphs:
        if off <= at < off + doc_length(doc):
            return off, doc
    return None
