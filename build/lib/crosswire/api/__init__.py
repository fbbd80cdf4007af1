"""The HTTP API (FastAPI): JSON routes under /api and the web pages, read-only over a store."""

from crosswire.api.app import create_app

__all__ = ["create_app"]
