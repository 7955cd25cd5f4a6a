"""The identifier check: CURIE prefixes and local-id patterns, and the import snapshot."""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from firesld.data import Record, _as_list
from firesld.identifiers import suggest_curie
from firesld.limits import short_repr
from firesld.model import Model
from firesld.problems import Problem
from firesld.validate.report import _CURIE


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
