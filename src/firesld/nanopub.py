"""The claims of the release as nanopublications: one unsigned nanopublication per claim.

Each claim of the release becomes one nanopublication in the form of the nanopublication guidelines
(https://nanopub.net/guidelines/working_draft/, namespace ``np:``), all written to one TriG file,
:data:`NANOPUB_FILE`. For the claim ``<https://w3id.org/firesld/claim/fig1-a1>`` of release 0.1.0:

- the nanopublication is ``<https://w3id.org/firesld/np/0.1.0/fig1-a1>`` (``N``), under
  :data:`NANOPUB_NS`; its four graphs are ``N#Head``, ``N#assertion`` (``A``), ``N#provenance`` and
  ``N#pubinfo``. The release version is part of the IRI because a nanopublication must never change:
  what it holds (the curated text, the release date) may change in the next release, which therefore
  mints new IRIs instead of rewriting these. The claim IRI stays the version-independent identity of
  the claim, and every provenance graph links to it.
- **Head**: ``N a np:Nanopublication; np:hasAssertion A; np:hasProvenance N#provenance;
  np:hasPublicationInfo N#pubinfo`` (exactly these four triples).
- **Assertion**: what the claim states, and nothing else, as the release states it:

  - a claim the release turns into a direct edge (asserted, not negated, with an object) gives that
    edge, ``subject predicate object``;
  - every other claim (hedged, negated, or a quantity or value with no object), and a direct-edge
    claim with a qualifier the bare edge cannot carry (:data:`QUALIFIERS`: direction, anatomical,
    cell-type or species context, age group, frequency, qualitative frequency, relative quantity),
    gives its claim node: the claim's triples whose predicate is one of :data:`CONTENT` (types,
    subject, predicate, object, certainty, negation, value, qualifiers) and every triple of the
    quantity nodes they point to (``<claim>/quantity``, ``<claim>/frequency``,
    ``<claim>/relative_quantity``). A hedged or negated claim never gets the direct edge, in the
    nanopublication as in the release.

- **Provenance**, about ``A``: ``prov:wasDerivedFrom`` the claim node and the publication stating it
  (the review), and every other triple of the claim re-attached to ``A`` with the claim's own
  predicate: the supporting sentence (``firesld:supporting_text``, ``@zh`` and ``@en``), its
  translation source, section, figure panel, table row, reference numbers and string, the cited
  references (``firesld:cites``), the evidence type (ECO), knowledge level, agent type, hedge cue,
  study, curator note and tension with other claims. Each triple of a claim's description is thus in
  the nanopublication once: in the assertion, or (re-attached to ``A``) in the provenance; only the
  types, subject, predicate, object and certainty of an unqualified direct-edge claim are left out,
  since the edge itself says them.
- **Publication info**, about ``N``: ``dcterms:created`` (the release date, midnight UTC, as
  ``xsd:dateTime``, the form nanopublication tools read), ``dcterms:creator`` (firesld, the publisher
  of the release), ``dcterms:license`` (CC BY 4.0, the data licence), ``prov:wasDerivedFrom`` the
  release (the dataset version) and an ``rdfs:label``.

The nanopublications are **unsigned** and have no trusty URI: no ``npx:hasSignature``,
``npx:hasPublicKey`` or ``npx:hasAlgorithm`` triple is written (signing needs a private key, and a
signature or a trusty URI would make the bytes depend on it), and none declares ``npx:introduces``.

The output is byte-stable: no blank node is made (a claim whose description holds one is refused),
the nanopublications are written in the order of their IRIs, the graphs of each in the order Head,
assertion, provenance, pubinfo (each nanopublication contiguous, Head first, as tools that read a
stream of nanopublications expect), the triples of a graph sorted, and the prefixes sorted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from firesld.constants import (
    BASE_IRI,
    CLAIM_NS,
    CLAIMS_GRAPH,
    DATASET_VERSION_IRI,
    SCHEMA_LICENSE,
    VOCAB_NS,
)
from firesld.data import direct_edge
from firesld.rdfio import TripleIndex, to_oxigraph_triples, used_prefixes
from firesld.version import RELEASE_DATE, VERSION

__all__ = [
    "CONTENT",
    "NANOPUB_FILE",
    "NANOPUB_NS",
    "NP",
    "PROV",
    "QUALIFIERS",
    "nanopub_iri",
    "nanopub_parts",
    "serialize_nanopubs",
]

#: The file :func:`serialize_nanopubs` writes under ``exports/``.
NANOPUB_FILE = "firesld.nanopubs.trig"
#: The namespace of the nanopublications of this release: ``<NANOPUB_NS><claim local id>``.
NANOPUB_NS = f"{BASE_IRI}np/{VERSION}/"

#: The nanopublication schema.
NP = Namespace("http://www.nanopub.org/nschema#")
#: PROV-O.
PROV = Namespace("http://www.w3.org/ns/prov#")
_FIRESLD = Namespace(VOCAB_NS)

#: The graphs of a nanopublication, in the order they are written: IRI suffix (after ``#``).
_PARTS = ("Head", "assertion", "provenance", "pubinfo")

#: The claim's qualifiers: a direct-edge claim with one of these keeps its claim node in the
#: assertion, since the bare ``subject predicate object`` edge cannot say them.
QUALIFIERS = frozenset(
    _FIRESLD[name]
    for name in (
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
)

#: The predicates of a claim node that say what the claim states (its assertion); every other
#: predicate of a claim says where the claim comes from (its provenance).
CONTENT = QUALIFIERS | frozenset(
    [
        RDF.type,
        *(
            _FIRESLD[name]
            for name in (
                "subject",
                "predicate",
                "object",
                "quantity",
                "value_text",
                "value_boolean",
                "negated",
                "certainty",
            )
        ),
    ]
)

#: The predicate linking a claim to the publication stating it (the review).
_STATED_IN = _FIRESLD.stated_in

#: Prefixes the file always declares when used (the caller's prefixes are added to them).
_PREFIXES = {
    "dcterms": str(DCTERMS),
    "firesld": VOCAB_NS,
    "firesld.claim": CLAIM_NS,
    "firesld.np": NANOPUB_NS,
    "firesld.pub": f"{BASE_IRI}publication/",
    "np": str(NP),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

#: Datatypes a TriG writer never spells out (a plain string, a language-tagged string).

_Triple = tuple[Any, Any, Any]

# The IRIs used for every claim, made once (each access to a namespace attribute makes and checks
# a new URIRef).
_TYPE, _LABEL = RDF.type, RDFS.label
_CLAIM, _QUANTITY, _TEXT_ANCHOR = _FIRESLD.Claim, _FIRESLD.Quantity, _FIRESLD.TextAnchor
_HAS_SELECTOR = URIRef("http://www.w3.org/ns/oa#hasSelector")
_NANOPUBLICATION, _WAS_DERIVED_FROM = NP.Nanopublication, PROV.wasDerivedFrom
_HAS_ASSERTION, _HAS_PROVENANCE = NP.hasAssertion, NP.hasProvenance
_HAS_PUBLICATION_INFO = NP.hasPublicationInfo
#: The publication info every nanopublication shares: predicate and object.
_PUBINFO = (
    # midnight UTC of the release date, written as given (rdflib would write +00:00 for Z)
    (
        DCTERMS.created,
        Literal(f"{RELEASE_DATE}T00:00:00Z", datatype=XSD.dateTime, normalize=False),
    ),
    (DCTERMS.creator, URIRef(BASE_IRI)),
    (DCTERMS.license, URIRef(SCHEMA_LICENSE)),
    (PROV.wasDerivedFrom, URIRef(DATASET_VERSION_IRI)),
)


def nanopub_iri(claim: URIRef) -> URIRef:
    """Return the IRI of the nanopublication of a claim.

    :param claim: the claim's IRI (under ``https://w3id.org/firesld/claim/``)
    :returns: ``<NANOPUB_NS><local id>``
    :raises ValueError: when the claim's IRI is not under the claim namespace

    >>> str(nanopub_iri(URIRef("https://w3id.org/firesld/claim/fig1-a1")))
    'https://w3id.org/firesld/np/0.1.0/fig1-a1'
    """
    iri = str(claim)
    if not iri.startswith(CLAIM_NS) or len(iri) == len(CLAIM_NS) or "#" in iri:
        raise ValueError(f"{iri}: not a firesld claim IRI (expected {CLAIM_NS}<id>)")
    return URIRef(NANOPUB_NS + iri[len(CLAIM_NS) :])


def nanopub_parts(graphs: Mapping[str, Graph]) -> dict[URIRef, dict[URIRef, Graph]]:
    """Make the nanopublication of every claim of the release.

    :param graphs: the named graphs of the release (graph IRI to graph); the claims are looked up
        in their union
    :returns: nanopublication IRI to its four graphs (graph IRI to graph, in the order Head,
        assertion, provenance, pubinfo), sorted by nanopublication IRI
    :raises ValueError: when a claim has a blank node, an IRI outside the claim namespace, or two
        values of a single-valued slot
    """
    out: dict[URIRef, dict[URIRef, Graph]] = {}
    for iri, parts in _nanopub_triples(graphs).items():
        out[iri] = {}
        for graph_iri, triples in parts.items():
            graph = out[iri][graph_iri] = Graph()
            for triple in triples:
                graph.add(triple)
    return out


def _nanopub_triples(
    graphs: Mapping[str, Iterable[_Triple]],
) -> dict[URIRef, dict[URIRef, set[_Triple]]]:
    """Return :func:`nanopub_parts` with each graph as its set of triples."""
    if CLAIMS_GRAPH in graphs:
        # every triple about a claim or its quantities is in the claims graph: no union needed
        claims_graph = graphs[CLAIMS_GRAPH]
        union = claims_graph if isinstance(claims_graph, TripleIndex) else TripleIndex(claims_graph)
    else:
        union = TripleIndex()
        for graph in graphs.values():
            union.update(graph)
    claims = sorted(union.subjects(_TYPE, _CLAIM), key=str)
    out: dict[URIRef, dict[URIRef, set[_Triple]]] = {}
    for claim in claims:
        if not isinstance(claim, URIRef):
            raise ValueError(f"a claim is a blank node ({claim}); nanopublications need IRIs")
        out[nanopub_iri(claim)] = _nanopub(union, claim)
    return out


def _nanopub(union: TripleIndex, claim: URIRef) -> dict[URIRef, set[_Triple]]:
    """Return the four graphs of one claim's nanopublication (each a set of triples)."""
    iri = nanopub_iri(claim)
    head, assertion, provenance, pubinfo = (URIRef(f"{iri}#{part}") for part in _PARTS)
    description = sorted(union.predicate_objects(claim), key=lambda po: (str(po[0]), str(po[1])))

    head_graph = {
        (iri, _TYPE, _NANOPUBLICATION),
        (iri, _HAS_ASSERTION, assertion),
        (iri, _HAS_PROVENANCE, provenance),
        (iri, _HAS_PUBLICATION_INFO, pubinfo),
    }

    assertion_graph: set[_Triple] = set()
    edge = direct_edge(union, claim)
    if edge is not None:
        assertion_graph.add(edge)
    if edge is None or any(p in QUALIFIERS for p, _ in description):
        assertion_graph.update(_claim_node(union, claim, description))

    provenance_graph = {(assertion, _WAS_DERIVED_FROM, claim)}
    for p, o in description:
        if p == _STATED_IN:
            provenance_graph.add((assertion, _WAS_DERIVED_FROM, o))
        if p not in CONTENT:
            provenance_graph.add((assertion, p, o))
            if (o, _TYPE, _TEXT_ANCHOR) in union:
                provenance_graph.update(_anchor_triples(union, o))

    local = str(claim)[len(CLAIM_NS) :]
    pubinfo_graph = {(iri, p, o) for p, o in _PUBINFO}
    pubinfo_graph.add((iri, _LABEL, Literal(f"firesld {VERSION}: claim {local}")))
    # Unsigned: no npx:hasSignature / npx:hasPublicKey / npx:hasAlgorithm triples, no trusty URI.

    parts = {
        head: head_graph,
        assertion: assertion_graph,
        provenance: provenance_graph,
        pubinfo: pubinfo_graph,
    }
    for graph in parts.values():
        _refuse_blank_nodes(graph, claim)
    return parts


def _claim_node(
    union: TripleIndex, claim: URIRef, description: Iterable[tuple[Any, Any]]
) -> list[_Triple]:
    """Return the claim's content triples and the triples of the quantity nodes they point to."""
    triples: list[_Triple] = []
    for p, o in description:
        if p not in CONTENT:
            continue
        triples.append((claim, p, o))
        if p != _TYPE and (o, _TYPE, _QUANTITY) in union:
            triples.extend((o, p2, o2) for p2, o2 in union.predicate_objects(o))
    return triples


def _anchor_triples(union: TripleIndex, anchor: Any) -> list[_Triple]:
    """Return the triples of a text anchor and of its selectors (where the review says it)."""
    triples = [(anchor, p, o) for p, o in union.predicate_objects(anchor)]
    for selector in union.objects(anchor, _HAS_SELECTOR):
        triples.extend((selector, p, o) for p, o in union.predicate_objects(selector))
    return triples


def _refuse_blank_nodes(graph: Iterable[_Triple], claim: URIRef) -> None:
    """Refuse a blank node: its label would depend on the writer, and a nanopub must be stable."""
    for triple in graph:
        s, p, o = triple
        if isinstance(s, BNode) or isinstance(p, BNode) or isinstance(o, BNode):
            raise ValueError(f"{claim}: blank node in {triple}; nanopublications are made of IRIs")


def serialize_nanopubs(
    graphs: Mapping[str, Graph | TripleIndex], *, prefixes: Mapping[str, str] | None = None
) -> dict[str, bytes]:
    r"""Write one unsigned nanopublication per claim of the release as TriG, byte-stable.

    :param graphs: the named graphs of the release, as :func:`firesld.export.get_release_graphs`
        returns them (or their :class:`firesld.rdfio.TripleIndex`)
    :param prefixes: more prefixes for the TriG (the schema's, name to namespace); only the ones
        used are written. firesld's own, ``np:``, ``prov:`` and ``dcterms:`` are always available.
    :returns: ``{NANOPUB_FILE: the TriG bytes}``

    >>> g = Graph()
    >>> c, v = URIRef("https://w3id.org/firesld/claim/x-1"), Namespace(VOCAB_NS)
    >>> for p, o in [(RDF.type, v.Claim), (v.certainty, v.asserted),
    ...              (v.subject, URIRef("http://purl.obolibrary.org/obo/CHEBI_231683")),
    ...              (v.predicate, URIRef("https://w3id.org/biolink/vocab/treats")),
    ...              (v.object, URIRef("http://purl.obolibrary.org/obo/MONDO_0015584")),
    ...              (v.supporting_text, Literal("阿那白滞素治疗 FIRES", lang="zh"))]:
    ...     _ = g.add((c, p, o))
    >>> trig = serialize_nanopubs({"https://w3id.org/firesld/graph/claims": g},
    ...                           prefixes={"CHEBI": "http://purl.obolibrary.org/obo/CHEBI_",
    ...                                     "MONDO": "http://purl.obolibrary.org/obo/MONDO_",
    ...                                     "biolink": "https://w3id.org/biolink/vocab/"})
    >>> print(trig[NANOPUB_FILE].decode().replace(chr(9), "  ").strip())
    @prefix CHEBI: <http://purl.obolibrary.org/obo/CHEBI_> .
    @prefix MONDO: <http://purl.obolibrary.org/obo/MONDO_> .
    @prefix biolink: <https://w3id.org/biolink/vocab/> .
    @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix firesld.claim: <https://w3id.org/firesld/claim/> .
    @prefix firesld.np: <https://w3id.org/firesld/np/0.1.0/> .
    @prefix firesld: <https://w3id.org/firesld/vocab/> .
    @prefix np: <http://www.nanopub.org/nschema#> .
    @prefix prov: <http://www.w3.org/ns/prov#> .
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    firesld.np:x-1\#Head {
      firesld.np:x-1 np:hasAssertion firesld.np:x-1\#assertion ;
        np:hasProvenance firesld.np:x-1\#provenance ;
        np:hasPublicationInfo firesld.np:x-1\#pubinfo ;
        a np:Nanopublication .
    }
    firesld.np:x-1\#assertion {
      CHEBI:231683 biolink:treats MONDO:0015584 .
    }
    firesld.np:x-1\#provenance {
      firesld.np:x-1\#assertion prov:wasDerivedFrom firesld.claim:x-1 ;
        firesld:supporting_text "阿那白滞素治疗 FIRES"@zh .
    }
    firesld.np:x-1\#pubinfo {
      firesld.np:x-1 dcterms:created "2026-11-26T00:00:00Z"^^xsd:dateTime ;
        dcterms:creator <https://w3id.org/firesld/> ;
        dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
        rdfs:label "firesld 0.1.0: claim x-1" ;
        prov:wasDerivedFrom <https://w3id.org/firesld/dataset/0.1.0> .
    }
    """
    import pyoxigraph as ox

    nanopubs = _nanopub_triples(graphs)
    ordered: list[Any] = []
    for iri in sorted(nanopubs, key=str):
        for graph_iri, graph in nanopubs[iri].items():  # Head, assertion, provenance, pubinfo
            graph_name = ox.NamedNode(str(graph_iri))
            triples = sorted(
                to_oxigraph_triples(graph),
                key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
            )
            ordered.extend(ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in triples)
    used = used_prefixes(ordered, _merge_prefixes(prefixes or {}))
    trig = bytes(ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=used) or b"").decode()
    # pyoxigraph may write the prefixes in any order: sort them, so the bytes are stable
    lines = trig.splitlines(keepends=True)
    head = sorted(line for line in lines if line.startswith("@prefix"))
    body = [line for line in lines if not line.startswith("@prefix")]
    return {NANOPUB_FILE: "".join(head + body).encode()}


def _merge_prefixes(extra: Mapping[str, str]) -> dict[str, str]:
    """Add the caller's prefixes to firesld's, dropping any that rebinds a name or a namespace."""
    merged = dict(_PREFIXES)
    namespaces = set(_PREFIXES.values())
    for name, namespace in sorted(extra.items()):
        if name not in merged and namespace not in namespaces:
            merged[name] = namespace
            namespaces.add(namespace)
    return merged
