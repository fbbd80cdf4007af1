import codecs

import pytest

from crosswire.clean.decode import decode
from crosswire.settings import IngestSettings
from crosswire.types import RawDocument, Skipped

SETTINGS = IngestSettings(max_bytes=10_000, min_chars=20)
TEXT = "Le café de la gare à Genève a fermé ses portes après une année difficile pour tous."


def _raw(content: str | bytes, content_type: str = "text/plain") -> RawDocument:
    return RawDocument(id="d", origin="test", content=content, content_type=content_type)


@pytest.mark.parametrize(
    "content",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        (TEXT + " " + TEXT + " Les élèves ont été déçus.").encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "latin1"],
)
def test_bytes_decode_to_text(content: bytes) -> None:
    out = decode(_raw(content), SETTINGS)
    assert isinstance(out, str)
    assert out.startswith(TEXT)
    assert not out.startswith("\ufeff")


def test_declared_html_charset_wins() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>“Déjà vu”</body></html>'
    out = decode(_raw(page.encode("cp1252"), "text/html"), SETTINGS)
    assert isinstance(out, str)
    assert "“Déjà vu”" in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n" + b"x" * 100, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"x" * 100, "binary"),
        (b"PK\x03\x04" + b"x" * 100, "binary"),
        (b"hello\x00world" * 10, "binary"),
        (bytes(range(1, 9)) * 50, "binary"),
        (b"a" * 10_001, "too-large"),
        ("a" * 10_001, "too-large"),
        ("text with a NUL\x00 inside", "binary"),
    ],
)
def test_rejects(content: str | bytes, reason: str) -> None:
    out = decode(_raw(content), SETTINGS)
    assert isinstance(out, Skipped)
    assert out.reason == reason
    assert out.detail


def test_str_passes_through_unchanged() -> None:
    assert decode(_raw(TEXT + "\n\n"), SETTINGS) == TEXT + "\n\n"
