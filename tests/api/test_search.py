"""The q search of the lists takes its words literally: LIKE's % and _ are characters."""

from dataclasses import replace
from datetime import date

import pytest

from crosswire.store import Store
from crosswire.types import Actor, Story
from tests.api.synth import document

# Titles and actor names with and without LIKE's wildcards (and its escape character).
TITLES = ("Talks 100% agreed", "A snake_case headline", "Plain words only", "Back\\slash")
NAMES = ("Bloc 50%", "Group_7", "Plain Alliance", "Back\\Slash Front")


def _doc(i: int):
    doc = document(i, 2)
    name = NAMES[i]
    events = tuple(
        replace(e, source=Actor(name, name, None, e.source.start, e.source.end)) for e in doc.events
    )
    return replace(doc, article=replace(doc.article, title=TITLES[i]), events=events)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    path = tmp_path_factory.mktemp("search") / "search.duckdb"
    docs = [_doc(i) for i in range(len(TITLES))]
    with Store(path) as store:
        run = store.start_run(["search"])
        store.write_documents([(d, f"h{d.id}") for d in docs], run)
        store.replace_stories(
            [Story(f"s{i}", (d.id,), TITLES[i], date(2021, 10, 1), date(2021, 10, 2), ())
             for i, d in enumerate(docs)]
        )  # fmt: skip
        store.finish_run(run, {"documents": len(docs)})
    with TestClient(create_app(str(path))) as c:
        yield c


def _found(client, route: str, q: str, field: str) -> set[str]:
    response = client.get(f"/api/{route}", params={"q": q, "limit": 1000})
    assert response.status_code == 200
    return {item[field] for item in response.json()["items"]}


@pytest.mark.parametrize(
    ("q", "title"),
    [("%", "Talks 100% agreed"), ("_", "A snake_case headline"), ("0%", "Talks 100% agreed"),
     ("e_c", "A snake_case headline"), ("\\", "Back\\slash"), ("PLAIN", "Plain words only")],
)  # fmt: skip
@pytest.mark.parametrize("route", ["stories", "articles"])
def test_title_search_takes_wildcards_literally(client, route, q, title):
    assert _found(client, route, q, "title") == {title}


@pytest.mark.parametrize(
    ("q", "actor"),
    [("%", "Bloc 50%"), ("_", "Group_7"), ("\\", "Back\\Slash Front"),
     ("alliance", "Plain Alliance")],
)  # fmt: skip
def test_actor_search_takes_wildcards_literally(client, q, actor):
    assert _found(client, "actors", q, "name") == {actor}


@pytest.mark.parametrize("q", ["%%", "__", "x%", "_x"])
def test_wildcards_alone_match_nothing_else(client, q):
    for route, field in (("stories", "title"), ("articles", "title"), ("actors", "name")):
        assert _found(client, route, q, field) == set()
