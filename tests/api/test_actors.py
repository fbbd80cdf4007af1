"""/api/actors lists one actor per person, state or organisation (store.identity), finds it by
any of its names, and /api/events filters by its id."""

import pytest

from tests.api.synth import make_people_store

TRUMP, NETANYAHU, HERZOG = "person:donald-trump", "person:benjamin-netanyahu", "person:isaac-herzog"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    path = make_people_store(tmp_path_factory.mktemp("people") / "people.duckdb")
    with TestClient(create_app(str(path))) as c:
        yield c


def _actors(client, **params) -> dict[str, dict]:
    response = client.get("/api/actors", params={"limit": 1000, **params})
    assert response.status_code == 200
    return {a["actor_id"]: a for a in response.json()["items"]}


def test_one_person_named_three_ways_in_three_articles_is_one_actor(client):
    trump = _actors(client)[TRUMP]
    assert trump["name"] == "Donald Trump" and trump["kind"] == "person"
    assert trump["names"] == ["Donald J. Trump", "Donald Trump", "Mr. Trump", "Trump"]
    assert trump["codes"] == ["USAGOV"]
    assert (trump["as_source"], trump["as_target"], trump["n_events"]) == (4, 0, 4)


def test_two_people_of_one_surname_and_the_surname_alone_are_three_actors(client):
    actors = _actors(client)
    bidens = {i: a["names"] for i, a in actors.items() if "biden" in i}
    assert bidens == {
        "person:hunter-biden": ["Hunter Biden"],
        "person:joe-biden": ["Joe Biden"],
        "name:biden": ["Biden"],
    }


def test_people_coded_for_a_government_are_not_that_government(client):
    actors = _actors(client)
    assert actors[NETANYAHU]["names"] == ["Benjamin Netanyahu"]
    assert actors[NETANYAHU]["as_source"] == 1 and actors[NETANYAHU]["as_target"] == 1
    assert actors[HERZOG]["as_target"] == 2 and actors[HERZOG]["codes"] == ["ISRGOV"]
    government = actors["code:ISRGOV"]
    assert government["names"] == [] and government["n_events"] == 1
    assert actors["name:supreme-court"]["kind"] == "name"
    assert not any("officials" in n for a in actors.values() for n in a["names"])


@pytest.mark.parametrize("q", ["netanyahu", "NETANYAHU", "Benjamin Net", "nyahu"])
def test_q_finds_a_person_by_any_name_or_part_of_one(client, q):
    assert set(_actors(client, q=q)) == {NETANYAHU}


@pytest.mark.parametrize(
    ("q", "found"),
    [("j. trump", {TRUMP}), ("isrgov", {NETANYAHU, HERZOG, "code:ISRGOV"}), ("%", set()),
     ("_", set()), ("court", {"name:supreme-court"})],
)  # fmt: skip
def test_q_matches_names_and_codes_literally(client, q, found):
    assert set(_actors(client, q=q)) == found


def test_actor_pages_never_repeat_or_skip(client):
    whole = list(_actors(client))
    paged, cursor = [], None
    while True:
        body = client.get("/api/actors", params={"limit": 2, "cursor": cursor or ""}).json()
        paged += [a["actor_id"] for a in body["items"]]
        if not (cursor := body["next_cursor"]):
            break
    assert paged == whole and len(set(paged)) == len(whole) > 4


def _events(client, **params) -> list[dict]:
    response = client.get("/api/events", params={"limit": 1000, **params})
    assert response.status_code == 200
    return response.json()["items"]


def test_events_filter_by_actor_id_code_or_name(client):
    by_id = _events(client, actor=TRUMP)
    assert {e["source_name"] for e in by_id} == {
        "Donald Trump", "Donald J. Trump", "Mr. Trump", "Trump",
    }  # fmt: skip
    assert len(by_id) == 4 and {e["source_actor_id"] for e in by_id} == {TRUMP}
    government = _events(client, actor="code:ISRGOV")
    assert [e["source_text"] for e in government] == ["Israeli officials"]
    coded = _events(client, actor="ISRGOV")  # the code: people in office too
    assert {e["source_actor_id"] for e in coded} >= {NETANYAHU, HERZOG, "code:ISRGOV"}
    assert len(_events(client, actor="benjamin netanyahu")) == 2  # a canonical name


def test_events_carry_the_actor_ids_the_actor_list_gives(client):
    listed = set(_actors(client))
    for e in _events(client):
        assert e["source_actor_id"] is None or e["source_actor_id"] in listed
        assert e["target_actor_id"] is None or e["target_actor_id"] in listed
        if e["source_text"] is None or e["source_text"].startswith("unnamed"):
            assert e["source_actor_id"] is None
        if e["target_text"] is None:
            assert e["target_actor_id"] is None


def test_pair_series_takes_actor_ids(client):
    response = client.get(f"/api/pairs/{TRUMP}/{NETANYAHU}/series", params={"interval": "day"})
    assert response.status_code == 200
    assert [b["count"] for b in response.json()["buckets"]] == [1]
    directed = _events(client, pair=f"{NETANYAHU},code:BEL", directed="true")
    assert [e["source_text"] for e in directed] == ["Netanyahu"]
