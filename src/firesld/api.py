"""The Python API: the release graph, entity and claim records, and flat tables, from the package.

Everything is read from the release shipped inside the installed package (``exports/firesld.nt``,
found through :func:`firesld.constants.package_layout`): no build, no checkout, no network. The
graph is parsed once per process and shared (:func:`load_graph`: treat it as read-only); the records
are read from it once, and :func:`get`, :func:`get_claim`, :func:`claims` and :func:`tables` return
copies of them, so changing a returned record or row changes nothing for the next call.

Records are the pydantic classes LinkML generates from the schema
(:mod:`firesld.datamodel.firesld_pydantic`): :func:`get` returns a ``Gene``, a ``Drug``, a
``Disease`` …, :func:`claims` returns ``Claim`` records. Identifiers are CURIEs with the schema's
prefixes (``HGNC:6000``, ``firesld.claim:s2.1-01``); enum slots hold the schema's permissible
values (``asserted``, ``treats``, ``traceable_author_statement``).

>>> import firesld
>>> gene = firesld.get("HGNC:6000")
>>> type(gene).__name__, gene.symbol, gene.label
('Gene', 'IL1RN', ['interleukin 1 receptor antagonist'])
>>> for c in firesld.claims(subject="HGNC:6000", object="MONDO:0015584"):
...     print(c.id, c.predicate, c.certainty, c.evidence_type)
firesld.claim:abstract-12 gene_associated_with_condition hedged non_traceable_author_statement
firesld.claim:intro-15 gene_associated_with_condition hedged non_traceable_author_statement
firesld.claim:s1.3-18 gene_associated_with_condition hedged non_traceable_author_statement
"""

from __future__ import annotations

import copy
import difflib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from firesld.errors import NotFoundError, ResourceError

if TYPE_CHECKING:
    from rdflib import Graph

    from firesld.datamodel.firesld_pydantic import Claim, NamedThing
    from firesld.records import ReleaseRecords

__all__ = [
    "NotFoundError",
    "claims",
    "get",
    "get_claim",
    "load_graph",
    "tables",
]


@lru_cache(maxsize=1)
def load_graph() -> Graph:
    """Return the release graph: ontology, import snapshot, entities and claims, as one rdflib graph.

    It is read from ``exports/firesld.nt`` of the installed package once per process and shared by
    every caller: treat it as read-only (copy it before changing it).

    :returns: the graph
    :raises ResourceError: when the package has no release (a checkout that was never built)

    >>> from rdflib import URIRef
    >>> from rdflib.namespace import RDFS
    >>> graph = load_graph()
    >>> len(graph) > 5000
    True
    >>> str(graph.value(URIRef("http://identifiers.org/hgnc/6000"), RDFS.label))
    'interleukin 1 receptor antagonist'
    """
    from rdflib import Graph

    from firesld.constants import package_layout

    path = package_layout().release_nt
    if not path.is_file():
        raise ResourceError(f"{path}: release not found (run `firesld build`)")
    try:
        return Graph().parse(path, format="nt")
    except (OSError, SyntaxError, ValueError) as err:
        raise ResourceError(f"{path}: cannot read the release: {err}") from err


@lru_cache(maxsize=1)
def _release() -> ReleaseRecords:
    """Return the records of the installed release, read once per process."""
    from firesld.constants import package_layout
    from firesld.model import load_model
    from firesld.records import get_release_records

    return get_release_records(load_graph(), load_model(package_layout()))


def _curie(release: ReleaseRecords, key: str) -> str:
    """Normalise an identifier: firesld's CURIE or IRI, a CURIE in any case, a resolver's IRI.

    firesld's own forms are read with the schema's converter; any other form goes through
    :mod:`firesld.identifiers` (the forms the Bioregistry records for each prefix).

    :raises NotFoundError: for a form that names no prefix of firesld, listing the accepted forms
    """
    converter = release.model.converter
    if "://" in key:
        own = converter.compress(key)
    elif ":" in key:
        own = converter.standardize_curie(key)
    else:
        return key
    if own is not None:
        return own
    from firesld.identifiers import get_identifier_forms
    from firesld.model import PREFIX_SYNONYMS

    forms = get_identifier_forms(release.model.prefixes, PREFIX_SYNONYMS)
    curie = forms.normalize(key)
    if curie is None:
        raise NotFoundError(key, forms.unknown_form_message(key))
    return curie


def _not_found(key: str, known: list[str], what: str) -> NotFoundError:
    """Make the error for an identifier the release does not have, with close ones."""
    close = difflib.get_close_matches(key, known, n=3, cutoff=0.8)
    return NotFoundError(key, f"no {what} with this id in the release", close)


def get(key: str) -> NamedThing:
    """Return the record of an entity: a gene, protein, drug, disease, study, publication ….

    :param key: the entity's CURIE (``HGNC:6000``, ``firesld.entity:il1-receptor-trimer``), in
        any case (``hgnc:6000``), or an IRI: firesld's (``http://identifiers.org/hgnc/6000``) or
        one of the forms the Bioregistry records: OBO PURL, identifiers.org (old and new),
        Bio2RDF, ``purl.uniprot.org``, n2t.net, bioregistry.io (:mod:`firesld.identifiers`)
    :returns: a copy of the record, an instance of the entity's generated pydantic class
    :raises NotFoundError: when the release has no entity with that id (a claim's id included:
        use :func:`get_claim`), or when the form is not one firesld knows (the message lists the
        accepted forms for the prefix)

    >>> drug = get("http://purl.obolibrary.org/obo/CHEBI_231683")
    >>> type(drug).__name__, drug.id, drug.label, drug.drug_modality
    ('Drug', 'CHEBI:231683', ['Anakinra'], 'recombinant_protein')
    >>> get("https://identifiers.org/HGNC:6000").id, get("hgnc:6000").id
    ('HGNC:6000', 'HGNC:6000')
    >>> get("HGNC:60000")
    Traceback (most recent call last):
    ...
    firesld.errors.NotFoundError: HGNC:60000: no entity with this id in the release; did you mean HGNC:6000, HGNC:6001?
    """
    release = _release()
    curie = _curie(release, key)
    record = release.entities.get(curie)
    if record is None:
        raise _not_found(curie, list(release.entities), "entity")
    return record.model_copy(deep=True)


def get_claim(key: str) -> Claim:
    """Return one claim by its id.

    :param key: the claim's CURIE (``firesld.claim:s2.1-01``) or IRI
    :returns: a copy of the claim record
    :raises NotFoundError: when the release has no claim with that id

    >>> claim = get_claim("firesld.claim:s2.1-01")
    >>> claim.subject, claim.predicate, claim.object, claim.certainty
    ('firesld.entity:il1ra-recombinant-protein', 'subclass_of', 'firesld.entity:il1-axis-antagonist', 'asserted')
    """
    release = _release()
    curie = _curie(release, key)
    for claim in release.claims:
        if claim.id == curie:
            return claim.model_copy(deep=True)
    raise _not_found(curie, [c.id for c in release.claims], "claim")


def _enum_name(release: ReleaseRecords, enum: str, value: str, what: str) -> str:
    """Return the permissible value of an enum given by name, CURIE or IRI."""
    values: dict[str, str] = release.model.enums[enum]["values"]
    if value in values:
        return value
    iri = value
    if "://" not in value and ":" in value:
        iri = release.model.converter.expand(value) or value
    for name, meaning in values.items():
        if meaning == iri:
            return name
    raise NotFoundError(value, f"not a {what}; use one of: {', '.join(sorted(values))}")


def _entity_curie(release: ReleaseRecords, key: str) -> str:
    """Normalise an entity id used as a filter, refusing ids the release does not have."""
    curie = _curie(release, key)
    if curie not in release.entities:
        raise _not_found(curie, list(release.entities), "entity")
    return curie


def claims(
    *,
    subject: str | None = None,
    predicate: str | None = None,
    object: str | None = None,  # the schema's slot name, though it shadows the builtin
    certainty: str | None = None,
    evidence: str | None = None,
) -> list[Claim]:
    """Return the claims of the release that match every filter given, sorted by id.

    :param subject: the subject entity, as a CURIE or IRI (any form :func:`get` accepts)
    :param predicate: the predicate, as the schema names it (``treats``), a CURIE
        (``biolink:treats``, ``firesld:has_half_life``) or an IRI
    :param object: the object entity, as a CURIE or IRI (any form :func:`get` accepts)
    :param certainty: ``asserted`` or ``hedged``
    :param evidence: the evidence type, as an ECO CURIE (``ECO:0000179``) or the schema's name
        (``animal_model``)
    :returns: copies of the matching claim records (all claims when no filter is given)
    :raises NotFoundError: when a filter names an entity, predicate, certainty or evidence type
        that the release does not have

    >>> hedged = claims(subject="CHEBI:231683", predicate="biolink:treats", certainty="hedged")
    >>> [(c.id, c.object, c.knowledge_level) for c in hedged]
    [('firesld.claim:abstract-14', 'HP:0001250', 'prediction'), ('firesld.claim:s1.2-49', 'MONDO:0015584', 'prediction')]
    >>> len(claims(evidence="ECO:0000179")) == len(claims(evidence="animal_model"))
    True
    """
    release = _release()
    wanted: dict[str, Any] = {}
    if subject is not None:
        wanted["subject"] = _entity_curie(release, subject)
    if object is not None:
        wanted["object"] = _entity_curie(release, object)
    if predicate is not None:
        wanted["predicate"] = _enum_name(release, "PredicateEnum", predicate, "predicate")
    if certainty is not None:
        wanted["certainty"] = _enum_name(release, "CertaintyEnum", certainty, "certainty")
    if evidence is not None:
        wanted["evidence_type"] = _enum_name(release, "EvidenceEnum", evidence, "evidence type")
    return [
        claim.model_copy(deep=True)
        for claim in release.claims
        if all(getattr(claim, slot) == value for slot, value in wanted.items())
    ]


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[dict[str, Any]]]:
    """Return the tables of the installed release, made once per process."""
    from firesld.table_export import get_tables

    return get_tables(_release())


def tables() -> dict[str, list[dict[str, Any]]]:
    """Return the entity table and the claim table as lists of dicts (one dict per row).

    The rows are those of ``exports/firesld_entities.tsv`` and ``exports/firesld_claims.tsv``
    (columns documented in ``exports/README.md``), with Python values: ``None`` for an empty cell,
    ``True``/``False``, numbers, and lists for the multivalued columns. ``pandas.DataFrame(rows)``
    takes them as they are.

    :returns: ``{"entities": [...], "claims": [...]}``, copies

    >>> t = tables()
    >>> len(t["claims"]) == len(claims())
    True
    >>> row = next(r for r in t["claims"] if r["id"] == "firesld.claim:s1.3-18")
    >>> row["subject_label"], row["predicate"], row["object_label"], row["certainty"]
    ('interleukin 1 receptor antagonist', 'biolink:gene_associated_with_condition', 'febrile infection-related epilepsy syndrome', 'hedged')
    """
    return copy.deepcopy(_tables())
