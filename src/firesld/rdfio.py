"""Deterministic RDF serialisation and atomic file writes."""

from __future__ import annotations

import bisect
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

__all__ = [
    "TripleIndex",
    "canonical_lines",
    "canonical_turtle",
    "canonicalize",
    "canonicalize_dataset",
    "from_oxigraph",
    "isomorphic",
    "ntriples_text",
    "relabel_blank_nodes",
    "replace_tree_atomic",
    "sorted_ntriples",
    "sorted_turtle",
    "to_oxigraph_triples",
    "turtle_text",
    "used_prefixes",
    "write_atomic",
]


def canonical_turtle(graph: Graph, prefixes: Mapping[str, str]) -> str:
    """Serialise a graph as Turtle that is identical for identical graphs.

    Blank nodes are relabelled canonically (RDFC-1.0, :func:`canonicalize`) when the graph has
    any; rdflib's Turtle writer sorts subjects, predicates and objects.

    :param graph: the graph
    :param prefixes: prefixes to bind, name to namespace
    :returns: the Turtle text

    >>> from rdflib import Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://purl.obolibrary.org/obo/MONDO_0015584"),
    ...            URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("FIRES", lang="en")))
    >>> print(canonical_turtle(g, {"MONDO": "http://purl.obolibrary.org/obo/MONDO_"}).strip())
    @prefix MONDO: <http://purl.obolibrary.org/obo/MONDO_> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    MONDO:0015584 rdfs:label "FIRES"@en .
    """
    out = Graph(bind_namespaces="none")
    for name, ns in sorted(prefixes.items()):
        out.bind(name, ns, override=True, replace=True)
    out.bind("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    out.bind("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
    out.bind("xsd", "http://www.w3.org/2001/XMLSchema#")
    out.bind("owl", "http://www.w3.org/2002/07/owl#")
    blank = []
    for triple in graph:  # straight into the graph written, no copy: only blank nodes change
        if any(isinstance(t, BNode) for t in triple):
            blank.append(triple)
        else:
            out.add(triple)
    for triple in _relabelled(blank):
        out.add(triple)
    text = out.serialize(format="turtle")
    return _drop_unused_prefixes(text)


def canonicalize(graph: Graph, *, inplace: bool = False) -> Graph:
    """Relabel blank nodes canonically (RDFC-1.0, computed by pyoxigraph).

    Equal graphs then serialise identically; a graph without blank nodes is returned as it is.

    :param graph: the graph
    :param inplace: relabel in ``graph`` itself instead of a copy
    :returns: a graph whose blank-node labels depend only on the graph's content
    """
    blank = [triple for triple in graph if any(isinstance(t, BNode) for t in triple)]
    if not blank:
        return graph
    out = graph if inplace else _copy(graph)
    for triple in blank:
        out.remove(triple)
    for triple in _relabelled(blank):
        out.add(triple)
    return out


def _relabelled(blank: Sequence[tuple[Any, Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """Return triples that mention blank nodes with the nodes relabelled by RDFC-1.0.

    RDFC-1.0 labels a blank node from the triples that mention blank nodes only, so those are
    canonicalised alone and the others (most of a large graph) are left as they are.
    """
    if not blank:
        return []
    import pyoxigraph as ox

    dataset = ox.Dataset(
        [ox.Quad(t.subject, t.predicate, t.object) for t in to_oxigraph_triples(blank)]
    )
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return [
        (from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
        for quad in dataset
    ]


def canonicalize_dataset(graphs: Mapping[str, Graph]) -> dict[str, Graph]:
    """Relabel the blank nodes of named graphs by RDFC-1.0 over the whole dataset.

    A blank node gets one label in every graph and in every file written from these graphs: the
    N-Quads and TriG (the dataset) and the N-Triples, Turtle and JSON-LD (their union) then use
    the same labels, so the N-Quads lines without their graph name are the N-Triples lines. The
    labels are the canonical ones of the dataset, which depend only on its content.

    :param graphs: graph IRI to graph
    :returns: graph IRI to a graph with the same triples, blank nodes relabelled (graphs without
        blank nodes are returned as they are)

    >>> from rdflib import BNode, URIRef
    >>> p = URIRef("https://example.org/p")
    >>> g1, g2 = Graph(), Graph()
    >>> node = BNode("x")
    >>> _ = g1.add((URIRef("https://example.org/a"), p, node))
    >>> _ = g2.add((node, p, URIRef("https://example.org/b")))
    >>> out = canonicalize_dataset({"https://example.org/g1": g1, "https://example.org/g2": g2})
    >>> [str(o) for o in out["https://example.org/g1"].objects()]
    ['c14n0']
    >>> [str(s) for s in out["https://example.org/g2"].subjects()]
    ['c14n0']
    """
    out: dict[str, Graph] = dict(graphs)
    for name, triples in relabel_blank_nodes(graphs).items():
        part = out[name] = Graph()
        for triple in triples:
            part.add(triple)
    return out


def relabel_blank_nodes(
    graphs: Mapping[str, Iterable[tuple[Any, Any, Any]]],
) -> dict[str, list[tuple[Any, Any, Any]]]:
    """Relabel blank nodes as :func:`canonicalize_dataset` does, for graphs given as triples.

    :param graphs: graph IRI to its triples (rdflib terms)
    :returns: graph IRI to all its triples, blank nodes relabelled, for the graphs that have blank
        nodes only
    """
    import pyoxigraph as ox

    # RDFC-1.0 labels a blank node from the quads that mention blank nodes only: those are
    # canonicalised alone and the others (most of a large dataset) are kept as they are.
    blank = ox.Dataset()
    kept: dict[str, list[tuple[Any, Any, Any]]] = {}
    for name, graph in graphs.items():
        graph_name = ox.NamedNode(name)
        plain = []
        has_blank = False
        for s, p, o in graph:
            if isinstance(s, BNode) or isinstance(p, BNode) or isinstance(o, BNode):
                has_blank = True
                blank.add(ox.Quad(_to_oxigraph(s), _to_oxigraph(p), _to_oxigraph(o), graph_name))
            else:
                plain.append((s, p, o))
        if has_blank:
            kept[name] = plain
    if not len(blank):
        return {}
    blank.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    for name, plain in kept.items():
        plain.extend(
            (from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
            for quad in blank.quads_for_graph_name(ox.NamedNode(name))
        )
    return kept


def _copy(graph: Graph) -> Graph:
    """Return a copy of a graph (same triples, same prefixes)."""
    out = Graph()
    out += graph
    return out


def canonical_lines(graph: Graph) -> list[str]:
    """Return the graph as sorted canonical N-Triples lines (blank nodes relabelled by RDFC-1.0).

    :param graph: the graph
    :returns: the lines; two graphs are isomorphic exactly when their lines are equal
    """
    import pyoxigraph as ox

    dataset = ox.Dataset(
        [ox.Quad(t.subject, t.predicate, t.object) for t in to_oxigraph_triples(graph)]
    )
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(ox.Triple(q.subject, q.predicate, q.object)) for q in dataset)


def isomorphic(first: Graph, second: Graph) -> bool:
    """Tell whether two graphs are the same up to blank-node labels (fast, via pyoxigraph).

    :param first: a graph
    :param second: another graph
    :returns: True when they are isomorphic
    """
    return len(first) == len(second) and canonical_lines(first) == canonical_lines(second)


def from_oxigraph(term: Any) -> Any:
    """Convert a pyoxigraph term to an rdflib term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        # a simple literal: rdflib tells "x" from "x"^^xsd:string (RDF 1.1 does not), and the
        # rest of firesld writes the plain form
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _drop_unused_prefixes(text: str) -> str:
    """Remove ``@prefix`` lines whose prefix the body never uses (rdflib writes all bound ones)."""
    lines = text.splitlines(keepends=True)
    head = [line for line in lines if line.startswith("@prefix")]
    body = "".join(line for line in lines if not line.startswith("@prefix"))
    kept = []
    for line in head:
        name = line.split()[1]
        if name in body:
            kept.append(line)
    return "".join(sorted(kept)) + body


def sorted_ntriples(graph: Graph) -> str:
    """Serialise a graph as N-Triples, one triple a line, lines sorted (the canonical diff form).

    :param graph: a graph without blank nodes, or with canonical blank-node labels
    :returns: the N-Triples text
    """
    return ntriples_text(to_oxigraph_triples(graph))


def ntriples_text(triples: Iterable[Any]) -> str:
    """Write pyoxigraph triples as sorted N-Triples (:func:`sorted_ntriples`), each line once.

    :param triples: pyoxigraph triples (blank nodes with canonical labels)
    :returns: the N-Triples text
    """
    lines = sorted({f"{t} ." for t in triples})
    return "\n".join(lines) + ("\n" if lines else "")


def sorted_turtle(graph: Graph, prefixes: Mapping[str, str]) -> str:
    """Serialise a graph as Turtle with pyoxigraph's writer: triples sorted, subjects grouped.

    The release is written this way (rdflib's pretty writer takes minutes on a million triples);
    the graph's blank nodes must already have canonical labels (:func:`canonicalize`), which
    the output keeps, so identical graphs give identical text. Only the prefixes used are written.

    :param graph: a graph without blank nodes, or with canonical blank-node labels
    :param prefixes: prefixes to use, name to namespace
    :returns: the Turtle text

    >>> from rdflib import Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://purl.obolibrary.org/obo/MONDO_0015584"),
    ...            URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("FIRES", lang="en")))
    >>> print(sorted_turtle(g, {"MONDO": "http://purl.obolibrary.org/obo/MONDO_"}).strip())
    @prefix MONDO: <http://purl.obolibrary.org/obo/MONDO_> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    MONDO:0015584 rdfs:label "FIRES"@en .
    """
    return turtle_text(to_oxigraph_triples(graph), prefixes)


def turtle_text(triples: Iterable[Any], prefixes: Mapping[str, str]) -> str:
    """Write pyoxigraph triples as sorted Turtle (:func:`sorted_turtle`), each triple once.

    :param triples: pyoxigraph triples (blank nodes with canonical labels)
    :param prefixes: prefixes to use, name to namespace
    :returns: the Turtle text
    """
    import pyoxigraph as ox

    bound = dict(sorted(prefixes.items()))
    for name, ns in STANDARD_PREFIXES.items():
        bound.setdefault(name, ns)
    ordered = sorted(set(triples), key=str)
    text = bytes(ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=bound) or b"").decode()
    return _drop_unused_prefixes(text)


#: File suffixes read as RDF, with their pyoxigraph format names.
RDF_SUFFIXES = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".trig": "TRIG",
    ".nq": "N_QUADS",
}

#: Datatypes a Turtle writer never spells out (a plain string, a language-tagged string).
IMPLICIT_DATATYPES = frozenset(
    {
        "http://www.w3.org/2001/XMLSchema#string",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
    }
)


def used_prefixes(quads: Iterable[Any], prefixes: Mapping[str, str]) -> dict[str, str]:
    """Return the prefixes (sorted by name) whose namespace some IRI of the quads starts with.

    :param quads: pyoxigraph quads (or triples)
    :param prefixes: the candidate prefixes, name to namespace
    :returns: the prefixes some IRI uses (a datatype IRI counts; xsd:string does not)
    """
    import pyoxigraph as ox

    quads = list(quads)
    terms = {q.subject for q in quads} | {q.predicate for q in quads} | {q.object for q in quads}
    terms |= {getattr(q, "graph_name", None) for q in quads}
    iris: set[str] = set()
    for term in terms:
        if isinstance(term, ox.NamedNode):
            iris.add(term.value)
        elif isinstance(term, ox.Literal) and term.datatype.value not in IMPLICIT_DATATYPES:
            iris.add(term.datatype.value)
    ordered = sorted(iris)

    def used(ns: str) -> bool:
        # the IRIs that start with ns follow it in sorted order; ns itself does not count
        i = bisect.bisect_left(ordered, ns)
        while i < len(ordered) and ordered[i].startswith(ns):
            if len(ordered[i]) > len(ns):
                return True
            i += 1
        return False

    return {name: ns for name, ns in sorted(prefixes.items()) if used(ns)}


#: The W3C prefixes every Turtle file of firesld binds.
STANDARD_PREFIXES = {
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def to_oxigraph_triples(graph: Iterable[tuple[Any, Any, Any]]) -> list[Any]:
    """Convert an rdflib graph's triples to pyoxigraph triples.

    :param graph: the rdflib graph (or its triples)
    :returns: a list of ``pyoxigraph.Triple``
    """
    import pyoxigraph as ox

    named_node, triple = ox.NamedNode, ox.Triple

    def convert(t: Any) -> Any:
        # an IRI (most terms) without the general case's import and isinstance checks
        return named_node(t) if type(t) is URIRef else _to_oxigraph(t)

    return [triple(convert(s), convert(p), convert(o)) for s, p, o in graph]


def _to_oxigraph(t: Any) -> Any:
    """Convert an rdflib term to a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    assert isinstance(t, Literal)
    if t.language:
        return ox.Literal(str(t), language=t.language)
    if t.datatype:
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
    return ox.Literal(str(t))


class TripleIndex:
    """Triples indexed by subject and by predicate, read as an rdflib graph is (but faster).

    The release's writers look a node's triples up many times; an rdflib graph answers each
    lookup through its store's context bookkeeping, this answers from two dictionaries, filled in
    one pass over the triples. A triple added twice is held once.

    >>> from rdflib import URIRef
    >>> a, p, b = (URIRef(f"https://example.org/{x}") for x in "apb")
    >>> index = TripleIndex([(a, p, b), (a, p, b)])
    >>> len(index), list(index.objects(a, p)), list(index.subjects(p, b)), (a, p, b) in index
    (1, [rdflib.term.URIRef('https://example.org/b')], [rdflib.term.URIRef('https://example.org/a')], True)
    """

    def __init__(self, triples: Iterable[tuple[Any, Any, Any]] = ()) -> None:
        self._spo: dict[Any, dict[Any, dict[Any, None]]] = {}
        self._pos: dict[Any, dict[Any, dict[Any, None]]] = {}
        self._len = 0
        self.update(triples)

    def update(self, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Add triples (rdflib terms).

        :param triples: the triples
        """
        for triple in triples:
            self.add(triple)

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        """Add one triple (rdflib terms).

        :param triple: the triple
        """
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o not in objects:
            objects[o] = None
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
            self._len += 1

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[tuple[Any, Any, Any]]:
        for s, by_predicate in self._spo.items():
            for p, objects in by_predicate.items():
                for o in objects:
                    yield s, p, o

    def __contains__(self, triple: tuple[Any, Any, Any]) -> bool:
        s, p, o = triple
        return o in self._spo.get(s, {}).get(p, {})

    def subjects(self, predicate: Any = None, obj: Any = None) -> Iterator[Any]:
        """Yield the subjects (of triples with this predicate and object, when given), each once."""
        if predicate is None:
            yield from (
                s
                for s, objects in self._spo.items()
                if any(obj is None or obj in o for o in objects.values())
            )
            return
        by_object = self._pos.get(predicate, {})
        if obj is None:
            seen: dict[Any, None] = {}
            for subjects in by_object.values():
                seen.update(subjects)
            yield from seen
        else:
            yield from by_object.get(obj, {})

    def predicates(self, subject: Any) -> Iterator[Any]:
        """Yield the predicates of a subject, each once."""
        yield from self._spo.get(subject, {})

    def objects(self, subject: Any, predicate: Any) -> Iterator[Any]:
        """Yield the objects of a subject and predicate."""
        yield from self._spo.get(subject, {}).get(predicate, {})

    def predicate_objects(self, subject: Any) -> Iterator[tuple[Any, Any]]:
        """Yield the predicates and objects of a subject."""
        for p, objects in self._spo.get(subject, {}).items():
            for o in objects:
                yield p, o

    def subject_objects(self, predicate: Any) -> Iterator[tuple[Any, Any]]:
        """Yield the subjects and objects of a predicate."""
        for o, subjects in self._pos.get(predicate, {}).items():
            for s in subjects:
                yield s, o


#: The mode of every file firesld writes: readable by all, writable by its owner.
FILE_MODE = 0o644


def holds(path: Path, content: bytes) -> bool:
    """Tell whether a file already holds these bytes (the one test of write-if-changed).

    :param path: the file
    :param content: the bytes it should hold
    :returns: True when it is a regular file with exactly these bytes
    """
    path = Path(path)
    return path.is_file() and path.stat().st_size == len(content) and path.read_bytes() == content


def changed_files(root: Path, contents: Mapping[str, bytes]) -> dict[str, bytes]:
    """Return the files under ``root`` whose bytes differ from ``contents`` (or are missing).

    :param root: the folder the relative paths are under
    :param contents: relative path to the bytes it should hold
    :returns: the subset of ``contents`` that must be written
    """
    return {rel: content for rel, content in contents.items() if not holds(root / rel, content)}


def write_atomic(path: Path, content: bytes) -> None:
    """Write a file so that readers see the old bytes or the new ones, never a mix.

    The file gets mode :data:`FILE_MODE` (``0644``), not the private mode of the temporary file
    it is written as.

    :param path: the destination
    :param content: the bytes to write
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temporary(path, content)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_temporary(path: Path, content: bytes) -> Path:
    """Write bytes to a new hidden file beside ``path`` (mode ``0644``) and return its path."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            os.fchmod(handle.fileno(), FILE_MODE)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _install(staged: Path, final: Path) -> None:
    """Move one staged file over its destination (an atomic rename; tests make it fail)."""
    os.replace(staged, final)


def replace_tree_atomic(target: Path, files: Mapping[str, bytes]) -> None:
    """Replace files under a folder with new ones, all or nothing.

    Every new file is first written beside its destination (a hidden temporary file, mode
    ``0644``); only when all are written is each moved over its destination with an atomic
    rename, the old file kept aside until the last one is in place. If anything fails, the files
    already moved are put back and the new ones removed, so ``target`` keeps its old bytes (and
    a file that did not exist does not appear). Files of ``target`` that ``files`` does not name
    are left alone.

    :param target: the folder to update
    :param files: relative path (``kgx/firesld_nodes.tsv``) to content
    """
    target.mkdir(parents=True, exist_ok=True)
    staged: dict[Path, Path] = {}
    backups: dict[Path, Path | None] = {}
    try:
        for rel, content in files.items():
            final = target / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            staged[final] = _write_temporary(final, content)
        for final, tmp in staged.items():
            backups[final] = _keep_aside(final)
            _install(tmp, final)
    except BaseException:
        for final, backup in backups.items():
            if backup is not None and final.exists() and os.path.samefile(backup, final):
                backup.unlink()  # not replaced yet (rename() between two links does nothing)
            elif backup is not None:
                os.replace(backup, final)
            elif not staged[final].exists():  # the new file was moved in: it did not exist before
                final.unlink(missing_ok=True)
        raise
    finally:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
    for backup in backups.values():
        if backup is not None:
            backup.unlink(missing_ok=True)


def _keep_aside(path: Path) -> Path | None:
    """Keep the current bytes of a file under a hidden name beside it (a hard link, else a copy).

    :returns: the backup, or None when the file does not exist
    """
    if not path.is_file():
        return None
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.old.", dir=path.parent)
    os.close(fd)
    backup = Path(name)
    backup.unlink()
    try:
        os.link(path, backup)
    except OSError:
        shutil.copy2(path, backup)
    return backup
