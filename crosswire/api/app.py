"""The FastAPI app: JSON routes under /api, web pages at /, read-only over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI

from crosswire.api.errors import install_error_handlers
from crosswire.api.routes import router
from crosswire.api.security import SecurityHeaders, TrustedHosts, host_patterns
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store

DESCRIPTION = (
    "Read-only access to a crosswire store: stories with their sources, events, quotes and "
    "disagreements; coded events with cursor paging; actors; actor-pair time series; articles "
    'with their annotations. Errors are JSON: {"status": int, "message": str}.'
)


def create_app(
    db_path: str, allowed_hosts: Sequence[str] = DEFAULTS.serve.allowed_hosts
) -> FastAPI:
    """The app over the store at ``db_path``, opened read-only now (StoreError if it cannot be),
    answering requests for ``allowed_hosts`` only (the setting serve.allowed_hosts)."""
    from crosswire.web.pages import mount_web

    host_patterns(allowed_hosts)  # a bad setting fails now, not at the first request
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
    app.add_middleware(TrustedHosts, allowed_hosts=allowed_hosts)
    docs = (app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url)
    app.add_middleware(SecurityHeaders, docs_paths=[p for p in docs if p])  # outermost
    return app
