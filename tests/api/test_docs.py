"""/docs works offline: Swagger UI's script and styles come from a package, not a CDN."""

import re

import pytest

from tests.web.browser import chromium, require_chromium, serving


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


@pytest.fixture(scope="module")
def server(synth_db):
    require_chromium()
    with serving(synth_db, probe="/openapi.json") as base:
        yield base


@pytest.mark.browser
def test_swagger_ui_renders_the_routes_offline(server):
    dom, _ = chromium(
        f"{server}/docs",
        # no name resolves but this machine: a CDN asset would fail to load
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        size=None,
    )
    assert 'class="swagger-ui' in dom  # the bundle ran and drew the page
    assert "/api/stories" in dom and "/api/events" in dom  # from our OpenAPI description
