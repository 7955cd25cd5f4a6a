"""OWL consistency of the ontology and the data, with the HermiT reasoner (the jar owlready2 ships)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from firesld.constants import Layout
from firesld.errors import MissingExtraError, ResourceError
from firesld.forked import dies_with_parent
from firesld.model import Model
from firesld.problems import Problem
from firesld.rdfio import to_oxigraph_triples

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


HERMIT_MEMORY_MB = 2000
"""The Java heap HermiT gets (owlready2's default)."""

HERMIT_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1",)
"""Java options of the HermiT run: the quick (C1) compiler only. A run of seconds ends before the
optimising compiler pays back its threads: on the curated release 0.8 s and 1.1 s of CPU instead
of 1.2 s and 2.2 s; on the 100k synthetic release 2.8 s instead of 3.5 s (OpenJDK 17)."""

HERMIT_TIMEOUT_S = 600
"""HermiT is stopped after this many seconds."""

_NOTHING = "http://www.w3.org/2002/07/owl#Nothing"
_OWL_IMPORTS = "http://www.w3.org/2002/07/owl#imports"


def _hermit_classpath() -> str:
    """Return the classpath of the HermiT jar shipped with owlready2 (without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("owlready2")
    if spec is None or spec.origin is None:
        raise MissingExtraError("owlready2", "reason")
    folder = Path(spec.origin).parent / "hermit"
    return f"{folder}{os.pathsep}{folder / 'HermiT.jar'}"


def _ontology_ntriples(layout: Layout) -> bytes:
    """Return the ontology as N-Triples, without ``owl:imports`` (HermiT fetches nothing)."""
    import pyoxigraph as ox

    triples = [
        t
        for t in ox.parse(path=str(layout.owl_ttl), format=ox.RdfFormat.TURTLE)
        if t.predicate.value != _OWL_IMPORTS
    ]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def check_owl(
    data: Graph,
    model: Model,
    layout: Layout,
    *,
    convert: Callable[[Graph], Sequence[Any]] = to_oxigraph_triples,
) -> list[Problem]:
    """Reason over the ontology and the data with HermiT; report inconsistency and unsatisfiable classes.

    HermiT (the jar owlready2 ships) runs once on ontology + data with ``-U``: that checks the
    consistency of the whole and lists the classes equivalent to ``owl:Nothing``, without the
    classification of every individual (``-I``) owlready2's ``sync_reasoner`` asks for, which took
    three quarters of the time and decides nothing reported here. The JVM compiles with its quick
    compiler only (:data:`HERMIT_JVM_OPTIONS`).

    :param data: the data graph
    :param model: the compact model (to name nodes as CURIEs)
    :param layout: where the ontology is
    :param convert: turns the data into pyoxigraph triples (a memo shared with other checks)
    :returns: problems of the ``owl`` step (empty when consistent)
    :raises MissingExtraError: when owlready2 (the ``reason`` extra) is not installed
    :raises ResourceError: when no Java runtime is found, or HermiT fails
    """
    classpath = _hermit_classpath()
    java = shutil.which("java")
    if java is None:
        raise ResourceError(f"no `java` on PATH: {JAVA_HINT}")
    import pyoxigraph as ox

    with tempfile.TemporaryDirectory(prefix="firesld-owl-") as tmp:
        path = Path(tmp) / "union.nt"
        with path.open("wb") as out:
            out.write(_ontology_ntriples(layout))
            out.write(b"\n")
            ox.serialize(convert(data), out, format=ox.RdfFormat.N_TRIPLES)
        command = [
            java,
            f"-Xmx{HERMIT_MEMORY_MB}M",
            *HERMIT_JVM_OPTIONS,
            "-cp",
            classpath,
            "org.semanticweb.HermiT.cli.CommandLine",
            "-U",
            "-N",
            path.as_uri(),
        ]
        try:
            done = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=HERMIT_TIMEOUT_S,
                check=False,
                preexec_fn=dies_with_parent(),  # a killed build (or its child) ends HermiT too
            )
        except subprocess.TimeoutExpired as err:
            raise ResourceError(f"HermiT did not finish within {HERMIT_TIMEOUT_S} s") from err
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    if done.returncode != 0:
        if "Inconsistent ontology" in output:
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
        first = next((line for line in output.splitlines() if line.strip()), "no output")
        raise ResourceError(f"HermiT failed: {first}")
    return [
        Problem(
            "<graph>",
            None,
            iri,
            None,
            "FLD-OWL-UNSATISFIABLE",
            "owl",
            f"class {iri} is unsatisfiable (equivalent to owl:Nothing)",
        )
        for iri in _unsatisfiable(done.stdout.decode("utf-8", "replace"))
    ]


def _unsatisfiable(output: str) -> list[str]:
    """Read the classes HermiT's ``-U -N`` lists as equivalent to owl:Nothing (not itself)."""
    found: list[str] = []
    listing = False
    for line in output.splitlines():
        if line.startswith("Classes equivalent to"):
            listing = True
        elif listing and line.startswith("\t"):
            iri = line.strip()
            if iri and iri != _NOTHING:
                found.append(iri)
        else:
            listing = False
    return found
