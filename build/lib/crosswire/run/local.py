"""The local executor: the pipeline over batches in this process.

Batches keep spaCy's ``nlp.pipe`` efficient and give an undated article the dated reports of its
story to borrow a date from; the Dask executor maps the same ``process_batch``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from crosswire.pipeline import process_batch
from crosswire.settings import DEFAULTS, Settings
from crosswire.types import Document, RawDocument, Skipped

BATCH_DOCS = 64  # documents per batch: big enough for nlp.pipe, small enough to stream


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def run_local(
    raws: Iterable[RawDocument | Skipped],
    settings: Settings = DEFAULTS,
    batch_docs: int = BATCH_DOCS,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[Document | Skipped]:
    """Results in input order; ``on_batch(n)`` is called after each batch of n inputs."""
    for batch in batched(raws, batch_docs):
        yield from process_batch(batch, settings)
        if on_batch:
            on_batch(len(batch))
