"""Paths used by the tests."""

from __future__ import annotations

from pathlib import Path

from firesld.constants import Layout

#: The repository checkout the tests run in.
REPO = Path(__file__).resolve().parents[1]
LAYOUT = Layout(REPO)
TESTS = REPO / "tests"
INVALID = TESTS / "data" / "invalid"
