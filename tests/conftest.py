"""Shared test set-up: where the shared corpora are, and a quiet, local Prefect."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_eb16c50bc39dc6b8.txt"

# Prefect runs in ephemeral mode (no server) with its state in a throw-away folder.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="policydata-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# A fresh Prefect home runs its database migrations on first start: slow on a busy 2-core machine.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")


def shared_file(*parts: str) -> Path:
    """A file under ../shared, or a skip with the reason printed when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared corpus not available: {path} is missing")
    return path


@pytest.fixture
def shared():
    return shared_file
