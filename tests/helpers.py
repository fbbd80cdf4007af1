"""Small helpers for tests that run the reading pipeline on hand-written text."""

import subprocess
import sys
from contextlib import contextmanager
from datetime import date

import pytest

from crosswire.events import wordvectors
from crosswire.pipeline import analyse_articles
from crosswire.types import Article, Document, DocumentDate

# tests of what the MiniLM word-piece vectors do; the fallback without them has its own tests
needs_vectors = pytest.mark.skipif(
    not wordvectors.available(),
    reason="the MiniLM package is not installed (make install installs it)",
)


def read_text(text: str, when: date | None = date(2021, 10, 18)) -> Document:
    doc_date = DocumentDate(when, "given", 1.0) if when else None
    return analyse_articles([(Article(id="t", text=text), doc_date)])[0]


def events_of(text: str, when: date | None = date(2021, 10, 18)):
    doc = read_text(text, when)
    return [(e, text[e.trigger_start : e.trigger_end]) for e in doc.events]


@contextmanager
def held_by_another_process(path):
    """``path`` opened for writing by another Python process until the block ends; yields
    that process (its ``pid``)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(path)!r}); "
         "print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
