"""Parquet shards of pipeline results: what a Dask task writes and the single loader reads.

A result (``Document`` or ``Skipped``) is stored as the JSON of its frozen dataclasses
(``crosswire.codec``), so ``decode(encode(r)) == r`` for every result, and a field added to a
record later is read from old shards as its default. A shard is written under a temporary name
and renamed, so a killed task never leaves half a shard.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from crosswire.codec import from_json, to_json
from crosswire.errors import StoreError
from crosswire.types import Document, Skipped

# Bump when the encoding changes; a shard of another version is refused, not misread.
SHARD_VERSION = "1"
_VERSION_KEY = b"crosswire.shard_version"
_KINDS: dict[str, type] = {"document": Document, "skipped": Skipped}
_SCHEMA = pa.schema(
    [
        ("ord", pa.int32()),
        ("kind", pa.string()),
        ("id", pa.string()),
        ("content_hash", pa.string()),  # of the raw input; null for a skip
        ("record", pa.string()),
    ],
    metadata={_VERSION_KEY: SHARD_VERSION.encode()},
)


@dataclass(frozen=True, slots=True)
class ShardRow:
    """One pipeline result and the content hash of the input it came from."""

    result: Document | Skipped
    content_hash: str | None = None


def encode(result: Document | Skipped) -> tuple[str, str]:
    """(kind, JSON) of a result."""
    return ("document" if isinstance(result, Document) else "skipped"), to_json(result)


def decode(kind: str, text: str) -> Document | Skipped:
    """The inverse of ``encode``."""
    return from_json(_KINDS[kind], text)


def write_shard(path: Path, rows: Sequence[ShardRow]) -> None:
    encoded = [encode(r.result) for r in rows]
    columns = {
        "ord": list(range(len(rows))),
        "kind": [kind for kind, _ in encoded],
        "id": [r.result.id for r in rows],
        "content_hash": [r.content_hash for r in rows],
        "record": [text for _, text in encoded],
    }
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(pa.table(columns, schema=_SCHEMA), tmp)
    os.replace(tmp, path)  # atomic: the shard exists whole or not at all


def read_shard(path: Path) -> list[ShardRow]:
    """The rows of a shard in the order they were written."""
    try:
        table = pq.read_table(path)
        version = (table.schema.metadata or {}).get(_VERSION_KEY, b"").decode()
        if version != SHARD_VERSION:
            raise ValueError(f"shard version {version!r}, expected {SHARD_VERSION!r}")
        data = table.sort_by("ord").to_pydict()
        return [
            ShardRow(decode(kind, text), digest)
            for kind, text, digest in zip(
                data["kind"], data["record"], data["content_hash"], strict=True
            )
        ]
    except (OSError, pa.ArrowException, ValueError, TypeError, KeyError) as exc:
        raise StoreError(
            f"cannot read shard {path}: {exc}; delete it and run again to recompute it"
        ) from exc
