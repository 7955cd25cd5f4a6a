"""The figure's model: nodes, edges and panels."""

from __future__ import annotations

from dataclasses import dataclass

from firesld.figure.base import _local_name


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
