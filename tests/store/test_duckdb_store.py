from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from crosswire.errors import NotFound, StoreError
from crosswire.store import Store
from crosswire.types import (
    Article,
    CopyLink,
    Document,
    DocumentDate,
    Entity,
    Hints,
    RawDocument,
    Sentence,
    Skipped,
)
from tests.store.strategies import documents


def _hash(doc: Document) -> str:
    return hashlib.sha1(repr(doc).encode()).hexdigest()


def _doc(article_id: str, text: str = "Russia sanctioned Ukraine. Kyiv said so.") -> Document:
    return Document(
        Article(article_id, text, title="T", published=date(2021, 10, 6)),
        sentences=(Sentence(0, 26), Sentence(27, len(text))),
        entities=(Entity(0, 6, text[:6], "GPE", "Russia", "RUS"),),
        date=DocumentDate(date(2021, 10, 6), "given", 1.0),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as s:
        yield s


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("prop") / "p.duckdb") as s:
        yield s


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_document_round_trips(shared_store: Store, doc: Document) -> None:
    shared_store.write_document(doc, "run", _hash(doc))
    assert shared_store.read_document(doc.id) == doc


def test_rewriting_the_same_document_adds_nothing(store: Store) -> None:
    run = store.start_run(["in.jsonl"])
    assert store.write_document(_doc("a1"), run, "h1") is True
    before = store.counts()
    assert store.write_document(_doc("a1"), store.start_run(["in.jsonl"]), "h1") is False
    after = store.counts()
    assert after.pop("runs") == before.pop("runs") + 1
    assert after == before
    assert store.has_article("a1") and store.has_article("a1", "h1")
    assert not store.has_article("a1", "h2") and not store.has_article("a2")


def test_changed_text_replaces_the_old_rows(store: Store) -> None:
    run = store.start_run([])
    store.write_document(_doc("a1"), run, "h1")
    new = Document(Article("a1", "Other text."), sentences=(Sentence(0, 11),))
    assert store.write_document(new, run, "h2") is True
    assert store.read_document("a1") == new
    counts = store.counts()
    assert (counts["articles"], counts["sentences"], counts["entities"]) == (1, 1, 0)
    assert store.has_article("a1", "h2")


def test_a_failed_write_leaves_nothing(store: Store) -> None:
    bad = Document(Article("a1", "text"), entities=(Entity(0, 4, "text", None),))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="undone"):
        store.write_document(bad, "run", "h")
    assert store.article_ids() == []
    assert store.write_document(_doc("a2"), "run", "h")  # the store is still usable


def test_skipped_rows_are_not_duplicated(store: Store) -> None:
    skip = Skipped("b1", "empty", "0 chars")
    store.write_skipped(skip, "r1")
    store.write_skipped(skip, "r2")
    store.write_skipped(Skipped("b2", "binary"), "r2")
    assert store.counts()["skipped"] == 2
    store.write_document(_doc("b1"), "r3", "h")  # analysed after all: no longer skipped
    assert store.counts()["skipped"] == 1


def test_a_killed_run_resumes_with_each_document_once(tmp_path: Path) -> None:
    docs = [_doc(f"a{i}", f"Text number {i}.") for i in range(6)]
    path = tmp_path / "s.duckdb"
    with Store(path) as first:
        run = first.start_run(["in"])
        for doc in docs[:3]:
            first.write_document(doc, run, _hash(doc))
    with Store(path) as second:
        run = second.start_run(["in"])
        written = [second.write_document(d, run, _hash(d)) for d in docs]
        second.finish_run(run, {"documents": sum(written)})
        assert written == [False] * 3 + [True] * 3
        assert second.article_ids() == sorted(d.id for d in docs)
        counts = second.counts()
        assert (counts["articles"], counts["sentences"], counts["entities"]) == (6, 12, 6)
        assert [second.read_document(d.id) for d in docs] == docs


def test_runs_are_recorded(store: Store) -> None:
    run = store.start_run(["a.jsonl", "b/"])
    store.finish_run(run, {"documents": 2, "skipped": 1})
    inputs, counts, finished = store.connection.execute(
        "SELECT inputs, counts::VARCHAR, finished_at FROM runs WHERE run_id = ?", [run]
    ).fetchone()
    assert inputs == ["a.jsonl", "b/"]
    assert counts == '{"documents": 2, "skipped": 1}'
    assert finished is not None
    with pytest.raises(NotFound):
        store.finish_run("no-such-run", {})


def test_missing_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="nope"):
        store.read_document("nope")


def test_a_batch_follows_the_same_rules(store: Store) -> None:
    store.write_documents([(_doc("a1"), "h1"), (_doc("a2"), "h2")], "r1")
    changed = _doc("a2", "A new text for a2.")
    written = store.write_documents(
        [(_doc("a1"), "h1"), (changed, "h2b"), (_doc("a3"), "h3"), (_doc("a3"), "h3")], "r2"
    )
    assert written == [False, True, True, False]
    assert store.article_ids() == ["a1", "a2", "a3"]
    assert store.read_document("a2") == changed
    assert store.counts()["entities"] == 3


def test_a_batch_is_stored_whole_or_not_at_all(store: Store) -> None:
    bad = Document(Article("bad", "text"), entities=(Entity(0, 4, "text", None),))  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.write_documents([(_doc("a1"), "h1"), (bad, "h")], "r")
    assert store.counts()["articles"] == 0


def test_results_are_written_in_order_with_their_inputs(store: Store) -> None:
    raws = [(RawDocument(i, f"{i}.txt", f"text of {i}"), f"h-{i}") for i in ("a1", "a2", "a3")]
    results = [
        (Skipped("a1", "bad-record"), None),  # a1 read after its skip: stored, not listed
        (_doc("a1"), "h-a1"),
        (_doc("a2"), "h-a2"),
        (Skipped("a2", "bad-record:url"), None),  # a2 rejected after it was read: both
        (Skipped("a3", "empty"), None),  # the pipeline's skip keeps its input
        (_doc("a2"), "h-a2"),  # an id read twice as is: not written again
    ]
    assert store.write_results(results, "r", raws) == [True, True, True, True, True, False]
    assert store.article_ids() == ["a1", "a2"] and store.raw_ids() == ["a1", "a2", "a3"]
    skipped = store.connection.execute("SELECT id, reason FROM skipped ORDER BY id").fetchall()
    assert skipped == [("a2", "bad-record:url"), ("a3", "empty")]


def test_results_are_stored_whole_or_not_at_all(store: Store) -> None:
    bad = Document(Article("bad", "text"), entities=(Entity(0, 4, "text", None),))  # type: ignore[arg-type]
    raws = [(RawDocument(i, f"{i}.txt", i), f"h-{i}") for i in ("a1", "s1", "bad")]
    results = [(_doc("a1"), "h-a1"), (Skipped("s1", "empty"), None), (bad, "h-bad")]
    with pytest.raises(StoreError):
        store.write_results(results, "r", raws)
    counts = store.counts()
    assert [counts[t] for t in ("articles", "skipped", "raw", "raw_articles")] == [0, 0, 0, 0]


def test_replacing_results_rewrite_documents_and_drop_skipped_articles(store: Store) -> None:
    store.write_documents([(_doc("a1"), "h1"), (_doc("a2"), "h2")], "r1")
    new = Document(Article("a1", "Other text."))
    results = [(new, "h1"), (Skipped("a2", "empty"), "h2")]
    assert store.write_results(results, "r2", replace=True) == [True, True]
    assert store.article_ids() == ["a1"] and store.read_document("a1") == new


_RAW_TIME = datetime(2023, 5, 4, 10, 30, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    "raw",
    [
        RawDocument("t1", "docs/t1.txt", "Kyiv said so. Ünïcode — “quotes”."),
        RawDocument(
            "h1", "https://example.org/a", b"<html><p>caf\xc3\xa9 \xff</p></html>", "text/html",
            url="https://example.org/a", outlet="Example", fetched_at=_RAW_TIME,
            hints=Hints("A title", "2023-05-04", ("Jane Doe", "John Roe")),
        ),
        RawDocument("n1", "feed.xml:3", "", fetched_at=datetime(2023, 1, 1, 8)),
    ],
)  # fmt: skip
def test_raw_documents_round_trip(store: Store, raw: RawDocument) -> None:
    store.write_raw(raw, "h-" + raw.id)
    store.write_raw(raw, "h-" + raw.id)  # idempotent
    assert store.read_raw(raw.id) == raw
    assert type(store.read_raw(raw.id).content) is type(raw.content)
    assert (store.counts()["raw"], store.counts()["raw_articles"]) == (1, 1)


def test_raw_content_is_kept_compressed(store: Store) -> None:
    text = "The council voted to close the bridge. " * 500
    store.write_raw(RawDocument("a1", "a.txt", text), "h")
    (size,) = store.connection.execute("SELECT octet_length(content) FROM raw").fetchone()
    assert size < len(text) / 10


def test_raw_is_kept_once_per_hash_and_dropped_when_unlinked(store: Store) -> None:
    store.write_raws(
        [(RawDocument("a1", "x/a", "same"), "h"), (RawDocument("a2", "y/a", "same"), "h")]
    )
    assert store.read_raw("a2") == RawDocument("a2", "x/a", "same")  # first origin kept
    store.write_raw(RawDocument("a1", "x/a", "changed"), "h2")
    store.write_raw(RawDocument("a2", "x/a", "changed"), "h2")
    assert store.counts()["raw"] == 1 and store.read_raw("a1").content == "changed"
    assert store.raw_ids() == ["a1", "a2"]


def test_missing_raw_raises_not_found(store: Store) -> None:
    store.write_document(_doc("a1"), "r", "h1")  # an article stored without its input
    with pytest.raises(NotFound, match="a1"):
        store.read_raw("a1")


def test_replace_rewrites_a_document_with_the_same_hash(store: Store) -> None:
    store.write_document(_doc("a1"), "r1", "h1")
    new = Document(Article("a1", "Other text.", modified=date(2021, 10, 7)))
    assert store.write_document(new, "r2", "h1") is False
    assert store.write_document(new, "r2", "h1", replace=True) is True
    assert store.read_document("a1") == new
    assert store.counts()["entities"] == 0


def test_a_skip_can_drop_the_article_and_its_copy_links(store: Store) -> None:
    store.write_documents([(_doc("a1"), "h1"), (_doc("a2"), "h2"), (_doc("a3"), "h3")], "r")
    store.write_copies([CopyLink("a2", "a1", 0.9), CopyLink("a3", "a2", 0.9)])
    store.write_skipped(Skipped("a2", "empty"), "r2", drop_article=True)
    assert store.article_ids() == ["a1", "a3"] and store.copies() == []
    store.write_skipped(Skipped("a3", "empty"), "r2")  # by default the article stays
    assert store.article_ids() == ["a1", "a3"]


def test_copies_can_be_replaced_whole(store: Store) -> None:
    store.write_copies([CopyLink("a2", "a1", 0.9), CopyLink("a3", "a1", 0.8)])
    store.write_copies([CopyLink("a3", "a2", 0.7)], replace=True)
    assert store.copies() == [CopyLink("a3", "a2", 0.7)]
