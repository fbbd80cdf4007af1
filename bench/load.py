"""Load on the read API while an ingest writes: concurrent clients, requests/s, latency, errors.

    .venv/bin/python bench/load.py [--articles 20000] [--db FILE] [--clients 50] [--seconds 20]

Generates (or reuses) a store of ARTICLES synthetic articles (``bench/api_latency.generate``),
starts `crosswire serve` on a free loopback port and `crosswire ingest` of a few made-up reports
into the same store, then runs CLIENTS asyncio clients for SECONDS, each asking in turn
for a story list page, the events of an actor and a story dossier (of the stories on the first
pages of the list, as analysts read). Prints requests/s, p50/p95/p99 latency, errors, and how
many store generations the answers came from (a new one after the ingest publishes).
Loopback only: the server is bound to 127.0.0.1 and the clients ask nothing else.

The clients speak HTTP/1.1 over one kept-alive asyncio connection each, with no client library:
httpx cost 2.3-2.7 ms of CPU per request, more than the server spends on a cached answer, so on
two shared cores it measured mostly itself (``--httpx`` keeps it, for comparison).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from api_latency import generate
from measure import load_average, machine

BIN = Path(sys.executable).parent
ACTORS = ("IGOWSTNAT", "RUS", "UKR", "BEL")
# Made-up reports for the ingest that runs during the load.
REPORTS = (
    "Belgium recalled its ambassador from Norway on Monday after a dispute over fishing rights.",
    "Norway and Belgium held talks in Brussels on Tuesday about the fishing dispute.",
    "Ukraine accused Russia of shelling a grain port near Odesa, the ministry said on Friday.",
    "NATO ministers met in Brussels on Thursday to discuss air defence for Ukraine.",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(base: str, proc: subprocess.Popen) -> None:
    for _ in range(300):
        try:
            if httpx.get(base + "/api/stories", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit(f"crosswire serve did not start: {proc.stderr.read().decode()}")


def _urls(story_ids: list[str]) -> list[str]:
    """Every URL the clients ask for."""
    stories = [f"/api/stories{q}" for q in ("", "?limit=20", "?q=Story 1")]
    events = [f"/api/events?actor={a}&limit={n}" for a in ACTORS for n in (20, 50)]
    return stories + events + [f"/api/stories/{s}" for s in story_ids]


async def _warm(base: str, urls: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        for i in range(0, len(urls), 4):  # a few at a time, as a first reader would
            await asyncio.gather(*(client.get(u) for u in urls[i : i + 4]))


def _story_ids(base: str, pages: int) -> list[str]:
    ids, cursor = [], None
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(pages):
            params = {"limit": 50} | ({"cursor": cursor} if cursor else {})
            page = client.get("/api/stories", params=params).json()
            ids += [s["story_id"] for s in page["items"]]
            if not (cursor := page["next_cursor"]):
                break
    return ids


def _path(rng: random.Random, story_ids: list[str]) -> str:
    kind = rng.choice(("stories", "events", "dossier"))
    if kind == "stories":
        return "/api/stories" + rng.choice(("", "?limit=20", "?q=Story%201"))
    if kind == "events":
        return f"/api/events?actor={rng.choice(ACTORS)}&limit={rng.choice((20, 50))}"
    return f"/api/stories/{rng.choice(story_ids)}"  # the list's latest stories


class _Connection:
    """One kept-alive HTTP/1.1 connection: GET a path, read the status, headers and body
    (Content-Length or chunked)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, dict[str, str]]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"
        self.writer.write(request.encode("ascii"))
        status = int((await self.reader.readline()).split()[1])
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while size := int((await self.reader.readline()).strip(), 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readline()
        if headers.get("connection") == "close":
            await self.close()
        return status, headers

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def _ask(
    get, errors: tuple, until: float, story_ids: list[str], seed: int, out: dict
) -> None:
    """One client's requests until ``until``: ``get(path)`` gives (status, headers); an
    exception of ``errors`` counts as a failed request."""
    rng = random.Random(seed)
    while time.perf_counter() < until:
        path = _path(rng, story_ids)
        t0 = time.perf_counter()
        try:
            status, headers = await get(path)
            ok = status == 200
            out["etags"].append((path, headers.get("etag")))
        except errors:
            ok = False
        out["ms"].append((time.perf_counter() - t0) * 1000)
        if not ok:
            out["errors"].append(path)


_RAW_ERRORS = (OSError, ValueError, IndexError, asyncio.IncompleteReadError, TimeoutError)


async def _client(base: str, until: float, story_ids: list[str], seed: int, out: dict) -> None:
    host, port = base.removeprefix("http://").split(":")
    connection = _Connection(host, int(port))

    async def get(path: str) -> tuple[int, dict[str, str]]:
        try:
            return await asyncio.wait_for(connection.get(path), 30)
        except _RAW_ERRORS:
            await connection.close()  # a broken or timed-out connection is not reused
            raise

    try:
        await _ask(get, _RAW_ERRORS, until, story_ids, seed, out)
    finally:
        await connection.close()


async def _httpx_client(
    base: str, until: float, story_ids: list[str], seed: int, out: dict
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:

        async def get(path: str):
            answer = await client.get(path)
            return answer.status_code, answer.headers

        await _ask(get, (httpx.HTTPError,), until, story_ids, seed, out)


def _pct(sorted_ms: list[float], p: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(p / 100 * len(sorted_ms)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="reuse or create this store (default: temp)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--stories", type=int, default=200, help="dossiers asked for")
    parser.add_argument("--no-ingest", action="store_true", help="reads only")
    parser.add_argument(
        "--warm", action="store_true", help="ask for every URL once before the clients start"
    )
    parser.add_argument("--httpx", action="store_true", help="httpx clients (the old way)")
    parser.add_argument("serve_args", nargs="*", help="more `crosswire serve` options")
    args = parser.parse_args()
    m = machine()
    print(f"{time.strftime('%Y-%m-%d')}; {m.cpu}, {m.cores} cores; load before {load_average()}")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.duckdb"
        if not db.exists():
            t0 = time.perf_counter()
            generate(db, args.articles)
            print(f"generated {args.articles} articles in {time.perf_counter() - t0:.0f} s")
        inputs = []
        for i, text in enumerate(REPORTS):
            inputs.append(Path(tmp) / f"load-{os.getpid()}-{i}.txt")
            inputs[-1].write_text(text, encoding="utf-8")
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        serve = subprocess.Popen(
            [BIN / "crosswire", "serve", "--db", db, "--port", str(port), *args.serve_args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait(base, serve)
            story_ids = _story_ids(base, max(1, args.stories // 50))
            if args.warm:
                t0 = time.perf_counter()
                asyncio.run(_warm(base, _urls(story_ids)))
                print(
                    f"warm-up: {len(_urls(story_ids))} URLs once, {time.perf_counter() - t0:.1f} s"
                )
            ingest = None
            if not args.no_ingest:
                ingest = subprocess.Popen(
                    [BIN / "crosswire", "ingest", *inputs, "--db", db, "--quiet"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            out: dict[str, list] = {"ms": [], "errors": [], "etags": []}
            until = time.perf_counter() + args.seconds
            t0 = time.perf_counter()
            client = _httpx_client if args.httpx else _client
            asyncio.run(_run(client, base, until, story_ids, args.clients, out))
            elapsed = time.perf_counter() - t0
            if ingest is not None:
                started = time.perf_counter()
                rc = ingest.wait(timeout=600)
                late = time.perf_counter() - started
                print(f"ingest: exit {rc}, ended {late:.1f} s after the load "
                      f"{ingest.stderr.read().decode().strip()[-300:]}")  # fmt: skip
        finally:
            serve.terminate()
            serve.wait(timeout=30)
    ms = sorted(out["ms"])
    print(
        f"{args.clients} clients, {elapsed:.1f} s: {len(ms)} requests, "
        f"{len(ms) / elapsed:.0f} requests/s, p50 {_pct(ms, 50):.1f} ms, "
        f"p95 {_pct(ms, 95):.1f} ms, p99 {_pct(ms, 99):.1f} ms, errors {len(out['errors'])}, "
        f"store generations seen {_generations(out['etags'])}"
    )
    print(f"load after {load_average()}")
    if out["errors"]:
        print("first errors:", out["errors"][:5])


def _generations(seen: list[tuple[str, str | None]]) -> int:
    """The most ETags one URL had: an ETag is of a URL and a store generation."""
    tags: dict[str, set[str]] = {}
    for path, etag in seen:
        if etag:
            tags.setdefault(path, set()).add(etag)
    return max(map(len, tags.values()), default=0)


async def _run(client, base: str, until: float, story_ids: list[str], n: int, out: dict) -> None:
    await asyncio.gather(*(client(base, until, story_ids, i, out) for i in range(n)))


if __name__ == "__main__":
    main()
