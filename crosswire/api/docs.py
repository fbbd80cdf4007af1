"""/docs: Swagger UI over the API's OpenAPI description, its scripts and styles served from the
swagger-ui-bundle-v2 package, so the page works with no network (FastAPI's default loads them
from a CDN). FastAPI's documented self-hosting: the default page off, our own in its place."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from crosswire.errors import DataError

DOCS_URL = "/docs"
ASSETS_URL = "/docs/assets"
BUNDLE = "swagger-ui-bundle.js"


def swagger_ui_dir() -> Path:
    """The Swagger UI distribution shipped inside the swagger-ui-bundle-v2 package."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError as exc:
        raise DataError(
            "Swagger UI for /docs is not installed: pip install swagger-ui-bundle-v2"
        ) from exc
    path = Path(str(swagger_ui_path))
    if not (path / BUNDLE).is_file():
        raise DataError(f"{BUNDLE} is not in {path}: reinstall swagger-ui-bundle-v2")
    return path


def mount_docs(app: FastAPI) -> None:
    """/docs and its assets under /docs/assets; the app is made with ``docs_url=None``.
    (ReDoc has no packaged bundle, so /redoc is off rather than blank offline.)"""
    app.mount(ASSETS_URL, StaticFiles(directory=swagger_ui_dir()), name="docs-assets")

    @app.get(DOCS_URL, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{ASSETS_URL}/{BUNDLE}",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
            oauth2_redirect_url=None,  # the API has no OAuth
        )
