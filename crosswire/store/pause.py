"""A seam for tests that kill a run at a known point; it does nothing unless the environment asks.

``pause_point(name)`` returns at once unless the variable ``CROSSWIRE_PAUSE_AT`` is ``name``, or
``name@n`` and this is the n-th time the process reaches that point. Then it creates the file
named by ``CROSSWIRE_PAUSE_MARKER`` and sleeps, so that a test can SIGKILL the process exactly
there (tests/run/test_killed_ingest.py). The points:

- ``results``: inside the transaction that writes a batch of results (``Store.write_results``:
  a batch of the local ingest or of ``reanalyse``, a shard of the Dask ingest), after its rows
  and before its commit;
  ``results@2`` is the second batch, after the first was committed.
- ``story-events``: inside the transaction that writes the stories of a run, after their story
  events and before the events' mentions.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

PAUSE_AT = "CROSSWIRE_PAUSE_AT"
PAUSE_MARKER = "CROSSWIRE_PAUSE_MARKER"
# Far longer than a test needs to kill the process; bounded so that a variable left set by
# mistake delays a run instead of hanging it.
PAUSE_SECONDS = 300.0
# How often this process reached each point; counted only for the point the environment names.
_reached: Counter[str] = Counter()


def pause_point(name: str) -> None:
    asked = os.environ.get(PAUSE_AT)
    if asked is None or asked.partition("@")[0] != name:
        return
    _reached[name] += 1
    if _reached[name] != int(asked.partition("@")[2] or 1):
        return
    if marker := os.environ.get(PAUSE_MARKER):
        Path(marker).touch()
    time.sleep(PAUSE_SECONDS)
