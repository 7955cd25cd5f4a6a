"""Read typed records, entities and claims, back from the release graph.

The records are instances of the pydantic classes that LinkML generates from the schema
(:mod:`firesld.datamodel.firesld_pydantic`). They are filled from the RDF of the release through the
compact model (slot IRIs, languages, enum meanings), so reading them needs neither the curated YAML
nor LinkML: the installed wheel's ``exports/firesld.nt`` is enough. Identifiers are CURIEs with the
schema's prefixes, enum values are the schema's permissible values (``asserted``, ``treats``,
``traceable_author_statement``), multivalued slots are sorted lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from firesld.constants import VOCAB_NS
from firesld.errors import DataError
from firesld.model import Model

if TYPE_CHECKING:
    from firesld.datamodel.firesld_pydantic import Claim, NamedThing
    from firesld.rdfio import TripleIndex

__all__ = [
    "NOT_ENTITY_CLASSES",
    "ReleaseRecords",
    "compact",
    "get_claim_records",
    "get_entity_records",
    "get_release_records",
    "label_of",
]

#: Schema classes whose instances are not entity records.
NOT_ENTITY_CLASSES = frozenset(
    {"Claim", "Quantity", "TextAnchor", "TextSelector", "TextQuoteSelector", "TextPositionSelector"}
)


def compact(model: Model, iri: str) -> str:
    """Write an IRI as a CURIE with the schema's prefixes (the IRI itself when no prefix fits).

    :param model: the compact model
    :param iri: the IRI
    :returns: the CURIE

    >>> from firesld.model import load_model
    >>> compact(load_model(), "http://identifiers.org/hgnc/6000")
    'HGNC:6000'
    """
    return model.compress(iri)


def label_of(graph: Graph | TripleIndex, node: Any, language: str = "en") -> str | None:
    """Return a node's ``rdfs:label`` in a language (or without one), if it has one.

    :param graph: the graph
    :param node: the node
    :param language: the language tag wanted; a label without a tag is the fallback
    :returns: the label, or ``None``
    """
    plain = None
    for label in sorted(graph.objects(node, RDFS.label), key=str):
        if isinstance(label, Literal):
            if label.language == language:
                return str(label)
            if label.language is None and plain is None:
                plain = str(label)
    return plain


def _slot_index(cls: dict[str, Any]) -> dict[tuple[str, str | None], tuple[str, dict[str, Any]]]:
    """Map (slot IRI, language) to the slot of a class that a triple with them fills."""
    index: dict[tuple[str, str | None], tuple[str, dict[str, Any]]] = {}
    for name, slot in sorted(cls["slots"].items()):
        if slot["identifier"]:
            continue
        index.setdefault((slot["slot_uri"], slot["language"]), (name, slot))
    return index


def _python_value(model: Model, graph: Graph | TripleIndex, term: Any, slot: dict[str, Any]) -> Any:
    """Convert one RDF term to the value the pydantic field of its slot takes."""
    kind = slot["kind"]
    if kind == "enum":
        names = {iri: name for name, iri in model.enums[slot["range"]]["values"].items()}
        return names.get(str(term), str(term))
    if kind == "class" and slot["inlined"]:
        name = _most_specific(model, graph, term, slot["range"])
        values = _node_values(model, graph, term, name)
        if name == slot["range"]:
            return values
        from firesld.datamodel import firesld_pydantic

        return getattr(firesld_pydantic, name)(**values)  # a subclass: pydantic would not pick it
    if isinstance(term, URIRef):
        return compact(model, str(term))
    datatype = slot["datatype"]
    if datatype == str(XSD.boolean):
        return bool(term.toPython())
    if datatype == str(XSD.integer):
        return int(term)
    if datatype == str(XSD.decimal):
        return Decimal(str(term))
    return str(term)


def _most_specific(model: Model, graph: Graph | TripleIndex, node: Any, class_name: str) -> str:
    """Return the schema class of an inlined node: its typed subclass of the slot's range, if any."""
    by_uri = {cls["class_uri"]: name for name, cls in model.classes.items()}
    for cls_uri in sorted(graph.objects(node, RDF.type), key=str):
        name = by_uri.get(str(cls_uri))
        if name is not None and class_name in model.ancestors(name):
            return name
    return class_name


def _sort_key(value: Any) -> tuple[float, str]:
    """Sort numbers numerically and everything else as text."""
    if isinstance(value, int | Decimal):
        return (float(value), "")
    return (0.0, str(value))


def _node_values(
    model: Model, graph: Graph | TripleIndex, node: Any, class_name: str
) -> dict[str, Any]:
    """Collect the slot values of one node: lists for multivalued slots, single values otherwise."""
    cls = model.classes[class_name]
    index = _slot_index(cls)
    found: dict[str, list[Any]] = {}
    for predicate, term in graph.predicate_objects(node):
        language = term.language if isinstance(term, Literal) else None
        entry = index.get((str(predicate), language))
        if entry is None:
            continue  # rdf:type, provenance of the import snapshot, another vocabulary's triple
        name, slot = entry
        found.setdefault(name, []).append(_python_value(model, graph, term, slot))
    values: dict[str, Any] = {}
    for name, items in sorted(found.items()):
        slot = cls["slots"][name]
        items = sorted(items, key=_sort_key) if not slot["inlined"] else items
        values[name] = items if slot["multivalued"] else items[0]
    return values


def _build(class_name: str, curie: str, values: dict[str, Any]) -> Any:
    """Instantiate the generated pydantic class of a record."""
    from pydantic import ValidationError

    from firesld.datamodel import firesld_pydantic

    cls = getattr(firesld_pydantic, class_name)
    try:
        return cls(id=curie, **values)
    except ValidationError as err:
        raise DataError(
            f"{curie}: the release graph does not fit the schema's {class_name} class: {err}"
        ) from err


def _typed_nodes(
    model: Model, graph: Graph | TripleIndex, class_names: Iterable[str]
) -> dict[URIRef, str]:
    """Return the IRI nodes typed with one of the given schema classes, with the class name."""
    by_uri = {model.classes[name]["class_uri"]: name for name in class_names}
    nodes: dict[URIRef, str] = {}
    for node, cls_uri in graph.subject_objects(RDF.type):
        name = by_uri.get(str(cls_uri))
        if name is None or not isinstance(node, URIRef) or str(node).startswith(VOCAB_NS):
            continue
        nodes[node] = name
    return nodes


def get_entity_records(graph: Graph | TripleIndex, model: Model) -> dict[str, NamedThing]:
    """Read every entity record of a release graph.

    An entity is a node typed with a schema class other than ``Claim`` and ``Quantity``. Triples
    that no slot of its class describes (``rdf:type``, the import snapshot's ``dcterms:source``) are
    left out.

    :param graph: the release graph (or any graph the build made)
    :param model: the compact model
    :returns: the records by CURIE, sorted by CURIE
    :raises DataError: when a node does not fit its class (the release was not made by the build)
    """
    names = [n for n in model.classes if n not in NOT_ENTITY_CLASSES]
    records: dict[str, NamedThing] = {}
    for node, class_name in _typed_nodes(model, graph, names).items():
        curie = compact(model, str(node))
        records[curie] = _build(class_name, curie, _node_values(model, graph, node, class_name))
    return dict(sorted(records.items()))


def get_claim_records(graph: Graph | TripleIndex, model: Model) -> list[Claim]:
    """Read every claim of a release graph.

    :param graph: the release graph (or any graph the build made)
    :param model: the compact model
    :returns: the claims, sorted by id
    :raises DataError: when a claim node does not fit the Claim class
    """
    claims = []
    for node in _typed_nodes(model, graph, ["Claim"]):
        curie = compact(model, str(node))
        claims.append(_build("Claim", curie, _node_values(model, graph, node, "Claim")))
    return sorted(claims, key=lambda c: str(c.id))


@dataclass(frozen=True)
class ReleaseRecords:
    """The records of one release graph: what the tables, the KGX files and the API are made from."""

    graph: Graph | TripleIndex
    model: Model
    entities: dict[str, NamedThing]
    claims: list[Claim]

    def label(self, curie: str, language: str = "en") -> str | None:
        """Return the label of an entity, or of another term the graph labels (an ECO term).

        :param curie: the CURIE
        :param language: ``en`` or ``zh``
        :returns: the label, or ``None``
        """
        record = self.entities.get(curie)
        if record is not None:
            labels = record.label if language == "en" else record.label_zh
            if labels:
                return str(labels[0])
        return label_of(self.graph, URIRef(self.model.expand(curie)), language)

    def iri(self, curie: str) -> str:
        """Expand a CURIE with the schema's prefixes.

        :param curie: the CURIE
        :returns: the IRI (the CURIE itself when no prefix fits)
        """
        return self.model.expand(curie)


def get_release_records(graph: Graph | TripleIndex, model: Model) -> ReleaseRecords:
    """Read the entity and claim records of a release graph.

    :param graph: the release graph
    :param model: the compact model
    :returns: the records with the graph and model they were read with
    :raises DataError: when a node does not fit its class
    """
    return ReleaseRecords(
        graph, model, get_entity_records(graph, model), get_claim_records(graph, model)
    )
