"""Assemble the release graph and serialise it.

One release graph, split into four named graphs (ontology, imports, data, claims), is written as
Turtle, sorted N-Triples, compacted JSON-LD, TriG and sorted N-Quads; the SPARQL examples are written
in the SIB sparql-examples form; the entity and claim tables (:mod:`firesld.table_export`) and the KGX
nodes and edges (:mod:`firesld.kgx`) are made from the records of the same graph; and the dataset
description (VoID + DCAT + PAV) describes the RDF files, so it is computed after them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from firesld.constants import (
    BASE_IRI,
    CLAIMS_GRAPH,
    DATA_GRAPH,
    DATASET_IRI,
    DATASET_VERSION_IRI,
    DOWNLOAD_BASE,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    REVIEW_IRI,
    SCHEMA_LICENSE,
    SPARQL_EXAMPLES_NS,
    VOCAB_NS,
    Layout,
)
from firesld.data import direct_edge
from firesld.errors import QueryError, ResourceError
from firesld.kgx import KGX_FILES, serialize_kgx
from firesld.model import Model
from firesld.nanopub import NANOPUB_FILE, serialize_nanopubs
from firesld.rdfio import (
    STANDARD_PREFIXES,
    TripleIndex,
    canonical_turtle,
    canonicalize_dataset,
    ntriples_text,
    relabel_blank_nodes,
    to_oxigraph_triples,
    turtle_text,
    used_prefixes,
)
from firesld.records import get_release_records
from firesld.sssom import SSSOM_FILE, serialize_sssom
from firesld.table_export import TABLE_FILES, serialize_tables
from firesld.version import RELEASE_DATE, VERSION

if TYPE_CHECKING:
    from firesld.queries import ExampleQuery

__all__ = [
    "EXPORT_FORMATS",
    "GRAPH_NAMES",
    "ExportFormat",
    "get_release_graphs",
    "serialize_dataset",
    "serialize_jsonld",
    "serialize_release",
    "serialize_sparql_examples",
    "serialize_void",
]


@dataclass(frozen=True)
class ExportFormat:
    """One file of the release.

    ``media_type`` and ``format_iri`` are set for the files that are distributions of the dataset
    (the same graph in another syntax); the dataset description lists exactly those.
    """

    file_name: str
    title: str
    media_type: str | None = None
    format_iri: str | None = None


#: The release files ``firesld build`` writes, by format name (one registry for the writers, the
#: dataset description and the tests).
EXPORT_FORMATS: dict[str, ExportFormat] = {
    "turtle": ExportFormat(
        "firesld.ttl",
        "Turtle",
        "text/turtle",
        "http://www.w3.org/ns/formats/Turtle",
    ),
    "ntriples": ExportFormat(
        "firesld.nt",
        "sorted N-Triples",
        "application/n-triples",
        "http://www.w3.org/ns/formats/N-Triples",
    ),
    "jsonld": ExportFormat(
        "firesld.jsonld",
        "compacted JSON-LD",
        "application/ld+json",
        "http://www.w3.org/ns/formats/JSON-LD",
    ),
    "trig": ExportFormat(
        "firesld.trig",
        "TriG with named graphs",
        "application/trig",
        "http://www.w3.org/ns/formats/TriG",
    ),
    "nquads": ExportFormat(
        "firesld.nq",
        "sorted N-Quads with named graphs",
        "application/n-quads",
        "http://www.w3.org/ns/formats/N-Quads",
    ),
    "sparql-examples": ExportFormat("firesld.sparql-examples.ttl", "SPARQL examples"),
    "entities-table": ExportFormat(TABLE_FILES["entities"], "entity table (TSV)"),
    "claims-table": ExportFormat(TABLE_FILES["claims"], "claim table (TSV)"),
    "kgx-nodes-tsv": ExportFormat(KGX_FILES["nodes-tsv"], "KGX nodes (TSV)"),
    "kgx-edges-tsv": ExportFormat(KGX_FILES["edges-tsv"], "KGX edges (TSV)"),
    "kgx-nodes-jsonl": ExportFormat(KGX_FILES["nodes-jsonl"], "KGX nodes (JSON Lines)"),
    "kgx-edges-jsonl": ExportFormat(KGX_FILES["edges-jsonl"], "KGX edges (JSON Lines)"),
    "sssom": ExportFormat(SSSOM_FILE, "SSSOM mappings (TSV)"),
    "nanopubs": ExportFormat(NANOPUB_FILE, "nanopublications, one per claim (TriG)"),
    "void": ExportFormat("firesld.void.ttl", "dataset description"),
}

#: The named graphs of the TriG and N-Quads exports, in order of precedence: a triple that two
#: sources state goes to the first graph that has it (the import snapshot repeats the labels of
#: curated entities; those stay in the data graph, so dropping the imports loses no curated fact).
GRAPH_NAMES = (ONTOLOGY_GRAPH, DATA_GRAPH, CLAIMS_GRAPH, IMPORTS_GRAPH)

_FIRESLD = Namespace(VOCAB_NS)
_VOID = Namespace("http://rdfs.org/ns/void#")
_DCAT = Namespace("http://www.w3.org/ns/dcat#")
_PAV = Namespace("http://purl.org/pav/")
_SPDX = Namespace("http://spdx.org/rdf/terms#")
_FOAF = Namespace("http://xmlns.com/foaf/0.1/")
_DCTYPES = Namespace("http://purl.org/dc/dcmitype/")
_SH = Namespace("http://www.w3.org/ns/shacl#")
_SPEX = Namespace("https://purl.expasy.org/sparql-examples/ontology#")
_IANA = "https://www.iana.org/assignments/media-types/"


def _parse(path: Path) -> Graph:
    """Parse a Turtle file, reporting a missing or broken one."""
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as err:
        raise ResourceError(f"{path}: cannot read: {err}") from err


def get_release_graphs(
    layout: Layout, data: Graph, *, entities: Container[tuple[Any, Any, Any]] | None = None
) -> dict[str, TripleIndex]:
    """Return the release split into its four named graphs, each triple in exactly one.

    Each graph is a :class:`firesld.rdfio.TripleIndex` of rdflib terms (what the writers read;
    filling rdflib graphs took longer than writing them).

    - ``…/graph/ontology``: the OWL ontology generated from the schema;
    - ``…/graph/data``: the curated entity records;
    - ``…/graph/claims``: the claim nodes, their quantities and text anchors, and the direct
      ``subject predicate object`` edges of asserted, non-negated claims;
    - ``…/graph/imports``: the import snapshot (authority labels of the external terms), minus the
      triples another graph already has.

    :param layout: where the ontology and the import snapshot are
    :param data: the validated data graph (entity records and claims)
    :param entities: the triples of the entity records alone; a triple they state stays in the data
        graph even when a claim's direct edge repeats it. Without it, every data triple that is not
        about a claim node or a quantity, and is not a direct edge, is an entity triple.
    :returns: graph IRI to graph, in the order of :data:`GRAPH_NAMES`
    """
    ontology = _parse(layout.owl_ttl)
    imports = _parse(layout.imports_ttl) if layout.imports_ttl.is_file() else Graph()
    claim_nodes = set(data.subjects(RDF.type, _FIRESLD.Claim))
    claim_nodes |= set(data.subjects(RDF.type, _FIRESLD.Quantity))
    for anchor_class in ("TextAnchor", "TextQuoteSelector", "TextPositionSelector"):
        claim_nodes |= set(data.subjects(RDF.type, _FIRESLD[anchor_class]))
    direct = _direct_edges(data)
    parts = {name: TripleIndex() for name in GRAPH_NAMES}
    parts[ONTOLOGY_GRAPH].update(ontology)
    for triple in data:
        if triple in parts[ONTOLOGY_GRAPH]:
            continue
        if entities is not None and triple in entities:
            parts[DATA_GRAPH].add(triple)
        elif triple[0] in claim_nodes or triple in direct:
            parts[CLAIMS_GRAPH].add(triple)
        else:
            parts[DATA_GRAPH].add(triple)
    for triple in imports:
        if not any(triple in parts[name] for name in GRAPH_NAMES[:-1]):
            parts[IMPORTS_GRAPH].add(triple)
    return parts


def _direct_edges(data: Graph) -> set[tuple[Any, Any, Any]]:
    """Return the direct edges the build made (:func:`firesld.data.direct_edge` of each claim)."""
    edges = set()
    for claim in data.subjects(RDF.type, _FIRESLD.Claim):
        if isinstance(claim, URIRef) and (edge := direct_edge(data, claim)) is not None:
            edges.add(edge)
    return edges


def serialize_release(
    graphs: Mapping[str, Graph | TripleIndex],
    model: Model,
    context: dict[str, Any],
    *,
    examples: Sequence[ExampleQuery] = (),
) -> dict[str, bytes]:
    """Serialise the release in every export format, the dataset description last.

    The entity and claim tables and the KGX files are made from the records of the same graph
    (:func:`firesld.records.get_release_records`).

    :param graphs: the named graphs of the release (:func:`get_release_graphs`)
    :param model: the compact model (for prefixes)
    :param context: the JSON-LD context document
    :param examples: the SPARQL examples to publish
    :returns: file name (a path under ``exports/``, such as ``kgx/firesld_nodes.tsv``) to bytes
    """
    # each rdflib graph is read once, into an index (what the JSON-LD, the records and the
    # nanopublications look nodes up in), then into pyoxigraph triples (what the RDF writers write)
    parts = {
        name: graph if isinstance(graph, TripleIndex) else TripleIndex(graph)
        for name, graph in graphs.items()
    }
    # one blank node, one label: in the dataset files and in the union graph files alike
    for name, relabelled in relabel_blank_nodes(parts).items():
        parts[name] = TripleIndex(relabelled)
    triples = {name: to_oxigraph_triples(part) for name, part in parts.items()}
    canon = TripleIndex()
    for part in parts.values():
        canon.update(part)
    union = [t for part in triples.values() for t in part]
    prefixes = _turtle_prefixes(model)
    ntriples = ntriples_text(union).encode()
    files = {
        EXPORT_FORMATS["turtle"].file_name: turtle_text(union, prefixes).encode(),
        EXPORT_FORMATS["ntriples"].file_name: ntriples,
        EXPORT_FORMATS["jsonld"].file_name: serialize_jsonld(canon, context).encode(),
    }
    trig, nquads = _dataset_files(triples, prefixes)
    files[EXPORT_FORMATS["trig"].file_name] = trig
    files[EXPORT_FORMATS["nquads"].file_name] = nquads
    files[EXPORT_FORMATS["sparql-examples"].file_name] = serialize_sparql_examples(examples)
    records = get_release_records(canon, model)
    files.update(serialize_tables(records))
    files.update(serialize_kgx(records))
    files.update(serialize_sssom(records, model))
    files.update(serialize_nanopubs(parts, prefixes=prefixes))
    distributions = {
        name: files[fmt.file_name] for name, fmt in EXPORT_FORMATS.items() if fmt.media_type
    }
    files[EXPORT_FORMATS["void"].file_name] = serialize_void(_count(ntriples), distributions)
    return files


def _count(ntriples: bytes) -> dict[str, int]:
    """Count triples, entities and claims of the release's N-Triples (as ``firesld info`` does)."""
    import pyoxigraph as ox

    from firesld.info import count_release

    store = ox.Store()
    store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return count_release(store)


def serialize_dataset(
    graphs: Mapping[str, Graph], prefixes: Mapping[str, str]
) -> tuple[bytes, bytes]:
    """Serialise named graphs as TriG and as sorted N-Quads, byte-stable.

    Blank nodes are relabelled canonically over the whole dataset (RDFC-1.0,
    :func:`firesld.rdfio.canonicalize_dataset`: a blank node keeps one label across graphs, and
    the release's N-Triples, Turtle and JSON-LD use the same labels); quads are sorted by graph, subject, predicate and object before
    pyoxigraph writes them, and the N-Quads lines are sorted.

    :param graphs: graph IRI to graph
    :param prefixes: prefixes for the TriG, name to namespace
    :returns: the TriG bytes and the N-Quads bytes

    >>> from rdflib import Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://purl.obolibrary.org/obo/MONDO_0015584"),
    ...            URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("FIRES", lang="en")))
    >>> trig, nq = serialize_dataset({"https://w3id.org/firesld/graph/data": g},
    ...                              {"MONDO": "http://purl.obolibrary.org/obo/MONDO_"})
    >>> print(trig.decode().replace(chr(9), "  ").strip())
    @prefix MONDO: <http://purl.obolibrary.org/obo/MONDO_> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <https://w3id.org/firesld/graph/data> {
      MONDO:0015584 rdfs:label "FIRES"@en .
    }
    >>> print(nq.decode().strip())
    <http://purl.obolibrary.org/obo/MONDO_0015584> <http://www.w3.org/2000/01/rdf-schema#label> "FIRES"@en <https://w3id.org/firesld/graph/data> .
    """
    triples = {name: to_oxigraph_triples(g) for name, g in canonicalize_dataset(graphs).items()}
    return _dataset_files(triples, prefixes)


def _dataset_files(
    triples: Mapping[str, Sequence[Any]], prefixes: Mapping[str, str]
) -> tuple[bytes, bytes]:
    """Write the TriG and N-Quads of :func:`serialize_dataset` from canonical pyoxigraph triples.

    :param triples: graph IRI to its pyoxigraph triples (blank nodes labelled canonically)
    :param prefixes: prefixes for the TriG, name to namespace
    :returns: the TriG bytes and the N-Quads bytes
    """
    import pyoxigraph as ox

    quads = [
        ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
        for name, part in triples.items()
        for t in part
    ]
    quads = sorted(
        quads,
        key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
    )
    used = used_prefixes(quads, {**STANDARD_PREFIXES, **prefixes})
    trig = bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=used) or b"").decode()
    # pyoxigraph may write the prefixes in any order: sort them, so the bytes are stable
    head = sorted(line for line in trig.splitlines(keepends=True) if line.startswith("@prefix"))
    body = [line for line in trig.splitlines(keepends=True) if not line.startswith("@prefix")]
    lines = bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode().splitlines()
    nquads = "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip())
    return "".join(head + body).encode(), nquads.encode()


def _turtle_prefixes(model: Model) -> dict[str, str]:
    """Prefixes for the release Turtle: the schema's, plus the ones the ontology header uses."""
    out = dict(model.prefixes)
    out.pop("linkml", None)
    return out


def serialize_jsonld(graph: Graph | TripleIndex, context: dict[str, Any]) -> str:
    """Serialise a graph as compacted JSON-LD with firesld's context, deterministically.

    Node objects are written by hand from the graph (rdflib's compaction does not make language
    maps): each subject becomes one node object, sorted by ``@id``; a term of the context is used
    where one fits the predicate and the value, else the full IRI with expanded values.

    :param graph: the graph (blank nodes labelled canonically)
    :param context: the context document (``{"@context": {...}}``)
    :returns: the JSON-LD text
    """
    ctx = context["@context"]
    prefixes = sorted(
        ((k, v["@id"]) for k, v in ctx.items() if isinstance(v, dict) and v.get("@prefix")),
        key=lambda kv: -len(kv[1]),
    )
    by_iri: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for term, entry in ctx.items():
        if isinstance(entry, dict) and not entry.get("@prefix") and "@id" in entry:
            by_iri.setdefault(entry["@id"], []).append((term, entry))

    compacted: dict[str, str] = {}

    def compact_iri(iri: str) -> str:
        found = compacted.get(iri)
        if found is None:
            found = compacted[iri] = iri
            for name, ns in prefixes:
                if iri.startswith(ns) and len(iri) > len(ns):
                    found = compacted[iri] = f"{name}:{iri[len(ns) :]}"
                    break
        return found

    def node_ref(term: Any) -> str:
        return f"_:{term}" if isinstance(term, BNode) else compact_iri(str(term))

    class_terms = {
        entry["@id"]: term
        for term, entry in ctx.items()
        if isinstance(entry, dict) and term[:1].isupper() and not entry.get("@prefix")
    }
    choices: dict[str, _TermChoices] = {}
    nodes: list[dict[str, Any]] = []
    for subject in sorted(set(graph.subjects()), key=node_ref):
        node: dict[str, Any] = {"@id": node_ref(subject)}
        for pred in sorted(set(graph.predicates(subject)), key=str):
            objects = sorted(
                graph.objects(subject, pred),
                key=lambda o: (type(o).__name__, str(o), getattr(o, "language", "") or ""),
            )
            if str(pred) == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
                node["@type"] = [class_terms.get(str(o), node_ref(o)) for o in objects]
                continue
            iri = str(pred)
            if iri not in choices:
                choices[iri] = _term_choices(by_iri.get(iri, []))
            _add_values(node, iri, objects, choices[iri], compact_iri, node_ref)
        nodes.append(node)
    doc = {"@context": ctx, "@graph": nodes}
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


#: The context terms a predicate's values may be written with: for language-tagged strings, for
#: IRIs, by datatype, and for plain strings.
_TermChoices = tuple[str | None, str | None, dict[Any, str], str | None]


def _term_choices(terms: list[tuple[str, dict[str, Any]]]) -> _TermChoices:
    """Pick the context terms of one predicate (its entries in the context) by the value they take."""
    lang_term = next((t for t, e in terms if e.get("@container") == "@language"), None)
    id_term = next((t for t, e in terms if e.get("@type") == "@id"), None)
    typed = {e.get("@type"): t for t, e in terms if e.get("@type") not in (None, "@id")}
    plain_term = next((t for t, e in terms if "@type" not in e and "@container" not in e), None)
    return lang_term, id_term, typed, plain_term


def _add_values(
    node: dict[str, Any],
    pred: str,
    objects: list[Any],
    choices: _TermChoices,
    compact_iri: Any,
    node_ref: Any,
) -> None:
    """Add the values of one predicate to a node object, compacting where the context allows."""
    lang_term, id_term, typed, plain_term = choices
    rest: list[Any] = []
    for obj in objects:
        if isinstance(obj, Literal) and obj.language and lang_term:
            node.setdefault(lang_term, {}).setdefault(obj.language, []).append(str(obj))
        elif isinstance(obj, URIRef | BNode) and id_term:
            node.setdefault(id_term, []).append(node_ref(obj))
        elif isinstance(obj, Literal) and obj.datatype and str(obj.datatype) in typed:
            node.setdefault(typed[str(obj.datatype)], []).append(str(obj))
        elif (
            isinstance(obj, Literal)
            and plain_term
            and not obj.language
            and (obj.datatype is None or str(obj.datatype).endswith("#string"))
        ):
            node.setdefault(plain_term, []).append(str(obj))
        else:
            rest.append(obj)
    if rest:
        node[compact_iri(pred)] = [_expanded_value(o, node_ref, compact_iri) for o in rest]
    for key in list(node):
        value = node[key]
        if isinstance(value, list) and len(value) == 1:
            node[key] = value[0]
        elif isinstance(value, dict):
            node[key] = {k: v[0] if len(v) == 1 else v for k, v in sorted(value.items())}


def _expanded_value(obj: Any, node_ref: Any, compact_iri: Any) -> Any:
    """Write one RDF term as a JSON-LD value object."""
    if isinstance(obj, URIRef | BNode):
        return {"@id": node_ref(obj)}
    assert isinstance(obj, Literal)
    if obj.language:
        return {"@value": str(obj), "@language": obj.language}
    if obj.datatype and not str(obj.datatype).endswith("#string"):
        return {"@value": str(obj), "@type": compact_iri(str(obj.datatype))}
    return str(obj)


def serialize_void(counts: Mapping[str, int], distributions: Mapping[str, bytes]) -> bytes:
    """Describe the release at the HCLS levels (summary, version, distribution) with VoID, DCAT, PAV.

    The description lists the release files it is given, with media type, byte size and SHA-256
    (``spdx:checksum``, as DCAT 3 recommends); it never lists itself, since its own bytes depend on
    the others'.

    :param counts: ``triples``, ``entities`` and ``claims`` of the release graph
    :param distributions: format name (a key of :data:`EXPORT_FORMATS`) to the file's bytes
    :returns: the Turtle bytes
    """
    g = Graph()
    summary, version, publisher = URIRef(DATASET_IRI), URIRef(DATASET_VERSION_IRI), URIRef(BASE_IRI)
    licence = URIRef(SCHEMA_LICENSE)
    issued = Literal(RELEASE_DATE, datatype=XSD.date)
    title = "firesld: the IL-1β/IL-1R1 axis in febrile infection-related epilepsy syndrome (FIRES)"
    description = (
        "The knowledge of one review article, IL-1β/IL-1R1 轴在发热感染相关性癫痫综合征中作用的研究进展"
        " (儿科药物临床研究), as a knowledge graph: every entity the review names, identified by its"
        " authority's IRI, and every statement of the review as a claim with its evidence (ECO),"
        " certainty, verbatim Chinese sentence, English rendering, section and cited references."
    )
    g.add((publisher, RDF.type, _FOAF.Organization))
    g.add((publisher, _FOAF.name, Literal("firesld developers")))

    g.add((summary, RDF.type, _DCTYPES.Dataset))
    g.add((summary, DCTERMS.title, Literal(title, lang="en")))
    g.add((summary, DCTERMS.description, Literal(description, lang="en")))
    g.add((summary, DCTERMS.publisher, publisher))
    g.add((summary, DCTERMS.license, licence))
    g.add((summary, _PAV.hasCurrentVersion, version))

    g.add((version, RDF.type, _DCTYPES.Dataset))
    g.add((version, RDF.type, _DCAT.Dataset))
    g.add((version, DCTERMS.title, Literal(f"{title}, release {VERSION}", lang="en")))
    g.add((version, DCTERMS.description, Literal(description, lang="en")))
    g.add((version, DCTERMS.isVersionOf, summary))
    g.add((version, _PAV.version, Literal(VERSION)))
    g.add((version, DCTERMS.issued, issued))
    g.add((version, DCTERMS.creator, publisher))
    g.add((version, DCTERMS.contributor, publisher))  # the ontology header names the same agent
    g.add((version, DCTERMS.publisher, publisher))
    g.add((version, DCTERMS.license, licence))
    g.add((version, DCTERMS.source, URIRef(REVIEW_IRI)))
    g.add((version, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    for lang in ("zh", "en"):
        g.add((version, DCTERMS.language, URIRef(f"http://id.loc.gov/vocabulary/iso639-1/{lang}")))
    g.add((version, _VOID.vocabulary, URIRef(VOCAB_NS)))
    g.add((version, _VOID.vocabulary, URIRef("https://w3id.org/biolink/vocab/")))
    g.add((version, _VOID.exampleResource, URIRef("http://purl.obolibrary.org/obo/MONDO_0015584")))
    _add_counts(g, version, counts)

    for name, content in distributions.items():
        fmt = EXPORT_FORMATS[name]
        if fmt.media_type is None or fmt.format_iri is None:
            raise ValueError(f"{fmt.file_name} is not a distribution of the dataset")
        dist = URIRef(f"{DATASET_VERSION_IRI}/distribution/{name}")
        download = URIRef(DOWNLOAD_BASE + fmt.file_name)
        g.add((version, _DCAT.distribution, dist))
        g.add((dist, RDF.type, _VOID.Dataset))
        g.add((dist, RDF.type, _DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(f"firesld {VERSION}, {fmt.title}", lang="en")))
        g.add(
            (
                dist,
                DCTERMS.description,
                Literal(
                    f"The firesld release {VERSION} as {fmt.title} ({fmt.file_name}).", lang="en"
                ),
            )
        )
        g.add((dist, DCTERMS.creator, publisher))
        g.add((dist, DCTERMS.publisher, publisher))
        g.add((dist, DCTERMS.license, licence))
        g.add((dist, DCTERMS.issued, issued))
        g.add((dist, _PAV.version, Literal(VERSION)))
        g.add((dist, DCTERMS.format, URIRef(fmt.format_iri)))
        g.add((dist, _DCAT.mediaType, URIRef(_IANA + fmt.media_type)))
        g.add((dist, _DCAT.downloadURL, download))
        g.add((dist, _VOID.dataDump, download))
        g.add((dist, _DCAT.byteSize, Literal(len(content), datatype=XSD.nonNegativeInteger)))
        checksum = BNode()
        g.add((dist, _SPDX.checksum, checksum))
        g.add((checksum, RDF.type, _SPDX.Checksum))
        g.add((checksum, _SPDX.algorithm, _SPDX.checksumAlgorithm_sha256))
        g.add(
            (
                checksum,
                _SPDX.checksumValue,
                Literal(hashlib.sha256(content).hexdigest(), datatype=XSD.hexBinary),
            )
        )
        _add_counts(g, dist, counts)
    prefixes = {
        "dcat": str(_DCAT),
        "dcterms": str(DCTERMS),
        "dctypes": str(_DCTYPES),
        "firesld": VOCAB_NS,
        "foaf": str(_FOAF),
        "pav": str(_PAV),
        "spdx": str(_SPDX),
        "void": str(_VOID),
    }
    return canonical_turtle(g, prefixes).encode()


def _add_counts(g: Graph, node: URIRef, counts: Mapping[str, int]) -> None:
    """Add the VoID statistics: triples, entities, and the claims as a class partition."""
    g.add((node, _VOID.triples, Literal(counts["triples"])))
    g.add((node, _VOID.entities, Literal(counts["entities"])))
    partition = URIRef(f"{node}/claims")
    g.add((node, _VOID.classPartition, partition))
    g.add((partition, _VOID["class"], _FIRESLD.Claim))
    g.add((partition, _VOID.entities, Literal(counts["claims"])))


def serialize_sparql_examples(examples: Sequence[ExampleQuery]) -> bytes:
    """Write SPARQL examples in the SIB sparql-examples form, so a store can host them.

    Each example is a ``sh:SPARQLExecutable`` (and ``sh:SPARQLSelectExecutable``,
    ``sh:SPARQLAskExecutable`` or ``sh:SPARQLConstructExecutable``) with its question as
    ``rdfs:comment``, its text as ``sh:select`` / ``sh:ask`` / ``sh:construct``, and ``sh:prefixes``
    pointing to one node that declares every prefix the examples use; a federated example names
    its endpoint with ``spex:federatesWith``.

    :param examples: the example queries
    :returns: the Turtle bytes
    """
    g = Graph()
    prefixes_node = URIRef(SPARQL_EXAMPLES_NS)
    g.add((prefixes_node, RDF.type, OWL.Ontology))
    g.add((prefixes_node, RDFS.label, Literal("firesld SPARQL examples", lang="en")))
    declared: dict[str, str] = {}
    kinds = {
        "select": (_SH.SPARQLSelectExecutable, _SH.select),
        "ask": (_SH.SPARQLAskExecutable, _SH.ask),
        "construct": (_SH.SPARQLConstructExecutable, _SH.construct),
        "describe": (_SH.SPARQLExecutable, _SPEX.describe),
    }
    for example in examples:
        node = URIRef(SPARQL_EXAMPLES_NS + example.name)
        kind, text_property = kinds[example.form]
        g.add((node, RDF.type, _SH.SPARQLExecutable))
        g.add((node, RDF.type, kind))
        g.add((node, RDFS.label, Literal(example.name)))
        g.add((node, RDFS.comment, Literal(example.comment, lang="en")))
        g.add((node, _SH.prefixes, prefixes_node))
        g.add((node, text_property, Literal(example.body)))
        for endpoint in example.services:
            g.add((node, _SPEX.federatesWith, URIRef(endpoint)))
        for name, namespace in example.prefixes.items():
            if declared.setdefault(name, namespace) != namespace:
                raise QueryError(
                    f"{example.name}: PREFIX {name}: <{namespace}> differs from another example's "
                    f"<{declared[name]}>; use one namespace per prefix name"
                )
    for name, namespace in sorted(declared.items()):
        declaration = BNode()
        g.add((prefixes_node, _SH.declare, declaration))
        g.add((declaration, _SH.prefix, Literal(name)))
        g.add((declaration, _SH.namespace, Literal(namespace, datatype=XSD.anyURI)))
    prefixes = {
        "ex": SPARQL_EXAMPLES_NS,
        "sh": str(_SH),
        "spex": str(_SPEX),
    }
    return canonical_turtle(g, prefixes).encode()
