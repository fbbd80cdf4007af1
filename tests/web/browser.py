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
    """(DOM after the scripts ran, console messages). Virtual time lets fetches and plotly
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
