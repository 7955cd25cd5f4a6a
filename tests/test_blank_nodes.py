"""Canonical blank nodes: one blank node has one label in every RDF file of the release."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef

from firesld.rdfio import canonicalize_dataset
from tests.constants import LAYOUT


def _lines(name: str) -> list[str]:
    return (LAYOUT.exports_dir / name).read_text(encoding="utf-8").splitlines()


def _drop_graph_name(line: str) -> str:
    """Turn an N-Quads line into the N-Triples line of its triple (the graph name is last)."""
    assert line.endswith(" ."), line
    body, graph = line[: -len(" .")].rsplit(" ", 1)
    assert graph.startswith("<https://w3id.org/firesld/graph/"), line
    return f"{body} ."


def test_nquads_without_graph_names_are_the_ntriples_byte_for_byte() -> None:
    """The .nq lines minus their graph name, sorted, are the .nt file, blank-node labels included.

    A triple stated in two graphs would give two .nq lines and one .nt line, so duplicates are
    counted first: the release puts every triple in exactly one named graph.
    """
    projected = [_drop_graph_name(line) for line in _lines("firesld.nq")]
    duplicates = sorted({line for line in projected if projected.count(line) > 1})
    assert duplicates == []
    nt_text = (LAYOUT.exports_dir / "firesld.nt").read_bytes()
    assert ("\n".join(sorted(set(projected))) + "\n").encode() == nt_text
    assert any(line.startswith("_:c14n") for line in projected)


def test_trig_and_turtle_use_the_same_labels() -> None:
    """The TriG holds the .nq quads and the Turtle the .nt triples, with the same labels."""
    trig = ox.parse(path=str(LAYOUT.exports_dir / "firesld.trig"), format=ox.RdfFormat.TRIG)
    assert sorted(f"{q} ." for q in trig) == _lines("firesld.nq")
    turtle = ox.parse(path=str(LAYOUT.exports_dir / "firesld.ttl"), format=ox.RdfFormat.TURTLE)
    assert sorted(f"{ox.Triple(q.subject, q.predicate, q.object)} ." for q in turtle) == _lines(
        "firesld.nt"
    )


def test_a_blank_node_in_two_graphs_keeps_one_label() -> None:
    """A blank node shared by two graphs is labelled once for the dataset, by RDFC-1.0.

    Worked by hand: the only blank node is ``_:c14n0`` (RDFC-1.0 numbers from 0), and it is the
    same node in both graphs; the input label ``x`` does not matter.
    """
    a, b, p = (URIRef(f"https://example.org/{n}") for n in ("a", "b", "p"))
    for label in ("x", "zzz"):
        g1, g2 = Graph(), Graph()
        g1.add((a, p, BNode(label)))
        g2.add((BNode(label), p, b))
        out = canonicalize_dataset({"https://example.org/g1": g1, "https://example.org/g2": g2})
        assert set(out["https://example.org/g1"]) == {(a, p, BNode("c14n0"))}
        assert set(out["https://example.org/g2"]) == {(BNode("c14n0"), p, b)}
