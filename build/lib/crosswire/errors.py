"""The exception tree. Library code raises these; the CLI and API map them to messages and codes.

    CrosswireError
    ├── ConfigError          a settings file or value is wrong
    ├── InputError           an INPUT path or record cannot be used at all (not: one bad document)
    │   └── FetchError       a URL could not be fetched
    ├── DataError            a packaged data file (ontology, patterns) is missing or malformed
    ├── PipelineError        the reading pipeline cannot be built (a step's prerequisite is missing)
    └── StoreError           the DuckDB store cannot be opened or written
        └── NotFound         a story, article or event id is not in the store

One bad document is not an exception of the run: it becomes a ``types.Skipped`` value with a
reason, counted and reported at the end.
"""

from __future__ import annotations


class CrosswireError(Exception):
    """Base of every error crosswire raises on purpose."""


class ConfigError(CrosswireError):
    pass


class InputError(CrosswireError):
    pass


class FetchError(InputError):
    pass


class DataError(CrosswireError):
    pass


class PipelineError(CrosswireError):
    pass


class StoreError(CrosswireError):
    pass


class NotFound(StoreError):
    pass
