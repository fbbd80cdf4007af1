from __future__ import annotations

from crosswire.store import memory_store
from crosswire.types import Article, Document


def test_memory_stores_are_independent_and_round_trip() -> None:
    doc = Document(Article("a1", "Russia sanctioned Ukraine."))
    with memory_store() as one, memory_store() as two:
        assert one.write_document(doc, one.start_run(["x"]), "h")
        assert one.read_document("a1") == doc
        assert two.article_ids() == []
