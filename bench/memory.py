"""Peak memory of `crosswire analyze` and `crosswire ingest`, run as a user runs them.

Each command runs in a fresh process; its process tree (the command and the worker processes it
spawns) is sampled every ``SAMPLE_S`` seconds. The figures are resident set sizes (RSS): the
peak of their sum over the tree, and the peak of the command's own process and of its largest
worker. A sum of RSS counts pages that two processes share twice (the Python and library code
they both map), so it is an upper bound of what the tree holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil
from corpus import Text, load_articles, take
from measure import Result, Row

CROSSWIRE = Path(sys.executable).parent / "crosswire"
SAMPLE_S = 0.2  # a worker's memory moves with its batch of 64 articles: seconds, not ms
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sampled:
    seconds: float
    peak_total: float  # MB, summed over the process tree
    peak_main: float  # MB, the command's own process
    peak_worker: float  # MB, the largest worker (0 when it spawned none)


def write_articles(texts: Sequence[Text], path: Path) -> None:
    """The texts as a JSONL input of `crosswire analyze` and `ingest`."""
    with path.open("w", encoding="utf-8") as out:
        for t in texts:
            published = t.published.isoformat() if t.published else None
            out.write(json.dumps({"id": t.id, "text": t.text, "published": published}) + "\n")


def _rss(p: psutil.Process) -> float:
    try:
        return p.memory_info().rss / MB
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0.0


def run_sampled(*args: str) -> Sampled:
    """``crosswire ARGS --quiet``, timed, its process tree's memory sampled until it ends."""
    peaks = {"total": 0.0, "main": 0.0, "worker": 0.0}
    t0 = time.perf_counter()
    proc = psutil.Popen([str(CROSSWIRE), *args, "--quiet"], stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE)  # fmt: skip
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                children = proc.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            main, workers = _rss(proc), [_rss(c) for c in children]
            peaks["main"] = max(peaks["main"], main)
            peaks["worker"] = max(peaks["worker"], *workers, 0.0)
            peaks["total"] = max(peaks["total"], main + sum(workers))
            done.wait(SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"crosswire {' '.join(args)} failed: {stderr.decode()[-500:]}")
    return Sampled(seconds, peaks["total"], peaks["main"], peaks["worker"])


def bench_memory(shared: Path | None, n: int = 1000, repeat: int = 1) -> Result:
    """Peak memory of both commands with two workers on ``n`` articles and on a tenth of them:
    what grows with the input is their difference."""
    corpus = load_articles(shared)
    rows, notes, peaks = [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted({max(n // 10, 1), n}):
            inputs = Path(tmp) / f"articles{size}.jsonl"
            write_articles(take(corpus.texts, size), inputs)
            for command in ("analyze", "ingest"):
                target = Path(tmp) / f"{command}{size}"
                where = ["-o", f"{target}.jsonl"] if command == "analyze" else ["--db",
                         f"{target}.duckdb"]  # fmt: skip
                s = run_sampled(command, str(inputs), *where, "--workers", "2")
                peaks[command, size] = s
                rows.append(Row(f"crosswire {command} --workers 2", size, "articles", s.seconds))
                notes.append(
                    f"{command}, {size:,} articles: peak {s.peak_total:,.0f} MB summed over "
                    f"the process tree (main process {s.peak_main:,.0f} MB, largest worker "
                    f"{s.peak_worker:,.0f} MB)"
                )
    small = max(n // 10, 1)
    ratios = tuple(
        (f"crosswire {c}: peak memory at {n:,} / at {small:,} articles",
         peaks[c, n].peak_total / peaks[c, small].peak_total)
        for c in ("analyze", "ingest") if small != n
    )  # fmt: skip
    title = "Peak memory of analyze and ingest"
    return Result("memory", title, corpus.source, tuple(rows), ratios, tuple(notes))
