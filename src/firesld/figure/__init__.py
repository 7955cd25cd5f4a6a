"""Figure 1 of the review, redrawn from the graph: an SVG picture and a Mermaid flowchart.

**What is drawn.** The review's Figure 1 (图 1, *Mechanism of action of IL-1β and related specific
antagonists*) is drawn from the claims the curators tied to it: every claim with a
``figure_panel`` (the schema's "panel of Figure 1 that shows the claim", ``1A``, ``1B``, ``1C``),
whatever its section or predicate. These are the legend's own claims (section ``figure-1``) and
the sentences of §1.1, §2.2.1 and §2.2.2 that end in "见图 1A/1B/1C". One SPARQL query,
:data:`CLAIMS_QUERY`, selects them from a pyoxigraph store (the release, or any graph given).

Each claim is an arrow of its panel, from its subject to its object, labelled with its predicate;
a claim without an object but with a ``value_text`` points to that value, drawn as a text box
(a value in words, with no identifier); a claim with neither (a quantity alone) has nothing to
point to and is not drawn. Claims that say the same thing in the same panel (same subject,
predicate, object, certainty and negation) make one arrow that lists them all. Nothing else is
drawn: no arrow is inferred from an entity's attributes (``has_subunit``) or added by hand.

**Styles.** An asserted claim is a solid arrow, a hedged one ("may") a dashed arrow (drawn, although
the release gives a hedged claim no direct edge), a negated one ("does not") a red arrow labelled
"✗ not …". The SVG has a legend of these styles and of the node colours, one ``<title>`` per
panel, node and arrow, and ``data-*`` attributes that name each arrow's ends, predicate and claims.
Each panel is headed by its letter and the English of its legend sentence (the supporting text of
its claims of section ``figure-1``, without the leading "A−"), as the review prints it.

**Names.** A node is named as the review names it: among its English ``rdfs:label`` and
``skos:altLabel`` values, the one the English sentences of the claims drawn use most often as a
whole word (case ignored; ties go to ``rdfs:label``, then to the shorter name). A node whose names
the sentences never use gets its English ``rdfs:label``, unless that label is only its database
symbol (``IL1B_HUMAN``), then its shortest English ``skos:altLabel``, and its CURIE as a last resort.

**Layout.** Deterministic and hand-written (no graphviz). In a panel, nodes are placed in layers
by the longest path from the nodes no arrow points to (arrows that would close a cycle are ignored
for this), ordered in each layer by the mean position of their neighbours in the layers above,
then by name. Each arrow's label is a box in the band below the upper of its two layers, placed in
a row with the band's other labels as near the middle of its two ends as they allow, so labels
never overlap: the arrow runs from its subject to its label and on from the label to its object.
Panels follow each other in columns, a new column starting when the next panel would make one
taller than the tallest panel. Coordinates are rounded to 0.1 px, so a graph always gives the same
bytes.
"""

from __future__ import annotations

import html
import re
import stat
import textwrap
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from firesld.constants import Layout
from firesld.errors import DataError, ResourceError

__all__ = [
    "CLAIMS_QUERY",
    "DOCS_SVG",
    "FIGURE_TITLE",
    "README_END",
    "README_START",
    "Edge",
    "Figure",
    "Node",
    "Panel",
    "build_figure",
    "load_graph_files",
    "read_readme_block",
    "readme_block",
    "render_mermaid",
    "render_svg",
    "replace_readme_block",
    "write_figure",
    "write_file",
]

FIRESLD = "https://w3id.org/firesld/vocab/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: The figure's title, as the review prints it under Figure 1.
FIGURE_TITLE = "Figure 1. Mechanism of action of IL-1β and related specific antagonists"

#: Where ``firesld figure --write`` puts the SVG, relative to the checkout.
DOCS_SVG = Path("docs") / "figure1.svg"

#: The markers around the generated Mermaid block of README.md.
README_START = "<!-- figure1:start -->"
README_END = "<!-- figure1:end -->"

#: The claims of Figure 1: those with a figure panel, with an object or a value in words.
CLAIMS_QUERY = """\
PREFIX firesld: <https://w3id.org/firesld/vocab/>
SELECT ?claim ?panel ?section ?subject ?predicate ?object ?value ?certainty ?negated ?text
WHERE {
  ?claim a firesld:Claim ;
    firesld:figure_panel ?panel ;
    firesld:subject ?subject ;
    firesld:predicate ?predicate ;
    firesld:certainty ?certainty .
  FILTER(REGEX(STR(?panel), "^1[A-Z]$"))
  OPTIONAL { ?claim firesld:object ?object }
  OPTIONAL { ?claim firesld:value_text ?value }
  OPTIONAL { ?claim firesld:negated ?negated }
  OPTIONAL { ?claim firesld:section ?section }
  OPTIONAL { ?claim firesld:supporting_text ?text FILTER(LANGMATCHES(LANG(?text), "en")) }
  FILTER(BOUND(?object) || BOUND(?value))
}
ORDER BY ?panel ?claim
"""

#: The names, symbols and firesld classes of the nodes (``%s``: the VALUES list of node IRIs).
NAMES_QUERY = """\
PREFIX firesld: <https://w3id.org/firesld/vocab/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?node ?kind ?value
WHERE {
  VALUES ?node { %s }
  {
    ?node rdfs:label ?value BIND("label" AS ?kind)
    FILTER(LANGMATCHES(LANG(?value), "en"))
  } UNION {
    ?node skos:altLabel ?value BIND("alt" AS ?kind)
    FILTER(LANGMATCHES(LANG(?value), "en"))
  } UNION {
    ?node firesld:symbol ?value BIND("symbol" AS ?kind)
  } UNION {
    ?node a ?value BIND("type" AS ?kind)
    FILTER(STRSTARTS(STR(?value), STR(firesld:)))
  }
}
ORDER BY ?node ?kind ?value
"""

#: Node kinds by firesld class, in order of precedence; anything else is ``other``.
KIND_OF_CLASS = {
    "Drug": "drug",
    "ChemicalEntity": "drug",
    "Treatment": "drug",
    "MacromolecularComplex": "complex",
    "GeneProduct": "protein",
    "Gene": "protein",
    "SequenceVariant": "protein",
    "BiologicalProcess": "process",
    "MolecularFunction": "process",
}

#: Kind → (legend text, fill, stroke), in legend order.
KINDS = {
    "protein": ("gene or protein", "#dbe9f6", "#2b6cb0"),
    "drug": ("drug", "#fde2c8", "#c05621"),
    "complex": ("complex", "#e3f1df", "#2f855a"),
    "process": ("process or activity", "#ece4f5", "#6b46c1"),
    "other": ("other entity", "#eeeeee", "#555555"),
    "text": ("value in words (no identifier)", "#ffffff", "#888888"),
}

INK = "#333333"
NEGATED_INK = "#c0392b"

_WIDE_PAREN_RE = re.compile(r"\s*\([^()]*[\u3000-\u9fff\uff00-\uffef][^()]*\)\s*$")
_LEGEND_PREFIX_RE = re.compile(r"^([A-Z])\s*[−–-]\s*")

# ------------------------------------------------------------------------------------ the model


@dataclass(frozen=True)
class Node:
    """A box of the figure: an entity, or a value in words.

    ``key`` is the entity's IRI, or ``text:<value>`` for a value in words; ``curie`` is empty for
    the latter. ``kind`` is a key of :data:`KINDS`; ``names`` are the node's English names.
    """

    key: str
    label: str
    kind: str
    curie: str = ""
    names: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The node's tooltip: its name, its other names and its identifier."""
        others = [n for n in self.names if n != self.label]
        text = self.label + (f" ({'; '.join(others)})" if others else "")
        return f"{text} — {self.curie}" if self.curie else f"{text} — value in words"


@dataclass(frozen=True)
class Edge:
    """An arrow: one or more claims of one panel with the same subject, predicate and object."""

    panel: str
    subject: Node
    predicate: str
    object: Node
    certainty: str
    negated: bool
    claims: tuple[str, ...]

    @property
    def predicate_name(self) -> str:
        """The predicate's local name, ``directly_physically_interacts_with``."""
        return _local_name(self.predicate)

    @property
    def label(self) -> str:
        """The arrow's label: the predicate in words, ``✗ not …`` when negated."""
        words = self.predicate_name.replace("_", " ")
        return f"✗ not {words}" if self.negated else words

    @property
    def dashed(self) -> bool:
        """Whether the arrow is dashed (a hedged claim)."""
        return self.certainty != "asserted"

    @property
    def key(self) -> tuple[str, str, str, str, str, bool]:
        """Panel, subject name, predicate, object name, certainty and negation, for comparisons."""
        return (
            self.panel,
            self.subject.label,
            self.predicate_name,
            self.object.label,
            self.certainty,
            self.negated,
        )

    @property
    def title(self) -> str:
        """The arrow's tooltip: the statement, its certainty and its claims."""
        state = self.certainty + (", negated" if self.negated else "")
        return (
            f"{self.subject.label} {self.label} {self.object.label} "
            f"({state}; {', '.join(self.claims)})"
        )


@dataclass(frozen=True)
class Panel:
    """One panel of the figure (``1A``), with the legend's sentence for it when there is one."""

    name: str
    legend: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    @property
    def letter(self) -> str:
        """The panel's letter, ``A``."""
        return self.name[1:]


@dataclass(frozen=True)
class Figure:
    """The figure: its panels, in order, and how many claims it was drawn from."""

    panels: tuple[Panel, ...]
    n_claims: int

    @property
    def edges(self) -> tuple[Edge, ...]:
        """Every arrow, panel by panel."""
        return tuple(e for p in self.panels for e in p.edges)

    @property
    def summary(self) -> str:
        """One line: panels, arrows and claims."""
        return (
            f"figure 1: {len(self.panels)} panel(s), {len(self.edges)} arrow(s) "
            f"from {self.n_claims} claim(s)"
        )


# ---------------------------------------------------------------------------------- selection


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


def _local_name(iri: str) -> str:
    """Return the last segment of an IRI.

    :param iri: the IRI
    :returns: what follows its last ``/`` or ``#``

    >>> _local_name("https://w3id.org/biolink/vocab/directly_physically_interacts_with")
    'directly_physically_interacts_with'
    """
    return re.split(r"[/#]", iri)[-1]


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


# -------------------------------------------------------------------------------------- input


def load_graph_files(paths: Sequence[Path]) -> Any:
    """Load RDF files into one new in-memory pyoxigraph store (named graphs kept).

    :param paths: Turtle, N-Triples, JSON-LD, TriG or N-Quads files, by suffix
    :returns: the ``pyoxigraph.Store``
    :raises ResourceError: when a file is missing, has an unknown suffix, or does not parse (the
        message gives the file and, when the parser knows it, the line and column)
    """
    import pyoxigraph as ox

    from firesld.rdfio import RDF_SUFFIXES

    store = ox.Store()
    for path in paths:
        path = Path(path)
        fmt = RDF_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise ResourceError(
                f"{path}: not an RDF file name; use one of {', '.join(sorted(RDF_SUFFIXES))}"
            )
        if not path.is_file():
            raise ResourceError(f"{path}: no such file")
        _check_bounds(path, fmt)
        try:
            store.load(path=str(path), format=getattr(ox.RdfFormat, fmt))
        except MemoryError as err:  # pyoxigraph's 16 MiB buffer: a literal or token past it
            from firesld.limits import LimitError

            raise LimitError(
                "max-literal-bytes",
                str(path),
                None,
                f"a literal longer than the parser can hold ({err})",
            ) from None
        except SyntaxError as err:
            where = f"{path}:{err.lineno}:{err.offset}" if err.lineno else str(path)
            raise ResourceError(f"{where}: malformed {fmt.replace('_', '-')}: {err}") from err
        except (OSError, ValueError) as err:
            raise ResourceError(f"{path}: cannot read {fmt.replace('_', '-')}: {err}") from err
    return store


def _check_bounds(path: Path, fmt: str) -> None:
    """Refuse a file past ``max-file-bytes``, and JSON-LD too deep or with a remote context.

    :raises LimitError: past a limit of :mod:`firesld.limits`
    :raises ResourceError: for a remote JSON-LD context (``FLD-PARSE-REMOTE-CONTEXT``)
    """
    import json

    from firesld.limits import check_json_depth, file_size_ok, short_repr

    file_size_ok(path.stat().st_size, str(path))
    if fmt != "JSON_LD":
        return
    from firesld.validate import _remote_contexts

    raw = path.read_bytes()
    check_json_depth(raw, str(path))
    try:
        remote = _remote_contexts(json.loads(raw))
    except ValueError as err:
        raise ResourceError(f"{path}: malformed JSON: {err}") from err
    if remote:
        raise ResourceError(
            f"{path}: FLD-PARSE-REMOTE-CONTEXT: remote JSON-LD context {short_repr(remote[0])} "
            "(@context or @import) refused (firesld never fetches one)"
        )


# ---------------------------------------------------------------------------------------- SVG

FONT = "Helvetica, Arial, sans-serif"
NODE_FONT = 13
EDGE_FONT = 11
LEGEND_FONT = 11
LINE_H = 16
EDGE_LINE_H = 13
NODE_PAD_X = 10
NODE_PAD_Y = 8
NODE_MIN_W = 64
NODE_WRAP = 22
EDGE_WRAP = 18
NODE_GAP = 26
LABEL_GAP = 10
BAND_SPACE = 26
BAND_EMPTY = 44
PANEL_PAD = 18
PANEL_MIN_W = 300
PANEL_GAP = 20
MARGIN = 20


def _text_width(text: str, size: float) -> float:
    """Estimate the width of a text in pixels (wide East Asian characters count double).

    :param text: the text
    :param size: the font size
    :returns: the estimated width

    >>> _text_width("ab", 10), _text_width("受体", 10)
    (11.6, 20.0)
    """
    return round(
        sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.58 for c in text) * size, 1
    )


def _num(value: float) -> str:
    """Format a coordinate with at most one decimal.

    :param value: the number
    :returns: its text

    >>> _num(12.0), _num(3.25), _num(-0.01)
    ('12', '3.2', '0')
    """
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _esc(text: str) -> str:
    """Escape text for XML content and attributes."""
    return html.escape(text, quote=True)


def _wrap(text: str, width: int) -> list[str]:
    """Wrap a text into lines of at most ``width`` characters (words and names kept whole).

    :param text: the text
    :param width: the line length
    :returns: the lines (one empty line for an empty text)

    >>> _wrap("directly physically interacts with", 18)
    ['directly', 'physically', 'interacts with']
    """
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


@dataclass
class _Box:
    """A box placed in a panel: a node, or the label of an arrow."""

    lines: list[str]
    font: int
    line_h: int
    pad_x: float
    pad_y: float
    minimum: float = 0.0
    x: float = 0.0
    y: float = 0.0

    @property
    def w(self) -> float:
        """The width."""
        widest = max(_text_width(t, self.font) for t in self.lines)
        return round(max(self.minimum, widest + 2 * self.pad_x), 1)

    @property
    def h(self) -> float:
        """The height."""
        return len(self.lines) * self.line_h + 2 * self.pad_y

    @property
    def cx(self) -> float:
        """The horizontal centre."""
        return round(self.x + self.w / 2, 1)

    def text_rows(self) -> list[tuple[float, str]]:
        """Return the baseline of each line of text, with the line."""
        first = self.y + self.pad_y + self.line_h - (self.line_h - self.font) / 2 - 2
        return [(first + i * self.line_h, t) for i, t in enumerate(self.lines)]


@dataclass
class _Route:
    """An arrow placed in a panel: from its subject to its label, and from its label on.

    The label is a box in the band below the upper of the arrow's two layers (below both, for an
    arrow within one layer); the line from the subject reaches the label's side that faces the
    subject, the arrow to the object leaves from the side that faces the object.
    """

    edge: Edge
    ident: str
    label: _Box
    band: int
    start: tuple[float, float] = (0.0, 0.0)
    end: tuple[float, float] = (0.0, 0.0)

    def path(self, source_below: bool, target_below: bool) -> str:
        """Return the SVG path: subject → label, then label → object (with the arrowhead).

        :param source_below: whether the subject lies below the label
        :param target_below: whether the object lies below the label
        :returns: the path data
        """
        box = self.label
        if source_below == target_below:  # both ends on one side: two anchors on that side
            y = box.y + (box.h if source_below else 0)
            a, b = (box.x + box.w / 3, y), (box.x + 2 * box.w / 3, y)
        else:
            a = (box.cx, box.y + (box.h if source_below else 0))
            b = (box.cx, box.y + (box.h if target_below else 0))
        return (
            f"M{_num(self.start[0])},{_num(self.start[1])} L{_num(a[0])},{_num(a[1])} "
            f"M{_num(b[0])},{_num(b[1])} L{_num(self.end[0])},{_num(self.end[1])}"
        )


@dataclass
class _PanelLayout:
    """A panel with its nodes and arrows placed, in the panel's own coordinates."""

    panel: Panel
    boxes: dict[str, _Box]
    layer: dict[str, int]
    routes: list[_Route]
    legend: list[str]
    width: float
    height: float


def _layers(panel: Panel) -> dict[str, int]:
    """Assign each node a layer: the longest path to it from the nodes no arrow points to."""
    order = [n.key for n in panel.nodes]
    succ: dict[str, list[str]] = {k: [] for k in order}
    for e in panel.edges:
        if e.subject.key != e.object.key and e.object.key not in succ[e.subject.key]:
            succ[e.subject.key].append(e.object.key)
    for k in order:
        succ[k].sort(key=order.index)
    targets = {o for k in order for o in succ[k]}
    state: dict[str, int] = {}
    dag: list[tuple[str, str]] = []

    def visit(key: str) -> None:
        state[key] = 1
        for nxt in succ[key]:
            if state.get(nxt) == 1:  # closes a cycle: ignored for layering
                continue
            dag.append((key, nxt))
            if nxt not in state:
                visit(nxt)
        state[key] = 2

    for key in [k for k in order if k not in targets] + order:
        if key not in state:
            visit(key)
    layer = dict.fromkeys(order, 0)
    pending = {k: sum(1 for _, o in dag if o == k) for k in order}
    ready = [k for k in order if pending[k] == 0]
    while ready:
        key = ready.pop(0)
        for s, o in dag:
            if s == key:
                layer[o] = max(layer[o], layer[key] + 1)
                pending[o] -= 1
                if pending[o] == 0:
                    ready.append(o)
    return layer


def _spread(boxes: list[tuple[float, _Box]], low: float, high: float) -> None:
    """Place boxes in a row, each as near its ideal centre as the others allow.

    Overlapping boxes are merged into blocks centred on their mean ideal position, then the
    row is kept within ``[low, high]``.

    :param boxes: (ideal centre, box) pairs, in their left-to-right order
    :param low: the leftmost x allowed
    :param high: the rightmost x allowed
    """
    blocks: list[list[tuple[float, _Box]]] = []
    lefts: list[float] = []

    def place(block: list[tuple[float, _Box]]) -> float:
        offset, wanted = 0.0, []
        for ideal, box in block:
            wanted.append(ideal - offset - box.w / 2)
            offset += box.w + LABEL_GAP
        return sum(wanted) / len(wanted)

    def width(block: list[tuple[float, _Box]]) -> float:
        return sum(b.w for _, b in block) + LABEL_GAP * (len(block) - 1)

    for item in boxes:
        blocks.append([item])
        lefts.append(place(blocks[-1]))
        while len(blocks) > 1 and lefts[-2] + width(blocks[-2]) + LABEL_GAP > lefts[-1]:
            last = blocks.pop()
            lefts.pop()
            blocks[-1] += last
            lefts[-1] = place(blocks[-1])
    x = low
    placed: list[_Box] = []
    for left, block in zip(lefts, blocks, strict=True):
        x = max(x, left)
        for _, box in block:
            box.x = x
            placed.append(box)
            x += box.w + LABEL_GAP
    right = high
    for box in reversed(placed):
        box.x = round(max(low, min(box.x, right - box.w)), 1)
        right = box.x - LABEL_GAP


def _layout_panel(panel: Panel) -> _PanelLayout:
    """Place a panel's nodes in layers, the arrows' labels in the bands between, and route."""
    layer = _layers(panel)
    n_layers = max(layer.values()) + 1
    boxes = {
        n.key: _Box(
            _wrap(n.label, NODE_WRAP), NODE_FONT, LINE_H, NODE_PAD_X, NODE_PAD_Y, NODE_MIN_W
        )
        for n in panel.nodes
    }
    rows: list[list[str]] = []
    position: dict[str, float] = {}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in panel.edges:
        neighbours[e.subject.key].add(e.object.key)
        neighbours[e.object.key].add(e.subject.key)
    node_of = {n.key: n for n in panel.nodes}
    for i in range(n_layers):

        def rank(key: str) -> tuple[int, float, tuple[str, str, str]]:
            above = [position[k] for k in neighbours[key] if k in position]
            if not above:
                return (1, 0.0, _sort_name(node_of[key]))
            return (0, sum(above) / len(above), _sort_name(node_of[key]))

        row = sorted((k for k in layer if layer[k] == i), key=rank)
        for j, key in enumerate(row):
            position[key] = j
        rows.append(row)
    routes = []
    for i, e in enumerate(panel.edges):
        label = _Box(_wrap(e.label, EDGE_WRAP), EDGE_FONT, EDGE_LINE_H, 6, 3)
        band = min(layer[e.subject.key], layer[e.object.key])
        routes.append(_Route(e, f"edge-{panel.name}-{i + 1}", label, band))
    bands: dict[int, list[_Route]] = defaultdict(list)
    for r in routes:
        bands[r.band].append(r)

    def row_width(items: Sequence[_Box], gap: float) -> float:
        return sum(b.w for b in items) + gap * (len(items) - 1) + 2 * PANEL_PAD

    width = max(
        [PANEL_MIN_W]
        + [row_width([boxes[k] for k in row], NODE_GAP) for row in rows]
        + [row_width([r.label for r in band], LABEL_GAP) for band in bands.values()]
    )
    legend = _wrap(panel.legend, max(20, int((width - 2 * PANEL_PAD) / (LEGEND_FONT * 0.58))))
    legend = legend if panel.legend else []
    label_rows = {i: row_width([r.label for r in band], LABEL_GAP) for i, band in bands.items()}
    for i, row in enumerate(rows):
        # a row next to a wider row of labels is spread out as wide, its nodes evenly spaced
        own = row_width([boxes[k] for k in row], NODE_GAP)
        span = max(own, label_rows.get(i - 1, 0), label_rows.get(i, 0)) - 2 * PANEL_PAD
        extra = (span - sum(boxes[k].w for k in row)) / len(row)
        gap = NODE_GAP if span + 2 * PANEL_PAD == own else extra
        x = (width - span) / 2 + (0 if gap == NODE_GAP else extra / 2)
        for key in row:
            boxes[key].x = round(x, 1)
            x += boxes[key].w + gap
    y = float(PANEL_PAD + 26 + len(legend) * 14 + (10 if legend else 0))
    for i, row in enumerate(rows):
        row_h = max(boxes[k].h for k in row) if row else 0.0
        for key in row:
            boxes[key].y = round(y + (row_h - boxes[key].h) / 2, 1)
        y += row_h
        members = sorted(
            bands.get(i, []),
            key=lambda r: (
                (boxes[r.edge.subject.key].cx + boxes[r.edge.object.key].cx) / 2,
                boxes[r.edge.subject.key].cx,
                r.edge.label,
                r.ident,
            ),
        )
        if members:
            label_h = max(r.label.h for r in members)
            for r in members:
                r.label.y = round(y + BAND_SPACE + (label_h - r.label.h) / 2, 1)
            ideal = [
                ((boxes[r.edge.subject.key].cx + boxes[r.edge.object.key].cx) / 2, r.label)
                for r in members
            ]
            _spread(ideal, PANEL_PAD, width - PANEL_PAD)
            y += 2 * BAND_SPACE + label_h
        elif i < n_layers - 1:
            y += BAND_EMPTY
    _ports(routes, boxes, layer)
    return _PanelLayout(
        panel, boxes, layer, routes, legend, round(width, 1), round(y + PANEL_PAD, 1)
    )


def _ports(routes: list[_Route], boxes: dict[str, _Box], layer: dict[str, int]) -> None:
    """Give each arrow its ends on the sides of its nodes that face its label, spread out."""
    ports: dict[tuple[str, bool], list[tuple[float, int, _Route]]] = defaultdict(list)
    for r in routes:
        for which, key in ((0, r.edge.subject.key), (1, r.edge.object.key)):
            below = layer[key] > r.band  # the node lies below the label: use its top
            ports[(key, below)].append((r.label.cx, which, r))
    for (key, below), ends in ports.items():
        box = boxes[key]
        ends.sort(key=lambda t: (t[0], t[1], t[2].ident))
        for j, (_, which, r) in enumerate(ends):
            point = (
                round(box.x + box.w * (j + 1) / (len(ends) + 1), 1),
                round(box.y + (0 if below else box.h), 1),
            )
            if which == 0:
                r.start = point
            else:
                r.end = point


def _marker(ident: str, colour: str) -> str:
    """Return an arrowhead marker."""
    return (
        f'<marker id="{ident}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
    )


def _svg_panel(lay: _PanelLayout, left: float, top: float, width: float) -> list[str]:
    """Return the SVG of one panel, placed at (left, top) in a frame of the given width."""
    p = lay.panel
    shift = (width - lay.width) / 2
    out = [
        f'<g class="panel" id="panel-{p.name}" data-panel="{p.name}" '
        f'transform="translate({_num(left)},{_num(top)})">',
        f"<title>Figure {_esc(p.name)}" + (f": {_esc(p.legend)}" if p.legend else "") + "</title>",
        f'<rect x="0" y="0" width="{_num(width)}" height="{_num(lay.height)}" rx="6" '
        'fill="#fafafa" stroke="#cccccc"/>',
        f'<text x="{PANEL_PAD}" y="{PANEL_PAD + 16}" font-size="18" font-weight="bold" '
        f'fill="{INK}">{_esc(p.letter)}</text>',
    ]
    for i, line in enumerate(lay.legend):
        out.append(
            f'<text x="{PANEL_PAD}" y="{_num(PANEL_PAD + 38 + i * 14)}" font-size="{LEGEND_FONT}" '
            f'fill="#555555">{_esc(line)}</text>'
        )
    out.append(f'<g transform="translate({_num(shift)},0)">')
    for r in lay.routes:
        e = r.edge
        colour = NEGATED_INK if e.negated else INK
        dash = ' stroke-dasharray="6 4"' if e.dashed else ""
        marker = "arrow-negated" if e.negated else "arrow"
        path = r.path(lay.layer[e.subject.key] > r.band, lay.layer[e.object.key] > r.band)
        state = e.certainty + (" negated" if e.negated else "")
        box = r.label
        out.append(
            f'<g class="edge {state}" id="{r.ident}" data-panel="{p.name}" '
            f'data-subject="{_esc(e.subject.label)}" data-subject-id="{_esc(e.subject.key)}" '
            f'data-predicate="{_esc(e.predicate)}" data-object="{_esc(e.object.label)}" '
            f'data-object-id="{_esc(e.object.key)}" data-certainty="{e.certainty}" '
            f'data-negated="{str(e.negated).lower()}" data-claims="{_esc(" ".join(e.claims))}">'
        )
        out.append(f"<title>{_esc(e.title)}</title>")
        out.append(
            f'<path d="{path}" stroke="{colour}" stroke-width="1.4" fill="none"{dash} '
            f'marker-end="url(#{marker})"/>'
        )
        out.append(
            f'<rect x="{_num(box.x)}" y="{_num(box.y)}" width="{_num(box.w)}" '
            f'height="{_num(box.h)}" rx="7" fill="#ffffff" stroke="{colour}" '
            f'stroke-width="0.8"{dash}/>'
        )
        for baseline, text in box.text_rows():
            out.append(
                f'<text x="{_num(box.cx)}" y="{_num(baseline)}" font-size="{EDGE_FONT}" '
                f'text-anchor="middle" fill="{colour}">{_esc(text)}</text>'
            )
        out.append("</g>")
    for node in sorted(p.nodes, key=_sort_name):
        box = lay.boxes[node.key]
        _, fill, line = KINDS[node.kind]
        border = ' stroke-dasharray="2 2"' if node.kind == "text" else ""
        style = ' font-style="italic"' if node.kind == "text" else ""
        out.append(
            f'<g class="node {node.kind}" data-id="{_esc(node.key)}" '
            f'data-label="{_esc(node.label)}">'
        )
        out.append(f"<title>{_esc(node.title)}</title>")
        out.append(
            f'<rect x="{_num(box.x)}" y="{_num(box.y)}" width="{_num(box.w)}" '
            f'height="{_num(box.h)}" rx="5" fill="{fill}" stroke="{line}"{border}/>'
        )
        for baseline, text in box.text_rows():
            out.append(
                f'<text x="{_num(box.cx)}" y="{_num(baseline)}" font-size="{NODE_FONT}" '
                f'text-anchor="middle" fill="#1a202c"{style}>{_esc(text)}</text>'
            )
        out.append("</g>")
    out += ["</g>", "</g>"]
    return out


def _svg_legend(figure: Figure, top: float) -> tuple[list[str], float, float]:
    """Return the legend of arrow styles and node colours: its SVG, width and height."""
    out = [
        f'<g class="legend" transform="translate({MARGIN},{_num(top)})">',
        "<title>Legend: arrow styles and node colours</title>",
    ]
    x = 0.0
    styles = [
        ("asserted", "asserted", "", INK, "arrow"),
        ("hedged", "hedged (“may”)", ' stroke-dasharray="6 4"', INK, "arrow"),
        ("negated", "✗ negated (“does not”)", "", NEGATED_INK, "arrow-negated"),
    ]
    for cls, text, dash, colour, marker in styles:
        out.append(
            f'<g class="legend-edge {cls}"><title>{_esc(text)} claim</title>'
            f'<path d="M{_num(x)},8 L{_num(x + 40)},8" stroke="{colour}" stroke-width="1.4" '
            f'fill="none"{dash} marker-end="url(#{marker})"/>'
            f'<text x="{_num(x + 48)}" y="12" font-size="{LEGEND_FONT}" fill="{colour}">'
            f"{_esc(text)}</text></g>"
        )
        x += 48 + _text_width(text, LEGEND_FONT) + 24
    width = x
    x = 0.0
    present = {n.kind for p in figure.panels for n in p.nodes}
    for kind, (text, fill, line) in KINDS.items():
        if kind not in present:
            continue
        border = ' stroke-dasharray="2 2"' if kind == "text" else ""
        out.append(
            f'<g class="legend-node {kind}"><title>{_esc(text)}</title>'
            f'<rect x="{_num(x)}" y="26" width="22" height="14" rx="3" fill="{fill}" '
            f'stroke="{line}"{border}/>'
            f'<text x="{_num(x + 28)}" y="37" font-size="{LEGEND_FONT}" fill="{INK}">'
            f"{_esc(text)}</text></g>"
        )
        x += 28 + _text_width(text, LEGEND_FONT) + 24
    out.append("</g>")
    return out, max(width, x), 44


def _columns(layouts: list[_PanelLayout]) -> list[list[_PanelLayout]]:
    """Put the panels, in order, into columns no taller than the tallest panel."""
    limit = max(lay.height for lay in layouts)
    columns: list[list[_PanelLayout]] = []
    height = 0.0
    for lay in layouts:
        if columns and height + PANEL_GAP + lay.height <= limit:
            columns[-1].append(lay)
            height += PANEL_GAP + lay.height
        else:
            columns.append([lay])
            height = lay.height
    return columns


def render_svg(figure: Figure) -> str:
    """Draw the figure as a standalone SVG document (deterministic: same figure, same bytes).

    Panels are laid out in order in columns, a new column starting when the next panel would
    make the column taller than the tallest panel.

    :param figure: the figure
    :returns: the SVG text
    """
    layouts = [_layout_panel(p) for p in figure.panels]
    top = float(MARGIN + 34)
    parts: list[str] = []
    left = float(MARGIN)
    bottom = top
    for column in _columns(layouts):
        col_w = max(lay.width for lay in column)
        y = top
        for lay in column:
            parts += _svg_panel(lay, left, y, col_w)
            y += lay.height + PANEL_GAP
        bottom = max(bottom, y - PANEL_GAP)
        left += col_w + PANEL_GAP
    legend, legend_w, legend_h = _svg_legend(figure, bottom + 16)
    width = max(left - PANEL_GAP + MARGIN, legend_w + 2 * MARGIN)
    height = bottom + 16 + legend_h + MARGIN
    desc = (
        f"Drawn by firesld from the {figure.n_claims} claims of the graph that name a panel of "
        f"Figure 1, as {len(figure.edges)} arrows: solid arrows are asserted claims, dashed ones "
        "hedged claims, red ones marked ✗ negated claims."
    )
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width)}" height="{_num(height)}" '
        f'viewBox="0 0 {_num(width)} {_num(height)}" font-family="{FONT}" role="img" '
        'aria-labelledby="figure1-title figure1-desc">',
        f'<title id="figure1-title">{_esc(FIGURE_TITLE)}</title>',
        f'<desc id="figure1-desc">{_esc(desc)}</desc>',
        "<defs>" + _marker("arrow", INK) + _marker("arrow-negated", NEGATED_INK) + "</defs>",
        f'<rect x="0" y="0" width="{_num(width)}" height="{_num(height)}" fill="#ffffff"/>',
        f'<text x="{MARGIN}" y="{MARGIN + 16}" font-size="16" font-weight="bold" '
        f'fill="{INK}">{_esc(FIGURE_TITLE)}</text>',
    ]
    return "\n".join([*head, *parts, *legend, "</svg>"]) + "\n"


# ------------------------------------------------------------------------------------ Mermaid

_MERMAID_SHAPES = {"text": ('>"', '"]'), "process": ('(["', '"])'), "complex": ('{{"', '"}}')}


def _mermaid_text(text: str) -> str:
    """Escape a label for a quoted Mermaid string.

    :param text: the label
    :returns: the label with quotes and pipes replaced

    >>> _mermaid_text('say "no" | yes')
    'say #quot;no#quot; / yes'
    """
    return text.replace('"', "#quot;").replace("|", "/")


def render_mermaid(figure: Figure) -> str:
    """Draw the figure as a Mermaid ``flowchart`` (one subgraph per panel).

    Asserted claims are ``-->`` arrows, hedged ones ``-.->``; negated arrows are labelled
    ``✗ not …`` and coloured red with ``linkStyle``.

    :param figure: the figure
    :returns: the Mermaid text, ending with a newline
    """
    lines = [
        "flowchart LR",
        f"  %% {FIGURE_TITLE}",
        f"  %% Drawn by `firesld figure` from {figure.n_claims} claims with a figure panel.",
        "  %% --> asserted, -.-> hedged, red ✗ not … negated.",
    ]
    classes: dict[str, list[str]] = defaultdict(list)
    negated: list[int] = []
    link = 0
    for panel in figure.panels:
        ids = {n.key: f"{panel.letter}{i + 1}" for i, n in enumerate(panel.nodes)}
        lines.append(f'  subgraph fig{panel.name}["Figure {panel.name}"]')
        lines.append("    direction TB")
        for node in panel.nodes:
            opening, closing = _MERMAID_SHAPES.get(node.kind, ('["', '"]'))
            lines.append(f"    {ids[node.key]}{opening}{_mermaid_text(node.label)}{closing}")
            classes[node.kind].append(ids[node.key])
        for edge in panel.edges:
            arrow = "-.->" if edge.dashed else "-->"
            lines.append(
                f"    {ids[edge.subject.key]} {arrow}|{_mermaid_text(edge.label)}| "
                f"{ids[edge.object.key]}"
            )
            if edge.negated:
                negated.append(link)
            link += 1
        lines.append("  end")
    for kind, (_, fill, line) in KINDS.items():
        if kind in classes:
            dash = ",stroke-dasharray:3 3" if kind == "text" else ""
            lines.append(f"  classDef kind_{kind} fill:{fill},stroke:{line},color:#1a202c{dash}")
            lines.append(f"  class {','.join(classes[kind])} kind_{kind}")
    if negated:
        lines.append(
            f"  linkStyle {','.join(map(str, negated))} stroke:{NEGATED_INK},color:{NEGATED_INK}"
        )
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------- README


def readme_block(figure: Figure) -> str:
    """Return what README.md holds between :data:`README_START` and :data:`README_END`.

    :param figure: the figure
    :returns: the text between the markers: a note and the fenced Mermaid flowchart
    """
    return (
        "\n<!-- generated by `firesld figure --write`: do not edit by hand -->\n"
        f"```mermaid\n{render_mermaid(figure)}```\n"
    )


def _marker_span(text: str, source: str) -> tuple[int, int]:
    """Return where the generated block starts and ends (after and before the markers)."""
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start or text.count(README_START) != 1 or text.count(README_END) != 1:
        raise ResourceError(
            f"{source}: needs one `{README_START}` line and, after it, one `{README_END}` "
            "line around the generated Figure 1 block"
        )
    return start + len(README_START), end


def read_readme_block(text: str, source: str = "README.md") -> str:
    """Return the text between the Figure 1 markers.

    :param text: the README's text
    :param source: its name, for messages
    :returns: what lies between the markers
    :raises ResourceError: when the markers are missing, repeated or out of order

    >>> read_readme_block("a <!-- figure1:start -->x<!-- figure1:end --> b")
    'x'
    """
    start, end = _marker_span(text, source)
    return text[start:end]


def replace_readme_block(text: str, block: str, source: str = "README.md") -> str:
    """Replace the text between the Figure 1 markers.

    :param text: the README's text
    :param block: the new text between the markers
    :param source: its name, for messages
    :returns: the new README text
    :raises ResourceError: when the markers are missing, repeated or out of order

    >>> replace_readme_block("a <!-- figure1:start -->old<!-- figure1:end --> b", "new")
    'a <!-- figure1:start -->new<!-- figure1:end --> b'
    """
    start, end = _marker_span(text, source)
    return text[:start] + block + text[end:]


def write_figure(layout: Layout, figure: Figure) -> tuple[list[Path], list[Path]]:
    """Write ``docs/figure1.svg`` and the Mermaid block of ``README.md`` in a checkout.

    Both new contents are made before anything is written, each file is replaced atomically, and
    a file whose bytes would not change is left alone.

    :param layout: the checkout
    :param figure: the figure
    :returns: the files written and the files left unchanged
    :raises ResourceError: when README.md cannot be read or has no Figure 1 markers
    """
    readme = layout.root / "README.md"
    try:
        text = readme.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ResourceError(f"{readme}: cannot read: {err}") from err
    contents = {
        layout.root / DOCS_SVG: render_svg(figure).encode(),
        readme: replace_readme_block(text, readme_block(figure), str(readme)).encode(),
    }
    written: list[Path] = []
    unchanged: list[Path] = []
    for path, content in contents.items():
        (written if write_file(path, content) else unchanged).append(path)
    return written, unchanged


def write_file(path: Path, content: bytes) -> bool:
    """Replace a file atomically, keeping its permissions (``0644`` for a new file).

    :param path: the file
    :param content: its new bytes
    :returns: whether it was written (``False``: it already held these bytes)
    :raises ResourceError: when it cannot be written
    """
    from firesld.rdfio import holds, write_atomic

    path = Path(path)
    try:
        if holds(path, content):
            return False
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else 0o644
        write_atomic(path, content)
        path.chmod(mode)  # write_atomic's temporary file is private
    except OSError as err:
        raise ResourceError(f"{path}: cannot write: {err}") from err
    return True
