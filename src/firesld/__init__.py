"""firesld: the IL-1β/IL-1R1 axis in FIRES, one review article published as FAIR linked data."""

from __future__ import annotations

from firesld.version import RELEASE_DATE, VERSION

__all__ = ["RELEASE_DATE", "VERSION"]

__version__ = VERSION
