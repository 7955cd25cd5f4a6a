"""Validate curated records: parse, schema, identifiers, references and SHACL.

Every check runs and every problem is reported, not just the first. The result is returned, not
raised (non-conforming data is a normal outcome); the CLI turns it into exit code 0 or 1.
"""

from __future__ import annotations

from firesld.constants import SHACL_ENGINES
from firesld.validate.identifiers import (
    SnapshotTerm,
    check_curie,
    check_identifiers,
    read_snapshot,
    symbol_index,
)
from firesld.validate.references import (
    check_references,
)
from firesld.validate.report import (
    ValidationReport,
)
from firesld.validate.run import (
    GraphChecks,
    parse_rdf,
    prepare_validation,
    validate_paths,
    validate_rdf_file,
    validate_records,
)
from firesld.validate.run import (
    _remote_contexts as _remote_contexts,
)
from firesld.validate.schema import (
    check_schema,
)
from firesld.validate.shacl import (
    PROFILES,
    check_shacl,
)

__all__ = [
    "PROFILES",
    "SHACL_ENGINES",
    "GraphChecks",
    "SnapshotTerm",
    "ValidationReport",
    "check_curie",
    "check_identifiers",
    "check_references",
    "check_schema",
    "check_shacl",
    "parse_rdf",
    "prepare_validation",
    "read_snapshot",
    "symbol_index",
    "validate_paths",
    "validate_rdf_file",
    "validate_records",
]
