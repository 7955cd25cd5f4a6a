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

from firesld.figure.base import (
    CLAIMS_QUERY,
    DOCS_SVG,
    FIGURE_TITLE,
    README_END,
    README_START,
)
from firesld.figure.input import (
    load_graph_files,
)
from firesld.figure.mermaid import (
    render_mermaid,
)
from firesld.figure.model import (
    Edge,
    Figure,
    Node,
    Panel,
)
from firesld.figure.readme import (
    read_readme_block,
    readme_block,
    replace_readme_block,
    write_figure,
    write_file,
)
from firesld.figure.selection import (
    build_figure,
)
from firesld.figure.svg import (
    render_svg,
)

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
