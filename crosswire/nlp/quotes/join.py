"""One quote per attribution: direct quotes interrupted by their attribution, or running on into
the next paragraph, are joined.

"“We will not sign,” Lindqvist said. “Not this year.”" is one quote by one speaker, as quote
corpora annotate it (PolNeAR gives its content as two spans). The joined quote runs from the
first fragment to the last, so its cue and speaker offsets lie inside it; ``parts`` keeps the
content's own spans, which exclude the attribution. ``direct`` stays True because every word of
content is between quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crosswire.types import Quote

# The words between two fragments of one quote: an attribution ("Paul said", "said Yaakov
# Amidror, a former national security adviser") is at most this long. Chosen on the PolNeAR
# training part: 12 keeps the long "said X, a Y of Z" attributions, longer gaps hold narration.
MAX_GAP_WORDS = 12
# ...and up to this long before a fragment with no cue of its own, also across the paragraph end
# after the attribution, as PolNeAR joins them ('"...," said Ada Lind, the director of the
# port authority.¶"..."'). 30 is a guess wide enough for such attributions; the rule raised F1
# by 0.002 on each of two development samples of PolNeAR (200 articles each).
MAX_ATTRIBUTION_WORDS = 30
# A fragment is joined only this close to the previous one (about one newswire paragraph).
MAX_GAP_CHARS = 300
_WORD = re.compile(r"\w+")
_MARKS = " \t\n\"“”„«»'"  # what may stand between an attribution and the next fragment


def _joinable(a: Quote, b: Quote, text: str) -> bool:
    if not (a.direct and b.direct) or b.start - a.end > MAX_GAP_CHARS:
        return False
    if b.speaker is not None and b.speaker != a.speaker:
        return False
    if a.cue is not None and b.cue is not None and a.cue_start != b.cue_start:
        return False  # two attributions, even of one speaker
    gap = text[a.end : b.start]
    n_words = len(_WORD.findall(gap))
    if n_words == 0:
        return True  # a quotation continued in the next paragraph
    between = a.cue_start is not None and a.end <= a.cue_start < b.start
    if not between:
        return False
    if "\n" not in gap.strip() and n_words <= MAX_GAP_WORDS:
        return True
    # '"...," said Ada Lind, the director of the port authority.¶"Not this year."': a long
    # attribution, or one closing its paragraph, before a fragment with no cue of its own
    rest = gap.strip().partition("\n")[2]
    return b.cue is None and not rest.strip(_MARKS) and n_words <= MAX_ATTRIBUTION_WORDS


def _joined(a: Quote, b: Quote, text: str) -> Quote:
    cued = a if a.cue is not None else b
    parts = (a.parts or ((a.start, a.end),)) + (b.parts or ((b.start, b.end),))
    return replace(
        cued,
        start=a.start,
        end=b.end,
        quote=text[a.start : b.end],
        speaker=a.speaker or b.speaker,
        parts=parts,
    )


def join_interrupted(quotes: Sequence[Quote], text: str) -> tuple[Quote, ...]:
    """``quotes`` (in text order) with the fragments of one attribution joined."""
    out: list[Quote] = []
    for q in quotes:
        if out and _joinable(out[-1], q, text):
            out[-1] = _joined(out[-1], q, text)
        else:
            out.append(q)
    return tuple(out)
