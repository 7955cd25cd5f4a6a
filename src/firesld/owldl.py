"""Check that the ontology, with the import snapshot and the data, is an OWL 2 DL ontology.

Two checks, run as part of the ``owl`` validation step:

- a structural pass (rdflib) that names what makes an RDF graph fail to map to OWL 2 DL at all:
  a restriction on an annotation property (``rdfs:label`` min 1 …) and a property declared with
  two kinds (object, datatype, annotation);
- py-horned-owl's OWL 2 DL profile checker on the union of ontology, import snapshot and data,
  which reports every class or property used without a declaration, illegal punning and the other
  global restrictions of OWL 2 DL.

Each problem has a code ``FLD-OWL-…`` (see CONTRIBUTING.md).
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from firesld.constants import ONTOLOGY_IRI, VOCAB_NS
from firesld.errors import MissingExtraError
from firesld.model import Model
from firesld.problems import Problem
from firesld.rdfio import to_oxigraph_triples

__all__ = ["check_owl_dl", "structural_problems"]

#: The kinds of property an IRI can be declared as, and the name a message gives each.
_KINDS = {
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "datatype property",
    OWL.AnnotationProperty: "annotation property",
}

#: OWL 2's built-in annotation properties (usable without a declaration).
BUILTIN_ANNOTATIONS = {
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    OWL.deprecated,
    OWL.versionInfo,
    OWL.priorVersion,
    OWL.backwardCompatibleWith,
    OWL.incompatibleWith,
}

#: py-horned-owl's violation classes → (code, sentence).
_VIOLATIONS = {
    "UseOfUndeclaredClass": ("FLD-OWL-UNDECLARED", "{} is used as a class but not declared"),
    "UseOfUndeclaredObjectProperty": (
        "FLD-OWL-UNDECLARED",
        "{} is used as an object property but not declared",
    ),
    "UseOfUndeclaredDataProperty": (
        "FLD-OWL-UNDECLARED",
        "{} is used as a datatype property but not declared",
    ),
    "UseOfUndeclaredAnnotationProperty": (
        "FLD-OWL-UNDECLARED",
        "{} is used as an annotation property but not declared",
    ),
    "UseOfUndeclaredDatatype": ("FLD-OWL-UNDECLARED", "{} is used as a datatype but not declared"),
    "UseOfIllegalPunning": (
        "FLD-OWL-PUNNING",
        "{} is declared or used as two kinds of property (or datatype and class), "
        "which OWL 2 DL forbids",
    ),
}


def structural_problems(graph: Graph, *, name: str = "<graph>") -> list[Problem]:
    """Find what keeps an RDF graph from mapping to OWL 2 DL, naming the terms involved.

    :param graph: ontology (and data) triples
    :param name: how to name the graph in problems
    :returns: FLD-OWL-ANNOTATION-RESTRICTION and FLD-OWL-PUNNING problems

    >>> from rdflib import BNode, Literal
    >>> g = Graph()
    >>> r, c = BNode(), URIRef("http://example.org/C")
    >>> _ = g.add((c, RDFS.subClassOf, r))
    >>> _ = g.add((r, OWL.onProperty, RDFS.label))
    >>> _ = g.add((r, OWL.minCardinality, Literal(1)))
    >>> [p.code for p in structural_problems(g)]
    ['FLD-OWL-ANNOTATION-RESTRICTION']
    """
    kinds: dict[Any, set[URIRef]] = defaultdict(set)
    for kind in _KINDS:
        for prop in graph.subjects(RDF.type, kind):
            kinds[prop].add(kind)
    for prop in BUILTIN_ANNOTATIONS:
        kinds[prop].add(OWL.AnnotationProperty)
    problems = []
    for prop, declared in sorted(kinds.items(), key=lambda kv: str(kv[0])):
        if len(declared) > 1:
            names = " and ".join(sorted(_KINDS[k] for k in declared))
            problems.append(
                Problem(
                    name,
                    None,
                    str(prop),
                    None,
                    "FLD-OWL-PUNNING",
                    "owl",
                    f"{prop} is declared both {names}: OWL 2 DL gives a property one kind",
                )
            )
    for restriction in sorted(set(graph.subjects(OWL.onProperty, None)), key=str):
        on = graph.value(restriction, OWL.onProperty)
        if on is None or OWL.AnnotationProperty not in kinds.get(on, set()):
            continue
        owners = sorted(str(c) for c in graph.subjects(RDFS.subClassOf, restriction)) or ["-"]
        problems.append(
            Problem(
                name,
                None,
                owners[0],
                None,
                "FLD-OWL-ANNOTATION-RESTRICTION",
                "owl",
                f"a restriction on the annotation property {on} (on {', '.join(owners)}) is "
                "not OWL 2 DL: state such a constraint in SHACL",
            )
        )
    return problems


def check_owl_dl(
    data: Graph,
    model: Model,
    ontology_files: Sequence[Path],
    *,
    name: str = "<graph>",
    foreign_severity: str = "error",
    convert: Callable[[Graph], Sequence[Any]] = to_oxigraph_triples,
) -> list[Problem]:
    """Check that ontology files + data form an OWL 2 DL ontology.

    :param data: the data graph (it may itself hold ontology triples, as the release files do)
    :param model: the compact model (to name terms as CURIEs)
    :param ontology_files: Turtle files read with the data (the ontology and the import snapshot)
    :param name: how to name the data in problems
    :param foreign_severity: severity of an undeclared term outside firesld's vocabulary
        (``warning`` for merged graphs, see ``--profile consumer``)
    :param convert: turns the data into pyoxigraph triples (a memo shared with other checks)
    :returns: the problems (empty when the union is OWL 2 DL)
    :raises MissingExtraError: when py-horned-owl (the ``reason`` extra) is not installed
    """
    try:
        import pyhornedowl
        from pyhornedowl.profile import check_profile
    except ImportError as err:
        raise MissingExtraError("py-horned-owl", "reason") from err
    import pyoxigraph as ox

    ontology_graph = Graph()
    for path in ontology_files:
        ontology_graph.parse(path, format="turtle")
    problems = structural_problems(_structural_part(ontology_graph, data), name=name)
    if any(p.code == "FLD-OWL-ANNOTATION-RESTRICTION" for p in problems):
        return problems  # py-horned-owl refuses such a graph without naming the property
    with tempfile.TemporaryDirectory(prefix="firesld-dl-") as tmp:
        path = Path(tmp) / "union.ttl"
        union = _one_ontology([*to_oxigraph_triples(ontology_graph), *convert(data)])
        path.write_bytes(ox.serialize(union, format=ox.RdfFormat.TURTLE) or b"")
        try:
            ontology = pyhornedowl.open_ontology_from_file(str(path))
        except ValueError as err:
            return [
                *problems,
                Problem(name, None, None, None, "FLD-OWL-NOT-DL", "owl", f"not OWL 2 DL: {err}"),
            ]
        report = check_profile(ontology, "DL")
    seen = {(p.code, p.record) for p in problems}
    for violation in report.violations:
        kind = type(violation).__name__
        iri = str(getattr(violation, "iri", "") or "")
        code, sentence = _VIOLATIONS.get(kind, ("FLD-OWL-NOT-DL", f"{{}}: {kind}"))
        message = str(getattr(violation, "message", kind))
        shown = (model.converter.compress(iri) or iri) if iri else message
        if (code, iri or None) in seen:
            continue
        seen.add((code, iri or None))
        foreign = code == "FLD-OWL-UNDECLARED" and not iri.startswith(VOCAB_NS)
        problems.append(
            Problem(
                name,
                None,
                iri or None,
                None,
                code,
                "owl",
                sentence.format(shown),
                severity=foreign_severity if foreign else "error",
                fix=_fix(code, foreign),
            )
        )
    return sorted(problems, key=lambda p: (p.code, p.record or "", p.message))


def _structural_part(*graphs: Graph) -> Graph:
    """Return the triples of the graphs :func:`structural_problems` reads, in one small graph.

    Those are the declarations of property kinds, ``owl:onProperty`` and ``rdfs:subClassOf``: the
    union of everything is not needed (copying the data into it took a quarter of the step).
    """
    part = Graph()
    for graph in graphs:
        for kind in _KINDS:
            part.addN((s, p, o, part) for s, p, o in graph.triples((None, RDF.type, kind)))
        for predicate in (OWL.onProperty, RDFS.subClassOf):
            part.addN((s, p, o, part) for s, p, o in graph.triples((None, predicate, None)))
    return part


_RDF_TYPE = str(RDF.type)
_OWL_ONTOLOGY = str(OWL.Ontology)


def _one_ontology(triples: Sequence[Any]) -> list[Any]:
    """Make pyoxigraph triples one ontology document: firesld's header first, the others dropped.

    One document is one ontology: the union is read as firesld's (the import snapshot's header, a
    second ``owl:Ontology``, would otherwise turn into annotations with ``owl:versionIRI`` …).
    The header comes first, its ``rdf:type`` before the rest: py-horned-owl 2.0.0 reads
    ``owl:versionIRI`` as an undeclared annotation when it comes before the header's type.
    Duplicates (the release files hold ontology triples too) are written once.
    """
    headers = sorted(
        {
            t.subject.value
            for t in triples
            if t.predicate.value == _RDF_TYPE and t.object.value == _OWL_ONTOLOGY
        },
        key=lambda h: h != ONTOLOGY_IRI,
    )
    first, dropped = headers[:1], set(headers[1:])
    head: list[Any] = []
    rest: list[Any] = []
    for t in dict.fromkeys(triples):
        subject = t.subject.value
        if subject in dropped:
            continue
        (head if subject in first else rest).append(t)
    head.sort(key=lambda t: t.predicate.value != _RDF_TYPE)
    return head + rest


def _fix(code: str, foreign: bool) -> str | None:
    """Say how to fix an OWL 2 DL problem."""
    if code != "FLD-OWL-UNDECLARED":
        return None
    if foreign:
        return (
            "another vocabulary's term: load its declaration (that vocabulary's ontology) "
            "before reasoning over the merge in an OWL 2 DL tool"
        )
    return "declare it in the schema (schema/firesld.yaml) or the import snapshot"
