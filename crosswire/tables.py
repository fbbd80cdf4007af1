"""The package's tab-separated data files, read one way.

A table is a UTF-8 file of the package (gzip-compressed when its name ends in ``.gz``). Blank
lines (also those of spaces only) and lines starting with ``#`` are skipped; every other line
is a row of tab-separated cells. What a row means, and any header row, is the caller's.
"""

from __future__ import annotations

import gzip
from importlib import resources

from crosswire.errors import DataError


def text(package: str, name: str, *, hint: str = "") -> str:
    """The text of the file ``name`` of ``package``; ``hint`` (what to run to make the file) is
    added to the error when it cannot be read."""
    try:
        raw = resources.files(package).joinpath(name).read_bytes()
        return (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as exc:
        more = f": {hint}" if hint else ""
        raise DataError(f"data file {name} of {package} cannot be read ({exc}){more}") from exc


def content(found: str, *, strip: bool = False) -> list[str]:
    """The lines of a text that are neither blank nor ``#`` comments (stripped when ``strip``)."""
    kept = [line for line in found.splitlines() if line.strip() and not line.startswith("#")]
    return [line.strip() for line in kept] if strip else kept


def lines(package: str, name: str, *, strip: bool = False, hint: str = "") -> list[str]:
    """The content lines of the file ``name`` of ``package``: see ``text`` and ``content``."""
    return content(text(package, name, hint=hint), strip=strip)


def split(
    found: list[str], name: str, *, min_columns: int = 1, strip: bool = False
) -> list[tuple[str, ...]]:
    """Tab-separated rows of ``found`` lines (cells stripped when ``strip``); a row of fewer than
    ``min_columns`` cells is a ``DataError`` naming ``name``."""
    out = []
    for line in found:
        cells = tuple(c.strip() for c in line.split("\t")) if strip else tuple(line.split("\t"))
        if len(cells) < min_columns:
            raise DataError(f"{name}: {len(cells)} columns, expected {min_columns}: {line!r}")
        out.append(cells)
    return out


def rows(
    package: str, name: str, *, min_columns: int = 1, strip: bool = False, hint: str = ""
) -> list[tuple[str, ...]]:
    """The rows of the table ``name`` in ``package``: see ``lines`` and ``split``."""
    return split(lines(package, name, hint=hint), name, min_columns=min_columns, strip=strip)
