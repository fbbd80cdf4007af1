from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.errors import InputError
from crosswire.events import wordvectors
from crosswire.settings import StorySettings
from crosswire.stories import cluster
from crosswire.stories.cluster import StoryClusterer, cluster_stories
from crosswire.types import StoryItem
from tests.helpers import needs_vectors

SETTINGS = StorySettings(window_days=7, link_threshold=0.18)
DAY = date(2021, 10, 6)

# Written for these tests: two reports of each of two unrelated (invented) happenings.
STRIKE = (
    "Dockers strike at Porto Velha port",
    "Dock workers at the port of Porto Velha walked out over pay and night shifts, halting grain "
    "ships. Union leader Marta Ilesco said the dockers had waited two years for an answer.",
)
STRIKE_2 = (
    "Porto Velha harbour idle as dockers walk out",
    "Grain carriers sat idle at Porto Velha after dockers began a strike over wages and night "
    "work. Marta Ilesco, the union leader, told the crowd at the port gates that talks failed.",
)
FLOOD = (
    "Floods force evacuation of Lindar valley villages",
    "Heavy rain swelled the Lindar river, and rescuers evacuated three villages by boat. The "
    "regional governor declared an emergency as water levels kept rising overnight.",
)
FLOOD_2 = (
    "Lindar river bursts banks, villages evacuated",
    "Rescuers in boats took residents from three villages after the Lindar river burst its "
    "banks following days of heavy rain. The governor declared a state of emergency.",
)


def item(i: str, pair: tuple[str, str], day: date | None = DAY, **kw) -> StoryItem:
    return StoryItem(id=i, title=pair[0], text=pair[1], published=day, **kw)


def partition(stories) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


def incremental(items) -> tuple:
    clusterer = StoryClusterer(SETTINGS)
    for it in items:
        clusterer.add(it)
    return clusterer.stories()


CLEAN = [item("s1", STRIKE), item("f1", FLOOD), item("s2", STRIKE_2), item("f2", FLOOD_2)]


@pytest.mark.parametrize("method", [lambda its: cluster_stories(its, SETTINGS), incremental])
def test_two_topics_split_and_reports_join(method):
    assert partition(method(CLEAN)) == {frozenset({"s1", "s2"}), frozenset({"f1", "f2"})}


def test_incremental_and_batch_agree_and_ids_are_stable():
    batch = cluster_stories(CLEAN, SETTINGS)
    assert {s.id for s in batch} == {s.id for s in incremental(CLEAN)}
    assert cluster_stories(CLEAN, SETTINGS) == batch


def test_story_fields():
    items = [item("s2", STRIKE_2, DAY + timedelta(days=2), actors=("UNI", "Marta Ilesco"))]
    items.append(item("s1", STRIKE, DAY, actors=("Marta Ilesco",)))
    (story,) = cluster_stories(items, SETTINGS)
    assert story.article_ids == ("s2", "s1")
    assert story.title == STRIKE[0]  # the earliest member's
    assert (story.start, story.end) == (DAY, DAY + timedelta(days=2))
    assert story.actors == ("Marta Ilesco", "UNI")
    assert story.id.startswith("s-")


@pytest.mark.parametrize("method", [lambda its: cluster_stories(its, SETTINGS), incremental])
def test_time_window_separates_the_same_words_a_month_apart(method):
    items = [item("a", STRIKE), item("b", STRIKE_2, DAY + timedelta(days=30))]
    assert len(method(items)) == 2
    undated = [item("a", STRIKE), item("b", STRIKE_2, None)]
    assert len(method(undated)) == 1


# Two reports of one (invented) walkout that share almost no words, for the vectors' part.
WALKOUT = ("Stevedores halt cargo handling", "Stevedores stopped loading freighters on Tuesday.")
WALKOUT_2 = ("Labourers leave vessels unattended", "Harbour crews quit work amid a pay dispute.")


def _meaning_by_title(alike: bool):
    """A stand-in for the word vectors: the two walkout reports mean the same, or nothing alike."""

    def meaning(items):
        rows = [(1.0, 0.0) if it.title == WALKOUT[0] or alike else (0.0, 1.0) for it in items]
        return np.array(rows)

    return meaning


@pytest.mark.parametrize("method", [lambda its: cluster_stories(its, SETTINGS), incremental])
@pytest.mark.parametrize(
    ("days", "alike", "joined"),
    [
        ((None, None), True, True),  # undated, alike in meaning: the vectors join them
        ((DAY, None), True, True),  # one undated: the window cannot judge the pair either
        ((None, None), False, False),  # undated, unlike in meaning: apart
        ((DAY, DAY), True, False),  # both dated: the words alone decide, and they differ
    ],
)
def test_what_words_mean_joins_reports_the_time_window_cannot_judge(
    monkeypatch, method, days, alike, joined
):
    monkeypatch.setattr(cluster, "_meaning", _meaning_by_title(alike))
    items = [item("w1", WALKOUT, days[0]), item("w2", WALKOUT_2, days[1])]
    assert (len(method(items)) == 1) is joined


@pytest.mark.parametrize("method", [lambda its: cluster_stories(its, SETTINGS), incremental])
def test_without_the_word_vectors_undated_reports_join_by_their_words(monkeypatch, method):
    monkeypatch.setattr(cluster, "_meaning", lambda items: None)
    assert len(method([item("w1", WALKOUT, None), item("w2", WALKOUT_2, None)])) == 2
    assert partition(method([item(i.id, (i.title, i.text), None) for i in CLEAN])) == {
        frozenset({"s1", "s2"}),
        frozenset({"f1", "f2"}),
    }


@needs_vectors
def test_reports_of_one_happening_mean_more_alike_than_of_two():
    table = wordvectors.load_word_vectors()
    strike, strike_2, flood = (
        wordvectors.text_vector(table, f"{title} {text}".lower().split())
        for title, text in (STRIKE, STRIKE_2, FLOOD)
    )
    assert abs(float(np.linalg.norm(strike)) - 1.0) < 1e-5
    assert float(strike @ strike_2) > float(strike @ flood)


@needs_vectors
def test_a_short_report_says_too_little_to_be_compared_by_meaning():
    long_text = " ".join(f"{STRIKE[1]} {STRIKE_2[1]}".split() * 2)
    short, long = cluster._meaning([item("a", STRIKE, None), item("b", (STRIKE[0], long_text))])
    assert not short.any() and long.any()


def test_a_story_stays_open_while_it_is_reported():
    # Reports every five days for a month: each is within the window of the one before.
    running = [item(f"r{k}", (STRIKE, STRIKE_2)[k % 2], DAY + timedelta(days=5 * k))
               for k in range(7)]  # fmt: skip
    late = item("late", STRIKE, DAY + timedelta(days=30 + 5 * 6))  # a month after the last one
    assert partition(incremental([*running, late])) == {
        frozenset(i.id for i in running),
        frozenset({"late"}),
    }


@pytest.mark.parametrize("method", [lambda its: cluster_stories(its, SETTINGS), incremental])
def test_copies_join_their_originals_story(method):
    # The copy's text is unrelated on purpose: only origin_id can place it.
    items = [*CLEAN, item("c", FLOOD, DAY + timedelta(days=60), origin_id="s1")]
    stories = {a: s.id for s in method(items) for a in s.article_ids}
    assert stories["c"] == stories["s1"]


def test_repeated_ids_are_an_error():
    with pytest.raises(InputError):
        cluster_stories([item("a", STRIKE), item("a", FLOOD)], SETTINGS)
    clusterer = StoryClusterer(SETTINGS)
    clusterer.add(item("a", STRIKE))
    with pytest.raises(InputError):
        clusterer.add(item("a", FLOOD))


WORDS = st.sampled_from(["port", "strike", "flood", "river", "union", "rain", "grain", "x"])
ITEMS = st.lists(
    st.builds(
        lambda text, title, offset, origin: (text, title, offset, origin),
        st.lists(WORDS, max_size=8).map(" ".join),
        st.none() | st.lists(WORDS, max_size=4).map(" ".join),
        st.none() | st.integers(0, 40),
        st.none() | st.integers(0, 12),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(ITEMS)
def test_every_id_lands_in_exactly_one_story(raw):
    items = [
        StoryItem(
            id=str(i),
            text=text,
            title=title,
            published=None if off is None else DAY + timedelta(days=off),
            origin_id=None if origin is None else str(origin),
        )
        for i, (text, title, off, origin) in enumerate(raw)
    ]
    ids = sorted(it.id for it in items)
    for stories in (cluster_stories(items, SETTINGS), incremental(items)):
        assert sorted(a for s in stories for a in s.article_ids) == ids
        assert len({s.id for s in stories}) == len(stories)


def test_large_batches_fall_back_to_the_single_pass(monkeypatch):
    import crosswire.stories.cluster as cluster

    monkeypatch.setattr(cluster, "MAX_BATCH", 2)
    assert partition(cluster_stories(CLEAN, SETTINGS)) == partition(incremental(CLEAN))


def test_a_placed_item_stays_where_it_is_put_and_others_still_join_by_text():
    clusterer = StoryClusterer(SETTINGS)
    clusterer.add(item("s1", STRIKE), story="kept-strikes")
    clusterer.add(item("f1", FLOOD), story="kept-strikes")  # a user put it there
    assert clusterer.add(item("s2", STRIKE_2)) == "kept-strikes"
    stories = {s.id: set(s.article_ids) for s in clusterer.stories()}
    assert stories == {"kept-strikes": {"s1", "f1", "s2"}}


def test_a_new_story_never_takes_the_id_of_a_kept_one():
    clusterer = StoryClusterer(SETTINGS)
    first = cluster_stories([item("f1", FLOOD)], SETTINGS)[0].id  # the id f1 would open
    clusterer.add(item("s1", STRIKE), story=first)  # f1 was split off that story earlier
    opened = clusterer.add(item("f1", FLOOD))
    assert opened != first
    assert {s.id for s in clusterer.stories()} == {first, opened}
