"""The one place where firesld's version and release date are set."""

from __future__ import annotations

__all__ = ["RELEASE_DATE", "VERSION"]

#: The package and data release version (bump deliberately: the OWL versionIRI is built from it).
VERSION = "0.1.0"

#: The release date, ISO 8601 (becomes ``dcterms:created`` of the ontology and the dataset).
RELEASE_DATE = "2026-11-26"
