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
reason, counted and reported at the end. Readers and stages return such values for what they
expect (``empty``, ``bad-record:url``...); ``isolated`` turns anything else one document raises
into ``Skipped(reason="error:<stage>")``, so a bug met by one document costs that document only.
A ``CrosswireError`` still stops the run: it means the run itself cannot go on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from crosswire.types import Skipped

T = TypeVar("T")
# Characters of an unexpected exception's message kept in a skip's detail.
DETAIL_CHARS = 300


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


def isolated(doc_id: str, stage: str, fn: Callable[..., T], *args: object) -> T | Skipped:
    """``fn(*args)``, or ``Skipped(doc_id, "error:<stage>")`` naming the exception when it
    raises anything but a ``CrosswireError``."""
    try:
        return fn(*args)
    except CrosswireError:
        raise
    except Exception as exc:
        message = " ".join(str(exc).split())[:DETAIL_CHARS]
        return Skipped(doc_id, f"error:{stage}", f"{type(exc).__name__}: {message}")
