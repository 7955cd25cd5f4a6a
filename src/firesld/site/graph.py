"""Read the release graph (as a store holds it) into what the site's pages show."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from firesld.constants import (
    BASE_IRI,
    CLAIMS_GRAPH,
    DATA_GRAPH,
    IMPORTS_GRAPH,
    ONTOLOGY_GRAPH,
    VOCAB_NS,
)

__all__ = ["AUTHORITY_PAGES", "Release", "authority_url", "serialize"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
V = VOCAB_NS
ENTITY_NS = BASE_IRI + "entity/"
PUB_NS = BASE_IRI + "publication/"
STUDY_NS = BASE_IRI + "study/"

#: Where each authority shows its own page for an id (``{}`` is the local part of the CURIE).
#: OBO terms resolve through their PURL, which is the authority's own page.
AUTHORITY_PAGES: dict[str, str] = {
    "HGNC": "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:{}",
    "CHEBI": "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:{}",
    "UniProtKB": "https://www.uniprot.org/uniprotkb/{}/entry",
    "DRUGBANK": "https://go.drugbank.com/drugs/{}",
    "MESH": "https://meshb.nlm.nih.gov/record/ui?ui={}",
    "NCBIGene": "https://www.ncbi.nlm.nih.gov/gene/{}",
    "CHEMBL.COMPOUND": "https://www.ebi.ac.uk/chembl/compound_report_card/{}/",
    "OMIM": "https://omim.org/entry/{}",
    "orphanet": "https://www.orpha.net/en/disease/detail/{}",
}
_OBO = "http://purl.obolibrary.org/obo/"


def authority_url(curie: str, iri: str) -> str | None:
    """Return the authority's own page for an id, or None for a firesld IRI.

    >>> authority_url("HGNC:5992", "http://identifiers.org/hgnc/5992")
    'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:5992'
    >>> authority_url("MONDO:0015584", "http://purl.obolibrary.org/obo/MONDO_0015584")
    'http://purl.obolibrary.org/obo/MONDO_0015584'
    """
    if iri.startswith(BASE_IRI):
        return None
    prefix, _, local = curie.partition(":")
    if prefix in AUTHORITY_PAGES and local:
        return AUTHORITY_PAGES[prefix].format(local)
    if iri.startswith(_OBO) or iri.startswith("http"):
        return iri
    return None


def _prefixes(trig: str) -> dict[str, str]:
    """Return the prefixes declared at the top of the release TriG."""
    return dict(re.findall(r"^@prefix ([\w.-]*): <([^>]+)> \.$", trig, re.MULTILINE))


def _key(term: Any) -> str:
    return str(term)


@dataclass
class Release:
    """The release graph in a pyoxigraph store, with the look-ups the pages need."""

    store: Any
    prefixes: dict[str, str]
    labels: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, trig_path: str) -> Release:
        """Load ``firesld.trig`` (four named graphs) into a new store."""
        with open(trig_path, encoding="utf-8") as handle:
            text = handle.read()
        store = ox.Store()
        store.load(text.encode("utf-8"), format=ox.RdfFormat.TRIG)
        release = cls(store, _prefixes(text))
        release._index_labels()
        return release

    def _index_labels(self) -> None:
        labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for quad in self.store.quads_for_pattern(None, ox.NamedNode(RDFS_LABEL), None, None):
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal):
                lang = quad.object.language or ""
                bucket = labels[quad.subject.value][lang]
                if quad.object.value not in bucket:
                    bucket.append(quad.object.value)
        self.labels = {k: {lg: sorted(v) for lg, v in d.items()} for k, d in labels.items()}

    # ------------------------------------------------------------------ terms
    def curie(self, iri: str) -> str:
        """Compact an IRI with the release prefixes (longest namespace wins)."""
        best = ""
        for name, ns in self.prefixes.items():
            if iri.startswith(ns) and len(ns) > len(self.prefixes.get(best, "")) and name:
                rest = iri[len(ns) :]
                if rest and "/" not in rest and "#" not in rest:
                    best = name
        return f"{best}:{iri[len(self.prefixes[best]) :]}" if best else iri

    def label(self, iri: str, lang: str = "en") -> str:
        """Return the best label in a language (then untagged, then any), or ""."""
        by_lang = self.labels.get(iri, {})
        for key in (lang, "", "en", "zh"):
            if by_lang.get(key):
                return by_lang[key][0]
        return ""

    def objects(self, subject: str, predicate: str, graph: str | None = None) -> list[Any]:
        """Return the objects of (subject, predicate), sorted, in one graph or all."""
        g = ox.NamedNode(graph) if graph else None
        found = {
            _key(q.object): q.object
            for q in self.store.quads_for_pattern(
                ox.NamedNode(subject), ox.NamedNode(predicate), None, g
            )
        }
        return [found[k] for k in sorted(found)]

    def one(self, subject: str, predicate: str) -> Any:
        """Return the first object of (subject, predicate), or None."""
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def value(self, subject: str, predicate: str) -> str:
        """Return the first object's value, or ""."""
        term = self.one(subject, predicate)
        return "" if term is None else str(term.value)

    def subjects_of_type(self, rdf_type: str, graph: str) -> list[str]:
        """Named subjects of a type in one graph, sorted."""
        return sorted(
            {
                q.subject.value
                for q in self.store.quads_for_pattern(
                    None, ox.NamedNode(RDF_TYPE), ox.NamedNode(rdf_type), ox.NamedNode(graph)
                )
                if isinstance(q.subject, ox.NamedNode)
            }
        )

    def description(self, iri: str, graphs: Iterable[str] | None = None) -> list[Any]:
        """Return the triples about a resource: its own, and those of blank nodes it leads to."""
        wanted = [ox.NamedNode(g) for g in graphs] if graphs else [None]
        triples: dict[str, Any] = {}
        todo: list[Any] = [ox.NamedNode(iri)]
        seen: set[str] = set()
        while todo:
            node = todo.pop()
            if _key(node) in seen:
                continue
            seen.add(_key(node))
            for g in wanted:
                for q in self.store.quads_for_pattern(node, None, None, g):
                    triple = ox.Triple(q.subject, q.predicate, q.object)
                    triples[_key(triple)] = triple
                    if isinstance(q.object, ox.BlankNode):
                        todo.append(q.object)
        return [triples[k] for k in sorted(triples)]

    def graph_triples(self, graph: str) -> list[Any]:
        """Every triple of a named graph."""
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        ]

    # ------------------------------------------------------------------ kinds
    def entities(self) -> list[str]:
        """Every curated record (typed in the data graph), sorted."""
        return sorted(
            {
                q.subject.value
                for q in self.store.quads_for_pattern(
                    None, ox.NamedNode(RDF_TYPE), None, ox.NamedNode(DATA_GRAPH)
                )
                if isinstance(q.subject, ox.NamedNode)
            }
        )

    def claims(self) -> list[str]:
        """Every claim node, sorted."""
        return self.subjects_of_type(V + "Claim", CLAIMS_GRAPH)

    def vocabulary(self) -> list[str]:
        """Every firesld vocabulary IRI used anywhere in the release, sorted."""
        found: set[str] = set()
        for q in self.store.quads_for_pattern(None, None, None, None):
            for term in (q.subject, q.predicate, q.object):
                if isinstance(term, ox.NamedNode) and term.value.startswith(VOCAB_NS):
                    if "/" not in term.value[len(VOCAB_NS) :]:
                        found.add(term.value)
        return sorted(found)

    def ontology_kind(self, iri: str) -> str:
        """``class``, ``slot``, ``enum``, ``value`` (of an enum) or ``term`` (not declared)."""
        types = {t.value for t in self.objects(iri, RDF_TYPE, ONTOLOGY_GRAPH)}
        if "http://www.w3.org/2002/07/owl#ObjectProperty" in types or (
            "http://www.w3.org/2002/07/owl#DatatypeProperty" in types
        ):
            return "slot"
        if self.objects(iri, "https://w3id.org/linkml/permissible_values", ONTOLOGY_GRAPH):
            return "enum"
        parents = self.objects(iri, "http://www.w3.org/2000/01/rdf-schema#subClassOf")
        for parent in parents:
            if isinstance(parent, ox.NamedNode) and self.objects(
                parent.value, "https://w3id.org/linkml/permissible_values", ONTOLOGY_GRAPH
            ):
                return "value"
        if "http://www.w3.org/2002/07/owl#Class" in types:
            return "class"
        return "term"

    def claims_about(self, iri: str) -> list[tuple[str, str]]:
        """Return the claims an entity is in: (role, claim IRI) where role is subject or object."""
        out: set[tuple[str, str]] = set()
        for role in ("subject", "object"):
            pattern = (None, ox.NamedNode(V + role), ox.NamedNode(iri), ox.NamedNode(CLAIMS_GRAPH))
            for q in self.store.quads_for_pattern(*pattern):
                out.add((role, q.subject.value))
        return sorted(out, key=lambda rc: (rc[1], rc[0]))

    def imports_label(self, iri: str) -> str:
        """Return the authority's own label from the import snapshot, or ""."""
        for term in self.objects(iri, RDFS_LABEL, IMPORTS_GRAPH):
            return str(term.value)
        return ""


def serialize(triples: list[Any], fmt: Any, prefixes: dict[str, str]) -> bytes:
    """Serialise triples (or quads) reproducibly: blank nodes relabelled canonically, sorted.

    :param triples: pyoxigraph triples or quads
    :param fmt: a ``pyoxigraph.RdfFormat``
    :param prefixes: prefixes to declare (those used)
    :returns: the bytes
    """
    if any(
        isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples
    ):
        dataset = ox.Dataset([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in dataset]
    ordered = sorted(triples, key=str)
    used = {
        name: ns
        for name, ns in sorted(prefixes.items())
        if name and any(ns in str(t) for t in ordered)
    }
    if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        return b"".join(str(t).encode("utf-8") + b" .\n" for t in ordered)
    data = ox.serialize(ordered, format=fmt, prefixes=used)
    assert data is not None
    return data
