"""Silver event labels on development articles: packets to annotate, and their standoff file.

    .venv/bin/python tools/silver/silver.py packets ../shared/datasets DIR
    .venv/bin/python tools/silver/silver.py collect ../shared/datasets DIR [OUT]

``packets`` picks the articles (``choose``) and writes, for each, ``DIR/packets/aNN.txt``: a
header and the article's sentences numbered as crosswire's reader cuts them, and
``DIR/meta.json`` (which article each packet is, its sentences' offsets). Annotators code each
packet under ``news_events_guidelines.md`` into ``DIR/out/aNN.jsonl`` (one line a sentence:
``{"n", "events": [{"type", "cameo", "source", "source_name", "target", "target_name",
"modality", "date"}]}``, spans copied from the sentence).

``collect`` turns those into ``tools/silver/news_events_silver.jsonl`` (or ``OUT``): the format of
``news_events_dev.jsonl`` with each span given as offsets (``source_span``, ``target_span``)
instead of text, so that no dataset text enters the repository. Packets of articles that are in
``news_events_dev.jsonl`` (given blind, to measure the annotators against the gold) are left out.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

OUT = HERE / "news_events_silver.jsonl"
SEED = 20261202
# BASIL stories: one article of every story that neither the annotated news articles nor the
# cross-outlet act annotations (eval/data/story_acts_dev.jsonl) use, and a second article of
# EXTRA stories; a story's other reports would teach the model its names, not the news.
EXTRA = 8
# political naeb pages, chosen by reading their titles
NAEB = ("346", "394", "374", "254", "43", "420")
BLIND = 3  # annotated articles given blind, for agreement
# Second and third rounds: PolNeAR training-part articles (US politics, 2015-16), of a middling
# length: the first 64 of the shuffled list (2026-12-02), then the next 64 (2026-12-05), collected
# into news_events_aside.jsonl: not trained on (README), a measure of unseen articles.
POLNEAR = 128


def _read(path: Path) -> list[dict]:
    from eval.common import read_jsonl

    return list(read_jsonl(path))


def choose(datasets: Path) -> list[tuple[str, str, str, str, str | None]]:
    """(dataset, id, text field, text, published) of the articles to annotate."""
    gold = _read(datasets / "news_events_dev.jsonl")
    basil = {b["id"]: b for b in _read(datasets / "basil_dev.jsonl")}
    used = {basil[g["id"]]["cluster"] for g in gold if g["dataset"] == "basil_dev.jsonl"}
    used |= {r["cluster"] for r in _read(HERE.parents[1] / "eval/data/story_acts_dev.jsonl")}
    rng = random.Random(SEED)
    stories: dict[str, list[dict]] = {}
    for b in basil.values():
        if b["cluster"] not in used:
            stories.setdefault(b["cluster"], []).append(b)
    out = []
    for cluster in sorted(stories):
        reports = sorted(stories[cluster], key=lambda b: b["id"])
        rng.shuffle(reports)
        first = reports[0]
        out.append(("basil_dev.jsonl", first["id"], "text", first["text"], first["date"]))
    second = [b for c in sorted(stories) for b in sorted(stories[c], key=lambda b: b["id"])[1:2]]
    rng.shuffle(second)
    out += [("basil_dev.jsonl", b["id"], "text", b["text"], b["date"]) for b in second[:EXTRA]]
    naeb = {r["id"]: r for r in _read(datasets / "naeb.jsonl.gz")}
    out += [
        ("naeb.jsonl.gz", r["id"], "expected_text", r["expected_text"], (r["date"] or "")[:10])
        for r in (naeb[i] for i in NAEB)
    ]
    blind = [g for g in gold if len(g["sentences"]) < 45]
    rng.shuffle(blind)
    for g in blind[:BLIND]:
        rec = basil[g["id"]] if g["dataset"] == "basil_dev.jsonl" else naeb[g["id"]]
        out.append((g["dataset"], g["id"], g["text_field"], rec[g["text_field"]], g["published"]))
    return out + _polnear(datasets, rng)


def _polnear(datasets: Path, rng: random.Random) -> list[tuple[str, str, str, str, str | None]]:
    from eval.common import held_back

    rows = [
        r
        for r in _read(datasets / "polnear_train.jsonl")
        if not held_back(r["id"]) and 1500 <= len(r["text"]) <= 5000
    ]
    rows.sort(key=lambda r: r["id"])
    rng.shuffle(rows)
    chosen = rows[:POLNEAR]
    return [("polnear_train.jsonl", r["id"], "text", r["text"], r["doc_date"]) for r in chosen]


def sentences(text: str, nlp) -> list[tuple[int, int]]:
    """Sentence offsets as crosswire's reader cuts the text (paragraphs, then spaCy)."""
    from crosswire.nlp.segments import paragraphs
    from crosswire.types import Article

    out = []
    for start, end in paragraphs(Article(id="silver", text=text)):
        for sent in nlp(text[start:end]).sents:
            if sent.text.strip():
                out.append((start + sent.start_char, start + sent.end_char))
    return out


def packets(datasets: Path, where: Path) -> None:
    from crosswire.nlp.model import load_nlp

    nlp = load_nlp()
    gold = {(g["dataset"], g["id"]) for g in _read(datasets / "news_events_dev.jsonl")}
    (where / "packets").mkdir(parents=True, exist_ok=True)
    meta = []
    for k, (dataset, aid, field, text, published) in enumerate(choose(datasets)):
        cut = sentences(text, nlp)
        name = f"a{k:02d}"
        lines = [f"ARTICLE {name}  published {published}", ""]
        lines += [f"[{n}] {text[a:b].strip()}" for n, (a, b) in enumerate(cut)]
        (where / "packets" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        meta.append({"name": name, "dataset": dataset, "id": aid, "text_field": field,
                     "published": published, "sentences": cut,
                     "gold": (dataset, aid) in gold})  # fmt: skip
    (where / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _span(text: str, start: int, end: int, span: str | None) -> list[int] | None:
    """Offsets of the first whole-word occurrence of ``span`` in text[start:end] ("he" is not
    the end of "the")."""
    span = (span or "").strip()
    if not span:
        return None
    found = re.compile(rf"(?<!\w){re.escape(span)}(?!\w)").search(text, start, end)
    return [found.start(), found.end()] if found else None


def collect(datasets: Path, where: Path, out: Path | None = None) -> tuple[int, int, int, int]:
    """Write the standoff file ``out`` (``OUT``); (articles, sentences, events, spans not found)
    written. One report of a BASIL story is kept: a story's reports in two folds would let the
    model learn the acts it is scored on."""
    out = out or OUT
    meta = json.loads((where / "meta.json").read_text(encoding="utf-8"))
    texts = {}
    for name in {m["dataset"] for m in meta}:
        wanted = {m["id"] for m in meta if m["dataset"] == name}
        for rec in _read(datasets / name):
            if rec.get("id") in wanted:
                texts[name, rec["id"]] = rec
    # an article coded in an earlier round, whose packet is not annotated in DIR, keeps its row
    earlier = {(r["dataset"], r["id"]): r for r in _read(out)} if out.exists() else {}
    rows, n_sent, n_ev, lost = [], 0, 0, 0
    stories: set[str] = set()
    for m in meta:
        path = where / "out" / f"{m['name']}.jsonl"
        record = texts[m["dataset"], m["id"]]
        story = record.get("cluster") or f"{m['dataset']}:{m['id']}"
        kept = earlier.get((m["dataset"], m["id"]))
        if m["gold"] or story in stories or not (path.exists() or kept):
            continue
        stories.add(story)
        if not path.exists():
            rows.append(kept)
            n_sent += len(kept["sentences"])
            n_ev += sum(len(s["events"]) for s in kept["sentences"])
            continue
        text = record[m["text_field"]]
        coded = {r["n"]: r.get("events") or [] for r in _read(path)}
        sents = []
        for n, (start, end) in enumerate(m["sentences"]):
            events = []
            for e in coded.get(n, []):
                event = {k: e.get(k) for k in ("type", "cameo", "source_name", "target_name",
                                               "modality", "date")}  # fmt: skip
                for side in ("source", "target"):
                    event[f"{side}_span"] = _span(text, start, end, e.get(side))
                    lost += bool(e.get(side)) and event[f"{side}_span"] is None
                events.append(event)
            sents.append({"n": n, "start": start, "end": end, "events": events})
            n_sent, n_ev = n_sent + 1, n_ev + len(events)
        rows.append({"dataset": m["dataset"], "id": m["id"], "text_field": m["text_field"],
                     "published": m["published"], "sentences": sents})  # fmt: skip
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows), n_sent, n_ev, lost


if __name__ == "__main__":
    command, datasets, where = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if command == "packets":
        packets(datasets, where)
    else:
        out = Path(sys.argv[4]) if len(sys.argv) > 4 else None
        n_articles, n_sentences, n_events, lost = collect(datasets, where, out)
        print(f"articles {n_articles}, sentences {n_sentences}, events {n_events}, "
              f"spans lost {lost}")  # fmt: skip
