"""Time expressions against MEANTIME (English): relaxed span F1, then value F1.

Each record's text is split into paragraphs by lines (as ``crosswire.nlp.segments`` does), parsed
with ``load_nlp()`` and read by ``find_timexes`` with the record's ``doc_date`` as anchor (or the
date ``infer_document_date`` finds in the text when ``doc_date`` is missing or malformed).

MEANTIME annotates only the title, the date line and the first sentences of each article (no gold
time expression lies past its sixth line), so both sides are compared on those lines only:
``ANNOTATED_LINES``. A prediction matches a gold expression when their spans overlap (one-to-one,
in text order); a value match also needs the exact TimeML value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from crosswire.nlp.model import load_nlp
from crosswire.nlp.time import find_timexes, infer_document_date
from crosswire.types import Article, Timex
from eval.common import held_back, prf, read_jsonl

DATASET = "meantime_en.jsonl"
ANNOTATED_LINES = 6  # title, date line, four sentences: the extent of MEANTIME's annotation


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    for n, m in enumerate(re.finditer(r"[^\n]*", text)):
        if n >= 2 * ANNOTATED_LINES:  # finditer yields an empty match after each line
            break
        line = m.group()
        stripped = line.strip()
        if stripped:
            yield m.start() + line.index(stripped), stripped


def _anchor(record: dict) -> date | None:
    try:
        return date.fromisoformat(record.get("doc_date") or "")
    except ValueError:
        found = infer_document_date(Article(id=record["id"], text=record["text"]))
        return found.value if found else None


def _match(pred: list[Timex], gold: list[dict]) -> tuple[int, int]:
    """(span matches, value matches), pairing each gold with the first free overlapping pred."""
    used: set[int] = set()
    spans = values = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p.start < g["end"] and g["start"] < p.end:
                used.add(i)
                spans += 1
                values += p.value == g["value"]
                break
    return spans, values


def score(path: Path) -> dict[str, float]:
    nlp = load_nlp()
    counts = {"held": [0, 0, 0, 0], "all": [0, 0, 0, 0]}  # span tp, value tp, n_pred, n_gold
    for record in read_jsonl(path):
        paras = list(_paragraphs(record["text"]))
        docs = nlp.pipe(t for _, t in paras)
        pairs = [(o, d) for (o, _), d in zip(paras, docs, strict=True)]
        pred = list(find_timexes(pairs, _anchor(record)))
        spans, values = _match(pred, record["timexes"])
        for key in ("all", "held") if held_back(record["id"]) else ("all",):
            c = counts[key]
            c[0] += spans
            c[1] += values
            c[2] += len(pred)
            c[3] += len(record["timexes"])
    out: dict[str, float] = {}
    for key, prefix in (("held", ""), ("all", "all_")):
        span_tp, value_tp, n_pred, n_gold = counts[key]
        for name, tp in (("span", span_tp), ("value", value_tp)):
            p, r, f = prf(tp, n_pred, n_gold)
            out |= {f"{prefix}{name}_p": p, f"{prefix}{name}_r": r, f"{prefix}{name}_f1": f}
    return out
