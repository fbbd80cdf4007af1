"""The DuckDB store: everything one run produces, in one embedded file, with one writer.

DuckDB lets one process write a file at a time; this class is that writer. Documents are written
in transactions keyed on article id and content hash (``write_results`` writes a batch of
results in one, and the local ingest the batch's raw inputs with them), so a run that is killed
and started again ends with every document stored exactly once. A run's copies, stories and
story events are written in one more transaction, which also marks the run finished
(``write_stories``): a run killed or failed before it leaves the stories as they were and itself
unfinished, and the next run groups its articles too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa

from crosswire.errors import NotFound, StoreError
from crosswire.store import queries as Q
from crosswire.store import rows as R
from crosswire.store.connect import open_connection, transaction
from crosswire.store.pause import pause_point
from crosswire.types import (
    ArticleOutline,
    CopyLink,
    Document,
    RawDocument,
    Skipped,
    Story,
    StoryEvent,
)

# Name under which rows being inserted are visible to SQL (see Store._insert).
_STAGING = "_crosswire_staging"
# Tables holding one article's rows, deleted together when an article is replaced.
_ARTICLE_TABLES = ("articles", *R.FLAT_TABLES, "events")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # TIMESTAMP columns hold naive UTC


class Store:
    """One DuckDB file (or ``":memory:"``). Creates the schema when opened for writing."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._con = open_connection(self.path, read_only)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open connection, for exports and ad-hoc read queries."""
        return self._con

    def _transaction(self) -> AbstractContextManager[None]:
        return transaction(self._con, self.path)

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[R.Row]) -> None:
        # Rows go in as one Arrow table: several times faster than a multi-row VALUES
        # statement with bound parameters, and far faster than executemany (measured).
        if not rows:
            return
        values = zip(*rows, strict=True)
        data = pa.table({c: pa.array(v) for c, v in zip(columns, values, strict=True)})
        cols = ", ".join(R.quote_ident(c) for c in columns)
        self._con.register(_STAGING, data)
        try:
            self._con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {_STAGING}")
        finally:
            self._con.unregister(_STAGING)

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str]) -> str:
        run_id = f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        with self._transaction():
            row = (run_id, _now(), list(inputs))
            self._insert("runs", ("run_id", "started_at", "inputs"), [row])
        return run_id

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        with self._transaction():
            self._finish(run_id, counts)

    def _finish(self, run_id: str, counts: Mapping[str, int]) -> None:
        found = self._con.execute(
            "UPDATE runs SET finished_at = ?, counts = ? WHERE run_id = ? RETURNING run_id",
            [_now(), json.dumps(dict(counts), sort_keys=True), run_id],
        ).fetchall()
        if not found:
            raise NotFound(f"run {run_id!r} is not in the store: start it with start_run")

    def fail_run(self, run_id: str, error: str) -> None:
        """Say why ``run_id`` stopped; it stays unfinished, for the next run to complete."""
        with self._transaction():
            self._con.execute("UPDATE runs SET error = ? WHERE run_id = ?", [error, run_id])

    def unfinished_runs(self, but: str = "") -> list[str]:
        """Runs, oldest first, that were killed or failed before writing their stories and
        that no later run has completed (all but ``but``, the run going on)."""
        sql = (
            "SELECT run_id FROM runs WHERE finished_at IS NULL AND resumed_by IS NULL "
            "AND run_id != ? ORDER BY started_at, run_id"
        )
        return [r[0] for r in self._con.execute(sql, [but]).fetchall()]

    # -- documents -------------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        return Q.has_article(self._con, article_id, content_hash)

    def write_document(
        self, doc: Document, run_id: str, content_hash: str, replace: bool = False
    ) -> bool:
        """Store ``doc`` in one transaction; False (nothing written) if already stored as is.

        The same id with another content hash replaces the old rows; with ``replace`` the same
        hash does too (a re-analysis of the same input). A document stored here is no longer
        listed as skipped.
        """
        return self.write_documents([(doc, content_hash)], run_id, replace)[0]

    def write_documents(
        self, items: Sequence[tuple[Document, str]], run_id: str, replace: bool = False
    ) -> list[bool]:
        """``write_document`` for many (document, content hash) pairs in one transaction.

        Same rules per document; the batch is stored whole or not at all. Far faster than one
        call per document: each statement and commit has a fixed cost of a few milliseconds.
        """
        with self._transaction():
            return self._documents(items, run_id, replace)

    def write_results(
        self,
        results: Sequence[tuple[Document, str] | tuple[Skipped, str | None]],
        run_id: str,
        raws: Sequence[tuple[RawDocument, str]] = (),
        replace: bool = False,
    ) -> list[bool]:
        """A batch of pipeline results, each with the content hash of its input, and the raw
        inputs they came from, in one transaction: stored whole or not at all.

        ``raws`` first (``write_raws``), so no document is stored without its input; then the
        results in order, a document as by ``write_documents`` and a skip as by ``write_skipped``
        (an id skipped after it was read as a document stays stored, one read after its skip is
        no longer listed as skipped). With ``replace``, as in a re-analysis, a document replaces
        its rows even with the same hash and a skip removes the article of its id. Whether each
        result was written: False for a document already stored as is.
        """
        written: list[bool] = []
        with self._transaction():
            self._raws(raws)
            run: list[tuple[Document, str]] = []  # documents in a row: written together
            for result, content_hash in [*results, (None, None)]:  # None: the end
                if isinstance(result, Document):
                    run.append((result, content_hash or ""))
                    continue
                written += self._documents(run, run_id, replace)
                run = []
                if isinstance(result, Skipped):  # after the documents before it
                    self._skipped(result, run_id, replace)
                    written.append(True)
            pause_point("results")  # a test kills the run here (store/pause.py)
        return written

    def _documents(
        self, items: Sequence[tuple[Document, str]], run_id: str, replace: bool
    ) -> list[bool]:
        if not items:
            return []
        pending: dict[str, tuple[Document, str]] = {}
        written = []
        stored = self._stored_hashes([doc.id for doc, _ in items])
        for doc, content_hash in items:
            current = pending.get(doc.id, (None, stored.get(doc.id)))[1]
            new = replace or current != content_hash
            written.append(new)
            if new:
                pending[doc.id] = (doc, content_hash)
        replaced = [i for i in pending if i in stored]
        for table in _ARTICLE_TABLES:
            self._delete_ids(table, "article_id", replaced)
        self._delete_ids("skipped", "id", list(pending))
        self._insert_documents(list(pending.values()), run_id)
        return written

    def _stored_hashes(self, ids: list[str]) -> dict[str, str]:
        found = self._con.execute(
            "SELECT article_id, content_hash FROM articles "
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
        return dict(found)

    def _delete_ids(self, table: str, column: str, ids: list[str]) -> None:
        if ids:
            self._con.execute(
                f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [ids]
            )

    def _insert_documents(self, items: list[tuple[Document, str]], run_id: str) -> None:
        now = _now()
        articles = [R.article_row(doc, run_id, h, now) for doc, h in items]
        self._insert("articles", R.ARTICLE_COLUMNS, articles)
        for table in R.FLAT_TABLES:
            columns = ("article_id", "ord", *R.flat_columns(table))
            self._insert(table, columns, [r for doc, _ in items for r in R.flat_rows(doc, table)])
        self._insert("events", R.EVENT_COLUMNS, [r for doc, _ in items for r in R.event_rows(doc)])

    def write_skipped(self, skipped: Skipped, run_id: str, drop_article: bool = False) -> None:
        """One row per id: skipping the same id again replaces its reason and run.

        With ``drop_article`` an analysed article of that id is removed (a re-analysis skipped
        it); its raw input stays, so another re-analysis can bring it back.
        """
        with self._transaction():
            self._skipped(skipped, run_id, drop_article)

    def _skipped(self, skipped: Skipped, run_id: str, drop_article: bool) -> None:
        if drop_article:
            for table in (*_ARTICLE_TABLES, "copies"):
                self._delete_ids(table, "article_id", [skipped.id])
            self._delete_ids("copies", "original_id", [skipped.id])
        self._con.execute(
            "INSERT OR REPLACE INTO skipped (id, reason, detail, run_id) VALUES (?, ?, ?, ?)",
            [skipped.id, skipped.reason, skipped.detail, run_id],
        )

    def read_document(self, article_id: str) -> Document:
        return Q.read_document(self._con, article_id)

    def read_documents(self, article_ids: list[str]) -> dict[str, Document]:
        """``read_document`` for many, in one query per table."""
        return Q.read_documents(self._con, article_ids)

    def read_outlines(self) -> list[ArticleOutline]:
        """What grouping reads of every stored article (``types.ArticleOutline``), in
        ``article_ids`` order."""
        return Q.read_outlines(self._con)

    # -- raw inputs ------------------------------------------------------------------------

    def write_raw(self, raw: RawDocument, content_hash: str) -> None:
        """Keep ``raw`` (compressed) so its extraction can be re-run; idempotent.

        The input is stored once per content hash; ``raw.id`` is linked to that hash, and a
        hash no id links to any more is dropped.
        """
        self.write_raws([(raw, content_hash)])

    def write_raws(self, items: Sequence[tuple[RawDocument, str]]) -> None:
        """``write_raw`` for many (raw document, content hash) pairs in one transaction."""
        with self._transaction():
            self._raws(items)

    def _raws(self, items: Sequence[tuple[RawDocument, str]]) -> None:
        if not items:
            return
        links = {raw.id: h for raw, h in items}  # the last hash per id wins
        in_list = "IN (SELECT unnest(?::VARCHAR[]))"
        known = self._first_column(
            f"SELECT content_hash FROM raw WHERE content_hash {in_list}", list(links.values())
        )
        fresh: dict[str, RawDocument] = {}  # the first input seen with a hash is kept
        for raw, h in items:
            if links[raw.id] == h and h not in known:
                fresh.setdefault(h, raw)
        self._insert("raw", R.RAW_COLUMNS, [R.raw_row(raw, h) for h, raw in fresh.items()])
        old = self._first_column(
            f"SELECT content_hash FROM raw_articles WHERE article_id {in_list}", list(links)
        )
        self._delete_ids("raw_articles", "article_id", list(links))
        self._insert("raw_articles", ("article_id", "content_hash"), list(links.items()))
        self._con.execute(
            f"DELETE FROM raw WHERE content_hash {in_list} "
            "AND content_hash NOT IN (SELECT content_hash FROM raw_articles)",
            [old],
        )

    def _first_column(self, sql: str, ids: list[str]) -> list:
        return [r[0] for r in self._con.execute(sql, [ids]).fetchall()]

    def read_raw(self, article_id: str) -> RawDocument:
        return Q.read_raw(self._con, article_id)

    def raw_ids(self) -> list[str]:
        """Ids whose raw input is kept, sorted: what ``reanalyse`` can re-run."""
        return Q.raw_ids(self._con)

    def article_ids(self) -> list[str]:
        return Q.article_ids(self._con)

    # -- copies and stories ----------------------------------------------------------------

    def write_copies(self, links: Sequence[CopyLink], replace: bool = False) -> None:
        """Upsert: an article has one original; a new link for it replaces the old one.

        With ``replace`` the links of the store become exactly ``links`` (a full recompute).
        """
        with self._transaction():
            self._copies(links, replace)

    def _copies(self, links: Sequence[CopyLink], replace: bool) -> None:
        latest = {link.article_id: link for link in links}  # the last link per article wins
        rows = [(k.article_id, k.original_id, k.similarity) for k in latest.values()]
        if replace:
            self._con.execute("DELETE FROM copies")
        self._delete_ids("copies", "article_id", list(latest))
        self._insert("copies", ("article_id", "original_id", "similarity"), rows)

    def copies(self) -> list[CopyLink]:
        return Q.copies(self._con)

    def replace_stories(self, stories: Sequence[Story]) -> None:
        """The stories of the store become exactly ``stories``.

        Story events of stories that are gone are dropped with them.
        """
        with self._transaction():
            self._stories(stories)

    def _stories(self, stories: Sequence[Story]) -> None:
        ids = [s.id for s in stories]
        self._con.execute("DELETE FROM story_articles")
        self._con.execute("DELETE FROM stories")
        kept = "SELECT unnest(?::VARCHAR[])"
        self._con.execute(
            "DELETE FROM event_mentions WHERE story_event_id IN (SELECT story_event_id "
            f"FROM story_events WHERE story_id NOT IN ({kept}))",
            [ids],
        )
        self._con.execute(f"DELETE FROM story_events WHERE story_id NOT IN ({kept})", [ids])
        self._insert(
            "stories",
            ("story_id", "title", "start", "end", "actors"),
            [(s.id, s.title, s.start, s.end, list(s.actors)) for s in stories],
        )
        self._insert(
            "story_articles",
            ("story_id", "article_id", "ord"),
            [(s.id, a, i) for s in stories for i, a in enumerate(s.article_ids)],
        )

    def write_stories(
        self,
        copies: Sequence[CopyLink],
        stories: Sequence[Story],
        events: Mapping[str, Sequence[StoryEvent]],
        run_id: str | None = None,
        counts: Mapping[str, int] | None = None,
        resumed: Sequence[str] = (),
    ) -> None:
        """In one transaction: the copy links and the stories of the store become exactly
        ``copies`` and ``stories``, the events of each story of ``events`` become its rows
        there, and, with ``run_id``, that run is finished with ``counts`` and the ``resumed``
        runs are marked completed by it. Killed or failed before the commit, it changes
        nothing, so no story is left without its events and the run stays unfinished.
        """
        with self._transaction():
            self._copies(copies, replace=True)  # links of changed articles may be gone
            self._stories(stories)
            self._story_events(events)
            if run_id is not None:
                self._finish(run_id, counts or {})
                self._con.execute(
                    "UPDATE runs SET resumed_by = ? WHERE run_id IN (SELECT unnest(?::VARCHAR[]))",
                    [run_id, list(resumed)],
                )

    def stories(self) -> list[Story]:
        return Q.stories(self._con)

    def pins(self) -> dict[str, str]:
        """Article → the story a user put it in."""
        return dict(self._con.execute("SELECT article_id, story_id FROM story_pins").fetchall())

    def pin(self, placed: Mapping[str, str]) -> None:
        """Keep each article of ``placed`` in its story from now on (upsert)."""
        with self._transaction():
            self._delete_ids("story_pins", "article_id", list(placed))
            self._insert("story_pins", ("article_id", "story_id"), list(placed.items()))

    def run_article_ids(self, *run_ids: str) -> list[str]:
        """The articles the runs wrote (new or replaced) and that no later run replaced."""
        sql = (
            "SELECT article_id FROM articles WHERE run_id IN (SELECT unnest(?::VARCHAR[])) "
            "ORDER BY article_id"
        )
        return [r[0] for r in self._con.execute(sql, [list(run_ids)]).fetchall()]

    def story(self, story_id: str) -> Story:
        return Q.story(self._con, story_id)

    def latest_story(self) -> Story:
        return Q.latest_story(self._con)

    def write_story_events(self, story_id: str, rows: Sequence[StoryEvent]) -> None:
        """The story events of ``story_id`` become exactly ``rows`` (with their mentions)."""
        with self._transaction():
            self._story_events({story_id: rows})

    def _story_events(self, events: Mapping[str, Sequence[StoryEvent]]) -> None:
        wrong = [r.story_event_id for k, rows in events.items() for r in rows if r.story_id != k]
        if wrong:
            raise StoreError(f"story events {wrong} do not belong to the story they are given for")
        ids = list(events)
        self._con.execute(
            "DELETE FROM event_mentions WHERE story_event_id IN (SELECT story_event_id FROM "
            "story_events WHERE story_id IN (SELECT unnest(?::VARCHAR[])))",
            [ids],
        )
        self._delete_ids("story_events", "story_id", ids)
        rows = [r for story_rows in events.values() for r in story_rows]
        self._insert(
            "story_events",
            (*R.STORY_EVENT_COLUMNS, "ord"),
            [R.story_event_row_values(r, i) for v in events.values() for i, r in enumerate(v)],
        )
        pause_point("story-events")  # a test kills the run here (store/pause.py)
        self._insert(
            "event_mentions",
            ("story_event_id", "ord", "event_id", "article_id", "start", "end", *R.EVIDENCE),
            [R.mention_row(r, i, m) for r in rows for i, m in enumerate(r.mentions)],
        )

    def read_story_events(self, story_id: str) -> list[StoryEvent]:
        return Q.read_story_events(self._con, story_id)

    def counts(self) -> dict[str, int]:
        return Q.counts(self._con)
