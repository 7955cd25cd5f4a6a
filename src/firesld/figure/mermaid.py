"""Writing the figure as a Mermaid diagram."""

from __future__ import annotations

from collections import defaultdict

from firesld.figure.base import FIGURE_TITLE, KINDS, NEGATED_INK
from firesld.figure.model import Figure

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
