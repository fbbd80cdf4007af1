"""A corpus of hostile input files (issue 17), generated: each kind is a small function that
writes its file(s) into a folder and says what a run must make of each document in them, a skip
reason or ``ANALYSED``. ``hostile.py`` holds the bad JSONL records and feed dates read under
``crosswire analyze``; the kinds here are whole files: encodings, sizes, markup, archives and
the file system. Every text is written here; nothing comes from datasets or seeds."""

from __future__ import annotations

import gzip
import html
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ANALYSED = "analysed"
Expect = dict[str, str | tuple[str, ...]]  # doc id -> outcome (a tuple: any of them)
KINDS: dict[str, Callable[[Path], Expect]] = {}

GOOD = {
    "good-one.txt": "Peru recalled its ambassador from Chile on Monday after a quarrel over "
    "fishing quotas, the foreign ministry in Lima said in a statement.",
    "good-two.html": "<html><head><title>Talks resume</title></head><body><article><p>Norway "
    "expelled three Russian diplomats on Friday, the foreign ministry in Oslo said.</p><p>Russia "
    "said it would answer in kind.</p></article></body></html>",
}
# An English paragraph the hostile kinds wrap themselves around.
NEWS = (
    "Kenya recalled its envoy from Uganda on Monday after a quarrel over a border post, the "
    "foreign ministry in Nairobi said. Uganda said it regretted the step and would keep talking."
)
RECORD_BODY = f"<p>{NEWS}</p><p>Officials in Kampala declined to comment on Tuesday.</p>"


def kind(name: str) -> Callable[[Callable[[Path], Expect]], Callable[[Path], Expect]]:
    def register(fn: Callable[[Path], Expect]) -> Callable[[Path], Expect]:
        KINDS[name] = fn
        return fn

    return register


def _text(name: str, data: bytes, outcome: str | tuple[str, ...] = ANALYSED):
    """A kind that is one file of ``data`` named ``name``."""

    def write(folder: Path) -> Expect:
        (folder / name).write_bytes(data)
        return {name: outcome}

    return write


def _file(name: str, data: bytes, expect: Expect):
    """A kind that is one file of ``data`` holding the documents of ``expect``."""

    def write(folder: Path) -> Expect:
        (folder / name).write_bytes(data)
        return expect

    return write


def _jsonl(name: str, *records: tuple[str, dict | str, str | tuple[str, ...]]):
    """A kind that is one JSONL file: (id, record or raw line, outcome) each."""

    def write(folder: Path) -> Expect:
        lines = [r if isinstance(r, str) else json.dumps(r) for _, r, _ in records]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return {i: outcome for i, _, outcome in records}

    return write


U8 = NEWS.encode("utf-8")

# --- plain text: bytes and encodings ---------------------------------------------------------
KINDS["empty-file"] = _text("empty.txt", b"", "empty")
KINDS["whitespace-only"] = _text("blank.txt", b" \n\t\r\n   \n", "empty")
KINDS["nul-bytes"] = _text("nul.txt", U8[:40] + b"\x00" * 30 + U8[40:], "binary")
KINDS["control-chars"] = _text("control.txt", b"\x01\x02\x1b[31m" * 20 + U8, "binary")
KINDS["pdf-named-txt"] = _text("report.txt", b"%PDF-1.7\n" + U8, "binary")
KINDS["invalid-utf8"] = _text("invalid.txt", U8.replace(b"border", b"bor\xff\xfeder"))
KINDS["mixed-encodings"] = _text(
    "mixed.txt",
    "Caf\u00e9 talks in G\u00f6teborg. ".encode()
    + U8
    + " \u00e9t\u00e9 na\u00efve".encode("latin-1"),
)
KINDS["bom-utf8"] = _text("bom8.txt", b"\xef\xbb\xbf" + U8)
KINDS["bom-utf16"] = _text("bom16.txt", NEWS.encode("utf-16"))  # BOM + little-endian
KINDS["bom-utf32"] = _text("bom32.txt", NEWS.encode("utf-32"))
KINDS["bom-lies"] = _text("bomlie.txt", b"\xff\xfe" + b"\x00\xd8" + U8[:41], "encoding")
KINDS["bom-only"] = _text("bomonly.txt", b"\xef\xbb\xbf", "empty")
KINDS["crlf"] = _text("crlf.txt", (NEWS.replace(". ", ".\r\n") + "\r\n").encode())
KINDS["cr-only"] = _text("cr.txt", (NEWS.replace(". ", ".\r") + "\r").encode())
KINDS["right-to-left"] = _text(
    "arabic.txt",
    "استدعت كينيا سفيرها لدى أوغندا يوم الاثنين بعد خلاف حول مركز حدودي، وقالت وزارة الخارجية "
    "في نيروبي إن المحادثات ستستأنف الأسبوع المقبل. وأعربت أوغندا عن أسفها لهذه الخطوة وقالت "
    "إنها ستواصل الحوار مع جارتها بشأن المعبر الذي اتفق عليه العام الماضي.".encode(),
    "language-unsupported:ar",
)
KINDS["bidi-overrides"] = _text(
    "bidi.txt", ("\u202eKenya\u202c \u2067\u05e9\u05dc\u05d5\u05dd\u2069 " + NEWS).encode()
)
KINDS["zero-width"] = _text(
    "zw.txt",
    NEWS.replace("Kenya", "Ke\u200bn\u200cy\u200da\ufeff").replace(" ", " \u2060").encode(),
)
KINDS["combining-marks"] = _text(
    "zalgo.txt", (NEWS + " " + "Z\u0301\u0302\u0303\u0304\u0305\u0306" * 200).encode()
)
KINDS["emoji-sequences"] = _text(
    "emoji.txt",
    (
        NEWS + " \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 \U0001f1f0\U0001f1ea"
        " \U0001f44d\U0001f3fd \u2764\ufe0f" * 50
    ).encode(),
)
KINDS["very-long-word"] = _text("longword.txt", (NEWS + " " + "x" * 100_000 + " " + NEWS).encode())
# One line of a megabyte: spaCy's nlp.max_length is 1,000,000 characters (E088). One long
# token keeps the parse cheap (a megabyte of words takes spaCy a minute and more).
KINDS["megabyte-line"] = _text(
    "megaline.txt", (NEWS + " " + "Nairobi" * 150_000 + " " + NEWS).encode()
)
KINDS["ten-thousand-sentences"] = _text(
    "sentences.txt", " ".join(f"Rain fell {n}." for n in range(10_000)).encode()
)
KINDS["punctuation-only"] = _text("punct.txt", b"!?.,;:-" * 100, "empty")

# --- HTML -------------------------------------------------------------------------------------
KINDS["nested-divs"] = _text(
    "nested.html",
    (
        "<html><body>" + "<div>" * 10_000 + f"<p>{NEWS}</p>" + "</div>" * 10_000 + "</body></html>"
    ).encode(),
    # libxml2 stops at a depth of 256 elements; clean.html flattens what lies below, text kept
)
KINDS["script-style-only"] = _text(
    "script.html",
    b"<html><head><style>p{color:red}</style></head><body><script>var a='"
    + U8
    + b"';</script><style>b{}</style></body></html>",
    "empty",
)
KINDS["unclosed-tags"] = _text("unclosed.html", f"<html><body><p><b><i>{NEWS}<p><div".encode())
KINDS["charset-lies"] = _text(
    "charset.html",
    f'<html><head><meta charset="utf-16"></head><body><p>{NEWS} Caf\u00e9.</p></body>'.encode(),
)

KINDS["unknown-charset"] = _text(
    "nocharset.html",
    f'<html><head><meta charset="x-no-such"></head><body><p>{NEWS}</p></body></html>'.encode(),
)
KINDS["html-comment-only"] = _text("comment.html", f"<!-- {NEWS} -->".encode(), "empty")
KINDS["huge-attribute"] = _text(
    "attr.html", f'<html><body><p title="{"a" * 100_000}">{NEWS}</p></body></html>'.encode()
)
KINDS["html-entity-bomb"] = _text(
    "bomb.html",
    (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + f"]><html><body><p>&i; {NEWS}</p></body></html>"
    ).encode(),
    ANALYSED,  # lxml expands no entity of a DOCTYPE
)

# --- JSONL ------------------------------------------------------------------------------------
_R = {"text": NEWS}
KINDS["jsonl-dates-out-of-range"] = _jsonl(
    "dates.jsonl",
    ("date-9999-offset",
     {**_R, "id": "date-9999-offset", "published": "9999-12-31T23:59:59-05:00"}, ANALYSED),
    ("date-month-13", {**_R, "id": "date-month-13", "published": "2024-13-45"}, ANALYSED),
    ("date-year-0",
     {**_R, "id": "date-year-0", "published": "0000-01-01T00:00:00+14:00"}, ANALYSED),
)  # fmt: skip
KINDS["jsonl-huge-numbers"] = _jsonl(
    "numbers.jsonl",
    ("huge-float", '{"id": "huge-float", "text": "x", "title": 1e999}', "bad-record:title"),
    ("huge-int-url", '{"id": "huge-int-url", "url": ' + "7" * 4000 + ', "text": "x"}',
     "bad-record:url"),
    ("nan-outlet", '{"id": "nan-outlet", "outlet": NaN, "text": "x"}', "bad-record:outlet"),
)  # fmt: skip
KINDS["jsonl-bad-urls"] = _jsonl(
    "urls.jsonl",
    ("url-ipv6", {**_R, "id": "url-ipv6", "url": "http://[::1"}, "bad-record:url"),
    ("url-script", {**_R, "id": "url-script", "url": "javascript:alert(1)"}, ANALYSED),
    ("url-spaces", {**_R, "id": "url-spaces", "url": "  not a url \n"}, ANALYSED),
)
KINDS["jsonl-nested-fields"] = _jsonl(
    "nested.jsonl",
    ("authors-nested", {**_R, "id": "authors-nested", "authors": [["a"]]}, "bad-record:authors"),
    ("text-deep", {"id": "text-deep", "text": [[[[NEWS]]]]}, "bad-record:text"),
)
KINDS["jsonl-invalid-utf8"] = _file(
    "bytes.jsonl",
    b'{"id": "raw-bytes", "text": "Kenya \xff\xfe"}\n',
    {"bytes.jsonl:1": "bad-record"},
)
KINDS["jsonl-bom-crlf"] = _file(
    "bom.jsonl",
    b"\xef\xbb\xbf" + json.dumps({"id": "bom-crlf", "text": NEWS}).encode() + b"\r\n\r\n",
    {"bom-crlf": ANALYSED},
)
KINDS["jsonl-only-blank-lines"] = _text("blank.jsonl", b"\n \n\t\n", "empty")
# one line: json.loads tells UTF-16 from the bytes
KINDS["jsonl-utf16-one-line"] = _file(
    "wide.jsonl", json.dumps({"id": "wide", "text": NEWS}).encode("utf-16"), {"wide": ANALYSED}
)
# two lines: the newline byte splits a UTF-16 code unit, and neither half is JSON
KINDS["jsonl-utf16-lines"] = _file(
    "wide2.jsonl",
    "\n".join(json.dumps({"id": f"w{n}", "text": NEWS}) for n in range(2)).encode("utf-16"),
    {"wide2.jsonl:1": "bad-record", "wide2.jsonl:2": "bad-record"},
)


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _gz_lines(prefix: str, n: int = 3) -> bytes:
    return b"".join(
        json.dumps({"id": f"{prefix}-{i}", "text": f"{NEWS} Day {i}."}).encode() + b"\n"
        for i in range(n)
    )


@kind("gzip-truncated")
def _gzip_truncated(folder: Path) -> Expect:
    whole = _gz(_gz_lines("gz"))
    (folder / "cut.jsonl.gz").write_bytes(whole[: len(whole) - 12])  # the trailer and a bit
    # the lines before the cut are read; the file's end is reported as cut
    return {"gz-0": ANALYSED, "gz-1": ANALYSED, "cut.jsonl.gz": "truncated"}


KINDS["gzip-zero-bytes"] = _text("zero.jsonl.gz", b"", "empty")
KINDS["gzip-not-gzip"] = _text("plain.jsonl.gz", b'{"id": "x", "text": "y"}\n', "unreadable")


@kind("gzip-corrupt")
def _gzip_corrupt(folder: Path) -> Expect:
    data = bytearray(_gz(_gz_lines("corrupt", 60)))
    data[40:60] = b"\xff" * 20  # zlib.error, no OSError: "invalid stored block lengths"
    (folder / "corrupt.jsonl.gz").write_bytes(bytes(data))
    return {"corrupt.jsonl.gz": "unreadable"}


# --- feeds ------------------------------------------------------------------------------------
# No entry links anywhere: a link is fetched, and tests never touch the network. A feed's
# entries are named by the INPUT path as given, then "#n".
_RSS_HEAD = '<?xml version="1.0"?>'
_RSS_OPEN = (
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
    "<title>N</title>"
)
_DATED = "Mon, 06 May 2024 10:00:00 GMT"


def _item(title: str, date: str, body: str = RECORD_BODY) -> str:
    return (
        f"<item><title>{title}</title><pubDate>{date}</pubDate>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def _feed(name: str, xml: str, *outcomes: str | tuple[str, ...], whole: str | None = None):
    """A kind that is one feed file: the outcome of each entry in order, or of the ``whole``
    file."""

    def write(folder: Path) -> Expect:
        path = folder / name
        path.write_text(xml, encoding="utf-8")
        if whole:
            return {name: whole}
        return {f"{path}#{n}": outcome for n, outcome in enumerate(outcomes, 1)}

    return write


_LOLS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
    for i in range(1, 10)
)
# feedparser's parsers refuse a DOCTYPE that declares entities: the feed is skipped, and no
# gigabyte of "lol" is ever built
KINDS["xml-billion-laughs"] = _feed(
    "laughs.rss",
    f"{_RSS_HEAD}<!DOCTYPE rss [{_LOLS}]>{_RSS_OPEN}<item><title>&lol9;</title>"
    f"<description>&lol9;</description></item>{_item('Fine', _DATED)}</channel></rss>",
    whole="bad-feed",
)
SECRET = "SECRET-TOKEN-7f3a"  # must never reach any output


@kind("xml-external-entity")
def _external_entity(folder: Path) -> Expect:
    secret = folder.parent / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    xml = (
        f'{_RSS_HEAD}<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"{_RSS_OPEN}{_item('Leak &xxe;', _DATED, RECORD_BODY + '&xxe;')}</channel></rss>"
    )
    return _feed("xxe.rss", xml, whole="bad-feed")(folder)


KINDS["rss-zero-pubdate"] = _feed(
    "zero.rss", _RSS_HEAD + _RSS_OPEN + _item("Zero", "0000-00-00") + "</channel></rss>", ANALYSED
)
KINDS["atom-dates-out-of-range"] = _feed(
    "range.atom",
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
    + "".join(
        f"<entry><title>T{n}</title><updated>{when}</updated>"
        f'<content type="html">{html.escape(RECORD_BODY)}</content></entry>'
        for n, when in enumerate(
            ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-05:00", "2024-02-30T25:61:00Z")
        )
    )
    + "</feed>",
    ANALYSED,
    ANALYSED,
    ANALYSED,
)
KINDS["feed-truncated"] = _feed(
    "cut.rss", _RSS_HEAD + _RSS_OPEN + _item("Whole", _DATED) + "<item><title>Cu", ANALYSED,
    "bad-record",
)  # fmt: skip
KINDS["feed-entry-without-body"] = _feed(
    "bare.rss", _RSS_HEAD + _RSS_OPEN + "<item><title>Only a title</title></item></channel></rss>",
    "bad-record",
)  # fmt: skip
KINDS["feed-without-entries"] = _feed(
    "none.rss", _RSS_HEAD + _RSS_OPEN + "</channel></rss>", whole="empty"
)
KINDS["xml-not-a-feed"] = _feed("data.xml", "<?xml version='1.0'?><catalog/>", whole="bad-feed")


# --- WARC -------------------------------------------------------------------------------------
def _warc(urls: tuple[str, ...], gzip_it: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_it)
    for url in urls:
        page = f"<html><body><p>{NEWS} ({url})</p></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(page),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-06T10:00:00Z"},
            )
        )
    return buf.getvalue()


@kind("warc-bad-target-uri")
def _warc_bad_uri(folder: Path) -> Expect:
    (folder / "uri.warc.gz").write_bytes(_warc(("http://[::1/a",)))
    return {"http://[::1/a": ANALYSED}  # analysed without a URL


@kind("warc-gz-cut-mid-record")
def _warc_cut(folder: Path) -> Expect:
    one = _warc(("https://w.example.org/a",))
    two = _warc(("https://w.example.org/a", "https://w.example.org/b"))
    (folder / "cut.warc.gz").write_bytes(two[: len(one) + (len(two) - len(one)) // 2])
    return {"https://w.example.org/a": ANALYSED, "cut.warc.gz#2": "truncated"}


@kind("warc-cut-mid-record")
def _warc_plain_cut(folder: Path) -> Expect:
    data = _warc(("https://p.example.org/a",), gzip_it=False)
    (folder / "cut.warc").write_bytes(data[: len(data) - 80])
    return {"https://p.example.org/a": "truncated"}


@kind("warc-bad-content-length")
def _warc_bad_length(folder: Path) -> Expect:
    data = _warc(("https://l.example.org/a",), gzip_it=False)
    head, sep, rest = data.partition(b"Content-Length: ")
    (folder / "length.warc").write_bytes(head + sep + b"banana" + rest[rest.index(b"\r\n") :])
    # warcio reads "banana" as no length: an empty record, then a block that is no record
    return {"https://l.example.org/a": "http-status", "length.warc#2": "bad-warc"}


@kind("warc-content-length-too-long")
def _warc_long_length(folder: Path) -> Expect:
    data = _warc(("https://long.example.org/a",), gzip_it=False)
    head, sep, rest = data.partition(b"Content-Length: ")
    (folder / "long.warc").write_bytes(head + sep + b"99999" + rest[rest.index(b"\r\n") :])
    return {"https://long.example.org/a": "truncated"}


KINDS["warc-zero-bytes"] = _text("zero.warc.gz", b"", "bad-warc")


@kind("warc-gz-damaged")
def _warc_damaged(folder: Path) -> Expect:
    data = bytearray(_warc(("https://d.example.org/a",)))
    data[12] ^= 0xFF  # the first deflate block: zlib.error, which is no OSError
    (folder / "damaged.warc.gz").write_bytes(bytes(data))
    return {"damaged.warc.gz": "bad-warc"}


# --- the file system --------------------------------------------------------------------------
@kind("symlink-loop")
def _symlink_loop(folder: Path) -> Expect:
    (folder / "loop").mkdir()
    (folder / "loop" / "again").symlink_to("..", target_is_directory=True)
    (folder / "loop" / "self").symlink_to("self")
    (folder / "loop" / "inside.txt").write_text(NEWS, encoding="utf-8")
    return {"loop/inside.txt": ANALYSED}


@kind("undecodable-file-name")
def _bad_name(folder: Path) -> Expect:
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(U8)
    return {"caf\ufffd.txt": ANALYSED}  # the byte that is no UTF-8 read as U+FFFD


@kind("newline-in-file-name")
def _newline_name(folder: Path) -> Expect:
    (folder / "two\nlines.txt").write_bytes(U8)
    return {"two\nlines.txt": ANALYSED}


@kind("unreadable-file")
def _unreadable(folder: Path) -> Expect:
    path = folder / "locked.txt"
    path.write_bytes(U8)
    path.chmod(0)
    # root reads it anyway (the test skips this kind when run as root)
    return {"locked.txt": "unreadable"}


def write_corpus(folder: Path, kinds: list[str] | None = None) -> dict[str, Expect]:
    """The good documents and the hostile kinds (all, or those named) in ``folder``; what a run
    must make of each document, by kind ("good" for the good ones)."""
    for name, data in GOOD.items():
        (folder / name).write_text(data, encoding="utf-8")
    expected = {"good": dict.fromkeys(GOOD, ANALYSED)}
    for name in kinds or KINDS:
        expected[name] = KINDS[name](folder)
    return expected
