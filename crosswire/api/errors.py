"""The one place crosswire errors become HTTP answers: ``{"status": int, "message": str}``."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from crosswire.api.headers import HEADERS, PAGE_POLICY
from crosswire.errors import (
    ConfigError,
    CrosswireError,
    DataError,
    InputError,
    NotFound,
    StoreError,
)

# Most specific first: NotFound is a StoreError, FetchError an InputError.
STATUS: tuple[tuple[type[CrosswireError], int], ...] = (
    (NotFound, 404),
    (InputError, 400),
    (StoreError, 503),
    (ConfigError, 500),
    (DataError, 500),
    (CrosswireError, 500),
)


def status_of(exc: CrosswireError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def error_body(status: int, message: str) -> JSONResponse:
    return JSONResponse({"status": status, "message": message}, status_code=status)


async def _crosswire(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CrosswireError)
    return error_body(status_of(exc), str(exc))


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no route {request.url.path}: see /docs for the routes"
    response = error_body(exc.status_code, message)
    response.headers.update(exc.headers or {})
    return response


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts = [
        # our own validators' messages are whole sentences: no "Value error, " before them
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: "
        f"{str(e.get('msg')).removeprefix('Value error, ')}"
        for e in exc.errors()
    ]
    return error_body(422, "; ".join(parts))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    """A bug: JSON like every other error, with the security headers, which this answer (sent
    by Starlette's outermost middleware) would otherwise miss; the traceback goes to the log."""
    response = error_body(500, f"internal error ({type(exc).__name__}): see the server log")
    response.headers.update({"Content-Security-Policy": PAGE_POLICY, **HEADERS})
    return response


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Exception, _unexpected)
    app.add_exception_handler(CrosswireError, _crosswire)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
