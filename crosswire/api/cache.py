"""Answers kept per store generation, with ETags: a store changes only when an ingest publishes
a new generation (``store.snapshot``), so an answer to a GET is the same until then.

Every /api request leases the generation it reads (the routes take their cursor from it), so
the answer, its cache key and its ETag all belong to one generation even while the server
switches to a newer one. The ETag is made from the generation's token and the URL alone, so a
matching ``If-None-Match`` is answered 304 before any query runs.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from importlib.metadata import version

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crosswire.store.snapshot import Generation, Snapshots

LEASE = "crosswire.generation"  # the scope key of the request's generation
# Bounds of what is kept: the hot set of a reading session (story list pages, dossiers, actor
# event pages) is a few hundred answers of 1-100 kB.
MAX_ENTRIES = 4096
MAX_BYTES = 128 << 20
MAX_BODY = 2 << 20  # larger answers (downloads) pass through, not kept
# Browsers may keep an answer but must ask again (with If-None-Match) before using it.
CACHE_CONTROL = (b"cache-control", b"no-cache")
# When an ingest publishes, the answers most recently asked for are made again on the new
# generation, one at a time, before requests move to it: no burst of misses after each run.
# Bounded so a new generation shows within about WARM_SECONDS even on a busy server.
WARM_ENTRIES = 256
WARM_SECONDS = 20.0
# What a made-up request for warming takes from a real one: the server's, not the request's.
_TEMPLATE = ("type", "asgi", "http_version", "scheme", "server", "client", "root_path", "app")


@dataclass(frozen=True)
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


# In the ETag: another crosswire may answer the same store differently.
_VERSION = version("crosswire")


def etag_of(token: str, path: str, query: bytes) -> str:
    key = f"{_VERSION}\0{token}\0{path}\0".encode() + query
    return '"' + hashlib.blake2b(key, digest_size=12).hexdigest() + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return etag in tags or "*" in tags


class ResponseCache:
    """ASGI middleware over the app's /api routes: leases a generation for each request,
    answers 304 and kept answers, and runs a route once for concurrent misses of one URL."""

    def __init__(self, app: ASGIApp, reader: Snapshots, prefix: str = "/api/") -> None:
        self.app = app
        self.reader = reader
        self.prefix = prefix
        self._entries: OrderedDict[tuple[str, str, bytes], Entry] = OrderedDict()
        self._bytes = 0
        self._token = ""
        self._pending: dict[tuple[str, str, bytes], asyncio.Future[None]] = {}
        self._warming: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        if self.reader.staged is not None and self._warming is None:
            self._warming = asyncio.create_task(self._warm(self.reader.staged, scope))
        with self.reader.lease() as gen:
            scope[LEASE] = gen
            if scope["method"] != "GET":
                await self.app(scope, receive, send)
            else:
                await self._get(gen, scope, receive, send)

    async def _get(self, gen: Generation, scope: Scope, receive: Receive, send: Send) -> None:
        key = (gen.token, scope["path"], scope["query_string"])
        etag = etag_of(*key)
        if _matches(Headers(scope=scope).get("if-none-match"), etag):
            await _send(send, 304, [(b"etag", etag.encode()), CACHE_CONTROL], b"")
            return
        while (pending := self._pending.get(key)) is not None:
            await asyncio.shield(pending)  # the same URL is being answered: wait for it
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            await _send(send, entry.status, entry.headers, entry.body)
            return
        done = asyncio.get_running_loop().create_future()
        self._pending[key] = done
        try:
            await self._fill(key, etag, scope, receive, send)
        finally:
            del self._pending[key]
            done.set_result(None)

    async def _fill(
        self, key: tuple[str, str, bytes], etag: str, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Run the route; keep and send a 200 answer of up to MAX_BODY bytes with its ETag,
        pass anything else through as it comes."""
        start: Message | None = None
        body: list[bytes] = []
        size = 0
        passing = False

        async def capture(message: Message) -> None:
            nonlocal start, size, passing
            if passing or message["type"] not in ("http.response.start", "http.response.body"):
                await send(message)
            elif message["type"] == "http.response.start":
                start = message
                passing = message["status"] != 200
                if passing:
                    await send(message)
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                size += len(body[-1])
                if size > MAX_BODY and message.get("more_body", False):
                    passing = True
                    await send(start)  # type: ignore[arg-type]
                    await send({"type": "http.response.body", "body": b"".join(body),
                                "more_body": True})  # fmt: skip
                elif not message.get("more_body", False):
                    headers = [*start["headers"], (b"etag", etag.encode()), CACHE_CONTROL]  # type: ignore[index]
                    entry = Entry(200, headers, b"".join(body))
                    self._keep(key, entry)
                    await _send(send, 200, entry.headers, entry.body)

        await self.app(scope, receive, capture)

    async def _warm(self, staged: Generation, template: Scope) -> None:
        """Answer the hottest kept URLs on ``staged``, then move requests to it."""
        warm: OrderedDict[tuple[str, str, bytes], Entry] = OrderedDict()
        until = asyncio.get_running_loop().time() + WARM_SECONDS
        try:
            for _, path, query in reversed(list(self._entries)[-WARM_ENTRIES:]):
                if asyncio.get_running_loop().time() > until:
                    break
                entry = await self._answer(staged, template, path, query)
                if entry is not None:
                    warm[(staged.token, path, query)] = entry
                    warm.move_to_end((staged.token, path, query), last=False)  # hottest last
        finally:
            self.reader.promote()
            self._entries, self._token = warm, staged.token
            self._bytes = sum(len(e.body) for e in warm.values())
            self._warming = None

    async def _answer(
        self, gen: Generation, template: Scope, path: str, query: bytes
    ) -> Entry | None:
        """The app's 200 answer to a GET of ``path?query`` on ``gen``, None for another."""
        scope = {k: template[k] for k in _TEMPLATE if k in template} | {
            "method": "GET", "path": path, "raw_path": path.encode(), "query_string": query,
            "headers": [(b"host", b"localhost")], LEASE: gen,
        }  # fmt: skip
        start: Message = {}
        body: list[bytes] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        gen.acquire()
        try:
            await self.app(scope, receive, capture)
        finally:
            gen.release()
        if start.get("status") != 200 or sum(map(len, body)) > MAX_BODY:
            return None
        etag = etag_of(gen.token, path, query)
        return Entry(200, [*start["headers"], (b"etag", etag.encode()), CACHE_CONTROL],
                     b"".join(body))  # fmt: skip

    def _keep(self, key: tuple[str, str, bytes], entry: Entry) -> None:
        if key[0] != self._token:
            if key[0] != self.reader.token:
                return  # a request of an older generation, finishing after the switch
            self._entries.clear()  # a new generation: nothing kept can be asked for again
            self._bytes, self._token = 0, key[0]
        if len(entry.body) > MAX_BODY:
            return
        if (old := self._entries.pop(key, None)) is not None:
            self._bytes -= len(old.body)
        self._entries[key] = entry
        self._bytes += len(entry.body)
        while len(self._entries) > MAX_ENTRIES or self._bytes > MAX_BYTES:
            _, old = self._entries.popitem(last=False)
            self._bytes -= len(old.body)


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
