"""Debian's Chromium, headless, over `crosswire serve`: a page's DOM after its scripts ran and
what it wrote to the console (errors included)."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

CHROMIUM = Path("/usr/bin/chromium")
# Chromium logs each console message (console.error, an uncaught exception, a failed load) so.
CONSOLE = re.compile(r":CONSOLE\(?\d*\)?\] (.*)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """`crosswire serve` over ``db`` on a free port: its base URL while the block runs."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "crosswire"), "serve", "--db", db,
               "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/api/stories", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"crosswire serve did not start: {proc.stderr.read1().decode()}")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def chromium(url: str, width: int = 390, *extra: str) -> tuple[str, list[str]]:
    """(DOM after the scripts ran, console messages). Virtual time lets fetches finish."""
    profile = tempfile.mkdtemp(prefix="crosswire-chromium-")
    try:
        done = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=15000",
             f"--window-size={width},900", "--enable-logging=stderr", "--v=0", *extra,
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return done.stdout, [m.group(1) for m in CONSOLE.finditer(done.stderr)]
    finally:
        shutil.rmtree(profile, ignore_errors=True)
