"""Validation: each invalid fixture gives its declared error code, check, record and slot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from firesld.data import Record, read_records
from firesld.model import Model
from firesld.problems import CHECKS
from firesld.rdfio import RDF_SUFFIXES
from firesld.validate import (
    SHACL_ENGINES,
    ValidationReport,
    validate_rdf_file,
    validate_records,
)
from tests.constants import INVALID, LAYOUT

FIXTURES = sorted(p for p in INVALID.iterdir() if p.suffix in {".yaml", ".ttl", ".nt", ".jsonld"})
_EXPECT = re.compile(r"^(?:# expect: )?(\S+) (\S+) (\S+) (\S+)$", re.MULTILINE)


def _expectation(path: Path) -> tuple[str, str, str | None, str | None]:
    """Read the fixture's ``# expect: CODE CHECK RECORD SLOT`` header, or its ``.expect`` file."""
    sidecar = path.with_name(path.name + ".expect")
    if sidecar.is_file():
        text = sidecar.read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8").splitlines()[0]
    match = _EXPECT.search(text)
    assert match, f"{path.name} declares no expected problem"
    code, check, record, slot = match.groups()
    return code, check, None if record == "-" else record, None if slot == "-" else slot


def _checks_for(check: str) -> list[str]:
    """Run the reasoner only for fixtures about it (it needs a JVM and takes seconds)."""
    return [c for c in CHECKS if c != "owl" or check == "owl"]


def _validate_fixture(path: Path, model: Model) -> ValidationReport:
    """Validate one fixture as a user would: YAML against the package data, RDF on its own."""
    check = _expectation(path)[1]
    if path.suffix in RDF_SUFFIXES:
        return validate_rdf_file(path, model, layout=LAYOUT, checks=_checks_for(check))
    context, _ = read_records(sorted(LAYOUT.data_dir.rglob("*.yaml")), model)
    records, parse_problems = read_records([path], model, display_root=INVALID)
    return validate_records(
        records,
        model,
        parse_problems=parse_problems,
        layout=LAYOUT,
        context=context,
        checks=_checks_for(check),
    )


def test_there_are_invalid_fixtures_for_every_check() -> None:
    """At least 30 fixtures, covering all seven checks (a parametrised test over nothing passes)."""
    assert len(FIXTURES) >= 30
    assert {_expectation(p)[1] for p in FIXTURES} == set(CHECKS)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_invalid_fixture_is_rejected_with_its_code(path: Path, model: Model) -> None:
    """The fixture does not conform, and the declared problem is among those reported."""
    code, check, record, slot = _expectation(path)
    report = _validate_fixture(path, model)
    assert not report.conforms
    found = [(p.code, p.check, p.record, p.slot, Path(p.file).name) for p in report.problems]
    where = path.name if check not in ("owl", "qc") else "<graph>"
    assert (code, check, record, slot, where) in found, found


def test_shape_coverage_is_complete(model: Model) -> None:
    """Shape coverage is computed, not listed.

    The SHACL results over the invalid fixtures come from every hand-written shape and from every
    constraint component the generated shapes use.
    """
    from rdflib import Graph
    from rdflib.namespace import RDF, SH

    shapes_extra = Graph().parse(LAYOUT.shacl_extra, format="turtle")
    shapes_generated = Graph().parse(LAYOUT.shacl, format="turtle")
    hand_written = set(shapes_extra.subjects(RDF.type, SH.NodeShape))
    parent = {prop: node for node, prop in shapes_extra.subject_objects(SH.property)}
    parameters = {
        "minCount",
        "maxCount",
        "datatype",
        "class",
        "in",
        "pattern",
        "nodeKind",
        "closed",
        "minInclusive",
        "maxInclusive",
        "uniqueLang",
        "languageIn",
        "maxLength",
        "minLength",
    }
    used = {
        str(p).rsplit("#", 1)[-1]
        for p in shapes_generated.predicates()
        if str(p).startswith(str(SH))
    } & parameters
    components = {f"{name[0].upper()}{name[1:]}ConstraintComponent" for name in used}
    sources: set[object] = set()
    seen_components: set[str] = set()
    for path in FIXTURES:
        if _expectation(path)[1] != "shacl":
            continue
        results = _validate_fixture(path, model).shacl_results
        assert results is not None, path.name
        for result in results.subjects(RDF.type, SH.ValidationResult):
            shape = results.value(result, SH.sourceShape)
            sources.add(parent.get(shape, shape))  # type: ignore[arg-type]
            component = results.value(result, SH.sourceConstraintComponent)
            seen_components.add(str(component).rsplit("#", 1)[-1])
    assert len(components) >= 10
    assert components - seen_components == set()
    assert {str(s) for s in hand_written} - {str(s) for s in sources} == set()


def test_curated_data_conforms(model: Model) -> None:
    """The package's own curated data passes every check."""
    records, parse_problems = read_records(
        sorted(LAYOUT.data_dir.rglob("*.yaml")), model, display_root=LAYOUT.root
    )
    report = validate_records(records, model, parse_problems=parse_problems, layout=LAYOUT)
    assert [p.render() for p in report.problems if p.severity == "error"] == []
    assert report.conforms


def test_shape_rejects_gene_in_the_wrong_namespace(model: Model) -> None:
    """The hand-written IRI shape names the rule a Gene node in the MONDO namespace breaks."""
    from rdflib import Graph

    from firesld.validate import check_shacl

    ttl = """
    @prefix firesld: <https://w3id.org/firesld/vocab/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <http://purl.obolibrary.org/obo/MONDO_0015584> a firesld:Gene ;
        rdfs:label "febrile infection-related epilepsy syndrome"@en .
    """
    problems, _ = check_shacl(Graph().parse(data=ttl, format="turtle"), model, LAYOUT)
    messages = [p.message for p in problems]
    assert any(m.startswith("a Gene must be identified by its HGNC IRI") for m in messages)


def test_symbol_used_as_hgnc_id_suggests_the_real_id(model: Model) -> None:
    """``HGNC:IL1B`` suggests HGNC:5992 (from the curated symbol), never digits pulled from it."""
    own = sorted(LAYOUT.data_dir.rglob("*.yaml"))
    context, _ = read_records(own, model)
    path = INVALID / "bad-hgnc-local-id.yaml"
    records, _ = read_records([path], model, display_root=INVALID)
    report = validate_records(records, model, layout=LAYOUT, context=context)
    fixes = [p.fix for p in report.problems if p.code == "FLD-ID-PATTERN"]
    assert fixes == ["HGNC ids are not symbols: did you mean HGNC:5992?"]


def test_short_mondo_id_suggests_the_padded_one(model: Model) -> None:
    """``MONDO:15584`` suggests MONDO:0015584."""
    from firesld.data import Record
    from firesld.validate import check_curie

    record = Record("Disease", {"id": "MONDO:15584"}, "x.yaml", 1)
    [problem] = check_curie(model, "MONDO:15584", record=record, slot="id")
    assert problem.fix == "did you mean MONDO:0015584?"


#: The checks up to SHACL (the engines are compared on these; OWL and QC do not depend on them).
_UP_TO_SHACL = ["parse", "schema", "identifiers", "references", "shacl"]


@pytest.fixture(scope="module")
def package_records(model: Model) -> list[Record]:
    """Read the package's curated records (the context YAML fixtures are validated against)."""
    records, _ = read_records(sorted(LAYOUT.data_dir.rglob("*.yaml")), model)
    return records


@pytest.mark.parametrize("path", [None, *FIXTURES], ids=lambda p: p.name if p else "curated-data")
def test_shacl_engines_give_the_same_report(
    path: Path | None, model: Model, package_records: list[Record]
) -> None:
    """pyshacl-turbo (the default engine) reports exactly what pySHACL reports, message included.

    Run on the curated data and on every invalid fixture, whichever check the fixture is about.
    """
    reports = {}
    for engine in SHACL_ENGINES:
        if path is None:
            report = validate_records(
                package_records, model, layout=LAYOUT, checks=_UP_TO_SHACL, shacl_engine=engine
            )
        elif path.suffix in RDF_SUFFIXES:
            report = validate_rdf_file(
                path, model, layout=LAYOUT, checks=_UP_TO_SHACL, shacl_engine=engine
            )
        else:
            records, parse_problems = read_records([path], model, display_root=INVALID)
            report = validate_records(
                records,
                model,
                parse_problems=parse_problems,
                layout=LAYOUT,
                context=package_records,
                checks=_UP_TO_SHACL,
                shacl_engine=engine,
            )
        assert "shacl" in report.checks_run or path is not None
        reports[engine] = [p for p in report.problems if p.check == "shacl"]
    assert reports["turbo"] == reports["pyshacl"]
    if path is not None and _expectation(path)[1] == "shacl":
        assert reports["turbo"], "a SHACL fixture with no SHACL problem compares nothing"


def test_shacl_message_comes_from_the_constraint(model: Model) -> None:
    """A result of a shape without sh:message names the parameter the value broke."""
    report = validate_rdf_file(
        INVALID / "shacl-reference-number-too-high.ttl", model, layout=LAYOUT, checks=_UP_TO_SHACL
    )
    messages = [p.message for p in report.problems if p.code == "FLD-SHACL-MAXINCLUSIVE"]
    assert messages == ["value is greater than 39 (value: 40)"]


def test_unknown_shacl_engine_is_refused(model: Model) -> None:
    """A misspelt engine is an error naming the engines, not a silent fallback."""
    from rdflib import Graph

    from firesld.validate import check_shacl

    with pytest.raises(ValueError, match="turbo, pyshacl"):
        check_shacl(Graph(), model, LAYOUT, engine="pyshacl-turbo")
