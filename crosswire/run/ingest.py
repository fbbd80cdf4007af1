"""`crosswire ingest`: inputs → pipeline → store, then copies, stories and story events.

Resumable: the results of each batch the pipeline returns (``BATCH_DOCS`` documents) are
written in one transaction, with the raw inputs they came from and the hash of each one's
content (the Dask ingest stores a batch's inputs before the cluster sees them, and each shard's
results in one transaction); a document already stored with the same hash is not analysed
again. So a killed run re-run redoes the batch it was writing and adds what is missing, nothing
twice. One transaction per batch, not per document, because each transaction and each of its
dozen inserts has a fixed cost of milliseconds: per document (~40 ms) the store's one writer was
as slow as the analysis; a batch pays it once, and a kill loses at most one batch's analysis.

A run's stories are written in one transaction that also finishes the run; a run killed or
failed before it stays unfinished in the store (a failed one with its error), and the next run
groups that run's articles with its own, so no article is left out of the stories and no story
without its events. The raw input of each document the pipeline sees (analysed or skipped by
it) is kept, so ``reanalyse`` can re-run the pipeline (after a change of code or settings)
without the inputs.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from crosswire.errors import NotFound, StoreError, isolated
from crosswire.ingest.files import read_inputs
from crosswire.run.local import BATCH_DOCS, batched, map_batches
from crosswire.settings import Settings
from crosswire.store.duckdb_store import Store
from crosswire.stories.assemble import Assembly, assemble_outlines, extend
from crosswire.types import Document, RawDocument, Skipped


@dataclass(frozen=True)
class RunReport:
    run_id: str
    counts: dict[str, int]
    skipped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def content_hash(raw: RawDocument) -> str:
    """What the analysis depends on: the content and what we were told about it."""
    h = hashlib.sha256()
    body = raw.content.encode("utf-8") if isinstance(raw.content, str) else raw.content
    for part in (raw.content_type, raw.url or "", raw.outlet or "", repr(raw.hints)):
        h.update(part.encode("utf-8") + b"\0")
    h.update(body)
    return h.hexdigest()


def regroup(store: Store, settings: Settings, changed: Sequence[str] | None = None) -> Assembly:
    """Copies, stories and story events after ``changed`` articles were written.

    Incremental when the store has stories and ``changed`` is given: the stored stories stay
    and only the changed articles join or open stories (``extend``). Otherwise every stored
    article is grouped afresh (``assemble_outlines``). Articles a user placed stay in their story.
    Grouping reads every article's outline; only the stories it recomputes load their
    articles' analyses, a few hundred at a time.
    """
    outlines = store.read_outlines()
    before = store.stories()
    if changed is not None and before:
        return extend(outlines, store.read_documents, settings, before, set(changed),
                      store.copies(), store.pins())  # fmt: skip
    return assemble_outlines(outlines, store.read_documents, settings, store.pins())


def _grouped(made: Assembly) -> dict[str, int]:
    return {"copies": len(made.copies), "stories": len(made.stories),
            "stories_updated": len(made.events)}  # fmt: skip


def refresh_stories(
    store: Store, settings: Settings, changed: Sequence[str] | None = None
) -> dict[str, int]:
    """``regroup`` written into the store in one transaction; its counts."""
    made = regroup(store, settings, changed)
    store.write_stories(made.copies, made.stories, made.events)
    return _grouped(made)


def new_inputs(
    inputs: Sequence[str], store: Store, settings: Settings, counts: Counter[str]
) -> Iterator[tuple[RawDocument, str] | tuple[Skipped, None]]:
    """The documents of ``inputs`` not yet stored with the same content, with their hash, and
    the documents the readers reject (without one), in input order. Counts what is read and
    unchanged.

    A rejected document goes down the same stream so that it is written where it was read,
    after the documents before it: an id read as a document and later rejected ends stored and
    listed as skipped, by either executor, wherever the batches end.
    """
    for raw in read_inputs(inputs, settings.ingest.max_bytes, settings.fetch):
        counts["read"] += 1
        if isinstance(raw, Skipped):
            yield raw, None
        elif isinstance(digest := isolated(raw.id, "ingest", content_hash, raw), Skipped):
            yield digest, None
        elif store.has_article(raw.id, digest):
            counts["unchanged"] += 1
        else:
            yield raw, digest


@contextmanager
def recorded(store: Store, run_id: str) -> Iterator[None]:
    """A run that raises is marked with its error, when the store can still be written (a
    full disk may refuse that too); either way it stays unfinished for the next run."""
    try:
        yield
    except BaseException as exc:
        with suppress(StoreError):
            store.fail_run(run_id, " ".join(f"{type(exc).__name__}: {exc}".split()))
        raise


def close_run(
    store: Store,
    settings: Settings,
    run_id: str,
    counts: Counter[str],
    skipped: Counter[str],
    started: float,
    recluster: bool = False,
    changed: Sequence[str] = (),
) -> RunReport:
    """Refresh copies and stories for the articles the run wrote, ``changed`` ones and those
    of earlier runs left unfinished (incrementally unless ``recluster``), and finish the run
    with its counts in the same transaction; report them."""
    resumed = store.unfinished_runs(but=run_id)
    ids = None if recluster else [*changed, *store.run_article_ids(run_id, *resumed)]
    made = regroup(store, settings, ids)
    counts.update(_grouped(made))
    if resumed:
        counts["resumed_runs"] = len(resumed)
    final = dict(counts) | {f"skipped:{k}": v for k, v in skipped.items()}
    store.write_stories(made.copies, made.stories, made.events, run_id, final, resumed)
    return RunReport(run_id, dict(counts), dict(skipped), time.perf_counter() - started)


def ingest(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    progress: Callable[[int], None] | None = None,
    recluster: bool = False,
    workers: int = 1,
) -> RunReport:
    """Run the pipeline over ``inputs`` into ``store``; ``progress(n)`` after every n inputs.
    New articles join the stored stories; ``recluster`` groups every article afresh. With
    ``workers`` > 1 documents are processed by a pool of processes (``run.local``). Either
    way they are written here, by the store's one writer, in input order, a batch per
    transaction."""
    t0 = time.perf_counter()
    run_id = store.start_run(inputs)
    counts: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    with recorded(store, run_id):
        reported = 0
        batches = batched(new_inputs(inputs, store, settings, counts), BATCH_DOCS)
        for batch, results in map_batches(batches, settings, workers, _raws):
            # with their inputs: a document is never stored without its input, and one the
            # pipeline skips keeps its input too, so `reanalyse` can retry it after a fix
            raws = [(raw, digest) for raw, digest in batch if digest is not None]
            hashes = [digest for _, digest in batch]
            written = store.write_results(list(zip(results, hashes, strict=True)), run_id, raws)
            tally(results, written, counts, skipped)
            if progress:
                progress(counts["read"] - reported)
                reported = counts["read"]
        return close_run(store, settings, run_id, counts, skipped, t0, recluster)


def _raws(batch: list) -> list:
    return [raw for raw, _ in batch]


def tally(
    results: Sequence[Document | Skipped],
    written: Sequence[bool],
    counts: Counter[str],
    skipped: Counter[str],
) -> None:
    """Count results as ``Store.write_results`` wrote them: a document not written was stored
    as is earlier in this run (an id read twice); a skip by its reason."""
    for result, new in zip(results, written, strict=True):
        if isinstance(result, Skipped):  # by a reader (passed through) or the pipeline
            skipped[result.reason] += 1
            counts["skipped"] += 1
        else:
            counts["analysed" if new else "unchanged"] += 1


def reanalyse(
    store: Store,
    settings: Settings,
    article_ids: Sequence[str] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
) -> RunReport:
    """Re-run the pipeline on the kept raw inputs of ``article_ids`` (default: all kept).

    Each result replaces the article's rows; one the pipeline now skips is removed from the
    articles and listed as skipped (its raw input stays). Then copies and stories are refreshed.
    Raises NotFound, before any change, for a given id whose raw input is not kept.
    """
    t0 = time.perf_counter()
    kept = store.raw_ids()
    ids = kept if article_ids is None else list(dict.fromkeys(article_ids))
    missing = sorted(set(ids) - set(kept))
    if missing:
        raise NotFound(f"no raw input kept for {missing}: ingest them (again) to keep it")
    run_id = store.start_run(["reanalyse", *([] if article_ids is None else ids)])
    counts: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    with recorded(store, run_id):
        batches = ([store.read_raw(i) for i in batch] for batch in batched(ids, BATCH_DOCS))
        for raws, results in map_batches(batches, settings, workers):
            counts["read"] += len(raws)
            hashes = [content_hash(raw) for raw in raws]
            # replace: a document replaces its rows, a skip removes its article (not its input)
            written = store.write_results(
                list(zip(results, hashes, strict=True)), run_id, replace=True
            )
            tally(results, written, counts, skipped)
            if progress:
                progress(len(raws))
        # a given id the pipeline now skips is in no article any more: named so its story changes
        return close_run(store, settings, run_id, counts, skipped, t0, article_ids is None, ids)
