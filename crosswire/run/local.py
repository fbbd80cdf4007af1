"""The local executor: the pipeline over batches, in this process or a pool of processes.

Batches keep spaCy's ``nlp.pipe`` efficient and give an undated article the dated reports of its
story to borrow a date from; the Dask executor maps the same ``process_batch``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from crosswire.errors import PipelineError
from crosswire.settings import DEFAULTS, Settings
from crosswire.types import Document, RawDocument, Skipped

BATCH_DOCS = 64  # documents per batch: big enough for nlp.pipe, small enough to stream
IN_FLIGHT = 2  # batches queued per worker beyond the one it processes


def process_batch(
    raws: list[RawDocument | Skipped], settings: Settings
) -> list[Document | Skipped]:
    """``crosswire.pipeline.process_batch``, imported on the first call: a command whose
    workers do the reading does not import spaCy in its own process too (1-2 s of a core)."""
    from crosswire.pipeline import process_batch

    return process_batch(raws, settings)


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def run_local(
    raws: Iterable[RawDocument | Skipped],
    settings: Settings = DEFAULTS,
    batch_docs: int = BATCH_DOCS,
    on_batch: Callable[[int], None] | None = None,
    workers: int = 1,
) -> Iterator[Document | Skipped]:
    """Results in input order; ``on_batch(n)`` is called after each batch of n inputs."""
    for batch, results in map_batches(batched(raws, batch_docs), settings, workers):
        yield from results
        if on_batch:
            on_batch(len(batch))


def map_batches(
    batches: Iterable[list], settings: Settings, workers: int = 1, raws_of=None
) -> Iterator[tuple[list, list[Document | Skipped]]]:
    """(batch, its results) in input order; ``raws_of(batch)`` gives the batch's inputs (the
    batch itself by default).

    With ``workers`` > 1 the batches are processed by a pool of that many spawned processes
    (each loads the model once), at most ``IN_FLIGHT`` batches per worker ahead of the one
    being written, so memory stays bounded; the batches are the same as in one process, so
    the results are too. An input of one batch is processed here: a pool would only add the
    workers' start-up."""
    raws_of = raws_of or (lambda batch: batch)
    batches = iter(batches)
    head = list(islice(batches, 2))
    if workers <= 1 or len(head) < 2:
        for batch in chain(head, batches):
            yield batch, process_batch(raws_of(batch), settings)
        return
    context = multiprocessing.get_context("spawn")  # fork would copy a loaded model's threads
    pending: deque = deque()
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        try:
            for batch in chain(head, batches):
                pending.append((batch, pool.submit(process_batch, raws_of(batch), settings)))
                if len(pending) > IN_FLIGHT * workers:
                    batch, future = pending.popleft()
                    yield batch, future.result()
            while pending:
                batch, future = pending.popleft()
                yield batch, future.result()
        except BrokenProcessPool as exc:
            raise PipelineError(f"a worker process died ({exc}): try --workers 1") from exc
        finally:
            for _, future in pending:
                future.cancel()


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
