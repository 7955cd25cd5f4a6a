"""Shared fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from firesld.constants import Layout
from firesld.model import Model, load_model
from tests.constants import LAYOUT, REPO

#: The folders a build reads and writes.
CHECKOUT_PARTS = (
    "schema",
    "ontology",
    "shapes",
    "data",
    "queries",
    "exports",
    "src/firesld/datamodel",
)


@pytest.fixture(scope="session")
def model() -> Model:
    """Return the committed compact model."""
    return load_model(LAYOUT)


@pytest.fixture
def checkout(tmp_path: Path) -> Layout:
    """Copy the parts of the repository a build uses into a temporary checkout."""
    for part in CHECKOUT_PARTS:
        src = REPO / part
        if src.exists():
            shutil.copytree(src, tmp_path / part)
    return Layout(tmp_path)
