"""Quantities that make sense: UCUM units of the right kind, no negative amounts, minimum ≤ maximum.

Units are parsed as UCUM by ``ucumvert`` (its UCUM grammar, and its pint registry for the
dimension), offline, never from a hand list. UCUM has no symbol for the dalton: ``Da`` (with any
SI prefix, as in ``kDa``) is read as UCUM's unified atomic mass unit ``u`` (1 Da = 1 u, SI
Brochure, table 8). An annotation such as ``{patient}`` counts as the unity, as UCUM says.

The kind a claim's quantity must have follows from its predicate (:data:`KINDS`): a half-life or
an interval is a time, a molecular mass a mass, a rate or proportion a ratio (dimensionless), a
sample size a count (dimensionless); none of them can be negative.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from firesld.limits import short_repr
from firesld.model import Model
from firesld.problems import Problem

__all__ = ["KINDS", "check_graph_quantities", "check_quantities", "unit_dimension"]

#: The dimension (pint's notation) of the quantity of each predicate; {} is dimensionless.
KINDS: dict[str, tuple[str, dict[str, int]]] = {
    "has_half_life": ("time", {"[time]": 1}),
    "has_dosing_interval": ("time", {"[time]": 1}),
    "has_onset_interval": ("time", {"[time]": 1}),
    "has_time_to_outcome": ("time", {"[time]": 1}),
    "has_molecular_mass": ("mass", {"[mass]": 1}),
    "has_dosing_frequency": ("frequency (per time)", {"[time]": -1}),
    "has_mortality_rate": ("ratio (dimensionless)", {}),
    "has_sample_size": ("count (dimensionless)", {}),
}

_DALTON = re.compile(r"(?<![A-Za-z\[])(da|[YZEPTGMkhdcmunpfazy]?)Da(?![A-Za-z\]])")
_ANNOTATION = re.compile(r"\{[^{}]*\}")


@lru_cache(maxsize=1)
def _registry() -> Any:
    """Return ucumvert's pint registry (built once: it takes about half a second)."""
    from ucumvert import PintUcumRegistry

    return PintUcumRegistry()


@lru_cache(maxsize=1)
def _parser() -> Any:
    """Return the UCUM grammar's parser (``get_ucum_parser`` builds a new one on every call)."""
    from ucumvert import get_ucum_parser

    return get_ucum_parser()


@lru_cache(maxsize=256)
def unit_dimension(code: str) -> tuple[dict[str, int], float] | str:
    """Parse a UCUM code; return its dimension and its factor to base units, or why it is invalid.

    :param code: the unit as written (``h``, ``kDa``, ``%``, ``{patient}``, ``/d`` …)
    :returns: (dimension, factor), or the parser's one-line reason
    """
    from lark.exceptions import LarkError
    from pint.errors import PintError

    ucum = _DALTON.sub(lambda m: m.group(1) + "u", code)
    try:
        _parser().parse(ucum)
    except LarkError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        return first.split(": ", 1)[-1][:120]
    plain = _ANNOTATION.sub("", ucum)
    plain = re.sub(r"(^|[./])(?=[./]|$)", r"\g<1>1", plain) or "1"
    try:
        quantity = _registry().from_ucum(plain)
        base = quantity.to_base_units()
    except (PintError, LarkError, AttributeError, TypeError, ValueError, KeyError) as err:
        # a unit the grammar accepts but the registry cannot convert
        return f"{type(err).__name__}: {str(err).splitlines()[0][:120] if str(err) else ''}"
    return {str(k): int(v) for k, v in base.dimensionality.items()}, float(base.magnitude)


def _number(value: Any) -> float | None:
    """Return a YAML number as a float, None for anything else (the schema check reports it)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def check_quantities(records: Iterable[Any], model: Model) -> list[Problem]:
    """Check every inlined quantity of the records: UCUM unit, kind, sign, and range order.

    :param records: curated records (:class:`firesld.data.Record`)
    :param model: the compact model (to find the slots whose range is Quantity)
    :returns: problems of the ``schema`` check (codes ``FLD-QUANTITY-…``)
    """
    problems: list[Problem] = []
    for record in records:
        slots = model.classes[record.class_name]["slots"]
        for name, slot in slots.items():
            if slot["range"] != "Quantity":
                continue
            values = record.values.get(name)
            for quantity in values if isinstance(values, list) else [values]:
                if isinstance(quantity, dict):
                    problems.extend(_check_one(record, name, quantity))
    return problems


def check_graph_quantities(graph: Any, model: Model, name: str) -> list[Problem]:
    """Check the quantities of the claims of an RDF graph, as :func:`check_quantities` does.

    A release graph given to ``firesld validate FILE.ttl`` gets the same UCUM, kind and sign
    checks as the curated YAML. A minimum above a maximum in the same unit is already reported
    by the SHACL shapes (with both values), so only a reversed range across two units is
    reported here.

    :param graph: an rdflib graph
    :param model: the compact model
    :param name: the file, as problems name it
    :returns: problems of the ``schema`` check (codes ``FLD-QUANTITY-…``)
    """
    from decimal import Decimal

    from rdflib import Literal, URIRef

    from firesld.data import Record

    fields = model.classes["Quantity"]["slots"]
    problems: list[Problem] = []
    for class_name, cls in model.classes.items():
        predicate_uri = cls["slots"].get("predicate", {}).get("slot_uri")
        for slot, spec in cls["slots"].items():
            if spec["range"] != "Quantity":
                continue
            for subject, node in sorted(graph.subject_objects(URIRef(spec["slot_uri"]))):
                quantity: dict[str, Any] = {}
                for field, field_spec in fields.items():
                    value = graph.value(node, URIRef(field_spec["slot_uri"]))
                    if not isinstance(value, Literal):
                        continue
                    python = value.toPython()
                    if isinstance(python, Decimal):
                        python = float(python)
                    quantity[field] = python if isinstance(python, int | float) else str(value)
                values: dict[str, Any] = {"id": model.converter.compress(str(subject)) or subject}
                if predicate_uri is not None:
                    predicate = graph.value(subject, URIRef(predicate_uri))
                    if predicate is not None:
                        values["predicate"] = str(predicate).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
                record = Record(class_name, values, name, 0)
                problems.extend(_check_one(record, slot, quantity, same_unit_range=False))
    return problems


def _check_one(
    record: Any, slot: str, quantity: dict[str, Any], *, same_unit_range: bool = True
) -> list[Problem]:
    """Check one quantity (a reversed range in one unit only with ``same_unit_range``)."""
    problems: list[Problem] = []

    def add(field: str, code: str, message: str) -> None:
        problems.append(
            Problem(
                record.file,
                record.line_of(slot),
                record.ref,
                f"{slot}.{field}",
                code,
                "schema",
                message,
            )
        )

    predicate = record.values.get("predicate")
    kind = KINDS.get(predicate) if isinstance(predicate, str) else None
    factors: dict[str, tuple[dict[str, int], float]] = {}
    for field in ("unit", "maximum_unit"):
        code = quantity.get(field)
        if not isinstance(code, str) or not code.strip():
            continue
        parsed = unit_dimension(code)
        if isinstance(parsed, str):
            add(field, "FLD-QUANTITY-UCUM", f"{short_repr(code)} is not a UCUM unit: {parsed}")
            continue
        dimension = parsed[0]
        factors[field] = parsed
        if kind is not None and dimension != kind[1]:
            add(
                field,
                "FLD-QUANTITY-KIND",
                f"{short_repr(code)} is not a unit of {kind[0]}, which {predicate} needs",
            )
            factors.pop(field)
    if kind is not None:
        for field in ("numeric_value", "minimum_value", "maximum_value"):
            number = _number(quantity.get(field))
            if number is not None and number < 0:
                add(
                    field,
                    "FLD-QUANTITY-NEGATIVE",
                    f"{field} {number:g}: a {kind[0]} cannot be negative",
                )
    low, high = _number(quantity.get("minimum_value")), _number(quantity.get("maximum_value"))
    if low is None or high is None:
        return problems
    low_unit = quantity.get("unit")
    high_unit = quantity.get("maximum_unit") or low_unit
    if high_unit == low_unit:
        if not same_unit_range:
            return problems
        low_base, high_base = low, high
    elif (
        "unit" in factors
        and "maximum_unit" in factors
        and factors["unit"][0] == factors["maximum_unit"][0]
    ):
        low_base, high_base = low * factors["unit"][1], high * factors["maximum_unit"][1]
    else:
        return problems
    if low_base > high_base:
        add(
            "minimum_value",
            "FLD-QUANTITY-RANGE",
            f"minimum_value {quantity['minimum_value']} {low_unit} is greater than maximum_value "
            f"{quantity['maximum_value']} {high_unit}",
        )
    return problems
