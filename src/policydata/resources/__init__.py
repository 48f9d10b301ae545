"""Reviewed data files shipped with the package (officials, organisations, calendar, topics …)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    """Path of a data file in this folder (works from an installed or an editable package)."""
    return Path(str(files(__name__).joinpath(name)))
