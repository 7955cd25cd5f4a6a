"""The release as a KGX graph (Biolink nodes and edges), for Monarch, Translator and KG-Hub merges.

KGX is the Biolink property-graph exchange format: a nodes file and an edges file, as TSV (lists
joined by ``|``) or as JSON Lines. firesld writes both pairs under ``exports/kgx/``:

- a **node** per entity whose id has a prefix the Biolink model knows (:data:`BIOLINK_PREFIXES`):
  its Biolink ``category``, ``name`` (the English label), ``description``, ``synonym`` (English and
  Chinese names), ``xref`` (exact matches), ``iri``, ``in_taxon``, ``symbol`` and ``provided_by``;
- an **edge** per claim that has an object, when both its ends are nodes: ``id`` (the claim's CURIE),
  ``subject``, ``predicate``, ``object``, ``category``, ``knowledge_level``, ``agent_type``,
  ``primary_knowledge_source``, ``publications`` (the review and the references the sentence cites),
  ``has_evidence`` (ECO), ``supporting_text`` (the review's sentence and its English rendering),
  ``species_context_qualifier``, ``negated`` (a Biolink boolean on every edge: ``true`` when the
  review states that the relation does not hold), and two firesld columns: ``certainty``
  (``asserted`` or ``hedged``; a hedged claim's ``knowledge_level`` is ``prediction``) and
  ``knowledge_source_note``.

A consumer that wants only what the review asserts keeps the edges whose ``negated`` is false and
whose ``knowledge_level`` is not ``prediction``; a hedged edge is the review's hypothesis (可能,
"may"), a negated one says the relation does not hold.

``negated`` is written ``true`` / ``false`` in JSON Lines. In TSV a false one is an empty cell:
kgx 2.6.0 reads a TSV boolean with Python's ``bool()``, so the text ``false`` would come back true
(the tests show it); kgx, like Biolink, reads an absent ``negated`` as false.

A claim whose predicate is firesld's own (``firesld:has_approved_indication``,
``firesld:competes_with`` …) becomes a ``biolink:related_to`` edge whose ``original_predicate`` keeps
firesld's predicate. Quantity and value claims (no object) are not edges; nor are claims with an end
that has a firesld-minted id (``firesld.entity:``, ``firesld.study:``, ``firesld.pub:``), which the
Biolink prefix map does not know; both stay in the RDF release and in ``firesld_claims.tsv``.

firesld's information-resource id, ``infores:firesld``, is not registered in the Biolink Information
Resource Registry; every node and edge says so in ``knowledge_source_note``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from firesld.records import ReleaseRecords, compact
from firesld.tsv import format_tsv, kgx_cell

__all__ = [
    "BIOLINK_PREFIXES",
    "EDGE_COLUMNS",
    "INFORES",
    "INFORES_NOTE",
    "KGX_FILES",
    "NODE_COLUMNS",
    "KgxGraph",
    "format_kgx_jsonl",
    "format_kgx_tsv",
    "get_kgx",
    "serialize_kgx",
]

#: firesld's information-resource id (the ``infores`` prefix is Biolink's; this id is unregistered).
INFORES = "infores:firesld"

#: What every node and edge says about :data:`INFORES`.
INFORES_NOTE = (
    "infores:firesld is firesld's own information-resource id; it is not registered in the Biolink "
    "Information Resource Registry (https://github.com/biolink/information-resource-registry)"
)

#: The prefixes of firesld's schema that the Biolink model's prefix map has; an entity whose id has
#: another prefix (a firesld-minted ``firesld.entity:`` id, ``orphanet:``) is not a KGX node.
BIOLINK_PREFIXES = frozenset(
    {
        "CHEBI",
        "CHEMBL.COMPOUND",
        "CL",
        "DOID",
        "DRUGBANK",
        "GO",
        "HGNC",
        "HP",
        "MAXO",
        "MESH",
        "MONDO",
        "NCBIGene",
        "NCBITaxon",
        "OMIM",
        "UBERON",
        "UniProtKB",
    }
)

#: The columns of the KGX nodes file, in order (the TSV header; the keys of a JSON Lines record).
NODE_COLUMNS = (
    "id",
    "category",
    "name",
    "description",
    "synonym",
    "xref",
    "iri",
    "in_taxon_label",
    "symbol",
    "provided_by",
    "knowledge_source_note",
)

#: The columns of the KGX edges file, in order.
EDGE_COLUMNS = (
    "id",
    "subject",
    "predicate",
    "object",
    "category",
    "knowledge_level",
    "agent_type",
    "primary_knowledge_source",
    "publications",
    "has_evidence",
    "supporting_text",
    "species_context_qualifier",
    "frequency_qualifier",
    "degree",
    "negated",
    "original_predicate",
    "certainty",
    "knowledge_source_note",
)

#: The files under ``exports/``, by name.
KGX_FILES = {
    "nodes-tsv": "kgx/firesld_nodes.tsv",
    "edges-tsv": "kgx/firesld_edges.tsv",
    "nodes-jsonl": "kgx/firesld_nodes.jsonl",
    "edges-jsonl": "kgx/firesld_edges.jsonl",
}

_BIOLINK = "https://w3id.org/biolink/vocab/"

#: A KGX node or edge: property to value (lists for multivalued properties; no empty values).
Record = dict[str, Any]


@dataclass(frozen=True)
class KgxGraph:
    """The KGX nodes and edges of the release, and what was left out of them."""

    nodes: list[Record]
    edges: list[Record]
    #: Claims without an object (a quantity or a value): not edges.
    claims_without_object: list[str] = field(default_factory=list)
    #: Claims with an end whose id Biolink cannot name: not edges.
    claims_with_local_end: list[str] = field(default_factory=list)
    #: Entities whose id Biolink cannot name: not nodes.
    local_entities: list[str] = field(default_factory=list)


def _value(value: Any) -> Any:
    """Return an enum member's value."""
    return value.value if isinstance(value, Enum) else value


def _prefix(curie: str) -> str:
    """Return the prefix of a CURIE."""
    return curie.split(":", 1)[0]


def _prune(record: Mapping[str, Any], columns: Sequence[str]) -> Record:
    """Keep the columns in order, dropping empty values (``None``, ``""``, ``[]``)."""
    return {c: record[c] for c in columns if record.get(c) not in (None, "", [])}


def _node(release: ReleaseRecords, curie: str) -> Record:
    """Make the KGX node of one entity."""
    record = release.entities[curie]
    mappings = release.model.classes[type(record).__name__]["mappings"]
    synonyms = list(record.synonyms or []) + list(record.label_zh or [])
    synonyms += list(record.synonyms_zh or [])
    taxon = getattr(record, "in_taxon", None)
    node = {
        "id": curie,
        "category": [compact(release.model, m) for m in mappings if m.startswith(_BIOLINK)],
        "name": str(record.label[0]) if record.label else None,
        "description": record.description,
        "synonym": list(dict.fromkeys(synonyms)),
        "xref": list(record.exact_matches or []),
        "iri": release.iri(curie),
        "in_taxon_label": release.label(taxon) if taxon else None,
        "symbol": getattr(record, "symbol", None),
        "provided_by": [INFORES],
        "knowledge_source_note": INFORES_NOTE,
    }
    return _prune(node, NODE_COLUMNS)


def _edge(release: ReleaseRecords, index: int) -> Record:
    """Make the KGX edge of one claim (which has an object)."""
    claim = release.claims[index]
    model = release.model
    predicate_iri = model.enums["PredicateEnum"]["values"][_value(claim.predicate)]
    predicate = compact(model, predicate_iri)
    original = None
    if not predicate_iri.startswith(_BIOLINK):
        predicate, original = "biolink:related_to", predicate
    review = claim.stated_in
    cited = [f"firesld.pub:ref-{n}" for n in claim.reference_numbers or []]
    edge = {
        "id": claim.id,
        "subject": claim.subject,
        "predicate": predicate,
        "object": claim.object,
        "category": ["biolink:Association"],
        "knowledge_level": _value(claim.knowledge_level),
        "agent_type": _value(claim.agent_type),
        "primary_knowledge_source": INFORES,
        "publications": ([review] if review else []) + cited,
        "has_evidence": [
            compact(model, model.enums["EvidenceEnum"]["values"][_value(claim.evidence_type)])
        ],
        "supporting_text": list(claim.supporting_text_zh) + list(claim.supporting_text_en),
        "species_context_qualifier": claim.species_context,
        # how often the review says the relation holds, in its words (firesld:not_necessarily,
        # firesld:in_few …): an edge with a weak frequency is not a general fact
        "frequency_qualifier": (
            compact(
                model,
                model.enums["QualitativeFrequencyEnum"]["values"][
                    _value(claim.qualitative_frequency)
                ],
            )
            if claim.qualitative_frequency
            else None
        ),
        # how much or how well, in the review's words (firesld:poorly, firesld:mainly …); not a
        # Biolink qualifier, so firesld's own column
        "degree": (
            compact(model, model.enums["DegreeEnum"]["values"][_value(claim.degree)])
            if claim.degree
            else None
        ),
        "negated": bool(claim.negated),
        "original_predicate": original,
        "certainty": _value(claim.certainty),
        "knowledge_source_note": INFORES_NOTE,
    }
    return _prune(edge, EDGE_COLUMNS)


def get_kgx(release: ReleaseRecords) -> KgxGraph:
    """Make the KGX nodes and edges of the release.

    :param release: the records of the release
    :returns: nodes sorted by id, edges sorted by id, and what was left out
    """
    nodes, local = [], []
    for curie in release.entities:
        if _prefix(curie) in BIOLINK_PREFIXES:
            nodes.append(_node(release, curie))
        else:
            local.append(curie)
    ids = {node["id"] for node in nodes}
    edges, without_object, local_end = [], [], []
    for index, claim in enumerate(release.claims):
        if claim.object is None:
            without_object.append(claim.id)
        elif claim.subject not in ids or claim.object not in ids:
            local_end.append(claim.id)
        else:
            edges.append(_edge(release, index))
    return KgxGraph(nodes, edges, without_object, local_end, local)


def format_kgx_tsv(records: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Write KGX records as TSV: a header, one line per record, lists joined by ``|``, no quoting.

    A boolean is written ``true``, or left empty when false: kgx reads any non-empty TSV text as
    true, ``false`` included.

    :param records: nodes or edges
    :param columns: the columns, in order
    :returns: the text

    >>> text = format_kgx_tsv([{"id": "HGNC:6000", "category": ["biolink:Gene"], "negated": True}],
    ...                       ("id", "category", "name", "negated"))
    >>> print(text.replace(chr(9), " | "), end="")
    id | category | name | negated
    HGNC:6000 | biolink:Gene |  | true
    """
    return format_tsv(columns, ([r.get(c) for c in columns] for r in records), kgx_cell)


def format_kgx_jsonl(records: Sequence[Mapping[str, Any]]) -> str:
    """Write KGX records as JSON Lines: one object a line, keys in column order, UTF-8 text.

    :param records: nodes or edges
    :returns: the text

    >>> print(format_kgx_jsonl([{"id": "HGNC:6000", "category": ["biolink:Gene"]}]), end="")
    {"id": "HGNC:6000", "category": ["biolink:Gene"]}
    """
    return "".join(json.dumps(dict(r), ensure_ascii=False) + "\n" for r in records)


def serialize_kgx(release: ReleaseRecords) -> dict[str, bytes]:
    """Write the KGX nodes and edges as TSV and as JSON Lines.

    :param release: the records of the release
    :returns: path under ``exports/`` (:data:`KGX_FILES`) to bytes
    """
    graph = get_kgx(release)
    return {
        KGX_FILES["nodes-tsv"]: format_kgx_tsv(graph.nodes, NODE_COLUMNS).encode(),
        KGX_FILES["edges-tsv"]: format_kgx_tsv(graph.edges, EDGE_COLUMNS).encode(),
        KGX_FILES["nodes-jsonl"]: format_kgx_jsonl(graph.nodes).encode(),
        KGX_FILES["edges-jsonl"]: format_kgx_jsonl(graph.edges).encode(),
    }
