from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not (path / "EXPECTED.md").exists():
        pytest.skip(f"the seed case is absent ({path}); it lives in ../shared/seeds")
    return path


@pytest.fixture(scope="session")
def nlp():
    from crosswire.nlp.model import load_nlp

    return load_nlp()
