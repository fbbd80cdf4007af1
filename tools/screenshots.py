"""Screenshots of every page at desktop (1280 px) and phone (390 px) width, for docs/PAGES.md.

    python tools/screenshots.py [SEEDS_DIR] [OUT_DIR] [--format=webp|png]

Builds a demo store from the seed articles (../shared/seeds) with `crosswire ingest`, serves it
with `crosswire serve` and photographs each page with Debian's headless Chromium into
docs/screenshots/<page>-<desktop|phone>.webp (or .png). A shot is the page's first screen.

Chromium is driven over its DevTools pipe (``--remote-debugging-pipe``: JSON messages ending in
a NUL byte on file descriptors 3 and 4), because headless Chromium will not open a window
narrower than 500 px: ``--window-size=390,...`` lays the page out 500 px wide and crops the
picture, so a phone shot showed clipping a phone never has. ``Emulation.setDeviceMetricsOverride``
lays it out at 390 px as a phone would, viewport meta tag included.
"""

from __future__ import annotations

import base64
import json
import os
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
# Viewports (width, height): a laptop's first screen, and an iPhone 12-15's (390 x 844).
WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}
# WebP (the default) at this quality keeps text sharp at about half the bytes of a PNG: the
# eighteen shots took 1.4 MB as PNG, 0.75 MB as WebP.
WEBP_QUALITY = 85


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


class DevTools:
    """One headless Chromium spoken to over ``--remote-debugging-pipe``."""

    def __init__(self) -> None:
        commands, self._send_end = os.pipe()
        self._reply_end, replies = os.pipe()
        self._profile = tempfile.mkdtemp(prefix="crosswire-chromium-")

        def as_fds_3_and_4() -> None:  # in the child: the pipe ends Chromium expects
            a, b = os.dup(commands), os.dup(replies)  # dup2 onto itself would keep CLOEXEC
            os.dup2(a, 3)
            os.dup2(b, 4)

        self._proc = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={self._profile}", "--remote-debugging-pipe",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False,
            preexec_fn=as_fds_3_and_4,
        )  # fmt: skip
        os.close(commands)
        os.close(replies)
        self._buffer = b""
        self._last_id = 0

    def call(self, method: str, session: str | None = None, **params: object) -> dict:
        self._last_id += 1
        message: dict = {"id": self._last_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._send_end, json.dumps(message).encode() + b"\0")
        while True:  # events and other answers come on the same pipe: skip to ours
            while b"\0" not in self._buffer:
                chunk = os.read(self._reply_end, 1 << 20)
                if not chunk:
                    raise SystemExit(f"Chromium closed its DevTools pipe during {method}")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._last_id:
                if "error" in reply:
                    raise SystemExit(f"Chromium: {method}: {reply['error']}")
                return reply["result"]

    def shoot(self, url: str, path: Path, width: int, height: int, fmt: str) -> None:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride", session, width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)  # fmt: skip
        self.call("Page.navigate", session, url=url)
        state = "document.body ? document.body.dataset.state : 'loading'"
        for _ in range(150):  # the page's script marks <body> ready (or error) when drawn
            found = self.call("Runtime.evaluate", session, expression=state)["result"]
            if found.get("value") not in (None, "loading"):
                break
            time.sleep(0.2)
        self.call("Runtime.evaluate", session, expression="document.fonts.ready.then(() => 1)",
                  awaitPromise=True)  # fmt: skip
        time.sleep(0.3)  # a frame for the last layout
        options = {"format": fmt} | ({"quality": WEBP_QUALITY} if fmt == "webp" else {})
        shot = self.call("Page.captureScreenshot", session, **options)["data"]
        path.write_bytes(base64.b64decode(shot))
        self.call("Target.closeTarget", targetId=target)

    def close(self) -> None:
        os.close(self._send_end)
        self._proc.terminate()
        self._proc.wait(timeout=10)
        os.close(self._reply_end)
        shutil.rmtree(self._profile, ignore_errors=True)


def main(seeds: Path, out: Path, fmt: str = "webp") -> None:
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
        browser = None
        try:
            _wait(base, proc)
            browser = DevTools()
            for name, path in pages(base).items():
                for size, (width, height) in WIDTHS.items():
                    target = out / f"{name}-{size}.{fmt}"
                    browser.shoot(base + path, target, width, height, fmt)
                    print(f"{target} ({target.stat().st_size // 1024} KB)")
        finally:
            if browser is not None:
                browser.close()
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--format")]
    formats = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--format=")]
    main(
        Path(args[0]) if args else ROOT.parent / "shared" / "seeds",
        Path(args[1]) if len(args) > 1 else ROOT / "docs" / "screenshots",
        formats[0] if formats else "webp",
    )
