"""The embedded DuckDB store (one writer per file) and its in-memory stand-in."""

from crosswire.store.connect import SCHEMA_VERSION
from crosswire.store.duckdb_store import Store
from crosswire.store.memory import memory_store
from crosswire.store.rows import StoryEventRow, event_ids

__all__ = ["SCHEMA_VERSION", "Store", "StoryEventRow", "event_ids", "memory_store"]
