"""Why annotated cross-outlet acts that our events reach are not joined (issue 16).

    .venv/bin/python tools/story_join_misses.py ../shared/datasets [--quiet]

For each act of ``eval/data/story_acts_dev.jsonl`` that our events mention in two or more
outlets (``reachable`` in ``make eval``'s ``story_acts`` stage) but that no story event joins,
the pair of mentions from two outlets that comes closest to joining says why:

- ``grouping order``: a pair would join, but the groups made first keep them apart (one
  mention was folded into another act of its own report);
- ``likeness``: kin types, no side clashing, compatible dates, but sentences less alike than
  ``joins.JOIN_SIMILARITY`` asks for the sides they share;
- ``dates``: kin types, no side clashing, dates that cannot be one act's;
- ``sides``: kin types, a doer or recipient clashing (or one's doer the other's recipient);
- ``types``: no pair of the same family or PLOVER type.

The reasons count pairs as the matcher sees them, so ``likeness`` also holds pairs whose
sides only failed to be named. With ``--quiet`` only the tally is printed.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crosswire.stories import joins
from crosswire.stories.reconcile import reconcile, source_key
from eval.common import read_jsonl
from eval.score_story_acts import DATASET, GOLD, GoldAct, gold_acts, read_story

# Closest to joining first: an act counts under the first reason one of its pairs gives.
REASONS = ("grouping order", "likeness", "dates", "sides", "types")


def _why(m: joins.Mention, o: joins.Mention, similar: joins.Similarity) -> str:
    kin = m.family == o.family or (m.event.plover is not None and m.event.plover == o.event.plover)
    if not kin:
        return "types"
    sides = joins._sides(m, o)
    if sides is None:
        return "sides"
    if not joins._same_time(m.event, o.event):
        return "dates"
    return "likeness" if similar(m, o) < joins.JOIN_SIMILARITY[sides] else "grouping order"


def _show(m: joins.Mention) -> str:
    e = m.event
    doer, recipient = ((a.name or a.text) if a else None for a in (e.source, e.target))
    trigger = m.text[e.trigger_start : e.trigger_end]
    return f"[{m.article_id[:8]}] {e.plover}/{m.family} {doer} -> {recipient} {e.date} {trigger!r}"


def story_misses(story: dict, records: dict) -> list[tuple[GoldAct, str, list[joins.Mention]]]:
    docs = read_story(story, records)
    ids = {d.id: [f"{d.id}#{i}" for i in range(len(d.events))] for d in docs}
    rows = reconcile(story["cluster"], docs, ids, {})
    mentions = [joins.Mention(eid, d.id, source_key(d, {}, {}), ev, d.article.text)
                for d in docs for eid, ev in zip(ids[d.id], d.events, strict=True)]  # fmt: skip
    sentences = [d.article.text[x.start : x.end] for d in docs for x in d.sentences]
    similar = joins.sentence_likeness(mentions, sentences)
    out = []
    for act in gold_acts(story):
        inside = [m for m in mentions if act.holds(m.article_id, m.event.trigger_start)]
        if len({m.article_id for m in inside}) < 2:
            continue
        joined = any(
            len({x.article_id for x in row.mentions if act.holds(x.article_id, x.start)}) >= 2
            for row in rows
        )
        if joined:
            continue
        pairs = [(m, o) for m, o in product(inside, inside) if m.article_id < o.article_id]
        reason = min((_why(m, o, similar) for m, o in pairs), key=REASONS.index)
        out.append((act, reason, inside))
    return out


def main(datasets: Path, quiet: bool) -> None:
    records = {r["id"]: r for r in read_jsonl(datasets / DATASET)}
    tally: Counter[str] = Counter()
    for story in read_jsonl(GOLD):
        notes = {a["act"]: a.get("note", "") for a in story["acts"]}
        for act, reason, inside in story_misses(story, records):
            tally[reason] += 1
            if not quiet:
                print(f"\n{act.id} {act.type} ({reason}): {notes.get(act.id, '')}")
                for m in inside:
                    print("   ", _show(m))
    print("\nreached, not joined:", dict(tally.most_common()))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--quiet" in sys.argv[2:])
