"""Selecting the figure's claims and names from the release graph."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from firesld.errors import DataError, ResourceError
from firesld.figure.base import (
    _LEGEND_PREFIX_RE,
    _WIDE_PAREN_RE,
    CLAIMS_QUERY,
    KIND_OF_CLASS,
    NAMES_QUERY,
    _local_name,
)
from firesld.figure.model import Edge, Figure, Node, Panel


@dataclass
class _Claim:
    """One selected claim, as the query returned it."""

    iri: str
    panel: str
    section: str
    subject: str
    predicate: str
    object: str | None
    value: str | None
    certainty: str
    negated: bool
    text: str


def _value_label(text: str) -> str:
    """Return a value in words without a trailing Chinese gloss in parentheses.

    :param text: the ``value_text`` of a claim
    :returns: its English part

    >>> _value_label("cytoplasmic TIR receptor (胞浆的 TIR 受体)")
    'cytoplasmic TIR receptor'
    >>> _value_label("gene transcription (pro-inflammatory)")
    'gene transcription (pro-inflammatory)'
    """
    return _WIDE_PAREN_RE.sub("", text).strip() or text.strip()


def _as_store(graph: Any) -> Any:
    """Return a pyoxigraph store for a store, an rdflib graph, or ``None`` (the release)."""
    if graph is None:
        from firesld.queries import _release_store

        return _release_store()
    from rdflib import Graph

    if isinstance(graph, Graph):
        import pyoxigraph as ox

        from firesld.rdfio import to_oxigraph_triples

        store = ox.Store()
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in to_oxigraph_triples(graph))
        return store
    return graph


def _select(store: Any, query: str) -> list[dict[str, Any]]:
    """Run a SELECT query and return its rows as dicts of plain values (``None`` when unbound)."""
    from firesld.queries import run_query

    result = run_query(query, store)
    return [
        {v: (None if t is None else t.value) for v, t in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def _select_claims(store: Any) -> list[_Claim]:
    """Select the claims of Figure 1 (one row each)."""
    claims: dict[str, _Claim] = {}
    for row in _select(store, CLAIMS_QUERY):
        iri = row["claim"]
        if iri in claims:  # several values of an optional slot: keep the first in order
            continue
        claims[iri] = _Claim(
            iri=iri,
            panel=row["panel"],
            section=row["section"] or "",
            subject=row["subject"],
            predicate=row["predicate"],
            object=row["object"],
            value=None if row["object"] is not None else row["value"],
            certainty=_local_name(row["certainty"]),
            negated=row["negated"] in ("true", "1"),
            text=row["text"] or "",
        )
    return [claims[k] for k in sorted(claims)]


def _mentions(name: str, sentences: Iterable[str]) -> int:
    """Count the whole-word uses of a name in sentences, case ignored.

    :param name: the name
    :param sentences: the sentences
    :returns: how often it occurs, not as part of a longer word or name

    >>> _mentions("IL-1R", ["IL-1R1 binds; the IL-1R accessory protein", "il-1r"])
    2
    """
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return sum(len(pattern.findall(s)) for s in sentences)


def _choose_name(
    labels: Sequence[str],
    alts: Sequence[str],
    symbols: Sequence[str],
    sentences: Sequence[str],
    fallback: str,
) -> str:
    """Choose the name a node is shown with (see the module's docstring).

    :param labels: the node's English ``rdfs:label`` values
    :param alts: its English ``skos:altLabel`` values
    :param symbols: its ``firesld:symbol`` values
    :param sentences: the English sentences of the claims drawn
    :param fallback: the name when it has none (its CURIE)
    :returns: the name

    >>> _choose_name(["IL1R1_HUMAN"], ["IL-1R", "IL-1R1"], ["IL1R1_HUMAN"],
    ...              ["IL-1β binds IL-1R1", "the IL-1R accessory protein binds IL-1R1"], "x")
    'IL-1R1'
    >>> _choose_name(["IL1AP_HUMAN"], ["IL-1RAcP"], ["IL1AP_HUMAN"], [], "x")
    'IL-1RAcP'
    """
    ranked = [(0, n) for n in sorted(set(labels))]
    ranked += [(1, n) for n in sorted(set(alts) - set(labels))]
    used = [(-_mentions(n, sentences), rank, len(n), n) for rank, n in ranked]
    used = [u for u in used if u[0] < 0]
    if used:
        return min(used)[3]
    names = [n for n in labels if n not in symbols]
    names = names or list(alts) or list(labels)
    return min(names, key=lambda n: (len(n), n)) if names else fallback


@lru_cache(maxsize=1)
def _converter() -> Any:
    """Return the CURIE converter of the package's schema, or ``None`` without a model."""
    from firesld.constants import package_layout
    from firesld.model import load_model

    try:
        return load_model(package_layout()).converter
    except ResourceError:  # pragma: no cover - the package always has its model
        return None


def _compress(iri: str) -> str:
    """Return the CURIE of an IRI with the schema's prefixes, or the IRI itself.

    :param iri: the IRI
    :returns: its CURIE

    >>> _compress("http://purl.uniprot.org/uniprot/P01584")
    'UniProtKB:P01584'
    """
    converter = _converter()
    return str(converter.compress(iri) or iri) if converter is not None else iri


def _nodes(store: Any, claims: Sequence[_Claim]) -> dict[str, Node]:
    """Name and classify the entities the claims connect (values in words excluded)."""
    iris = sorted({c.subject for c in claims} | {c.object for c in claims if c.object})
    info: dict[str, dict[str, list[str]]] = {i: defaultdict(list) for i in iris}
    if iris:
        values = " ".join(f"<{i}>" for i in iris)
        for row in _select(store, NAMES_QUERY % values):
            info[row["node"]][row["kind"]].append(row["value"])
    sentences = sorted({c.text for c in claims if c.text})
    nodes: dict[str, Node] = {}
    for iri in iris:
        found = info[iri]
        curie = _compress(iri)
        label = _choose_name(
            found["label"], found["alt"], found["symbol"], sentences, fallback=curie
        )
        classes = {_local_name(t) for t in found["type"]}
        kind = next((k for c, k in KIND_OF_CLASS.items() if c in classes), "other")
        names = tuple(sorted(set(found["label"]) | set(found["alt"]), key=str.casefold))
        nodes[iri] = Node(key=iri, label=label, kind=kind, curie=curie, names=names)
    return nodes


def _sort_name(node: Node) -> tuple[str, str, str]:
    """Sort key of a node: its name (case ignored), its name, its key."""
    return (node.label.casefold(), node.label, node.key)


def build_figure(graph: Any = None) -> Figure:
    """Build the figure model from the claims of a graph that have a figure panel.

    :param graph: a ``pyoxigraph.Store``, or an rdflib ``Graph``; the installed release by default
        (queries see the union of the store's graphs)
    :returns: the figure
    :raises DataError: when the graph has no claim with a figure panel to draw
    :raises QueryError: when a query fails on the store

    >>> figure = build_figure()
    >>> [p.name for p in figure.panels]
    ['1A', '1B', '1C']
    >>> sorted(e.predicate_name for e in figure.panels[2].edges)
    ['directly_physically_interacts_with', 'disrupts', 'prevents_complex_formation']
    """
    store = _as_store(graph)
    claims = _select_claims(store)
    if not claims:
        raise DataError(
            "no claim with a figure panel (firesld:figure_panel 1A, 1B …) and an object or a "
            "value in words: nothing to draw"
        )
    nodes = _nodes(store, claims)
    grouped: dict[tuple[str, str, str, str, str, bool], list[str]] = defaultdict(list)
    values: dict[str, Node] = {}
    for claim in claims:
        if claim.object is not None:
            target = nodes[claim.object]
        else:
            text = _value_label(claim.value or "")
            target = values.setdefault(text, Node(key=f"text:{text}", label=text, kind="text"))
        key = (claim.panel, claim.subject, claim.predicate, target.key, claim.certainty)
        grouped[(*key, claim.negated)].append(_compress(claim.iri))
    every = {**nodes, **{n.key: n for n in values.values()}}
    panels = []
    for name in sorted({c.panel for c in claims}):
        edges = [
            Edge(name, every[s], p, every[o], cert, neg, tuple(sorted(ids)))
            for (panel, s, p, o, cert, neg), ids in grouped.items()
            if panel == name
        ]
        edges.sort(
            key=lambda e: (_sort_name(e.subject), e.label, _sort_name(e.object), e.certainty)
        )
        members = {e.subject.key: e.subject for e in edges} | {
            e.object.key: e.object for e in edges
        }
        legend = sorted(
            c.text for c in claims if c.panel == name and c.section == "figure-1" and c.text
        )
        panels.append(
            Panel(
                name=name,
                legend=_LEGEND_PREFIX_RE.sub("", legend[0]) if legend else "",
                nodes=tuple(sorted(members.values(), key=_sort_name)),
                edges=tuple(edges),
            )
        )
    return Figure(panels=tuple(panels), n_claims=len(claims))
