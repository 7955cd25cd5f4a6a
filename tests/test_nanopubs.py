"""The nanopublications: one per claim, well-formed, each assertion holding exactly its claim.

Expected values are derived from the curated YAML (``data/claims/*.yaml``) and the schema's prefixes
and enum meanings (``schema/firesld.yaml``), read here directly, not from the code under test.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib import Literal as RLiteral

from firesld.export import _turtle_prefixes
from firesld.model import Model
from firesld.nanopub import CONTENT, NANOPUB_FILE, serialize_nanopubs
from firesld.rdfio import from_oxigraph
from firesld.version import RELEASE_DATE, VERSION
from tests.constants import LAYOUT

NANOPUBS = LAYOUT.exports_dir / "firesld.nanopubs.trig"
RELEASE_TRIG = LAYOUT.exports_dir / "firesld.trig"
RELEASE_NT = LAYOUT.exports_dir / "firesld.nt"

NP = "http://www.nanopub.org/nschema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
NPX = "http://purl.org/nanopub/x/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
V = "https://w3id.org/firesld/vocab/"
BIOLINK = "https://w3id.org/biolink/vocab/"
CLAIM = "https://w3id.org/firesld/claim/"
PUB = "https://w3id.org/firesld/publication/"
REVIEW = PUB + "review"
NP_NS = f"https://w3id.org/firesld/np/{VERSION}/"
OBO = "http://purl.obolibrary.org/obo/"
UNIPROT = "http://purl.uniprot.org/uniprot/"
CLAIMS_GRAPH = "https://w3id.org/firesld/graph/claims"

#: The qualifiers of a claim (YAML keys): a direct-edge claim with one keeps its claim node.
QUALIFIER_KEYS = (
    "direction",
    "anatomical_context",
    "cell_type_context",
    "species_context",
    "age_group",
    "frequency",
    "qualitative_frequency",
    "degree",
    "relative_quantity",
)
#: The claim slots that say what the claim states (in the assertion, on the claim node).
CONTENT_SLOTS = (
    "subject",
    "predicate",
    "object",
    "quantity",
    "value_text",
    "value_boolean",
    "negated",
    "certainty",
    *QUALIFIER_KEYS,
)
#: The claim slots that say where it comes from (in the provenance, on the assertion graph).
PROVENANCE_SLOTS = (
    "evidence_type",
    "knowledge_level",
    "agent_type",
    "hedge_cue",
    "supporting_text_zh",
    "supporting_text_en",
    "translation_source",
    "section",
    "figure_panel",
    "table_row",
    "reference_numbers",
    "reference_string",
    "cites",
    "stated_in",
    "study",
    "in_tension_with",
    "evidence_limitation",
    "curator_note",
    "subject_mention",
    "object_mention",
    "subject_mention_reason",
    "object_mention_reason",
    "quote_anchor",
    "subject_mention_anchor",
    "object_mention_anchor",
)

Term = Any
Triple = tuple[Term, Term, Term]


def nn(iri: str) -> ox.NamedNode:
    """Return a named node."""
    return ox.NamedNode(iri)


def typed(value: str, datatype: str) -> ox.Literal:
    """Return a typed literal."""
    return ox.Literal(value, datatype=nn(XSD + datatype))


def _graph(quad: ox.Quad) -> str:
    """Return the IRI of a quad's graph."""
    assert isinstance(quad.graph_name, ox.NamedNode), quad
    return quad.graph_name.value


# ----------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    """Read the LinkML schema as plain YAML."""
    doc: dict[str, Any] = yaml.safe_load(LAYOUT.schema.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def yaml_claims() -> dict[str, dict[str, Any]]:
    """Read every claim record of data/claims/*.yaml, by local id."""
    claims: dict[str, dict[str, Any]] = {}
    for path in sorted((LAYOUT.data_dir / "claims").glob("*.yaml")):
        for record in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            prefix, local = str(record["id"]).split(":", 1)
            assert prefix == "firesld.claim"
            assert local not in claims
            claims[local] = record
    return claims


@pytest.fixture(scope="module")
def quads() -> list[ox.Quad]:
    """Parse the nanopublications file with pyoxigraph, in document order."""
    return list(ox.parse(path=str(NANOPUBS), format=ox.RdfFormat.TRIG))


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """Load the nanopublications file into a pyoxigraph store."""
    s = ox.Store()
    s.load(path=str(NANOPUBS), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def by_graph(quads: list[ox.Quad]) -> dict[str, set[Triple]]:
    """Return graph IRI to its triples."""
    out: dict[str, set[Triple]] = defaultdict(set)
    for q in quads:
        out[_graph(q)].add((q.subject, q.predicate, q.object))
    return dict(out)


@pytest.fixture(scope="module")
def release() -> set[Triple]:
    """Return the triples of the release (firesld.nt)."""
    return {
        (t.subject, t.predicate, t.object)
        for t in ox.parse(path=str(RELEASE_NT), format=ox.RdfFormat.N_TRIPLES)
    }


def _release_graphs() -> dict[str, Graph]:
    """Return the named graphs of the committed release (firesld.trig) as rdflib graphs."""
    graphs: dict[str, Graph] = {}
    for q in ox.parse(path=str(RELEASE_TRIG), format=ox.RdfFormat.TRIG):
        triple = (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object))
        graphs.setdefault(_graph(q), Graph()).add(triple)
    return graphs


@pytest.fixture(scope="module")
def release_graphs() -> dict[str, Graph]:
    """Return the named graphs of the committed release (do not modify: copy first)."""
    return _release_graphs()


def _expander(schema: dict[str, Any]) -> Any:
    """Return a function expanding a CURIE with the schema's prefixes."""
    prefixes: dict[str, str] = schema["prefixes"]

    def expand(curie: str) -> str:
        prefix, local = curie.split(":", 1)
        return prefixes[prefix] + local

    return expand


def _meaning(schema: dict[str, Any], enum: str, value: str) -> str:
    """Return the IRI an enum value of the schema means."""
    curie = schema["enums"][enum]["permissible_values"][value]["meaning"]
    iri: str = _expander(schema)(curie)
    return iri


def _is_direct(record: dict[str, Any]) -> bool:
    """Tell whether the release gives a claim a direct edge.

    Asserted, not negated, an object, and not a relation the review says holds only sometimes
    (不一定 "not necessarily", 仅少数 "only in a few") or only poorly, weakly or not clearly
    (效果较差, 关系较小, 没有明确的相关性).
    """
    return (
        record["certainty"] == "asserted"
        and not record.get("negated", False)
        and record.get("qualitative_frequency") not in ("not_necessarily", "in_few")
        and record.get("degree") not in ("poorly", "weakly", "not_clearly")
        and record.get("object") is not None
    )


def _edge(schema: dict[str, Any], record: dict[str, Any]) -> Triple:
    """Return the direct edge a claim states, expanded from its YAML."""
    expand = _expander(schema)
    return (
        nn(expand(record["subject"])),
        nn(_meaning(schema, "PredicateEnum", record["predicate"])),
        nn(expand(record["object"])),
    )


def _graphs_of(local: str) -> tuple[str, str, str, str, str]:
    """Return the nanopublication IRI of a claim and its four graph IRIs (hand-derived scheme)."""
    n = NP_NS + local
    return n, n + "#Head", n + "#assertion", n + "#provenance", n + "#pubinfo"


def _text(value: str) -> str:
    """Return a YAML text as the release writes it (a text with line breaks on one line)."""
    return " ".join(value.split()) if "\n" in value else value


# ------------------------------------------------------------------------- count and structure


def _select(store: ox.Store, query: str) -> list[tuple[Any, ...]]:
    """Run a SELECT query and return its rows as tuples of terms."""
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    return [tuple(row) for row in solutions]


def test_one_nanopublication_per_claim(
    store: ox.Store, yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """The nanopublications are exactly the claims of the YAML, one each, with the minted IRI."""
    query = f"SELECT ?n {{ GRAPH ?h {{ ?n a <{NP}Nanopublication> }} }}"
    found = [n.value for (n,) in _select(store, query)]
    assert len(found) == len(set(found)) == len(yaml_claims)
    assert set(found) == {NP_NS + local for local in yaml_claims}


def test_each_nanopublication_is_well_formed(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """Per the guidelines: a Head of exactly four triples, three distinct parts, nothing else."""
    expected_graphs: set[str] = set()
    for local in yaml_claims:
        n, head, assertion, provenance, pubinfo = _graphs_of(local)
        expected_graphs |= {head, assertion, provenance, pubinfo}
        assert by_graph[head] == {
            (nn(n), nn(RDF_TYPE), nn(NP + "Nanopublication")),
            (nn(n), nn(NP + "hasAssertion"), nn(assertion)),
            (nn(n), nn(NP + "hasProvenance"), nn(provenance)),
            (nn(n), nn(NP + "hasPublicationInfo"), nn(pubinfo)),
        }
        for part in (assertion, provenance, pubinfo):
            assert by_graph.get(part), f"{part} is empty"
        # the provenance refers to the assertion graph; every pubinfo triple is about the nanopub
        assert any(nn(assertion) in (s, o) for s, _, o in by_graph[provenance])
        assert {s for s, _, _ in by_graph[pubinfo]} == {nn(n)}
    assert set(by_graph) == expected_graphs  # every triple is in one of [H], [A], [P], [I]


def test_graphs_of_a_nanopublication_are_contiguous_head_first(quads: list[ox.Quad]) -> None:
    """A stream reader (nanopub-java's MultiNanopubRdfHandler) finds each nanopub in one piece."""
    order: list[str] = []
    for q in quads:
        if not order or order[-1] != _graph(q):
            order.append(_graph(q))
    assert len(order) == len(set(order)), "a graph is split"
    for i in range(0, len(order), 4):
        n = order[i].removesuffix("#Head")
        assert order[i : i + 4] == [
            n + "#Head",
            n + "#assertion",
            n + "#provenance",
            n + "#pubinfo",
        ]
    nanopubs = [order[i] for i in range(0, len(order), 4)]
    assert nanopubs == sorted(nanopubs)


def test_guidelines_query_template_extracts_one_nanopublication(
    store: ox.Store, by_graph: dict[str, set[Triple]]
) -> None:
    """The guidelines' extraction query gives exactly the four graphs of fig1-a1."""
    n, *graphs = _graphs_of("fig1-a1")
    query = f"""
        PREFIX np: <{NP}>
        SELECT ?G ?S ?P ?O WHERE {{
          {{ GRAPH ?G {{ <{n}> a np:Nanopublication }} }} UNION
          {{ GRAPH ?H {{ <{n}> a np:Nanopublication
               {{ <{n}> np:hasAssertion ?G }} UNION {{ <{n}> np:hasProvenance ?G }}
               UNION {{ <{n}> np:hasPublicationInfo ?G }} }} }}
          GRAPH ?G {{ ?S ?P ?O }}
        }}"""
    rows = {(g.value, s, p, o) for g, s, p, o in _select(store, query)}
    assert rows == {(g, *t) for g in graphs for t in by_graph[g]}


# ------------------------------------------------------------------------------- assertions


def test_fig1_a1_assertion_is_exactly_its_direct_edge(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """fig1-a1 (IL-1β binds IL-1R1, asserted, no qualifier): one triple, the edge."""
    record = yaml_claims["fig1-a1"]
    assert (record["subject"], record["predicate"], record["object"]) == (
        "UniProtKB:P01584",
        "directly_physically_interacts_with",
        "UniProtKB:P14778",
    )
    assert record["certainty"] == "asserted" and "negated" not in record
    assert not any(key in record for key in QUALIFIER_KEYS)
    assert by_graph[_graphs_of("fig1-a1")[2]] == {
        (
            nn(UNIPROT + "P01584"),
            nn(BIOLINK + "directly_physically_interacts_with"),
            nn(UNIPROT + "P14778"),
        )
    }


def test_hedged_claim_assertion_is_its_claim_node_without_edge(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """abstract-10 ("FIRES may be related to neuroinflammation in the brain"): the hedged node."""
    record = yaml_claims["abstract-10"]
    assert record["certainty"] == "hedged" and record["hedge_cue"] == ["可能"]
    assert (record["subject"], record["predicate"], record["object"]) == (
        "MONDO:0015584",
        "associated_with",
        "HP:0033429",
    )
    assert record["anatomical_context"] == ["UBERON:0000955"]
    c = nn(CLAIM + "abstract-10")
    assert by_graph[_graphs_of("abstract-10")[2]] == {
        (c, nn(RDF_TYPE), nn(V + "Claim")),
        (c, nn(RDF_TYPE), nn(BIOLINK + "Association")),
        (c, nn(V + "subject"), nn(OBO + "MONDO_0015584")),
        (c, nn(V + "predicate"), nn(BIOLINK + "associated_with")),
        (c, nn(V + "object"), nn(OBO + "HP_0033429")),
        (c, nn(V + "anatomical_context"), nn(OBO + "UBERON_0000955")),
        (c, nn(V + "certainty"), nn(V + "hedged")),
    }


def test_negated_claim_assertion_is_its_claim_node_without_edge(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """s2.2.1-17 (antiseizure drugs failed in the 11-year-old girl, 治疗均失败): negated, so no edge."""
    record = yaml_claims["s2.2.1-17"]
    assert record["negated"] is True and record["certainty"] == "asserted"
    assert (record["subject"], record["predicate"], record["object"]) == (
        "CHEBI:35623",
        "treats",
        "MONDO:0015584",
    )
    c = nn(CLAIM + "s2.2.1-17")
    assert by_graph[_graphs_of("s2.2.1-17")[2]] == {
        (c, nn(RDF_TYPE), nn(V + "Claim")),
        (c, nn(RDF_TYPE), nn(BIOLINK + "Association")),
        (c, nn(V + "subject"), nn(OBO + "CHEBI_35623")),
        (c, nn(V + "predicate"), nn(BIOLINK + "treats")),
        (c, nn(V + "object"), nn(OBO + "MONDO_0015584")),
        (c, nn(V + "age_group"), nn(V + "child")),
        (c, nn(V + "negated"), typed("true", "boolean")),
        (c, nn(V + "certainty"), nn(V + "asserted")),
    }


def test_works_poorly_is_no_negation_and_no_edge(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """s2-08 (抗癫痫发作的药物效果较差: antiseizure drugs work poorly): not negated, degree poorly, no edge."""
    record = yaml_claims["s2-08"]
    assert "negated" not in record and record["degree"] == "poorly"
    c = nn(CLAIM + "s2-08")
    assert by_graph[_graphs_of("s2-08")[2]] == {
        (c, nn(RDF_TYPE), nn(V + "Claim")),
        (c, nn(RDF_TYPE), nn(BIOLINK + "Association")),
        (c, nn(V + "subject"), nn(OBO + "CHEBI_35623")),
        (c, nn(V + "predicate"), nn(BIOLINK + "treats")),
        (c, nn(V + "object"), nn(OBO + "MONDO_0015584")),
        (c, nn(V + "degree"), nn(V + "poorly")),
        (c, nn(V + "certainty"), nn(V + "asserted")),
    }


def test_quantity_claim_assertion_is_its_claim_node_and_quantity(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """t1-anakinra-01 (anakinra's molecular mass is 17.3 kDa): the node and its quantity node."""
    record = yaml_claims["t1-anakinra-01"]
    assert (record["subject"], record["predicate"]) == ("CHEBI:231683", "has_molecular_mass")
    assert record["quantity"] == {"numeric_value": 17.3, "unit": "kDa", "quantity_text": "17.3 kDa"}
    c, q = nn(CLAIM + "t1-anakinra-01"), nn(CLAIM + "t1-anakinra-01/quantity")
    assert by_graph[_graphs_of("t1-anakinra-01")[2]] == {
        (c, nn(RDF_TYPE), nn(V + "Claim")),
        (c, nn(RDF_TYPE), nn(BIOLINK + "Association")),
        (c, nn(V + "subject"), nn(OBO + "CHEBI_231683")),
        (c, nn(V + "predicate"), nn(V + "has_molecular_mass")),
        (c, nn(V + "quantity"), q),
        (c, nn(V + "certainty"), nn(V + "asserted")),
        (q, nn(RDF_TYPE), nn(V + "Quantity")),
        (q, nn(V + "numeric_value"), typed("17.3", "decimal")),
        (q, nn(V + "unit"), ox.Literal("kDa")),
        (q, nn(V + "quantity_text"), ox.Literal("17.3 kDa")),
    }


def test_qualified_direct_claim_keeps_its_edge_and_its_node(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """intro-10 (FIRES causes cognitive impairment in about 82%): the edge, and the frequency."""
    record = yaml_claims["intro-10"]
    assert (record["subject"], record["predicate"], record["object"]) == (
        "MONDO:0015584",
        "causes",
        "HP:0100543",
    )
    assert record["frequency"] == {
        "numeric_value": 82,
        "approximate": True,
        "unit": "%",
        "quantity_text": "约 82%",
    }
    c, f = nn(CLAIM + "intro-10"), nn(CLAIM + "intro-10/frequency")
    assert by_graph[_graphs_of("intro-10")[2]] == {
        (nn(OBO + "MONDO_0015584"), nn(BIOLINK + "causes"), nn(OBO + "HP_0100543")),
        (c, nn(RDF_TYPE), nn(V + "Claim")),
        (c, nn(RDF_TYPE), nn(BIOLINK + "Association")),
        (c, nn(V + "subject"), nn(OBO + "MONDO_0015584")),
        (c, nn(V + "predicate"), nn(BIOLINK + "causes")),
        (c, nn(V + "object"), nn(OBO + "HP_0100543")),
        (c, nn(V + "frequency"), f),
        (c, nn(V + "certainty"), nn(V + "asserted")),
        (f, nn(RDF_TYPE), nn(V + "Quantity")),
        (f, nn(V + "numeric_value"), typed("82.0", "decimal")),
        (f, nn(V + "approximate"), typed("true", "boolean")),
        (f, nn(V + "unit"), ox.Literal("%")),
        (f, nn(V + "quantity_text"), ox.Literal("约 82%")),
    }


def test_every_assertion_holds_exactly_its_claim(
    by_graph: dict[str, set[Triple]],
    yaml_claims: dict[str, dict[str, Any]],
    schema: dict[str, Any],
    release: set[Triple],
) -> None:
    """For every claim: the edge iff the release gives one; the node iff needed; nothing else.

    The assertion holds the direct edge exactly when the YAML claim is asserted, not negated and
    has an object; it holds the claim node (with its quantity nodes) exactly when there is no edge
    or the claim has a qualifier; the node's triples are the release's triples of the claim with a
    content predicate and of its quantity nodes; every assertion triple is a release triple.
    """
    content = {nn(V + slot) for slot in CONTENT_SLOTS} | {nn(RDF_TYPE)}
    by_subject: dict[Term, set[Triple]] = defaultdict(set)
    for t in release:
        by_subject[t[0]].add(t)
    for local, record in yaml_claims.items():
        assertion = by_graph[_graphs_of(local)[2]]
        assert assertion <= release, local
        c = nn(CLAIM + local)
        direct = _is_direct(record)
        needs_node = not direct or any(key in record for key in QUALIFIER_KEYS)
        expected: set[Triple] = {_edge(schema, record)} if direct else set()
        if needs_node:
            node = {t for t in by_subject[c] if t[1] in content}
            for key in ("quantity", "frequency", "relative_quantity"):
                if key in record:
                    node |= by_subject[nn(f"{CLAIM}{local}/{key}")]
            expected |= node
        assert assertion == expected, local
        if not direct and record.get("object") is not None:
            # a hedged or negated claim: its s-p-o triple appears nowhere in its nanopub
            edge = _edge(schema, record)
            assert all(edge not in by_graph[g] for g in _graphs_of(local)[1:]), local


def test_no_triple_in_two_assertions_unless_the_data_repeat_it(
    by_graph: dict[str, set[Triple]],
    yaml_claims: dict[str, dict[str, Any]],
    schema: dict[str, Any],
) -> None:
    """A triple is in several assertion graphs only when several claims state the same edge."""
    seen: Counter[Triple] = Counter()
    for local in yaml_claims:
        seen.update(by_graph[_graphs_of(local)[2]])
    repeated = {t: n for t, n in seen.items() if n > 1}
    stated = Counter(_edge(schema, r) for r in yaml_claims.values() if _is_direct(r))
    assert repeated == {t: n for t, n in stated.items() if n > 1}
    # e.g. "anakinra treats FIRES" (CHEBI:231683 treats MONDO:0015584), stated by several claims
    anakinra_treats_fires = (
        nn(OBO + "CHEBI_231683"),
        nn(BIOLINK + "treats"),
        nn(OBO + "MONDO_0015584"),
    )
    assert repeated[anakinra_treats_fires] == sum(
        1
        for r in yaml_claims.values()
        if _is_direct(r)
        and (r["subject"], r["predicate"], r["object"])
        == ("CHEBI:231683", "treats", "MONDO:0015584")
    )


# ------------------------------------------------------------------- provenance and pubinfo


def test_provenance_carries_text_evidence_location_and_sources(
    by_graph: dict[str, set[Triple]],
    yaml_claims: dict[str, dict[str, Any]],
    schema: dict[str, Any],
) -> None:
    """Each provenance graph is about the assertion graph and carries the claim's sources."""
    for local, record in yaml_claims.items():
        _, _, a, p, _ = _graphs_of(local)
        provenance = by_graph[p]
        anchors = {
            nn(f"{CLAIM}{local}/{slot}{part}")
            for slot in ("quote_anchor", "subject_mention_anchor", "object_mention_anchor")
            for part in ("", "/text_quote", "/text_position")
        }
        # about the assertion graph, and where the review says it (the claim's text anchors)
        assert {s for s, _, _ in provenance} - {nn(a)} <= anchors, local
        assert nn(f"{CLAIM}{local}/quote_anchor") in {s for s, _, _ in provenance}, local
        expected = {
            (nn(a), nn(PROV + "wasDerivedFrom"), nn(CLAIM + local)),
            (nn(a), nn(PROV + "wasDerivedFrom"), nn(REVIEW)),
            (nn(a), nn(V + "stated_in"), nn(REVIEW)),
            (
                nn(a),
                nn(V + "supporting_text"),
                ox.Literal(_text(record["supporting_text_zh"]), language="zh"),
            ),
            (
                nn(a),
                nn(V + "supporting_text"),
                ox.Literal(_text(record["supporting_text_en"]), language="en"),
            ),
            (
                nn(a),
                nn(V + "evidence_type"),
                nn(_meaning(schema, "EvidenceEnum", record["evidence_type"])),
            ),
            (nn(a), nn(V + "section"), ox.Literal(str(record["section"]))),
        }
        for number in record.get("reference_numbers", []):
            expected.add((nn(a), nn(V + "cites"), nn(f"{PUB}ref-{number}")))
            expected.add((nn(a), nn(V + "reference_numbers"), typed(str(number), "integer")))
        for key in ("figure_panel", "table_row", "reference_string"):
            if key in record:
                expected.add((nn(a), nn(V + key), ox.Literal(str(record[key]))))
        assert expected <= provenance, local
        # nothing the assertion states is repeated here
        assert not any(pred in {nn(V + s) for s in CONTENT_SLOTS} for _, pred, _ in provenance)


def test_hedged_claim_provenance_is_complete(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """abstract-10: the whole provenance graph, hand-derived from its YAML record."""
    record = yaml_claims["abstract-10"]
    a = nn(_graphs_of("abstract-10")[2])
    provenance = by_graph[_graphs_of("abstract-10")[3]]
    anchors = {
        slot: nn(CLAIM + "abstract-10/" + slot)
        for slot in ("quote_anchor", "subject_mention_anchor", "object_mention_anchor")
    }
    exact = nn("http://www.w3.org/ns/oa#exact")
    # where the review names FIRES and 神经源性炎症 (one line of its Chinese abstract)
    assert {(s.value, o) for s, p, o in provenance if p == exact} == {
        (anchors["quote_anchor"].value + "/text_quote", ox.Literal(record["supporting_text_zh"])),
        (anchors["subject_mention_anchor"].value + "/text_quote", ox.Literal("FIRES")),
        (anchors["object_mention_anchor"].value + "/text_quote", ox.Literal("神经源性炎症")),
    }
    assert {t for t in provenance if t[0] == a} == {
        (a, nn(V + "subject_mention"), ox.Literal("FIRES")),
        (a, nn(V + "object_mention"), ox.Literal("神经源性炎症")),
        (a, nn(V + "object_mention_reason"), ox.Literal(record["object_mention_reason"])),
        *((a, nn(V + slot), node) for slot, node in anchors.items()),
        (a, nn(PROV + "wasDerivedFrom"), nn(CLAIM + "abstract-10")),
        (a, nn(PROV + "wasDerivedFrom"), nn(REVIEW)),
        (a, nn(V + "stated_in"), nn(REVIEW)),
        (a, nn(V + "evidence_type"), nn(OBO + "ECO_0000303")),  # no citation in the abstract
        (a, nn(V + "knowledge_level"), nn(BIOLINK + "prediction")),
        (a, nn(V + "agent_type"), nn(BIOLINK + "manual_agent")),
        (a, nn(V + "hedge_cue"), ox.Literal("可能", language="zh")),
        (a, nn(V + "supporting_text"), ox.Literal(record["supporting_text_zh"], language="zh")),
        (a, nn(V + "supporting_text"), ox.Literal(record["supporting_text_en"], language="en")),
        (a, nn(V + "translation_source"), nn(V + "authors_abstract")),
        (a, nn(V + "section"), ox.Literal("abstract")),
        (a, nn(V + "curator_note"), ox.Literal(record["curator_note"])),
    }


def test_pubinfo_dates_credits_and_licenses_every_nanopub_unsigned(
    by_graph: dict[str, set[Triple]], quads: list[ox.Quad], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """Pubinfo: creation time, creator, CC BY 4.0, the release; no signature anywhere."""
    for local in yaml_claims:
        n, _, _, _, i = _graphs_of(local)
        assert by_graph[i] == {
            (nn(n), nn(DCT + "created"), typed(f"{RELEASE_DATE}T00:00:00Z", "dateTime")),
            (nn(n), nn(DCT + "creator"), nn("https://w3id.org/firesld/")),
            (nn(n), nn(DCT + "license"), nn("https://creativecommons.org/licenses/by/4.0/")),
            (
                nn(n),
                nn(PROV + "wasDerivedFrom"),
                nn(f"https://w3id.org/firesld/dataset/{VERSION}"),
            ),
            (
                nn(n),
                nn("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.Literal(f"firesld {VERSION}: claim {local}"),
            ),
        }
    for q in quads:
        for term in (q.subject, q.predicate, q.object):
            assert not (isinstance(term, ox.NamedNode) and term.value.startswith(NPX)), q
            assert not isinstance(term, ox.BlankNode), q


# ---------------------------------------------------------------- parsers and byte stability


def _as_typed(term: Any) -> Any:
    """Return a plain rdflib literal as the xsd:string literal it is (as from_oxigraph makes it)."""
    if isinstance(term, RLiteral) and term.language is None and term.datatype is None:
        return RLiteral(str(term), datatype=URIRef(XSD + "string"))
    return term


def test_rdflib_reads_the_same_quads(quads: list[ox.Quad]) -> None:
    r"""Parse with rdflib: the same quads as pyoxigraph (the ``\#`` in prefixed names too)."""
    dataset = Dataset()
    dataset.parse(NANOPUBS, format="trig")
    parsed = {
        (s, p, _as_typed(o), g.identifier if isinstance(g, Graph) else g)
        for s, p, o, g in dataset.quads((None, None, None, None))
    }
    expected = {
        (
            from_oxigraph(q.subject),
            from_oxigraph(q.predicate),
            _as_typed(from_oxigraph(q.object)),
            URIRef(_graph(q)),
        )
        for q in quads
    }
    assert parsed == expected
    assert len(expected) == len(quads)


def test_committed_file_is_what_the_release_gives(
    release_graphs: dict[str, Graph], model: Model
) -> None:
    """The committed file is serialize_nanopubs of the committed release, byte for byte, twice."""
    prefixes = _turtle_prefixes(model)
    first = serialize_nanopubs(release_graphs, prefixes=prefixes)
    reordered = dict(reversed(list(release_graphs.items())))
    second = serialize_nanopubs(reordered, prefixes=prefixes)
    assert set(first) == {NANOPUB_FILE} == {"firesld.nanopubs.trig"}
    assert first == second
    assert first[NANOPUB_FILE] == NANOPUBS.read_bytes()
    head = [line for line in NANOPUBS.read_text(encoding="utf-8").splitlines() if "@prefix" in line]
    assert head == sorted(head)


# ------------------------------------------------------------------------------- mutations


def _drop_claim(graphs: dict[str, Graph], claim: str) -> None:
    """Remove a claim node and its quantity nodes from the claims graph (its edge stays)."""
    claims = graphs[CLAIMS_GRAPH]
    for triple in list(claims):
        if str(triple[0]) == claim or str(triple[0]).startswith(claim + "/"):
            claims.remove(triple)


def _parse_trig(data: bytes) -> dict[str, set[Triple]]:
    """Parse TriG bytes into graph IRI to triples."""
    out: dict[str, set[Triple]] = defaultdict(set)
    for q in ox.parse(data, format=ox.RdfFormat.TRIG):
        out[_graph(q)].add((q.subject, q.predicate, q.object))
    return dict(out)


def test_dropping_a_claim_drops_its_nanopublication_only(
    by_graph: dict[str, set[Triple]], yaml_claims: dict[str, dict[str, Any]]
) -> None:
    """Without fig1-a1 in the input: one nanopublication fewer, every other one unchanged."""
    graphs = _release_graphs()
    _drop_claim(graphs, CLAIM + "fig1-a1")
    mutated = _parse_trig(serialize_nanopubs(graphs)[NANOPUB_FILE])
    heads = [g for g in mutated if g.endswith("#Head")]
    assert len(heads) == len(yaml_claims) - 1
    dropped = set(_graphs_of("fig1-a1")[1:])
    assert set(mutated) == set(by_graph) - dropped
    assert all(mutated[g] == by_graph[g] for g in mutated)


def test_hedging_a_claim_turns_its_edge_into_its_node() -> None:
    """fig1-a1 made hedged (and its edge dropped, as the build would): its node, no edge."""
    graphs = _release_graphs()
    claims = graphs[CLAIMS_GRAPH]
    c = URIRef(CLAIM + "fig1-a1")
    claims.remove((c, URIRef(V + "certainty"), URIRef(V + "asserted")))
    claims.add((c, URIRef(V + "certainty"), URIRef(V + "hedged")))
    edge = (
        URIRef(UNIPROT + "P01584"),
        URIRef(BIOLINK + "directly_physically_interacts_with"),
        URIRef(UNIPROT + "P14778"),
    )
    assert edge in claims  # other claims state it too; it stays in the release
    assertion = _parse_trig(serialize_nanopubs(graphs)[NANOPUB_FILE])[_graphs_of("fig1-a1")[2]]
    assert (nn(CLAIM + "fig1-a1"), nn(V + "certainty"), nn(V + "hedged")) in assertion
    assert tuple(nn(str(term)) for term in edge) not in assertion
    assert {t[0] for t in assertion} == {nn(CLAIM + "fig1-a1")}


def test_a_blank_node_is_refused() -> None:
    """A claim described with a blank node cannot be written stably: ValueError."""
    graphs = _release_graphs()
    graphs[CLAIMS_GRAPH].add((URIRef(CLAIM + "fig1-a1"), URIRef(V + "curator_note"), BNode()))
    with pytest.raises(ValueError, match="blank node"):
        serialize_nanopubs(graphs)


def test_a_claim_outside_the_claim_namespace_is_refused() -> None:
    """The nanopublication IRI is minted from the claim's local id, so it must have one."""
    g = Graph()
    g.add((URIRef("https://example.org/c1"), URIRef(RDF_TYPE), URIRef(V + "Claim")))
    with pytest.raises(ValueError, match="not a firesld claim IRI"):
        serialize_nanopubs({CLAIMS_GRAPH: g})


# --------------------------------------------------------------------------- the split itself


def test_every_claim_slot_is_either_content_or_provenance(model: Model) -> None:
    """Each slot of Claim is classified once; the module's content predicates are the spec's."""
    slots = set(model.classes["Claim"]["slots"]) - {"id"}
    assert set(CONTENT_SLOTS).isdisjoint(PROVENANCE_SLOTS)
    assert slots == set(CONTENT_SLOTS) | set(PROVENANCE_SLOTS)
    uris = model.classes["Claim"]["slots"]
    spec = {URIRef(uris[s]["slot_uri"]) for s in CONTENT_SLOTS} | {
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    }
    assert set(CONTENT) == spec
    assert not any(URIRef(uris[s]["slot_uri"]) in CONTENT for s in PROVENANCE_SLOTS)


def _iter_literals(graph: Graph) -> Iterator[RLiteral]:
    """Yield the literals of a graph."""
    for _, _, o in graph:
        if isinstance(o, RLiteral):
            yield o


def test_texts_survive_unchanged(release_graphs: dict[str, Graph]) -> None:
    """Every literal of the claims graph is somewhere in the nanopublications, as it is."""
    nanopub_literals = {
        from_oxigraph(q.object)
        for q in ox.parse(path=str(NANOPUBS), format=ox.RdfFormat.TRIG)
        if isinstance(q.object, ox.Literal)
    }
    assert set(_iter_literals(release_graphs[CLAIMS_GRAPH])) <= nanopub_literals
