"""Store write and read: analysed documents into and out of a DuckDB file.

A few articles are analysed once (untimed) and repeated under fresh ids up to the requested
count, so the store sees real documents without the benchmark paying for the pipeline N times.
Baselines in the same run: serialising the same documents to JSON lines (what the batch
contract writes instead), and ``write_document`` one document per transaction.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path

from corpus import load_articles, take
from measure import Result, Row, best_of
from pipeline import raw_documents

from crosswire.pipeline import process_batch
from crosswire.run.local import BATCH_DOCS, batched
from crosswire.settings import DEFAULTS
from crosswire.store import Store
from crosswire.types import Document

SEED_DOCS = 20  # distinct articles analysed; the rest are copies of them under new ids
SINGLE_DOCS = 100  # documents written one transaction each (the slow path, kept short)


def _documents(shared: Path | None, n: int) -> tuple[str, list[Document]]:
    corpus = load_articles(shared)
    analysed = process_batch(raw_documents(take(corpus.texts, min(n, SEED_DOCS))), DEFAULTS)
    seeds = [d for d in analysed if isinstance(d, Document)]
    docs = [
        replace(d, article=replace(d.article, id=f"b{i}:{d.id}"))
        for i, d in enumerate(seeds[i % len(seeds)] for i in range(n))
    ]
    return corpus.source, docs


def _hash(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode("utf-8")).hexdigest()


def _write_batched(path: Path, docs: Sequence[Document]) -> Path:
    with Store(path) as store:
        run_id = store.start_run(["bench"])
        for batch in batched(docs, BATCH_DOCS):
            store.write_documents([(d, _hash(d.id)) for d in batch], run_id)
    return path


def _write_single(path: Path, docs: Sequence[Document]) -> None:
    with Store(path) as store:
        run_id = store.start_run(["bench"])
        for d in docs:
            store.write_document(d, run_id, _hash(d.id))


def _read_all(path: Path, ids: Sequence[str]) -> list[Document]:
    with Store(path, read_only=True) as store:
        return [store.read_document(i) for i in ids]


def _jsonl(docs: Sequence[Document]) -> int:
    return sum(len(json.dumps(asdict(d), default=str)) for d in docs)


def bench_store(shared: Path | None, n: int = 1000, repeat: int = 1) -> Result:
    source, docs = _documents(shared, n)
    single = docs[:SINGLE_DOCS]
    ids = [d.id for d in docs]
    with tempfile.TemporaryDirectory(prefix="crosswire-bench-") as tmp:
        files = (Path(tmp) / f"{i}.duckdb" for i in itertools.count())
        last, batched_s = best_of(lambda: _write_batched(next(files), docs), repeat)
        _, single_s = best_of(lambda: _write_single(next(files), single), repeat)
        back, read_s = best_of(lambda: _read_all(last, ids), repeat)
    _, json_s = best_of(lambda: _jsonl(docs), repeat)
    rows = (
        Row("JSON lines serialisation (baseline)", len(docs), "documents", json_s),
        Row(f"write_documents, {BATCH_DOCS} per call", len(docs), "documents", batched_s),
        Row("write_document, one per call", len(single), "documents", single_s),
        Row("read_document", len(back), "documents", read_s),
    )
    per_doc = batched_s / len(docs)
    ratios = (
        ("write_documents time / JSON serialisation time", batched_s / json_s),
        ("one-per-call cost / batched cost, per document", single_s / len(single) / per_doc),
        ("read_document cost / batched write cost, per document", read_s / len(back) / per_doc),
    )
    events = sum(len(d.events) for d in docs)
    entities = sum(len(d.entities) for d in docs)
    notes = (
        f"{len(docs):,} documents ({min(n, SEED_DOCS)} analysed articles repeated under new "
        f"ids): {entities:,} entities, {events:,} events",
        f"{sum(a == b for a, b in zip(back, docs, strict=True)):,} of {len(docs):,} documents "
        "read back equal to the document written; a fresh DuckDB file per write timing",
    )
    return Result("store", "Store write and read", source, rows, ratios, notes)
