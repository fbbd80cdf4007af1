"""WARC and WARC.gz files as Common Crawl News publishes them.

Each ``response`` record with a 2xx HTML payload becomes a RawDocument: its id and ``url`` are
the canonical WARC-Target-URI, ``fetched_at`` is the WARC-Date and ``origin`` is
``file#record-id``. Every other record is a ``Skipped`` value with a reason of its own, so the
run report shows what a WARC held: ``warcinfo``, ``request``, ``not-a-response`` (metadata,
revisit, resource...), ``http-status``, ``not-html``, ``too-large``, ``duplicate`` (a URL
already read from the same file), ``truncated`` (a record shorter than its Content-Length, or a
file that ends inside a gzip member: warcio reads both without a word) and ``bad-warc`` (a file
warcio cannot read).
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from crosswire.ingest.feeds import HTML_TYPES
from crosswire.ingest.urls import canonical_url, is_url
from crosswire.types import RawDocument, Skipped

WARC_SUFFIXES = (".warc", ".warc.gz")
# Record types that carry no page, with the reason they are counted under.
SKIP_TYPES = {"warcinfo": "warcinfo", "request": "request"}


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    """Every record of the WARC at ``path`` as a RawDocument or a Skipped, in file order."""
    seen: set[str] = set()
    n = 0
    if not _starts_as_warc(path):
        yield Skipped(path.name, "bad-warc", "the file does not start with a WARC/1.x record")
        return
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for n, record in enumerate(records, 1):
                doc = _record(record, f"{path.name}#{n}", max_bytes)
                if isinstance(doc, RawDocument):
                    if doc.id in seen:
                        doc = Skipped(doc.id, "duplicate", f"{path.name}#{n} repeats the URL")
                    seen.add(doc.id)
                yield doc
            # a gzip member cut short decompresses to no record at all: warcio stops there
            # without a word, before the end of the file
            left = os.fstat(fh.fileno()).st_size - records.offset
            if left > 0:
                detail = f"the last {left} bytes of the file make no whole record"
                yield Skipped(f"{path.name}#{n + 1}", "truncated", detail)
    # warcio raises whatever it trips on: ArchiveLoadFailed, ValueError, and AttributeError for
    # a record cut inside its HTTP headers
    except Exception as exc:
        yield Skipped(f"{path.name}#{n + 1}", "bad-warc", f"{type(exc).__name__}: {exc}")


def _starts_as_warc(path: Path) -> bool:
    """warcio reads anything as an ARC file; a WARC opens with "WARC/" (gzipped or not)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            opened = gzip.GzipFile(fileobj=fh) if head == b"\x1f\x8b" else fh
            return opened.read(5) == b"WARC/"
    except (OSError, EOFError, zlib.error):  # zlib.error: damaged compressed data
        return False


def _record(record: ArcWarcRecord, where: str, max_bytes: int) -> RawDocument | Skipped:
    kind = record.rec_type
    headers = record.rec_headers
    target = headers.get_header("WARC-Target-URI")
    doc_id = canonical_url(target) if target else where
    if kind in SKIP_TYPES:
        return Skipped(where, SKIP_TYPES[kind], f"{kind} record")
    if kind != "response":
        return Skipped(doc_id, "not-a-response", f"{where}: {kind} record")
    http = record.http_headers
    status = http.get_statuscode() if http else ""
    if not status.startswith("2"):
        return Skipped(doc_id, "http-status", f"{where}: HTTP {status or 'none'}")
    media = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media not in HTML_TYPES:
        return Skipped(doc_id, "not-html", f"{where}: {media or 'no content type'}")
    content = record.content_stream().read(max_bytes + 1)
    if len(content) > max_bytes:
        return Skipped(doc_id, "too-large", f"{where}: more than {max_bytes} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # of the Content-Length, once read
    if missing > 0:
        return Skipped(doc_id, "truncated", f"{where}: {missing} bytes short of Content-Length")
    record_id = headers.get_header("WARC-Record-ID") or ""
    return RawDocument(
        id=doc_id,
        origin=f"{where} {record_id}".strip(),
        content=content,
        content_type="text/html",
        url=doc_id if target and is_url(doc_id) else None,  # "http://[::1" has no host
        fetched_at=_warc_date(headers.get_header("WARC-Date")),
    )


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
