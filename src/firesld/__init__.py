"""firesld: the IL-1β/IL-1R1 axis in FIRES, one review article published as FAIR linked data."""

from __future__ import annotations

from firesld.api import NotFoundError, claims, get, get_claim, load_graph, tables
from firesld.version import RELEASE_DATE, VERSION

__all__ = [
    "RELEASE_DATE",
    "VERSION",
    "NotFoundError",
    "claims",
    "get",
    "get_claim",
    "load_graph",
    "tables",
]

__version__ = VERSION
