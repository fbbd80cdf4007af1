"""Documents from INPUT arguments: files, directories of them, JSONL records, feeds, WARCs,
URLs and URL lists.

A document read from a file gets its path relative to the INPUT argument as its id (the file name
when INPUT is the file itself); a JSONL line keeps its own ``id``; a fetched page, a feed entry
and a WARC response have their canonical URL as id. Problems with one document become ``Skipped``
values in the stream; only an INPUT that does not exist is an error.

Readers by name: ``.txt``/``.text``/``.html``/``.htm`` one document; ``.jsonl``/``.jsonl.gz``/
``.ndjson`` records; ``.warc``/``.warc.gz`` (``warc.py``); ``.rss``/``.atom``/``.xml`` feeds
(``feeds.py``); ``.urls`` or ``@FILE`` URL lists (``remote.py``: a ``.txt`` is always text); an
http(s) argument is fetched (``remote.py``). A single file with another suffix is sniffed (a feed,
else HTML or text); in a directory such files are skipped as ``unsupported``.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from crosswire.errors import InputError, isolated
from crosswire.ingest.feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from crosswire.ingest.fetch import Fetcher
from crosswire.ingest.remote import URL_LIST_SUFFIX, is_url_list, list_path, read_url, read_url_list
from crosswire.ingest.schema import check_record, replace_surrogates, to_raw
from crosswire.ingest.urls import is_url
from crosswire.ingest.warc import is_warc, read_warc
from crosswire.settings import FetchSettings, load_settings
from crosswire.types import ContentType, RawDocument, Skipped

TEXT_SUFFIXES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
}
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for s in JSONL_SUFFIXES:
        if name.endswith(s):
            return s
    return path.suffix.lower()


def _sniff(head: bytes) -> ContentType:
    start = head.lstrip()[:200].lower()
    return (
        "text/html"
        if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<"))
        else "text/plain"
    )


def read_file(path: Path, doc_id: str, max_bytes: int) -> RawDocument | Skipped:
    """One .txt/.html file as a RawDocument (bytes: decoding is the clean stage's job)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(doc_id, "too-large", f"{size} bytes > {max_bytes}")
        content = path.read_bytes()
    except OSError as exc:
        return Skipped(doc_id, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    ctype = TEXT_SUFFIXES.get(path.suffix.lower()) or _sniff(content[:512])
    return RawDocument(id=doc_id, origin=str(path), content=content, content_type=ctype)


def record_to_raw(record: object, fallback_id: str, origin: str) -> RawDocument | Skipped:
    """A JSONL record ``{"id", "text"|"html", "title"?, "url"?, "outlet"?, "published"?}``,
    checked by type (``schema.py``)."""
    checked = check_record(record, fallback_id)
    return checked if isinstance(checked, Skipped) else to_raw(checked, fallback_id, origin)


def read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as fh:
            for lineno, line in enumerate(fh, 1):
                fallback = f"{path.name}:{lineno}"
                if not line.strip():
                    continue
                if len(line) > max_bytes:
                    yield Skipped(fallback, "too-large", f"{len(line)} bytes > {max_bytes}")
                    continue
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep
                    yield Skipped(fallback, "bad-record", f"not JSON: {exc}")
                    continue
                origin = f"{path}:{lineno}"
                yield isolated(fallback, "ingest", record_to_raw, record, fallback, origin)
    except EOFError as exc:  # gzip: the file ends inside a compressed stream
        yield Skipped(path.name, "truncated", f"after line {lineno}: {exc}")
    except (OSError, zlib.error) as exc:  # zlib.error: corrupt compressed data
        yield Skipped(path.name, "unreadable", f"{type(exc).__name__}: {exc}")


def _kind(path: Path) -> str | None:
    """Which reader a file's name asks for; None when the name says nothing we know."""
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if is_warc(path):
        return "warc"
    if suffix == URL_LIST_SUFFIX:
        return "urls"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "file" if suffix in TEXT_SUFFIXES else None


def _read_file_or_feed(
    path: Path, doc_id: str, max_bytes: int, fetcher: Fetcher, feed_only: bool
) -> Iterator[RawDocument | Skipped]:
    """A feed's articles when ``path`` holds a feed; else the file as one document."""
    doc = read_file(path, doc_id, max_bytes)
    if (
        isinstance(doc, RawDocument)
        and isinstance(doc.content, bytes)
        and looks_like_feed(doc.content)
    ):
        yield from read_feed(doc.content, str(path), fetcher)
    elif isinstance(doc, RawDocument) and feed_only:
        yield Skipped(doc_id, "bad-feed", f"{path.suffix} file that is neither RSS nor Atom")
    else:
        yield doc


def _read_one(
    path: Path, doc_id: str, max_bytes: int, fetcher: Fetcher, in_dir: bool
) -> Iterator[RawDocument | Skipped]:
    """The documents of one file; a file that holds none (an empty JSONL, a feed without
    entries) is one ``empty`` skip, so that every input file is accounted for."""
    found = False
    for doc in _read_kind(path, doc_id, max_bytes, fetcher, in_dir):
        found = True
        yield _utf8(doc)
    if not found:
        yield _utf8(Skipped(doc_id, "empty", f"no documents in {path.name}"))


def _utf8(doc: RawDocument | Skipped) -> RawDocument | Skipped:
    """A file name that is no UTF-8 comes as surrogate escapes (os.fsdecode), which no UTF-8
    output can hold: in ids, origins and details each undecodable byte becomes U+FFFD."""
    doc_id = replace_surrogates(doc.id)
    if isinstance(doc, Skipped):
        detail = replace_surrogates(doc.detail)
        same = (doc_id, detail) == (doc.id, doc.detail)
        return doc if same else replace(doc, id=doc_id, detail=detail)
    origin = replace_surrogates(doc.origin)
    same = (doc_id, origin) == (doc.id, doc.origin)
    return doc if same else replace(doc, id=doc_id, origin=origin)


def _read_kind(
    path: Path, doc_id: str, max_bytes: int, fetcher: Fetcher, in_dir: bool
) -> Iterator[RawDocument | Skipped]:
    kind = _kind(path)
    if kind == "jsonl":
        yield from read_jsonl(path, max_bytes)
    elif kind == "warc":
        yield from read_warc(path, max_bytes)
    elif kind == "urls":
        yield from read_url_list(path, fetcher)
    elif kind == "file":
        yield read_file(path, doc_id, max_bytes)
    elif kind == "feed" or not in_dir:
        yield from _read_file_or_feed(path, doc_id, max_bytes, fetcher, kind == "feed")
    else:
        yield Skipped(
            doc_id, "unsupported", f"no reader for {path.suffix or 'files without a suffix'}"
        )


def read_path(
    arg: str, max_bytes: int, fetcher: Fetcher | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every document under one INPUT argument (a path, a URL, ``@URL-LIST``), in a stable
    order. Without a ``fetcher``, one is made from the settings of ``load_settings()``."""
    if fetcher is None:
        with Fetcher(load_settings().fetch, max_bytes) as own:
            yield from read_path(arg, max_bytes, own)
        return
    if is_url(arg):
        yield from read_url(arg, fetcher)
        return
    if is_url_list(arg):
        yield from read_url_list(list_path(arg), fetcher)
        return
    root = Path(arg)
    if not root.exists():
        raise InputError(f"input {arg!r} does not exist")
    if not root.is_dir():
        yield from _read_one(root, root.name, max_bytes, fetcher, in_dir=False)
        return
    for path in _files(root):
        yield from _read_one(path, path.relative_to(root).as_posix(), max_bytes, fetcher, True)


def _files(root: Path) -> list[Path]:
    """The files under a folder in a stable order, hidden ones aside."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def read_inputs(
    args: Sequence[str],
    max_bytes: int,
    fetch: FetchSettings | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[RawDocument | Skipped]:
    """Documents from every INPUT in order: files, folders, URLs, ``@URL-LIST`` files. Missing
    inputs fail before anything is read. URLs are fetched with ``fetcher``, else with a Fetcher
    made from ``fetch`` (``load_settings().fetch`` when None: defaults and environment)."""
    for arg in args:
        path = list_path(arg) if is_url_list(arg) else Path(arg)
        if not is_url(arg) and not path.exists():
            raise InputError(f"input {arg!r} does not exist")
    if fetcher is None:
        with Fetcher(fetch or load_settings().fetch, max_bytes) as own:
            yield from read_inputs(args, max_bytes, fetcher=own)
        return
    for arg in args:
        yield from read_path(arg, max_bytes, fetcher)


def count_inputs(args: Sequence[str]) -> int | None:
    """How many documents ``read_inputs(args)`` will give, when that is cheap to know (files,
    JSONL lines); None when an input must be read to tell (a feed, a WARC file, a URL, which
    may be a feed)."""
    total = 0
    for arg in args:
        if is_url(arg) or is_url_list(arg):
            return None
        root = Path(arg)
        if root.is_dir():
            counts = [_count_file(p, in_dir=True) for p in _files(root)]
            n = None if None in counts else sum(counts)
        else:
            n = _count_file(root, in_dir=False)
        if n is None:
            return None
        total += n
    return total


def _count_file(path: Path, in_dir: bool) -> int | None:
    kind = _kind(path)
    if kind == "jsonl":
        n = _count_lines(path)
        return None if n is None else max(n, 1)  # no records: one "empty" skip
    if kind == "file" or (kind is None and in_dir):
        return 1  # a document, or one skipped as unsupported
    return None  # a feed, a WARC file or a URL list: its entries are known once read


def _count_lines(path: Path) -> int | None:
    """Non-blank lines, as ``read_jsonl`` reads them."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except (OSError, EOFError, zlib.error):
        return None


def read_jsonl_records(path: Path) -> Iterator[dict]:
    """Parsed records of a JSONL file (for commands that take records, not documents)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{lineno}: not JSON: {exc}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
