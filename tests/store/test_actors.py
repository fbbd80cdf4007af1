"""The store's actor table follows what the store holds: written again, it is computed again."""

from dataclasses import replace

from crosswire.store import Store
from crosswire.store.actors import actor_table
from tests.api.synth import people_document


def test_a_new_person_of_the_same_surname_parts_the_bare_surname(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        run = store.start_run(["t"])
        store.write_documents([(people_document(i), f"h{i}") for i in range(3)], run)
        before = actor_table(store.connection)
        assert before.actor_id("Trump", None) == "person:donald-trump"
        assert before is actor_table(store.connection)  # same content: computed once
        other = people_document(5)
        e = other.events[0]
        melania = replace(e, source=replace(e.source, name="Melania Trump", code=None))
        other = replace(other, events=(melania, *other.events[1:]))
        store.write_documents([(other, "h5")], run)
        after = actor_table(store.connection)
    assert after.actor_id("Trump", None) == "name:trump"
    assert after.actor_id("Donald J. Trump", None) == "person:donald-trump"
    assert after.actor_id("Melania Trump", None) == "person:melania-trump"
