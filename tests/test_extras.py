"""The web server and the Dask executor are extras: without them crosswire still reads, stores
and shows, and the commands that need them say which extra to install."""

import subprocess
import sys
import textwrap

import pytest

from crosswire.errors import ConfigError
from crosswire.extras import EXTRAS, require

# Runs the CLI with the extras' modules made unimportable, as in an install without them.
_WITHOUT_EXTRAS = textwrap.dedent(
    """
    import sys
    from importlib.abc import MetaPathFinder

    BLOCKED = {blocked!r}

    class Absent(MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {{name!r}}")
            return None

    sys.meta_path.insert(0, Absent())
    import importlib.util
    _find = importlib.util.find_spec
    importlib.util.find_spec = lambda n, *a: None if n.split(".")[0] in BLOCKED else _find(n, *a)
    from crosswire.cli import main
    sys.argv = ["crosswire", *sys.argv[1:]]
    main()
    """
)
BLOCKED = {m for mods in EXTRAS.values() for m in mods} | {"starlette"}


def _without_extras(*args, cwd):
    code = _WITHOUT_EXTRAS.format(blocked=sorted(BLOCKED))
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_a_missing_extra_is_named(monkeypatch):
    require("web", "crosswire serve")  # installed here: nothing to say
    monkeypatch.setattr("crosswire.extras.find_spec", lambda name: None)
    with pytest.raises(ConfigError, match=r"pip install 'crosswire\[web\]'"):
        require("web", "crosswire serve")


@pytest.mark.slow
def test_reading_storing_and_showing_need_no_extra(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(
        "Ministers meet in Oslo\n\nNorway's foreign minister met her Danish counterpart in Oslo "
        "on Tuesday, the ministry said.\n"
    )
    db = str(tmp_path / "s.duckdb")
    ingest = _without_extras("ingest", str(report), "--db", db, "--workers", "1", cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    show = _without_extras("show", "--latest", "--db", db, cwd=tmp_path)
    assert show.returncode == 0, show.stderr
    assert "Oslo" in show.stdout
    serve = _without_extras("serve", "--db", db, cwd=tmp_path)
    assert serve.returncode != 0
    assert "crosswire[web]" in serve.stderr and "Traceback" not in serve.stderr
    dask = _without_extras(
        "ingest", str(report), "--db", db, "--executor", "dask", "--workers", "1", cwd=tmp_path
    )
    assert dask.returncode != 0
    assert "crosswire[dask]" in dask.stderr and "Traceback" not in dask.stderr
