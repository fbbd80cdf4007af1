"""Hand-written training sentences: free news prose in a light markup, read into the synthetic
corpus's record format.

    .venv/bin/python tools/synthetic/written.py     # checks every file, prints the counts

The templates of ``generate.py`` teach constructions; these sentences teach the words news uses
for its commonest acts (criticism, demands, refusals, support, admissions) and for what is not
an act, written one by one (``written/README.md``). One sentence a line; ``#`` starts a comment.

    {S|Senator Ruth Alder} [said|ACCUSE] {T|the agency} had misled families about the costs.
    {S|The union} [urged|REQUEST] {T|ministers} to [reopen|NONE] the talks.
    The minister [said|NONE|asserted] the talks would resume on Monday.

``[word|TYPE]`` or ``[word|TYPE|modality]`` marks a verb and its label (a PLOVER root or NONE;
modality as in ``README.md``, default ``asserted``). ``{S|...}`` and ``{T|...}`` mark the
source and target of the first marked verb, ``{S2|...}`` / ``{T2|...}`` of the second, and so
on. Verbs left unmarked are not training examples.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "written"
TYPES = frozenset(
    {
        *("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "YIELD", "SANCTION", "CONSULT"),
        *("THREATEN", "ASSAULT", "COERCE", "MOBILIZE", "AID", "COOPERATE", "PROTEST", "NONE"),
    }
)
MODALITIES = frozenset({"asserted", "reported", "planned", "hedged", "negated", "conditional"})
_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)(?:\|([a-z]+))?\]|\{([ST])(\d*)\|([^{}|]+)\}")


class MarkupError(ValueError):
    pass


def parse_line(line: str, rid: str) -> dict:
    """One marked-up sentence as a record of ``events.jsonl``'s format."""
    text, preds, sides = [], [], {}
    at, pos = 0, 0
    for m in _MARK.finditer(line):
        plain = _plain(line[at : m.start()], rid)
        text.append(plain)
        pos += len(plain)
        word, typ, modality, side, index, span = m.groups()
        if word is not None:
            if not word.isalpha():
                raise MarkupError(f"{rid}: a predicate is one word, not {word!r}")
            if typ not in TYPES or (modality or "asserted") not in MODALITIES:
                raise MarkupError(f"{rid}: unknown label {typ}|{modality}")
            preds.append({"start": pos, "end": pos + len(word), "type": typ, "cameo": None,
                          "modality": modality or "asserted"})  # fmt: skip
            text.append(word)
            pos += len(word)
        else:
            key = (side, int(index or 1))
            if key in sides:
                raise MarkupError(f"{rid}: two {side}{index} spans")
            sides[key] = [pos, pos + len(span)]
            text.append(span)
            pos += len(span)
        at = m.end()
    text.append(_plain(line[at:], rid))
    if not preds:
        raise MarkupError(f"{rid}: no marked verb")
    if any(n > len(preds) for _, n in sides):
        raise MarkupError(f"{rid}: a span names a verb that is not marked")
    for n, p in enumerate(preds, 1):
        p["source"] = sides.get(("S", n)) if p["type"] != "NONE" else None
        p["target"] = sides.get(("T", n)) if p["type"] != "NONE" else None
        p["kind"] = "written"
    return {"id": rid, "text": "".join(text), "predicates": preds}


def _plain(piece: str, rid: str) -> str:
    """Text between marks, which holds no markup character."""
    if any(c in piece for c in "[]{}|"):
        raise MarkupError(f"{rid}: stray markup in {piece!r}")
    return piece


def records(folder: Path = FOLDER) -> list[dict]:
    """Every sentence of the folder's ``*.txt`` files, in file and line order."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(parse_line(line, f"wr-{path.stem}-{n}"))
    return out


def check(recs: list[dict]) -> list[str]:
    """Problems a parse shows: a marked word spaCy does not read as a verb is no example."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from crosswire.events.coder import model_candidate
    from crosswire.nlp.model import load_nlp

    problems = []
    texts = Counter(r["text"] for r in recs)
    problems += [f"sentence twice: {t[:60]}" for t, n in texts.items() if n > 1]
    docs = load_nlp().pipe((r["text"] for r in recs), batch_size=64)
    for r, doc in zip(recs, docs, strict=True):
        for p in r["predicates"]:
            tok = next((t for t in doc if t.idx == p["start"]), None)
            if tok is None or not model_candidate(tok):
                word = r["text"][p["start"] : p["end"]]
                problems.append(f"{r['id']}: {word!r} is not parsed as a verb")
    return problems


def main() -> int:
    recs = records()
    problems = check(recs)
    for p in problems:
        print(p)
    labels = Counter(p["type"] for r in recs for p in r["predicates"])
    print(f"{len(recs)} sentences, {sum(labels.values())} predicates, {len(problems)} problems")
    print(json.dumps(dict(labels.most_common())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
