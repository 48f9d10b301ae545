"""Reviewed data files shipped with the package (officials, organisations, calendar, topics …)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    """Path of a data file in this folder (works from an installed or an editable package)."""
    return Path(str(files(__name__).joinpath(name)))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Domestic place names and their short forms (上海, 山东): the first column of places.txt."""
    with resource_path("places.txt").open(encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0].strip() for line in fh if line.strip())


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Foreign states' Chinese names and their short forms (countries.txt)."""
    names: set[str] = set()
    with resource_path("countries.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                names.update(part.strip() for part in line.split("\t") if part.strip())
    return frozenset(names)
