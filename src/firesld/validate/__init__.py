"""Validate curated records: parse, schema, identifiers, references and SHACL.

Every check runs and every problem is reported, not just the first. The result is returned, not
raised (non-conforming data is a normal outcome); the CLI turns it into exit code 0 or 1.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from firesld.constants import VOCAB_NS, Layout, package_layout
from firesld.data import Record, _as_list, build_graph, data_files, read_records
from firesld.errors import ResourceError
from firesld.identifiers import suggest_curie
from firesld.limits import LimitError, check_json_depth, get_limit, literal_line, short_repr
from firesld.mentions import anchor_graph, check_anchors, check_mentions
from firesld.model import Model, load_model
from firesld.problems import CHECKS, Problem
from firesld.rdfio import RDF_SUFFIXES, to_oxigraph_triples
from firesld.records import NOT_ENTITY_CLASSES

__all__ = [
    "PROFILES",
    "SnapshotTerm",
    "ValidationReport",
    "check_identifiers",
    "check_references",
    "check_schema",
    "check_shacl",
    "read_snapshot",
    "symbol_index",
    "validate_paths",
    "validate_records",
]

_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9_.]*):(\S+)$")


@dataclass
class ValidationReport:
    """What validation found, and the graph of the records that passed the record-level checks."""

    problems: list[Problem] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)
    graph: Graph | None = None
    shacl_results: Graph | None = None

    @property
    def errors(self) -> list[Problem]:
        """The problems of severity ``error``."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def conforms(self) -> bool:
        """True when no check found an error (warnings allowed)."""
        return not self.errors

    def add(self, check: str, problems: Iterable[Problem]) -> None:
        """Record that a check ran and what it found (at most ``max-problems`` problems)."""
        if check not in self.checks_run:
            self.checks_run.append(check)
        self.problems.extend(problems)
        self._bound()

    def _bound(self) -> None:
        """Keep at most ``max-problems`` problems, and say how many were left out."""
        limit = get_limit("max-problems")
        if len(self.problems) <= limit:
            return
        kept = [p for p in self.problems if p.code != "FLD-LIMIT-PROBLEMS"]
        if len(kept) <= limit:
            return
        dropped = kept[limit:]
        self.problems = kept[:limit]
        self.problems.append(
            Problem(
                dropped[0].file,
                None,
                None,
                None,
                "FLD-LIMIT-PROBLEMS",
                dropped[0].check,
                f"{len(dropped)} more problem(s) not shown (limit {limit}; raise it with "
                "--limit max-problems=N or FIRESLD_MAX_PROBLEMS=N)",
                "error" if any(p.severity == "error" for p in dropped) else "warning",
            )
        )

    def merge(self, other: ValidationReport) -> None:
        """Add another report's checks and problems to this one (for several input files)."""
        for check in other.checks_run:
            if check not in self.checks_run:
                self.checks_run.append(check)
        self.problems.extend(other.problems)
        self._bound()
        if other.shacl_results is not None:
            self.shacl_results = (self.shacl_results or Graph()) + other.shacl_results
        self.sort()

    def sort(self) -> None:
        """Order the problems by check, then file, line and code."""
        self.problems.sort(key=lambda p: (CHECKS.index(p.check), p.file, p.line or 0, p.code))

    def summary(self) -> dict[str, dict[str, int]]:
        """Count errors and warnings per check, for every check that ran."""
        out = {c: {"errors": 0, "warnings": 0} for c in self.checks_run}
        for p in self.problems:
            bucket = out.setdefault(p.check, {"errors": 0, "warnings": 0})
            bucket["errors" if p.severity == "error" else "warnings"] += 1
        return out


# ---------------------------------------------------------------------------- schema


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


# ---------------------------------------------------------------------------- identifiers


@dataclass(frozen=True)
class SnapshotTerm:
    """An authority term as the import snapshot records it."""

    curie: str
    label: str
    obsolete: bool
    replaced_by: str
    go_branch: str | None = None


def read_snapshot(path: Path) -> dict[str, SnapshotTerm]:
    """Read the import snapshot table (curie → term); empty when absent.

    :param path: ontology/imports/firesld-imports.tsv
    :returns: terms by CURIE
    """
    if not Path(path).is_file():
        return {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return {
            row["curie"]: SnapshotTerm(
                row["curie"],
                row.get("label", ""),
                row.get("obsolete", "").lower() in ("true", "1", "yes"),
                row.get("replaced_by", ""),
                _go_branch(row.get("how_checked", "")),
            )
            for row in csv.DictReader(handle, delimiter="\t")
        }


_GO_BRANCH = re.compile(r"\bnamespace (biological_process|molecular_function|cellular_component)\b")


def _go_branch(how_checked: str) -> str | None:
    """Read the GO branch the snapshot recorded (``namespace …`` in its how_checked column)."""
    match = _GO_BRANCH.search(how_checked)
    return match.group(1) if match else None


def _suggest_local(
    prefix: str, local: str, pattern: str, symbols: Mapping[tuple[str, str], str]
) -> str | None:
    """Suggest a local id that matches the pattern, or say nothing.

    Only safe rewrites are offered: a repeated prefix dropped (``HGNC:HGNC:5992``), digits padded
    (``MONDO:15584``), or a symbol or synonym a curated record of the same prefix carries
    (``HGNC:IL1B`` → ``HGNC:5992``). Digits are never pulled out of a symbol: ``IL1B`` is not
    ``HGNC:1``.
    """
    candidates = []
    if ":" in local:
        candidates.append(local.split(":", 1)[1])
    if local.upper().startswith(prefix.upper()):
        candidates.append(local[len(prefix) :].lstrip("_:"))
    if local.isdigit():
        candidates.append(local.zfill(7))
    for cand in candidates:
        if cand and re.fullmatch(pattern.strip("^$"), cand):
            return f"did you mean {prefix}:{cand}?"
    known = symbols.get((prefix, local.upper()))
    if known is not None:
        return f"{prefix} ids are not symbols: did you mean {known}?"
    return None


def symbol_index(records: Iterable[Record]) -> dict[tuple[str, str], str]:
    """Map (prefix, upper-cased symbol or synonym) to the record's id, for fix suggestions.

    :param records: curated records
    :returns: the index
    """
    index: dict[tuple[str, str], str] = {}
    for record in records:
        if not record.id or ":" not in record.id:
            continue
        prefix = record.id.split(":", 1)[0]
        names = _as_list(record.values.get("symbol")) + _as_list(record.values.get("synonyms"))
        for name in names:
            index.setdefault((prefix, str(name).upper()), record.id)
    return index


def check_curie(
    model: Model,
    curie: str,
    *,
    record: Record,
    slot: str,
    check: str = "identifiers",
    symbols: Mapping[tuple[str, str], str] | None = None,
) -> list[Problem]:
    """Check that a CURIE has a known prefix and a local id matching the prefix's pattern.

    :param model: the compact model
    :param curie: the CURIE
    :param record: the record it appears in (for the message)
    :param slot: the slot it appears in
    :param check: the check to report under
    :returns: problems (empty when fine)
    """
    rid = record.id or "-"
    match = _CURIE.match(curie)
    if match is None:
        return [
            Problem(
                record.file,
                record.line_of(slot),
                rid,
                slot,
                "FLD-ID-SYNTAX",
                check,
                f"{short_repr(curie)} is not a CURIE (PREFIX:local)",
            )
        ]
    prefix, local = match.groups()
    canonical = model.converter.standardize_prefix(prefix)
    if canonical is None:
        close = difflib.get_close_matches(prefix, list(model.prefixes), n=1)
        return [
            Problem(
                record.file,
                record.line_of(slot),
                rid,
                slot,
                "FLD-ID-PREFIX",
                check,
                f"unknown prefix {short_repr(prefix)} in {short_repr(curie)}",
                fix=suggest_curie(model, curie)
                or (f"did you mean {short_repr(close[0])}?" if close else None),
            )
        ]
    compiled = model.compiled_patterns.get(canonical)
    if compiled is not None and not compiled.search(local):
        pattern = compiled.pattern
        return [
            Problem(
                record.file,
                record.line_of(slot),
                rid,
                slot,
                "FLD-ID-PATTERN",
                check,
                f"local id {short_repr(local)} of {short_repr(curie)} does not match {canonical}'s pattern {pattern}",
                fix=_suggest_local(canonical, local, pattern, symbols or {}),
            )
        ]
    return []


def _branch_fix(branch: str) -> str:
    """Say which class a GO term of this branch belongs in."""
    target = {
        "biological_process": "biological_processes",
        "molecular_function": "molecular_functions",
        "cellular_component": "macromolecular_complexes",
    }[branch]
    return f"list it under {target}:"


def check_identifiers(
    records: Iterable[Record],
    model: Model,
    snapshot: dict[str, SnapshotTerm],
    *,
    snapshot_severity: str = "error",
    symbols: Mapping[tuple[str, str], str] | None = None,
) -> list[Problem]:
    """Check every identifier: prefix known, local id pattern, prefix allowed for the class, snapshot.

    :param records: curated records
    :param model: the compact model
    :param snapshot: the import snapshot (authority labels and obsolete flags)
    :param snapshot_severity: ``error`` for firesld's own data, ``warning`` for foreign data,
        ``off`` to skip the snapshot lookup (synthetic or text-mined data, whose ids are in no
        snapshot)
    :param symbols: symbols and synonyms of known records (see :func:`symbol_index`), for fixes
    :returns: the problems found
    """
    problems: list[Problem] = []
    for record in records:
        cls = model.classes[record.class_name]
        rid = record.id
        if rid is None:
            continue
        found = check_curie(model, rid, record=record, slot="id", symbols=symbols)
        problems.extend(found)
        if not found:
            prefix = model.converter.standardize_prefix(rid.split(":", 1)[0]) or ""
            allowed = cls["id_prefixes"]
            if allowed and prefix not in allowed:
                problems.append(
                    Problem(
                        record.file,
                        record.line_of("id"),
                        rid,
                        "id",
                        "FLD-ID-CLASS-PREFIX",
                        "identifiers",
                        f"a {record.class_name} id must use one of {', '.join(allowed)}, "
                        f"not {prefix}",
                    )
                )
            elif not prefix.startswith("firesld.") and snapshot_severity != "off":
                problems.extend(_check_snapshot(record, rid, snapshot, snapshot_severity))
                branch = cls.get("go_branch")
                term = snapshot.get(rid)
                if prefix == "GO" and branch and term and term.go_branch not in (None, branch):
                    problems.append(
                        Problem(
                            record.file,
                            record.line_of("id"),
                            rid,
                            "id",
                            "FLD-ID-GO-BRANCH",
                            "identifiers",
                            f"{rid} is a GO {term.go_branch} term; a {record.class_name} needs "
                            f"a {branch} term",
                            fix=_branch_fix(term.go_branch),
                        )
                    )
        for slot_name, slot in cls["slots"].items():
            if slot["identifier"]:
                continue
            is_ref = slot["kind"] == "class" and not slot["inlined"]
            is_uri = slot["kind"] == "type" and slot["range"] == "uriorcurie"
            if not (is_ref or is_uri):
                continue
            for value in _as_list(record.values.get(slot_name)):
                if isinstance(value, str):
                    problems.extend(
                        check_curie(model, value, record=record, slot=slot_name, symbols=symbols)
                    )
    return problems


def _check_snapshot(
    record: Record, rid: str, snapshot: dict[str, SnapshotTerm], severity: str
) -> list[Problem]:
    """Check an id against the import snapshot: present, not obsolete, same label."""
    term = snapshot.get(rid)
    where = (record.file, record.line_of("id"), rid, "id")
    if term is None:
        return [
            Problem(
                *where,
                "FLD-ID-SNAPSHOT",
                "identifiers",
                f"{rid} is not in the import snapshot (ontology/imports/firesld-imports.tsv)",
                severity=severity,
                fix="check the id in the authority's release and rerun scripts/build_imports.py",
            )
        ]
    if term.obsolete:
        fix = f"use {term.replaced_by}" if term.replaced_by else None
        return [
            Problem(
                *where,
                "FLD-ID-OBSOLETE",
                "identifiers",
                f"{rid} is obsolete in its authority",
                severity=severity,
                fix=fix,
            )
        ]
    labels = [str(x) for x in _as_list(record.values.get("label"))]
    if (
        term.label
        and labels
        and term.label not in labels
        and not record.values.get("label_differs_reason")
    ):
        return [
            Problem(
                record.file,
                record.line_of("label"),
                rid,
                "label",
                "FLD-ID-LABEL",
                "identifiers",
                f"label {short_repr(labels[0])} differs from the authority's {short_repr(term.label)}",
                severity=severity,
                fix="use the authority's label, or give label_differs_reason",
            )
        ]
    return []


# ---------------------------------------------------------------------------- references


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


# ---------------------------------------------------------------------------- SHACL


def ontology_subclass_graph(layout: Layout) -> Graph:
    """Return the ontology's subclass triples between named classes, for SHACL's ``sh:class``.

    :param layout: where the ontology is
    :returns: a graph of ``rdfs:subClassOf`` triples
    :raises ResourceError: when the ontology cannot be read
    """
    try:
        owl = Graph().parse(layout.owl_ttl, format="turtle")
    except (OSError, SyntaxError) as err:
        raise ResourceError(f"{layout.owl_ttl}: cannot read the ontology: {err}") from err
    out = Graph()
    for s, o in owl.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            out.add((s, RDFS.subClassOf, o))
    return out


#: The SHACL profiles: ``curation`` (closed shapes, one label per language: the curated records
#: and firesld's own release files) and ``consumer`` (open shapes for published and merged graphs,
#: ``shapes/firesld-consumer.shacl.ttl``; see :func:`firesld.generate.consumer_shapes`).
PROFILES = ("curation", "consumer")


def load_shapes(layout: Layout, profile: str = "curation") -> Graph:
    """Load the shapes of a profile into one graph.

    :param layout: where the shapes are
    :param profile: ``curation`` (the generated and the hand-written shapes) or ``consumer``
    :returns: the shapes graph
    :raises ResourceError: when a shapes file cannot be read
    :raises ValueError: for an unknown profile
    """
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r} (one of {', '.join(PROFILES)})")
    shapes = Graph()
    paths = (
        (layout.shacl, layout.shacl_extra) if profile == "curation" else (layout.shacl_consumer,)
    )
    for path in paths:
        if not path.is_file():
            if path == layout.shacl_extra:
                continue
            raise ResourceError(f"{path}: shapes file not found (run `firesld generate`)")
        try:
            shapes.parse(path, format="turtle")
        except (OSError, SyntaxError) as err:
            raise ResourceError(f"{path}: cannot read the shapes: {err}") from err
    return shapes


#: The SHACL engines :func:`check_shacl` can run: pyshacl-turbo (a Rust engine with pySHACL's API,
#: the default) and pySHACL itself (the reference; the tests check both give the same report on
#: every fixture).
SHACL_ENGINES = ("turbo", "pyshacl")


def check_shacl(
    data: Graph,
    model: Model,
    layout: Layout,
    *,
    locate: dict[str, Record] | None = None,
    engine: str = "turbo",
    shapes: Graph | None = None,
    extra: Sequence[Graph] = (),
) -> tuple[list[Problem], Graph]:
    """Validate a data graph with the generated + hand-written shapes, no inference.

    The ontology's subclass triples are mixed in (``ont_graph``) so ``sh:class`` sees that a Drug
    is a ChemicalEntity; ``inference="none"`` keeps dangling references visible. Messages are
    made here from the shape (its ``sh:message``, or the constraint's parameter), so both engines
    give the same problems.

    :param data: the data graph
    :param model: the compact model
    :param layout: where shapes and ontology are
    :param locate: records by expanded IRI, to report file and line
    :param engine: ``turbo`` (pyshacl-turbo) or ``pyshacl``
    :param shapes: the shapes graph (read from ``layout`` when not given)
    :param extra: more triples validated with ``data`` (the types of records it points to)
    :returns: the problems and the engine's results graph
    :raises ValueError: for an unknown engine
    """
    if engine not in SHACL_ENGINES:
        raise ValueError(
            f"unknown SHACL engine {short_repr(engine)} (one of {', '.join(SHACL_ENGINES)})"
        )
    shapes = shapes if shapes is not None else load_shapes(layout)
    ont = ontology_subclass_graph(layout)
    options: dict[str, Any] = {
        "shacl_graph": shapes,
        "inference": "none",
        "advanced": True,
        "allow_warnings": True,
    }
    if engine == "turbo":
        import pyoxigraph as ox
        import pyshacl_turbo

        # pyshacl-turbo reads a pyoxigraph store natively (several times faster than an rdflib
        # graph); the ontology's subclass triples go into the same store, as ont_graph would.
        store = ox.Store()
        for part in (data, *extra, ont):
            store.extend(
                ox.Quad(t.subject, t.predicate, t.object) for t in to_oxigraph_triples(part)
            )
        _conforms, results, _text = pyshacl_turbo.validate(store, **options)
    else:
        import pyshacl

        union = data
        for part in extra:
            union = union + part
        _conforms, results, _text = pyshacl.validate(union, ont_graph=ont, **options)
    assert isinstance(results, Graph)
    return _shacl_problems(results, shapes, model, locate or {}), results


#: How a result of each constraint component is told when its shape has no ``sh:message``: the
#: parameter the value broke, and the sentence around it.
_COMPONENT_MESSAGES: dict[str, tuple[URIRef | None, str]] = {
    "Datatype": (SH.datatype, "value is not a literal of datatype {}"),
    "NodeKind": (SH.nodeKind, "value is not of node kind {}"),
    "Class": (SH["class"], "value is not an instance of {}"),
    "MinCount": (SH.minCount, "fewer than {} value(s)"),
    "MaxCount": (SH.maxCount, "more than {} value(s)"),
    "MinInclusive": (SH.minInclusive, "value is less than {}"),
    "MaxInclusive": (SH.maxInclusive, "value is greater than {}"),
    "MinExclusive": (SH.minExclusive, "value is not greater than {}"),
    "MaxExclusive": (SH.maxExclusive, "value is not less than {}"),
    "MinLength": (SH.minLength, "value is shorter than {} characters"),
    "MaxLength": (SH.maxLength, "value is longer than {} characters"),
    "Pattern": (SH.pattern, "value does not match the pattern {}"),
    "In": (SH["in"], "value is not one of {}"),
    "LanguageIn": (SH.languageIn, "language tag is not one of {}"),
    "HasValue": (SH.hasValue, "the required value {} is missing"),
    "UniqueLang": (None, "more than one value with the same language tag"),
    "Closed": (None, "property not allowed on this node (the shape is closed)"),
    "Node": (SH.node, "value does not conform to the shape {}"),
    "Not": (None, "value conforms to a shape it must not conform to"),
    "Or": (None, "value conforms to none of the alternative shapes"),
    "And": (None, "value does not conform to all of the shapes"),
    "Xone": (None, "value does not conform to exactly one of the shapes"),
}


_DECIMAL_TAIL = re.compile(r"\b(\d+\.)(\d*0)\b")


def _shacl_message(results: Graph, shapes: Graph, result: Any, component: str, model: Model) -> str:
    """Return the message of one result, the same whichever engine reported it."""
    shape = results.value(result, SH.sourceShape)
    own = shapes.value(shape, SH.message) if shape is not None else None
    constraint = results.value(result, SH.sourceConstraint)
    if own is None and constraint is not None:  # a SPARQL constraint's own message
        own = shapes.value(constraint, SH.message) or results.value(constraint, SH.message)
    if own is not None:
        text = str(results.value(result, SH.resultMessage) or own)
        if "{?" in str(own):  # a template: show decimals canonically, as pyshacl-turbo does
            text = _DECIMAL_TAIL.sub(lambda m: m.group(1) + (m.group(2).rstrip("0") or ""), text)
            text = re.sub(r"\b(\d+)\.(?=\s|$|[),;])", r"\1", text)
        return text
    name = component.removesuffix("ConstraintComponent")
    parameter, sentence = _COMPONENT_MESSAGES.get(name, (None, f"violates sh:{component}"))
    if parameter is None or shape is None:
        return sentence
    value = shapes.value(shape, parameter)
    if value is None:
        value = results.value(shape, parameter)
    if value is None:
        return sentence.replace(" {}", "")
    if parameter in (SH["in"], SH.languageIn):
        from rdflib.collection import Collection

        source = shapes if (value, None, None) in shapes else results
        shown = "[" + ", ".join(_show(model, v) for v in Collection(source, value)) + "]"
    else:
        shown = _show(model, value)
    return sentence.format(shown)


def _show(model: Model, term: Any) -> str:
    """Show a term compactly: a CURIE for an IRI, the lexical form for a literal."""
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(str(SH)):
            return "sh:" + text[len(str(SH)) :]
        return model.converter.compress(text) or text
    return str(term)


def _shacl_problems(
    results: Graph, shapes: Graph, model: Model, locate: dict[str, Record]
) -> list[Problem]:
    """Turn a SHACL results graph into problems."""
    slot_names: dict[str, str] = {}
    for cls in model.classes.values():
        for name, slot in cls["slots"].items():
            slot_names.setdefault(slot["slot_uri"], name.removesuffix("_zh").removesuffix("_en"))
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = str(results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        component = str(results.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        message = _shacl_message(results, shapes, result, component, model)
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        record = locate.get(focus) or locate.get(focus.rsplit("/", 1)[0])
        curie = model.converter.compress(focus) or focus
        slot = slot_names.get(str(path)) if path is not None else None
        if value is not None:
            shown = _show(model, value)
            message += f" (value: {shown if len(shown) <= 80 else short_repr(shown)})"
        problems.append(
            Problem(
                record.file if record else "<graph>",
                record.line_of(slot) if record else None,
                record.id if record else curie,
                slot,
                "FLD-SHACL-" + component.removesuffix("ConstraintComponent").upper(),
                "shacl",
                message,
                severity="warning" if severity in (SH.Warning, SH.Info) else "error",
                fix=suggest_curie(model, str(value)) if isinstance(value, URIRef) else None,
            )
        )
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.record or "", p.code, p.message))


# ---------------------------------------------------------------------------- the whole run


def _type_triples(records: Sequence[Record], model: Model, *, exclude: set[str | None]) -> Graph:
    """Return the rdf:type triples of context records.

    SHACL's sh:class then sees what references point to, without validating those records.
    """
    graph = Graph()
    for record in records:
        if not record.id or record.id in exclude:
            continue
        iri = model.converter.expand(record.id)
        if iri is None:
            continue
        cls = model.classes[record.class_name]
        for uri in [cls["class_uri"], *cls["mappings"]]:
            graph.add((URIRef(iri), RDF.type, URIRef(uri)))
    return graph


def validate_paths(
    paths: Sequence[Path] = (),
    *,
    standalone: bool = False,
    strict: bool = False,
    checks: Collection[str] = CHECKS,
    layout: Layout | None = None,
    snapshot: bool = True,
    shacl_engine: str = "turbo",
    profile: str = "curation",
) -> tuple[ValidationReport, int, int]:
    """Validate curated YAML and RDF files (the package's own data when no path is given).

    YAML files are validated together, against the package's data: their references may point
    to the package's records (unless ``standalone``), and an id missing from the import snapshot
    is a warning for them (an error with ``strict``, and always for the package's own data).
    Each RDF file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) is validated as a graph.

    :param paths: files, or folders of YAML files
    :param standalone: resolve references only within ``paths``
    :param strict: treat snapshot problems of foreign data as errors
    :param checks: the checks to run (all of :data:`CHECKS` by default)
    :param layout: where the package's data, shapes and ontology are (installed package by default)
    :param snapshot: look ids up in the import snapshot (off for synthetic or text-mined data)
    :param shacl_engine: the SHACL engine (:data:`SHACL_ENGINES`)
    :param profile: the shapes profile (:data:`PROFILES`); ``consumer`` also lets foreign
        triples of a merged graph through the reference and OWL 2 DL checks (as warnings)
    :returns: the report, the number of records (or graph nodes) and the number of files read
    :raises ResourceError: when a path does not exist
    """
    layout = layout or package_layout()
    model = load_model(layout)
    own = data_files(layout)
    for path in paths:
        if not Path(path).exists():
            why = (
                "a broken symlink or a symlink loop" if Path(path).is_symlink() else "no such file"
            )
            raise ResourceError(f"{path}: {why}")
    files = _expand(paths) if paths else own
    rdf_files = [f for f in files if f.suffix.lower() in RDF_SUFFIXES]
    yaml_files = [f for f in files if f not in rdf_files]
    records, parse_problems = read_records(yaml_files, model, display_root=Path.cwd())
    context: list[Record] = []
    if paths and not standalone:
        chosen = {f.resolve() for f in files}
        context, _ = read_records([p for p in own if p.resolve() not in chosen], model)
    severity = "error" if (strict or not paths) else "warning"
    if not snapshot:
        severity = "off"
    report = ValidationReport()
    count = len(records)
    if yaml_files:
        report = validate_records(
            records,
            model,
            parse_problems=parse_problems,
            layout=layout,
            context=context,
            snapshot_severity=severity,
            checks=checks,
            shacl_engine=shacl_engine,
            profile=profile,
        )
    for path in rdf_files:
        sub = validate_rdf_file(
            path,
            model,
            layout=layout,
            snapshot_severity=severity,
            checks=checks,
            shacl_engine=shacl_engine,
            profile=profile,
        )
        report.merge(sub)
        count += len(set(sub.graph.subjects(RDF.type, None))) if sub.graph is not None else 0
    return report, count, len(files)


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into their YAML and RDF files."""
    out: list[Path] = []
    suffixes = {".yaml", ".yml", *RDF_SUFFIXES}
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes)
            if not found:
                raise ResourceError(
                    f"{path}: a directory with no YAML or RDF file in it (nothing to validate)"
                )
            out.extend(found)
        else:
            out.append(path)
    return out


def validate_records(
    records: Sequence[Record],
    model: Model,
    *,
    parse_problems: Sequence[Problem] = (),
    layout: Layout | None = None,
    context: Sequence[Record] = (),
    snapshot_severity: str = "error",
    checks: Collection[str] = CHECKS,
    shacl_engine: str = "turbo",
    profile: str = "curation",
) -> ValidationReport:
    """Run every check on curated records and return the report.

    Record-level checks (schema, identifiers, references) run on every record; the graph is built
    from the records without schema or identifier errors, and SHACL, the OWL reasoner and the QC
    queries run on it.

    :param records: the records to validate
    :param model: the compact model
    :param parse_problems: problems found while reading the files
    :param layout: where shapes, ontology and snapshot are (the installed package by default)
    :param context: other records references may resolve to
    :param snapshot_severity: how to report ids missing from the import snapshot
    :param checks: the checks to run (``parse`` always runs)
    :param shacl_engine: the SHACL engine (:data:`SHACL_ENGINES`)
    :param profile: the shapes profile (:data:`PROFILES`)
    :returns: the validation report
    """
    layout = layout or package_layout()
    report = ValidationReport(problems=list(parse_problems), checks_run=["parse"])
    schema_problems: list[Problem] = []
    id_problems: list[Problem] = []
    if "schema" in checks:
        schema_problems = check_schema(records, model)
        report.add("schema", schema_problems)
    if "identifiers" in checks:
        id_problems = check_identifiers(
            records,
            model,
            read_snapshot(layout.imports_tsv),
            snapshot_severity=snapshot_severity,
            symbols=symbol_index([*context, *records]),
        )
        report.add("identifiers", id_problems)
    if "references" in checks:
        report.add("references", check_references(records, model, context=context))
    if "mentions" in checks:
        report.add("mentions", _mention_problems(records, context, layout, snapshot_severity))
    broken = {(p.file, p.record) for p in schema_problems + id_problems if p.severity == "error"}
    good = [r for r in records if (r.file, r.ref) not in broken]
    graph = build_graph(good, model)
    graph += anchor_graph(good, model, layout)
    report.graph = graph
    context_types, context_graph = Graph(), Graph()
    if context:
        referenced = {str(o) for o in graph.objects() if isinstance(o, URIRef)}
        context_types = _type_triples(
            [r for r in context if model.converter.expand(r.id or "") in referenced],
            model,
            exclude={r.id for r in good},
        )
        own_ids = {r.id for r in good}
        context_graph = build_graph([r for r in context if r.id not in own_ids], model)

    def shacl() -> None:
        locate = {model.converter.expand(r.id) or r.id: r for r in good if r.id}
        problems, results = check_shacl(
            graph,
            model,
            layout,
            locate=locate,
            engine=shacl_engine,
            extra=[context_types],
            shapes=load_shapes(layout, profile),
        )
        report.add("shacl", [p for p in problems if p.file != "<graph>"])
        report.shacl_results = results

    _graph_checks(
        report,
        graph + context_graph if len(context_graph) else graph,
        model,
        layout,
        checks,
        shacl if "shacl" in checks else None,
        profile=profile,
    )
    report.sort()
    return report


def _mention_problems(
    records: Sequence[Record], context: Sequence[Record], layout: Layout, snapshot_severity: str
) -> list[Problem]:
    """Run the mention checks (:mod:`firesld.mentions`): strict for the package's own data."""
    missing = "error" if snapshot_severity == "error" else "warning"
    return check_mentions(records, context=context, missing=missing) + check_anchors(
        records, layout
    )


def _graph_checks(
    report: ValidationReport,
    graph: Graph,
    model: Model,
    layout: Layout,
    checks: Collection[str],
    shacl: Callable[[], None] | None = None,
    *,
    name: str = "<graph>",
    profile: str = "curation",
) -> None:
    """Run SHACL and the release-level checks: OWL 2 DL and consistency, then the QC queries.

    The OWL step (the OWL 2 DL profile of ontology + import snapshot + data, then HermiT, a Java
    process) runs in a thread while SHACL runs in this one, so the two use both cores; the report
    lists SHACL's problems before the OWL step's either way.
    """
    owl: Future[list[Problem]] | None = None
    pool = ThreadPoolExecutor(max_workers=1) if "owl" in checks else None
    if pool is not None:
        from firesld.owldl import check_owl_dl
        from firesld.reason import check_owl

        def owl_step() -> list[Problem]:
            found = check_owl_dl(
                graph,
                model,
                [p for p in (layout.owl_ttl, layout.imports_ttl) if p.is_file()],
                name=name,
                foreign_severity="warning" if profile == "consumer" else "error",
            )
            return found + check_owl(graph, model, layout)

        owl = pool.submit(owl_step)
    try:
        if shacl is not None:
            shacl()
        if owl is not None:
            report.add("owl", owl.result())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if "qc" in checks:
        from firesld.qc import run_qc

        report.add("qc", run_qc(graph, model, layout, with_release_files=True))


def validate_rdf_file(
    path: Path,
    model: Model,
    *,
    layout: Layout | None = None,
    snapshot_severity: str = "warning",
    checks: Collection[str] = CHECKS,
    shacl_engine: str = "turbo",
    profile: str = "curation",
) -> ValidationReport:
    """Validate an RDF file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) as a firesld graph.

    JSON-LD must carry its context inline: a remote ``@context`` is refused, never fetched.
    The identifiers of typed nodes are checked like curated ids; references must point to typed
    nodes; then SHACL, the OWL reasoner and the QC queries run.

    :param path: the file
    :param model: the compact model
    :param layout: where shapes, ontology and snapshot are
    :param snapshot_severity: how to report ids missing from the import snapshot
    :param checks: the checks to run
    :param shacl_engine: the SHACL engine (:data:`SHACL_ENGINES`)
    :param profile: the shapes profile (:data:`PROFILES`): ``consumer`` for a graph merged with
        other sources (their references to nodes firesld does not type are not dangling)
    :returns: the report
    """
    layout = layout or package_layout()
    name = _display_name(path)
    report = ValidationReport(checks_run=["parse"])
    graph, problem = parse_rdf(path, name)
    if problem is not None:
        report.problems.append(problem)
        return report
    assert graph is not None
    report.graph = graph
    nodes = _graph_records(graph, model, name)
    if "identifiers" in checks:
        report.add(
            "identifiers",
            check_identifiers(
                nodes,
                model,
                read_snapshot(layout.imports_tsv),
                snapshot_severity=snapshot_severity,
            ),
        )
    if "references" in checks:
        report.add(
            "references",
            _graph_references(graph, nodes, model, name, layout, own_only=profile == "consumer"),
        )

    def shacl() -> None:
        locate = {model.converter.expand(r.id) or r.id: r for r in nodes if r.id}
        problems, results = check_shacl(
            graph,
            model,
            layout,
            locate=locate,
            engine=shacl_engine,
            shapes=load_shapes(layout, profile),
        )
        report.add("shacl", problems)
        report.shacl_results = results

    _graph_checks(
        report,
        graph,
        model,
        layout,
        checks,
        shacl if "shacl" in checks else None,
        name=name,
        profile=profile,
    )
    report.sort()
    return report


def _display_name(path: Path) -> str:
    """Return a path relative to the current directory when it is below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse_rdf(path: Path, name: str) -> tuple[Graph | None, Problem | None]:
    """Parse an RDF file with pyoxigraph, refusing remote JSON-LD contexts.

    :param path: the file
    :param name: how to name the file in problems
    :returns: the graph, or the parse problem (with its line)
    """
    import json

    import pyoxigraph as ox

    def fail(code: str, message: str, line: int | None = None) -> tuple[None, Problem]:
        return None, Problem(name, line, None, None, code, "parse", message)

    from firesld.data import read_regular_file

    try:
        raw = read_regular_file(Path(path), name)
    except OSError as err:
        return fail("FLD-PARSE-IO", f"cannot read the file: {err.strerror}")
    if not raw.strip():
        return fail("FLD-PARSE-EMPTY", "empty file: no triples")
    if b"\x00" in raw:
        return fail("FLD-PARSE-BINARY", "binary file, not RDF text")
    fmt = RDF_SUFFIXES[Path(path).suffix.lower()]
    if fmt == "JSON_LD":
        check_json_depth(raw, name)
        try:
            doc = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            line = getattr(err, "lineno", None)
            return fail("FLD-PARSE-JSON", f"malformed JSON: {err}", line)
        remote = _remote_contexts(doc)
        if remote:
            return fail(
                "FLD-PARSE-REMOTE-CONTEXT",
                f"remote JSON-LD context {short_repr(remote[0])} (@context or @import) refused "
                "(firesld never fetches one): "
                "inline the context, e.g. the package's exports/firesld.context.jsonld",
            )
    max_literal = get_limit("max-literal-bytes")
    try:
        quads = list(ox.parse(raw, format=getattr(ox.RdfFormat, fmt)))
    except MemoryError as err:  # pyoxigraph's 16 MiB buffer: a literal or token past it
        line = literal_line(raw, 16 * 1024 * 1024) or literal_line(raw, max_literal)
        raise LimitError(
            "max-literal-bytes", name, line, f"a literal longer than the parser can hold ({err})"
        ) from None
    except SyntaxError as err:
        return fail("FLD-PARSE-RDF", f"malformed {fmt.replace('_', '-')}: {err}", err.lineno)
    except ValueError as err:
        return fail("FLD-PARSE-RDF", f"malformed {fmt.replace('_', '-')}: {err}")
    if not quads:
        return fail("FLD-PARSE-EMPTY", "no triples")
    for quad in quads:
        term = quad.object
        if isinstance(term, ox.Literal) and len(term.value) > max_literal:
            raise LimitError(
                "max-literal-bytes",
                name,
                literal_line(raw, max_literal),
                f"a literal of {len(term.value)} characters",
            )
    from firesld.rdfio import from_oxigraph

    graph = Graph()
    for quad in quads:
        graph.add(
            (from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
        )
    return graph, None


def _remote_contexts(doc: Any) -> list[str]:
    """Find every @context given by reference (a string) anywhere in a JSON-LD document."""
    found: list[str] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "@context":
                items = value if isinstance(value, list) else [value]
                found += [v for v in items if isinstance(v, str)]
                found += [r for v in items if isinstance(v, dict) for r in _remote_contexts(v)]
            elif key == "@import" and isinstance(value, str):  # JSON-LD 1.1: a context by IRI
                found.append(value)
            else:
                found += _remote_contexts(value)
    elif isinstance(doc, list):
        for item in doc:
            found += _remote_contexts(item)
    return found


def _graph_records(graph: Graph, model: Model, name: str) -> list[Record]:
    """Make one pseudo-record per node typed with a firesld class (for the identifier checks)."""
    by_uri = {cls["class_uri"]: cls_name for cls_name, cls in model.classes.items()}
    out = []
    for node, cls in sorted(graph.subject_objects(RDF.type), key=lambda t: (str(t[0]), str(t[1]))):
        class_name = by_uri.get(str(cls))
        if class_name is None or (class_name != "Claim" and class_name in NOT_ENTITY_CLASSES):
            # a claim's inlined parts (quantities, text anchors) are named after the claim
            continue
        curie = model.converter.compress(str(node)) or str(node)
        label = [
            str(o) for o in graph.objects(node, RDFS.label) if getattr(o, "language", None) == "en"
        ]
        values: dict[str, Any] = {"id": curie}
        if label:
            values["label"] = label
        out.append(Record(class_name, values, name, 0))
    return out


def _graph_references(
    graph: Graph,
    nodes: Sequence[Record],
    model: Model,
    name: str,
    layout: Layout,
    *,
    own_only: bool = False,
) -> list[Problem]:
    """Find references to untyped nodes and nodes typed with two disjoint classes.

    With ``own_only`` (a merged graph), only firesld's own properties must point to typed nodes:
    a Biolink edge another source adds may point anywhere.
    """
    from firesld.reason import disjoint_pairs

    problems = []
    typed = {model.converter.expand(r.id) or r.id for r in nodes if r.id}
    class_iris = {URIRef(c["class_uri"]) for c in model.classes.values()}
    for cls in model.classes.values():
        for slot_name, slot in cls["slots"].items():
            if slot["kind"] != "class" or slot["inlined"] or slot["identifier"]:
                continue
            if own_only and not str(slot["slot_uri"]).startswith(VOCAB_NS):
                continue
            for s, o in graph.subject_objects(URIRef(slot["slot_uri"])):
                if isinstance(o, URIRef) and str(o) not in typed:
                    curie = model.converter.compress(str(o)) or str(o)
                    problems.append(
                        Problem(
                            name,
                            None,
                            model.converter.compress(str(s)) or str(s),
                            slot_name,
                            "FLD-REF-DANGLING",
                            "references",
                            f"{curie} is not a typed node of the graph",
                        )
                    )
    pairs = disjoint_pairs(Graph().parse(layout.owl_ttl, format="turtle"))
    for node in set(graph.subjects(RDF.type, None)):
        types = sorted({t for t in graph.objects(node, RDF.type) if t in class_iris}, key=str)
        for i, a in enumerate(types):
            for b in types[i + 1 :]:
                if frozenset((a, b)) in pairs:
                    curie = model.converter.compress(str(node)) or str(node)
                    problems.append(
                        Problem(
                            name,
                            None,
                            curie,
                            "id",
                            "FLD-REF-DISJOINT",
                            "references",
                            f"{curie} is typed {str(a).rsplit('/', 1)[-1]} and "
                            f"{str(b).rsplit('/', 1)[-1]}, which are disjoint",
                        )
                    )
    return sorted(set(problems), key=lambda p: (p.record or "", p.slot or "", p.message))
