"""What a benchmark reports, how it is timed, and which machine it ran on.

Figures on a shared machine are noisy, so every benchmark reports, beside its raw rates, ratios
of two timings taken in the same run (ours against a baseline); ratios travel between machines
far better than seconds do.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Row:
    """One timed operation: ``n`` units of work in ``seconds``."""

    what: str
    n: int
    unit: str  # "articles", "characters", "sentences", "items", "documents"
    seconds: float

    @property
    def rate(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class Result:
    name: str  # the --only key
    title: str
    corpus: str  # where the inputs came from: a dataset file or "synthetic"
    rows: tuple[Row, ...]
    ratios: tuple[tuple[str, float], ...] = ()  # (what, value) measured in this run
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Machine:
    cpu: str
    cores: int
    python: str
    spacy: str

    def line(self) -> str:
        return f"{self.cpu}, {self.cores} cores, Python {self.python}, spaCy {self.spacy}"


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """``fn()`` and the wall-clock seconds it took."""
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def best_of(fn: Callable[[], T], repeat: int) -> tuple[T, float]:
    """``fn()`` run ``repeat`` times: the last value and the fastest time (the least disturbed
    by other work on a shared machine)."""
    runs = [timed(fn) for _ in range(max(repeat, 1))]
    return runs[-1][0], min(seconds for _, seconds in runs)


def anew(fn: Callable[[], T]) -> Callable[[], T]:
    """``fn`` with the paragraph parses kept from earlier runs dropped first: every timed run
    of texts read before must parse them, or it times the reuse meant for copies."""

    def run() -> T:
        from crosswire.nlp.read import forget_parses

        forget_parses()
        return fn()

    return run


def _cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    try:
        for line in cpuinfo.read_text("utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine() -> Machine:
    import spacy  # only for its version; the model is loaded through crosswire.nlp.model

    return Machine(_cpu_model(), os.cpu_count() or 1, platform.python_version(), spacy.__version__)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as ``uptime`` prints them."""
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"
