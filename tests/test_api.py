"""The Python API: the release graph, typed records, filters, errors and tables, from the package."""

from __future__ import annotations

import doctest
import re
from decimal import Decimal
from typing import Any

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

import firesld
import firesld.api
import firesld.kgx
import firesld.records
import firesld.table_export
from firesld.data import data_files, read_records
from firesld.datamodel import firesld_pydantic
from firesld.errors import FiresldError
from firesld.model import Model
from tests.constants import LAYOUT, REPO

CLAIM = URIRef("https://w3id.org/firesld/vocab/Claim")


@pytest.mark.parametrize(
    "module",
    [firesld.api, firesld.records, firesld.table_export, firesld.kgx],
    ids=lambda m: m.__name__,
)
def test_docstring_examples_run(module: Any) -> None:
    """Every ``>>>`` example in the API, records, tables and KGX modules gives what it shows."""
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0


def test_readme_python_api_example_runs() -> None:
    """The ``pycon`` examples of the README's "Python API" section give the output they show."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```pycon\n(.*?)```", section, flags=re.DOTALL)
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md Python API #{number}", "README.md", 0)
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_package_exports_the_api() -> None:
    """``import firesld`` gives the API functions (no submodule shadows them), in ``__all__``."""
    for name in ("load_graph", "get", "get_claim", "claims", "tables", "NotFoundError"):
        assert name in firesld.__all__
        assert getattr(firesld, name) is getattr(firesld.api, name)
    assert callable(firesld.tables)


def test_load_graph_is_the_release_and_is_read_once() -> None:
    """The graph is the release's N-Triples, parsed once per process."""
    graph = firesld.load_graph()
    assert isinstance(graph, Graph)
    assert firesld.load_graph() is graph
    committed = Graph().parse(LAYOUT.release_nt, format="nt")
    assert len(graph) == len(committed)


def test_get_accepts_curie_and_iri() -> None:
    """An entity is found by its CURIE and by its IRI, as the generated pydantic class."""
    by_curie = firesld.get("HGNC:6000")
    by_iri = firesld.get("http://identifiers.org/hgnc/6000")
    assert by_curie == by_iri
    assert isinstance(by_curie, firesld_pydantic.Gene)
    assert isinstance(by_curie, firesld_pydantic.NamedThing)
    assert by_curie.symbol == "IL1RN"
    assert by_curie.label_zh == ["白介素-1受体拮抗剂基因"]
    assert by_curie.exact_matches == ["NCBIGene:3557"]


def test_get_returns_a_copy() -> None:
    """Changing a returned record changes nothing for the next caller."""
    gene = firesld.get("HGNC:6000")
    gene.label = ["changed"]
    assert firesld.get("HGNC:6000").label == ["interleukin 1 receptor antagonist"]


def test_get_unknown_id_raises_not_found_with_suggestions() -> None:
    """An id the release lacks raises NotFoundError, a FiresldError and a LookupError."""
    with pytest.raises(firesld.NotFoundError) as info:
        firesld.get("MONDO:0015585")
    error = info.value
    assert isinstance(error, FiresldError)
    assert isinstance(error, LookupError)
    assert error.exit_code == 1
    assert error.key == "MONDO:0015585"
    assert "MONDO:0015584" in error.suggestions
    assert str(error).startswith("MONDO:0015585: no entity with this id in the release")


def test_get_does_not_return_claims_or_vocabulary() -> None:
    """Claim ids and firesld's own vocabulary terms are not entities."""
    with pytest.raises(firesld.NotFoundError):
        firesld.get("firesld.claim:s2.1-01")
    with pytest.raises(firesld.NotFoundError):
        firesld.get("firesld:Gene")


def test_get_claim() -> None:
    """A claim is found by its CURIE or IRI; an unknown one raises NotFoundError."""
    claim = firesld.get_claim("https://w3id.org/firesld/claim/s2.1-01")
    assert isinstance(claim, firesld_pydantic.Claim)
    assert claim.id == "firesld.claim:s2.1-01"
    assert claim.stated_in == "firesld.pub:review"
    with pytest.raises(firesld.NotFoundError):
        firesld.get_claim("firesld.claim:s9-99")


def test_claims_without_filter_are_every_claim_of_the_graph() -> None:
    """``claims()`` returns one record per claim node of the release, sorted by id."""
    records = firesld.claims()
    nodes = set(firesld.load_graph().subjects(RDF.type, CLAIM))
    assert len(records) == len(nodes) > 200
    ids = [c.id for c in records]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_claims_filters_accept_names_curies_and_iris() -> None:
    """A predicate or evidence type may be the schema's name, a CURIE or an IRI."""
    by_name = firesld.claims(predicate="treats")
    assert by_name
    assert by_name == firesld.claims(predicate="biolink:treats")
    assert by_name == firesld.claims(predicate="https://w3id.org/biolink/vocab/treats")
    assert firesld.claims(evidence="ECO:0000179") == firesld.claims(evidence="animal_model")
    half_lives = firesld.claims(predicate="firesld:has_half_life")
    assert half_lives
    assert all(c.object is None for c in half_lives)
    assert "t1-anakinra-02" in {c.id.split(":")[1] for c in half_lives}


def test_claims_filters_combine() -> None:
    """Every filter given must hold; hedged claims carry the prediction knowledge level."""
    hedged = firesld.claims(subject="CHEBI:231683", object="MONDO:0015584", certainty="hedged")
    assert hedged
    for claim in hedged:
        assert claim.subject == "CHEBI:231683"
        assert claim.object == "MONDO:0015584"
        assert claim.certainty == "hedged"
        assert claim.knowledge_level == "prediction"
        assert claim.hedge_cue


@pytest.mark.parametrize(
    ("filters", "key"),
    [
        ({"subject": "HGNC:60000"}, "HGNC:60000"),
        ({"object": "MONDO:0015585"}, "MONDO:0015585"),
        ({"predicate": "cures"}, "cures"),
        ({"certainty": "maybe"}, "maybe"),
        ({"evidence": "ECO:0000000"}, "ECO:0000000"),
    ],
)
def test_claims_unknown_filter_value_raises(filters: dict[str, str], key: str) -> None:
    """A filter naming something the release does not have raises NotFoundError."""
    with pytest.raises(firesld.NotFoundError) as info:
        firesld.claims(**filters)
    assert info.value.key == key


def test_bad_predicate_lists_the_predicates() -> None:
    """The error for an unknown predicate says which ones exist."""
    with pytest.raises(firesld.NotFoundError, match=r"use one of: .*treats"):
        firesld.claims(predicate="cures")


def _expected(model: Model, value: Any, slot: dict[str, Any]) -> Any:
    """Normalise a curated YAML value the way a record read from the graph holds it."""
    if isinstance(value, list):
        return sorted((_expected(model, v, slot) for v in value), key=str)
    if isinstance(value, dict):
        slots = model.classes[slot["range"]]["slots"]
        return {k: _expected(model, v, slots[k]) for k, v in value.items()}
    is_reference = slot["kind"] == "class" or str(slot["datatype"]).endswith("anyURI")
    if is_reference:
        return model.converter.standardize_curie(str(value)) or value
    if str(slot["datatype"]).endswith("decimal"):
        return Decimal(str(value))
    if isinstance(value, str) and slot["language"] and "\n" in value:
        return " ".join(value.split())
    return value


def test_records_from_the_graph_round_trip_the_curated_data(model: Model) -> None:
    """Every slot of every curated record reads back from the release graph with its value."""
    records, problems = read_records(data_files(LAYOUT), model)
    assert problems == []
    claims = {c.id: c for c in firesld.claims()}
    for record in records:
        assert record.id is not None
        cls = model.classes[record.class_name]
        if record.class_name == "Claim":
            typed: Any = claims[record.id]
        else:
            typed = firesld.get(record.id)
        assert type(typed).__name__ == record.class_name
        dumped = typed.model_dump(exclude_none=True)
        for name, value in record.values.items():
            slot = cls["slots"][name]
            if slot["multivalued"] and not isinstance(value, list):
                value = [value]
            got = dumped.get(name)
            got = sorted(got, key=str) if isinstance(got, list) else got
            assert got == _expected(model, value, slot), f"{record.id}.{name}"


def test_tables_rows_have_the_documented_columns() -> None:
    """``tables()`` gives one dict per row, keys in column order, plain Python values."""
    result = firesld.tables()
    assert set(result) == {"entities", "claims"}
    columns = {
        "entities": [c.name for c in firesld.table_export.ENTITY_COLUMNS],
        "claims": [c.name for c in firesld.table_export.CLAIM_COLUMNS],
    }
    scalars = (str, int, float, bool, type(None))
    for name, rows in result.items():
        assert rows
        for row in rows:
            assert list(row) == columns[name]
            for value in row.values():
                items = value if isinstance(value, list) else [value]
                assert all(isinstance(v, scalars) for v in items)


def test_tables_returns_a_copy() -> None:
    """Changing the returned rows changes nothing for the next caller."""
    first = firesld.tables()
    first["claims"][0]["certainty"] = "changed"
    first["claims"].clear()
    again = firesld.tables()
    assert again["claims"][0]["certainty"] in ("asserted", "hedged")
