"""Fuzz crosswire's parsing entry points with atheris (libFuzzer for Python; issue 17).

    python tools/fuzz.py TARGET [libFuzzer options...]    e.g. -max_total_time=15
    python tools/fuzz.py TARGET .fuzz/TARGET-crash-...       runs a finding again

TARGET is one of ``clean`` (decoding, HTML extraction, furniture, metadata), ``jsonl`` (lines,
JSON, the record schema; plain or gzipped), ``feed`` (RSS/Atom entries) and ``warc`` (WARC
records, plain or gzipped). The spaCy parse is left out: at tens of milliseconds an input it
would leave the fuzzer a few hundred runs. A finding is anything an entry point raises (each
must turn a bad document into a ``Skipped``) or a string no UTF-8 output can hold; libFuzzer
then writes the input to ``-artifact_prefix`` and exits non-zero. ``make fuzz`` runs every
target for a bounded time, starting from the small seeds below.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

# coverage guides the fuzzer through our code and the pure-Python parsers beneath it
with atheris.instrument_imports(include=["crosswire", "feedparser", "warcio"]):
    from crosswire.clean import clean
    from crosswire.ingest.feeds import parse_feed
    from crosswire.ingest.files import read_jsonl
    from crosswire.ingest.warc import read_warc
    from crosswire.settings import DEFAULTS
    from crosswire.types import Article, RawDocument, Skipped

MAX_BYTES = 100_000  # the fuzzer's inputs stay far below; too-large is tested elsewhere
# The input of the moment written as a file, and the seeds (a folder per target, emptied at
# each start): a fixed place, as libFuzzer ends the process without Python's exit handlers.
WORK = Path(tempfile.gettempdir()) / "crosswire-fuzz"
NEWS = "Kenya recalled its envoy from Uganda on Monday, the foreign ministry in Nairobi said."


def _utf8(values: object) -> None:
    """A lone surrogate in an id, a text or a detail breaks every output written later."""
    json.dumps(values, ensure_ascii=False, default=repr).encode("utf-8")


def _written(data: bytes, name: str) -> Path:
    """``data`` as a file: by its first byte plain, gzipped, or gzipped and then damaged at
    the place the second byte names (mutations of raw gzip bytes seldom decompress at all)."""
    how = data[0] % 3 if data else 0
    path = WORK / (name + (".gz" if how else ""))
    if how == 0:
        path.write_bytes(data[1:])
    elif how == 1:
        path.write_bytes(gzip.compress(data[1:], mtime=0))
    else:
        packed = bytearray(gzip.compress(data[2:], mtime=0))
        at = data[1] % len(packed) if len(data) > 1 else 0
        packed[at] ^= 0xFF  # flips a byte; 255 cuts the file there instead
        path.write_bytes(packed[:at] if data[1:2] == b"\xff" else packed)
    return path


def fuzz_clean(data: bytes) -> None:
    kind = "text/html" if data[:1] == b"<" else "text/plain"
    out = clean(RawDocument("fuzz", "fuzz", data, kind), DEFAULTS.ingest)
    if isinstance(out, Skipped):
        _utf8([out.id, out.reason, out.detail])
        return
    assert isinstance(out, Article)
    for r in (*out.removed, *out.captions):
        assert 0 <= r.start <= r.end <= len(out.text), r
    _utf8([out.text, out.title, out.url, out.outlet, out.authors])


def fuzz_jsonl(data: bytes) -> None:
    for r in read_jsonl(_written(data, "in.jsonl"), MAX_BYTES):
        _utf8([r.id, getattr(r, "detail", ""), getattr(r, "content", "")])


def fuzz_feed(data: bytes) -> None:
    for e in parse_feed(data, "fuzz") or ():
        _utf8([e.id, e.detail] if isinstance(e, Skipped) else [e.link, e.content, e.hints])


def fuzz_warc(data: bytes) -> None:
    # warcio writes a warning to stderr for each bad Content-Length or target URI
    with contextlib.redirect_stderr(io.StringIO()):
        results = list(read_warc(_written(data, "in.warc"), MAX_BYTES))
    for r in results:
        _utf8([r.id, getattr(r, "detail", ""), getattr(r, "origin", "")])


def _warc_seed() -> bytes:
    page = f"<html><body><p>{NEWS}</p></body></html>"
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/a\r\n"
        "WARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


# Seeds: well-formed inputs (a leading byte picks plain, gzip or damaged gzip), so the fuzzer
# starts inside each format rather than at its first byte.
SEEDS: dict[str, list[bytes]] = {
    "clean": [
        NEWS.encode(),
        f"<html><head><title>T</title><meta charset='utf-8'></head><body><article><p>{NEWS}"
        "</p><figure><figcaption>A photo</figcaption></figure></article></body></html>".encode(),
    ],
    "jsonl": [
        b"\x00" + json.dumps({"id": "a", "text": NEWS, "title": "T", "authors": ["A"]}).encode(),
        b"\x01"
        + json.dumps({"id": 1, "html": f"<p>{NEWS}</p>", "published": "2024-05-06"}).encode(),
    ],
    "feed": [
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>T'
            "</title><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>"
            f"{NEWS}</description></item></channel></rss>"
        ).encode(),
        (
            '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><updated>'
            f'2024-05-06T10:00:00Z</updated><content type="html">{NEWS}</content></entry></feed>'
        ).encode(),
    ],
    "warc": [b"\x00" + _warc_seed(), b"\x01" + _warc_seed()],
}
TARGETS: dict[str, Callable[[bytes], None]] = {
    "clean": fuzz_clean,
    "jsonl": fuzz_jsonl,
    "feed": fuzz_feed,
    "warc": fuzz_warc,
}


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in TARGETS:
        sys.exit(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options...]")
    name = argv[1]
    seeds = WORK / f"seeds-{name}"
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    for n, seed in enumerate(SEEDS[name]):
        (seeds / str(n)).write_bytes(seed)
    # libFuzzer reads flags and corpus folders (or inputs to run again) from argv; the new
    # inputs it finds go to the first folder
    given = [a for a in argv[2:] if not a.startswith("-")]
    atheris.Setup([argv[0], *argv[2:], *([] if given else [str(seeds)])], TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
