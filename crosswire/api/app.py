"""The FastAPI app: JSON routes under /api, web pages at /, read-only over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI

from crosswire.api.cache import ResponseCache
from crosswire.api.docs import DOCS_URL, mount_docs
from crosswire.api.errors import install_error_handlers
from crosswire.api.routes import router
from crosswire.api.security import SecurityHeaders, TrustedHosts, host_patterns
from crosswire.api.workbench import router as workbench_router
from crosswire.settings import DEFAULTS, load_settings
from crosswire.store.snapshot import Snapshots

DESCRIPTION = (
    "Read-only access to a crosswire store: stories with their sources, events, quotes and "
    "disagreements; coded events with cursor paging; actors; actor-pair time series; articles "
    'with their annotations. Errors are JSON: {"status": int, "message": str}.'
)


def create_app(
    db_path: str, allowed_hosts: Sequence[str] = DEFAULTS.serve.allowed_hosts
) -> FastAPI:
    """The app over the store at ``db_path``, read through its newest snapshot (opened now:
    StoreError if it cannot be), answering requests for ``allowed_hosts`` only (the setting
    serve.allowed_hosts)."""
    from crosswire.web.pages import mount_web

    host_patterns(allowed_hosts)  # a bad setting fails now, not at the first request
    reader = Snapshots(db_path, stage=True)  # ResponseCache warms a new generation first

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        reader.close()

    # docs_url=None: FastAPI's own /docs loads Swagger UI from a CDN; mount_docs serves it
    app = FastAPI(
        title="crosswire",
        description=DESCRIPTION,
        version="1",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.reader = reader
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(workbench_router)
    mount_docs(app)
    mount_web(app)
    app.add_middleware(ResponseCache, reader=reader)  # inside the host check: none for strangers
    app.add_middleware(TrustedHosts, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders, docs_paths=[DOCS_URL])  # outermost
    return app


def app_from_settings() -> FastAPI:
    """The app of one worker process of `crosswire serve --workers N`: uvicorn imports it by
    name in each process, which reads the store path and hosts from the settings (the CLI puts
    its own in the environment, CROSSWIRE_STORE_PATH and CROSSWIRE_SERVE_ALLOWED_HOSTS)."""
    settings = load_settings()
    return create_app(settings.store.path, settings.serve.allowed_hosts)
