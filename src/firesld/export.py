"""Assemble the release graph and serialise it: Turtle, sorted N-Triples and compacted JSON-LD."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from firesld.constants import Layout
from firesld.errors import ResourceError
from firesld.model import Model
from firesld.rdfio import canonical_turtle, canonicalize, sorted_ntriples

__all__ = [
    "EXPORT_FORMATS",
    "get_release_graph",
    "serialize_jsonld",
    "serialize_release",
]

#: The release files ``firesld build`` writes, by format name.
EXPORT_FORMATS = {
    "turtle": "firesld.ttl",
    "ntriples": "firesld.nt",
    "jsonld": "firesld.jsonld",
}


def _parse(path: Path) -> Graph:
    """Parse a Turtle file, reporting a missing or broken one."""
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as err:
        raise ResourceError(f"{path}: cannot read: {err}") from err


def get_release_graph(layout: Layout, data: Graph) -> Graph:
    """Return the release: the ontology, the import snapshot and the data in one graph.

    :param layout: where the ontology and the import snapshot are
    :param data: the validated data graph
    :returns: the union graph
    """
    graph = Graph()
    graph += _parse(layout.owl_ttl)
    if layout.imports_ttl.is_file():
        graph += _parse(layout.imports_ttl)
    graph += data
    return graph


def serialize_release(graph: Graph, model: Model, context: dict[str, Any]) -> dict[str, bytes]:
    """Serialise the release graph in every export format.

    :param graph: the release graph
    :param model: the compact model (for prefixes)
    :param context: the JSON-LD context document
    :returns: file name to bytes
    """
    canon = canonicalize(graph)
    prefixes = _turtle_prefixes(model)
    return {
        EXPORT_FORMATS["turtle"]: canonical_turtle(canon, prefixes).encode(),
        EXPORT_FORMATS["ntriples"]: sorted_ntriples(canon).encode(),
        EXPORT_FORMATS["jsonld"]: serialize_jsonld(canon, context).encode(),
    }


def _turtle_prefixes(model: Model) -> dict[str, str]:
    """Prefixes for the release Turtle: the schema's, plus the ones the ontology header uses."""
    out = dict(model.prefixes)
    out.pop("linkml", None)
    return out


def serialize_jsonld(graph: Graph, context: dict[str, Any]) -> str:
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

    def compact_iri(iri: str) -> str:
        for name, ns in prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{name}:{iri[len(ns) :]}"
        return iri

    def node_ref(term: Any) -> str:
        return f"_:{term}" if isinstance(term, BNode) else compact_iri(str(term))

    class_terms = {
        entry["@id"]: term
        for term, entry in ctx.items()
        if isinstance(entry, dict) and term[:1].isupper() and not entry.get("@prefix")
    }
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
            _add_values(node, str(pred), objects, by_iri, compact_iri, node_ref)
        nodes.append(node)
    doc = {"@context": ctx, "@graph": nodes}
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def _add_values(
    node: dict[str, Any],
    pred: str,
    objects: list[Any],
    by_iri: dict[str, list[tuple[str, dict[str, Any]]]],
    compact_iri: Any,
    node_ref: Any,
) -> None:
    """Add the values of one predicate to a node object, compacting where the context allows."""
    terms = by_iri.get(pred, [])
    lang_term = next((t for t, e in terms if e.get("@container") == "@language"), None)
    id_term = next((t for t, e in terms if e.get("@type") == "@id"), None)
    typed = {e.get("@type"): t for t, e in terms if e.get("@type") not in (None, "@id")}
    plain_term = next((t for t, e in terms if "@type" not in e and "@container" not in e), None)
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
