"""The schema check: each record's slots against the compact model (types, enums, ranges, patterns)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from firesld.data import Record, _as_list
from firesld.limits import short_repr
from firesld.model import Model
from firesld.problems import Problem
from firesld.validate.report import _CURIE


def check_schema(records: Iterable[Record], model: Model) -> list[Problem]:
    """Check each record against its class: slots, required, cardinality, types, enums, patterns.

    :param records: curated records
    :param model: the compact model
    :returns: the problems found
    """
    problems: list[Problem] = []
    for record in records:
        cls = model.classes[record.class_name]
        problems.extend(_check_values(record, record.values, cls, model, prefix=""))
    from firesld.quantities import check_quantities

    problems.extend(check_quantities(records, model))
    return problems


def _check_values(
    record: Record, values: dict[str, Any], cls: dict[str, Any], model: Model, *, prefix: str
) -> list[Problem]:
    """Check the values of one record (or of one inlined object) against its class."""
    problems: list[Problem] = []
    rid = record.ref

    def add(slot: str | None, code: str, message: str, fix: str | None = None) -> None:
        problems.append(
            Problem(
                record.file,
                record.line_of(slot.split(".")[0] if slot else None),
                rid,
                slot,
                code,
                "schema",
                message,
                fix=fix,
            )
        )

    slots = cls["slots"]
    for name in values:
        if name not in slots:
            close = difflib.get_close_matches(str(name), list(slots), n=1)
            add(
                prefix + str(name),
                "FLD-SCHEMA-SLOT",
                f"{record.class_name if not prefix else _class_name(cls)} has no slot {short_repr(name)}",
                f"did you mean {short_repr(close[0])}?" if close else None,
            )
    for name, slot in slots.items():
        value = values.get(name)
        path = prefix + name
        if value is None or value == [] or value == "":
            if slot["required"]:
                add(path, "FLD-SCHEMA-REQUIRED", f"required slot {short_repr(name)} is missing")
            continue
        if slot.get("derived"):
            add(
                path,
                "FLD-SCHEMA-DERIVED",
                f"{short_repr(name)} is set by the build; do not write it",
            )
            continue
        if isinstance(value, list) and not slot["multivalued"]:
            add(path, "FLD-SCHEMA-CARDINALITY", f"{short_repr(name)} takes one value, not a list")
            continue
        for item in _as_list(value):
            problems.extend(_check_value(record, path, item, slot, model, add))
    return problems


def _class_name(cls: dict[str, Any]) -> str:
    """Return the local name of a class from its URI."""
    return str(cls["class_uri"]).rsplit("/", 1)[-1]


def _check_value(
    record: Record, path: str, item: Any, slot: dict[str, Any], model: Model, add: Any
) -> list[Problem]:
    """Check one value of a slot; returns nested problems of an inlined object."""
    kind = slot["kind"]
    if kind == "enum":
        values = model.enums[slot["range"]]["values"]
        if not isinstance(item, str) or item not in values:
            close = difflib.get_close_matches(str(item), list(values), n=1)
            add(
                path,
                "FLD-SCHEMA-ENUM",
                f"{short_repr(item)} is not a value of {slot['range']} ({', '.join(sorted(values))})",
                f"did you mean {short_repr(close[0])}?" if close else None,
            )
        return []
    if kind == "class" and slot["inlined"]:
        if not isinstance(item, dict):
            add(path, "FLD-SCHEMA-TYPE", f"{short_repr(path)} must be a mapping ({slot['range']})")
            return []
        return _check_values(record, item, model.classes[slot["range"]], model, prefix=path + ".")
    if kind == "class":
        if not isinstance(item, str) or not _CURIE.match(item):
            add(
                path,
                "FLD-SCHEMA-TYPE",
                f"{short_repr(item)} is not a CURIE referring to a {slot['range']}",
            )
        return []
    rng = slot["range"]
    ok = True
    if rng in ("integer",):
        ok = isinstance(item, int) and not isinstance(item, bool)
    elif rng in ("decimal", "float", "double"):
        ok = isinstance(item, int | float) and not isinstance(item, bool)
    elif rng == "boolean":
        ok = isinstance(item, bool)
    else:
        ok = isinstance(item, str)
        if ok and not str(item).strip():
            add(path, "FLD-SCHEMA-EMPTY", f"{short_repr(path)} is an empty string")
            return []
    if not ok:
        add(path, "FLD-SCHEMA-TYPE", f"{short_repr(item)} is not of type {rng}")
        return []
    if slot["pattern"] and isinstance(item, str) and not re.search(slot["pattern"], item):
        add(path, "FLD-SCHEMA-PATTERN", f"{short_repr(item)} does not match {slot['pattern']}")
    if isinstance(item, int | float) and not isinstance(item, bool):
        low, high = slot["minimum_value"], slot["maximum_value"]
        if low is not None and item < low:
            add(path, "FLD-SCHEMA-RANGE", f"{item} is below the minimum {low}")
        if high is not None and item > high:
            add(path, "FLD-SCHEMA-RANGE", f"{item} is above the maximum {high}")
    return []
