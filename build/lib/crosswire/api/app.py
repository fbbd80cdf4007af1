"""The FastAPI app: JSON routes under /api, web pages at /, read-only over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from crosswire.api.errors import install_error_handlers
from crosswire.api.routes import router
from crosswire.store.duckdb_store import Store

DESCRIPTION = (
    "Read-only access to a crosswire store: stories with their sources, events, quotes and "
    "disagreements; coded events with cursor paging; actors; actor-pair time series; articles "
    'with their annotations. Errors are JSON: {"status": int, "message": str}.'
)


def create_app(db_path: str) -> FastAPI:
    """The app over the store at ``db_path``, opened read-only now (StoreError if it cannot be)."""
    from crosswire.web.pages import mount_web

    store = Store(db_path, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="crosswire", description=DESCRIPTION, version="1", lifespan=lifespan)
    app.state.store = store
    install_error_handlers(app)
    app.include_router(router)
    mount_web(app)
    return app
