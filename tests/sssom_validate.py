"""Parse and validate an SSSOM/TSV file with sssom-py, offline, and report what it read.

Run by ``tests/test_sssom.py`` with the Python of a separate venv that has ``sssom`` (sssom-py pins
its own LinkML and schema versions, so it does not share firesld's venv):

    python tests/sssom_validate.py exports/firesld.sssom.tsv

It prints one JSON document:

- ``parse_messages``: what sssom-py logged at WARNING or above while parsing (a redefined built-in
  prefix, a non-standard metadata slot …);
- ``validation``: for each validation type (JSON Schema of the SSSOM LinkML schema, every prefix in
  the ``curie_map``, strict CURIE format), the messages of sssom-py's report and of its log;
- facts of the set as sssom-py read it: ``row_count``, ``predicates``, ``justifications``,
  ``subject_types``, ``license``, ``metadata`` (the other set slots), ``prefix_map`` (the CURIE map
  it resolves with, built-in prefixes included), ``literal_rows`` and ``literal_rows_with_id``, and
  ``rows`` (every mapping's columns as read, empty cells left out).

sssom-py reads its schema, JSON-LD context and prefix maps from the files installed with it and with
``sssom-schema``; nothing is downloaded.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The columns of the SSSOM file reported for each row.
ROW_COLUMNS = (
    "subject_id",
    "subject_label",
    "predicate_id",
    "object_id",
    "object_label",
    "mapping_justification",
    "author_label",
    "subject_type",
    "subject_source",
    "comment",
    "mapping_date",
    "mapping_provider",
)


class _Collect(logging.Handler):
    """Keep the messages of log records at WARNING or above."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


@contextmanager
def _collected() -> Iterator[list[str]]:
    """Collect what is logged at WARNING or above inside the block."""
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler.messages
    finally:
        root.removeHandler(handler)


def _plain(value: Any) -> Any:
    """Turn a value sssom-py read into a JSON value (NaN and None become None, lists stay lists)."""
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def main(argv: list[str]) -> int:
    """Validate the SSSOM/TSV file named on the command line and print the report as JSON.

    :param argv: the path of the file
    :returns: the exit code (0; the caller reads the report)
    """
    (path,) = argv
    from sssom.constants import SchemaValidationType  # type: ignore[import-not-found]
    from sssom.parsers import parse_sssom_table  # type: ignore[import-not-found]
    from sssom.validators import validate  # type: ignore[import-not-found]

    report: dict[str, Any] = {"sssom_version": _version("sssom")}
    report["sssom_schema_version"] = _version("sssom-schema")
    # not strict=True: sssom 0.4.21 then refuses every file whose metadata slots are all standard
    # (parse_sssom_table passes _is_irregular_metadata's result as "is valid"); the two checks that
    # strict mode turns into errors log their findings in any mode, and are collected here
    with _collected() as messages:
        msdf = parse_sssom_table(path)
    report["parse_messages"] = list(messages)

    types = [
        SchemaValidationType.JsonSchema,
        SchemaValidationType.PrefixMapCompleteness,
        SchemaValidationType.StrictCurieFormat,
    ]
    validation: dict[str, list[str]] = {}
    for validation_type in types:
        with _collected() as messages:
            results = validate(msdf, [validation_type], fail_on_error=False)
        found = [str(r.message) for r in results[validation_type].results]
        validation[validation_type.value] = found + list(messages)
    report["validation"] = validation

    df = msdf.df
    for column in ROW_COLUMNS:  # sssom-py drops the columns no kept row has a value in
        if column not in df.columns:
            df[column] = ""
    metadata = {k: _plain(v) for k, v in msdf.metadata.items()}
    report["row_count"] = len(df)
    report["predicates"] = sorted(set(df["predicate_id"]))
    report["justifications"] = sorted(set(df["mapping_justification"]))
    report["subject_types"] = sorted({v for v in df["subject_type"] if isinstance(v, str) and v})
    report["license"] = metadata.get("license")
    report["metadata"] = metadata
    report["prefix_map"] = dict(sorted(msdf.converter.bimap.items()))
    literal = df[df["subject_type"] == "rdfs literal"]
    report["literal_rows"] = len(literal)
    report["literal_rows_with_id"] = int((literal["subject_id"].fillna("") != "").sum())
    rows = []
    for record in df[list(ROW_COLUMNS)].to_dict(orient="records"):
        row = {k: _plain(v) for k, v in record.items()}
        rows.append({k: v for k, v in row.items() if v not in (None, "", [])})
    report["rows"] = rows
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    return 0


def _version(distribution: str) -> str:
    """Return the installed version of a distribution."""
    from importlib.metadata import version

    return version(distribution)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
