"""Incremental story refresh on ingest, and a user's merges and splits, in a real DuckDB file."""

import pytest

from crosswire.errors import InputError, NotFound
from crosswire.run.edit import merge_placement, merge_stories, split_placement, split_story
from crosswire.run.ingest import ingest
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store
from crosswire.types import Story

# Written for these tests: two reports of one expulsion, one of an unrelated trade deal, and a
# later report of the expulsion.
REPORTS = {
    "a.txt": "Germany expelled two Russian diplomats on Friday, the foreign ministry in Berlin "
             "said.\n\nRussia rejected the accusation and said it would respond to the expulsion.",
    "b.txt": "Berlin expelled two Russian diplomats on Friday over a murder in a Berlin park.\n\n"
             "Moscow called the expulsion of its diplomats unfriendly and promised a response.",
    "c.txt": "Brazil signed a trade agreement with Argentina in Buenos Aires on Tuesday, cutting "
             "tariffs on grain and cars.",
    "d.txt": "Russia said it would expel two German diplomats in response to Germany's expulsion "
             "of two Russian diplomats on Friday.",
}  # fmt: skip


def _ingest(tmp_path, names, **kw):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(REPORTS[name], encoding="utf-8")
    with Store(str(tmp_path / "s.duckdb")) as store:
        return ingest([str(folder / n) for n in names], store, DEFAULTS, **kw)


def _state(tmp_path):
    with Store(str(tmp_path / "s.duckdb"), read_only=True) as store:
        stories = {s.id: set(s.article_ids) for s in store.stories()}
        events = {sid: [r.story_event_id for r in store.read_story_events(sid)] for sid in stories}
    return stories, events


def _story_of(stories, article):
    return next(sid for sid, members in stories.items() if article in members)


def test_new_articles_join_stored_stories_and_only_their_story_is_redone(tmp_path):
    _ingest(tmp_path, ["a.txt", "b.txt", "c.txt"])
    before, _ = _state(tmp_path)
    assert _story_of(before, "a.txt") == _story_of(before, "b.txt") != _story_of(before, "c.txt")
    report = _ingest(tmp_path, ["d.txt"])
    after, events = _state(tmp_path)
    expulsion = _story_of(before, "a.txt")
    assert after[expulsion] == before[expulsion] | {"d.txt"}
    assert after[_story_of(before, "c.txt")] == {"c.txt"}
    assert report.counts["stories_updated"] == 1 and events[expulsion]


def test_a_split_survives_later_ingests_and_a_full_recluster(tmp_path):
    _ingest(tmp_path, ["a.txt", "b.txt", "c.txt"])
    stories, _ = _state(tmp_path)
    old = _story_of(stories, "a.txt")
    with Store(str(tmp_path / "s.duckdb")) as store:
        rest, new = split_story(store, DEFAULTS, old, ["b.txt"])
    assert (rest.id, set(rest.article_ids), set(new.article_ids)) == (old, {"a.txt"}, {"b.txt"})
    for kw in ({}, {"recluster": True}):
        _ingest(tmp_path, ["d.txt"], **kw)
        stories, events = _state(tmp_path)
        assert _story_of(stories, "a.txt") == old and _story_of(stories, "b.txt") == new.id
        assert events[new.id]  # the split-off story has its own reconciled events


def test_merged_stories_stay_merged(tmp_path):
    _ingest(tmp_path, ["a.txt", "c.txt"])
    stories, _ = _state(tmp_path)
    first, second = _story_of(stories, "c.txt"), _story_of(stories, "a.txt")
    with Store(str(tmp_path / "s.duckdb")) as store:
        merged = merge_stories(store, DEFAULTS, [first, second])
    assert merged.id == first and set(merged.article_ids) == {"a.txt", "c.txt"}
    _ingest(tmp_path, ["b.txt"], recluster=True)
    stories, _ = _state(tmp_path)
    assert stories[first] >= {"a.txt", "c.txt"} and second not in stories


def test_unknown_stories_are_refused_before_any_change(tmp_path):
    _ingest(tmp_path, ["a.txt"])
    stories, _ = _state(tmp_path)
    with Store(str(tmp_path / "s.duckdb")) as store:
        with pytest.raises(NotFound):
            merge_stories(store, DEFAULTS, [next(iter(stories)), "s-nope"])
        assert store.pins() == {}


STORY = Story(id="s-1", article_ids=("x", "y", "z"), title=None, start=None, end=None, actors=())


@pytest.mark.parametrize(
    "moving", [[], ["x", "y", "z"], ["x", "w"]], ids=["none", "all", "stranger"]
)
def test_a_split_must_move_some_of_the_storys_own_articles(moving):
    with pytest.raises(InputError):
        split_placement(STORY, moving)


def test_split_and_merge_placements():
    placed = split_placement(STORY, ["y", "z"], taken=["s-1"])
    assert placed["x"] == "s-1" and placed["y"] == placed["z"] != "s-1"
    other = Story(id="s-2", article_ids=("w",), title=None, start=None, end=None, actors=())
    assert merge_placement([STORY, other]) == {a: "s-1" for a in "xyzw"}
    with pytest.raises(InputError):
        merge_placement([STORY, STORY])
