"""The flat tables: one row per claim and per entity, stable documented columns, byte-stable TSV."""

from __future__ import annotations

import csv

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

import firesld
from firesld.model import Model
from firesld.records import NOT_ENTITY_CLASSES, get_release_records
from firesld.table_export import (
    CLAIM_COLUMNS,
    ENTITY_COLUMNS,
    TABLE_FILES,
    Column,
    format_tsv,
    serialize_tables,
)
from tests.constants import LAYOUT

EXPORTS = LAYOUT.exports_dir
CLAIM = URIRef("https://w3id.org/firesld/vocab/Claim")


def _read(name: str) -> list[dict[str, str]]:
    """Read a committed table as a TSV without quoting (as pandas ``quoting=3`` does)."""
    with (EXPORTS / TABLE_FILES[name]).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def graph() -> Graph:
    """Parse the committed release."""
    return Graph().parse(LAYOUT.release_nt, format="nt")


def test_claim_table_has_one_row_per_claim(graph: Graph) -> None:
    """Each claim node of the release is one row, and each row one claim node."""
    rows = _read("claims")
    nodes = {str(n) for n in graph.subjects(RDF.type, CLAIM)}
    ids = [row["id"] for row in rows]
    assert len(rows) == len(nodes) > 200
    assert len(set(ids)) == len(ids)
    expanded = {"https://w3id.org/firesld/claim/" + i.removeprefix("firesld.claim:") for i in ids}
    assert expanded == nodes


def test_entity_table_has_one_row_per_entity(graph: Graph, model: Model) -> None:
    """Each node typed with an entity class of the schema is one row."""
    classes = {
        URIRef(c["class_uri"]) for n, c in model.classes.items() if n not in NOT_ENTITY_CLASSES
    }
    nodes = {
        str(s)
        for s, o in graph.subject_objects(RDF.type)
        if o in classes and not str(s).startswith("https://w3id.org/firesld/vocab/")
    }
    rows = _read("entities")
    assert {row["iri"] for row in rows} == nodes
    assert len(rows) == len(nodes)


@pytest.mark.parametrize(
    ("name", "columns"), [("entities", ENTITY_COLUMNS), ("claims", CLAIM_COLUMNS)]
)
def test_header_is_the_documented_columns(name: str, columns: tuple[Column, ...]) -> None:
    """The header is the column list, in order, and every column is described in exports/README."""
    header = (EXPORTS / TABLE_FILES[name]).read_text(encoding="utf-8").splitlines()[0]
    assert header.split("\t") == [c.name for c in columns]
    readme = (EXPORTS / "README.md").read_text(encoding="utf-8").splitlines()
    for column in columns:
        row = f"| `{column.name}` | {'yes' if column.multivalued else ''} | {column.description} |"
        assert row in readme, f"exports/README.md should document {column.name}: {row}"


@pytest.mark.parametrize("name", ["entities", "claims"])
def test_rows_are_sorted_and_one_line_each(name: str) -> None:
    """Rows are sorted by id, and every line has one cell per column."""
    path = EXPORTS / TABLE_FILES[name]
    lines = path.read_text(encoding="utf-8").splitlines()
    width = len(lines[0].split("\t"))
    assert all(len(line.split("\t")) == width for line in lines)
    ids = [line.split("\t", 1)[0] for line in lines[1:]]
    assert ids == sorted(ids)


def test_committed_tables_are_what_the_release_graph_gives(graph: Graph, model: Model) -> None:
    """The committed TSV files are the serialisation of the committed release graph's records."""
    for file_name, content in serialize_tables(get_release_records(graph, model)).items():
        assert (EXPORTS / file_name).read_bytes() == content, file_name


def test_api_tables_are_the_committed_tables() -> None:
    """``firesld.tables()`` written as TSV gives the committed files byte for byte."""
    tables = firesld.tables()
    for name, columns in (("entities", ENTITY_COLUMNS), ("claims", CLAIM_COLUMNS)):
        text = (EXPORTS / TABLE_FILES[name]).read_text(encoding="utf-8")
        assert format_tsv(tables[name], columns) == text


def test_claim_rows_keep_hedging_negation_and_citations() -> None:
    """A hedged claim, a negated claim and a cited one read as the data states them."""
    rows = {row["id"]: row for row in _read("claims")}
    hedged = [row for row in rows.values() if row["certainty"] == "hedged"]
    assert hedged
    assert all(row["knowledge_level"] == "prediction" and row["hedge_cue"] for row in hedged)
    negated = [row for row in rows.values() if row["negated"] == "true"]
    assert negated
    assert {row["negated"] for row in rows.values()} == {"true", "false"}
    cited = [row for row in rows.values() if row["reference_string"]]
    for row in cited:
        numbers = [int(n) for n in row["reference_numbers"].split("|")]
        assert numbers == sorted(numbers)
        assert all(1 <= n <= 39 for n in numbers)
    row = rows["firesld.claim:s2.1-01"]
    assert row["subject_label"] and row["object_label"]
    assert row["predicate"] == "biolink:subclass_of"
    # the sentence prints no citation: a non-traceable author statement
    assert row["evidence"] == "ECO:0000303"
    assert (
        row["evidence_label"]
        == "author statement without traceable support used in manual assertion"
    )
    cited_row = rows["firesld.claim:intro-08"]  # [1-4]
    assert cited_row["evidence"] == "ECO:0000033"
    assert cited_row["evidence_label"] == "author statement supported by traceable reference"


def test_quantity_columns() -> None:
    """A quantity claim has no object and keeps the printed text, bounds and unit."""
    row = next(r for r in _read("claims") if r["id"] == "firesld.claim:intro-07")
    assert row["object"] == ""
    assert row["quantity_text"] == "9%~18%"
    assert (row["quantity_minimum"], row["quantity_maximum"], row["quantity_unit"]) == (
        "9",
        "18",
        "%",
    )


def test_tsv_is_byte_stable(graph: Graph, model: Model) -> None:
    """Two serialisations of the same graph give the same bytes."""
    first = serialize_tables(get_release_records(graph, model))
    second = serialize_tables(get_release_records(graph, model))
    assert first == second
