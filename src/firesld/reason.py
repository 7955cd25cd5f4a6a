"""OWL consistency of the ontology and the data, with owlready2 and the HermiT reasoner."""

from __future__ import annotations

import shutil
import tempfile
from itertools import combinations
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from firesld.constants import Layout
from firesld.errors import MissingExtraError, ResourceError
from firesld.model import Model
from firesld.problems import Problem

__all__ = ["check_owl", "disjoint_pairs"]

JAVA_HINT = (
    "the OWL check runs the HermiT reasoner, which needs a Java runtime: install one "
    "(e.g. `apt-get install default-jre-headless`), or skip the check with --no-reason"
)


def disjoint_pairs(ontology: Graph) -> set[frozenset[URIRef]]:
    """Return the pairs of classes the ontology declares disjoint, closed under subclasses.

    :param ontology: the OWL ontology
    :returns: unordered pairs of disjoint class IRIs
    """
    direct: set[frozenset[URIRef]] = set()
    for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ontology.value(axiom, OWL.members)
        members = [m for m in ontology.items(head) if isinstance(m, URIRef)] if head else []
        direct.update(frozenset(pair) for pair in combinations(members, 2))
    for a, b in ontology.subject_objects(OWL.disjointWith):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            direct.add(frozenset((a, b)))
    subclasses: dict[URIRef, set[URIRef]] = {}
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            subclasses.setdefault(sup, set()).add(sub)

    def below(cls: URIRef) -> set[URIRef]:
        out, todo = {cls}, [cls]
        while todo:
            for child in subclasses.get(todo.pop(), ()):
                if child not in out:
                    out.add(child)
                    todo.append(child)
        return out

    closed: set[frozenset[URIRef]] = set()
    for pair in direct:
        a, b = tuple(pair)
        closed.update(frozenset((x, y)) for x in below(a) for y in below(b) if x != y)
    return closed


def _explain(data: Graph, ontology: Graph, model: Model) -> list[str]:
    """Name the nodes typed with two disjoint classes (the usual cause of an inconsistency)."""
    pairs = disjoint_pairs(ontology)
    out = []
    for node in sorted(set(data.subjects(RDF.type, None)), key=str):
        types = {t for t in data.objects(node, RDF.type) if isinstance(t, URIRef)}
        for a, b in combinations(sorted(types, key=str), 2):
            if frozenset((a, b)) in pairs:
                name = model.converter.compress(str(node)) or str(node)
                out.append(f"{name} is both {a.rsplit('/', 1)[-1]} and {b.rsplit('/', 1)[-1]}")
    return out


def check_owl(data: Graph, model: Model, layout: Layout) -> list[Problem]:
    """Reason over the ontology and the data with HermiT; report inconsistency and unsatisfiable classes.

    :param data: the data graph
    :param model: the compact model (to name nodes as CURIEs)
    :param layout: where the ontology is
    :returns: problems of the ``owl`` step (empty when consistent)
    :raises MissingExtraError: when owlready2 (the ``reason`` extra) is not installed
    :raises ResourceError: when no Java runtime is found
    """
    try:
        import owlready2
    except ImportError as err:
        raise MissingExtraError("owlready2", "reason") from err
    if shutil.which("java") is None:
        raise ResourceError(f"no `java` on PATH: {JAVA_HINT}")
    world = owlready2.World()
    onto = world.get_ontology(layout.owl_xml.resolve().as_uri()).load()
    with tempfile.TemporaryDirectory(prefix="firesld-owl-") as tmp:
        path = Path(tmp) / "data.nt"
        path.write_bytes(data.serialize(format="nt", encoding="utf-8"))
        world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            ontology = Graph().parse(layout.owl_ttl, format="turtle")
            causes = _explain(data, ontology, model)
            detail = "; ".join(causes) if causes else "HermiT gives no explanation"
            return [
                Problem(
                    "<graph>",
                    None,
                    None,
                    None,
                    "FLD-OWL-INCONSISTENT",
                    "owl",
                    f"the ontology and the data are inconsistent: {detail}",
                )
            ]
        except owlready2.OwlReadyJavaError as err:
            raise ResourceError(f"HermiT failed: {str(err).splitlines()[0]}") from err
    return [
        Problem(
            "<graph>",
            None,
            cls.iri,
            None,
            "FLD-OWL-UNSATISFIABLE",
            "owl",
            f"class {cls.iri} is unsatisfiable (equivalent to owl:Nothing)",
        )
        for cls in world.inconsistent_classes()
        if cls is not owlready2.Nothing
    ]
