"""End to end on every core: `crosswire analyze` and `crosswire ingest` with 1 and 2 worker
processes against a bare single-process spaCy parse of the same articles, all in one run.

The commands run as a user runs them (a fresh process each: start-up, reading the JSONL,
writing the records or the store are counted); the parse is ``nlp.pipe`` over the whole texts
(batch 32) with the model loaded before the clock starts, as issue 18 defines its baseline: the
stock en_core_web_sm pipeline. The same parse with the model as crosswire loads it (its attribute
ruler matching by lookup, ``crosswire.nlp.model``) is timed too, to show what that part buys.
Repeated articles get fresh ids and numbered paragraphs (`corpus.take`), so the ingest analyses
every one and no paragraph is a copy. A last run reads a stream where each of the first n/2
articles comes twice in a row (a wire copy under another id), against a bare parse of that stream:
what crosswire's reuse of a paragraph's parse gives when copies arrive together.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from corpus import load_articles, take
from measure import Result, Row, timed

from crosswire.nlp.model import load_nlp, load_stock_nlp

CROSSWIRE = Path(sys.executable).parent / "crosswire"


def _run(*args: str) -> None:
    subprocess.run([str(CROSSWIRE), *args, "--quiet"], check=True, capture_output=True)


def _write(texts, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for t in texts:
            published = t.published.isoformat() if t.published else None
            out.write(json.dumps({"id": t.id, "text": t.text, "published": published}) + "\n")


def bench_workers(shared: Path | None, n: int = 600, repeat: int = 1) -> Result:
    corpus = load_articles(shared)
    texts = take(corpus.texts, n)
    copied = tuple(c for t in texts[: n // 2] for c in (t, replace(t, id=f"{t.id}:copy")))
    nlp, ours = load_stock_nlp(), load_nlp()
    list(nlp.pipe([t.text for t in texts[:2]]))
    list(ours.pipe([t.text for t in texts[:2]]))
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        _write(texts, inputs)
        _, parse = timed(lambda: list(nlp.pipe([t.text for t in texts], batch_size=32)))
        rows = [Row("bare spaCy parse, one process", n, "articles", parse)]
        _, patched = timed(lambda: list(ours.pipe([t.text for t in texts], batch_size=32)))
        rows.append(Row("the same parse, crosswire's model loading", n, "articles", patched))
        for command in ("analyze", "ingest"):
            for workers in (1, 2):
                target = Path(tmp) / f"{command}{workers}"
                if command == "analyze":
                    where = ["-o", f"{target}.jsonl"]
                else:
                    where = ["--db", f"{target}.duckdb"]
                args = [command, str(inputs), *where, "--workers", str(workers)]
                _, seconds = timed(lambda a=args: _run(*a))
                rows.append(Row(f"crosswire {command} --workers {workers}", n, "articles", seconds))
        copies = Path(tmp) / "copies.jsonl"
        _write(copied, copies)
        _, copies_parse = timed(lambda: list(nlp.pipe([t.text for t in copied], batch_size=32)))
        args = ["analyze", str(copies), "-o", str(Path(tmp) / "copies.out.jsonl"), "--workers", "2"]
        _, copies_run = timed(lambda: _run(*args))
    copy_rows = (
        Row("bare spaCy parse, half the articles copies", n, "articles", copies_parse),
        Row("crosswire analyze --workers 2, half the articles copies", n, "articles", copies_run),
    )
    by = {r.what: r.seconds for r in rows}
    ratios = (
        *((f"{r.what}: speed against the bare parse", parse / r.seconds) for r in rows[2:]),
        ("crosswire's model loading: speed against the bare parse", parse / patched),
        *((f"crosswire {c}: 2 workers against 1",
           by[f"crosswire {c} --workers 1"] / by[f"crosswire {c} --workers 2"])
          for c in ("analyze", "ingest")),
        ("crosswire analyze --workers 2, half the articles copies: speed against their bare parse",
         copies_parse / copies_run),
    )  # fmt: skip
    return Result("workers", "End to end on every core", corpus.source, (*rows, *copy_rows), ratios)
