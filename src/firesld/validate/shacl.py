"""The SHACL check: the shapes, the engines (pyshacl-turbo, pySHACL) and one report from both."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from firesld.constants import SHACL_ENGINES, SHACL_PROFILES, Layout
from firesld.data import Record
from firesld.errors import ResourceError
from firesld.identifiers import suggest_curie
from firesld.limits import short_repr
from firesld.model import Model
from firesld.problems import Problem
from firesld.rdfio import to_oxigraph_triples


def ontology_subclass_graph(layout: Layout) -> Graph:
    """Return the ontology's subclass triples between named classes, for SHACL's ``sh:class``.

    :param layout: where the ontology is
    :returns: a graph of ``rdfs:subClassOf`` triples
    :raises ResourceError: when the ontology cannot be read
    """
    try:
        owl = Graph().parse(layout.owl_ttl, format="turtle")
    except (OSError, SyntaxError) as err:
        raise ResourceError(f"{layout.owl_ttl}: cannot read the ontology: {err}") from err
    out = Graph()
    for s, o in owl.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            out.add((s, RDFS.subClassOf, o))
    return out


#: The SHACL profiles (:data:`firesld.constants.SHACL_PROFILES`).
PROFILES = SHACL_PROFILES


def load_shapes(layout: Layout, profile: str = "curation") -> Graph:
    """Load the shapes of a profile into one graph.

    :param layout: where the shapes are
    :param profile: ``curation`` (the generated and the hand-written shapes) or ``consumer``
    :returns: the shapes graph
    :raises ResourceError: when a shapes file cannot be read
    :raises ValueError: for an unknown profile
    """
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r} (one of {', '.join(PROFILES)})")
    shapes = Graph()
    paths = (
        (layout.shacl, layout.shacl_extra) if profile == "curation" else (layout.shacl_consumer,)
    )
    for path in paths:
        if not path.is_file():
            if path == layout.shacl_extra:
                continue
            raise ResourceError(f"{path}: shapes file not found (run `firesld generate`)")
        try:
            shapes.parse(path, format="turtle")
        except (OSError, SyntaxError) as err:
            raise ResourceError(f"{path}: cannot read the shapes: {err}") from err
    return shapes


def check_shacl(
    data: Graph,
    model: Model,
    layout: Layout,
    *,
    locate: dict[str, Record] | None = None,
    engine: str = "turbo",
    shapes: Graph | None = None,
    extra: Sequence[Graph] = (),
    convert: Callable[[Graph], Sequence[Any]] = to_oxigraph_triples,
) -> tuple[list[Problem], Graph]:
    """Validate a data graph with the generated + hand-written shapes, no inference.

    The ontology's subclass triples are mixed in (``ont_graph``) so ``sh:class`` sees that a Drug
    is a ChemicalEntity; ``inference="none"`` keeps dangling references visible. Messages are
    made here from the shape (its ``sh:message``, or the constraint's parameter), so both engines
    give the same problems.

    :param data: the data graph
    :param model: the compact model
    :param layout: where shapes and ontology are
    :param locate: records by expanded IRI, to report file and line
    :param engine: ``turbo`` (pyshacl-turbo) or ``pyshacl``
    :param shapes: the shapes graph (read from ``layout`` when not given)
    :param extra: more triples validated with ``data`` (the types of records it points to)
    :param convert: turns a graph into pyoxigraph triples (a caller that converts the same graph
        for another check passes a memo)
    :returns: the problems and the engine's results graph
    :raises ValueError: for an unknown engine
    """
    if engine not in SHACL_ENGINES:
        raise ValueError(
            f"unknown SHACL engine {short_repr(engine)} (one of {', '.join(SHACL_ENGINES)})"
        )
    shapes = shapes if shapes is not None else load_shapes(layout)
    ont = ontology_subclass_graph(layout)
    options: dict[str, Any] = {
        "shacl_graph": shapes,
        "inference": "none",
        "advanced": True,
        "allow_warnings": True,
    }
    if engine == "turbo":
        import pyoxigraph as ox
        import pyshacl_turbo

        # pyshacl-turbo reads a pyoxigraph store natively (several times faster than an rdflib
        # graph); the ontology's subclass triples go into the same store, as ont_graph would.
        store = ox.Store()
        for part in (data, *extra, ont):
            store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in convert(part))
        _conforms, results, _text = pyshacl_turbo.validate(store, **options)
    else:
        import pyshacl

        union = data
        for part in extra:
            union = union + part
        _conforms, results, _text = pyshacl.validate(union, ont_graph=ont, **options)
    assert isinstance(results, Graph)
    return _shacl_problems(results, shapes, model, locate or {}), results


#: How a result of each constraint component is told when its shape has no ``sh:message``: the
#: parameter the value broke, and the sentence around it.
_COMPONENT_MESSAGES: dict[str, tuple[URIRef | None, str]] = {
    "Datatype": (SH.datatype, "value is not a literal of datatype {}"),
    "NodeKind": (SH.nodeKind, "value is not of node kind {}"),
    "Class": (SH["class"], "value is not an instance of {}"),
    "MinCount": (SH.minCount, "fewer than {} value(s)"),
    "MaxCount": (SH.maxCount, "more than {} value(s)"),
    "MinInclusive": (SH.minInclusive, "value is less than {}"),
    "MaxInclusive": (SH.maxInclusive, "value is greater than {}"),
    "MinExclusive": (SH.minExclusive, "value is not greater than {}"),
    "MaxExclusive": (SH.maxExclusive, "value is not less than {}"),
    "MinLength": (SH.minLength, "value is shorter than {} characters"),
    "MaxLength": (SH.maxLength, "value is longer than {} characters"),
    "Pattern": (SH.pattern, "value does not match the pattern {}"),
    "In": (SH["in"], "value is not one of {}"),
    "LanguageIn": (SH.languageIn, "language tag is not one of {}"),
    "HasValue": (SH.hasValue, "the required value {} is missing"),
    "UniqueLang": (None, "more than one value with the same language tag"),
    "Closed": (None, "property not allowed on this node (the shape is closed)"),
    "Node": (SH.node, "value does not conform to the shape {}"),
    "Not": (None, "value conforms to a shape it must not conform to"),
    "Or": (None, "value conforms to none of the alternative shapes"),
    "And": (None, "value does not conform to all of the shapes"),
    "Xone": (None, "value does not conform to exactly one of the shapes"),
}


_DECIMAL_TAIL = re.compile(r"\b(\d+\.)(\d*0)\b")


def _shacl_message(results: Graph, shapes: Graph, result: Any, component: str, model: Model) -> str:
    """Return the message of one result, the same whichever engine reported it."""
    shape = results.value(result, SH.sourceShape)
    own = shapes.value(shape, SH.message) if shape is not None else None
    constraint = results.value(result, SH.sourceConstraint)
    if own is None and constraint is not None:  # a SPARQL constraint's own message
        own = shapes.value(constraint, SH.message) or results.value(constraint, SH.message)
    if own is not None:
        text = str(results.value(result, SH.resultMessage) or own)
        if "{?" in str(own):  # a template: show decimals canonically, as pyshacl-turbo does
            text = _DECIMAL_TAIL.sub(lambda m: m.group(1) + (m.group(2).rstrip("0") or ""), text)
            text = re.sub(r"\b(\d+)\.(?=\s|$|[),;])", r"\1", text)
        return text
    name = component.removesuffix("ConstraintComponent")
    parameter, sentence = _COMPONENT_MESSAGES.get(name, (None, f"violates sh:{component}"))
    if parameter is None or shape is None:
        return sentence
    value = shapes.value(shape, parameter)
    if value is None:
        value = results.value(shape, parameter)
    if value is None:
        return sentence.replace(" {}", "")
    if parameter in (SH["in"], SH.languageIn):
        from rdflib.collection import Collection

        source = shapes if (value, None, None) in shapes else results
        shown = "[" + ", ".join(_show(model, v) for v in Collection(source, value)) + "]"
    else:
        shown = _show(model, value)
    return sentence.format(shown)


def _show(model: Model, term: Any) -> str:
    """Show a term compactly: a CURIE for an IRI, the lexical form for a literal."""
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(str(SH)):
            return "sh:" + text[len(str(SH)) :]
        return model.converter.compress(text) or text
    return str(term)


def _shacl_problems(
    results: Graph, shapes: Graph, model: Model, locate: dict[str, Record]
) -> list[Problem]:
    """Turn a SHACL results graph into problems."""
    slot_names: dict[str, str] = {}
    for cls in model.classes.values():
        for name, slot in cls["slots"].items():
            slot_names.setdefault(slot["slot_uri"], name.removesuffix("_zh").removesuffix("_en"))
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = str(results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        component = str(results.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        message = _shacl_message(results, shapes, result, component, model)
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        record = locate.get(focus) or locate.get(focus.rsplit("/", 1)[0])
        curie = model.converter.compress(focus) or focus
        slot = slot_names.get(str(path)) if path is not None else None
        if value is not None:
            shown = _show(model, value)
            message += f" (value: {shown if len(shown) <= 80 else short_repr(shown)})"
        problems.append(
            Problem(
                record.file if record else "<graph>",
                record.line_of(slot) if record else None,
                record.id if record else curie,
                slot,
                "FLD-SHACL-" + component.removesuffix("ConstraintComponent").upper(),
                "shacl",
                message,
                severity="warning" if severity in (SH.Warning, SH.Info) else "error",
                fix=suggest_curie(model, str(value)) if isinstance(value, URIRef) else None,
            )
        )
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.record or "", p.code, p.message))
