"""`crosswire serve`: the JSON API and the web pages over a store, on a socket bound first."""

from __future__ import annotations

import errno
import os
from typing import Annotated

import typer

from crosswire.cli.errors import _errors, err
from crosswire.cli.options import Config, Db, _settings
from crosswire.errors import ConfigError
from crosswire.extras import require


def serve(
    db: Db = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="server processes (2: both cores of two)")
    ] = 1,
    config: Config = None,
) -> None:
    """Serve the JSON API (/api, /docs) and the web pages over a store, read-only.

    The server reads the store's newest snapshot and moves to the next one an ingest
    publishes, so `crosswire ingest` can write the same store meanwhile."""
    with _errors():
        require("web", "crosswire serve")
    import uvicorn

    from crosswire.api import create_app

    settings = _settings(config, db)
    with _errors():
        # made here even with workers: errors show now, and the first snapshot is published
        # once, not raced for by every worker
        web = create_app(settings.store.path, settings.serve.allowed_hosts)
        sock = _listen(host, port)
    err.print(f"serving {settings.store.path} on http://{host}:{port}/ (API docs at /docs)")
    if workers == 1:
        uvicorn.Server(uvicorn.Config(web, log_level="warning")).run(sockets=[sock])
        return
    from uvicorn.supervisors import Multiprocess

    web.state.reader.close()  # each worker opens its own
    os.environ["CROSSWIRE_STORE_PATH"] = settings.store.path
    os.environ["CROSSWIRE_SERVE_ALLOWED_HOSTS"] = ",".join(settings.serve.allowed_hosts)
    app = "crosswire.api.app:app_from_settings"
    cfg = uvicorn.Config(app, factory=True, workers=workers, log_level="warning")
    Multiprocess(cfg, sockets=[sock]).run()


def _listen(host: str, port: int):
    """The server's socket, bound before anything says "serving": a busy port is one line
    here, not uvicorn's log after the fact."""
    import socket

    # the family and options uvicorn would bind with ("localhost" is 127.0.0.1, not ::1)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        why = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or exc
        raise ConfigError(
            f"cannot serve on {host}:{port}: {why}: give another --port or --host"
        ) from exc
    return sock
