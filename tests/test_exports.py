"""The release files: one graph in five syntaxes, named graphs, an outside parser, VoID, examples."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from firesld.constants import (
    CLAIMS_GRAPH,
    DATA_GRAPH,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
    SPARQL_EXAMPLES_NS,
)
from firesld.export import EXPORT_FORMATS, GRAPH_NAMES
from firesld.queries import list_queries
from firesld.rdfio import isomorphic
from tests.constants import LAYOUT

EXPORTS = LAYOUT.exports_dir
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SPEX = Namespace("https://purl.expasy.org/sparql-examples/ontology#")
FIRESLD = "https://w3id.org/firesld/vocab/"
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")

#: The RDF files of the release and the rapper parser that reads each.
RAPPER_PARSERS = {
    "firesld.ttl": "turtle",
    "firesld.nt": "ntriples",
    "firesld.trig": "trig",
    "firesld.nq": "nquads",
}


def _path(name: str) -> Path:
    """Return the committed export file of a format name."""
    return EXPORTS / EXPORT_FORMATS[name].file_name


@pytest.fixture(scope="module")
def nt_graph() -> Graph:
    """Parse the N-Triples export (the canonical form)."""
    return Graph().parse(_path("ntriples"), format="nt")


@pytest.fixture(scope="module")
def quads() -> list[ox.Quad]:
    """Parse the N-Quads export with pyoxigraph."""
    return list(ox.parse(path=str(_path("nquads")), format=ox.RdfFormat.N_QUADS))


def _union(path: Path, fmt: str) -> Graph:
    """Parse a quad file and return the union of its graphs as one rdflib graph."""
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def test_all_five_syntaxes_parse_to_the_same_graph(nt_graph: Graph) -> None:
    """Turtle, N-Triples, JSON-LD, TriG (union of graphs) and N-Quads are isomorphic."""
    assert len(nt_graph) > 1000
    others = {
        "turtle": Graph().parse(_path("turtle"), format="turtle"),
        "jsonld": Graph().parse(_path("jsonld"), format="json-ld"),
        "trig": _union(_path("trig"), "trig"),
        "nquads": _union(_path("nquads"), "nquads"),
    }
    for name, graph in others.items():
        assert isomorphic(graph, nt_graph), f"{name} differs from firesld.nt"


def test_every_triple_is_in_exactly_one_named_graph(nt_graph: Graph, quads: list[ox.Quad]) -> None:
    """The four named graphs partition the release: no triple twice, none missing, no default graph."""
    graphs = Counter(q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode))
    assert set(graphs) == set(GRAPH_NAMES)
    assert sum(graphs.values()) == len(quads), "a quad in the default graph"
    triples = Counter(str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads)
    assert [t for t, n in triples.items() if n > 1] == []
    assert len(triples) == len(nt_graph)


def test_named_graphs_hold_what_they_say(quads: list[ox.Quad]) -> None:
    """Ontology, entity records, claims with quantities and direct edges, and imports go apart."""
    graph_of: dict[tuple[str, str, str], str] = {}
    for q in quads:
        graph_of[(str(q.subject), str(q.predicate), str(q.object))] = str(q.graph_name)[1:-1]
    rdf_type = f"<{RDF.type}>"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    anakinra = "<http://purl.obolibrary.org/obo/CHEBI_231683>"
    fires = "<http://purl.obolibrary.org/obo/MONDO_0015584>"
    claim = "<https://w3id.org/firesld/claim/t1-anakinra-02>"
    expected = {
        (f"<{FIRESLD}Claim>", rdf_type, "<http://www.w3.org/2002/07/owl#Class>"): ONTOLOGY_GRAPH,
        (anakinra, rdf_type, f"<{FIRESLD}Drug>"): DATA_GRAPH,
        # the curated label stays in the data graph, though the import snapshot repeats it
        ("<http://identifiers.org/hgnc/5992>", label, '"interleukin 1 beta"@en'): DATA_GRAPH,
        (claim, rdf_type, f"<{FIRESLD}Claim>"): CLAIMS_GRAPH,
        (f"{claim[:-1]}/quantity>", f"<{FIRESLD}unit>", '"h"'): CLAIMS_GRAPH,
        (anakinra, "<https://w3id.org/biolink/vocab/treats>", fires): CLAIMS_GRAPH,
        (
            "<http://purl.obolibrary.org/obo/ECO_0000179>",
            label,
            '"animal model system study evidence"@en',
        ): IMPORTS_GRAPH,
    }
    for triple, graph in expected.items():
        assert graph_of.get(triple) == graph, triple
    hedged_edge = (
        "<http://purl.uniprot.org/uniprot/P01584>",
        "<https://w3id.org/biolink/vocab/causes>",
        fires,
    )
    assert hedged_edge not in graph_of, "a hedged claim yields no direct edge"


def test_ntriples_and_nquads_are_sorted() -> None:
    """The line formats are sorted line by line (the canonical form for diffs)."""
    for name in ("ntriples", "nquads"):
        lines = _path(name).read_text(encoding="utf-8").splitlines()
        assert lines == sorted(lines), name


def test_trig_prefixes_are_sorted_and_used() -> None:
    """The TriG header lists each prefix once, sorted, and only the ones the body uses."""
    text = _path("trig").read_text(encoding="utf-8")
    head = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert head == sorted(head)
    body = text[text.index("\n<") :]
    for line in head:
        assert f"{line.split()[1]}" in body, line


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) not installed")
@pytest.mark.parametrize(("file_name", "parser"), sorted(RAPPER_PARSERS.items()))
def test_outside_parser_reads_the_release(file_name: str, parser: str, nt_graph: Graph) -> None:
    """Raptor's rapper parses each file without error or warning and counts every triple."""
    run = subprocess.run(
        ["rapper", "--input", parser, "--count", str(EXPORTS / file_name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "error" not in run.stderr.lower() and "warning" not in run.stderr.lower(), run.stderr
    match = re.search(r"returned (\d+) triples", run.stderr)
    assert match is not None, run.stderr
    assert int(match.group(1)) == len(nt_graph)


# ------------------------------------------------------------------------------------ VoID


@pytest.fixture(scope="module")
def void() -> Graph:
    """Parse the dataset description."""
    return Graph().parse(_path("void"), format="turtle")


def _void_conforms(graph: Graph) -> tuple[bool, str]:
    """Validate a dataset description with the hand-written VoID shapes."""
    shapes = Graph().parse(LAYOUT.shacl_void, format="turtle")
    conforms, _, text = validate(graph, shacl_graph=shapes)
    return bool(conforms), str(text)


def test_void_conforms_to_its_shape(void: Graph) -> None:
    """The dataset description passes the hand-written SHACL shapes (HCLS levels)."""
    conforms, text = _void_conforms(void)
    assert conforms, text


def test_void_shape_rejects_a_distribution_without_checksum(void: Graph) -> None:
    """The shape is not vacuous: a distribution without its SHA-256 fails it."""
    broken = Graph()
    for triple in void:
        broken.add(triple)
    dist = next(void.subjects(RDF.type, DCAT.Distribution))
    broken.remove((dist, SPDX.checksum, None))
    conforms, text = _void_conforms(broken)
    assert not conforms
    assert "checksum" in text


def test_void_shape_rejects_another_licence(void: Graph) -> None:
    """The licence must be CC BY 4.0."""
    broken = Graph()
    for s, p, o in void:
        if p == DCTERMS.license:
            o = URIRef("https://creativecommons.org/licenses/by-nc/4.0/")
        broken.add((s, p, o))
    conforms, _ = _void_conforms(broken)
    assert not conforms


def test_void_describes_each_rdf_file_with_its_size_and_sha256(void: Graph) -> None:
    """Each distribution's byte size and SHA-256 are those of the committed file."""
    described = {}
    for dist in void.subjects(RDF.type, DCAT.Distribution):
        url = str(void.value(dist, DCAT.downloadURL))
        name = url.rsplit("/", 1)[-1]
        checksum = void.value(dist, SPDX.checksum)
        described[name] = (
            int(str(void.value(dist, DCAT.byteSize))),
            str(void.value(checksum, SPDX.checksumValue)),
        )
    distributions = {f.file_name for f in EXPORT_FORMATS.values() if f.media_type is not None}
    assert distributions == {
        "firesld.ttl",
        "firesld.nt",
        "firesld.jsonld",
        "firesld.trig",
        "firesld.nq",
    }
    assert set(described) == distributions
    for name, (size, sha256) in described.items():
        content = (EXPORTS / name).read_bytes()
        assert size == len(content), name
        assert sha256 == hashlib.sha256(content).hexdigest(), name


def test_void_never_describes_itself() -> None:
    """The description's own file name appears nowhere in it."""
    assert "firesld.void.ttl" not in _path("void").read_text(encoding="utf-8")


def test_void_counts_match_the_release(void: Graph, nt_graph: Graph) -> None:
    """void:triples is the release's size; the claim partition counts the claims."""
    version = next(void.subjects(DCTERMS.isVersionOf, None))
    assert void.value(version, VOID.triples) == Literal(len(nt_graph))
    claims = len(set(nt_graph.subjects(RDF.type, URIRef(FIRESLD + "Claim"))))
    partition = void.value(version, VOID.classPartition)
    assert void.value(partition, VOID["class"]) == URIRef(FIRESLD + "Claim")
    assert void.value(partition, VOID.entities) == Literal(claims)
    entities = void.value(version, VOID.entities)
    assert isinstance(entities, Literal) and entities.datatype == XSD_INTEGER
    assert 0 < int(entities) < len(nt_graph)
    assert (version, DCTERMS.source, URIRef("https://w3id.org/firesld/publication/review")) in void


# ------------------------------------------------------------------------------------ examples


def test_sparql_examples_publish_every_query() -> None:
    """Each queries/*.rq is an sh:SPARQLExecutable with its comment, text and prefixes."""
    graph = Graph().parse(_path("sparql-examples"), format="turtle")
    prefixes_node = URIRef(SPARQL_EXAMPLES_NS)
    declared = {
        str(graph.value(d, SH.prefix)): str(graph.value(d, SH.namespace))
        for d in graph.objects(prefixes_node, SH.declare)
    }
    examples = list_queries(LAYOUT)
    assert len(examples) >= 15
    for example in examples:
        node = URIRef(SPARQL_EXAMPLES_NS + example.name)
        assert (node, RDF.type, SH.SPARQLExecutable) in graph
        assert (node, RDF.type, SH.SPARQLSelectExecutable) in graph
        assert str(graph.value(node, SH.select)) == example.body
        assert str(graph.value(node, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"))) == (
            example.comment
        )
        assert graph.value(node, SH.prefixes) == prefixes_node
        for name, namespace in example.prefixes.items():
            assert declared.get(name) == namespace, (example.name, name)
        federates = {str(o) for o in graph.objects(node, SPEX.federatesWith)}
        assert federates == set(example.services)
