"""The reference check: every id a record points to names a record of the right class."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from firesld.data import Record, _as_list
from firesld.model import Model
from firesld.problems import Problem
from firesld.validate.report import _CURIE


def _key(model: Model, curie: str) -> str:
    """Return a CURIE with its canonical prefix (ORPHA:1 → orphanet:1); anything else as it is."""
    if not _CURIE.match(curie):
        return curie
    return model.converter.standardize_curie(curie) or curie


def check_references(
    records: Sequence[Record], model: Model, *, context: Sequence[Record] = ()
) -> list[Problem]:
    """Check that ids are defined once and that every reference resolves to the right class.

    :param records: the records being validated
    :param model: the compact model
    :param context: other records references may resolve to (the package's data), not re-checked
    :returns: the problems found
    """
    problems: list[Problem] = []
    defined: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.id:
            defined[_key(model, record.id)].append(record)
    for rid, recs in sorted(defined.items()):
        if len(recs) > 1:
            classes = sorted({r.class_name for r in recs})
            first = recs[0]
            for dup in recs[1:]:
                code = "FLD-REF-DISJOINT" if len(classes) > 1 else "FLD-REF-DUPLICATE"
                text = (
                    f"{rid} is defined as {' and '.join(classes)}, which are disjoint"
                    if len(classes) > 1
                    else f"{rid} is defined twice (first at {first.file}:{first.line})"
                )
                problems.append(Problem(dup.file, dup.line, rid, "id", code, "references", text))
    classes_of: dict[str, set[str]] = defaultdict(set)
    for record in list(context) + list(records):
        if record.id:
            key = _key(model, record.id)
            classes_of[key].add(record.class_name)
    for record in records:
        cls = model.classes[record.class_name]
        for slot_name, slot in cls["slots"].items():
            if slot["kind"] != "class" or slot["inlined"] or slot["identifier"]:
                continue
            for value in _as_list(record.values.get(slot_name)):
                if not isinstance(value, str):
                    continue
                key = _key(model, value)
                found = classes_of.get(key)
                if not found:
                    problems.append(
                        Problem(
                            record.file,
                            record.line_of(slot_name),
                            record.id,
                            slot_name,
                            "FLD-REF-DANGLING",
                            "references",
                            f"{value} is not defined in any data file",
                            fix=f"add a {slot['range']} record with id {value}",
                        )
                    )
                elif not any(slot["range"] in model.ancestors(c) for c in found):
                    problems.append(
                        Problem(
                            record.file,
                            record.line_of(slot_name),
                            record.id,
                            slot_name,
                            "FLD-REF-CLASS",
                            "references",
                            f"{value} is a {'/'.join(sorted(found))}, but {slot_name} needs a "
                            f"{slot['range']}",
                        )
                    )
        if record.class_name == "Claim":
            for number in _as_list(record.values.get("reference_numbers")):
                key = f"firesld.pub:ref-{number}"
                if isinstance(number, int) and key not in classes_of:
                    problems.append(
                        Problem(
                            record.file,
                            record.line_of("reference_numbers"),
                            record.id,
                            "reference_numbers",
                            "FLD-REF-CITATION",
                            "references",
                            f"reference [{number}] has no publication record {key}",
                        )
                    )
    return problems
