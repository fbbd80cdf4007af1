"""Screenshots of every page at desktop (1280 px) and phone (390 px) width, for docs/PAGES.md.

    python tools/screenshots.py [SEEDS_DIR] [OUT_DIR]

Builds a demo store from the seed articles (../shared/seeds) with `crosswire ingest`, serves it
with `crosswire serve` and photographs each page with Debian's headless Chromium into
docs/screenshots/<page>-<desktop|phone>.png. A shot is the first screen and a half of a page
(the window's height), which keeps each PNG near 100 KB.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
WIDTHS = {"desktop": (1280, 900), "phone": (390, 1100)}  # window sizes: width, height


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(base: str, proc: subprocess.Popen) -> None:
    for _ in range(150):
        if proc.poll() is not None:
            raise SystemExit(f"crosswire serve stopped: {proc.stderr.read().decode()}")
        try:
            if httpx.get(base + "/api/stories", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("crosswire serve did not answer within 30 s")


def pages(base: str) -> dict[str, str]:
    """Page name -> path, with the ids taken from the store (its first story, article, the
    busiest actor and pair)."""
    story = httpx.get(base + "/api/stories?limit=1").json()["items"][0]["story_id"]
    dossier = httpx.get(f"{base}/api/stories/{quote(story, safe='')}").json()
    article = dossier["sources"][0]["article_id"]
    actor = httpx.get(base + "/api/actors?limit=1").json()["items"][0]["actor_id"]
    pair = httpx.get(base + "/api/overview").json()["pairs"][0]
    return {
        "index": "/",
        "story": f"/stories/{quote(story, safe='')}",
        "article": f"/articles/{quote(article, safe='')}",
        "pair": f"/pairs/{quote(pair['a'], safe='')}/{quote(pair['b'], safe='')}",
        "events": "/events",
        "actors": "/actors",
        "actor": f"/actors/{quote(actor, safe='')}",
        "overview": "/overview",
        "network": "/network",
    }


def shoot(url: str, path: Path, width: int, height: int) -> None:
    profile = tempfile.mkdtemp(prefix="crosswire-chromium-")
    try:
        subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=15000",
             "--force-device-scale-factor=1", f"--window-size={width},{height}",
             f"--screenshot={path}", url],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main(seeds: Path, out: Path) -> None:
    if not CHROMIUM.exists():
        raise SystemExit("Debian's Chromium is absent (/usr/bin/chromium): run `make browser`")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="crosswire-demo-") as tmp:
        db = str(Path(tmp) / "demo.duckdb")
        inputs = sorted(str(p) for p in seeds.glob("*.txt"))
        subprocess.run([str(BIN / "crosswire"), "ingest", *inputs, "--db", db], check=True)
        port = _port()
        serve = [str(BIN / "crosswire"), "serve", "--db", db, "--port", str(port)]
        proc = subprocess.Popen(serve, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(base, proc)
            for name, path in pages(base).items():
                for size, (width, height) in WIDTHS.items():
                    target = out / f"{name}-{size}.png"
                    shoot(base + path, target, width, height)
                    print(f"{target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        Path(args[0]) if args else ROOT.parent / "shared" / "seeds",
        Path(args[1]) if len(args) > 1 else ROOT / "docs" / "screenshots",
    )
