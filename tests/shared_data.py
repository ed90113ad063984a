"""Where the shared seed and corpus are, and a skip when a fresh clone does not have them."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_60a3e22dec71af67.txt"
CORPUS = SHARED / "corpus" / "releases"


def require_shared() -> None:
    """Skip the calling test when ../shared is not beside the checkout (a user's fresh clone)."""
    if not SEED.is_file() or not CORPUS.is_dir():
        pytest.skip("../shared (seed and corpus) is not beside this checkout")
