"""The generated artefacts: drift against the schema, byte stability, the ontology header."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from firesld.constants import ONTOLOGY_IRI, Layout
from firesld.generate import check_generated, generate_artifacts
from firesld.model import Model
from firesld.rdfio import isomorphic
from firesld.version import RELEASE_DATE, VERSION
from tests.constants import LAYOUT

pytest.importorskip("linkml")


@pytest.fixture(scope="module")
def artifacts() -> dict[str, bytes]:
    """Generate every artefact from the schema alone, once for the module."""
    return generate_artifacts(LAYOUT.schema)


def test_committed_artifacts_match_the_schema(artifacts: dict[str, bytes]) -> None:
    """Every committed generated file is what the schema generates (the drift check)."""
    assert check_generated(LAYOUT, artifacts) == []


def test_generation_is_byte_stable(artifacts: dict[str, bytes]) -> None:
    """Generating twice gives the same bytes."""
    assert generate_artifacts(LAYOUT.schema) == artifacts


@pytest.mark.parametrize(
    "rel",
    ["ontology/firesld.owl.ttl", "shapes/firesld.shacl.ttl", "shapes/firesld-consumer.shacl.ttl"],
)
def test_drift_check_catches_a_changed_graph(
    artifacts: dict[str, bytes], checkout: Layout, rel: str
) -> None:
    """The meta-test: a committed file with one triple changed is reported as drift."""
    path = checkout.root / rel
    graph = Graph().parse(path, format="turtle")
    graph.add((URIRef("https://w3id.org/firesld/vocab/Sneaky"), RDFS.label, Literal("x")))
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    problems = check_generated(checkout, artifacts)
    assert problems == [f"{rel}: differs from what the schema generates (run `firesld generate`)"]


def test_consumer_profile_follows_the_hand_written_shapes(checkout: Layout) -> None:
    """Editing shapes/firesld-extra.shacl.ttl changes the consumer profile: drift is reported."""
    extra = checkout.shacl_extra
    text = extra.read_text(encoding="utf-8")
    assert "fx:QuantityUcum a sh:NodeShape" in text
    extra.write_text(
        text.replace("fx:QuantityUcum a sh:NodeShape", "fx:QuantityUcum2 a sh:NodeShape")
    )
    problems = check_generated(checkout, generate_artifacts(checkout.schema))
    assert problems == [
        "shapes/firesld-consumer.shacl.ttl: differs from what the schema generates "
        "(run `firesld generate`)"
    ]


def test_drift_check_accepts_a_reserialised_graph(
    artifacts: dict[str, bytes], checkout: Layout
) -> None:
    """Bytes may differ when the graph is the same (another serialiser): not drift."""
    path = checkout.root / "ontology/firesld.owl.ttl"
    graph = Graph().parse(path, format="turtle")
    path.write_text(graph.serialize(format="nt"), encoding="utf-8")
    assert check_generated(checkout, artifacts) == []


def test_drift_check_catches_a_changed_model(artifacts: dict[str, bytes], checkout: Layout) -> None:
    """A hand edit of the generated model.json is drift."""
    path = checkout.model_json
    path.write_text(path.read_text(encoding="utf-8").replace('"asserted"', '"asserted "', 1))
    assert check_generated(checkout, artifacts) == [
        "src/firesld/datamodel/model.json: differs from what the schema generates "
        "(run `firesld generate`)"
    ]


@pytest.fixture(scope="module")
def owl() -> Graph:
    """Parse the committed ontology."""
    return Graph().parse(LAYOUT.owl_ttl, format="turtle")


def test_ontology_header_is_complete(owl: Graph) -> None:
    """IRI, versionIRI, licence as an IRI, title, description, created and versionInfo are set."""
    ont = URIRef(ONTOLOGY_IRI)
    assert (ont, RDF.type, OWL.Ontology) in owl
    assert owl.value(ont, OWL.versionIRI) == URIRef(
        f"https://w3id.org/firesld/releases/{VERSION}/firesld.owl"
    )
    assert owl.value(ont, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(owl.value(ont, DCTERMS.created)) == RELEASE_DATE
    assert str(owl.value(ont, OWL.versionInfo)) == VERSION
    assert "IL-1β/IL-1R1" in str(owl.value(ont, DCTERMS.title))
    assert len(str(owl.value(ont, DCTERMS.description))) > 100


def test_every_class_has_label_definition_and_biolink_mapping(owl: Graph, model: Model) -> None:
    """Each schema class (but the abstract root) has a label, a definition and a Biolink mapping."""
    assert len(model.classes) >= 19
    for name, cls in model.classes.items():
        uri = URIRef(cls["class_uri"])
        assert owl.value(uri, RDFS.label) is not None, name
        assert owl.value(uri, SKOS.definition) is not None, name
        if name in ("Quantity", "TextSelector"):
            continue  # a number; the abstract parent of the text selectors
        mappings = [str(m) for m in owl.objects(uri, SKOS.exactMatch)]
        if name == "TextAnchor" or "TextSelector" in model.ancestors(name):
            # text anchors are W3C Web Annotation things, not Biolink ones
            assert any(m.startswith("http://www.w3.org/ns/oa#") for m in mappings), name
            continue
        assert any(m.startswith("https://w3id.org/biolink/vocab/") for m in mappings), name


def test_ontology_says_nothing_about_other_vocabularies(owl: Graph) -> None:
    """Another vocabulary's term is only declared (OWL 2 DL needs it), never described.

    No label, range, subclass or other axiom about a Biolink, SKOS, Dublin Core or Web Annotation
    term (no ontology hijacking): only its declaration as a class, object, datatype or annotation
    property.
    """
    declarations = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    foreign = [
        (s, p, o)
        for s, p, o in owl
        if isinstance(s, URIRef) and not str(s).startswith("https://w3id.org/firesld/")
    ]
    assert foreign
    assert [t for t in foreign if t[1] != RDF.type or t[2] not in declarations] == []
    declared = {s: o for s, _p, o in foreign}
    assert declared[URIRef("https://w3id.org/biolink/vocab/treats")] == OWL.ObjectProperty
    assert declared[URIRef("https://w3id.org/biolink/vocab/Gene")] == OWL.Class
    assert declared[SKOS.definition] == OWL.AnnotationProperty
    assert declared[URIRef("http://www.w3.org/ns/oa#exact")] == OWL.DatatypeProperty


def test_entity_classes_are_disjoint(owl: Graph) -> None:
    """The disjointness gen-owl drops is there: Gene, Disease, ChemicalEntity ... pairwise."""
    axioms = list(owl.subjects(RDF.type, OWL.AllDisjointClasses))
    assert len(axioms) == 1
    head = owl.value(axioms[0], OWL.members)
    assert head is not None
    members = {str(m).rsplit("/", 1)[-1] for m in owl.items(head)}
    assert {"Gene", "Disease", "ChemicalEntity", "GeneProduct", "CellType"} <= members
    assert "Drug" not in members  # a Drug is a ChemicalEntity
    claim = URIRef("https://w3id.org/firesld/vocab/Claim")
    assert (claim, OWL.disjointWith, URIRef("https://w3id.org/firesld/vocab/NamedThing")) in owl


def test_rdfxml_parses_to_the_same_graph(owl: Graph) -> None:
    """The RDF/XML ontology is the Turtle one."""
    assert isomorphic(owl, Graph().parse(Path(LAYOUT.owl_xml), format="xml"))


def test_a_schema_that_is_not_yaml_is_one_line_naming_file_and_line(tmp_path: Path) -> None:
    """A broken schema is a SchemaError naming the file and the line, not an unexpected error."""
    from firesld.errors import SchemaError

    schema = tmp_path / "firesld.yaml"
    schema.write_text("id: https://example.org/x\nname: x\nclasses:\n  Foo: [\n", encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        generate_artifacts(schema)
    text = str(caught.value)
    assert text.startswith(f"{schema}: not valid YAML: ")
    assert "line 5" in text and "\n" not in text
