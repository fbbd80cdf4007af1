import pytest


@pytest.fixture
def unchecked_patterns(monkeypatch):
    """Every verb pattern's act stands, backed by the event model or not: for tests of whose act
    a verb is, not of whether it is one (``coder.PATTERN_FLOOR``)."""
    from crosswire.events import coder

    monkeypatch.setattr(coder, "PATTERN_FLOOR", 0.0)
