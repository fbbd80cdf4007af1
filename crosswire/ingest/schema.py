"""What a source says about one document, checked by type at the edge: a JSONL record or a feed
entry, read by one schema.

A field of the wrong type skips the document as ``bad-record:<field>`` (the first wrong field in
the order below; the detail names every one), so nothing downstream meets a number where it
expects a URL. Fields we do not read are ignored; null, and "" outside ``text`` and ``html``, are
the same as absent. A numeric ``id`` is read as its decimal string. A lone UTF-16 surrogate (JSON
``"\\ud800"``, which no UTF-8 output can hold) is replaced by U+FFFD, one character for one, so
offsets into the text stay right. Whether ``published`` is a date is decided by the clean stage:
one that is not (``0000-00-00``, ``9999-12-31``) leaves the document undated, not skipped. A
``url`` whose host cannot be read (``http://[::1``) is a wrong field: ``bad-record:url``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator

from crosswire.types import Hints, RawDocument, Skipped

_SURROGATE = re.compile("[\ud800-\udfff]")
# Python types by the JSON names a message about a JSON record should use.
_JSON_TYPES = {bool: "boolean", int: "number", float: "number", str: "string", list: "array",
               dict: "object", type(None): "null"}  # fmt: skip
SHOWN_CHARS = 40  # of a rejected value, in a skip's detail


class SourceRecord(BaseModel):
    """``{"id", "text" | "html", "title"?, "url"?, "outlet"?, "published"?, "authors"?}``."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    id: str | int | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # "YYYY-MM-DD" or an ISO datetime, as given
    authors: list[str] | None = None

    @field_validator("*", mode="after")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str):
            value = replace_surrogates(value)
            return value if value or info.field_name in ("text", "html") else None
        if isinstance(value, list):
            return [replace_surrogates(v) for v in value]
        return value

    @field_validator("url", mode="after")
    @classmethod
    def _readable_url(cls, value: str | None) -> str | None:
        """Later stages take a URL's host; "http://[::1" has none that can be read."""
        try:
            urlsplit(value or "").hostname  # noqa: B018 (the property raises)
        except ValueError:
            raise ValueError("a URL whose host can be read") from None
        return value


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _where(loc: tuple) -> str:
    """("authors", 0) is authors[0]; ("id", "str") is id (one of the types id may have)."""
    return str(loc[0]) + "".join(f"[{i}]" for i in loc[1:2] if isinstance(i, int))


def _problem(exc: ValidationError) -> tuple[str, str]:
    """The first wrong field and a detail naming each: "url should be a valid string, not
    number 5"."""
    errors = exc.errors()
    wanted: dict[str, list[str]] = {}
    given: dict[str, object] = {}
    for error in errors:
        where = _where(error["loc"])
        msg = error["msg"].removeprefix("Input should be ").removeprefix("Value error, ")
        wanted.setdefault(where, []).append(msg)
        given.setdefault(where, error["input"])
    detail = "; ".join(
        f"{where} should be {' or '.join(dict.fromkeys(msgs))}, "
        f"not {_json_type(given[where])} {repr(given[where])[:SHOWN_CHARS]}"
        for where, msgs in wanted.items()
    )
    return str(errors[0]["loc"][0]), detail


def check_record(data: object, fallback_id: str) -> SourceRecord | Skipped:
    """``data`` as a SourceRecord, or why not (skipped under ``fallback_id`` when it has no
    usable id of its own)."""
    if not isinstance(data, dict):
        return Skipped(fallback_id, "bad-record", f"a record must be a JSON object, not "
                       f"{_json_type(data)}")  # fmt: skip
    try:
        record = SourceRecord.model_validate(data)
    except ValidationError as exc:
        field, detail = _problem(exc)
        own = data.get("id")
        usable = isinstance(own, str | int) and not isinstance(own, bool) and own != ""
        return Skipped(replace_surrogates(str(own)) if usable else fallback_id,
                       f"bad-record:{field}", detail)  # fmt: skip
    return record


def _id(record: SourceRecord, fallback_id: str) -> str:
    return fallback_id if record.id is None else str(record.id)


def to_raw(record: SourceRecord, fallback_id: str, origin: str) -> RawDocument | Skipped:
    """The RawDocument of a checked record (``text`` wins over ``html``), or why there is none."""
    if record.text is None and record.html is None:
        return Skipped(_id(record, fallback_id), "bad-record:text",
                       'the record has neither a "text" nor an "html" string')  # fmt: skip
    text = record.text is not None
    return RawDocument(
        id=_id(record, fallback_id),
        origin=origin,
        content=record.text if text else record.html or "",
        content_type="text/plain" if text else "text/html",
        url=record.url,
        outlet=record.outlet,
        hints=Hints(record.title, record.published, tuple(record.authors or ())),
    )
