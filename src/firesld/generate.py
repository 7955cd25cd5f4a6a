"""Generate the ontology, the SHACL shapes, the JSON-LD context and the models from the schema.

All artefacts are made in one process through LinkML's generators used as a library. The OWL that
``gen-owl`` writes is then completed: firesld names no axioms about other vocabularies' terms, the
ontology header gets its IRI, versionIRI, licence, title, description and dates, and the disjointness
axioms that ``gen-owl`` drops are added. The pydantic model (``gen-pydantic``) gives the typed records
of :mod:`firesld.api`. Every artefact is byte-stable: blank nodes get canonical labels and triples are
written in a sorted order.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from firesld.constants import (
    BASE_IRI,
    ONTOLOGY_IRI,
    ONTOLOGY_VERSION_IRI,
    SCHEMA_LICENSE,
    VOCAB_NS,
    Layout,
)
from firesld.errors import GenerationError, MissingExtraError, SchemaError
from firesld.rdfio import canonical_turtle, changed_files, replace_tree_atomic
from firesld.version import RELEASE_DATE, VERSION

#: The W3C Web Annotation vocabulary, whose properties the text anchors of claims use.
OA_NS = "http://www.w3.org/ns/oa#"

__all__ = [
    "check_generated",
    "complete_pydantic",
    "generate_artifacts",
    "write_generated",
    "xsd_regex",
]

#: The first line of the generated pydantic model (the generator writes no header of its own).
PYDANTIC_HEADER = (
    "# Generated from schema/firesld.yaml by LinkML's PydanticGenerator (`firesld generate`).\n"
    "# Do not edit: the drift check (`firesld generate --check`) compares it with the schema.\n"
)

_XSD_FOR_TYPE = {
    "string": XSD.string,
    "integer": XSD.integer,
    "decimal": XSD.decimal,
    "float": XSD.double,
    "double": XSD.double,
    "boolean": XSD.boolean,
    "date": XSD.date,
    "uri": XSD.anyURI,
    "uriorcurie": XSD.anyURI,
    "LangString": RDF.langString,
}


def _schema_view(schema_path: Path) -> Any:
    """Load the schema with LinkML's SchemaView, reporting a missing extra or a broken schema."""
    try:
        from linkml_runtime.utils.schemaview import SchemaView
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise MissingExtraError("linkml", "build") from err
    if not schema_path.is_file():
        raise SchemaError(f"{schema_path}: schema file not found")
    from yaml import YAMLError

    try:
        view = SchemaView(str(schema_path))
        view.all_classes()
    except YAMLError as err:  # its text names the line and column
        text = " ".join(str(err).split())
        raise SchemaError(f"{schema_path}: not valid YAML: {text}") from err
    except (ValueError, KeyError, TypeError, OSError) as err:
        raise SchemaError(f"{schema_path}: cannot read the schema: {err}") from err
    return view


def generate_artifacts(schema_path: Path, extra_shapes: Path | None = None) -> dict[str, bytes]:
    """Generate every schema-derived artefact.

    :param schema_path: the LinkML schema
    :param extra_shapes: the hand-written shapes the consumer profile is also made from
        (``shapes/firesld-extra.shacl.ttl`` beside the schema's folder by default)
    :returns: a map from the artefact's path relative to the repository root to its bytes
    :raises MissingExtraError: when linkml (the ``build`` extra) is not installed
    :raises SchemaError: when the schema cannot be read
    """
    view = _schema_view(schema_path)
    try:
        from linkml.generators.owlgen import OwlSchemaGenerator
        from linkml.generators.pydanticgen import PydanticGenerator
        from linkml.generators.shaclgen import ShaclGenerator
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise MissingExtraError("linkml", "build") from err
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        owl_text = OwlSchemaGenerator(
            str(schema_path),
            use_native_uris=False,
            ontology_uri_suffix=".owl",
            metaclasses=False,
            type_objects=False,
            skip_vacuous_min_zero_cardinality_axioms=True,
            skip_vacuous_local_range_axioms=True,
            consolidate_cardinality_axioms=True,
        ).serialize()
        shacl_text = ShaclGenerator(str(schema_path)).serialize()
        pydantic_text = PydanticGenerator(str(schema_path)).serialize()
    model = build_model(view)
    owl = complete_ontology(Graph().parse(data=owl_text, format="turtle"), view, model)
    shacl = complete_shapes(Graph().parse(data=shacl_text, format="turtle"))
    extra_path = extra_shapes or schema_path.parent.parent / "shapes" / "firesld-extra.shacl.ttl"
    extra = Graph()
    if extra_path.is_file():
        extra.parse(extra_path, format="turtle")
    consumer = consumer_shapes(shacl, extra, model)
    return {
        "ontology/firesld.owl.ttl": canonical_turtle(owl, _prefixes(model)).encode(),
        "ontology/firesld.owl": _rdfxml(owl),
        "shapes/firesld.shacl.ttl": canonical_turtle(shacl, _prefixes(model)).encode(),
        "shapes/firesld-consumer.shacl.ttl": (
            CONSUMER_HEADER + canonical_turtle(consumer, _prefixes(model))
        ).encode(),
        "exports/firesld.context.jsonld": _dump_json(build_context(model)),
        "src/firesld/datamodel/model.json": _dump_json(model),
        "src/firesld/datamodel/firesld_pydantic.py": complete_pydantic(pydantic_text).encode(),
    }


def _dump_json(obj: Any) -> bytes:
    """Serialise JSON deterministically (sorted keys, two-space indent, final newline)."""
    return (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def _prefixes(model: dict[str, Any]) -> dict[str, str]:
    """Return the prefixes to bind when writing Turtle."""
    out: dict[str, str] = dict(model["prefixes"])
    out.update({"sh": "http://www.w3.org/ns/shacl#"})
    return out


def _rdfxml(graph: Graph) -> bytes:
    """Serialise the ontology as RDF/XML, byte-stable: canonical blank nodes, sorted triples."""
    import pyoxigraph

    from firesld.rdfio import canonicalize, to_oxigraph_triples

    triples = sorted(to_oxigraph_triples(canonicalize(graph)), key=str)
    prefixes = {"owl": str(OWL), "rdfs": str(RDFS), "firesld": VOCAB_NS}
    text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.RDF_XML, prefixes=prefixes)
    assert text is not None
    return bytes(text)


# ---------------------------------------------------------------------------- the compact model


def build_model(view: Any) -> dict[str, Any]:
    """Make the compact model the runtime reads: classes with induced slots, enums and prefixes.

    The model is what lets firesld read, check and convert curated data without importing LinkML.

    :param view: a LinkML SchemaView of the schema
    :returns: a JSON-serialisable dict
    """
    schema = view.schema
    prefixes = {p.prefix_prefix: str(p.prefix_reference) for p in schema.prefixes.values()}
    enums: dict[str, dict[str, Any]] = {}
    for name, enum in sorted(view.all_enums().items()):
        values = {}
        for pv_name, pv in enum.permissible_values.items():
            if not pv.meaning:
                raise SchemaError(f"enum {name}: value {pv_name!r} has no meaning IRI")
            values[pv_name] = view.expand_curie(pv.meaning)
        enums[name] = {"values": values}
    container = next(c for c in view.all_classes().values() if c.tree_root)
    container_slots = {}
    for slot_name in container.slots:
        container_slots[str(view.get_slot(slot_name).range)] = slot_name
    classes: dict[str, dict[str, Any]] = {}
    for name, cls in sorted(view.all_classes().items()):
        if cls.tree_root:
            continue
        slots: dict[str, dict[str, Any]] = {}
        for slot in view.class_induced_slots(name):
            slots[slot.name] = _slot_info(view, slot, enums)
        classes[name] = {
            "class_uri": view.get_uri(name, expand=True),
            "abstract": bool(cls.abstract),
            "is_a": cls.is_a,
            "ancestors": list(view.class_ancestors(name)),
            "mappings": [view.expand_curie(m) for m in cls.exact_mappings],
            "id_prefixes": list(cls.id_prefixes),
            "go_branch": str(cls.annotations["go_branch"].value)
            if "go_branch" in cls.annotations
            else None,
            "container_slot": container_slots.get(name),
            "identifier": next((s for s, i in slots.items() if i["identifier"]), None),
            "slots": slots,
        }
    return {
        "name": schema.name,
        "id": schema.id,
        "version": VERSION,
        "default_prefix": schema.default_prefix,
        "prefixes": dict(sorted(prefixes.items())),
        "classes": classes,
        "enums": enums,
    }


def _slot_info(view: Any, slot: Any, enums: dict[str, Any]) -> dict[str, Any]:
    """Describe one induced slot of a class."""
    rng = str(slot.range) if slot.range else "string"
    if rng in enums:
        kind = "enum"
        datatype = None
    elif rng in view.all_classes():
        kind = "class"
        datatype = None
    else:
        kind = "type"
        datatype = str(_XSD_FOR_TYPE.get(rng, XSD.string))
    language = None
    derived = bool(slot.annotations and "derived" in slot.annotations)
    if slot.annotations and "language" in slot.annotations:
        language = str(slot.annotations["language"].value)
    inlined = kind == "class" and bool(slot.inlined or slot.inlined_as_list)
    if kind == "class" and view.get_identifier_slot(rng) is None:
        inlined = True
    return {
        "slot_uri": view.get_uri(slot, expand=True)
        if slot.slot_uri is None
        else view.expand_curie(slot.slot_uri),
        "range": rng,
        "kind": kind,
        "datatype": datatype,
        "language": language,
        "derived": derived,
        "multivalued": bool(slot.multivalued),
        "required": bool(slot.required),
        "identifier": bool(slot.identifier),
        "inlined": inlined,
        "pattern": slot.pattern,
        "minimum_value": _number(slot.minimum_value),
        "maximum_value": _number(slot.maximum_value),
    }


def _number(value: Any) -> int | float | None:
    """Return a schema bound as a JSON number."""
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


# ---------------------------------------------------------------------------- the ontology


def complete_ontology(graph: Graph, view: Any, model: dict[str, Any]) -> Graph:
    """Complete the OWL that gen-owl wrote.

    - drop every axiom whose subject is another vocabulary's term (gen-owl with
      ``use_native_uris=False`` declares rdfs:label, skos:exactMatch, ECO and Biolink terms);
    - drop ``owl:unionOf`` on enums whose values are other vocabularies' terms;
    - write the ontology header: IRI, versionIRI, licence IRI, title, description, dates, version;
    - add the disjointness axioms the schema declares (``disjoint_with``, and the annotation
      ``disjoint_subclasses`` on a class whose direct subclasses are pairwise disjoint).

    :param graph: gen-owl's output
    :param view: the schema view
    :param model: the compact model
    :returns: the completed graph
    """
    out = Graph()
    ontology = URIRef(ONTOLOGY_IRI)
    for s, p, o in graph:
        if isinstance(s, URIRef) and not str(s).startswith(VOCAB_NS):
            if str(s).startswith(OA_NS) and p == RDF.type:
                out.add((s, p, o))  # declare the W3C Web Annotation properties firesld uses
            continue
        if p == OWL.unionOf and _is_foreign_enum(graph, s):
            continue
        if p == XSD.pattern:
            o = Literal(xsd_regex(str(o)))
        out.add((s, p, o))
    _drop_unreachable_bnodes(out)
    for s in list(out.subjects(RDF.type, OWL.Ontology)):
        out.remove((s, None, None))
    schema = view.schema
    header: list[tuple[URIRef, Any]] = [
        (RDF.type, OWL.Ontology),
        (OWL.versionIRI, URIRef(ONTOLOGY_VERSION_IRI)),
        (OWL.versionInfo, Literal(VERSION)),
        (DCTERMS.title, Literal(str(schema.title), lang="en")),
        (DCTERMS.description, Literal(" ".join(str(schema.description).split()), lang="en")),
        (DCTERMS.license, URIRef(SCHEMA_LICENSE)),
        (DCTERMS.created, Literal(RELEASE_DATE, datatype=XSD.date)),
        (DCTERMS.creator, AUTHORS_IRI),
        (DCTERMS.contributor, AUTHORS_IRI),
        (RDFS.label, Literal("firesld ontology", lang="en")),
    ]
    out.add((AUTHORS_IRI, RDFS.label, Literal(AUTHORS_NAME)))
    for p, o in header:
        out.add((ontology, p, o))
    for s in set(out.subjects()):
        if isinstance(s, URIRef) and str(s).startswith(VOCAB_NS) and (s, RDF.type, None) in out:
            out.add((s, RDFS.isDefinedBy, ontology))
    _add_disjointness(out, view, model)
    _make_owl2_dl(out, view, model)
    return out


#: The agent that made firesld (pyproject's ``authors``); the VoID names the same IRI.
AUTHORS_IRI = URIRef(BASE_IRI)
AUTHORS_NAME = "firesld developers"

#: Annotation properties the import snapshot (ontology/imports) puts on external terms: declared
#: here so the release (ontology + imports + data) uses no undeclared property.
IMPORT_ANNOTATION_PROPERTIES = (
    DCTERMS.source,
    URIRef("http://purl.obolibrary.org/obo/IAO_0100001"),
)

#: The vocabularies whose terms OWL 2 itself defines: never declared, never counted as "used".
BUILTIN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD))


def _make_owl2_dl(graph: Graph, view: Any, model: dict[str, Any]) -> None:
    """Make gen-owl's output an OWL 2 DL ontology that declares every term the release uses.

    - LinkML's schema annotations (``derived``, ``language``, ``go_branch``,
      ``disjoint_subclasses``) are build hints for firesld, not OWL: gen-owl writes them as
      triples with undeclared ``firesld:`` predicates (``firesld:language`` is also a datatype
      property), so they are dropped;
    - ``rdf:langString`` (RDF 1.1, unknown to OWL 2) becomes ``rdf:PlainLiteral``;
    - cardinality and value restrictions on annotation properties (``rdfs:label`` min 1,
      ``skos:definition`` max 1 …) are not OWL 2 DL; those constraints live in the SHACL shapes;
    - the identifier slot has no restriction: the identifier is the node's IRI, no triple has
      ``firesld:id``;
    - every external property a firesld slot maps to is declared (an object property for a
      reference, an annotation property for labels, definitions and mappings), every external
      class the data types nodes with (the Biolink mappings) is declared a class, and every
      annotation property the ontology, the header and the import snapshot use is declared.
      Declarations only: no other axiom is made about another vocabulary's terms.
    """
    _drop_tags_and_langstring(graph, view)
    object_props: set[URIRef] = set()
    annotation_props: set[URIRef] = {SKOS.definition, SKOS.inScheme, SKOS.exactMatch}
    identifiers: set[URIRef] = set()
    classes: set[URIRef] = set()
    # properties the graph already declares data or object properties (the Web Annotation ones)
    typed = {
        s
        for kind in (OWL.DatatypeProperty, OWL.ObjectProperty)
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef)
    }
    for cls in model["classes"].values():
        classes.update(URIRef(m) for m in cls["mappings"])
        for slot in cls["slots"].values():
            uri = URIRef(slot["slot_uri"])
            if slot["identifier"]:
                identifiers.add(uri)
            elif str(uri).startswith(VOCAB_NS) or uri in typed:
                continue
            elif slot["kind"] == "class" and not slot["inlined"]:
                object_props.add(uri)
            else:
                annotation_props.add(uri)
    annotation_props.update(IMPORT_ANNOTATION_PROPERTIES)
    # restrictions on annotation properties or on the identifier go
    for restriction in set(graph.subjects(OWL.onProperty, None)):
        prop = graph.value(restriction, OWL.onProperty)
        if prop in identifiers or _is_annotation_property(prop, annotation_props):
            for owner in list(graph.subjects(RDFS.subClassOf, restriction)):
                graph.remove((owner, RDFS.subClassOf, restriction))
            if (None, None, restriction) in graph:
                raise GenerationError(
                    f"a restriction on {prop} is nested in a class expression: cannot drop it"
                )
    _drop_unreachable_bnodes(graph)
    for ident in identifiers:
        graph.add(
            (
                ident,
                RDFS.comment,
                Literal(
                    "The identifier of a record is the IRI of its node: no triple has this "
                    "property; it is declared for the schema's sake only.",
                    lang="en",
                ),
            )
        )
    # every annotation property the graph now uses is declared as one
    for _s, p, _o in graph:
        if isinstance(p, URIRef) and not str(p).startswith(BUILTIN_NAMESPACES):
            if not str(p).startswith(VOCAB_NS):
                annotation_props.add(p)
    for prop in sorted(object_props):
        graph.add((prop, RDF.type, OWL.ObjectProperty))
    for prop in sorted(annotation_props - object_props - typed):
        if not _is_builtin_annotation(prop):
            graph.add((prop, RDF.type, OWL.AnnotationProperty))
    for cls_iri in sorted(classes):
        graph.add((cls_iri, RDF.type, OWL.Class))


def _drop_tags_and_langstring(graph: Graph, view: Any) -> None:
    """Drop LinkML's annotation triples; write ``rdf:langString`` as ``rdf:PlainLiteral``."""
    tags = _annotation_tags(view)
    for s, p, o in list(graph):
        if str(p).startswith(VOCAB_NS) and str(p)[len(VOCAB_NS) :] in tags:
            graph.remove((s, p, o))
        elif o == RDF.langString:
            # OWL 2's datatype map has rdf:PlainLiteral, whose value space holds the
            # language-tagged strings RDF 1.1 calls rdf:langString (which OWL 2 does not know)
            graph.remove((s, p, o))
            graph.add((s, p, RDF.PlainLiteral))


def _is_builtin_annotation(prop: Any) -> bool:
    """Tell whether a property is one of OWL 2's built-in annotation properties."""
    from firesld.owldl import BUILTIN_ANNOTATIONS

    return prop in BUILTIN_ANNOTATIONS


def _is_annotation_property(prop: Any, declared: set[URIRef]) -> bool:
    """Tell whether a property is an annotation property (built-in or declared as one)."""
    return prop in declared or _is_builtin_annotation(prop)


def _annotation_tags(view: Any) -> set[str]:
    """Return the tags of every LinkML annotation in the schema (classes, slots, enums)."""
    tags: set[str] = set()
    elements = [
        *view.all_classes().values(),
        *view.all_slots().values(),
        *view.all_enums().values(),
    ]
    for element in elements:
        if element.annotations:
            tags.update(str(tag) for tag in element.annotations)
    for cls_name in view.all_classes():
        for slot in view.class_induced_slots(cls_name):
            if slot.annotations:
                tags.update(str(tag) for tag in slot.annotations)
    return tags


def xsd_regex(pattern: str) -> str:
    """Translate a schema pattern (Python/ECMAScript regex) into an XSD regex for OWL facets.

    XSD regular expressions are implicitly anchored and have no ``^``/``$`` anchors: there they are
    literal characters, so gen-owl's copy of ``^(abstract|...)$`` matches no value at all and
    HermiT finds every claim with a section inconsistent. The anchors are dropped.

    >>> xsd_regex("^1[ABC]$")
    '1[ABC]'
    """
    if pattern.startswith("^"):
        pattern = pattern[1:]
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1]
    return pattern


def _is_foreign_enum(graph: Graph, node: Any) -> bool:
    """Tell whether an enum's union lists any term outside firesld's vocabulary."""
    for lst in graph.objects(node, OWL.unionOf):
        for member in graph.items(lst):
            if not str(member).startswith(VOCAB_NS):
                return True
    return False


def _drop_unreachable_bnodes(graph: Graph) -> None:
    """Remove blank-node subjects that no remaining triple points to.

    Anonymous axioms (``owl:AllDisjointClasses`` …) are roots and are kept.
    """
    roots = {
        s
        for kind in (OWL.AllDisjointClasses, OWL.AllDifferent, OWL.AllDisjointProperties, OWL.Axiom)
        for s in graph.subjects(RDF.type, kind)
    }
    while True:
        referenced = {o for o in graph.objects() if isinstance(o, BNode)} | roots
        orphans = {s for s in graph.subjects() if isinstance(s, BNode) and s not in referenced}
        if not orphans:
            return
        for node in orphans:
            graph.remove((node, None, None))


def _add_disjointness(graph: Graph, view: Any, model: dict[str, Any]) -> None:
    """Write the disjointness axioms that gen-owl drops."""
    classes = model["classes"]
    for name, cls in sorted(view.all_classes().items()):
        if cls.tree_root:
            continue
        uri = URIRef(classes[name]["class_uri"])
        for other in sorted(cls.disjoint_with):
            graph.add((uri, OWL.disjointWith, URIRef(classes[other]["class_uri"])))
        if cls.annotations and "disjoint_subclasses" in cls.annotations:
            children = sorted(view.class_children(name, mixins=False))
            members = [URIRef(classes[c]["class_uri"]) for c in children]
            axiom = BNode()
            graph.add((axiom, RDF.type, OWL.AllDisjointClasses))
            _add_list(graph, axiom, OWL.members, members)


def _add_list(graph: Graph, subject: Any, predicate: URIRef, items: Iterable[Any]) -> None:
    """Add an RDF list as the object of ``subject predicate``."""
    from rdflib.collection import Collection

    head = BNode()
    Collection(graph, head, list(items))
    graph.add((subject, predicate, head))


# ---------------------------------------------------------------------------- the shapes

SH = Namespace("http://www.w3.org/ns/shacl#")

#: The first lines of the generated consumer profile.
CONSUMER_HEADER = """\
# firesld's SHACL shapes for consumers: published and merged graphs (`firesld validate --profile consumer`).
# Generated by `firesld generate` from shapes/firesld.shacl.ttl and shapes/firesld-extra.shacl.ttl; do not edit.
# Every constraint on firesld's own predicates, and on claims and quantities, holds as in the curation
# profile. What a merge with other graphs on the same identifiers adds does not violate: shapes are open,
# properties of other vocabularies (labels, synonyms, mappings, Biolink edges) keep only their minimum
# counts, and the rule "no direct edge without an asserted claim" is left out (another source may state the
# edge). Class constraints and targets list the subclasses themselves, so no ontology graph is needed.
"""

#: The predicates the import snapshot (ontology/imports) puts on external terms, which the release
#: carries on the same nodes as the curated records: the closed shapes ignore them.
SNAPSHOT_PREDICATES = (
    DCTERMS.source,
    OWL.deprecated,
    URIRef("http://purl.obolibrary.org/obo/IAO_0100001"),
)

#: Constraint parameters dropped from a consumer property shape whose path is another vocabulary's.
_FOREIGN_PATH_DROPPED = (
    SH.maxCount,
    SH.datatype,
    SH.nodeKind,
    SH["class"],
    SH.languageIn,
    SH.uniqueLang,
    SH.pattern,
    SH["in"],
)

#: Hand-written shapes left out of the consumer profile (see CONSUMER_HEADER).
_CURATION_ONLY_SHAPES = (URIRef("https://w3id.org/firesld/shapes/extra/HedgedHasNoEdge"),)


def complete_shapes(graph: Graph) -> Graph:
    """Complete the shapes gen-shacl wrote: closed shapes ignore the import snapshot's predicates.

    The release carries the snapshot's provenance (``dcterms:source``, ``owl:deprecated``,
    ``IAO:0100001``) on the external IRIs the curated records are about; curated YAML cannot
    state these predicates, so ignoring them loosens nothing a curator writes.

    :param graph: gen-shacl's output
    :returns: the same graph, completed
    """
    from rdflib.collection import Collection

    for shape in list(graph.subjects(SH.closed, Literal(True))):
        head = graph.value(shape, SH.ignoredProperties)
        items = list(Collection(graph, head)) if head is not None else []
        if head is not None:
            _drop_list(graph, head)
            graph.remove((shape, SH.ignoredProperties, head))
        for pred in SNAPSHOT_PREDICATES:
            if pred not in items:
                items.append(pred)
        _add_list(graph, shape, SH.ignoredProperties, items)
    return graph


def consumer_shapes(strict: Graph, extra: Graph, model: dict[str, Any]) -> Graph:
    """Make the consumer profile from the curation shapes (generated + hand-written).

    - every shape is open (no ``sh:closed``);
    - a property shape whose path is another vocabulary's term keeps only its counts minimum
      (``sh:minCount``, qualified minimum counts): merged graphs add labels in more languages,
      plain-string labels, more mappings and Biolink edges to nodes that are not firesld's;
    - ``sh:class C`` becomes ``sh:or`` over C and its subclasses, and ``sh:targetClass C`` also
      targets C's subclasses, so the data and claims graphs validate without the ontology graph;
    - the hand-written rules that a merge may legitimately break are left out
      (:data:`_CURATION_ONLY_SHAPES`).

    :param strict: the generated shapes (completed)
    :param extra: the hand-written shapes
    :param model: the compact model (class hierarchy)
    :returns: the consumer shapes graph
    """
    out = Graph()
    for triple in strict:
        out.add(triple)
    for triple in extra:
        out.add(triple)
    for left_out in _CURATION_ONLY_SHAPES:
        _remove_tree(out, left_out)
    for closed in list(out.subjects(SH.closed, None)):
        out.remove((closed, SH.closed, None))
        head = out.value(closed, SH.ignoredProperties)
        if head is not None:
            _drop_list(out, head)
            out.remove((closed, SH.ignoredProperties, head))
    for shape, path in list(out.subject_objects(SH.path)):
        if isinstance(path, URIRef) and not str(path).startswith(VOCAB_NS):
            for param in _FOREIGN_PATH_DROPPED:
                for value in list(out.objects(shape, param)):
                    out.remove((shape, param, value))
                    if isinstance(value, BNode):
                        _remove_tree(out, value)
    below = _subclasses(model)
    for shape, cls in list(out.subject_objects(SH["class"])):
        subs = below.get(str(cls), [])
        if not subs:
            continue
        if (shape, SH["or"], None) in out:
            raise GenerationError(f"shape {shape} has sh:class and sh:or: cannot merge them")
        out.remove((shape, SH["class"], cls))
        alternatives = []
        for member in [str(cls), *subs]:
            alt = BNode()
            out.add((alt, SH["class"], URIRef(member)))
            alternatives.append(alt)
        _add_list(out, shape, SH["or"], alternatives)
    for shape, cls in list(out.subject_objects(SH.targetClass)):
        for sub in below.get(str(cls), []):
            out.add((shape, SH.targetClass, URIRef(sub)))
    _drop_unreachable_bnodes(out)
    return out


def _subclasses(model: dict[str, Any]) -> dict[str, list[str]]:
    """Map each class IRI to the IRIs of its (transitive) subclasses, sorted."""
    uri = {name: cls["class_uri"] for name, cls in model["classes"].items()}
    out: dict[str, set[str]] = {}
    for name, cls in model["classes"].items():
        for ancestor in cls["ancestors"]:
            if ancestor != name and ancestor in uri:
                out.setdefault(uri[ancestor], set()).add(uri[name])
    return {k: sorted(v) for k, v in out.items()}


def _drop_list(graph: Graph, head: Any) -> None:
    """Remove the cells of an RDF list."""
    while head is not None and head != RDF.nil:
        rest = graph.value(head, RDF.rest)
        graph.remove((head, None, None))
        head = rest


def _remove_tree(graph: Graph, node: Any) -> None:
    """Remove a node's triples and, recursively, those of the blank nodes it points to."""
    for _p, o in list(graph.predicate_objects(node)):
        graph.remove((node, _p, o))
        if isinstance(o, BNode) and (None, None, o) not in graph:
            _remove_tree(graph, o)


# ---------------------------------------------------------------------------- the pydantic model

#: A field of a multivalued number slot with bounds, as LinkML 1.12's PydanticGenerator writes it:
#: the bounds land on the list (``Optional[list[int]] = Field(..., ge=1, le=39, ...)``), which
#: pydantic cannot compare with a number, so every record with a value fails to validate.
_LIST_BOUNDS_RE = re.compile(
    r"^(?P<head>\s+\w+: (?:Optional\[)?list\[)(?P<item>int|float|Decimal)(?P<tail>\]\]? = Field\(.*)$"
)
_BOUND_RE = re.compile(r", (?P<bound>ge|le|gt|lt)=(?P<value>[^,)]+)")


def complete_pydantic(text: str) -> str:
    r"""Complete the pydantic model that gen-pydantic wrote.

    - add a header saying the file is generated;
    - move the bounds of a multivalued number slot from the list to its items
      (``list[Annotated[int, Field(ge=1, le=39)]]``), which LinkML puts on the list itself.

    :param text: gen-pydantic's output
    :returns: the module's text

    >>> line = "    n: Optional[list[int]] = Field(default=None, ge=1, le=39, json_schema_extra = {})"
    >>> print(complete_pydantic("from typing import (\n    Any,\n)\n" + line).splitlines()[-1])
        n: Optional[list[Annotated[int, Field(ge=1, le=39)]]] = Field(default=None, json_schema_extra = {})
    """
    lines = []
    for line in text.rstrip().splitlines():
        match = _LIST_BOUNDS_RE.match(line)
        bounds = _BOUND_RE.findall(match.group("tail")) if match else []
        if match and bounds:
            constraint = ", ".join(f"{name}={value}" for name, value in bounds)
            item = f"Annotated[{match.group('item')}, Field({constraint})]"
            line = match.group("head") + item + _BOUND_RE.sub("", match.group("tail"))
        lines.append(line)
    out = "\n".join(lines) + "\n"
    # LinkML records the path it was given; keep the file the same on every machine
    out = re.sub(r"('source_file': )'[^']*'", r"\1'schema/firesld.yaml'", out)
    if "Annotated[" in out and "    Annotated,\n" not in out:
        out = out.replace("from typing import (\n", "from typing import (\n    Annotated,\n", 1)
    return PYDANTIC_HEADER + out


# ---------------------------------------------------------------------------- JSON-LD context


def build_context(model: dict[str, Any]) -> dict[str, Any]:
    """Make the JSON-LD context of the published graph from the compact model.

    Prefixes are declared with ``"@prefix": true`` so compaction writes ``MONDO:0015584``;
    ``label`` and the other language-tagged slots are language maps; enum and reference slots
    are typed ``@id``; literals carry their XSD datatype.

    :param model: the compact model
    :returns: the context document
    """
    ctx: dict[str, Any] = {"@version": 1.1}
    for prefix, uri in model["prefixes"].items():
        ctx[prefix] = {"@id": uri, "@prefix": True}
    terms: dict[str, dict[str, Any]] = {}
    for cls_name, cls in model["classes"].items():
        terms[cls_name] = {"@id": cls["class_uri"]}
        for slot_name, slot in cls["slots"].items():
            if slot["identifier"]:
                continue
            name = _context_term(slot_name, slot)
            entry: dict[str, Any] = {"@id": slot["slot_uri"]}
            if slot["kind"] in ("enum", "class") and not slot["inlined"]:
                entry["@type"] = "@id"
            elif slot["language"]:
                entry["@container"] = "@language"
            elif slot["datatype"] == str(XSD.anyURI):
                entry["@type"] = "@id"
            elif slot["datatype"] and slot["datatype"] != str(XSD.string):
                entry["@type"] = slot["datatype"]
            if name in terms and terms[name] != entry:
                raise GenerationError(
                    f"context term {name!r} maps to two definitions: {terms[name]} and {entry}"
                )
            terms[name] = entry
    ctx.update(dict(sorted(terms.items())))
    return {"@context": ctx}


def _context_term(slot_name: str, slot: dict[str, Any]) -> str:
    """Name the context term of a slot: language variants share one language-map term."""
    if slot["language"] and slot_name.endswith("_" + slot["language"]):
        return slot_name[: -len(slot["language"]) - 1]
    return slot_name


# ---------------------------------------------------------------------------- writing and drift


def write_generated(layout: Layout, artifacts: dict[str, bytes]) -> list[Path]:
    """Write the generated artefacts under the layout's root, all or nothing (mode ``0644``).

    :param layout: where to write
    :param artifacts: the output of :func:`generate_artifacts`
    :returns: the paths written (unchanged files are left alone)
    """
    changed = changed_files(layout.root, artifacts)
    if changed:
        replace_tree_atomic(layout.root, changed)
    return [layout.root / rel for rel in changed]


def check_generated(layout: Layout, artifacts: dict[str, bytes]) -> list[str]:
    """Compare freshly generated artefacts with the committed ones.

    RDF files are compared as graphs (``rdflib.compare.isomorphic``) when their bytes differ,
    so a change of serialiser version alone is not drift; everything else byte for byte.

    :param layout: the checkout holding the committed files
    :param artifacts: the output of :func:`generate_artifacts`
    :returns: one message per artefact that differs (empty when nothing drifted)
    """
    from firesld.rdfio import isomorphic

    problems = []
    for rel, content in artifacts.items():
        path = layout.root / rel
        if not path.is_file():
            problems.append(f"{rel}: missing (run `firesld generate`)")
            continue
        committed = path.read_bytes()
        if committed == content:
            continue
        fmt = {".ttl": "turtle", ".owl": "xml"}.get(path.suffix)
        if fmt is not None:
            try:
                same = isomorphic(
                    Graph().parse(data=committed, format=fmt),
                    Graph().parse(data=content, format=fmt),
                )
            except (SyntaxError, ValueError):
                same = False
            if same:
                continue
        problems.append(f"{rel}: differs from what the schema generates (run `firesld generate`)")
    return problems
