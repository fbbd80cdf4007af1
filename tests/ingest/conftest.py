"""A local HTTP server for fetch tests: started and stopped by the test, never the internet."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

Route = tuple[int, dict[str, str], bytes]


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)
    queued: dict[str, list[Route]] = field(default_factory=dict)  # answered once each, first

    def add(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {k.replace("_", "-"): v for k, v in headers.items()}, data)
        return self.base + path

    def queue(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> str:
        """One answer for ``path``, given once before its ``add``ed route (or 404)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = (status, {k.replace("_", "-"): v for k, v in headers.items()}, data)
        self.queued.setdefault(path, []).append(route)
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(urlsplit(p).path == path for p, _ in self.requests)


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append((self.path, self.headers.get("User-Agent", "")))
            path = urlsplit(self.path).path
            queued = server.queued.get(path)
            route = queued.pop(0) if queued else server.routes.get(path, (404, {}, b"not found"))
            status, headers, body = route
            self.send_response(status)
            for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def _serving() -> Iterator[LocalServer]:
    state = LocalServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    with _serving() as server:
        yield server


@pytest.fixture
def other_server() -> Iterator[LocalServer]:
    """A second host (another port) for redirects that leave the first."""
    with _serving() as server:
        yield server
