"""Validation: each invalid fixture gives its declared error code, check, record and slot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from firesld.data import read_records
from firesld.model import Model
from firesld.validate import validate_records
from tests.constants import INVALID, LAYOUT

FIXTURES = sorted(INVALID.glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: (\S+) (\S+) (\S+) (\S+)$", re.MULTILINE)


def _expectation(path: Path) -> tuple[str, str, str | None, str | None]:
    """Read the ``# expect: CODE CHECK RECORD SLOT`` header of a fixture."""
    match = _EXPECT.search(path.read_text(encoding="utf-8"))
    assert match, f"{path.name} has no '# expect:' header"
    code, check, record, slot = match.groups()
    return code, check, None if record == "-" else record, None if slot == "-" else slot


def test_there_are_invalid_fixtures() -> None:
    """The fixture folder is not empty (a parametrised test over nothing would pass vacuously)."""
    assert len(FIXTURES) >= 12


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_invalid_fixture_is_rejected_with_its_code(path: Path, model: Model) -> None:
    """The fixture does not conform, and the declared problem is among those reported."""
    code, check, record, slot = _expectation(path)
    own = sorted(LAYOUT.data_dir.rglob("*.yaml"))
    context, _ = read_records(own, model)
    records, parse_problems = read_records([path], model, display_root=INVALID)
    report = validate_records(
        records, model, parse_problems=parse_problems, layout=LAYOUT, context=context
    )
    assert not report.conforms
    found = [(p.code, p.check, p.record, p.slot, p.file) for p in report.problems]
    assert (code, check, record, slot, path.name) in found, found


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
