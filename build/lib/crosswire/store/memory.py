"""The store's test double: the real Store over DuckDB's in-memory database.

DuckDB's ``":memory:"`` mode runs the same class, schema and SQL as a file store, so tests of
other stages get exactly the production behaviour without a file. Nothing outlives ``close()``.
"""

from __future__ import annotations

from crosswire.store.connect import MEMORY
from crosswire.store.duckdb_store import Store


def memory_store() -> Store:
    """A fresh, empty store held in memory."""
    return Store(MEMORY)
