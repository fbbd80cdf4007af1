"""What every answer of the server promises a browser: it comes from a host we serve, and it
carries the headers that keep pages from being framed, sniffed or scripted from elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crosswire.api.errors import error_body
from crosswire.api.headers import DOCS_POLICY, HEADERS, PAGE_POLICY
from crosswire.errors import ConfigError


class SecurityHeaders:
    """Adds the Content-Security-Policy and ``HEADERS`` to every HTTP response (pages, API,
    static files and errors alike); ``docs_paths`` get ``DOCS_POLICY``."""

    def __init__(self, app: ASGIApp, docs_paths: Sequence[str] = ()) -> None:
        self.app = app
        self.docs_paths = frozenset(docs_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_POLICY if scope["path"] in self.docs_paths else PAGE_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in {"Content-Security-Policy": policy, **HEADERS}.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


_PASSED = "crosswire.trusted_host"  # set in the scope once the Host header was accepted


def host_patterns(hosts: Sequence[str]) -> list[str]:
    """The setting serve.allowed_hosts as TrustedHostMiddleware matches them: an IPv6 address
    bracketed as a Host header writes it ("::1" is "[::1]"); ConfigError for a wildcard other
    than "*" alone or a leading "*." (Starlette only asserts it)."""
    out = []
    for host in (h.strip() for h in hosts):
        wildcard = "*" in host and host != "*"
        if not host or (wildcard and not (host[:2] == "*." and "*" not in host[1:])):
            raise ConfigError(
                f"serve.allowed_hosts: {host!r} is not a host name, '*' or '*.domain'"
            )
        out.append(f"[{host}]" if ":" in host and not host.startswith("[") else host)
    return out


class TrustedHosts(TrustedHostMiddleware):
    """Starlette's Host header check, refusing with the API's JSON error body (400)."""

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        super().__init__(self._through, host_patterns(allowed_hosts), www_redirect=False)
        self.inner = app

    async def _through(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[_PASSED] = True
        await self.inner(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return

        async def refuse_as_json(message: Message) -> None:
            if scope.get(_PASSED):
                await send(message)
            elif message["type"] == "http.response.start":  # Starlette's plain-text refusal
                host = Headers(scope=scope).get("host")
                answer = error_body(
                    400,
                    f"host {host!r} is not served here: add it to serve.allowed_hosts "
                    "(CROSSWIRE_SERVE_ALLOWED_HOSTS)",
                )
                await answer(scope, receive, send)

        await super().__call__(scope, receive, refuse_as_json)
