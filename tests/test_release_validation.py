"""The release holds up under outside tools (issue 14, points 1-3).

- every RDF export passes ``firesld validate``, and pySHACL's own command line (not firesld's
  wrapper) and pyrudof (a second, independent SHACL engine) find it conforming;
- the consumer profile validates the release merged with a hand-written foreign graph (MONDO-,
  Monarch- and Wikidata-style triples on the same ids), and still catches a broken firesld claim;
- the ontology is OWL 2 DL: py-horned-owl opens it, its profile checker accepts the whole release
  (every class and property used is declared), and a non-DL axiom fails validation with a code.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from firesld.cli import main
from firesld.constants import ONTOLOGY_IRI, VOCAB_NS
from firesld.model import Model
from firesld.owldl import check_owl_dl, structural_problems
from tests.constants import LAYOUT, REPO, TESTS

EXPORTS = REPO / "exports"
FOREIGN = TESTS / "data" / "foreign" / "monarch-mondo-wikidata.ttl"
BIN = Path(sys.executable).parent
#: The claim broken in the merged graph: its Chinese sentence is removed.
BROKEN_CLAIM = "https://w3id.org/firesld/claim/abstract-01"
FIRESLD = URIRef(VOCAB_NS)


def _write_nt(triples: Iterable[ox.Triple], path: Path) -> Path:
    """Write triples as N-Triples."""
    path.write_bytes(ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b"")
    return path


def _read(path: Path) -> list[ox.Triple]:
    """Read an RDF file's triples (graph names dropped)."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    assert fmt is not None
    return [q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(path=path, format=fmt)]


def _strict_shapes(tmp_path: Path) -> Path:
    """Write the curation profile (generated + hand-written shapes) as one Turtle file."""
    path = tmp_path / "curation.shacl.ttl"
    path.write_bytes(LAYOUT.shacl.read_bytes() + b"\n" + LAYOUT.shacl_extra.read_bytes())
    return path


def _pyshacl(data: Path, shapes: Path, *, ontology: bool = True) -> str:
    """Run pySHACL's own command line, inference none; return its report."""
    args = [str(BIN / "pyshacl"), "-s", str(shapes), "-i", "none", "-a"]
    if ontology:
        args += ["-e", str(LAYOUT.owl_ttl)]
    run = subprocess.run([*args, str(data)], capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    return run.stdout


def _pyrudof(data: Path, shapes: Path, *, ontology: bool = True) -> list[tuple[str, str]]:
    """Validate with pyrudof (the ontology merged into the data); return (focus, component)."""
    import pyrudof

    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    fmt = {".nt": pyrudof.RDFFormat.NTriples, ".ttl": pyrudof.RDFFormat.Turtle}[data.suffix]
    rudof.read_data(str(data), format=fmt)
    if ontology:
        rudof.read_data(str(LAYOUT.owl_ttl), merge=True)
    rudof.read_shacl(str(shapes))
    report = rudof.validate_shacl()
    return sorted((str(v.focus_node), str(v.constraint_component)) for v in report)


def _merged(tmp_path: Path, *, broken: bool = False) -> Path:
    """Write the release merged with the foreign graph (``broken``: one claim loses its zh text)."""
    triples = _read(EXPORTS / "firesld.nt") + _read(FOREIGN)
    if broken:
        before = len(triples)
        triples = [
            t
            for t in triples
            if not (
                t.subject == ox.NamedNode(BROKEN_CLAIM)
                and t.predicate == ox.NamedNode(VOCAB_NS + "supporting_text")
                and isinstance(t.object, ox.Literal)
                and t.object.language == "zh"
            )
        ]
        assert len(triples) == before - 1
    return _write_nt(triples, tmp_path / ("broken.nt" if broken else "merged.nt"))


# ------------------------------------------------------------------ 1. the release validates


@pytest.mark.parametrize("suffix", ["ttl", "nt", "jsonld", "trig", "nq"])
def test_each_export_passes_firesld_validate(suffix: str) -> None:
    """``firesld validate exports/firesld.<suffix>`` exits 0 with no error and no warning."""
    result = CliRunner().invoke(main, ["validate", str(EXPORTS / f"firesld.{suffix}")])
    assert result.exit_code == 0, result.stderr
    assert "1 file(s): conforms" in result.stdout
    for check in ("parse", "identifiers", "references", "shacl", "owl", "qc"):
        assert f"{check}: 0 error(s), 0 warning(s)" in result.stderr


def test_pyshacl_cli_finds_the_release_conforming(tmp_path: Path) -> None:
    """The pyshacl CLI, shipped shapes, the ontology as ontology graph (-e), inference none."""
    report = _pyshacl(EXPORTS / "firesld.ttl", _strict_shapes(tmp_path))
    assert "Conforms: True" in report, report[:3000]
    report = _pyshacl(EXPORTS / "firesld.ttl", LAYOUT.shacl_consumer)
    assert "Conforms: True" in report, report[:3000]


def test_pyrudof_finds_the_release_conforming(tmp_path: Path) -> None:
    """pyrudof, a second SHACL engine, agrees: no violation with either profile."""
    assert _pyrudof(EXPORTS / "firesld.ttl", _strict_shapes(tmp_path)) == []
    assert _pyrudof(EXPORTS / "firesld.ttl", LAYOUT.shacl_consumer) == []


# ------------------------------------------------------------------ 2. the consumer profile


def test_data_and_claims_without_ontology_conform_to_consumer_profile(tmp_path: Path) -> None:
    """The data and claims graphs alone (no ontology graph) give no sh:class flood."""
    quads = ox.parse(path=EXPORTS / "firesld.nq", format=ox.RdfFormat.N_QUADS)
    keep = {"https://w3id.org/firesld/graph/data", "https://w3id.org/firesld/graph/claims"}
    data = _write_nt(
        (
            q.triple
            for q in quads
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in keep
        ),
        tmp_path / "data-claims.nt",
    )
    report = _pyshacl(data, LAYOUT.shacl_consumer, ontology=False)
    assert "Conforms: True" in report, report[:3000]
    assert _pyrudof(data, LAYOUT.shacl_consumer, ontology=False) == []
    # the curation profile needs the ontology's subclass triples: without them it floods
    strict = _pyshacl(data, _strict_shapes(tmp_path), ontology=False)
    assert "Conforms: False" in strict
    assert "Value does not have class firesld:NamedThing" in strict


def test_merge_with_foreign_graph_conforms_to_consumer_profile(tmp_path: Path) -> None:
    """Release + MONDO/Monarch/Wikidata-style triples: conforms (firesld, pySHACL, pyrudof)."""
    merged = _merged(tmp_path)
    result = CliRunner().invoke(main, ["validate", "--profile", "consumer", str(merged)])
    assert result.exit_code == 0, result.stderr
    # the foreign terms are not declared anywhere: OWL 2 DL tools are told, as warnings
    assert "warning FLD-OWL-UNDECLARED [owl] http://www.wikidata.org/entity/Q7187" in result.stderr
    assert "shacl: 0 error(s), 0 warning(s)" in result.stderr
    assert "Conforms: True" in _pyshacl(merged, LAYOUT.shacl_consumer)
    assert _pyrudof(merged, LAYOUT.shacl_consumer) == []
    # the curation profile refuses the same merge: closed shapes, one label per language
    strict = CliRunner().invoke(main, ["validate", "--no-reason", str(merged)])
    assert strict.exit_code == 1
    assert "HGNC:5992: error FLD-SHACL-CLOSED" in strict.stderr
    assert "MONDO:0015584.label: error FLD-SHACL-LANGUAGEIN" in strict.stderr


def test_broken_claim_in_merge_fails_consumer_profile_on_that_claim(tmp_path: Path) -> None:
    """A claim without its Chinese sentence fails, on that claim only, with each engine."""
    broken = _merged(tmp_path, broken=True)
    result = CliRunner().invoke(
        main, ["validate", "--profile", "consumer", "--no-reason", str(broken)]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error " in line]
    assert errors == [
        f"{broken}: firesld.claim:abstract-01.supporting_text: error FLD-SHACL-QUALIFIEDMINCOUNT "
        "[shacl] supporting_text: the review's Chinese sentence (@zh) is required"
    ]
    report = _pyshacl(broken, LAYOUT.shacl_consumer)
    assert "Conforms: False" in report
    assert "Results (1):" in report
    assert f"Focus Node: <{BROKEN_CLAIM}>" in report
    assert _pyrudof(broken, LAYOUT.shacl_consumer) == [
        (BROKEN_CLAIM, "http://www.w3.org/ns/shacl#QualifiedMinCountConstraintComponent")
    ]


def test_consumer_shapes_are_open_and_list_subclasses() -> None:
    """The consumer profile has no closed shape and needs no ontology for sh:class."""
    shapes = Graph().parse(LAYOUT.shacl_consumer)
    sh = "http://www.w3.org/ns/shacl#"
    assert not list(shapes.subjects(URIRef(sh + "closed"), None))
    assert (None, URIRef(sh + "class"), FIRESLD + "NamedThing") in shapes  # inside an sh:or
    named_thing_shape = FIRESLD + "NamedThing"
    targets = set(shapes.objects(named_thing_shape, URIRef(sh + "targetClass")))
    assert FIRESLD + "Gene" in targets and FIRESLD + "Disease" in targets
    # the hand-written rule a merge may legitimately break is curation-only
    assert (
        URIRef("https://w3id.org/firesld/shapes/extra/HedgedHasNoEdge"),
        None,
        None,
    ) not in shapes


# ------------------------------------------------------------------ 3. OWL 2 DL


@pytest.mark.parametrize("name", ["firesld.owl", "firesld.owl.ttl"])
def test_py_horned_owl_opens_the_ontology_and_finds_it_owl2_dl(name: str) -> None:
    """py-horned-owl reads both serialisations; its OWL 2 DL profile check has no violation."""
    import pyhornedowl
    from pyhornedowl.profile import check_profile

    onto = pyhornedowl.open_ontology_from_file(str(LAYOUT.ontology_dir / name))
    assert str(onto.get_iri()) == ONTOLOGY_IRI
    report = check_profile(onto, "DL")
    assert report.conformant, [str(v) for v in report.violations]
    assert f"{VOCAB_NS}Claim" in onto.get_classes()
    assert f"{VOCAB_NS}subject" in onto.get_object_properties()
    assert f"{VOCAB_NS}supporting_text" in onto.get_data_properties()
    assert "http://www.w3.org/2004/02/skos/core#exactMatch" in onto.get_annotation_properties()


def test_whole_release_is_owl2_dl_every_term_declared() -> None:
    """The release file (ontology + imports + data) passes the OWL 2 DL profile check.

    The checker reports every class, object, datatype and annotation property used without a
    declaration, and every property punned across kinds: none is left.
    """
    import pyhornedowl
    from pyhornedowl.profile import check_profile

    onto = pyhornedowl.open_ontology_from_file(str(EXPORTS / "firesld.ttl"))
    report = check_profile(onto, "DL")
    assert report.conformant, [str(v) for v in report.violations][:20]
    # the Biolink edges and classes the data use are declared, with the right kind
    assert "https://w3id.org/biolink/vocab/treats" in onto.get_object_properties()
    assert "https://w3id.org/biolink/vocab/Gene" in onto.get_classes()
    assert "http://purl.org/dc/terms/source" in onto.get_annotation_properties()


def test_ontology_has_no_restriction_on_annotation_properties_nor_on_id() -> None:
    """Label and definition constraints live in SHACL; firesld:id has no cardinality."""
    owl = Graph().parse(LAYOUT.owl_ttl)
    assert structural_problems(owl) == []
    on = set(owl.objects(None, OWL.onProperty))
    assert RDFS.label not in on and SKOS.definition not in on
    assert FIRESLD + "id" not in on
    # the data never state firesld:id: the identifier is the node's IRI
    assert not any(t.predicate.value == VOCAB_NS + "id" for t in _read(EXPORTS / "firesld.nt"))


def test_ontology_header_names_creator_and_contributors() -> None:
    """The header names firesld's developers (pyproject's authors), no invented person."""
    owl = Graph().parse(LAYOUT.owl_ttl)
    header = URIRef(ONTOLOGY_IRI)
    agent = URIRef("https://w3id.org/firesld/")
    assert set(owl.objects(header, DCTERMS.creator)) == {agent}
    assert set(owl.objects(header, DCTERMS.contributor)) == {agent}
    assert set(owl.objects(agent, RDFS.label)) == {Literal("firesld developers")}
    void = Graph().parse(EXPORTS / "firesld.void.ttl")
    version = URIRef("https://w3id.org/firesld/dataset/0.1.0")
    assert set(void.objects(version, DCTERMS.creator)) == {agent}
    assert set(void.objects(version, DCTERMS.contributor)) == {agent}


def _fixture_ontology(tmp_path: Path, extra: str) -> Path:
    """Write a small ontology with one extra Turtle snippet."""
    path = tmp_path / "fixture.ttl"
    path.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/> .\n"
        "<http://example.org/o> a owl:Ontology .\n"
        "ex:Thing a owl:Class .\n"
        "skos:definition a owl:AnnotationProperty .\n" + extra,
        encoding="utf-8",
    )
    return path


def test_restriction_on_annotation_property_fails_with_code(tmp_path: Path, model: Model) -> None:
    """A cardinality restriction on an annotation property is named, with its class."""
    path = _fixture_ontology(
        tmp_path,
        "ex:Thing rdfs:subClassOf [ a owl:Restriction ; owl:onProperty skos:definition ;"
        " owl:maxCardinality 1 ] .\n",
    )
    problems = check_owl_dl(Graph(), model, [path], name="fixture.ttl")
    assert [(p.code, p.record, p.severity) for p in problems] == [
        ("FLD-OWL-ANNOTATION-RESTRICTION", "http://example.org/Thing", "error")
    ]
    assert "skos/core#definition" in problems[0].message


def test_property_punned_object_and_datatype_fails_with_code(tmp_path: Path, model: Model) -> None:
    """A property declared both object and datatype property is not OWL 2 DL."""
    path = _fixture_ontology(
        tmp_path,
        "ex:p a owl:ObjectProperty , owl:DatatypeProperty .\nex:a ex:p ex:b .\n",
    )
    problems = check_owl_dl(Graph(), model, [path], name="fixture.ttl")
    codes = {(p.code, p.record) for p in problems}
    assert ("FLD-OWL-PUNNING", "http://example.org/p") in codes
    assert all(p.severity == "error" for p in problems)


def test_undeclared_firesld_property_in_data_fails_validation(tmp_path: Path) -> None:
    """``firesld validate`` on release data using an undeclared firesld property exits 1."""
    triples = _read(EXPORTS / "firesld.nt")
    triples.append(
        ox.Triple(
            ox.NamedNode(BROKEN_CLAIM),
            ox.NamedNode(VOCAB_NS + "not_a_slot"),
            ox.NamedNode("http://identifiers.org/hgnc/5992"),
        )
    )
    path = _write_nt(triples, tmp_path / "undeclared.nt")
    result = CliRunner().invoke(main, ["validate", "--profile", "consumer", str(path)])
    assert result.exit_code == 1
    assert (
        f"{path}: {VOCAB_NS}not_a_slot: error FLD-OWL-UNDECLARED [owl] "
        "firesld:not_a_slot is used as an object property but not declared" in result.stderr
    )


def test_annotation_restriction_in_a_release_file_fails_validate(tmp_path: Path) -> None:
    """The CLI reports a non-DL axiom in a validated file with its code and exit 1."""
    g = Graph().parse(EXPORTS / "firesld.nt")
    restriction = BNode()
    g.add((FIRESLD + "Gene", RDFS.subClassOf, restriction))
    g.add((restriction, RDF.type, OWL.Restriction))
    g.add((restriction, OWL.onProperty, RDFS.label))
    g.add((restriction, OWL.minCardinality, Literal(1)))
    path = tmp_path / "nondl.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        "error FLD-OWL-ANNOTATION-RESTRICTION [owl] a restriction on the annotation property "
        "http://www.w3.org/2000/01/rdf-schema#label (on https://w3id.org/firesld/vocab/Gene)"
        in result.stderr
    )


def test_unsupported_edge_of_hedged_claim_is_curation_only(tmp_path: Path) -> None:
    """A direct edge for a hedged claim: both engines reject it in curation, consumer allows it.

    (In a merge, another source may state that edge; the SPARQL rule is curation-only.)
    """
    triples = _read(EXPORTS / "firesld.nt")
    claims: dict[str, dict[str, list[object]]] = {}
    for t in triples:
        if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(
            "https://w3id.org/firesld/claim/"
        ):
            slot = t.predicate.value.rsplit("/", 1)[-1]
            claims.setdefault(t.subject.value, {}).setdefault(slot, []).append(t.object)
    hedged = next(
        c
        for c, v in sorted(claims.items())
        if v.get("certainty") == [ox.NamedNode(VOCAB_NS + "hedged")]
        and "object" in v
        and "negated" not in v
        and str(v["predicate"][0]).startswith("<https://w3id.org/biolink/")
    )
    s, p, o = (claims[hedged][k][0] for k in ("subject", "predicate", "object"))
    assert isinstance(s, ox.NamedNode) and isinstance(p, ox.NamedNode)
    assert isinstance(o, ox.NamedNode)
    edge = ox.Triple(s, p, o)
    assert edge not in triples
    path = _write_nt([*triples, edge], tmp_path / "hedged-edge.nt")
    strict = _strict_shapes(tmp_path)
    report = _pyshacl(path, strict)
    assert "Results (1):" in report and f"Focus Node: <{hedged}>" in report
    assert "Source Shape: fx:HedgedHasNoEdge" in report
    sparql = "http://www.w3.org/ns/shacl#SPARQLConstraintComponent"
    assert _pyrudof(path, strict) == [(hedged, sparql)]
    assert "Conforms: True" in _pyshacl(path, LAYOUT.shacl_consumer)
    assert _pyrudof(path, LAYOUT.shacl_consumer) == []
