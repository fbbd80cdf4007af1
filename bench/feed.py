"""A large news feed made from a small corpus, for copy detection and story clustering.

Each item is either a new report (paragraphs drawn from several corpus articles, shuffled and
lightly edited, under a new headline) or, with probability ``COPY_SHARE``, a light edit of a
recent item: re-headlined, a paragraph dropped, truncated or with a few words substituted, as
outlets do to wire copy. Items are dated in feed order over ``SPAN_DAYS``, so a story window
holds the few hundred items a busy desk sees in a week. Fixed seed: the same feed every run.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from corpus import SEED, Text

COPY_SHARE = 0.25  # wire copy re-run by other outlets: a quarter of a feed, as a round guess
RECENT = 200  # a copy is made of one of the last this many items (copies follow quickly)
SPAN_DAYS = 365  # the feed's items spread over a year
PARAGRAPHS = (4, 9)  # paragraphs of a new report
SUBSTITUTE_EVERY = 50  # one word substitution per this many words

_Edit = Callable[[random.Random, str], str]


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _substitute(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // SUBSTITUTE_EVERY)):
        words[rng.randrange(len(words))] = rng.choice(words)
    return " ".join(words)


def _drop_paragraph(rng: random.Random, text: str) -> str:
    paras = _paragraphs(text)
    if len(paras) > 2:
        del paras[rng.randrange(1, len(paras))]
    return "\n\n".join(paras)


def _truncate(rng: random.Random, text: str) -> str:
    cut = int(len(text) * rng.uniform(0.5, 0.8))
    return text[: max(text.rfind(" ", 0, cut), 1)]


def _reheadline(rng: random.Random, text: str) -> str:
    paras = _paragraphs(text)
    words = paras[0].split()[:10]
    rng.shuffle(words)
    return "\n\n".join([" ".join(["UPDATE:", *words]), *paras[1:]])


EDITS: tuple[_Edit, ...] = (_substitute, _drop_paragraph, _truncate, _reheadline)


def _new_report(rng: random.Random, pool: Sequence[list[str]]) -> str:
    paras = [rng.choice(rng.choice(pool)) for _ in range(rng.randint(*PARAGRAPHS))]
    headline = " ".join(rng.choice(paras).split()[:8])
    return _substitute(rng, "\n\n".join([headline, *paras]))


@dataclass(frozen=True, slots=True)
class Feed:
    items: tuple[Text, ...]
    copies: int  # how many items were made as light edits of an earlier one


def make_feed(corpus: Sequence[Text], n: int, seed: int = SEED) -> Feed:
    """``n`` dated feed items (ids ``f0``, ``f1``...) in publication order."""
    rng = random.Random(seed)
    pool = [p for p in (_paragraphs(t.text) for t in corpus) if p]
    start = date(2014, 1, 1)
    items: list[Text] = []
    copies = 0
    for i in range(n):
        day = start + timedelta(days=i * SPAN_DAYS // max(n, 1))
        if items and rng.random() < COPY_SHARE:
            text = rng.choice(items[-RECENT:]).text
            for edit in rng.sample(EDITS, rng.randint(1, 2)):
                text = edit(rng, text)
            copies += 1
        else:
            text = _new_report(rng, pool)
        items.append(Text(f"f{i}", text, text.split("\n", 1)[0], day))
    return Feed(tuple(items), copies)
