"""crosswire: news reports into a checked record of who did what to whom, when, per whom.

The public API is the names below; everything else may move.
"""

from crosswire.errors import CrosswireError, InputError, PipelineError, StoreError
from crosswire.ingest.files import read_inputs
from crosswire.pipeline import process, process_batch
from crosswire.records import to_record
from crosswire.settings import Settings, load_settings
from crosswire.store.duckdb_store import Store
from crosswire.types import (
    Actor,
    Article,
    Document,
    Entity,
    Event,
    Quote,
    RawDocument,
    Skipped,
    Story,
    Timex,
)

__all__ = [
    "Actor",
    "Article",
    "CrosswireError",
    "Document",
    "Entity",
    "Event",
    "InputError",
    "PipelineError",
    "Quote",
    "RawDocument",
    "Settings",
    "Skipped",
    "Store",
    "StoreError",
    "Story",
    "Timex",
    "load_settings",
    "process",
    "process_batch",
    "read_inputs",
    "to_record",
]
