"""The one reader of the package's tab-separated data files: comments and blank lines skipped,
cells split on tabs (stripped on request), a short row or a missing file is a DataError."""

import gzip
import sys

import pytest

from crosswire import tables
from crosswire.errors import DataError

TABLE = (
    "# a comment\nkind\tword\tnote\n\n   \nregion\t north \tx\n#\tnot a row\n  # indented\tkept\n"
)


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A throwaway package ``tsvpkg`` with a data/ folder."""
    root = tmp_path / "tsvpkg"
    (root / "data").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield root
    sys.modules.pop("tsvpkg", None)


def test_rows_skip_comments_and_blank_lines(package):
    (package / "data" / "t.tsv").write_text(TABLE, "utf-8")
    assert tables.rows("tsvpkg", "data/t.tsv") == [
        ("kind", "word", "note"),
        ("region", " north ", "x"),
        ("  # indented", "kept"),  # only a line that starts with "#" is a comment
    ]


def test_rows_strip_cells_on_request(package):
    (package / "data" / "t.tsv").write_text(TABLE, "utf-8")
    rows = tables.rows("tsvpkg", "data/t.tsv", strip=True)
    assert rows[1] == ("region", "north", "x")
    assert rows[2] == ("# indented", "kept")


def test_lines_keep_or_strip_whole_lines(package):
    (package / "data" / "w.txt").write_text("# words\n alpha \n\nbeta\tgamma\n", "utf-8")
    assert tables.lines("tsvpkg", "data/w.txt") == [" alpha ", "beta\tgamma"]
    assert tables.lines("tsvpkg", "data/w.txt", strip=True) == ["alpha", "beta\tgamma"]


def test_a_gzip_table_is_read_decompressed(package):
    (package / "data" / "t.tsv.gz").write_bytes(gzip.compress(b"a\tb\n# c\n"))
    assert tables.rows("tsvpkg", "data/t.tsv.gz") == [("a", "b")]


def test_text_is_utf8(package):
    (package / "data" / "u.tsv").write_bytes("Zürich\tCH\n".encode())
    assert tables.rows("tsvpkg", "data/u.tsv") == [("Zürich", "CH")]


def test_a_short_row_is_a_data_error_naming_the_file(package):
    (package / "data" / "t.tsv").write_text("a\tb\tc\nd\te\n", "utf-8")
    assert len(tables.rows("tsvpkg", "data/t.tsv", min_columns=2)) == 2
    with pytest.raises(DataError, match=r"data/t\.tsv: 2 columns, expected 3"):
        tables.rows("tsvpkg", "data/t.tsv", min_columns=3)


def test_a_missing_file_is_a_data_error_with_its_name_and_hint(package):
    with pytest.raises(DataError, match=r"data/none\.tsv of tsvpkg cannot be read.*: run it"):
        tables.rows("tsvpkg", "data/none.tsv", hint="run it")


def test_a_file_not_utf8_is_a_data_error(package):
    (package / "data" / "b.tsv").write_bytes(b"\xff\xfe\tx\n")
    with pytest.raises(DataError, match=r"b\.tsv"):
        tables.rows("tsvpkg", "data/b.tsv")


def test_split_and_content_work_on_text():
    assert tables.content("# c\n\nx\ty\n") == ["x\ty"]
    assert tables.split(["x\ty", "z"], "f.tsv") == [("x", "y"), ("z",)]
    with pytest.raises(DataError, match=r"f\.tsv"):
        tables.split(["x\ty", "z"], "f.tsv", min_columns=2)
