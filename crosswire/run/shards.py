"""Parquet shards of pipeline results: what a Dask task writes and the single loader reads.

A result (``Document`` or ``Skipped``) is stored as the JSON of its frozen dataclasses, read back
by walking the field types of ``crosswire.types``, so ``decode(encode(r)) == r`` for every
result, and a field added to a record later is read from old shards as its default. A shard is
written under a temporary name and renamed, so a killed task never leaves half a shard.
"""

from __future__ import annotations

import json
import os
import types
import typing
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields, is_dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

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


def _plain(value: Any) -> Any:
    """A JSON-able form of a record value (dataclasses by field, tuples as lists)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, date):  # datetime too: both have an exact ISO form
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot encode a {type(value).__name__} in a shard")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _union(data: Any, args: tuple[Any, ...]) -> Any:
    if data is None and type(None) in args:
        return None
    arms = [a for a in args if a is not type(None)]
    if len(arms) != 1:
        raise TypeError(f"ambiguous union {args} in a record")
    return _typed(data, arms[0])


def _typed(data: Any, hint: Any) -> Any:
    """``data`` (from ``_plain``) back as a value of type ``hint``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if is_dataclass(hint):
        return _record(data, hint)
    if origin in (typing.Union, types.UnionType):
        return _union(data, args)
    if origin is tuple:
        if Ellipsis in args:  # tuple[X, ...]
            return tuple(_typed(d, args[0]) for d in data)
        return tuple(_typed(d, h) for d, h in zip(data, args, strict=True))
    if origin is typing.Literal:
        if data not in args:
            raise ValueError(f"{data!r} is not one of {args}")
        return data
    if hint in (date, datetime):
        return hint.fromisoformat(data)
    if hint is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if hint in (str, int, bool) and type(data) is hint:
        return data
    raise TypeError(f"{data!r} is not a {hint}")


def _record(data: dict[str, Any], cls: type) -> Any:
    hints, values = _hints(cls), {}
    for f in fields(cls):
        if f.name in data:
            values[f.name] = _typed(data[f.name], hints[f.name])
        elif f.default is MISSING and f.default_factory is MISSING:
            raise KeyError(f"{cls.__name__}.{f.name} is missing")
    return cls(**values)


def encode(result: Document | Skipped) -> tuple[str, str]:
    """(kind, JSON) of a result; ASCII JSON, so any Python string survives Parquet's UTF-8."""
    kind = "document" if isinstance(result, Document) else "skipped"
    return kind, json.dumps(_plain(result), ensure_ascii=True, separators=(",", ":"))


def decode(kind: str, text: str) -> Document | Skipped:
    """The inverse of ``encode``."""
    return _record(json.loads(text), _KINDS[kind])


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
