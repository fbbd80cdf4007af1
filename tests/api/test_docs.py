"""/docs works offline: Swagger UI's script and styles come from a package, not a CDN."""

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")


def _assets(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


def test_docs_page_names_only_local_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assets = _assets(page.text)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    assert any(a.endswith("swagger-ui.css") for a in assets)
    assert "https://" not in page.text and "http://" not in page.text
    for asset in assets:
        assert asset.startswith("/"), asset
        served = client.get(asset)
        assert served.status_code == 200 and len(served.content) > 500, asset


def test_redoc_is_off_rather_than_blank_offline(client):
    response = client.get("/redoc")
    assert response.status_code == 404 and response.json()["status"] == 404


# -- in a real browser, with every host but this machine unreachable ---------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(synth_db):
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's Chromium is absent (/usr/bin/chromium): install it with `make browser`"
        )
    port = _free_port()
    command = [str(Path(sys.executable).parent / "crosswire"), "serve", "--db", synth_db,
               "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail(f"crosswire serve did not start: {proc.stderr.read1().decode()}")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.browser
def test_swagger_ui_renders_the_routes_offline(server):
    profile = tempfile.mkdtemp(prefix="crosswire-chromium-")
    try:
        done = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=15000",
             # no name resolves but this machine: a CDN asset would fail to load
             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
             "--dump-dom", f"{server}/docs"],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    dom = done.stdout
    assert 'class="swagger-ui' in dom  # the bundle ran and drew the page
    assert "/api/stories" in dom and "/api/events" in dom  # from our OpenAPI description
