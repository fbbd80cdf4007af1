"""Imports run one way: a package of crosswire imports only from its own layer or below
(ARCHITECTURE.md). The known exceptions are listed with the reason they exist; a new one fails
here, and so does a listed one that is gone, so that the list stays the truth."""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "crosswire"

# Lowest first. A module of a layer may import from its layer and the layers below.
LAYERS = (
    ("types", "ids", "codec", "errors", "settings", "records", "tables", "extras"),
    ("ingest",),
    ("clean", "dedup"),
    ("nlp",),
    ("events",),
    ("stories",),
    ("store",),
    ("pipeline", "run", "dossier"),
    ("api", "web", "render", "cli", "__init__"),
)
# Modules only some packages may import: the API's read queries are the API's.
PRIVATE = {"crosswire.store.api_queries": ("api", "store")}
# Packages that build records and must not reach back into the stages that make their inputs.
APART = {"stories": ("clean", "ingest", "nlp")}
# (importing module, imported module): why the import still runs the wrong way.
DEBTS: dict[tuple[str, str], str] = {}


def _layer(package: str) -> int:
    return next(i for i, names in enumerate(LAYERS) if package in names)


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    """The crosswire modules a file imports, at its top or inside functions."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        out |= {n for n in names if n == "crosswire" or n.startswith("crosswire.")}
    return out


def _crossings() -> set[tuple[str, str]]:
    """(importer, imported) pairs that run against the layers, reach a private module or reach
    back from a package kept ``APART``."""
    out = set()
    for path in PACKAGE.rglob("*.py"):
        here = _module(path)
        for there in _imports(path):
            if there == "crosswire":
                continue  # the package's lazy public API
            up = _layer(_package(there)) > _layer(_package(here))
            private = there in PRIVATE and _package(here) not in PRIVATE[there]
            back = _package(there) in APART.get(_package(here), ())
            if up or private or back:
                out.add((here, there))
    return out


def test_every_package_has_a_layer():
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    packages |= {p.stem for p in PACKAGE.glob("*.py")}
    assert packages == {name for layer in LAYERS for name in layer}


def test_imports_run_down_the_layers():
    crossings = _crossings()
    new = sorted(crossings - DEBTS.keys())
    assert not new, f"imports against ARCHITECTURE.md's layers: {new}"


def test_every_listed_debt_still_exists():
    gone = sorted(DEBTS.keys() - _crossings())
    assert not gone, f"paid off: remove from DEBTS (and ARCHITECTURE.md): {gone}"


def test_the_check_sees_an_upward_import(tmp_path, monkeypatch):
    # a types module that imports the store would be caught
    fake = tmp_path / "crosswire"
    fake.mkdir()
    (fake / "types.py").write_text("from crosswire.store.rows import event_ids\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert _crossings() == {("crosswire.types", "crosswire.store.rows")}


def test_the_check_sees_stories_reach_back(tmp_path, monkeypatch):
    fake = tmp_path / "crosswire"
    (fake / "stories").mkdir(parents=True)
    (fake / "stories" / "records.py").write_text("from crosswire.clean import clean\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert _crossings() == {("crosswire.stories.records", "crosswire.clean")}
