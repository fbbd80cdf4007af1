"""The embedded DuckDB store (one writer per file) and its in-memory stand-in."""

from crosswire.ids import event_ids
from crosswire.store.connect import SCHEMA_VERSION
from crosswire.store.duckdb_store import Store
from crosswire.store.memory import memory_store

__all__ = ["SCHEMA_VERSION", "Store", "event_ids", "memory_store"]
