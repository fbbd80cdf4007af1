"""Run crosswire's benchmarks; print a table and a Markdown block for docs/BENCHMARKS.md.

    .venv/bin/python bench/run.py --shared ../shared               # all, default sizes
    .venv/bin/python bench/run.py --shared ../shared --only store --n 200

Inputs are read from ``<shared>/datasets`` at run time; without them a synthetic corpus is
generated and the output says so. This is a script, not library code: it prints.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from dask_scaling import bench_dask
from grouping import bench_grouping
from measure import Result, load_average, machine
from memory import bench_memory
from pipeline import bench_events, bench_pipeline
from reconciling import bench_reconcile
from refresh import bench_refresh
from report import Ran, RunInfo, markdown, table
from storage import bench_store
from workers import bench_workers

# name → (function, default size). Defaults keep the whole run under ~10 minutes on 2 cores.
BENCHMARKS: dict[str, tuple[Callable[[Path | None, int, int], Result], int]] = {
    "pipeline": (bench_pipeline, 100),  # articles
    "events": (bench_events, 1044),  # sentences
    "grouping": (bench_grouping, 10_000),  # feed items
    "store": (bench_store, 1000),  # documents
    "reconcile": (bench_reconcile, 10_000),  # articles
    "workers": (bench_workers, 600),  # articles, end to end (about 6 minutes)
}
# Longer, run only by name (--only): the time is the commands', end to end.
ON_REQUEST: dict[str, tuple[Callable[[Path | None, int, int], Result], int]] = {
    "memory": (bench_memory, 1000),  # articles (and a tenth of them; about 10 minutes)
    "dask": (bench_dask, 300),  # articles (about 4 minutes)
    "refresh": (bench_refresh, 10_000),  # stored articles (and a tenth; about 5 minutes)
}


def _args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared"),
        help="folder holding datasets/ (default ../shared)",
    )
    parser.add_argument("--only", choices=sorted(BENCHMARKS | ON_REQUEST), help="run one benchmark")
    parser.add_argument("--n", type=int, help="size (articles, sentences, items, documents)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each operation this many times and keep the fastest",
    )
    return parser.parse_args(argv)


def _command(argv: list[str]) -> str:
    # Name the shared folder as the Makefile does, so no path of this machine is recorded.
    parts, shown = [], iter(argv)
    for a in shown:
        parts += [a, "../shared"] if a == "--shared" else [a]
        if a == "--shared":
            next(shown, None)
    return shlex.join([".venv/bin/python", "bench/run.py", *parts])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _args(argv)
    if (args.n is not None and args.n < 1) or args.repeat < 1:
        print("--n and --repeat must be at least 1", file=sys.stderr)
        return 2
    shared = args.shared if (args.shared / "datasets").is_dir() else None
    if shared is None:
        print(f"{args.shared}/datasets not found: running on a synthetic corpus", file=sys.stderr)
    names = [args.only] if args.only else list(BENCHMARKS)
    runs = []
    for name in names:
        fn, default = (BENCHMARKS | ON_REQUEST)[name]
        before = load_average()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        result = fn(shared, args.n or default, args.repeat)
        runs.append(Ran(result, before, load_average()))
    info = RunInfo(_command(argv), datetime.now(UTC).date().isoformat(), machine())
    print(table([r.result for r in runs]))
    print("\n--- Markdown for docs/BENCHMARKS.md ---\n")
    print(markdown(runs, info))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
