"""Drawing the figure as SVG."""

from __future__ import annotations

import html
import textwrap
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from firesld.figure.base import FIGURE_TITLE, INK, KINDS, NEGATED_INK
from firesld.figure.model import Edge, Figure, Panel
from firesld.figure.selection import _sort_name

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
