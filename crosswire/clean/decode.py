"""From raw content (bytes or str) to text, or a ``Skipped`` saying why not."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import CharsetMatch, from_bytes

from crosswire.settings import IngestSettings
from crosswire.types import RawDocument, Skipped

# File signatures of formats that are never a news text (a fact table, not a heuristic).
MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x89PNG", "PNG"),
    (b"GIF8", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "gzip"),
    (b"RIFF", "RIFF (WebP/WAV/AVI)"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"\x7fELF", "ELF"),
    (b"\xd0\xcf\x11\xe0", "OLE (old Office)"),
    (b"7z\xbc\xaf", "7z"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte charsets by how common they are on the web (W3Techs order), to break ties.
WEB_CHARSETS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "iso8859_2", "koi8_r")
# Share of C0 control characters (other than tab, newlines, form feed) above which content is
# binary: text has none or a stray one; binary formats have several percent.
MAX_CONTROL_SHARE = 0.01
# Share of U+FFFD in decoded text above which the charset guess failed.
MAX_REPLACEMENT_SHARE = 0.01
# Bytes of an HTML page searched for a declared charset (the spec puts it in the first 1024).
META_WINDOW = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode(raw: RawDocument, settings: IngestSettings) -> str | Skipped:
    """The text of ``raw``; ``Skipped`` with reason binary, too-large or encoding otherwise."""
    content = raw.content
    if isinstance(content, str):
        size = len(content.encode("utf-8", "surrogatepass"))
        if size > settings.max_bytes:
            return Skipped(raw.id, "too-large", f"{size} bytes > max_bytes {settings.max_bytes}")
        share = _share(len(_CONTROL.findall(content)), len(content))
        if "\x00" in content or share > MAX_CONTROL_SHARE:
            return Skipped(raw.id, "binary", f"text holds control characters ({share:.1%})")
        return content.removeprefix("\ufeff")
    if len(content) > settings.max_bytes:
        return Skipped(
            raw.id, "too-large", f"{len(content)} bytes > max_bytes {settings.max_bytes}"
        )
    return _decode_bytes(raw.id, content, raw.content_type == "text/html")


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def _decode_bytes(doc_id: str, data: bytes, is_html: bool) -> str | Skipped:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError as exc:
                return Skipped(doc_id, "encoding", f"{codec} byte-order mark but: {exc}")
    for magic, name in MAGIC:
        if data.startswith(magic):
            return Skipped(doc_id, "binary", f"{name} signature {magic[:4]!r}")
    share = _share(len(_CONTROL_BYTES.findall(data)), len(data))
    if b"\x00" in data or share > MAX_CONTROL_SHARE:
        return Skipped(doc_id, "binary", f"NUL or control bytes ({share:.1%} control)")
    declared = _declared_charset(data) if is_html else None
    for codec in filter(None, (declared, "utf-8")):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(doc_id, data, declared)


def _rank(match: CharsetMatch) -> tuple[float, float, int]:
    """Least chaos, most coherence, then the charset most used on the web (ties are common:
    French latin-1 reads as well in cp1250)."""
    common = WEB_CHARSETS.index(match.encoding) if match.encoding in WEB_CHARSETS else 99
    return (match.chaos, -match.coherence, common)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:META_WINDOW])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # A page whose <meta> could be read as ASCII is no UTF-16 or UTF-32 (a real one opens with
    # its byte-order mark): HTML's encoding sniffing reads the declaration as UTF-8.
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec


def _detect(doc_id: str, data: bytes, declared: str | None) -> str | Skipped:
    matches = list(from_bytes(data))
    best = min(matches, key=_rank, default=None)
    if best is None:
        seen = f"declared {declared}, " if declared else ""
        return Skipped(doc_id, "encoding", f"{seen}not UTF-8 and no charset fits the bytes")
    text = str(best)
    share = _share(text.count("\ufffd"), len(text))
    if share > MAX_REPLACEMENT_SHARE:
        return Skipped(doc_id, "encoding", f"best guess {best.encoding} leaves {share:.1%} U+FFFD")
    return text
