"""The review's text, for the tests that check quotes and selectors against it.

firesld does not ship the review (a published article). ``make test`` sets ``FIRESLD_REVIEW_TEXT``
when the text is at ``../shared/seeds/000_e7c2b0b57a158e42.txt`` next to the checkout; otherwise
these tests skip and say why (and fail under CI, which must run them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: Where ``make test`` looks for the review's text, relative to the checkout.
DEFAULT_REVIEW = Path("../shared/seeds/000_e7c2b0b57a158e42.txt")


def review_path() -> Path:
    """Return the review's text file from FIRESLD_REVIEW_TEXT; skip (fail under CI) without it."""
    value = os.environ.get("FIRESLD_REVIEW_TEXT")
    if value and Path(value).is_file():
        return Path(value)
    if value:
        why = f"FIRESLD_REVIEW_TEXT={value!r} is not a readable file"
    else:
        why = (
            "FIRESLD_REVIEW_TEXT is not set (make test sets it when the review is at "
            f"{DEFAULT_REVIEW} relative to the checkout)"
        )
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why}; CI must check the quotes against the review")
    pytest.skip(f"{why}: the quotes and selectors are not checked against the review's text")


def review_text() -> str:
    """Return the review's text (see :func:`review_path`)."""
    return review_path().read_text(encoding="utf-8")
