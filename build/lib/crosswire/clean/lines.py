"""Lines of a text with their offsets, trimmed of surrounding white space."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# A line ending like a sentence (a period, possibly inside closing quotes or brackets).
_SENTENCE_END = re.compile(r"""[.!…]["'’”)\]]*$""")


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    text: str

    @property
    def norm(self) -> str:
        """The text with every run of white space (no-break spaces too) as one space."""
        return _SPACE.sub(" ", self.text)

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))


def split_lines(text: str) -> tuple[Line, ...]:
    """Every non-blank line of ``text``, in order, with its trimmed offsets."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Line(s, e, text[s:e]))
    return tuple(out)


def adjacent(text: str, first: Line, second: Line) -> bool:
    """True when ``second`` follows ``first`` with no blank line between them."""
    return text.count("\n", first.end, second.start) <= 1
