"""Documents from local paths: files, directories of them, and JSONL records.

A document read from a file gets its path relative to the INPUT argument as its id (the file name
when INPUT is the file itself); a JSONL line keeps its own ``id``. Problems with one document
become ``Skipped`` values in the stream; only an INPUT that does not exist is an error.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from crosswire.errors import InputError
from crosswire.types import ContentType, Hints, RawDocument, Skipped

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
    """A JSONL record ``{"id", "text"|"html", "title"?, "url"?, "outlet"?, "published"?}``."""
    if not isinstance(record, dict):
        return Skipped(fallback_id, "bad-record", "a JSONL line must be a JSON object")
    doc_id = str(record.get("id") or fallback_id)
    if isinstance(record.get("text"), str):
        content, ctype = record["text"], "text/plain"
    elif isinstance(record.get("html"), str):
        content, ctype = record["html"], "text/html"
    else:
        return Skipped(doc_id, "bad-record", 'the record has neither a "text" nor an "html" string')
    authors = record.get("authors") or ()
    hints = Hints(
        title=record.get("title") or None,
        published=str(record["published"]) if record.get("published") else None,
        authors=tuple(str(a) for a in authors) if isinstance(authors, list) else (),
    )
    return RawDocument(
        id=doc_id,
        origin=origin,
        content=content,
        content_type=ctype,
        url=record.get("url") or None,
        outlet=record.get("outlet") or None,
        hints=hints,
    )


def read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
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
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield Skipped(fallback, "bad-record", f"not JSON: {exc}")
                    continue
                yield record_to_raw(record, fallback, f"{path}:{lineno}")
    except (OSError, EOFError) as exc:
        yield Skipped(path.name, "unreadable", f"{type(exc).__name__}: {exc}")


def _is_supported(path: Path) -> bool:
    return _suffix(path) in TEXT_SUFFIXES or _suffix(path) in JSONL_SUFFIXES


def read_path(arg: str, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    """Every document under one INPUT argument, in a stable order."""
    root = Path(arg)
    if not root.exists():
        raise InputError(f"input {arg!r} does not exist")
    if root.is_dir():
        files = sorted(
            p
            for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        for path in files:
            rel = path.relative_to(root).as_posix()
            if _suffix(path) in JSONL_SUFFIXES:
                yield from read_jsonl(path, max_bytes)
            elif _is_supported(path):
                yield read_file(path, rel, max_bytes)
            else:
                yield Skipped(
                    rel, "unsupported", f"no reader for {path.suffix or 'files without a suffix'}"
                )
        return
    if _suffix(root) in JSONL_SUFFIXES:
        yield from read_jsonl(root, max_bytes)
    else:
        yield read_file(root, root.name, max_bytes)


def read_inputs(args: Sequence[str], max_bytes: int) -> Iterator[RawDocument | Skipped]:
    """Documents from every INPUT in order. Missing inputs fail before anything is read."""
    for arg in args:
        if not Path(arg).exists():
            raise InputError(f"input {arg!r} does not exist")
    for arg in args:
        yield from read_path(arg, max_bytes)


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
