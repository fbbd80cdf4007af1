"""crosswire: news reports into a checked record of who did what to whom, when, per whom.

The public API is the names below; everything else may move.
"""

from importlib import import_module

# Where each public name lives. Imported on first use (PEP 562), so that `crosswire --help` and
# the light modules do not load spaCy, scikit-learn and DuckDB.
_HOMES = {
    **dict.fromkeys(("CrosswireError", "InputError", "PipelineError", "StoreError"), "errors"),
    "read_inputs": "ingest.files",
    "process": "pipeline",
    "process_batch": "pipeline",
    "to_record": "records",
    "Settings": "settings",
    "load_settings": "settings",
    "Store": "store.duckdb_store",
    **dict.fromkeys(
        (
            "Actor",
            "Article",
            "Document",
            "Entity",
            "Event",
            "Quote",
            "RawDocument",
            "Skipped",
            "Story",
            "Timex",
        ),
        "types",
    ),
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'crosswire' has no attribute {name!r}")
    value = getattr(import_module(f"crosswire.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


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
