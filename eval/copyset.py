"""The copy evaluation set, built at run time from a story dataset (nothing of it is stored).

Every original article gets a light-edit copy (a changed headline, a dropped or added paragraph,
a truncation to the first 40-60 %, a few word substitutions, an appended sentence; one or two of
these at once), and some copies get a copy of their own. They are mixed, with a fixed seed, into
a feed with the originals and the other outlets' independent reports of the same story; a copy
always comes after the text it was made from.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.common import held_back

SEED = 20240611
SECOND_COPY_SHARE = 0.3  # share of copies that are copied once more (a copy of a copy)
SUBSTITUTE_EVERY = 40  # a word substitution per this many words

# Written for this set: the kinds of lines an outlet adds to wire copy.
_HEADLINE_PREFIXES = ("UPDATE:", "Report:", "Breaking:", "WATCH:", "")
_APPENDED = (
    "This story has been updated with additional reporting.",
    "The Associated Press contributed to this report.",
    "Follow our live coverage for the latest developments.",
    "Check back for updates as this story develops.",
)


@dataclass(frozen=True, slots=True)
class CopyCase:
    id: str
    text: str
    original: str  # the id of the original article this traces to (itself for an original)
    story: str
    held: bool  # its story is in the held-back split


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _reheadline(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    paras = _paragraphs(text)
    words = paras[0].split()
    is_headline = len(words) < 20  # a first paragraph this short is the old headline
    words = words[:12]
    rng.shuffle(words)
    headline = " ".join([rng.choice(_HEADLINE_PREFIXES), *words[: max(3, len(words) - 2)]])
    body = paras[1:] if is_headline else paras
    return "\n\n".join([headline.strip(), *body])


def _drop_paragraph(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    paras = _paragraphs(text)
    if len(paras) < 3:
        return text
    del paras[rng.randrange(1, len(paras))]
    return "\n\n".join(paras)


def _add_paragraph(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    paras = _paragraphs(text)
    extra = _paragraphs(rng.choice(pool))
    paras.insert(rng.randint(1, len(paras)), rng.choice(extra))
    return "\n\n".join(paras)


def _truncate(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    cut = int(len(text) * rng.uniform(0.4, 0.6))
    space = text.rfind(" ", 0, cut)
    return text[: space if space > 0 else cut]


def _substitute(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // SUBSTITUTE_EVERY)):
        words[rng.randrange(len(words))] = rng.choice(words)
    return " ".join(words)


def _append(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    return text.rstrip() + "\n\n" + rng.choice(_APPENDED)


EDITS: tuple[Callable[[random.Random, str, Sequence[str]], str], ...] = (
    _reheadline,
    _drop_paragraph,
    _add_paragraph,
    _truncate,
    _substitute,
    _append,
)


def _edit(rng: random.Random, text: str, pool: Sequence[str]) -> str:
    for edit in rng.sample(EDITS, rng.choice((1, 1, 2))):
        text = edit(rng, text, pool)
    return text


def build(records: Sequence[dict], seed: int = SEED) -> list[CopyCase]:
    """Originals (``records`` with ``text`` and ``cluster``) and their copies, in feed order."""
    rng = random.Random(seed)
    originals = [
        CopyCase(f"o{i}", r["text"], f"o{i}", r["cluster"], held_back(r["cluster"]))
        for i, r in enumerate(records)
    ]
    feed = list(originals)
    rng.shuffle(feed)
    for n, orig in enumerate(originals):
        # Added paragraphs come from other stories, as an outlet's local paragraph would.
        pool = [r["text"] for r in records if r["cluster"] != orig.story]
        source = orig
        for k in range(2 if rng.random() < SECOND_COPY_SHARE else 1):
            text = _edit(rng, source.text, pool)
            copy = CopyCase(f"c{n}.{k}", text, orig.id, orig.story, orig.held)
            feed.insert(rng.randint(feed.index(source) + 1, len(feed)), copy)
            source = copy  # a second copy is made from the first: a copy of a copy
    return feed
