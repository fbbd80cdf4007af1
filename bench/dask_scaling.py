"""Dask scaling: `crosswire ingest --executor dask` on a LocalCluster of 1 and 2 worker
processes, against a bare single-process spaCy parse of the same articles, in one run; the
throughput per number of workers drawn in ``docs/dask_scaling.svg``.

The commands run as a user runs them (a fresh process and cluster each, a fresh store: start-up,
reading the JSONL, the shards and the store writes are counted); the parse is as in
``bench/workers.py`` (the stock en_core_web_sm pipeline).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from corpus import load_articles, take
from measure import Result, Row, timed
from memory import run_sampled, write_articles

from crosswire.nlp.model import load_stock_nlp

PLOT = Path(__file__).resolve().parent.parent / "docs" / "dask_scaling.svg"
WORKERS = (1, 2)  # the development machines have 2 cores


def bench_dask(shared: Path | None, n: int = 300, repeat: int = 1) -> Result:
    corpus = load_articles(shared)
    texts = take(corpus.texts, n)
    nlp = load_stock_nlp()
    list(nlp.pipe([t.text for t in texts[:2]]))
    _, parse = timed(lambda: list(nlp.pipe([t.text for t in texts], batch_size=32)))
    rows = [Row("bare spaCy parse, one process", n, "articles", parse)]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        write_articles(texts, inputs)
        for w in WORKERS:
            db = Path(tmp) / f"dask{w}.duckdb"
            args = ("ingest", str(inputs), "--db", str(db), "--executor", "dask")
            s = run_sampled(*args, "--workers", str(w))
            rows.append(Row(f"crosswire ingest --executor dask --workers {w}", n, "articles",
                            s.seconds))  # fmt: skip
    by = {w: r.seconds for w, r in zip(WORKERS, rows[1:], strict=True)}
    ratios = (
        *((f"dask, {w} worker(s): speed against the bare parse", parse / by[w]) for w in WORKERS),
        ("dask: 2 workers against 1", by[1] / by[2]),
    )
    PLOT.write_text(svg([(w, n / by[w]) for w in WORKERS], n / parse, n), encoding="utf-8")
    note = f"plot: docs/{PLOT.name} (written by this run)"
    return Result("dask", "Dask scaling", corpus.source, tuple(rows), ratios, (note,))


def svg(points: Sequence[tuple[int, float]], parse_rate: float, n: int) -> str:
    """A small line plot, by hand (no plotting library is a dependency): articles per second
    against workers, with perfect scaling from one worker and the bare parse as references."""
    w, h, left, right, top, bottom = 560, 300, 60, 220, 30, 50
    max_w = max(x for x, _ in points)
    ideal = [(x, points[0][1] * x) for x, _ in points]
    top_rate = max(max(r for _, r in ideal), parse_rate) * 1.15

    def at(x: float, y: float) -> tuple[float, float]:
        px = left + (x - 0.5) / max_w * (w - left - right)
        return round(px, 1), round(h - bottom - y / top_rate * (h - top - bottom), 1)

    def line(pts, colour: str, dash: str = "") -> str:
        path = " ".join(f"{a},{b}" for a, b in (at(x, y) for x, y in pts))
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        return f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{extra}/>'

    x0, y0 = at(0.5, 0)
    x1, y1 = at(max_w + 0.5, top_rate)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'font-family="sans-serif" font-size="12">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{left}" y="18">crosswire ingest --executor dask, {n} articles</text>',
        f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="black"/>',
        f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="black"/>',
        f'<text x="{(x0 + x1) / 2}" y="{h - 12}" text-anchor="middle">worker processes</text>',
        f'<text transform="translate(16,{(y0 + y1) / 2}) rotate(-90)" '
        f'text-anchor="middle">articles per second</text>',
    ]
    for x, _ in points:
        px, _ = at(x, 0)
        out.append(f'<text x="{px}" y="{y0 + 16}" text-anchor="middle">{x}</text>')
    for k in range(5):
        rate = top_rate * k / 4
        _, py = at(0.5, rate)
        out.append(f'<text x="{x0 - 6}" y="{py + 4}" text-anchor="end">{rate:.1f}</text>')
    out += [
        line(ideal, "#999999", "6,4"),
        line([(0.5, parse_rate), (max_w + 0.5, parse_rate)], "#d95f02", "2,3"),
        line(points, "#1b9e77"),
        *(f'<circle cx="{a}" cy="{b}" r="4" fill="#1b9e77"/>' for a, b in (at(*p) for p in points)),
    ]
    legend = [("#1b9e77", "", "measured"), ("#999999", "6,4", "perfect scaling"),
              ("#d95f02", "2,3", "bare spaCy parse, 1 process")]  # fmt: skip
    for k, (colour, dash, label) in enumerate(legend):
        ly = top + 20 + 20 * k
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{w - right + 15}" y1="{ly}" x2="{w - right + 40}" y2="{ly}" '
                   f'stroke="{colour}" stroke-width="2"{extra}/>')  # fmt: skip
        out.append(f'<text x="{w - right + 45}" y="{ly + 4}">{label}</text>')
    return "\n".join([*out, "</svg>"]) + "\n"
