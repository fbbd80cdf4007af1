"""A user's corrections to story grouping: merge stories, split articles off a story.

Each edit pins the articles it moves (and the ones it leaves) to their story in the store, so
later ingests, which only decide on new articles, and full re-clustering keep it. The stories
touched get their events reconciled again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosswire.errors import InputError, NotFound
from crosswire.run.ingest import refresh_stories
from crosswire.settings import Settings
from crosswire.store.duckdb_store import Store
from crosswire.stories.cluster import story_id
from crosswire.types import Story


def merge_placement(stories: Sequence[Story]) -> dict[str, str]:
    """Every article of ``stories`` → the first story's id."""
    if len({s.id for s in stories}) < 2:
        raise InputError("merging needs at least two different stories")
    return {a: stories[0].id for s in stories for a in s.article_ids}


def split_placement(
    story: Story, article_ids: Sequence[str], taken: Sequence[str] = ()
) -> dict[str, str]:
    """``article_ids`` → a new story (its id not in ``taken``); the rest stay in ``story``."""
    moving = list(dict.fromkeys(article_ids))
    strangers = [a for a in moving if a not in story.article_ids]
    if strangers:
        raise InputError(f"{strangers} are not articles of story {story.id}")
    if not moving or len(moving) == len(story.article_ids):
        raise InputError("a split moves some, not all, of a story's articles")
    new_id = story_id(moving[0])
    while new_id in taken or new_id == story.id:
        new_id = story_id(new_id + moving[0])
    return {a: new_id if a in moving else story.id for a in story.article_ids}


def _apply(store: Store, settings: Settings, placement: Mapping[str, str]) -> list[Story]:
    store.pin(placement)
    refresh_stories(store, settings, changed=list(placement))
    wanted = set(placement.values())
    return [s for s in store.stories() if s.id in wanted]


def merge_stories(store: Store, settings: Settings, story_ids: Sequence[str]) -> Story:
    """Merge the stories into the first one; returns it. Raises NotFound for an unknown id."""
    stories = [store.story(i) for i in dict.fromkeys(story_ids)]
    [merged] = _apply(store, settings, merge_placement(stories))
    return merged


def split_story(
    store: Store, settings: Settings, story_id_: str, article_ids: Sequence[str]
) -> tuple[Story, Story]:
    """Move ``article_ids`` out of the story into a new one; returns (the rest, the new)."""
    story = store.story(story_id_)
    placement = split_placement(story, article_ids, [s.id for s in store.stories()])
    made = {s.id: s for s in _apply(store, settings, placement)}
    new_id = placement[article_ids[0]]
    if story.id not in made or new_id not in made:
        raise NotFound(f"story {story.id} was not split")  # the store changed underneath
    return made[story.id], made[new_id]
