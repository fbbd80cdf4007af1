"""A store of an older schema version opens: upgraded in place, once, all or nothing."""

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from crosswire.errors import StoreError
from crosswire.events.patterns import VerbPattern, rule_of
from crosswire.store import SCHEMA_VERSION, Store
from crosswire.store.connect import OLDEST_UPGRADABLE
from crosswire.types import Actor, Article, Document, Event, EventMention, Story, StoryEvent

TEXT = "Chile recalled its envoy and shut the Peruvian trade office in Santiago."
RECALL = VerbPattern("recall", (), "161", "test")
SHUT = VerbPattern("shut down", ("trade", "office"), "161", "test")


def _event(rule: str, pattern: VerbPattern | None) -> Event:
    return Event(
        source=Actor("Chile", "Chile", "CHL", 0, 5), target=None, cameo="161", plover="REDUCE",
        mode="", goldstein=-4.0, quad=4, date=None, date_source="none", modality="asserted",
        sentence_start=0, sentence_end=len(TEXT), trigger_start=6, trigger_end=14,
        confidence=0.8, rule=rule, pattern_verb=pattern.verb if pattern else "",
        pattern_words=pattern.words if pattern else (),
    )  # fmt: skip


DOC = Document(
    Article("a1", TEXT),
    events=(
        _event(rule_of(RECALL), RECALL),
        _event(f"nominal:closure>{rule_of(SHUT)}", SHUT),
        _event(f"intend:plan>{rule_of(SHUT)}+request:{rule_of(RECALL)}", SHUT),
        _event("model:events_v1", None),
        _event(f"verbal:{rule_of(RECALL)}", None),  # recoded as words: no longer the pattern's
    ),
)


def _version_9(path: Path) -> None:
    """A store as schema 9 wrote it: events without their pattern columns."""
    with Store(path) as store:
        store.write_document(DOC, store.start_run(["x"]), "h")
    with duckdb.connect(str(path)) as con:
        con.execute("DROP INDEX events_article")
        con.execute("ALTER TABLE events DROP COLUMN pattern_verb")
        con.execute("ALTER TABLE events DROP COLUMN pattern_words")
        _drop_join_evidence(con)
        _drop_political(con)
        con.execute("DELETE FROM schema_version")
        con.execute("INSERT INTO schema_version VALUES (9)")


def _drop_join_evidence(con) -> None:
    """Story event mentions as schemas up to 10 kept them: without why reports were joined."""
    con.execute("DROP INDEX event_mentions_story_event")
    con.execute("ALTER TABLE event_mentions DROP COLUMN likeness")
    con.execute("ALTER TABLE event_mentions DROP COLUMN sides")


def _drop_political(con) -> None:
    """Articles as schemas up to 11 kept them: without how likely they are political news."""
    con.execute("ALTER TABLE articles DROP COLUMN political")


def _version(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT max(version) FROM schema_version").fetchone()[0]


@pytest.mark.parametrize("read_only", [False, True])
def test_a_version_9_store_opens_and_its_events_get_their_pattern(tmp_path, read_only):
    path = tmp_path / "old.duckdb"
    _version_9(path)
    with Store(path, read_only=read_only) as store:
        assert store.read_document("a1") == DOC
    assert _version(path) == SCHEMA_VERSION
    with Store(path) as store:  # the upgrade ran once: opening again changes nothing
        assert store.read_document("a1") == DOC
        indexes = store.connection.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'"
        ).fetchall()
    assert indexes == [("events_article",)]


def test_a_version_10_store_opens_with_its_story_events_and_no_join_evidence(tmp_path):
    path = tmp_path / "ten.duckdb"
    joined = (EventMention("a1#0", "a1", 6, 14, 0.4, 1), EventMention("b1#0", "b1", 2, 9, 0.4, 1))
    row = StoryEvent("se1", "s1", "161", "REDUCE", n_mentions=2, mentions=joined)
    with Store(path) as store:
        store.write_document(DOC, store.start_run(["x"]), "h")
        store.write_stories([], [Story("s1", ("a1",), None, None, None)], {"s1": [row]})
        assert store.read_story_events("s1") == [row]
    with duckdb.connect(str(path)) as con:
        _drop_join_evidence(con)
        _drop_political(con)
        con.execute("UPDATE schema_version SET version = 10")
    with Store(path) as store:
        [upgraded] = store.read_story_events("s1")
        indexes = store.connection.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'event_mentions'"
        ).fetchall()
    assert upgraded.mentions == tuple(replace(m, likeness=None, sides=None) for m in joined)
    assert indexes == [("event_mentions_story_event",)]
    assert _version(path) == SCHEMA_VERSION


def test_a_version_11_store_opens_with_its_articles_not_judged(tmp_path):
    path = tmp_path / "eleven.duckdb"
    judged = replace(DOC, political=0.93)
    with Store(path) as store:
        store.write_document(judged, store.start_run(["x"]), "h")
        assert store.read_document("a1") == judged
    with duckdb.connect(str(path)) as con:
        _drop_political(con)
        con.execute("UPDATE schema_version SET version = 11")
    with Store(path) as store:
        assert store.read_document("a1") == DOC  # political: None, "not judged"
        store.write_document(replace(judged, article=Article("a2", TEXT)), "r2", "h2")
        assert store.read_document("a2").political == 0.93
    assert _version(path) == SCHEMA_VERSION


def test_a_failed_upgrade_leaves_the_old_store(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    _version_9(path)
    from crosswire.store import connect

    real = connect._script
    monkeypatch.setattr(
        connect, "_script", lambda name: real(name) + ("\nSELECT no_such_column FROM events;"
                                                       if name.startswith("upgrade") else "")
    )  # fmt: skip
    with pytest.raises(StoreError, match="undone"):
        Store(path)
    assert _version(path) == 9
    monkeypatch.undo()
    with Store(path, read_only=True) as store:
        assert store.read_document("a1") == DOC


def test_a_store_older_than_the_upgrades_is_refused(tmp_path):
    path = tmp_path / "older.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE schema_version SET version = ?", [OLDEST_UPGRADABLE - 1])
    with pytest.raises(StoreError, match=f"version {OLDEST_UPGRADABLE - 1}"):
        Store(path)
