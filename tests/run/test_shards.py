"""Shards: every result survives encode → decode and a Parquet shard exactly."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.errors import StoreError
from crosswire.run.shards import ShardRow, decode, encode, read_shard, write_shard
from crosswire.types import Article, Document, DocumentDate, Skipped
from tests.store.strategies import documents

skips = st.builds(Skipped, st.text(min_size=1), st.text(), st.text())


@given(documents() | skips)
def test_encode_then_decode_is_the_identity(result):
    assert decode(*encode(result)) == result


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(documents() | skips, st.none() | st.text(max_size=8)), max_size=4))
def test_a_shard_holds_its_rows_in_order(tmp_path, pairs):
    path = tmp_path / "s.parquet"
    rows = [ShardRow(r, h) for r, h in pairs]
    write_shard(path, rows)
    assert read_shard(path) == rows
    assert [p.name for p in tmp_path.iterdir()] == ["s.parquet"]  # no temporary left


def test_a_field_missing_from_an_old_shard_reads_as_its_default():
    doc = Document(Article("a", "text", published=date(2021, 10, 6)), date=None)
    kind, text = encode(doc)
    old = text.replace(',"language":null', "")
    assert old != text and decode(kind, old) == doc


@pytest.mark.parametrize(
    "kind, text",
    [
        ("skipped", '{"id": "a"}'),  # reason missing and it has no default
        ("skipped", '{"id": 1, "reason": "empty"}'),  # wrong type
        ("document", '{"article": {"id": "a", "text": "", "published_source": "guessed"}}'),
    ],
)
def test_malformed_records_are_refused(kind, text):
    with pytest.raises((KeyError, TypeError, ValueError)):
        decode(kind, text)


def test_an_unreadable_shard_is_a_store_error(tmp_path):
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"not parquet")
    with pytest.raises(StoreError, match="delete it"):
        read_shard(path)


def test_dates_keep_their_type():
    doc = Document(Article("a", "x"), date=DocumentDate(date(2014, 3, 1), "inferred", 0.5, "ev"))
    assert type(decode(*encode(doc)).date.value) is date
