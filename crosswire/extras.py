"""Optional parts of crosswire and what they need: the web server (``crosswire serve``) and the
Dask executor (``--executor dask``) are extras (``pip install 'crosswire[web]'``,
``'crosswire[dask]'``); reading, storing, exporting and ``crosswire show`` need neither."""

from __future__ import annotations

from importlib.util import find_spec

from crosswire.errors import ConfigError

# The modules each extra installs that crosswire imports (pyproject.toml lists the packages).
EXTRAS = {
    "web": ("fastapi", "uvicorn"),
    "dask": ("dask", "distributed"),
}


def require(extra: str, what: str) -> None:
    """A ``ConfigError`` naming the extra when a module it installs is missing."""
    missing = [m for m in EXTRAS[extra] if find_spec(m) is None]
    if missing:
        raise ConfigError(
            f"{what} needs the '{extra}' extra ({', '.join(missing)} not installed): "
            f"pip install 'crosswire[{extra}]'"
        )
