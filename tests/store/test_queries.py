from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosswire.errors import NotFound, StoreError
from crosswire.store import Store
from crosswire.store import queries as Q
from crosswire.store import rows as R
from crosswire.types import Article, CopyLink, Document, EventMention, Sentence, Story, StoryEvent

OLD = Story("s-old", ("a1", "a2"), "Old", date(2021, 9, 1), date(2021, 9, 3), ("RUS",))
NEW = Story("s-new", ("a3",), None, date(2021, 10, 5), date(2021, 10, 6))
UNDATED = Story("s-undated", ("a4", "a5", "a6"), "No dates", None, None, ("UKR", "RUSGOV"))


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as s:
        yield s


def _event(seid: str, story_id: str, n: int = 1) -> StoryEvent:
    mentions = tuple(EventMention(f"ev{i}", f"a{i}", 10 * i, 10 * i + 5) for i in range(n))
    return StoryEvent(
        seid, story_id, "163", "SANCTION", "RUS", "Russia", "UKR", "Ukraine", "2021-10",
        "asserted", n, ("BBC", "AP")[:n], ("AP",), "corroborated" if n > 1 else "single-source",
        mentions,
    )  # fmt: skip


def test_stories_round_trip_and_replace(store: Store) -> None:
    store.replace_stories([OLD, NEW, UNDATED])
    assert store.stories() == sorted([OLD, NEW, UNDATED], key=lambda s: s.id)
    assert store.story("s-undated") == UNDATED
    store.replace_stories([NEW])
    assert store.stories() == [NEW]
    assert store.counts()["story_articles"] == 1
    with pytest.raises(NotFound):
        store.story("s-old")


@pytest.mark.parametrize(
    ("stories", "latest"),
    [
        ([OLD, NEW, UNDATED], NEW),
        ([UNDATED, OLD], OLD),
        ([UNDATED], UNDATED),
        ([NEW, Story("s-big", ("a7", "a8"), None, date(2021, 10, 5), date(2021, 10, 6))], "s-big"),
    ],
)
def test_latest_story(store: Store, stories, latest) -> None:
    store.replace_stories(stories)
    found = store.latest_story()
    assert found.id == latest if isinstance(latest, str) else found == latest


def test_latest_story_of_an_empty_store(store: Store) -> None:
    with pytest.raises(NotFound, match="no stories"):
        store.latest_story()


def test_copies_upsert(store: Store) -> None:
    store.write_copies([CopyLink("b", "a", 0.8), CopyLink("c", "a", 0.6)])
    store.write_copies([CopyLink("c", "b", 0.9)])
    assert store.copies() == [CopyLink("b", "a", 0.8), CopyLink("c", "b", 0.9)]
    store.write_copies([])
    assert len(store.copies()) == 2


def test_story_events_round_trip_and_replace(store: Store) -> None:
    store.replace_stories([OLD, NEW])
    rows = [_event("se1", "s-new", 2), _event("se2", "s-new", 1)]
    store.write_story_events("s-new", rows)
    store.write_story_events("s-old", [_event("se3", "s-old")])
    assert store.read_story_events("s-new") == rows
    store.write_story_events("s-new", rows[1:])
    assert store.read_story_events("s-new") == rows[1:]
    assert store.counts()["event_mentions"] == 2
    store.replace_stories([NEW])  # s-old is gone, and its story events with it
    assert store.read_story_events("s-old") == []
    assert store.counts()["story_events"] == 1


def test_story_events_must_belong_to_the_story(store: Store) -> None:
    with pytest.raises(StoreError, match="do not belong"):
        store.write_story_events("s-new", [_event("se1", "s-old")])


def _docs(n: int) -> list[Document]:
    return [
        Document(Article(f"a{i}", "Kyiv said so. Moscow denied it.", published=date(2021, 10, 6)),
                 (Sentence(0, 13), Sentence(14, 31)))
        for i in range(n)
    ]  # fmt: skip


def test_read_documents_batches_like_one_by_one(store: Store) -> None:
    for doc in _docs(5):
        store.write_document(doc, "r", doc.id)
    con = store.connection
    ids = ["a3", "a0", "a4"]
    assert Q.read_documents(con, ids) == {i: Q.read_document(con, i) for i in ids}
    assert Q.read_documents(con, []) == {}
    with pytest.raises(NotFound, match="'a9'"):
        Q.read_documents(con, ["a1", "a9"])


def test_the_read_path_is_answered_by_indexes(store: Store) -> None:
    """A dossier's lookups by article, story and story event use an index, not a table scan."""
    for doc in _docs(3):
        store.write_document(doc, "r", doc.id)
    con = store.connection
    plan = con.execute(
        "EXPLAIN ANALYZE SELECT * FROM sentences WHERE article_id IN (?, ?)", ["a1", "a2"]
    ).fetchall()[0][1]
    assert "Index Scan" in plan
    indexed = {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert {f"{t}_article" for t in R.FLAT_TABLES} | {
        "events_article", "story_articles_story", "story_events_story",
        "event_mentions_story_event",
    } <= indexed  # fmt: skip
