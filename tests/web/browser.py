"""Servers and Debian's Chromium for tests, shared by tests/web and tests/api: `crosswire serve`
(or an app in a uvicorn thread) on a free port, and headless Chromium's view of a page: its DOM
after its scripts ran and what it wrote to the console (errors included)."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

if TYPE_CHECKING:
    from fastapi import FastAPI

CHROMIUM = Path("/usr/bin/chromium")
# Chromium logs each console message (console.error, an uncaught exception, a failed load) so.
CONSOLE = re.compile(r":CONSOLE\(?\d*\)?\] (.*)")
PHONE = (390, 844)  # the window of the first pages' checks (the workbench's use 390 x 900)


def require_chromium() -> None:
    """Skip the test (or the fixture's tests) when Debian's Chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"Debian's Chromium is absent ({CHROMIUM}): install it with `make browser`")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(base: str, probe: str) -> bool:
    """Whether ``base + probe`` answers 200 within about 20 s (a server starting up)."""
    for _ in range(100):
        try:
            if httpx.get(base + probe, timeout=1).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.2)
    return False


@contextmanager
def serving(db: str, probe: str = "/api/stories") -> Iterator[str]:
    """`crosswire serve` over ``db`` on a free port: its base URL while the block runs, once
    ``probe`` answers."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "crosswire"), "serve", "--db", db,
               "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        if not _answers(base, probe):
            pytest.fail(f"crosswire serve did not start: {proc.stderr.read1().decode()}")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def serving_app(app: FastAPI, probe: str = "/api/stories") -> Iterator[str]:
    """``app`` under uvicorn in a thread on a free port: its base URL while the block runs."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        if not _answers(base, probe):
            pytest.fail(f"uvicorn did not start on port {port}")
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def chromium(
    url: str, *extra: str, size: tuple[int, int] | None = (390, 900)
) -> tuple[str, list[str]]:
    """(DOM after the scripts ran, console messages). Virtual time lets fetches and drawing
    finish; ``size`` is the window's (None: Chromium's own); ``extra`` are more switches."""
    window = [f"--window-size={size[0]},{size[1]}"] if size else []
    profile = tempfile.mkdtemp(prefix="crosswire-chromium-")
    try:
        done = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=15000",
             *window, "--enable-logging=stderr", "--v=0", *extra, "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return done.stdout, [m.group(1) for m in CONSOLE.finditer(done.stderr)]
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# Headless Chromium will not open a window narrower than 500 px, so ``measuring`` narrows the
# page itself: the probe sets <html> to WIDTH px before the page's data arrives (at 500 px the
# phone rules of app.css, max-width 600px, apply already). Once the page's script says it is
# done, the probe writes on <body> the right edge of the widest element, which elements stick
# out of the WIDTH px or are cut by an ancestor hiding overflow (a box scrolling sideways is
# fine), and every URL the page requested.
PROBE_JS = """
"use strict";
document.documentElement.style.width = WIDTH + "px";
function boundsOf(node) {
  let [left, right] = [0, WIDTH];
  for (let up = node.parentElement; up; up = up.parentElement) {
    const overflow = getComputedStyle(up).overflowX;
    if (overflow === "auto" || overflow === "scroll") return null;
    if (overflow === "hidden" || overflow === "clip") {
      const box = up.getBoundingClientRect();
      return [Math.max(left, box.left), Math.min(right, box.right)];
    }
  }
  return [left, right];
}
function measure() {
  const outside = [];
  let widest = 0;
  for (const node of document.querySelectorAll("body *")) {
    // a drawing's parts may run past its own viewport (a map zoomed to a region): the outer
    // <svg> is what must fit
    if (node instanceof SVGElement && node.ownerSVGElement) continue;
    const r = node.getBoundingClientRect(), bounds = boundsOf(node);
    if ((!r.width && !r.height) || !bounds) continue;
    widest = Math.max(widest, r.right);
    if (r.left < bounds[0] - 0.5 || r.right > bounds[1] + 0.5) {
      const name = node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") +
        (node.getAttribute("class") ? "." + node.getAttribute("class").split(" ").join(".") : "");
      outside.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}] ` +
        (node.textContent || "").trim().slice(0, 30));
    }
  }
  return { widest: Math.ceil(widest), outside: outside.slice(0, 20) };
}
new MutationObserver(() => {
  const body = document.body;
  if (body.dataset.state === "loading" || body.dataset.measured) return;
  body.dataset.measured = JSON.stringify({ ...measure(), requested:
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname) });
}).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
"""


def measuring(app: FastAPI, width: int = PHONE[0]) -> FastAPI:
    """``app`` with ``PROBE_JS`` added to each HTML page it serves (at /_probe.js, so the pages'
    script-src 'self' allows it), laying the page out ``width`` px wide; ``measured`` reads
    what it wrote."""
    probe = f"const WIDTH = {width};\n{PROBE_JS}"
    from fastapi import Request
    from fastapi.responses import Response

    @app.middleware("http")
    async def add_probe(request: Request, call_next):
        if request.url.path == "/_probe.js":
            return Response(probe, media_type="text/javascript")
        response = await call_next(request)
        if not response.headers.get("content-type", "").startswith("text/html"):
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        body = body.replace(b"</body>", b'<script src="/_probe.js"></script>\n</body>')
        headers = {k: v for k, v in response.headers.items() if k != "content-length"}
        return Response(body, status_code=response.status_code, headers=headers)

    return app


def measured(dom: str) -> dict:
    """What ``PROBE_JS`` wrote on <body>: widest (px), outside (elements sticking out or cut
    off) and requested (paths of every resource the page loaded)."""
    import html
    import json

    body = re.search(r"<body[^>]*>", dom)[0]
    found = re.search(r'data-measured="([^"]*)"', body)
    if not found:
        pytest.fail(f"the page never finished: {body}")
    return json.loads(html.unescape(found[1]))
