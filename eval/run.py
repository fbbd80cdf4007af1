"""`make eval`: score every stage on ../shared/datasets and fail below the pinned floors.

Each scorer is a module ``eval/score_<stage>.py`` with ``DATASET`` (a file name under
datasets/) and ``score(path: Path) -> dict[str, float]``. Floors live in ``eval/floors.toml``
as ``[stage] metric = floor``. Figures are printed as a table and written to
``eval/last_run.json`` so a closing note can quote them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).parent


def scorers() -> list[str]:
    return sorted(p.stem.removeprefix("score_") for p in HERE.glob("score_*.py"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared", help="the shared folder with datasets/")
    ap.add_argument("stages", nargs="*", help="only these stages (default: all)")
    args = ap.parse_args(argv)
    datasets = Path(args.shared) / "datasets"
    floors = tomllib.loads((HERE / "floors.toml").read_text("utf-8"))
    results: dict[str, dict[str, float]] = {}
    failures: list[str] = []
    for stage in args.stages or scorers():
        mod = importlib.import_module(f"eval.score_{stage}")
        path = datasets / mod.DATASET
        if not path.exists():
            print(f"{stage:10s} skipped: {path} is absent")
            continue
        t0 = time.perf_counter()
        metrics = mod.score(path)
        secs = time.perf_counter() - t0
        results[stage] = metrics
        for name, value in metrics.items():
            floor = floors.get(stage, {}).get(name)
            verdict = ""
            if floor is not None:
                ok = value >= floor
                verdict = f"floor {floor:.3f} {'ok' if ok else 'BELOW'}"
                if not ok:
                    failures.append(f"{stage}.{name} = {value:.3f} < {floor:.3f}")
            print(f"{stage:10s} {name:28s} {value:8.3f}  {verdict}")
        for name in floors.get(stage, {}).keys() - metrics.keys():
            failures.append(f"{stage}.{name} has a floor but the scorer did not report it")
        print(f"{stage:10s} ({mod.DATASET}, {secs:.1f} s)")
    last = HERE / "last_run.json"  # merged, so a run of one stage keeps the others' figures
    merged = json.loads(last.read_text("utf-8")) if last.exists() else {}
    last.write_text(json.dumps(merged | results, indent=2, sort_keys=True) + "\n")
    if failures:
        print("\nBelow the floor:\n  " + "\n  ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
