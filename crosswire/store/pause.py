"""A seam for tests that kill a run at a known point; it does nothing unless the environment asks.

``pause_point(name)`` returns at once unless the variable ``CROSSWIRE_PAUSE_AT`` is ``name``.
Then it creates the file named by ``CROSSWIRE_PAUSE_MARKER`` and sleeps, so that a test can
SIGKILL the process exactly there (tests/run/test_killed_ingest.py). The points:

- ``story-events``: inside the transaction that writes the stories of a run, after their story
  events and before the events' mentions.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_AT = "CROSSWIRE_PAUSE_AT"
PAUSE_MARKER = "CROSSWIRE_PAUSE_MARKER"
# Far longer than a test needs to kill the process; bounded so that a variable left set by
# mistake delays a run instead of hanging it.
PAUSE_SECONDS = 300.0


def pause_point(name: str) -> None:
    if os.environ.get(PAUSE_AT) != name:
        return
    if marker := os.environ.get(PAUSE_MARKER):
        Path(marker).touch()
    time.sleep(PAUSE_SECONDS)
